"""Search that answers first: everyday questions typed in the real search box of the example editions."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_browser import search

QUESTIONS = yaml.safe_load((Path(__file__).parent / "data" / "everyday-questions.yml").read_text(encoding="utf-8"))


def test_there_are_thirty_questions_per_language():
    assert {len(v) for v in QUESTIONS.values()} == {30}


@pytest.mark.browser
@pytest.mark.parametrize("edition", sorted(QUESTIONS))
def test_everyday_questions_find_the_answer_first(edition, server, page):
    page.goto(f"{server}/{edition}/index.html", wait_until="networkidle")
    first = top3 = 0
    misses = []
    for query, expected in QUESTIONS[edition]:
        found = [p.split(f"/{edition}/", 1)[1].removesuffix(".html") for p in search(page, query)]
        if found[:1] and found[0] in expected:
            first += 1
        if any(f in expected for f in found[:3]):
            top3 += 1
        else:
            misses.append((query, expected, found[:3]))
        if found[:1] and found[0] not in expected:
            print(f"not first: {query!r} → {found[:3]} (expected {expected})")
    n = len(QUESTIONS[edition])
    print(f"{edition}: first {first}/{n}, top three {top3}/{n}")
    assert first >= 0.8 * n, (first, misses)
    assert top3 >= 0.95 * n, misses
