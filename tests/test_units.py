"""The small helpers, one by one."""

from __future__ import annotations

import colorsys
import json

import pytest

from cmkb.edition import _merge
from cmkb.severity import CRITERIA, level_number, mapping
from cmkb.text import md_escape, one_line, script_json
from cmkb.theme import PALETTE, WHITE, Palette, contrast, hex_colour, readable_on, shown_ratio, text_colour, too_light


def test_one_line():
    assert one_line("  a\n\tb  c \r\n") == "a b c"


def test_md_escape_shows_markup_as_text():
    assert str(md_escape("*a* [b](c) <i>")) == "&#42;a&#42; &#91;b&#93;(c) &lt;i&gt;"
    assert str(md_escape(None)) == ""


def test_script_json_cannot_close_its_script_element():
    text = script_json({"k": "</script><b>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"k": "</script><b>&"}


def test_merge_keeps_what_is_set_and_fills_the_rest():
    defaults = {"a": {"b": 1, "c": [1]}, "d": "x", "e": "y"}
    assert _merge(defaults, {"a": {"b": 2}, "d": None, "e": ""}) == {"a": {"b": 2, "c": [1]}, "d": "x", "e": "y"}
    assert _merge(defaults, {"a": {"c": []}})["a"]["c"] == []  # an empty list is a choice


@pytest.mark.parametrize(
    ("grades", "levels", "expected"),
    [
        ((0, 0, 0, 0, 0), 3, 1),
        ((0, 0, 0, 1, 0), 3, 2),
        ((0, 0, 0, 0, 2), 3, 3),  # the highest criterion wins
        ((2, 2, 2, 0, 0), 4, 3),
        ((2, 2, 2, 2, 0), 4, 4),  # above level 3, more criteria graded high are needed
        ((1, 1, 1, 1, 1), 2, 2),
        ((2, 2, 2, 2, 2), 1, 1),
    ],
)
def test_severity_level(grades, levels, expected):
    assert level_number(grades, levels) == expected


@pytest.mark.parametrize("levels", range(1, 8))
def test_severity_mapping_covers_every_case_once(levels):
    rows = mapping(levels)
    assert rows[0].level == 1 and rows[-1].level == levels
    high = [r for r in rows if r.top == 2]
    assert high[0].high_from == 1 and high[-1].high_to == len(CRITERIA)
    assert all(a.high_to + 1 == b.high_from for a, b in zip(high, high[1:]))
    assert [r.level for r in rows] == sorted(r.level for r in rows)


def test_severity_refuses_bad_grades():
    with pytest.raises(ValueError):
        level_number((3, 0, 0, 0, 0), 3)
    with pytest.raises(ValueError):
        level_number((0, 0), 3)


def test_colours():
    assert hex_colour("indigo") == "#4051b5"
    assert hex_colour("#123456") == "#123456"
    assert readable_on("#ffffff") == "#000000"
    assert readable_on("#0b4f6c") == "#ffffff"


def test_default_title_names_the_company(tmp_path):
    from cmkb.edition import load_edition

    edition = tmp_path / "acme.yml"
    edition.write_text("language: fr\ncompany:\n  name: Acme\n", encoding="utf-8")
    assert load_edition(edition)[0].title == "Réseaux sociaux — Acme"
    edition.write_text("language: en\n", encoding="utf-8")
    assert load_edition(edition)[0].title == "Social media at Your company"


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [  # WCAG ratios as WebAIM's contrast checker gives them
        ("#000000", "#ffffff", "21:1"),
        ("#777777", "#ffffff", "4.48:1"),
        ("#767676", "#ffffff", "4.54:1"),
        ("#808080", "#ffffff", "3.95:1"),
        ("#ff0000", "#ffffff", "4:1"),
        ("#0000ff", "#ffffff", "8.59:1"),
        ("#ffe066", "#ffffff", "1.3:1"),
        ("#ffffff", "#ffffff", "1:1"),
    ],
)
def test_contrast_ratio_is_wcag_s(fg, bg, expected):
    assert shown_ratio(contrast(fg, bg)) == expected
    assert contrast(fg, bg) == contrast(bg, fg)


def test_a_failing_ratio_never_shows_as_passing():
    assert shown_ratio(4.4999) == "4.49:1"
    assert shown_ratio(4.5) == "4.5:1"


def _hue(colour: str) -> float:
    return colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)))[0]


@pytest.mark.parametrize("colour", [*PALETTE, "#ffe066", "#02a6f2", "#fefefe", "#7fffd4"])
def test_text_colour_reaches_4_5_to_1_on_white_keeping_the_hue(colour):
    used = text_colour(colour)
    assert contrast(used, WHITE) >= 4.5
    if contrast(colour, WHITE) >= 4.5:
        assert used == hex_colour(colour)  # a readable colour is left alone
    else:
        assert contrast(used, WHITE) < 4.7  # darkened just enough
        if hex_colour(colour) not in ("#ffffff", "#fefefe"):  # greys have no hue to keep
            assert abs(_hue(used) - _hue(hex_colour(colour))) < 0.02


@pytest.mark.parametrize("colour", [f"#{v:02x}{w:02x}{x:02x}" for v in (0, 90, 128, 200, 255) for w in (0, 119, 255) for x in (0, 160, 255)])
def test_header_text_is_readable_on_any_primary(colour):
    assert contrast(readable_on(colour), colour) >= 4.5


def test_palette_of_the_example_editions():
    lenoir = Palette.of("#5b3a29", "amber")
    assert (lenoir.on_primary, lenoir.link) == ("#ffffff", "#5b3a29")  # dark enough: unchanged
    assert lenoir.accent != hex_colour("amber") and contrast(lenoir.accent, WHITE) >= 4.5
    assert lenoir.accent_tint == hex_colour("amber")
    custom = Palette.of("indigo", "#ffe066")
    assert custom.link == custom.accent == text_colour("#ffe066")  # a #rrggbb accent colours the links
    assert too_light("#ffe066") == (contrast("#ffe066", WHITE), text_colour("#ffe066"))
    assert too_light("#0b4f6c") is None
