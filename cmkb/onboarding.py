"""The onboarding path: one page per quiz module, an overview with progress, a certificate."""

from __future__ import annotations

import html
import json
from pathlib import Path

from .edition import Edition
from .errors import InvalidInput, Problem, did_you_mean
from .playbooks import Page, load_playbooks, make_environment
from .quizzes import LoadedBank, load_banks, quizdown, reference_problems
from .ui import ONBOARDING
from .yamlsrc import Located

# Material's palette names → a hex value quizdown can use for its buttons
_PALETTE_HEX = {
    "red": "#ef5552", "pink": "#e92063", "purple": "#ab47bd", "deep purple": "#7e56c2", "indigo": "#4051b5",
    "blue": "#2094f3", "light blue": "#02a6f2", "cyan": "#00bdd6", "teal": "#009485", "green": "#4cae4f",
    "light green": "#8bc34b", "lime": "#cbdc38", "yellow": "#ffec3d", "amber": "#ffc105", "orange": "#ffa724",
    "deep orange": "#ff6e42", "brown": "#795649", "grey": "#757575", "blue grey": "#546d78", "black": "#000000", "white": "#ffffff",
}


def sections_by_language(root: Path, known: dict[str, dict[str, Page]] | None = None) -> dict[str, dict[str, list[str]]]:
    """Section ids of every page, per language; ``known`` spares reading a language again."""
    out = {}
    for lang in ("fr", "en"):
        pages = (known or {}).get(lang) or load_playbooks(root, lang)[0]
        out[lang] = {pid: p.sections for pid, p in pages.items()}
    return out


def bank_problems(quiz_root: Path, playbook_root: Path, known: dict[str, dict[str, Page]] | None = None) -> tuple[list[LoadedBank], list[Problem]]:
    banks, problems = load_banks(quiz_root)
    if banks:
        problems += reference_problems(banks, sections_by_language(playbook_root, known))
    return banks, problems


def _section_title(selected: dict[str, Page], tests: str) -> str:
    page_id, _, section = tests.partition("#")
    page = selected[page_id]
    heading = page.section_titles.get(section)
    return f"{page.meta.title} › {heading}" if heading else page.meta.title


def selected_modules(edition: Edition, src: Located, banks: list[LoadedBank], problems: list[Problem]) -> list[LoadedBank]:
    by_id = {b.module: b for b in banks}
    ob = edition.onboarding
    for key, values in (("modules", ob.modules or []), ("exclude", ob.exclude)):
        for i, m in enumerate(values):
            if m not in by_id:
                problems.append(src.problem(("onboarding", key, i), f"no quiz module '{m}'{did_you_mean(m, by_id)}; modules: {', '.join(by_id)}"))
    order = ob.modules if ob.modules is not None else [b.module for b in banks]
    return [by_id[m] for m in order if m in by_id and m not in ob.exclude]


def documents(edition: Edition, edition_id: str, modules: list[LoadedBank], selected: dict[str, Page], root: Path, folder: Path, context: dict):
    """(path, title, markdown, order, search) for the onboarding pages."""
    from .project import Document

    lang = edition.language
    ui = ONBOARDING[lang]
    env = make_environment(root, lang, (folder,))
    primary = edition.branding.primary if edition.branding.primary.startswith("#") else _PALETTE_HEX[edition.branding.primary]
    pass_mark = edition.onboarding.pass_mark
    docs = []
    problems: list[Problem] = []
    meta = []
    for n, lb in enumerate(modules, start=1):
        bank = lb.bank
        title = getattr(bank.title, lang)

        def url(tests: str) -> str:
            page, _, section = tests.partition("#")
            return f"../{page}.html#{section}" if page in selected else ""

        try:
            text = quizdown(lb, lang, env, context, pass_mark, primary, url)
        except InvalidInput as exc:
            problems.extend(exc.problems)
            continue
        reading = []
        for q in bank.questions:
            page = q.tests.split("#")[0]
            if page in selected and page not in reading:
                reading.append(page)
        backs = [{"url": url(q.tests), "title": _section_title(selected, q.tests) if url(q.tests) else ""} for q in bank.questions]
        intro = getattr(bank.intro, lang) if bank.intro else ""
        body = [f"# {html.escape(title)}", ""]
        if intro:
            body += [html.escape(intro), ""]
        if reading:
            body += [f"## {ui['read_first']}", ""] + [f"- [{html.escape(selected[p].meta.title)}](../{p}.md)" for p in reading] + [""]
        body += [f"## {ui['quiz']}", ""]
        attrs = {
            "class": "cmkb-quiz",
            "data-search-exclude": "",
            "data-module": bank.module,
            "data-edition": edition_id,
            "data-pass-mark": str(pass_mark),
            "data-questions": json.dumps([q.id for q in bank.questions]),
            "data-back": json.dumps(backs, ensure_ascii=False),
            "data-quiz": text,
        }
        # One line, every value escaped: Python-Markdown passes it through untouched.
        body.append("<div " + " ".join(f'{k}="{html.escape(v, quote=True)}"'.replace("\n", "&#10;") if v else k for k, v in attrs.items()) + "></div>")
        body.append(f'<div class="cmkb-quiz-review" data-search-exclude hidden><p><strong>{html.escape(ui["wrong"])}</strong></p><ul></ul></div>')
        # a quiz page is taken, not searched: its questions would crowd out the playbooks
        docs.append(Document(f"onboarding/{bank.module}.md", title, "\n".join(body) + "\n", "onboarding", n * 10, search=False))
        meta.append({"id": bank.module, "title": title, "url": f"{bank.module}.html", "questions": len(bank.questions)})
    if problems:
        raise InvalidInput(problems)
    data = html.escape(json.dumps({"edition": edition_id, "passMark": pass_mark, "modules": meta}, ensure_ascii=False), quote=True)
    overview = [
        f"# {ui['title']}", "",
        html.escape(ui["intro"].format(n=len(meta), mark=pass_mark)), "",
        f"| {ui['module']} | {ui['status']} | {ui['best']} |", "| --- | --- | --- |",
    ]
    for m in meta:
        overview.append(f"| [{html.escape(m['title'])}]({m['id']}.md) | <span class=\"cmkb-status\" data-module=\"{m['id']}\">{ui['not_started']}</span> | <span class=\"cmkb-best\" data-module=\"{m['id']}\">—</span> |")
    overview += ["", f'<div class="cmkb-onboarding" data-onboarding="{data}"></div>', "", f"[{ui['certificate']}](certificate.md){{ .md-button }}", ""]
    docs.insert(0, Document("onboarding/index.md", ui["title"], "\n".join(overview), "onboarding", 0))
    cert = [
        f"# {ui['certificate']}", "",
        f'<p class="cmkb-no-print">{html.escape(ui["certificate_intro"])}</p>', "",
        f'<div class="cmkb-certificate" data-onboarding="{data}" data-search-exclude>',
        f'<p class="cmkb-no-print"><label for="cmkb-name">{html.escape(ui["name"])}</label> <input id="cmkb-name" type="text" autocomplete="name"></p>',
        '<div class="cmkb-certificate-body"></div>',
        f'<p class="cmkb-no-print"><button type="button" class="md-button md-button--primary cmkb-print">{html.escape(ui["print"])}</button></p>',
        "</div>", "",
    ]
    docs.append(Document("onboarding/certificate.md", ui["certificate"], "\n".join(cert), "onboarding", 1000, search=False))
    return docs
