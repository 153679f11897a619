"""Colour names an edition may use, and their hex values (for quizdown's buttons, contrast checks)."""

from __future__ import annotations

import re

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


def hex_colour(colour: str) -> str:
    """A palette name or a ``#rrggbb`` value, as ``#rrggbb``."""
    return colour if colour.startswith("#") else PALETTE[colour]


def readable_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    value = hex_colour(colour)
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55 else "#ffffff"
