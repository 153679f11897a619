"""Editions in two languages: per-language values, one site per language, the switcher, search, file://."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import REPO, Recorder, run_cmkb

from cmkb.edition import load_edition, load_editions
from cmkb.errors import InvalidInput

EDITION = "groupe-meridien"

BILINGUAL = """\
languages: [fr, en]
company:
  name: {fr: Boulangeries Martin, en: Martin Bakeries}
  description: Twelve bakeries
  values:
    fr: [Proximité, Franchise]
    en: [Closeness, Candour]
crisis:
  contacts:
    - role: {fr: Juriste, en: Legal counsel}
      name: Paul Durand
      email: {fr: paul, en: paul@example.com}
"""


def _write(tmp_path: Path, text: str, name: str = "acme") -> Path:
    (tmp_path / "editions").mkdir(exist_ok=True)
    path = tmp_path / "editions" / f"{name}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_language_gets_its_own_values_and_shared_ones(tmp_path):
    path = _write(tmp_path, BILINGUAL.replace("{fr: paul, en: paul@example.com}", "paul@example.com"))
    (fr, fr_src), (en, en_src) = load_editions(path)
    assert (fr.language, en.language) == ("fr", "en")
    assert fr.languages == en.languages == ["fr", "en"] and fr.bilingual
    assert (fr.company.name, en.company.name) == ("Boulangeries Martin", "Martin Bakeries")
    assert (fr.company.values, en.company.values) == (["Proximité", "Franchise"], ["Closeness", "Candour"])
    assert fr.company.description == en.company.description == "Twelve bakeries"
    assert (fr.crisis.contacts[0].role, en.crisis.contacts[0].role) == ("Juriste", "Legal counsel")
    # lines follow each language's own value
    assert fr_src.line_of(("company", "values", 0)) == 6
    assert en_src.line_of(("company", "values", 0)) == 7
    assert load_edition(path)[0].language == "fr"  # the first language is the main one
    assert load_edition(path, "en")[0].company.name == "Martin Bakeries"


def test_a_problem_in_one_language_points_at_its_line(tmp_path):
    with pytest.raises(InvalidInput) as exc:
        load_editions(_write(tmp_path, BILINGUAL))
    assert [(p.line, p.message.split(":")[0]) for p in exc.value.problems] == [(12, "'crisis.contacts[0].email'")]


def test_a_missing_language_is_reported_at_the_mapping_line(tmp_path):
    text = BILINGUAL.replace("{fr: Juriste, en: Legal counsel}", "{fr: Juriste}")
    with pytest.raises(InvalidInput) as exc:
        load_editions(_write(tmp_path, text))
    messages = [str(p) for p in exc.value.problems]
    assert any(
        m.endswith(
            "acme.yml:10: 'crisis.contacts[0].role' has no 'en' value; give it as {fr: ..., en: ...} or as one text for both"
        )
        for m in messages
    ), messages
    proc = run_cmkb("check", str(tmp_path / "editions" / "acme.yml"))
    assert proc.returncode == 2 and "acme.yml:10: 'crisis.contacts[0].role' has no 'en' value" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_language_and_languages_together_are_refused(tmp_path):
    path = _write(tmp_path, "language: fr\nlanguages: [fr, en]\n")
    proc = run_cmkb("check", str(path))
    assert proc.returncode == 2
    assert "acme.yml:1: both 'language' and 'languages' are given" in proc.stderr


def test_a_monolingual_edition_is_read_as_before(tmp_path):
    path = _write(tmp_path, "language: en\ncompany:\n  name: Acme\n")
    (edition, src), = load_editions(path)
    assert edition.language == "en" and edition.languages == [] and not edition.bilingual
    assert src.data == {"language": "en", "company": {"name": "Acme"}}
    with pytest.raises(InvalidInput) as exc:
        load_edition(path, "fr")
    assert "not written in 'fr'" in str(exc.value.problems[0])


# ---------- the built example ----------


def test_the_example_builds_one_complete_site_per_language(sites):
    root = sites / EDITION
    for lang, reference, onboarding in (("fr", "Référence des éditions", "Parcours d'intégration"), ("en", "Edition reference", "Onboarding")):
        site = root / lang
        index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang]
        home = (site / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in home
        assert f'<meta name="cmkb-progress-language" content="{lang}">' in home
        assert reference in (site / "reference" / "edition.html").read_text(encoding="utf-8")
        assert onboarding in home
        assert (site / "onboarding" / "crisis.html").is_file()
    fr = (root / "fr" / "index.html").read_text(encoding="utf-8")
    en = (root / "en" / "index.html").read_text(encoding="utf-8")
    # each language with its own values: the title, and the decision owner's role on the crisis card
    assert "Groupe Méridien — Réseaux sociaux</title>" in fr and "Meridien Group — Social media handbook</title>" in en
    fr_card = (root / "fr" / "crisis" / "card.html").read_text(encoding="utf-8")
    en_card = (root / "en" / "crisis" / "card.html").read_text(encoding="utf-8")
    assert "Directrice de la communication" in fr_card and "Head of communications" not in fr_card
    assert "Head of communications" in en_card and "Directrice de la communication" not in en_card


def test_the_switcher_links_to_the_same_page_in_each_language(sites):
    html = (sites / EDITION / "fr" / "crisis" / "first-hour.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)"\s+hreflang="(\w+)" lang="\w+" aria-label="([^"]+)"', html)
    assert links == [
        ("../../fr/crisis/first-hour.html", "fr", "Cette page en français"),
        ("../../en/crisis/first-hour.html", "en", "This page in English"),
    ]
    assert '<link rel="alternate"' not in html  # Material would fetch the other language's sitemap


def test_the_root_page_links_to_both_languages_without_script(sites):
    html = (sites / EDITION / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html and "http" not in html
    assert '<a href="fr/index.html" hreflang="fr">Lire le site en français</a>' in html
    assert '<a href="en/index.html" hreflang="en">Read the site in English</a>' in html
    assert '<li lang="en">' in html and '<html lang="fr">' in html


def test_monolingual_sites_have_no_switcher_and_keep_their_progress_keys(sites):
    html = (sites / "default" / "crisis" / "first-hour.html").read_text(encoding="utf-8")
    assert "md-select" not in html and "cmkb-progress-language" not in html
    js = (sites / "default" / "assets" / "cmkb" / "cmkb.js").read_text(encoding="utf-8")
    assert 'var scope = progressLanguage ? ":" + progressLanguage.content : "";' in js


def test_export_takes_a_language(tmp_path):
    edition = REPO / "editions" / f"{EDITION}.yml"
    out = {}
    for lang in ("fr", "en"):
        out[lang] = tmp_path / f"{lang}.gift"
        run_cmkb("export", str(edition), "--format", "gift", "--language", lang, "--out", str(out[lang]), check=True)
    default = tmp_path / "default.gift"
    run_cmkb("export", str(edition), "--format", "gift", "--out", str(default), check=True)
    assert default.read_bytes() == out["fr"].read_bytes() != out["en"].read_bytes()
    proc = run_cmkb("export", "editions/harbour-logistics.yml", "--format", "gift", "--language", "fr", "--out", str(tmp_path / "x.gift"))
    assert proc.returncode == 2 and "not written in 'fr'" in proc.stderr


def test_render_writes_one_project_per_language(tmp_path):
    run_cmkb("render", f"editions/{EDITION}.yml", "--out", str(tmp_path / "p"), check=True)
    for lang in ("fr", "en"):
        config = (tmp_path / "p" / lang / "mkdocs.yml").read_text(encoding="utf-8")
        assert f"language: {lang}" in config
        assert (tmp_path / "p" / lang / "overrides" / "partials" / "alternate.html").is_file()


# ---------- in the browser ----------


def _switch(page, name: str) -> None:
    page.locator(".md-select > button").hover()
    page.get_by_role("link", name=name).click()
    page.wait_for_load_state("load")


@pytest.mark.browser
def test_switching_language_on_a_deep_page_lands_on_its_counterpart(server, page):
    base = f"{server}/{EDITION}/"
    rec = Recorder(page, (base,))
    page.goto(base + "fr/crisis/first-hour.html", wait_until="networkidle")
    assert page.get_attribute("html", "lang") == "fr"
    _switch(page, "This page in English")
    assert page.url == base + "en/crisis/first-hour.html"
    assert page.get_attribute("html", "lang") == "en"
    _switch(page, "Cette page en français")
    assert page.url == base + "fr/crisis/first-hour.html"
    assert page.get_attribute("html", "lang") == "fr"
    assert not rec.outside, rec.outside
    assert not rec.errors, rec.errors


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang,query,expected",
    [("fr", "déclaration d'attente", "crisis/holding-statements"), ("en", "holding statement", "crisis/holding-statements")],
)
def test_search_works_in_each_language(lang, query, expected, server, page):
    from test_browser import search

    base = f"{server}/{EDITION}/{lang}/"
    rec = Recorder(page, (base,))
    page.goto(base + "index.html", wait_until="networkidle")
    found = search(page, query)
    assert found and found[0] == base + expected + ".html", found[:5]
    assert not rec.outside, rec.outside


@pytest.mark.browser
def test_the_root_page_works_from_file_without_script(sites, browser):
    context = browser.new_context(java_script_enabled=False)
    context.route(lambda url: not url.startswith("file://"), lambda route: route.abort())
    page = context.new_page()
    rec = Recorder(page, ("file://",))
    root = (sites / EDITION).resolve()
    page.goto((root / "index.html").as_uri(), wait_until="load")
    page.get_by_role("link", name="Read the site in English").click()
    page.wait_for_load_state("load")
    assert page.url == (root / "en" / "index.html").as_uri()
    assert page.get_attribute("html", "lang") == "en"
    page.go_back()
    page.get_by_role("link", name="Lire le site en français").click()
    page.wait_for_load_state("load")
    assert page.url == (root / "fr" / "index.html").as_uri()
    assert not rec.outside, rec.outside
    context.close()


@pytest.mark.browser
def test_the_switcher_works_from_file_urls(sites, page):
    root = (sites / EDITION).resolve()
    rec = Recorder(page, ("file://",))
    page.goto((root / "en" / "crisis" / "first-hour.html").as_uri(), wait_until="load")
    _switch(page, "Cette page en français")
    assert page.url == (root / "fr" / "crisis" / "first-hour.html").as_uri()
    assert page.get_attribute("html", "lang") == "fr"
    assert not rec.outside, rec.outside
