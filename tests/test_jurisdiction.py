"""Law per jurisdiction: an English edition never renders French law as its own; each legal page says which law."""

from __future__ import annotations

import re

import pytest
from conftest import REPO, run_cmkb

from cmkb.playbooks import load_playbooks

LEGAL_PAGES = sorted(pid for pid, p in load_playbooks(REPO / "playbooks", "en")[0].items() if p.meta.legal)
# what only French law says (the CNIL may be cited as France's authority, in an example)
FRENCH_LAW = re.compile(r"Légifrance|legifrance\.gouv|loi (?:n° )?20\d\d-\d+|Code de la consommation|CNIL(?!, France)|Press Act 1881|loi du 29 juillet 1881|PHAROS", re.I)


def test_some_pages_state_law():
    assert "governance/legal-essentials" in LEGAL_PAGES and len(LEGAL_PAGES) >= 5


@pytest.mark.parametrize("page", LEGAL_PAGES)
def test_uk_edition_states_uk_law_only(page, sites):
    html = (sites / "harbour-logistics" / f"{page}.html").read_text(encoding="utf-8")
    assert "England and Wales" in html  # the jurisdiction box
    found = FRENCH_LAW.findall(html)
    assert not found, (page, found[:5])


def test_eu_edition_states_eu_rules_only_and_is_warned(tmp_path):
    edition = tmp_path / "acme.yml"
    edition.write_text("language: en\nplaybooks:\n  include: [governance]\n", encoding="utf-8")
    proc = run_cmkb("build", str(edition), "--out", str(tmp_path / "site"), check=True)
    assert "warning: no legal.jurisdiction" in proc.stderr
    html = (tmp_path / "site" / "acme" / "governance" / "legal-essentials.html").read_text(encoding="utf-8")
    assert "EU-wide rules only" in html
    assert not FRENCH_LAW.findall(html), FRENCH_LAW.findall(html)[:5]


def test_french_edition_states_french_law(sites):
    html = (sites / "default" / "governance" / "legal-essentials.html").read_text(encoding="utf-8")
    assert "droit français" in html and "1881" in html
