"""Colour names an edition may use, their hex values, and WCAG contrast (for the site's palette and checks)."""

from __future__ import annotations

import colorsys
import math
import re
from dataclasses import dataclass

# Material for MkDocs' palette names, with the primary colour each stands for
PALETTE = {
    "red": "#ef5552", "pink": "#e92063", "purple": "#ab47bd", "deep purple": "#7e56c2", "indigo": "#4051b5",
    "blue": "#2094f3", "light blue": "#02a6f2", "cyan": "#00bdd6", "teal": "#009485", "green": "#4cae4f",
    "light green": "#8bc34b", "lime": "#cbdc38", "yellow": "#ffec3d", "amber": "#ffc105", "orange": "#ffa724",
    "deep orange": "#ff6e42", "brown": "#795649", "grey": "#757575", "blue grey": "#546d78", "black": "#000000",
    "white": "#ffffff",
}  # fmt: skip
COLOUR_NAMES = tuple(PALETTE)
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
BLACK = "#000000"
#: WCAG 2.2, 1.4.3 (AA): text of normal size needs this contrast ratio with its background
TEXT_CONTRAST = 4.5


def hex_colour(colour: str) -> str:
    """A palette name or a ``#rrggbb`` value, as lower-case ``#rrggbb``."""
    return (colour if colour.startswith("#") else PALETTE[colour]).lower()


def luminance(colour: str) -> float:
    """WCAG relative luminance of a colour (0 for black, 1 for white)."""
    value = hex_colour(colour)
    channels = [int(value[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def shown_ratio(ratio: float) -> str:
    """A ratio as people read it (``4.48:1``); a ratio just below 4.5 never shows as 4.5."""
    value = round(ratio, 2)
    if value >= TEXT_CONTRAST > ratio:
        value = math.floor(ratio * 100) / 100
    return f"{value:.2f}".rstrip("0").rstrip(".") + ":1"


def readable_on(colour: str) -> str:
    """Black or white, whichever contrasts more with ``colour`` (always 4.58:1 at least)."""
    return BLACK if contrast(colour, BLACK) >= contrast(colour, WHITE) else WHITE


def text_colour(colour: str, background: str = WHITE, ratio: float = TEXT_CONTRAST) -> str:
    """``colour`` itself if text in it is readable on ``background``; else the same hue darkened just enough."""
    value = hex_colour(colour)
    if contrast(value, background) >= ratio:
        return value
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    low, high = 0.0, light  # lightness 0 is black: 21:1 on white
    for _ in range(30):
        mid = (low + high) / 2
        if contrast(_hls_hex(hue, mid, sat), background) >= ratio:
            low = mid
        else:
            high = mid
    found = _hls_hex(hue, low, sat)
    while contrast(found, background) < ratio:  # rounding to 8 bits may lose a little
        low = max(0.0, low - 0.002)
        found = _hls_hex(hue, low, sat)
    return found


def _hls_hex(hue: float, light: float, sat: float) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(hue, light, sat))


@dataclass(frozen=True)
class Palette:
    """The colours a site uses, each pair readable: computed from an edition's primary and accent colours."""

    primary: str  # header background, as given
    on_primary: str  # header text: black or white
    link: str  # links and outlined buttons on white
    accent: str  # accent as text on white (hover, search marks); also a background for `on_accent`
    on_accent: str
    accent_tint: str  # the accent as given, for light tints behind text

    @classmethod
    def of(cls, primary: str, accent: str) -> Palette:
        # Material colours links with the primary colour; an accent given as #rrggbb colours them instead
        accent_text = text_colour(accent)
        return cls(
            primary=hex_colour(primary),
            on_primary=readable_on(primary),
            link=accent_text if HEX.match(accent) else text_colour(primary),
            accent=accent_text,
            on_accent=readable_on(accent_text),
            accent_tint=hex_colour(accent),
        )


def too_light(colour: str) -> tuple[float, str] | None:
    """For a colour people read as text on white: its measured ratio and the colour used instead, or None."""
    ratio = contrast(colour, WHITE)
    return None if ratio >= TEXT_CONTRAST else (ratio, text_colour(colour))
