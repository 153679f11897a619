"""What a reader sees, in Debian's Chromium: every page, search, file://, and no request leaving the site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, Recorder, site_rel, site_root

pytestmark = pytest.mark.browser


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")


@pytest.mark.parametrize("edition", EXAMPLES)
def test_every_page_loads_cleanly_and_stays_inside(edition, sites, server, page):
    site = site_root(sites, edition)
    pages = _pages(site)
    assert len(pages) >= 10
    base = f"{server}/{site_rel(edition)}/"
    rec = Recorder(page, (base,))
    for rel in pages:
        page.goto(base + rel, wait_until="networkidle")
        assert page.locator("article h1").count() >= 1, f"{rel}: no title"
    assert not rec.errors, rec.errors[:5]
    assert not rec.outside, rec.outside[:5]
    assert len(rec.requests) > len(pages)  # the recorder saw the pages and their assets


#: the page is styled by Material (its header is fixed to the top), not shown as bare HTML
STYLED = "() => getComputedStyle(document.querySelector('.md-header')).position === 'sticky'"


def test_error_page_is_styled_opened_directly_from_file_and_as_the_error_page(sites, server, page):
    """Without site.url, the 404 page names its files relative to the edition's root: it works wherever the edition is."""
    site = sites / "default"
    assert not re.search(r'(href|src)="/', (site / "404.html").read_text(encoding="utf-8"))
    rec = Recorder(page, (f"{server}/default/", site.resolve().as_uri()))
    # what a server shows for a missing address at the edition's top level
    page.route(f"{server}/default/no-such-page.html", lambda route: route.fulfill(status=404, path=site / "404.html"))
    for url in (f"{server}/default/404.html", (site / "404.html").resolve().as_uri(), f"{server}/default/no-such-page.html"):
        page.goto(url, wait_until="networkidle")
        assert page.evaluate(STYLED), url
        assert page.locator("article h1").inner_text() == "Page introuvable (erreur 404)", url
        home = page.locator("article a.md-button").evaluate("a => a.href")
        assert home == url.rsplit("/", 1)[0] + "/index.html", url  # the edition's home page
    assert not rec.outside, rec.outside
    assert not [e for e in rec.errors if "status of 404" not in e], rec.errors
    assert sum("status of 404" in e for e in rec.errors) == 1  # the error page's own status, and nothing else missing


def test_error_page_served_from_its_address_is_styled_at_any_depth(sites, server, page):
    """With site.url, served from that address's path, the 404 page works for a missing address deep down."""
    site = sites / "harbour-logistics"  # site.url: https://intranet.harbour-logistics.example/social-media/
    published = f"{server}/social-media/"

    def serve(route):
        rel = route.request.url[len(published) :].split("?")[0]
        if (site / rel).is_file():
            route.fulfill(path=site / rel)
        else:  # what the server does with `error_page 404 /social-media/404.html`
            route.fulfill(status=404, path=site / "404.html")

    page.route(f"{published}**", serve)
    rec = Recorder(page, (published,))
    page.goto(f"{published}crisis/platforms/no-such-page.html", wait_until="networkidle")
    assert page.evaluate(STYLED)
    assert page.locator("article h1").inner_text() == "Page not found (error 404)"
    assert search(page, "who approves a post")[0] == f"{published}governance/approval-workflow.html"
    page.goto(f"{published}crisis/platforms/no-such-page.html", wait_until="networkidle")
    page.locator("article a.md-button").click()
    page.wait_for_url(f"{published}index.html")
    assert not rec.outside, rec.outside
    assert sum("status of 404" in e for e in rec.errors) == 2, rec.errors  # the two visits of the error page, nothing else


# Everyday questions, as people type them, and the page that answers them.
SEARCHES = [
    ("default", "qui valide une publication", ["governance/approval-workflow"]),
    ("default", "bad buzz que faire", ["crisis/first-hour", "crisis/index"]),
    ("default", "délai de réponse", ["governance/approval-workflow", "measurement/kpi-definitions"]),
    ("default", "stagiaire", ["roles/not-an-intern"]),
    ("default", "charte de modération", ["governance/moderation-charter"]),
    ("default", "compte piraté", ["governance/account-security"]),
    ("default", "taux d'engagement", ["measurement/kpi-definitions"]),
    ("default", "déclaration d'attente", ["crisis/holding-statements"]),
    ("default", "niveaux de gravité", ["crisis/severity-levels"]),
    ("default", "animateur de communauté", ["roles/community-manager"]),
    ("atelier-lenoir", "avis négatif", ["cases/cas-avis-google"]),
    ("harbour-logistics", "what does a community manager not do", ["roles/neighbouring-roles"]),
    ("harbour-logistics", "who approves a post", ["governance/approval-workflow"]),
    ("harbour-logistics", "pause scheduled posts", ["crisis/first-hour"]),
    ("harbour-logistics", "return on engagement", ["measurement/roi-and-roe"]),
    ("harbour-logistics", "influencer disclosure", ["governance/legal-essentials", "culture/employee-advocacy"]),
    ("harbour-logistics", "hijacked account", ["governance/account-security"]),
    ("harbour-logistics", "disruption notices", ["crisis/disruption-notices"]),
    # stemming: another form of the word than the page's
    ("harbour-logistics", "approvals", ["governance/approval-workflow"]),
    ("default", "modérer", ["governance/moderation-charter"]),
]


def search(page, query: str) -> list[str]:
    """Type a query in Material's search box; return the pages found, best first."""
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # narrow screens show a search button first
        page.locator("label.md-header__button[for='__search']").click()
    box.fill("")
    box.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    # results for the whole query, not its first letters: wait until the list stops changing
    links, stable_since = None, 0.0
    for _ in range(60):
        now = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
        stable_since = stable_since + 0.1 if now == links else 0.0
        links = now
        if stable_since >= 0.5:
            break
        page.wait_for_timeout(100)
    pages: list[str] = []
    for link in links:
        path = link.split("?")[0].split("#")[0]
        if path not in pages:
            pages.append(path)
    return pages


@pytest.mark.parametrize("edition,query,expected", SEARCHES)
def test_search_finds_the_page(edition, query, expected, server, page):
    page.goto(f"{server}/{edition}/index.html", wait_until="networkidle")
    pages = search(page, query)[:5]
    assert any(p.endswith(f"/{edition}/{e}.html") for p in pages for e in expected), pages


def test_quiz_answers_stay_out_of_the_search_index(sites):
    index = (sites / "default" / "search" / "search_index.json").read_text(encoding="utf-8")
    quiz = (sites / "default" / "onboarding" / "crisis.html").read_text(encoding="utf-8")
    import html as _html
    source = _html.unescape(re.search(r'data-quiz="([^"]*)"', quiz).group(1))
    correct = [line.split("] ", 1)[1] for line in source.splitlines() if line.startswith(("1. [x] ", "- [x] "))]
    assert correct
    assert not [c for c in correct if c in index]


def test_site_works_from_file_urls(sites, page):
    index = (sites / "default" / "index.html").resolve()
    rec = Recorder(page, ("file://",))
    page.goto(index.as_uri(), wait_until="load")
    page.get_by_role("link", name="La première heure").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("crisis/first-hour.html")
    links = search(page, "déclaration d'attente")
    assert any("holding-statements.html" in link for link in links[:5]), links[:5]
    assert not rec.outside, rec.outside
    assert not rec.errors, rec.errors


def test_instant_navigation_edition_keeps_search(server, page):
    page.goto(f"{server}/harbour-logistics/index.html", wait_until="networkidle")
    page.get_by_role("link", name="The first hour").first.click()
    page.wait_for_url("**/crisis/first-hour.html")
    links = search(page, "severity levels")
    assert any("severity-levels.html" in link for link in links[:5]), links[:5]


@pytest.mark.parametrize("edition", EXAMPLES)
def test_crisis_card_prints_on_two_a4_pages_at_most(edition, sites, page):
    page.goto((site_root(sites, edition) / "crisis" / "card.html").resolve().as_uri(), wait_until="load")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages
    text = page.inner_text("article")
    for needle in ("1", "2", "3"):
        assert needle in text
