"""Files and markup supplied by a company: read without following links, checked by content, sanitised.

Everything under an edition (its YAML, every file in its folder, its file name) is untrusted
input; see SECURITY.md. This module holds the checks that files and HTML go through.
"""

from __future__ import annotations

import errno
import html.parser
import os
import re
import stat
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import nh3

from .errors import InvalidInput, Problem, display_path

#: Largest page (Markdown) a company may supply, and largest logo.
MAX_PAGE_BYTES = 1024 * 1024
MAX_LOGO_BYTES = 1024 * 1024
#: The rule `cmkb new` applies to an edition id (the file stem).
EDITION_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


class Refused(Exception):
    """A file named by an edition cannot be used; the message says why and how to fix it."""


def symlink_problem(folder: Path, rel: str) -> str | None:
    """Why ``folder/rel`` may not be read (a link on the way, a path leaving the folder), or None."""
    shown = display_path(folder)
    if folder.is_symlink():
        return f"the edition's folder {shown}/ is a symbolic link; make it a real folder"
    parts = PurePosixPath(rel).parts
    if PurePosixPath(rel).is_absolute() or "\\" in rel or ".." in parts or not parts:
        return f"'{rel}' leaves the edition's folder; give a path inside {shown}/"
    current = folder
    for part in parts:
        current = current / part
        if current.is_symlink():
            return f"'{rel}' goes through a symbolic link ({display_path(current)}); copy the file itself into {shown}/"
    return None


def read_in_folder(folder: Path, rel: str, limit: int) -> bytes:
    """The bytes of ``folder/rel``: no symbolic link followed, a regular file, at most ``limit`` bytes."""
    why = symlink_problem(folder, rel)
    if why:
        raise Refused(why)
    shown = display_path(folder)
    try:
        fd = os.open(folder / rel, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise Refused(f"file '{rel}' not found in {shown}/; check the name or add the file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(f"'{rel}' is a symbolic link; copy the file itself into {shown}/") from None
        raise Refused(f"'{rel}' cannot be read ({exc.strerror}); check the file") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"'{rel}' is not a regular file; give a file inside {shown}/")
        if info.st_size > limit:
            raise Refused(f"'{rel}' is {info.st_size} bytes, more than the {limit} allowed; make it smaller")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise Refused(f"'{rel}' is more than the {limit} bytes allowed; make it smaller")
        return data
    finally:
        os.close(fd)


def read_text_in_folder(folder: Path, rel: str, limit: int = MAX_PAGE_BYTES) -> str:
    data = read_in_folder(folder, rel, limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(f"'{rel}' is not UTF-8 text; save the file as UTF-8") from None


def edition_id_problem(path: Path) -> Problem | None:
    """An edition's file must be a real ``.yml`` file whose stem is an id as `cmkb new` makes it."""
    if not EDITION_ID.fullmatch(path.stem) or path.suffix != ".yml":
        return Problem(
            repr(display_path(path))[1:-1],
            1,
            f"{path.name!r} is not a valid edition file name; name it ID.yml, with an ID of lowercase letters, "
            "digits and hyphens (e.g. acme-france.yml)",
        )
    if path.is_symlink():
        return Problem(display_path(path), 1, "the edition file is a symbolic link; copy the file itself here")
    return None


# ---------- logos ----------

_SVG_NS = "{http://www.w3.org/2000/svg}"
_SVG_FORBIDDEN = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler", "listener"}


def logo_extension(data: bytes) -> str:
    """The logo's type from its bytes: png, jpg, webp or svg; :class:`Refused` otherwise."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--")):
        _check_svg(data)
        return "svg"
    raise Refused("the logo is not a PNG, JPEG, WebP or SVG image (checked by its content); export it in one of these")


def _check_svg(data: bytes) -> None:
    lowered = data.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        raise Refused("the SVG logo has a DOCTYPE or ENTITY declaration; export it again without one")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise Refused(f"the SVG logo is not well-formed XML ({exc}); export it again") from None
    if root.tag != f"{_SVG_NS}svg" and root.tag != "svg":
        raise Refused("the logo is XML but not an SVG image; export it as SVG, PNG, JPEG or WebP")
    for el in root.iter():
        name = str(el.tag).rsplit("}", 1)[-1].lower()
        if name in _SVG_FORBIDDEN:
            raise Refused(f"the SVG logo holds a <{name}> element; remove it (a logo needs only shapes)")
        if name == "style" and re.search(r"url\s*\(|@import|expression", el.text or "", re.I):
            raise Refused("the SVG logo's <style> loads something else; remove url(), @import")
        for attr, value in el.attrib.items():
            short = attr.rsplit("}", 1)[-1].lower()
            if short.startswith("on"):
                raise Refused(f"the SVG logo has an event handler ({short}=); remove it")
            if short == "href" and not value.strip().startswith("#"):
                raise Refused(f"the SVG logo refers to another file or address ({value[:60]!r}); embed it or remove it")
            if re.search(r"url\s*\(\s*['\"]?\s*(?!#)", value, re.I) or "javascript:" in value.lower():
                raise Refused(f"the SVG logo's {short}= refers to something outside the image; remove it")


def check_logo(folder: Path, rel: str) -> tuple[str, bytes]:
    """The logo's extension (from its content) and bytes; :class:`Refused` when it is not a usable image."""
    data = read_in_folder(folder, rel, MAX_LOGO_BYTES)
    return logo_extension(data), data


# ---------- HTML ----------

#: What a company page may hold once rendered: structure and text, nothing live.
ALLOWED_TAGS = {
    *("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del"),
    *("details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6"),
    *("hr", "i", "img", "input", "ins", "kbd", "label", "li", "mark", "ol", "p", "pre", "q", "s", "small"),
    *("span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"),
}
#: Attributes on any element (Markdown's extensions write these), then per element.
_GENERIC = {"class", "id", "title", "lang", "dir", "hidden", "align", "data-review-by"}
ALLOWED_ATTRIBUTES = {
    "*": _GENERIC,
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed", "type"},
    "details": {"open"},
    "input": {"type", "checked", "disabled"},
    "label": {"for"},
    "abbr": {"title"},
    "col": {"span"},
}
URL_SCHEMES = {"http", "https", "mailto"}


def _attribute_filter(element: str, attribute: str, value: str) -> str | None:
    if element == "img" and attribute == "src" and value.lower().startswith("http:"):
        return None  # images from a company page: relative or https only
    if element == "input" and attribute == "type" and value != "checkbox":
        return None
    return value


def clean_html(text: str) -> str:
    """Allow-list sanitising (nh3, Rust's ammonia) of the HTML of a company page."""
    return nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
        attribute_filter=_attribute_filter,
    )


_LIVE_URL = re.compile(r"^\s*(javascript|data|vbscript|file)\s*:", re.I)
_MD_URL = re.compile(r"\]\(\s*<?\s*((?:javascript|data|vbscript|file)\s*:)", re.I)


class _Finder(html.parser.HTMLParser):
    """What :func:`clean_html` will remove from the raw HTML of a Markdown text, with lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag not in ALLOWED_TAGS:
            self.found.append((line, f"<{tag}>"))
            return
        allowed = ALLOWED_ATTRIBUTES["*"] | ALLOWED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                self.found.append((line, f"the {name}= attribute of <{tag}>"))
            elif name in ("href", "src") and value and _LIVE_URL.match(value):
                self.found.append((line, f"the {value.split(':')[0].strip()}: address of <{tag}>"))


def removed_markup(markdown: str) -> list[tuple[int, str]]:
    """Lines and descriptions of the markup the sanitiser removes from a company page."""
    finder = _Finder()
    try:
        finder.feed(markdown)
        finder.close()
    except Exception:  # pragma: no cover - the parser is lenient; the sanitiser runs anyway
        pass
    found = finder.found
    for m in _MD_URL.finditer(markdown):
        found.append((markdown.count("\n", 0, m.start()) + 1, f"a {m.group(1).rstrip(':').strip()}: link"))
    return sorted(set(found))


def refused(path: Path, line: int, exc: Refused) -> InvalidInput:
    return InvalidInput([Problem(display_path(path), line, str(exc))])
