"""Assemble an edition: select, override, render and complete its pages.

The result (:class:`Project`) is engine-neutral: Markdown documents, a navigation tree and
asset files. :mod:`cmkb.site` turns it into a MkDocs project.
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path


from .edition import Edition, edition_folder, resolve_file
from .errors import InvalidInput, Problem, did_you_mean, display_path
from .reference import reference_markdown
from .severity import level_number, mapping
from .onboarding import bank_problems, selected_modules, documents as onboarding_documents
from .playbooks import AREAS, Page, front_matter_line, md_escape, load_playbooks, make_environment, read_page, render_page
from .ui import UI
from .yamlsrc import Located, load_yaml

REPO = Path(__file__).resolve().parent.parent
PLAYBOOKS = REPO / "playbooks"
ASSETS = Path(__file__).resolve().parent / "assets"
NAV_AREAS = ("onboarding", "culture", "governance", "crisis", "platforms", "roles", "measurement", "cases", "company", "reference")
_TAGS_MARKER = "<!-- material/tags -->"
GENERATED = ("reference/glossary", "reference/edition")  # pages made by the build, not written


@dataclass
class Document:
    """One page of the built site."""

    path: str  # e.g. "crisis/first-hour.md"
    title: str
    markdown: str
    area: str
    order: int = 100
    search: bool = True
    tags: list[str] = field(default_factory=list)


@dataclass
class Project:
    """Everything an engine needs to build one edition."""

    edition: Edition
    edition_id: str
    documents: list[Document] = field(default_factory=list)
    assets: dict[str, Path] = field(default_factory=dict)  # destination → source file
    warnings: list[Problem] = field(default_factory=list)

    def nav(self) -> list[tuple[str, list[Document]]]:
        """Areas in reading order, each with its pages (index first)."""
        ui = UI[self.edition.language]
        out = []
        for area in NAV_AREAS:
            docs = [d for d in self.documents if d.area == area]
            if docs:
                docs.sort(key=lambda d: (not d.path.endswith("/index.md"), d.order, d.path))
                out.append((ui["areas"][area], docs))
        return out


def template_context(edition: Edition) -> dict:
    # The models themselves, not dicts: `company.values` must be the field, not dict.values.
    data = {name: getattr(edition, name) for name in type(edition).model_fields}
    data["lang"] = edition.language
    data["edition"] = edition
    levels = edition.crisis.levels or []

    def severity(*grades: int):
        """The edition's level for five grades (0 low, 1 medium, 2 high): see cmkb/severity.py."""
        return levels[level_number(grades, len(levels)) - 1]

    data["severity"] = severity
    data["severity_mapping"] = [(row, levels[row.level - 1]) for row in mapping(len(levels))] if levels else []
    return data


def _selected(pid: str, edition: Edition) -> bool:
    area, _, slug = pid.partition("/")
    if area == "platforms" and slug != "index" and edition.networks:
        # the sheets of the networks the edition uses; every sheet when it names none
        if slug not in {n.platform for n in edition.networks}:
            return False
    sel = edition.playbooks
    if sel.include and pid not in sel.include and area not in sel.include:
        return False
    return pid not in sel.exclude and area not in sel.exclude


def _selection_problems(edition: Edition, src: Located, ids: list[str]) -> list[Problem]:
    known = set(ids) | set(AREAS)
    problems = []
    for key in ("include", "exclude"):
        for i, value in enumerate(getattr(edition.playbooks, key)):
            if value not in known:
                problems.append(src.problem(("playbooks", key, i), f"no area or page '{value}'{did_you_mean(value, known)}; see the page ids in the site's navigation"))
    return problems


def assemble(edition: Edition, src: Located, root: Path = PLAYBOOKS, quiz_root: Path | None = None) -> Project:
    """Build the engine-neutral project for one edition; raise :class:`InvalidInput` with every problem."""
    lang = edition.language
    quiz_root = quiz_root or root.parent / "quizzes"
    edition_id = src.path.stem
    folder = edition_folder(src.path)
    project = Project(edition, edition_id)
    pages, problems = load_playbooks(root, lang)
    as_written = dict(pages)  # before overrides and extra pages, for the quiz references
    problems += _selection_problems(edition, src, list(pages))

    for pid, rel in sorted(edition.overrides.items()):
        if pid not in pages:
            problems.append(src.problem(("overrides", pid, "__key__"), f"no page '{pid}' to override{did_you_mean(pid, pages)}"))
            continue
        orig = pages[pid]
        page = read_page(resolve_file(src.path, rel), lang, None, problems, extra=True, defaults=orig.meta.model_dump())
        if page:
            page.id = pid
            pages[pid] = page

    for i, extra in enumerate(edition.pages):
        if extra.area not in NAV_AREAS or extra.area in ("onboarding", "reference"):
            choices = [a for a in NAV_AREAS if a not in ("onboarding", "reference")]
            problems.append(src.problem(("pages", i, "area"), f"unknown area '{extra.area}'{did_you_mean(extra.area, choices)}; use one of {', '.join(choices)}"))
            continue
        path = resolve_file(src.path, extra.file)
        slug = re.sub(r"[^a-z0-9-]+", "-", path.stem.lower()).strip("-") or "page"
        defaults = {"id": f"{extra.area}/{slug}", "title": _first_heading(path) or path.stem, "audiences": ["employee", "community-manager", "manager"], "owner": edition.company.name}
        page = read_page(path, lang, None, problems, extra=True, defaults=defaults)
        if page:
            page.meta.id = page.id = f"{extra.area}/{slug}"
            if page.id in pages:
                problems.append(src.problem(("pages", i, "file"), f"page id '{page.id}' is already taken by a playbook; rename the file or use overrides"))
                continue
            pages[page.id] = page

    selected = {pid: p for pid, p in pages.items() if _selected(pid, edition) or p.extra}
    banks, bank_problems_ = bank_problems(quiz_root, root, {lang: as_written})
    problems += bank_problems_
    modules = selected_modules(edition, src, banks, problems)
    env = make_environment(root, lang, (folder,))
    context = template_context(edition)
    context["onboarding"] = [lb.module for lb in modules]
    for page in selected.values():
        try:
            render_page(env, page, context)
        except InvalidInput as exc:
            problems.extend(exc.problems)
    glossary = _load_glossary(root / lang / "glossary.yml", problems)
    for page in selected.values():
        if page.body:
            page.body = _resolve_links(page, selected, pages, problems, project.warnings)
    if not problems and modules:
        try:
            project.documents += onboarding_documents(edition, edition_id, modules, selected, root, folder, context)
        except InvalidInput as exc:
            problems.extend(exc.problems)
    if problems:
        raise InvalidInput(problems)

    ui = UI[lang]
    abbreviations = "\n".join(f"*[{term}]: {_one_line(text)}" for term, text in glossary.items())
    today = dt.date.today()
    for page in selected.values():
        body = page.body
        if page.id == "cases/index":
            body = body.replace(_TAGS_MARKER, _cases_by_tag(selected, ui))
        notice = ""
        if page.meta.review_by:
            notice = (f'<div class="cmkb-review" data-review-by="{page.meta.review_by.isoformat()}" hidden markdown>\n'
                      + html.escape(ui["review_notice"].format(date=page.meta.review_by.strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d"), owner=page.meta.owner))
                      + "\n</div>\n\n")
            if page.meta.review_by < today and not page.extra:
                line = front_matter_line(page.path.read_text(encoding="utf-8"), "review_by")
                project.warnings.append(Problem(display_path(page.path), line, f"review was due on {page.meta.review_by}; review the page and move review_by forward", warning=True))
        body = _insert_after_title(body, notice + _scope_block(page, edition, ui)) + _sources_block(page, ui) + "\n\n" + abbreviations + "\n"
        area = page.area if page.area else "home"
        project.documents.append(Document(f"{page.id}.md", page.meta.title, body, area, page.meta.order, tags=list(page.meta.tags)))

    project.documents.append(_glossary_document(glossary, ui, abbreviations))
    project.documents.append(Document("reference/edition.md", ui["edition_reference"], reference_markdown(lang), "reference", 20))
    project.assets.update(_assets(edition, src))
    return project


_LINK = re.compile(r"(?<!!)\[((?:[^\[\]]|\[[^\]]*\])+)\]\(([^)\s#]+\.md)(#[^)\s]*)?\)")


def _resolve_links(page: Page, selected: dict[str, Page], known: dict[str, Page], problems: list[Problem], warnings: list[Problem]) -> str:
    """Check relative links; unlink pages the edition leaves out; drop anchors an override lacks."""
    base = posixpath.dirname(page.id)

    def line_of(text: str) -> int:
        at = page.source.find(text)
        return page.source.count("\n", 0, at) + 1 if at >= 0 else 1

    def fix(m: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(base, m.group(2)))[: -len(".md")]
        anchor = (m.group(3) or "")[1:]
        if target in selected:
            if anchor and anchor not in selected[target].anchors:
                if selected[target].extra:  # a company's override: keep the link, lose the anchor
                    warnings.append(Problem(display_path(page.path), line_of(m.group(0)), f"links to '#{anchor}', which {display_path(selected[target].path)} (an override) lacks; the link now opens the top of the page — add a heading ending in {{#{anchor}}} to keep it", warning=True))
                    return f"[{m.group(1)}]({m.group(2)})"
                problems.append(Problem(display_path(page.path), line_of(m.group(0)), f"link to '{m.group(2)}#{anchor}': no such section{did_you_mean(anchor, selected[target].anchors)}; fix the anchor"))
            return m.group(0)
        if target in known:
            return m.group(1)  # a page the edition leaves out: keep the words, drop the link
        if target in GENERATED or target.split("/")[0] == "onboarding":
            return m.group(0)  # pages the build adds; MkDocs checks these links in strict mode
        problems.append(Problem(display_path(page.path), line_of(m.group(2)), f"link to '{m.group(2)}', a page that does not exist{did_you_mean(target, known)}; fix the link"))
        return m.group(0)

    return _LINK.sub(fix, page.body)


def _scope_block(page: Page, edition: Edition, ui: dict) -> str:
    """Which law a legal page states, and when its facts were checked."""
    if not page.meta.legal:
        return ""
    text = ui["legal_scope"].format(jurisdiction=ui["jurisdictions"][edition.legal.jurisdiction])
    if page.meta.facts_checked:
        text += " " + ui["facts_checked"].format(date=_date(page.meta.facts_checked, edition.language))
    return f'!!! info "{ui["legal_scope_title"]}"\n    {html.escape(text)}\n\n'


def _sources_block(page: Page, ui: dict) -> str:
    """The sources of a page's dated facts, as a closing section."""
    if not page.meta.sources:
        return ""
    lines = ["", "", f"## {ui['sources']} {{#sources}}", ""]
    if page.meta.facts_checked:
        lines += [html.escape(ui["facts_checked"].format(date=_date(page.meta.facts_checked, page.lang))), ""]
    lines += [f"- [{md_escape(s.title)}]({s.url})" for s in page.meta.sources]
    return "\n".join(lines) + "\n"


def _date(day: dt.date, lang: str) -> str:
    return day.strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _first_heading(path: Path) -> str | None:
    try:
        m = re.search(r"^# (.+)$", path.read_text(encoding="utf-8"), re.M)
    except (OSError, UnicodeDecodeError):
        return None
    return m.group(1).strip() if m else None


def _insert_after_title(body: str, block: str) -> str:
    if not block:
        return body
    m = re.search(r"^# .*\n", body, re.M)
    return body[: m.end()] + "\n" + block + body[m.end():] if m else block + body


def _cases_by_tag(pages: dict[str, Page], ui: dict) -> str:
    by_tag: dict[str, list[Page]] = {}
    for page in pages.values():
        if page.meta.case:
            for tag in page.meta.tags or [ui["cases_untagged"]]:
                by_tag.setdefault(tag, []).append(page)
    out = []
    for tag in sorted(by_tag, key=str.casefold):
        out.append(f"### {html.escape(tag)}\n")
        for page in sorted(by_tag[tag], key=lambda p: p.meta.title.casefold()):
            out.append(f"- [{html.escape(page.meta.title)}]({page.id.split('/', 1)[1]}.md)")
        out.append("")
    return "\n".join(out)


def _load_glossary(path: Path, problems: list[Problem]) -> dict[str, str]:
    if not path.exists():
        return {}
    try:
        src = load_yaml(path)
    except InvalidInput as exc:
        problems.extend(exc.problems)
        return {}
    if not isinstance(src.data, dict):
        problems.append(src.problem((), "the glossary must be a mapping of term: definition"))
        return {}
    out = {}
    for term, text in src.data.items():
        if not isinstance(text, str) or not text.strip():
            problems.append(src.problem((term,), f"'{term}' needs a definition as text"))
        else:
            out[str(term)] = text.strip()
    return dict(sorted(out.items(), key=lambda kv: kv[0].casefold()))


def _glossary_document(glossary: dict[str, str], ui: dict, abbreviations: str) -> Document:
    lines = [f"# {ui['glossary']}", "", ui["glossary_intro"], ""]
    for term, text in glossary.items():
        lines += [html.escape(term), f":   {html.escape(_one_line(text))}", ""]
    return Document("reference/glossary.md", ui["glossary"], "\n".join(lines), "reference", 10)


def _assets(edition: Edition, src: Located) -> dict[str, Path]:
    assets = {f"assets/cmkb/{p.name}": p for p in sorted(ASSETS.glob("*")) if p.is_file()}
    if edition.branding.logo:
        logo = resolve_file(src.path, edition.branding.logo)
        assets[f"assets/cmkb/logo{logo.suffix.lower()}"] = logo
    return assets
