"""The whole handbook on one page, for print: a cover, a table of contents, then every page in reading order.

Built from the rendered Markdown of the pages (engine-neutral): each page's headings move one level
down, its section ids get the page's prefix (``crisis-first-hour--checklist``), and links between
pages become links to those anchors. Pages left out of the handbook (quizzes, the generated
reference) are linked where they are. The print stylesheet breaks pages, prints the address of
external links and hides the site's navigation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import posixpath
import re
from collections.abc import Callable

from . import __version__
from .i18n import texts
from .model import BUILD_DATE, Document, Project
from .playbooks import slugify
from .text import md_escape

PATH = "print.md"
#: Areas whose pages the handbook leaves out: the quizzes, and the reference (the glossary closes it as an appendix).
LEFT_OUT = ("onboarding", "reference")
GLOSSARY = "reference/glossary.md"

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6}) (.+)$")  # stripped after: `(.+?)\s*$` is quadratic on spaces
_EXPLICIT_ID = re.compile(r"\{#([\w-]+)\}$")
_TARGET = re.compile(r"\]\(([^()\s]+)\)(?!\{)")  # the address of a link or an image: `](address)`
_FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def build_date() -> dt.date:
    """The build's date: ``SOURCE_DATE_EPOCH`` when set (the command line sets it), else the fixed build date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch.isdigit() else BUILD_DATE
    return when.date()


def prefix(doc_path: str) -> str:
    """The id of a page in the handbook, which starts the ids of its sections: ``crisis-first-hour``."""
    return doc_path[: -len(".md")].replace("/", "-")


def chapters(project: Project) -> list[tuple[str, list[Document]]]:
    """The areas and pages of the handbook, in the order of the navigation; the glossary as an appendix."""
    words = texts(project.edition.language)
    skipped = {words.areas[a] for a in LEFT_OUT}
    out = [(title, docs) for title, docs in project.nav() if title not in skipped]
    glossary = [d for d in project.documents if d.path == GLOSSARY]
    if glossary:
        out.append((words.handbook.appendix, glossary))
    return out


def handbook_document(project: Project, abbreviations: str) -> Document:
    """The print page of an edition (excluded from search)."""
    words = texts(project.edition.language)
    parts = chapters(project)
    included = {d.path for _, docs in parts for d in docs}
    digest = hashlib.sha256(project.edition.model_dump_json().encode("utf-8"))
    body = []
    for _, docs in parts:
        for doc in docs:
            digest.update(f"\0{doc.path}\0{doc.markdown}".encode())
            body.append(_chapter(doc, included, abbreviations))
    version = f"{__version__}+{digest.hexdigest()[:8]}"
    text = "\n\n".join([_cover(project, version), _contents(parts, words.handbook.contents), *body, abbreviations])
    return Document(
        PATH,
        words.handbook.title,
        text + "\n",
        "reference",
        30,
        search=False,
        untrusted=any(d.untrusted for _, docs in parts for d in docs),
    )


def _cover(project: Project, version: str) -> str:
    ed = project.edition
    words = texts(ed.language)
    return "\n".join(
        [
            '<div class="cmkb-handbook-cover">',
            f'<p class="cmkb-handbook-company">{md_escape(ed.company.name)}</p>',
            f'<h1 id="handbook">{md_escape(ed.title)}</h1>',
            f'<p class="cmkb-handbook-date">{md_escape(words.handbook.built.format(date=words.date(build_date())))}</p>',
            f'<p class="cmkb-handbook-version">{md_escape(words.handbook.version.format(version=version))}</p>',
            f'<p class="cmkb-no-print">{md_escape(words.handbook.intro)}</p>',
            "</div>",
        ]
    )


def _contents(parts: list[tuple[str, list[Document]]], title: str) -> str:
    lines = [f"## {md_escape(title)} {{#handbook-contents .cmkb-handbook-contents}}", ""]
    for area, docs in parts:
        lines.append(f"- {md_escape(area)}")
        lines += [f"    - [{md_escape(d.title)}](#{prefix(d.path)})" for d in docs]
    return "\n".join(lines)


def _chapter(doc: Document, included: set[str], abbreviations: str) -> str:
    """One page in the handbook: headings one level down with ids of its own, links to the handbook's anchors."""
    markdown = doc.markdown.rstrip("\n").removesuffix(abbreviations).rstrip("\n")
    own = prefix(doc.path)
    anchors: dict[str, str] = {}  # the page's ids as the site has them → the handbook's
    lines = markdown.split("\n")
    fence = ""
    for i, line in enumerate(lines):
        if fence or _FENCE.match(line):
            started = _FENCE.match(line)
            if started and not fence:
                fence = started.group(1)
            elif started and started.group(1) == fence:
                fence = ""
            continue
        heading = _HEADING.match(line)
        if heading:
            lines[i] = _heading(heading, own, anchors)
    text = "\n".join(lines)
    text = _FOOTNOTE.sub(lambda m: f"[^{own}-{m.group(1)}]", text)
    return _TARGET.sub(_relinker(doc.path, own, anchors, included), text)


def _heading(match: re.Match, own: str, anchors: dict[str, str]) -> str:
    hashes, text = match.group(1), match.group(2).strip()
    explicit = _EXPLICIT_ID.search(text)
    if explicit:
        text = text[: explicit.start()].rstrip()
        site_id = explicit.group(1)
    else:  # the id Python-Markdown's toc gives it: the slug, with _1, _2... when taken
        site_id = slug = slugify(text) or "_"
        n = 0
        while site_id in anchors:
            n += 1
            site_id = f"{slug}_{n}"
    if len(hashes) == 1 and not anchors:  # the page's title
        anchors[site_id] = own
        return f"## {text} {{#{own} .cmkb-page-title}}"
    anchors[site_id] = f"{own}--{site_id}"
    return f"{'#' * min(len(hashes) + 1, 6)} {text} {{#{anchors[site_id]}}}"


def _relinker(doc_path: str, own: str, anchors: dict[str, str], included: set[str]) -> Callable[[re.Match], str]:
    """Rewrites ``](address)``: to an anchor of the handbook, or to the page's place from the site's root."""

    def relink(match: re.Match) -> str:
        href = match.group(1)
        if re.match(r"https?://", href):  # printed after the words on paper (cmkb.css)
            return match.group(0) + "{ .cmkb-external }"
        if _SCHEME.match(href) or href.startswith("/"):
            return match.group(0)
        path, _, anchor = href.partition("#")
        if not path:
            return f"](#{anchors.get(anchor, f'{own}--{anchor}')})"
        target = posixpath.normpath(posixpath.join(posixpath.dirname(doc_path), path))
        if target not in included:
            return f"]({target}{'#' + anchor if anchor else ''})"
        page = prefix(target)
        return f"](#{page}--{anchor})" if anchor else f"](#{page})"

    return relink
