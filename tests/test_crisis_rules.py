"""The crisis material never contradicts itself: one rule set, one severity rule, in every example edition."""

from __future__ import annotations

import html
import re

import pytest
from conftest import EXAMPLES, REPO, site_root

from cmkb.edition import load_edition
from cmkb.severity import level_number

RULES = ("who-decides", "unreachable-decider", "alone-on-call", "holding-statement")
# the pages where a person in a crisis looks for the rules, and the rules each must carry
REQUIRED = {
    "crisis/first-hour": RULES,
    "crisis/escalation": RULES,
    "crisis/card": RULES,
    "crisis/severity-levels": ("who-decides", "severity"),
    "governance/approval-workflow": ("unreachable-decider", "holding-statement"),
}
_RULE = re.compile(r'<div class="cmkb-rule" data-rule="([a-z-]+)">(.*?)</div>', re.S)
# versions of the rules that the content review found, which must never come back
CONTRADICTIONS = [
    r"(?i)ne publiez jamais de contenu non validé",
    r"(?i)never publish (anything|content) that has not been approved",
    r"(?i)personne d'autre n'arbitre",
    r"(?i)nobody else (decides|arbitrates)",
    r"(?i)dans le doute, suspendez tout",
]


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _pages(sites, edition):
    root = site_root(sites, edition)
    return {p.relative_to(root).with_suffix("").as_posix(): p.read_text(encoding="utf-8") for p in root.rglob("*.html")}


@pytest.mark.parametrize("edition", EXAMPLES)
def test_pages_that_must_carry_a_rule_carry_it(sites, edition):
    pages = _pages(sites, edition)
    for page, rules in REQUIRED.items():
        found = {m.group(1) for m in _RULE.finditer(pages[page])}
        assert set(rules) <= found, (page, set(rules) - found)


@pytest.mark.parametrize("edition", EXAMPLES)
def test_every_page_states_each_rule_the_same_way(sites, edition):
    versions: dict[str, dict[str, str]] = {}
    for page, text in _pages(sites, edition).items():
        for m in _RULE.finditer(text):
            versions.setdefault(m.group(1), {})[page] = _text(m.group(2))
    assert set(RULES) <= set(versions)
    for rule, by_page in versions.items():
        assert len(set(by_page.values())) == 1, (rule, by_page)


@pytest.mark.parametrize("edition", EXAMPLES)
def test_no_page_states_a_contradicting_version(sites, edition):
    for page, text in _pages(sites, edition).items():
        plain = _text(text)
        for pattern in CONTRADICTIONS:
            assert not re.search(pattern, plain), (page, pattern)


@pytest.mark.parametrize("edition", EXAMPLES)
def test_the_unreachable_rule_names_the_edition_delay(sites, edition):
    crisis = load_edition(REPO / "editions" / f"{edition}.yml")[0].crisis
    text = _pages(sites, edition)["crisis/card"]
    rule = next(_text(m.group(2)) for m in _RULE.finditer(text) if m.group(1) == "unreachable-decider")
    assert crisis.unreachable_after in rule
    assert crisis.decision_owner.role in rule
    for deputy in crisis.decision_owner.deputies:
        assert deputy.role in rule or deputy.name in rule


_MARKER = re.compile(r'<span class="cmkb-severity" data-grades="([0-2],[0-2],[0-2],[0-2],[0-2])"></span>(.{0,200})', re.S)


@pytest.mark.parametrize("edition", EXAMPLES)
def test_every_worked_example_follows_the_severity_rule(sites, edition):
    levels = load_edition(REPO / "editions" / f"{edition}.yml")[0].crisis.levels
    checked = 0
    for page, text in _pages(sites, edition).items():
        for m in _MARKER.finditer(text):
            grades = tuple(int(g) for g in m.group(1).split(","))
            stated = re.search(r"(?i)(?:niveau|level)\s*(\d+)", _text(m.group(2)))
            assert stated, (page, m.group(2)[:120])
            assert int(stated.group(1)) == level_number(grades, len(levels)), (page, grades)
            # the grades shown in the example's table are the ones the level is computed from
            table = text[: m.start()].rsplit("<table", 1)[-1]
            shown = tuple(int(g) for g in re.findall(r"\((\d)\)</td>", table))[-5:]
            assert shown == grades, (page, shown, grades)
            checked += 1
    assert checked >= 4, checked
