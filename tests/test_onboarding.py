"""Onboarding in the browser: modules taken by clicking and by keyboard, progress, axe."""

from __future__ import annotations

import re
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import REPO, FolderServer, Recorder, run_cmkb
from quizdriver import QuizDriver

pytestmark = pytest.mark.browser
QUIZ_READY = "() => { const q = document.querySelector('.cmkb-quiz'); return q && q.shadowRoot && q.shadowRoot.querySelector('h3'); }"
MODULES = sorted(p.stem for p in (REPO / "quizzes").glob("*.yml"))


def test_every_module_has_a_page(sites):
    for module in MODULES:
        assert (sites / "default" / "onboarding" / f"{module}.html").is_file()


def test_module_taken_with_the_right_answers_is_passed(server, page):
    rec = Recorder(page, (server,))
    page.goto(f"{server}/default/onboarding/crisis.html")
    quiz = QuizDriver(page, "fr")
    quiz.take(right=True)
    assert quiz.result == "passed"
    assert page.get_attribute(".cmkb-quiz", "data-score") == "100"
    assert page.locator(".cmkb-quiz-review").is_hidden()
    page.goto(f"{server}/default/onboarding/index.html")
    status = page.locator('.cmkb-status[data-module="crisis"]')
    assert "Validé" in status.inner_text()
    assert page.locator('.cmkb-best[data-module="crisis"]').inner_text() == "100 %"
    assert page.locator(".md-nav__link .cmkb-done").count() >= 1  # a mark in the navigation
    assert not rec.outside and not rec.errors, (rec.outside, rec.errors)


def test_module_taken_with_wrong_answers_fails_and_links_back(server, page):
    page.goto(f"{server}/default/onboarding/governance.html")
    quiz = QuizDriver(page, "fr")
    quiz.take(right=False)
    assert quiz.result == "failed"
    review = page.locator(".cmkb-quiz-review")
    assert review.is_visible()
    links = review.locator("a")
    assert links.count() >= 1
    href = links.first.get_attribute("href")
    assert href.startswith("../") and "#" in href
    links.first.click()
    page.wait_for_load_state("load")
    anchor = href.split("#")[1]
    assert page.locator(f"[id='{anchor}']").count() == 1, f"no section #{anchor} on {page.url}"


def test_keyboard_only_run(server, page):
    page.goto(f"{server}/harbour-logistics/onboarding/roles.html")
    quiz = QuizDriver(page, "en", keyboard=True)
    quiz.take(right=True)
    assert quiz.result == "passed"


def test_quiz_renders_after_instant_navigation(browser, tmp_path):
    # Material's instant navigation only follows links of the sitemap, made from site.url:
    # serve the edition at the address it is published at.
    out = tmp_path / "site"
    out.mkdir()
    srv = FolderServer(out)
    edition = tmp_path / "harbour-logistics.yml"
    text = (REPO / "editions" / "harbour-logistics.yml").read_text(encoding="utf-8")
    edition.write_text(re.sub(r"^  url: .*", f"  url: http://127.0.0.1:{srv.port}/harbour-logistics/", text, flags=re.M), encoding="utf-8")
    shutil.copytree(REPO / "editions" / "harbour-logistics", tmp_path / "harbour-logistics")
    run_cmkb("build", str(edition), "--out", str(out), check=True)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{srv.port}/harbour-logistics/index.html", wait_until="networkidle")
        page.get_by_role("link", name="Start the onboarding").first.click()
        page.wait_for_url("**/onboarding/index.html")
        page.locator("article table a").first.click()
        page.wait_for_url("**/onboarding/culture.html")
        page.wait_for_function(QUIZ_READY)
        # instant navigation: still the document first loaded, its scripts not loaded again
        assert page.evaluate("() => performance.getEntriesByType('navigation')[0].name").endswith("/harbour-logistics/index.html")
        QuizDriver(page, "en").take(right=True)
        assert page.get_attribute(".cmkb-quiz", "data-result") == "passed"
    finally:
        context.close()
        srv.close()


def test_progress_survives_reload_and_rebuild(browser, tmp_path):
    out = tmp_path / "site"
    run_cmkb("build", "editions/default.yml", "--out", str(out), check=True)
    srv = FolderServer(out)
    base = f"http://127.0.0.1:{srv.port}/default"
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{base}/onboarding/culture.html")
        QuizDriver(page, "fr").take(right=True)
        page.reload()
        page.goto(f"{base}/onboarding/index.html")
        assert "Validé" in page.locator('.cmkb-status[data-module="culture"]').inner_text()
        run_cmkb("build", "editions/default.yml", "--out", str(out), check=True)
        page.reload()
        assert "Validé" in page.locator('.cmkb-status[data-module="culture"]').inner_text()
        assert "Pas commencé" in page.locator('.cmkb-status[data-module="roles"]').inner_text()
    finally:
        context.close()
        srv.close()


def test_certificate_after_every_module(server, page):
    for module in MODULES:
        page.goto(f"{server}/harbour-logistics/onboarding/{module}.html")
        QuizDriver(page, "en").take(right=True)
    page.goto(f"{server}/harbour-logistics/onboarding/certificate.html")
    page.fill("#cmkb-name", "Alex Martin")
    body = page.locator(".cmkb-certificate-body").inner_text()
    assert "Alex Martin" in body and "completed" in body
    for module in MODULES:
        title = page.evaluate("m => JSON.parse(document.querySelector('[data-onboarding]').dataset.onboarding).modules.find(x => x.id === m).title", module)
        assert title in body
    assert page.locator(".cmkb-print").is_enabled()


def test_certificate_waits_for_every_module(server, page):
    page.goto(f"{server}/atelier-lenoir/onboarding/certificate.html")
    assert "Il reste" in page.locator(".cmkb-certificate-body").inner_text()
    assert page.locator(".cmkb-print").is_disabled()


AXE_PAGES = ["onboarding/index.html", "onboarding/crisis.html", "onboarding/certificate.html", "crisis/first-hour.html", "index.html"]


@pytest.mark.parametrize("edition", ["default", "harbour-logistics"])  # French and English
@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_finds_no_serious_violation(edition, path, server, page):
    page.goto(f"{server}/{edition}/{path}", wait_until="networkidle")
    if "onboarding/" in path and "index" not in path and "certificate" not in path:
        page.wait_for_function(QUIZ_READY)
        page.wait_for_timeout(1200)  # quizdown's fade-in: judge contrast on the final colours
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, serious


def test_quiz_text_keeps_code_and_angle_brackets(copy_repo, page):
    bank = copy_repo / "quizzes" / "zz-markup.yml"
    bank.write_text(
        'module: zz-markup\norder: 99\ntitle: {fr: "Balises", en: "Markup"}\nquestions:\n'
        '  - id: tag\n    type: single\n    tests: crisis/first-hour#checklist\n'
        '    question: {fr: "Que fait `<b>` quand 2 < 3 ?", en: "What does `<b>` do when 2 < 3?"}\n'
        '    hint: {fr: "HTML.", en: "HTML."}\n    answers:\n'
        '      - text: {fr: "Met en gras", en: "Bold"}\n        correct: true\n'
        '      - text: {fr: "Rien", en: "Nothing"}\n', encoding="utf-8")
    run_cmkb("build", "--out", "out", cwd=copy_repo, check=True)
    page.goto((copy_repo / "out" / "default" / "onboarding" / "zz-markup.html").as_uri())
    page.wait_for_function(QUIZ_READY)
    h3 = page.locator(".cmkb-quiz h3").first
    assert h3.locator("code").inner_text() == "<b>"
    assert "2 < 3" in h3.inner_text() and "Que fait" in h3.inner_text()


@pytest.mark.parametrize("edition", ["default", "harbour-logistics"])
def test_quiz_buttons_have_whole_accessible_names(edition, server, page):
    """The reorder buttons of sequence questions read "Move up: <step>" in the page's language, never NaN."""
    page.goto(f"{server}/{edition}/onboarding/crisis.html", wait_until="networkidle")
    page.wait_for_function(QUIZ_READY)
    names = page.evaluate(
        """() => [...document.querySelectorAll('.cmkb-quiz')].flatMap(n => n.shadowRoot ?
             [...n.shadowRoot.querySelectorAll('button')].map(b => b.getAttribute('aria-label') || b.textContent) : [])"""
    )
    assert names, "no button found in the quiz"
    assert not [n for n in names if "NaN" in (n or "") or "undefined" in (n or "")], names
