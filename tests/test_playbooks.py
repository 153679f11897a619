"""The content: French and English in step, complete front matter, real substance."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

from cmkb.playbooks import load_playbooks, parity_problems

ROOT = REPO / "playbooks"
CORE = ("culture", "governance", "crisis", "roles")


@pytest.fixture(scope="module", params=["fr", "en"])
def pages(request):
    pages, problems = load_playbooks(ROOT, request.param)
    assert not problems, [str(p) for p in problems]
    return pages


def test_french_and_english_have_the_same_pages_and_sections():
    assert parity_problems(ROOT) == []


def test_each_core_area_has_at_least_four_pages(pages):
    for area in CORE:
        assert len([p for p in pages if p.startswith(area + "/") and not p.endswith("/index")]) >= 4, area


def test_at_least_six_fictional_cases_labelled_as_such(pages):
    cases = [p for p in pages.values() if p.meta.case]
    assert len(cases) >= 6
    for page in cases:
        assert re.search(r'!!! note "(Cas fictif|Fictional case)"', page.source), page.id
        assert {"context", "what-happened", "what-was-done", "outcome", "lessons"} <= set(page.sections), page.id


def _words(text: str) -> int:
    text = re.sub(r"\{[%#].*?[%#]\}|\{\{.*?\}\}", " ", text)
    return len(re.findall(r"[\w’'-]+", text))


def test_at_least_25000_words_per_language(pages):
    total = sum(_words(p.source) for p in pages.values())
    assert total >= 25000, total


def test_every_page_has_a_summary_and_review_dates(pages):
    for page in pages.values():
        if page.id == "index":
            continue
        assert re.search(r'^!!! abstract "(En bref|In short)"', page.source, re.M), page.id
        assert page.meta.review_by > page.meta.last_reviewed, page.id
        assert page.meta.tags, page.id


def test_every_section_has_an_explicit_id(pages):
    for page in pages.values():
        h2 = re.findall(r"^## .*$", re.sub(r"^(```|~~~).*?^\1", "", page.source, flags=re.S | re.M), re.M)
        assert len(h2) == len(page.sections), (page.id, [h for h in h2 if "{#" not in h])


def test_dated_facts_are_sourced_and_reviewed_within_six_months(pages):
    """Pages that state platform features or law say when they were checked, where from, and review soon."""
    for page in pages.values():
        meta = page.meta
        if meta.sources or meta.legal or page.area == "platforms":
            assert meta.facts_checked, page.id
            assert meta.sources, page.id
            assert meta.review_by and (meta.review_by - meta.facts_checked).days <= 184, (page.id, meta.review_by)


def test_platform_sheets_have_the_same_sections():
    for lang in ("fr", "en"):
        sheets = {pid: p for pid, p in load_playbooks(ROOT, lang)[0].items() if pid.startswith("platforms/") and pid != "platforms/index"}
        assert len(sheets) >= 8
        shapes = {tuple(p.sections) for p in sheets.values()}
        assert len(shapes) == 1, shapes
        assert {"moderation-controls", "two-factor", "recovery", "pause-scheduling-and-ads", "community-notes"} <= set(next(iter(shapes)))


def test_french_pages_follow_french_typography():
    """A non-breaking space before : ; ? ! and inside « » (scripts/french_spacing.py fixes it)."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "french_spacing.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, "run scripts/french_spacing.py; these pages need it:\n" + proc.stdout
