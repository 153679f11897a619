"""The whole handbook, printable: one print page per edition, and the PDF Chromium makes of it."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO, run_cmkb, site_root

from cmkb.handbook import PATH, _chapter, chapters
from cmkb.model import Document

#: Pages of the default edition's PDF, measured with `cmkb export editions/default.yml --format pdf`: 200 (±30 %).
PDF_PAGES = (140, 260)


def _titles(page_html: str) -> list[str]:
    found = re.findall(r'<h2 class="cmkb-page-title" id="[^"]+">(.*?)<a class="headerlink"', page_html, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", t)).strip() for t in found]


@pytest.mark.parametrize("edition", EXAMPLES)
def test_print_page_holds_every_selected_page_in_reading_order(edition, sites):
    from cmkb.builder import prepare

    project = prepare(REPO / "editions" / f"{edition}.yml")
    docs = [d for _, docs in chapters(project) for d in docs]
    # the words of each page's own title (the crisis card's says more than its title in the navigation)
    expected = [re.sub(r"[*_`]", "", re.search(r"^# (.+)$", d.markdown, re.M).group(1)).strip() for d in docs]
    areas = {d.path.split("/")[0] for _, docs in chapters(project) for d in docs}
    assert "onboarding" not in areas and "reference/edition.md" not in {d.path for _, ds in chapters(project) for d in ds}
    selected = [d for d in project.documents if d.area not in ("onboarding", "reference", "home")]
    assert len(expected) == len(selected) + 1  # every selected page, and the glossary as an appendix
    page = (site_root(sites, edition) / "print.html").read_text(encoding="utf-8")
    assert _titles(page) == [html.unescape(t) for t in expected]
    contents = page[page.index('id="handbook-contents"') : page.index('class="cmkb-page-title"')]
    listed = [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in re.findall(r'<li><a href="#[^"]+">(.*?)</a></li>', contents)]
    assert listed == [d.title for d in docs]
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "an id used twice on the print page"
    missing = {h for h in re.findall(r'href="#([^"]+)"', page) if h not in set(ids)}
    assert not missing, f"links to no anchor: {sorted(missing)[:5]}"
    assert not re.search(r'href="[^"#:]*\.md', page)
    index = json.loads((site_root(sites, edition) / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith(PATH.replace(".md", ".html"))]


def test_pages_move_one_level_down_with_their_own_ids_and_links():
    doc = Document(
        "crisis/first-hour.md",
        "First hour",
        "# First hour\n\n## Checklist {#checklist}\n\nSee [below](#why), [the levels](severity-levels.md#classify), "
        "[the quiz](../onboarding/crisis.md), [the law](https://example.org/law).\n\n### Why\n\n```md\n# not a heading\n```\n",
        "crisis",
    )
    text = _chapter(doc, {"crisis/first-hour.md", "crisis/severity-levels.md"}, "")
    assert "## First hour {#crisis-first-hour .cmkb-page-title}" in text
    assert "### Checklist {#crisis-first-hour--checklist}" in text
    assert "#### Why {#crisis-first-hour--why}" in text
    assert "[below](#crisis-first-hour--why)" in text
    assert "[the levels](#crisis-severity-levels--classify)" in text
    assert "[the quiz](onboarding/crisis.md)" in text  # not in the handbook: its place from the site's root
    assert "[the law](https://example.org/law)" in text
    assert "# not a heading" in text and "## not a heading" not in text


@pytest.mark.browser
def test_print_page_has_a_cover_and_no_navigation_on_paper(sites, server, page):
    page.goto(f"{server}/harbour-logistics/print.html", wait_until="networkidle")
    cover = page.locator(".cmkb-handbook-cover")
    assert "Harbour Logistics — Social Media Handbook" in cover.inner_text()
    assert re.search(r"Built on 2026-01-01\s+Version \d+\.\d+\.\d+\+[0-9a-f]{8}", cover.inner_text())
    chrome = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"]
    external = page.locator(".md-content a.cmkb-external").first
    after = "el => getComputedStyle(el, '::after').content"
    assert page.locator(".md-header").is_visible()  # on screen the site is the site
    assert external.evaluate(after) in ("none", "normal")  # and the text stays clean
    page.emulate_media(media="print")
    for selector in chrome:
        assert not page.locator(selector).first.is_visible(), f"{selector} printed"
    assert not page.locator(".md-search").first.is_visible()
    assert "(https://" in external.evaluate(after)
    assert page.locator(".md-content a:not(.cmkb-external)").first.evaluate(after) in ("none", "normal")
    breaks = page.locator("h2.cmkb-page-title").first.evaluate("el => getComputedStyle(el).breakBefore")
    assert breaks == "page"


def test_pdf_of_the_default_edition(tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "handbook.pdf"
    proc = run_cmkb("export", "editions/default.yml", "--format", "pdf", "--out", str(out), end_to_end=True)
    assert proc.returncode == 0, proc.stderr
    reader = PdfReader(out)
    assert PDF_PAGES[0] <= len(reader.pages) <= PDF_PAGES[1], len(reader.pages)
    first = reader.pages[0].extract_text()
    assert "Réseaux sociaux — Votre entreprise" in first
    assert "1 / " in first  # page numbers in the footer
    assert not list(tmp_path.glob(".*")), "partial file left behind"


def test_pdf_without_chromium_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("CMKB_CHROMIUM", str(tmp_path / "no-chromium"))
    out = tmp_path / "handbook.pdf"
    proc = run_cmkb("export", "editions/default.yml", "--format", "pdf", "--out", str(out))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "pip install playwright" in proc.stderr and "apt-get install chromium" in proc.stderr
    assert str(tmp_path / "no-chromium") in proc.stderr
    assert not Path(out).exists()
