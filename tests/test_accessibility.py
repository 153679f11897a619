"""Every page of every example edition through axe-core: no serious or critical violation.

One browser page per edition, reused from page to page; quiz pages are judged once quizdown has
drawn them and its fade-in is over (contrast is measured on the final colours).
"""

from __future__ import annotations

import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import EXAMPLES, FolderServer, run_cmkb

pytestmark = pytest.mark.browser

#: every quiz drawn, and its fade-in over (quizdown's animations run inside its shadow root)
QUIZZES_DRAWN = """() => [...document.querySelectorAll('.cmkb-quiz')].every(q => q.shadowRoot && q.shadowRoot.querySelector('h3')
    && q.shadowRoot.getAnimations().every(a => a.playState !== 'running'))"""


def site_pages(root) -> list[str]:
    """Every HTML page of a built site, by path relative to its root (Material's own assets excluded)."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html") if "assets" not in p.relative_to(root).parts)


def serious_violations(results: dict) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def violations_on(page, url: str, axe: Axe) -> list[str]:
    """The serious and critical violations of one page, judged once its quizzes are drawn."""
    page.goto(url, wait_until="load")
    if page.locator(".cmkb-quiz").count():
        page.wait_for_function(QUIZZES_DRAWN, polling=100)
    return serious_violations(axe.run(page).response)


@pytest.mark.parametrize("edition", EXAMPLES)
def test_every_page_has_no_serious_violation(edition, sites, server, page):
    root = sites / edition
    # an edition in two languages is one complete site per language, and a root page that links to them
    languages = sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "404.html").exists())
    folders = [f"{edition}/{lang}" for lang in languages] or [edition]
    axe = Axe()
    found: list[str] = []
    quizzes = 0
    start = time.monotonic()
    if languages:
        found += [f"{edition}/index.html: {v}" for v in violations_on(page, f"{server}/{edition}/index.html", axe)]
    pages = []
    for folder in folders:
        site_pages_here = site_pages(sites / folder)
        assert len(site_pages_here) > 50, site_pages_here  # the whole site, not a sample
        # 404.html included: an edition with site.url names its files from there, so opened here
        # it shows without its stylesheet, and must be accessible all the same
        for path in site_pages_here:
            pages.append(path)
            found += [f"{folder}/{path}: {v}" for v in violations_on(page, f"{server}/{folder}/{path}", axe)]
            quizzes += page.locator(".cmkb-quiz").count() > 0
    took = time.monotonic() - start
    print(f"axe: {edition}: {len(pages)} pages ({quizzes} with a quiz) in {took:.0f} s")
    assert quizzes >= 5, "the quiz pages were not reached"
    assert not found, "\n".join(found)


def test_serious_violations_are_reported():
    """The filter keeps serious and critical violations and names page, rule and targets."""
    results = {
        "violations": [
            {"id": "color-contrast", "impact": "serious", "help": "contrast", "nodes": [{"target": ["a.x"]}]},
            {"id": "region", "impact": "moderate", "help": "landmarks", "nodes": [{"target": ["div"]}]},
            {"id": "button-name", "impact": "critical", "help": "names", "nodes": [{"target": ["button"]}]},
        ]
    }
    report = serious_violations(results)
    assert len(report) == 2
    assert report[0].startswith("color-contrast (serious)") and "a.x" in report[0]
    assert report[1].startswith("button-name (critical)")


LIGHT_PAGES = ["index.html", "governance/decision-rights.html", "onboarding/index.html", "onboarding/crisis.html", "404.html"]


@pytest.mark.parametrize(("primary", "accent"), [('"#ffe066"', '"#7fffd4"'), ("amber", "lime")])
def test_light_colours_still_give_readable_pages(primary, accent, copy_repo, page):
    """Colours too light for text on white (custom, or Material's own names) are darkened where they are text."""
    from cmkb.theme import Palette

    edition = copy_repo / "editions" / "harbour-logistics.yml"
    text = edition.read_text(encoding="utf-8").replace('primary: "#0b4f6c"', f"primary: {primary}").replace("accent: light blue", f"accent: {accent}")
    edition.write_text(text, encoding="utf-8")
    run_cmkb("build", "editions/harbour-logistics.yml", "--out", "out", cwd=copy_repo, check=True)
    srv = FolderServer(copy_repo / "out")
    try:
        base = f"http://127.0.0.1:{srv.port}"
        found = []
        for path in LIGHT_PAGES:
            found += [f"{path}: {v}" for v in violations_on(page, f"{base}/harbour-logistics/{path}", Axe())]
        assert not found, "\n".join(found)
        page.goto(f"{base}/harbour-logistics/governance/decision-rights.html")
        colours = Palette.of(primary.strip('"'), accent.strip('"'))
        shown = page.evaluate("() => [getComputedStyle(document.querySelector('article a[href]:not(.headerlink)')).color, getComputedStyle(document.querySelector('.md-header')).color]")
        assert shown == [_rgb(colours.link), _rgb("#000000")]  # darkened links; black on the light header
    finally:
        srv.close()


def _rgb(colour: str) -> str:
    return "rgb({}, {}, {})".format(*(int(colour[i : i + 2], 16) for i in (1, 3, 5)))


def test_wide_tables_are_reached_and_scrolled_by_keyboard(server, page):
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(f"{server}/default/governance/decision-rights.html", wait_until="load")
    wraps = page.locator(".md-typeset__scrollwrap[data-cmkb-scroll]")
    assert wraps.count() >= 1
    assert wraps.first.get_attribute("tabindex") == "0"
    assert wraps.first.get_attribute("role") == "region" and wraps.first.get_attribute("aria-label") == "Tableau défilant"
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.hasAttribute('data-cmkb-scroll')"):
            break
    else:
        raise AssertionError("no scrolling table reached with the Tab key")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.activeElement.scrollLeft > 0")
    # exactly the tables that scroll are tab stops, after a resize too
    marks = "() => [...document.querySelectorAll('.md-typeset__scrollwrap')].map(w => [w.scrollWidth > w.clientWidth + 1, w.hasAttribute('data-cmkb-scroll')])"
    for width in (800, 1600):
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(400)  # cmkb.js waits for the resizing to end
        shown = page.evaluate(marks)
        assert [scrolls for scrolls, _ in shown] == [marked for _, marked in shown], (width, shown)
        assert any(not scrolls for scrolls, _ in shown), (width, shown)  # some table fits: no tab stop for it
