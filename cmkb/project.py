"""Assemble an edition: select, override, render and complete its pages.

The result (:class:`~cmkb.model.Project`) is engine-neutral: Markdown documents, a navigation
tree and asset files. An output adapter (``cmkb.outputs.mkdocs``) turns it into a site.

:func:`assemble` runs named steps; each adds what it finds wrong to one list of problems, so
a user sees every problem at once.
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from . import content, onboarding
from .edition import Edition, edition_folder, resolve_file
from .errors import InvalidInput, Problem, did_you_mean, display_path
from .feedback import edit_link, feedback_link, page_address, page_footer
from .glossary import Term, load_glossary, term_warnings
from .handbook import handbook_document
from .i18n import Texts, texts
from .model import NAV_AREAS, Document, Project
from .playbooks import (
    AREAS,
    AUDIENCES,
    Page,
    company_environment,
    front_matter_line,
    load_playbooks,
    make_environment,
    read_page,
    render_page,
)
from .quizzes import LoadedBank, bank_problems, render_bank, selected_modules
from .reference import reference_markdown
from .severity import level_number, mapping
from .text import md_escape, one_line
from .untrusted import Refused, check_logo, read_text_in_folder, removed_markup
from .yamlsrc import Located, load_yaml

ASSETS = Path(__file__).resolve().parent / "assets"
_TAGS_MARKER = "<!-- material/tags -->"
GENERATED = ("reference/glossary", "reference/edition")  # pages made by the build, not written
COMPANY_AREAS = tuple(a for a in NAV_AREAS if a not in ("onboarding", "reference"))


def template_context(edition: Edition) -> dict:
    """What playbook templates and quiz texts see: the edition's values and a few helpers."""
    # The models themselves, not dicts: `company.values` must be the field, not dict.values.
    data = {name: getattr(edition, name) for name in type(edition).model_fields}
    data["lang"] = edition.language
    data["edition"] = edition
    levels = edition.crisis.levels or []

    def severity(*grades: int):  # type: ignore[no-untyped-def]
        """The edition's level for five grades (0 low, 1 medium, 2 high): see cmkb/severity.py."""
        return levels[level_number(grades, len(levels)) - 1]

    data["severity"] = severity
    data["severity_mapping"] = [(row, levels[row.level - 1]) for row in mapping(len(levels))] if levels else []
    return data


@dataclass
class Assembly:
    """The state of one edition's assembly, passed from step to step."""

    edition: Edition
    src: Located
    source: content.Content
    pages: dict[str, Page] = field(default_factory=dict)  # every page, with overrides and company pages
    as_written: dict[str, Page] = field(default_factory=dict)  # the playbooks before overrides
    selected: dict[str, Page] = field(default_factory=dict)
    modules: list[LoadedBank] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    context: dict = field(default_factory=dict)

    @property
    def lang(self) -> str:
        return self.edition.language

    @property
    def folder(self) -> Path:
        return edition_folder(self.src.path)

    @property
    def words(self) -> Texts:
        return texts(self.lang)


def assemble(edition: Edition, src: Located, source: content.Content | None = None) -> Project:
    """Build the engine-neutral project for one edition; raise :class:`InvalidInput` with every problem."""
    run = Assembly(edition, src, source or content.locate())
    _read_playbooks(run)
    _apply_overrides(run)
    _add_company_pages(run)
    run.selected = {pid: p for pid, p in run.pages.items() if _selected(pid, edition) or p.extra}
    _choose_modules(run)
    env = make_environment(run.source.playbooks, run.lang)
    run.context = template_context(edition)
    run.context["onboarding"] = [m.module for m in run.modules]
    _render(run, env, company_environment(run.source.playbooks, run.lang, run.folder))
    glossary = load_glossary(run.source.playbooks / run.lang / "glossary.yml", run.problems)
    for page in run.selected.values():
        if page.extra:  # the company's own pages; the playbooks are checked once, by `cmkb check`
            run.warnings += term_warnings(page.path, page.source, glossary)
    _link_pages(run)
    project = Project(edition, src.path.stem, warnings=run.warnings)
    project.synonyms = _load_synonyms(run.source.playbooks / run.lang / "synonyms.yml", run.problems)
    if not run.problems and run.modules:
        try:
            course = onboarding.Course(edition, project.edition_id, run.modules, run.selected, env, run.context)
            project.documents += onboarding.documents(course)
        except InvalidInput as exc:
            run.problems.extend(exc.problems)
    if run.problems:
        raise InvalidInput(run.problems)
    abbreviations = "\n".join(f"*[{t.term}]: {one_line(t.definition)}" for t in glossary)
    project.documents += [_document(run, page, abbreviations) for page in run.selected.values()]
    project.documents.append(_glossary_document(glossary, run.words, abbreviations))
    reference = reference_markdown(run.lang)
    project.documents.append(Document("reference/edition.md", run.words.edition_reference, reference, "reference", 20))
    project.documents.append(handbook_document(project, abbreviations))
    project.assets.update(_assets(run))
    if run.problems:
        raise InvalidInput(run.problems)
    return project


def prepared_modules(edition: Edition, src: Located, source: content.Content | None = None) -> list[LoadedBank]:
    """The edition's onboarding modules, checked against the playbooks (for exports)."""
    run = Assembly(edition, src, source or content.locate())
    _read_playbooks(run)
    _choose_modules(run)
    if run.problems:
        raise InvalidInput(run.problems)
    return run.modules


def rendered_modules(edition: Edition, src: Located) -> list[tuple[LoadedBank, list]]:
    """Each module with its questions in the edition's language and values (plain text)."""
    source = content.locate()
    modules = prepared_modules(edition, src, source)
    env = make_environment(source.playbooks, edition.language, markdown=False)
    context = template_context(edition)
    context["onboarding"] = [m.module for m in modules]
    return [(m, render_bank(m, edition.language, env, context)) for m in modules]


# ---------- steps ----------


def _read_playbooks(run: Assembly) -> None:
    run.pages, problems = load_playbooks(run.source.playbooks, run.lang)
    run.problems += problems
    run.as_written = dict(run.pages)  # before overrides and company pages: what the quizzes test
    run.problems += _selection_problems(run.edition, run.src, list(run.pages))


def _apply_overrides(run: Assembly) -> None:
    for pid, rel in sorted(run.edition.overrides.items()):
        if pid not in run.pages:
            where = ("overrides", pid, "__key__")
            run.problems.append(run.src.problem(where, f"no page '{pid}' to override{did_you_mean(pid, run.pages)}"))
            continue
        original = run.pages[pid]
        path = resolve_file(run.src.path, rel)
        text = _company_text(run, rel, ("overrides", pid))
        if text is None:
            continue
        defaults = original.meta.model_dump()
        page = read_page(path, run.lang, None, run.problems, extra=True, defaults=defaults, text=text)
        if page:
            page.id = pid
            run.pages[pid] = page


def _add_company_pages(run: Assembly) -> None:
    for i, extra in enumerate(run.edition.pages):
        if extra.area not in COMPANY_AREAS:
            hint = did_you_mean(extra.area, COMPANY_AREAS)
            run.problems.append(
                run.src.problem(
                    ("pages", i, "area"), f"unknown area '{extra.area}'{hint}; use one of {', '.join(COMPANY_AREAS)}"
                )
            )
            continue
        path = resolve_file(run.src.path, extra.file)
        text = _company_text(run, extra.file, ("pages", i, "file"))
        if text is None:
            continue
        slug = re.sub(r"[^a-z0-9-]+", "-", path.stem.lower()).strip("-") or "page"
        page_id = f"{extra.area}/{slug}"
        defaults = {
            "id": page_id,
            "title": _first_heading(text) or path.stem,
            "audiences": list(AUDIENCES),
            "owner": run.edition.company.name,
        }
        page = read_page(path, run.lang, None, run.problems, extra=True, defaults=defaults, text=text)
        if not page:
            continue
        page.meta.id = page.id = page_id
        if page.id in run.pages:
            message = f"page id '{page.id}' is already taken by a playbook; rename the file or use overrides"
            run.problems.append(run.src.problem(("pages", i, "file"), message))
            continue
        run.pages[page.id] = page


def _company_text(run: Assembly, rel: str, loc: tuple) -> str | None:
    """A page from the edition's folder, read without following links; None (and a problem) when refused."""
    try:
        return read_text_in_folder(run.folder, rel)
    except Refused as exc:
        run.problems.append(run.src.problem(loc, str(exc)))
        return None


def _choose_modules(run: Assembly) -> None:
    banks, problems = bank_problems(run.source.quizzes, run.source.playbooks, {run.lang: run.as_written})
    content.require(len(run.as_written), len(banks) + len(problems), run.source)
    run.problems += problems
    run.modules = selected_modules(run.edition, run.src, banks, run.problems)


def _render(run: Assembly, env: jinja2.Environment, company: jinja2.Environment) -> None:
    """Playbooks render in ``env``; company pages and overrides in the ``company`` sandbox."""
    for page in run.selected.values():
        try:
            render_page(company if page.extra else env, page, run.context)
        except InvalidInput as exc:
            run.problems.extend(exc.problems)
            continue
        if page.extra:
            # lines from the page as written; markup that only its template builds is sanitised all the same
            found = removed_markup(page.source) or [(1, what) for _, what in removed_markup(page.body)]
            for line, what in found:
                message = f"{what} removed: a company page holds no script, event handler, frame, form or style"
                run.warnings.append(Problem(display_path(page.path), line, message, warning=True))


def _link_pages(run: Assembly) -> None:
    for page in run.selected.values():
        if page.body:
            page.body = _resolve_links(page, run)


def _document(run: Assembly, page: Page, abbreviations: str) -> Document:
    """A rendered page with its notices, sources and the glossary's abbreviations."""
    body = page.body
    if page.id == "cases/index":
        body = body.replace(_TAGS_MARKER, _cases_by_tag(run.selected, run.words))
    header = _review_notice(run, page) + _scope_block(page, run.edition, run.words)
    body = (
        _insert_after_title(body, header)
        + _sources_block(page, run.edition, run.words)
        + _footer(run, page)
        + "\n\n"
        + abbreviations
        + "\n"
    )
    area = page.area or "home"
    return Document(
        f"{page.id}.md",
        page.meta.title,
        body,
        area,
        page.meta.order,
        tags=list(page.meta.tags),
        keywords=list(page.meta.keywords),
        boost=_search_boost(page),
        untrusted=page.extra,
    )


def _footer(run: Assembly, page: Page) -> str:
    """Owner and review date; where to suggest a change; for the company's own files, where to edit them."""
    site = run.edition.site
    suggest = edit = ""
    if site.feedback:
        address = page_address(run.edition, f"{page.id}.md")
        suggest = feedback_link(site.feedback, page.meta.title, address, run.words)
    if page.extra and site.edit_path:
        edit = edit_link(run.edition, run.src.path.stem, page.path.relative_to(run.folder).as_posix())
    return page_footer(run.words, page.meta.owner, page.meta.review_by, suggest, edit)


def _search_boost(page: Page) -> float:
    """Procedures answer questions; stories and overviews point to them: rank them below."""
    if page.meta.case:
        return 0.4
    if page.id.endswith("/index") or not page.area:
        return 0.5
    return 1.0


# ---------- selection ----------


def _selected(pid: str, edition: Edition) -> bool:
    area, _, slug = pid.partition("/")
    # the sheets of the networks the edition uses; every sheet when it names none
    if (
        area == "platforms"
        and slug != "index"
        and edition.networks
        and slug not in {n.platform for n in edition.networks}
    ):
        return False
    chosen = edition.playbooks
    if chosen.include and pid not in chosen.include and area not in chosen.include:
        return False
    return pid not in chosen.exclude and area not in chosen.exclude


def _selection_problems(edition: Edition, src: Located, ids: list[str]) -> list[Problem]:
    known = set(ids) | set(AREAS)
    problems = []
    for key in ("include", "exclude"):
        for i, value in enumerate(getattr(edition.playbooks, key)):
            if value not in known:
                message = (
                    f"no area or page '{value}'{did_you_mean(value, known)}; see the page ids in the site's navigation"
                )
                problems.append(src.problem(("playbooks", key, i), message))
    return problems


# ---------- links ----------

# linear: a nested bracket holds no bracket, an address no bracket or parenthesis (a page full of `[` or of
# `[x](` must not make it backtrack over the rest of the text from every position)
_LINK = re.compile(r"(?<!!)\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\(([^()\[\]\s#]+\.md)(#[^()\s]*)?\)")


def _resolve_links(page: Page, run: Assembly) -> str:
    """Check relative links; unlink pages the edition leaves out; drop anchors an override lacks."""
    base = posixpath.dirname(page.id)
    shown = display_path(page.path)

    def line_of(text: str) -> int:
        at = page.source.find(text)
        return page.source.count("\n", 0, at) + 1 if at >= 0 else 1

    def resolve(match: re.Match) -> str:
        words, href, anchor = match.group(1), match.group(2), (match.group(3) or "")[1:]
        target = posixpath.normpath(posixpath.join(base, href))[: -len(".md")]
        if target in run.selected:
            linked = run.selected[target]
            if anchor and anchor not in linked.anchors:
                if linked.extra:  # a company's override: keep the link, lose the anchor
                    message = (
                        f"links to '#{anchor}', which {display_path(linked.path)} (an override) lacks; the link now opens "
                        f"the top of the page — add a heading ending in {{#{anchor}}} to keep it"
                    )
                    run.warnings.append(Problem(shown, line_of(match.group(0)), message, warning=True))
                    return f"[{words}]({href})"
                hint = did_you_mean(anchor, linked.anchors)
                run.problems.append(
                    Problem(
                        shown,
                        line_of(match.group(0)),
                        f"link to '{href}#{anchor}': no such section{hint}; fix the anchor",
                    )
                )
            return match.group(0)
        if target in run.pages:
            return words  # a page the edition leaves out: keep the words, drop the link
        if target in GENERATED or target.split("/")[0] == "onboarding":
            return match.group(0)  # pages the build adds; the engine checks these links
        hint = did_you_mean(target, run.pages)
        run.problems.append(
            Problem(shown, line_of(href), f"link to '{href}', a page that does not exist{hint}; fix the link")
        )
        return match.group(0)

    return _LINK.sub(resolve, page.body)


# ---------- blocks added to pages ----------


def _review_notice(run: Assembly, page: Page) -> str:
    """A notice, shown by the page script once the review date has passed; a build warning already then."""
    review_by = page.meta.review_by
    if not review_by:
        return ""
    text = run.words.review_notice.format(date=run.words.date(review_by), owner=page.meta.owner)
    if review_by < dt.date.today() and not page.extra:
        line = front_matter_line(page.path.read_text(encoding="utf-8"), "review_by")
        message = f"review was due on {review_by}; review the page and move review_by forward"
        run.warnings.append(Problem(display_path(page.path), line, message, warning=True))
    return f'<div class="cmkb-review" data-review-by="{review_by.isoformat()}" hidden markdown>\n{md_escape(text)}\n</div>\n\n'


def _scope_block(page: Page, edition: Edition, words: Texts) -> str:
    """Which law a legal page states, and when its facts were checked."""
    if not page.meta.legal or not edition.legal.jurisdiction:
        return ""
    text = words.legal_scope.format(jurisdiction=words.jurisdictions[edition.legal.jurisdiction])
    if page.meta.facts_checked:
        text += " " + words.facts_checked.format(date=words.date(page.meta.facts_checked))
    return f'!!! info "{words.legal_scope_title}"\n    {md_escape(text)}\n\n'


def _sources_block(page: Page, edition: Edition, words: Texts) -> str:
    """The sources of a page's dated facts (those of the edition's jurisdiction), as a closing section."""
    sources = [s for s in page.meta.sources if not s.jurisdictions or edition.legal.jurisdiction in s.jurisdictions]
    if not sources:
        return ""
    lines = ["", "", f"## {words.sources} {{#sources}}", ""]
    if page.meta.facts_checked:
        lines += [md_escape(words.facts_checked.format(date=words.date(page.meta.facts_checked))), ""]
    lines += [f"- [{md_escape(s.title)}]({s.url})" for s in sources]
    return "\n".join(lines) + "\n"


def _first_heading(text: str) -> str | None:
    m = re.search(r"^# (.+)$", text, re.M)
    return m.group(1).strip() if m else None


def _insert_after_title(body: str, block: str) -> str:
    if not block:
        return body
    m = re.search(r"^# .*\n", body, re.M)
    return body[: m.end()] + "\n" + block + body[m.end() :] if m else block + body


def _cases_by_tag(pages: dict[str, Page], words: Texts) -> str:
    by_tag: dict[str, list[Page]] = {}
    for page in pages.values():
        if page.meta.case:
            for tag in page.meta.tags or [words.cases_untagged]:
                by_tag.setdefault(tag, []).append(page)
    out = []
    for tag in sorted(by_tag, key=str.casefold):
        out.append(f"### {md_escape(tag)}\n")
        for page in sorted(by_tag[tag], key=lambda p: p.meta.title.casefold()):
            out.append(f"- [{md_escape(page.meta.title)}]({page.id.split('/', 1)[1]}.md)")
        out.append("")
    return "\n".join(out)


# ---------- glossary ----------


def _load_synonyms(path: Path, problems: list[Problem]) -> dict[str, str]:
    """``synonyms.yml``: what readers type (a word or phrase) → the words the pages use."""
    if not path.exists():
        return {}
    try:
        src = load_yaml(path)
    except InvalidInput as exc:
        problems.extend(exc.problems)
        return {}
    data = src.data if isinstance(src.data, dict) else None
    if data is None or not all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in data.items()):
        problems.append(src.problem((), "synonyms must be a mapping of what readers type: the words the pages use"))
        return {}
    return {k.casefold().strip(): v.strip() for k, v in sorted(data.items())}


def _glossary_document(glossary: list[Term], words: Texts, abbreviations: str) -> Document:
    lines = [f"# {words.glossary}", "", words.glossary_intro, ""]
    for term in glossary:
        lines += [html.escape(term.term), f":   {html.escape(one_line(term.definition))}", ""]
    # a list of definitions: it points to the pages that answer, below them in search
    return Document("reference/glossary.md", words.glossary, "\n".join(lines), "reference", 10, boost=0.5)


def _assets(run: Assembly) -> dict[str, Path | bytes]:
    """The project's assets, and the logo checked by its content under a fixed name."""
    assets: dict[str, Path | bytes] = {f"assets/cmkb/{p.name}": p for p in sorted(ASSETS.glob("*")) if p.is_file()}
    if run.edition.branding.logo:
        try:
            ext, data = check_logo(run.folder, run.edition.branding.logo)
        except Refused as exc:
            run.problems.append(run.src.problem(("branding", "logo"), str(exc)))
        else:
            assets[f"assets/cmkb/logo.{ext}"] = data
    return assets
