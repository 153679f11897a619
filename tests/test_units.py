"""The small helpers, one by one."""

from __future__ import annotations

import json

import pytest

from cmkb.edition import _merge
from cmkb.severity import CRITERIA, level_number, mapping
from cmkb.text import md_escape, one_line, script_json
from cmkb.theme import hex_colour, readable_on


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
