"""Every page of every example edition through axe-core: no serious or critical violation.

One browser page per edition, reused from page to page; quiz pages are judged once quizdown has
drawn them and its fade-in is over (contrast is measured on the final colours).
"""

from __future__ import annotations

import re
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import EXAMPLES

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


def serve_404_assets(page, server: str, root) -> None:
    """The 404 page names its assets from the address the edition is published at (``/`` without
    ``site.url``), as a server shows it for any missing address: serve them from there."""
    base = re.search(r'href="([^"]*)assets/stylesheets/main', (root / "404.html").read_text(encoding="utf-8")).group(1)
    if base.startswith("/"):
        page.route(f"{server}{base}assets/**", lambda route: route.fulfill(path=root / route.request.url[len(server + base) :].split("?")[0]))


@pytest.mark.parametrize("edition", EXAMPLES)
def test_every_page_has_no_serious_violation(edition, sites, server, page):
    pages = site_pages(sites / edition)
    serve_404_assets(page, server, sites / edition)
    assert len(pages) > 50, pages  # the whole site, not a sample
    axe = Axe()
    found: list[str] = []
    quizzes = 0
    start = time.monotonic()
    for path in pages:
        page.goto(f"{server}/{edition}/{path}", wait_until="load")
        if page.locator(".cmkb-quiz").count():
            quizzes += 1
            page.wait_for_function(QUIZZES_DRAWN, polling=100)
        found += [f"{edition}/{path}: {v}" for v in serious_violations(axe.run(page).response)]
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
