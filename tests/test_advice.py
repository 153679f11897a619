"""`cmkb check` warns about what a manager should fill in: the law that applies, deputies, on-call."""

from __future__ import annotations

from conftest import run_cmkb


def test_english_edition_without_jurisdiction_is_warned_and_gets_eu_rules(tmp_path):
    edition = tmp_path / "acme.yml"
    edition.write_text("language: en\ncompany:\n  name: Acme\n", encoding="utf-8")
    proc = run_cmkb("check", str(edition))
    assert proc.returncode == 0, proc.stderr
    assert "acme.yml:1: warning: no legal.jurisdiction" in proc.stderr


def test_jurisdiction_set_silences_the_warning(tmp_path):
    edition = tmp_path / "acme.yml"
    edition.write_text("language: en\nlegal:\n  jurisdiction: uk\n", encoding="utf-8")
    proc = run_cmkb("check", str(edition))
    assert proc.returncode == 0, proc.stderr
    assert "no legal.jurisdiction" not in proc.stderr


def test_crisis_pages_without_deputy_or_on_call_are_warned(tmp_path):
    edition = tmp_path / "acme.yml"
    edition.write_text("language: fr\n", encoding="utf-8")
    proc = run_cmkb("check", str(edition))
    assert "warning: no deputy for the decision owner" in proc.stderr
    assert "warning: no on-call rota" in proc.stderr
    edition.write_text(
        "language: fr\ncrisis:\n  decision_owner:\n    role: Gérante\n    deputies:\n      - {role: Adjoint, name: Luc}\n"
        "  on_call:\n    rota:\n      - {who: Malo, hours: '18:00-22:00'}\n",
        encoding="utf-8",
    )
    proc = run_cmkb("check", str(edition))
    assert "no deputy" not in proc.stderr and "no on-call" not in proc.stderr


def test_no_warning_about_crisis_people_when_the_edition_has_no_crisis_pages(tmp_path):
    edition = tmp_path / "acme.yml"
    edition.write_text("language: fr\nplaybooks:\n  exclude: [crisis]\n", encoding="utf-8")
    proc = run_cmkb("check", str(edition))
    assert "no deputy" not in proc.stderr


def test_glossary_checker_warns_on_an_avoided_synonym(tmp_path):
    from cmkb.glossary import Term, term_warnings

    page = tmp_path / "page.md"
    text = "---\ntitle: x\n---\n\nUne validation accélérée suffit.\n`voie rapide` en code ne compte pas.\nVoie rapide {## terms: ok ##}\n"
    terms = [Term("procédure d'urgence", "Le circuit court.", ["validation accélérée", "voie rapide"])]
    warnings = term_warnings(page, text, terms)
    assert [(w.line, w.warning) for w in warnings] == [(5, True)]
    assert "this site says 'procédure d'urgence'" in warnings[0].message
