"""Inserted roles read correctly in French: never 'validée par Gérante' or 'décidé par Direction de la communication'."""

from __future__ import annotations

import html
import re

import pytest
from conftest import REPO

from cmkb.edition import load_edition


def _roles(edition) -> set[str]:
    gov, crisis = edition.governance, edition.crisis
    roles = {gov.fast_track.approver, crisis.decision_owner.role}
    roles |= {a.approver for a in gov.approvals or []}
    roles |= {lv.decides for lv in crisis.levels or []}
    roles |= {d.role for d in [*crisis.decision_owner.deputies, *gov.fast_track.deputies, *crisis.contacts]}
    # a role that starts with a capital is a name-like value: it needs no article before it
    return {r for r in roles if r and r[0].isupper() and r.split()[0] not in ("Community", "CM")}


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.mark.parametrize("edition", ["default", "atelier-lenoir"])
def test_no_article_or_preposition_right_before_an_inserted_role(edition, sites):
    roles = _roles(load_edition(REPO / "editions" / f"{edition}.yml")[0])
    assert roles
    pattern = re.compile(r"\b(par|le|la|les|au|aux|du|de|à) (" + "|".join(map(re.escape, sorted(roles, key=len, reverse=True))) + r")\b")
    found = []
    for path in sorted((sites / edition).rglob("*.html")):
        for m in pattern.finditer(_text(path.read_text(encoding="utf-8"))):
            found.append(f"{path.relative_to(sites / edition)}: …{m.group(0)}…")
    assert not found, found[:20]
