"""Playbooks: Markdown pages with front matter, rendered as Jinja templates with an edition's values."""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

import jinja2
import jinja2.compiler
import jinja2.sandbox
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import InvalidInput, Problem, did_you_mean, display_path
from .i18n import LANGUAGES, Jurisdiction
from .text import md_escape, text_problem
from .untrusted import Refused, read_text_in_folder, symlink_problem
from .yamlsrc import parse_yaml

AREAS = ("culture", "governance", "crisis", "platforms", "roles", "measurement", "cases", "reference")
Audience = Literal["employee", "community-manager", "manager"]
AUDIENCES: tuple[Audience, ...] = get_args(Audience)
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_SECTION = re.compile(r"^## .*?\{#([a-z0-9-]+)\}\s*$", re.M)
_H2 = re.compile(r"^## ", re.M)
_FORBIDDEN_WORDS = re.compile(r"\b(TODO|TBD|FIXME|lorem ipsum|à compléter)\b", re.I)


class Source(BaseModel):
    """Where a page's facts come from."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    url: str = Field(pattern=r"^https://[^\s<>\"]+$")
    jurisdictions: list[Jurisdiction] = Field(default_factory=list)  # listed only for these (empty: all)


class PageMeta(BaseModel):
    """Front matter of a playbook page."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9-]+(/[a-z0-9-]+)?$")
    title: str = Field(min_length=1, max_length=150)
    audiences: list[Audience] = Field(min_length=1)
    owner: str = Field(min_length=1)
    last_reviewed: dt.date | None = None
    review_by: dt.date | None = None
    tags: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)  # searched, not shown: the words readers type for this page
    order: int = 100
    case: bool = False
    # facts that age (platform features, law): when they were checked, and where they come from
    facts_checked: dt.date | None = None
    sources: list[Source] = Field(default_factory=list)
    legal: bool = False  # states law: the page says which jurisdiction it covers

    @field_validator("title", "owner", "tags")
    @classmethod
    def _one_line(cls, value: str | list[str]) -> str | list[str]:
        for text in [value] if isinstance(value, str) else value:
            problem = text_problem(text)
            if problem:
                raise ValueError(problem)
        return value


@dataclass
class Page:
    """One playbook page, before or after rendering."""

    id: str
    lang: str
    path: Path
    meta: PageMeta
    source: str  # the body as written, front matter blanked to keep line numbers
    body: str = ""  # the body rendered with an edition
    extra: bool = False  # written by the company, not part of the playbooks

    @property
    def area(self) -> str:
        return self.id.split("/")[0] if "/" in self.id else ""

    @property
    def sections(self) -> list[str]:
        return _SECTION.findall(_strip_fences(self.source))

    @property
    def section_titles(self) -> dict[str, str]:
        """Section id → heading text (with the edition's values once rendered)."""
        out = {}
        for m in re.finditer(r"^## (.*?)\s*\{#([a-z0-9-]+)\}\s*$", _strip_fences(self.body or self.source), re.M):
            out[m.group(2)] = html.unescape(m.group(1).strip())
        return out

    @property
    def anchors(self) -> set[str]:
        """Ids a link may point at: explicit section ids and the ids of other headings."""
        out = set()
        for m in _HEADING.finditer(_strip_fences(self.source)):
            heading = m.group(1).strip()
            explicit = re.search(r"\{#([\w-]+)\}$", heading)
            out.add(explicit.group(1) if explicit else slugify(heading))
        return out


_HEADING = re.compile(r"^#{1,6} (.+)$", re.M)  # stripped after: `(.+?)\s*$` is quadratic on spaces


def slugify(text: str) -> str:
    """Heading id as Python-Markdown's toc extension makes it."""
    text = re.sub(r"\{[^}]*\}", "", text)  # Jinja or attribute lists
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def _strip_fences(text: str) -> str:
    return re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.S | re.M)


def split_front_matter(text: str, path: Path) -> tuple[dict, str, int]:
    """Front matter as data, the body with front matter lines blanked, and its line count."""
    m = _FRONT.match(text)
    if not m:
        return {}, text, 0
    src = parse_yaml(m.group(1), path, line_offset=1)
    data = src.data or {}
    if not isinstance(data, dict):
        raise InvalidInput([Problem(display_path(path), 2, "front matter must be a mapping (id:, title: ...)")])
    n = m.group(0).count("\n")
    return data, "\n" * n + text[m.end() :], n


def read_page(
    path: Path,
    lang: str,
    expected_id: str | None,
    problems: list[Problem],
    extra: bool = False,
    defaults: dict | None = None,
    text: str | None = None,
) -> Page | None:
    """Read one page (or take its ``text``, read already); add what is wrong with it to ``problems``."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8") if text is None else text
        data, body, _ = split_front_matter(text, path)
    except InvalidInput as exc:
        problems.extend(exc.problems)
        return None
    except UnicodeDecodeError:
        problems.append(Problem(shown, 1, "not UTF-8 text; save the file as UTF-8"))
        return None
    merged = {**(defaults or {}), **data}
    try:
        meta = PageMeta.model_validate(merged)
    except ValidationError as exc:
        for err in exc.errors():
            key = str(err["loc"][0]) if err["loc"] else ""
            line = front_matter_line(text, key)
            if err["type"] == "extra_forbidden":
                msg = f"unknown front-matter key '{key}'{did_you_mean(key, PageMeta.model_fields)}"
            elif err["type"] == "missing":
                msg = f"front matter lacks '{key}'; add it (see docs/authoring.md)"
            else:
                msg = f"front matter '{key}': {err['msg']}"
            problems.append(Problem(shown, line, msg))
        return None
    if expected_id and meta.id != expected_id:
        problems.append(
            Problem(
                shown,
                front_matter_line(text, "id"),
                f"id '{meta.id}' does not match the file's place; write id: {expected_id}",
            )
        )
    if not extra:
        for key in ("last_reviewed", "review_by"):
            if getattr(meta, key) is None:
                problems.append(Problem(shown, 1, f"front matter lacks '{key}'; add it as a date (YYYY-MM-DD)"))
        for m in _FORBIDDEN_WORDS.finditer(body):
            problems.append(
                Problem(
                    shown,
                    body.count("\n", 0, m.start()) + 1,
                    f"placeholder '{m.group(0)}' in a published page; write the content or remove it",
                )
            )
    return Page(id=meta.id, lang=lang, path=path, meta=meta, source=body, extra=extra)


def front_matter_line(text: str, key: str) -> int:
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.M) if key else None
    return text.count("\n", 0, m.start()) + 1 if m else 1


def load_playbooks(root: Path, lang: str) -> tuple[dict[str, Page], list[Problem]]:
    """Every page of one language, keyed by id, and the problems found reading them."""
    problems: list[Problem] = []
    pages: dict[str, Page] = {}
    base = root / lang
    for path in sorted(base.rglob("*.md")):
        rel = path.relative_to(base)
        if any(part.startswith("_") for part in rel.parts):
            continue
        expected = rel.with_suffix("").as_posix()
        page = read_page(path, lang, expected, problems)
        if page:
            pages[page.id] = page
    return pages, problems


def parity_problems(root: Path, langs: tuple[str, ...] = LANGUAGES) -> list[Problem]:
    """French and English have the same page ids and the same section ids, in order."""
    problems: list[Problem] = []
    loaded = {lang: load_playbooks(root, lang)[0] for lang in langs}
    first, *others = langs
    for other in others:
        for pid in sorted(set(loaded[first]) ^ set(loaded[other])):
            have, lack = (first, other) if pid in loaded[first] else (other, first)
            problems.append(
                Problem(
                    display_path(loaded[have][pid].path),
                    1,
                    f"page '{pid}' has no {lack} version; write playbooks/{lack}/{pid}.md",
                )
            )
        for pid in sorted(set(loaded[first]) & set(loaded[other])):
            a, b = loaded[first][pid], loaded[other][pid]
            if a.sections != b.sections:
                problems.append(
                    Problem(
                        display_path(b.path),
                        1,
                        f"sections differ from {display_path(a.path)}: {a.sections} vs {b.sections}",
                    )
                )
    return problems


_ENV_OPTIONS: dict = {
    "undefined": jinja2.StrictUndefined,
    # `{#id}` is Markdown's attribute syntax for headings: keep it away from Jinja comments
    "comment_start_string": "{##",
    "comment_end_string": "##}",
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


def make_environment(
    root: Path, lang: str, extra_dirs: tuple[Path, ...] = (), markdown: bool = True
) -> jinja2.Environment:
    """Jinja for the project's playbooks (trusted): strict, and (for Markdown output) every value escaped.

    ``markdown=False`` gives plain text, for exports whose writer escapes for its own format.
    """
    env = jinja2.Environment(
        # includes name files from the language folder (`_partials/...`) or the edition's folder
        loader=jinja2.FileSystemLoader([str(root / lang), *map(str, extra_dirs)]),
        autoescape=markdown,
        finalize=md_escape if markdown else None,
        **_ENV_OPTIONS,
    )
    env.filters["md"] = md_escape
    env.globals["escape_md"] = md_escape
    return env


# ---------- the sandbox for company pages (untrusted) ----------

#: Bounds of what a company page may produce: its output, any one string or list, loop lengths.
MAX_OUTPUT = 2 * 1024 * 1024
MAX_RANGE = 10_000
MAX_INT_BITS = 4096
_WIDE_FORMAT = re.compile(r"\d{5,}")


class _CompanyLoader(jinja2.BaseLoader):
    """Includes for company pages: the project's `_partials/` (trusted) and files inside the edition folder."""

    def __init__(self, partials: Path, folder: Path):
        self.partials = jinja2.FileSystemLoader(str(partials))
        self.folder = folder

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Any]:
        if template.startswith("_partials/"):
            return self.partials.get_source(environment, template)
        if symlink_problem(self.folder, template):
            raise jinja2.TemplateNotFound(template)
        try:
            text = read_text_in_folder(self.folder, template)
        except Refused:
            raise jinja2.TemplateNotFound(template) from None
        return text, str(self.folder / template), None


class _CappedGenerator(jinja2.compiler.CodeGenerator):
    """Joins of strings (`~`, f-string-like concatenations) go through the environment's length cap."""

    def visit_Concat(self, node, frame):
        self.write("environment.capped(")
        super().visit_Concat(node, frame)
        self.write(")")


def _capped_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise jinja2.sandbox.SecurityError(f"range() of more than {MAX_RANGE} items")
    return rng


class CompanySandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with bounds: no `_` attribute, no mutation, capped ranges, strings and numbers."""

    code_generator_class = _CappedGenerator
    intercepted_binops = frozenset(["*", "**", "+", "%", "//"])

    def is_safe_attribute(self, obj: object, attr: str, value: object) -> bool:
        # pydantic's machinery (model_validate, model_construct...) is not an edition value
        return not attr.startswith("model_") and super().is_safe_attribute(obj, attr, value)

    def capped(self, value: object) -> object:
        if isinstance(value, (str, list, tuple)) and len(value) > MAX_OUTPUT:
            raise jinja2.sandbox.SecurityError(f"a value longer than {MAX_OUTPUT} characters")
        return value

    def call_binop(self, context, operator, left, right):
        ints = isinstance(left, int) and isinstance(right, int)
        if operator == "**" and ints and (abs(right) > 64 or left.bit_length() * max(right, 0) > MAX_INT_BITS):
            raise jinja2.sandbox.SecurityError("a power too large")
        if operator == "*":
            if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise jinja2.sandbox.SecurityError("a product too large")
            seq, n = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_OUTPUT:
                raise jinja2.sandbox.SecurityError(f"a repetition longer than {MAX_OUTPUT} characters")
        if operator == "%" and isinstance(left, str) and _WIDE_FORMAT.search(left):
            raise jinja2.sandbox.SecurityError("a format width too large")
        return self.capped(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):
        # str.format and filters such as center/indent/format with a huge width
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_OUTPUT:
                raise jinja2.sandbox.SecurityError("a number too large for a page")
            if isinstance(value, str) and _WIDE_FORMAT.search(value) and "{" in value:
                raise jinja2.sandbox.SecurityError("a format width too large")
        return __self.capped(super().call(__context, __obj, *args, **kwargs))


def _bounded(name: str, func):  # type: ignore[no-untyped-def]
    """A filter whose numeric and format arguments are bounded like the sandbox's calls."""

    def wrapper(value, *args, **kwargs):
        for arg in (*args, *kwargs.values()):
            if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_RANGE:
                raise jinja2.sandbox.SecurityError(f"'{name}' with a number too large")
        if name == "format" and isinstance(value, str) and _WIDE_FORMAT.search(value):
            raise jinja2.sandbox.SecurityError("a format width too large")
        return func(value, *args, **kwargs)

    return wrapper


def company_environment(root: Path, lang: str, folder: Path) -> jinja2.Environment:
    """Jinja for company pages and overrides (untrusted): the bounded immutable sandbox, same escaping."""
    env = CompanySandbox(
        loader=_CompanyLoader(root / lang, folder), autoescape=True, finalize=md_escape, **_ENV_OPTIONS
    )
    env.filters["md"] = md_escape
    for name in ("center", "indent", "wordwrap", "truncate", "format", "batch", "slice", "filesizeformat"):
        env.filters[name] = _bounded(name, env.filters[name])
    env.globals["escape_md"] = md_escape
    env.globals["range"] = _capped_range
    del env.globals["lipsum"]
    return env


def _render_bounded(template: jinja2.Template, context: dict, sandboxed: bool) -> str:
    if not sandboxed:
        return template.render(context)
    out: list[str] = []
    size = 0
    for chunk in template.generate(context):
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise jinja2.sandbox.SecurityError(f"the page renders to more than {MAX_OUTPUT} characters")
        out.append(chunk)
    return "".join(out)


def render_page(env: jinja2.Environment, page: Page, context: dict) -> Page:
    """Render a page body with the edition context; errors name the file and line."""
    shown = display_path(page.path)
    try:
        code = env.compile(page.source, name=page.id, filename=str(page.path))
        template = env.template_class.from_code(env, code, env.make_globals(None), None)
        page.body = _render_bounded(template, context, isinstance(env, CompanySandbox)).lstrip("\n")
    except jinja2.sandbox.SecurityError as exc:
        raise InvalidInput(
            [
                Problem(
                    shown,
                    _template_line(exc, page),
                    f"not allowed in a company page: {exc}; use only the edition's values (see docs/authoring.md)",
                )
            ]
        ) from None
    except RecursionError:
        raise InvalidInput(
            [Problem(shown, 1, "includes itself, directly or through another file; remove the loop of includes")]
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        where = display_path(exc.filename) if exc.filename and exc.filename != "<template>" else shown
        raise InvalidInput(
            [Problem(where, exc.lineno or 1, f"template syntax: {exc.message}; check the {{{{ }}}} and {{% %}} tags")]
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise InvalidInput(
            [
                Problem(
                    shown,
                    _template_line(exc, page),
                    f"include '{exc.name}' not found; see the partials listed in docs/authoring.md",
                )
            ]
        ) from None
    except jinja2.UndefinedError as exc:
        message = re.sub(
            r"'cmkb\.edition\.(\w+) object'", lambda m: f"'{m.group(1).lower()}'", exc.message or "undefined value"
        )
        raise InvalidInput(
            [
                Problem(
                    shown,
                    _template_line(exc, page),
                    f"{message}; use a variable listed in docs/authoring.md or the edition reference",
                )
            ]
        ) from None
    except (TypeError, ValueError, AttributeError, KeyError, ArithmeticError, IndexError, jinja2.TemplateError) as exc:
        raise InvalidInput(
            [Problem(shown, _template_line(exc, page), f"template error: {exc}; check the variables used on this line")]
        ) from None
    return page


def _template_line(exc: BaseException, page: Page) -> int:
    """Line in the page (or a partial) where a render error happened, from Jinja's rewritten traceback."""
    line = 0
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == str(page.path):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line or 1
