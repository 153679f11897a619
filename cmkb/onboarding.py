"""The onboarding path: one page per quiz module, an overview with progress, a certificate.

Engine-neutral: plain Markdown and HTML with ``cmkb-`` classes; an output adapter maps the
``cmkb-button`` classes onto its theme's buttons.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

import jinja2

from .edition import Edition
from .errors import InvalidInput
from .i18n import OnboardingTexts, texts
from .model import Document
from .playbooks import Page
from .quizzes import LoadedBank, quizdown
from .theme import Palette


@dataclass
class Course:
    """What the onboarding pages are made from: the modules, the pages they point at, the edition."""

    edition: Edition
    edition_id: str
    modules: list[LoadedBank]
    selected: dict[str, Page]  # the edition's pages, by id
    env: jinja2.Environment
    context: dict

    @property
    def words(self) -> OnboardingTexts:
        return texts(self.edition.language).onboarding

    def section_url(self, tests: str) -> str:
        """Link from a quiz page back to the section a question tests ('' when the edition lacks it)."""
        page, _, section = tests.partition("#")
        return f"../{page}.html#{section}" if page in self.selected else ""

    def section_title(self, tests: str) -> str:
        page_id, _, section = tests.partition("#")
        page = self.selected[page_id]
        heading = page.section_titles.get(section)
        return f"{page.meta.title} › {heading}" if heading else page.meta.title


def documents(path: Course) -> list[Document]:
    """The overview, one page per module, and the certificate."""
    docs, summaries, problems = [], [], []
    for n, loaded in enumerate(path.modules, start=1):
        try:
            doc, summary = _module_page(path, loaded, n)
        except InvalidInput as exc:
            problems.extend(exc.problems)
            continue
        docs.append(doc)
        summaries.append(summary)
    if problems:
        raise InvalidInput(problems)
    data = json.dumps(
        {"edition": path.edition_id, "passMark": path.edition.onboarding.pass_mark, "modules": summaries},
        ensure_ascii=False,
    )
    return [_overview(path, summaries, data), *docs, _certificate(path, data)]


def _module_page(path: Course, loaded: LoadedBank, n: int) -> tuple[Document, dict]:
    bank = loaded.bank
    lang = path.edition.language
    words = path.words
    pass_mark = path.edition.onboarding.pass_mark
    title = getattr(bank.title, lang)
    colours = Palette.of(path.edition.branding.primary, path.edition.branding.accent)
    text = quizdown(loaded, lang, path.env, path.context, pass_mark, colours.link, path.section_url)
    reading: list[str] = []
    for q in bank.questions:
        page = q.tests.split("#")[0]
        if page in path.selected and page not in reading:
            reading.append(page)
    backs = [
        {"url": path.section_url(q.tests), "title": path.section_title(q.tests) if path.section_url(q.tests) else ""}
        for q in bank.questions
    ]
    intro = getattr(bank.intro, lang) if bank.intro else ""
    body = [f"# {html.escape(title)}", ""]
    if intro:
        body += [html.escape(intro), ""]
    if reading:
        body += [f"## {words.read_first}", ""]
        body += [f"- [{html.escape(path.selected[p].meta.title)}](../{p}.md)" for p in reading] + [""]
    body += [f"## {words.quiz}", ""]
    attrs = {
        "class": "cmkb-quiz",
        "data-search-exclude": "",
        "data-module": bank.module,
        "data-edition": path.edition_id,
        "data-pass-mark": str(pass_mark),
        "data-questions": json.dumps([q.id for q in bank.questions]),
        "data-back": json.dumps(backs, ensure_ascii=False),
        "data-quiz": text,
    }
    body.append(_html_line("div", attrs))
    body.append(
        f'<div class="cmkb-quiz-review" data-search-exclude hidden><p><strong>{html.escape(words.wrong)}</strong></p><ul></ul></div>'
    )
    # a quiz page is taken, not searched: its questions would crowd out the playbooks
    doc = Document(f"onboarding/{bank.module}.md", title, "\n".join(body) + "\n", "onboarding", n * 10, search=False)
    return doc, {"id": bank.module, "title": title, "url": f"{bank.module}.html", "questions": len(bank.questions)}


def _html_line(tag: str, attrs: dict[str, str]) -> str:
    """One line of HTML, every value escaped: Python-Markdown passes it through untouched."""
    parts = [f'{k}="{html.escape(v, quote=True)}"'.replace("\n", "&#10;") if v else k for k, v in attrs.items()]
    return f"<{tag} {' '.join(parts)}></{tag}>"


def _overview(path: Course, summaries: list[dict], data: str) -> Document:
    words = path.words
    pass_mark = path.edition.onboarding.pass_mark
    lines = [
        f"# {words.title}",
        "",
        html.escape(words.intro.format(n=len(summaries), mark=pass_mark)),
        "",
        f"| {words.module} | {words.status} | {words.best} |",
        "| --- | --- | --- |",
    ]
    for m in summaries:
        status = f'<span class="cmkb-status" data-module="{m["id"]}">{words.not_started}</span>'
        best = f'<span class="cmkb-best" data-module="{m["id"]}">—</span>'
        lines.append(f"| [{html.escape(m['title'])}]({m['id']}.md) | {status} | {best} |")
    lines += [
        "",
        f'<div class="cmkb-onboarding" data-onboarding="{html.escape(data, quote=True)}"></div>',
        "",
        f"[{words.certificate}](certificate.md){{ .cmkb-button }}",
        "",
    ]
    return Document("onboarding/index.md", words.title, "\n".join(lines), "onboarding", 0)


def _certificate(path: Course, data: str) -> Document:
    words = path.words
    lines = [
        f"# {words.certificate}",
        "",
        f'<p class="cmkb-no-print">{html.escape(words.certificate_intro)}</p>',
        "",
        f'<div class="cmkb-certificate" data-onboarding="{html.escape(data, quote=True)}" data-search-exclude>',
        f'<p class="cmkb-no-print"><label for="cmkb-name">{html.escape(words.name)}</label> '
        '<input id="cmkb-name" type="text" autocomplete="name"></p>',
        '<div class="cmkb-certificate-body"></div>',
        '<p class="cmkb-no-print"><button type="button" class="cmkb-button cmkb-button--primary cmkb-print">'
        f"{html.escape(words.print)}</button></p>",
        "</div>",
        "",
    ]
    return Document("onboarding/certificate.md", words.certificate, "\n".join(lines), "onboarding", 1000, search=False)
