"""One home for each language's words: every language says everything."""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import REPO

from cmkb.i18n import LANGUAGES, Texts, texts


def _shape(value):
    """The keys of a value, recursively: what every language must give."""
    if dataclasses.is_dataclass(value):
        return {f.name: _shape(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [sorted(value[0])]
    return type(value).__name__


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_every_language_has_every_key(lang):
    first = _shape(texts(LANGUAGES[0]))
    other = _shape(texts(lang))
    # the French reference descriptions are the one part English takes from the schema itself
    first["reference"].pop("descriptions"), other["reference"].pop("descriptions")
    assert first == other


def test_the_parity_check_notices_a_missing_key():
    broken = dataclasses.replace(texts("en"), script={k: v for k, v in texts("en").script.items() if k != "up"})
    assert _shape(broken) != _shape(texts("fr"))


def test_page_scripts_use_only_keys_the_texts_give():
    used = set()
    for script in ("cmkb.js", "lms/sco.js"):
        used |= set(re.findall(r"\bT\.(\w+)", (REPO / "cmkb" / "assets" / script).read_text(encoding="utf-8")))
        used |= set(re.findall(r"\)\.(\w+) : \"\"", (REPO / "cmkb" / "assets" / script).read_text(encoding="utf-8")))
    for lang in LANGUAGES:
        assert used <= set(texts(lang).script), used - set(texts(lang).script)
    assert {"up", "down", "colon"} <= used


def test_texts_are_typed():
    assert isinstance(texts("fr"), Texts)
    assert texts("fr").date(__import__("datetime").date(2026, 12, 1)) == "01/12/2026"
    assert texts("en").date(__import__("datetime").date(2026, 12, 1)) == "2026-12-01"
