"""The MkDocs adapter: with the live preview (``serve.py``), the only code that knows MkDocs and Material.

It writes an assembled :class:`~cmkb.project.Project` as a plain MkDocs project
(``mkdocs.yml`` + ``docs/``) and builds it, replacing the previous site only on success.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import material
import yaml
from filelock import FileLock
from markupsafe import escape
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError

from ..i18n import texts
from ..model import BUILD_DATE, Project
from ..text import one_line, script_json
from ..theme import COLOUR_NAMES, Palette

log = logging.getLogger("cmkb")

#: The engine-neutral classes of the core, and Material's classes for the same thing.
_CLASSES = {"{ .cmkb-button }": "{ .md-button }", '"cmkb-button cmkb-button--primary': '"md-button md-button--primary'}


class BuildFailed(Exception):
    """MkDocs refused the project (a broken link in strict mode, a theme error...)."""


def mkdocs_config(project: Project) -> dict:
    """The complete ``mkdocs.yml`` for one edition."""
    ed = project.edition
    lang = ed.language
    offline = ed.site.offline
    features = [
        "navigation.indexes",
        "navigation.top",
        "navigation.footer",
        "navigation.tracking",
        "search.highlight",
        "toc.follow",
        "content.code.copy",
    ]
    if not offline:
        features.append("navigation.instant")
    palette = {
        "scheme": "default",
        "primary": ed.branding.primary if ed.branding.primary in COLOUR_NAMES else "custom",
        "accent": ed.branding.accent if ed.branding.accent in COLOUR_NAMES else "custom",
    }
    theme: dict = {
        "name": "material",
        "custom_dir": "overrides",
        "language": lang,
        "font": False,
        "features": features,
        "palette": palette,
        "icon": {"logo": "material/forum-outline"},
    }
    logos = [k for k in project.assets if k.startswith("assets/cmkb/logo.")]
    if logos:
        theme["logo"] = logos[0]
        theme["favicon"] = logos[0]
    # tags weigh a little more than the text: with Material's default (1e6) a tag that many
    # pages share outranks the page whose title answers the question
    plugins: list = [
        {"search": {"lang": [lang], "fields": {"title": {"boost": 1000}, "text": {"boost": 1}, "tags": {"boost": 10}}}}
    ]
    extra: dict = {
        "generator": False,
        "cmkb": {
            "edition": project.edition_id,
            "texts": script_json(texts(lang).script),
            "not_found": {**asdict(texts(lang).not_found), "home": texts(lang).home},
        },
    }
    if ed.bilingual:
        # Material shows partials/alternate.html (cmkb's, below) when `alternate` is set; not a list,
        # so that Material adds no <link rel=alternate> and fetches no other language's sitemap
        extra["alternate"] = True
        extra["cmkb"]["language"] = lang
        extra["cmkb"]["languages"] = [
            {"lang": other, "name": texts(other).language_name, "label": texts(other).this_page_in}
            for other in ed.languages
        ]
    if offline:
        plugins.append({"offline": {"enabled": True}})
        # A local copy: the plugin only adds its CDN copy when no polyfill names iframe-worker.
        extra["polyfills"] = ["assets/cmkb/iframe-worker-shim.js"]
    extra_css = ["assets/cmkb/cmkb.css", "assets/cmkb/palette.css"]
    words = texts(lang)
    nav: list = []
    home = [d for d in project.documents if d.area == "home"]
    if home:
        nav.append({words.home: home[0].path})
    for title, docs in project.nav():
        nav.append({title: [d.path if d.path.endswith("/index.md") else {_nav_title(d.title): d.path} for d in docs]})
    config = {
        # Material prints site_name unescaped: an edition's title is text, never markup.
        "site_name": str(escape(ed.title)),
        "docs_dir": "docs",
        "site_dir": "site",
        "use_directory_urls": False,
        "strict": True,
        "theme": theme,
        "plugins": plugins,
        "extra": extra,
        "extra_css": extra_css,
        "extra_javascript": ["assets/cmkb/quiz-hook.js", "assets/cmkb/cmkb.js"],
        "markdown_extensions": [
            "abbr",
            "admonition",
            "attr_list",
            "def_list",
            "footnotes",
            "md_in_html",
            "tables",
            {"toc": {"permalink": True, "permalink_title": words.permalink_title}},
            "pymdownx.details",
            "pymdownx.superfences",
            {"pymdownx.tasklist": {"custom_checkbox": True, "clickable_checkbox": True}},
            {"pymdownx.highlight": {"use_pygments": True}},
            "pymdownx.inlinehilite",
        ],
        "nav": nav,
        "validation": {
            "links": {"not_found": "warn", "anchors": "warn", "absolute_links": "warn", "unrecognized_links": "warn"},
            "nav": {"omitted_files": "warn"},
        },
    }
    hooks = ["hooks/cmkb_error_page.py"]
    if any(d.untrusted for d in project.documents):
        hooks.append("hooks/cmkb_untrusted.py")
    config["hooks"] = hooks
    if ed.site.url:
        config["site_url"] = ed.site.url
    return config


def _nav_title(title: str) -> str:
    return str(escape(title))


def _palette_css(project: Project) -> str:
    """Material's colour variables for the edition's colours, every text readable (WCAG AA, 4.5:1).

    Header text is black or white, whichever reads better on the primary colour; colours used as
    text on white (links, buttons, hover) are darkened just enough. Palette names are overridden too:
    Material's amber or yellow links are not readable on white.
    """
    b = project.edition.branding
    c = Palette.of(b.primary, b.accent)
    primary = b.primary if b.primary in COLOUR_NAMES else "custom"
    accent = b.accent if b.accent in COLOUR_NAMES else "custom"
    primary_rule = f"--md-primary-bg-color: {c.on_primary}; --md-primary-bg-color--light: {c.on_primary}b3; --md-typeset-a-color: {c.link};"
    if primary == "custom":
        primary_rule = f"--md-primary-fg-color: {c.primary}; --md-primary-fg-color--light: {c.primary}; --md-primary-fg-color--dark: {c.primary}; {primary_rule}"
    accent_rule = f"--md-accent-fg-color: {c.accent}; --md-accent-fg-color--transparent: {c.accent_tint}1a; --md-accent-bg-color: {c.on_accent}; --md-accent-bg-color--light: {c.on_accent}b3;"
    # Material writes palette names with dashes in the attribute ("deep-purple")
    return (
        f'[data-md-color-primary="{primary.replace(" ", "-")}"]:not([data-md-color-scheme="slate"]) {{ {primary_rule} }}\n'
        f'[data-md-color-accent="{accent.replace(" ", "-")}"] {{ {accent_rule} }}\n'
    )


def write_project(project: Project, out: Path) -> Path:
    """Write ``mkdocs.yml`` and ``docs/`` into ``out`` (created, or emptied first)."""
    if out.exists():
        shutil.rmtree(out)
    docs = out / "docs"
    docs.mkdir(parents=True)
    for doc in project.documents:
        target = docs / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        # a company's title is text (Material prints page titles unescaped); its HTML is sanitised by the hook
        front: dict[str, object] = {"title": str(escape(doc.title)) if doc.untrusted else doc.title}
        if doc.untrusted:
            front["cmkb_untrusted"] = True
        if not doc.search:
            front["search"] = {"exclude": True}
        elif doc.boost != 1.0:
            front["search"] = {"boost": doc.boost}
        if doc.tags or doc.keywords:  # Material indexes tags (weighted above the text); no tags plugin shows them
            front["tags"] = [str(escape(t)) for t in [*doc.tags, *doc.keywords]]
        text = (
            "---\n"
            + yaml.safe_dump(front, allow_unicode=True, sort_keys=True)
            + "---\n\n"
            + _material_classes(doc.markdown)
        )
        target.write_text(text, encoding="utf-8")
    for dest, source in sorted(project.assets.items()):
        target = docs / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, bytes):  # read and checked already (the logo)
            target.write_bytes(source)
        else:
            shutil.copyfile(source, target)
    name, worker = _search_worker(project.synonyms)
    # beside Material's worker, which finds its lunr language files relative to itself
    (docs / "assets/javascripts/workers").mkdir(parents=True, exist_ok=True)
    (docs / "assets/javascripts/workers" / f"cmkb-{name}").write_text(worker, encoding="utf-8")
    (out / "overrides").mkdir()
    main_html = _MAIN_HTML
    if project.edition.bilingual:
        main_html = main_html.replace("{% endblock %}", _PROGRESS_LANGUAGE + "{% endblock %}", 1)
        (out / "overrides" / "partials").mkdir()
        (out / "overrides" / "partials" / "alternate.html").write_text(_ALTERNATE_HTML, encoding="utf-8")
    (out / "overrides" / "main.html").write_text(main_html, encoding="utf-8")
    (out / "overrides" / "404.html").write_text(_ERROR_PAGE_HTML, encoding="utf-8")
    (docs / "assets/cmkb").mkdir(parents=True, exist_ok=True)
    (docs / "assets/cmkb/palette.css").write_text(_palette_css(project), encoding="utf-8")
    config = mkdocs_config(project)
    for hook in config.get("hooks", []):
        (out / hook).parent.mkdir(exist_ok=True)
        (out / hook).write_text(_HOOKS[hook], encoding="utf-8")
    (out / "mkdocs.yml").write_text(
        "# Generated by cmkb from editions/"
        + one_line(project.edition_id)
        + ".yml; builds with plain `mkdocs build`.\n"
        + yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8",
    )
    return out


#: Sanitises the HTML of the pages a company wrote, once MkDocs has rendered them (see cmkb/untrusted.py).
_HOOK = """\"\"\"Generated by cmkb: company pages (front matter cmkb_untrusted) go through the HTML sanitiser.\"\"\"

from cmkb.untrusted import clean_html


def on_page_content(html, page, config, files):
    return clean_html(html) if page.meta.get("cmkb_untrusted") else html
"""


#: MkDocs names the 404 page's files from the path of ``site_url``, which makes it right as the web
#: server's error page for a missing address at any depth. Without ``site_url`` it names them from
#: the server's root (``/assets/...``), wrong for an edition published in a folder (``site/<id>/``)
#: or opened from disk: cmkb names them relative to the edition's root instead, right opened
#: directly, from ``file://``, and as the error page of a missing address at the top level.
#: Opened away from its address, a 404 page is shown without its stylesheet: Material's hidden
#: switches then show, and get names so that the bare page is still accessible.
_ERROR_PAGE_HOOK = """\"\"\"Generated by cmkb: the 404 page, right wherever it is opened (see cmkb/outputs/mkdocs.py).\"\"\"

from html import escape

from mkdocs.utils import is_error_template


def on_template_context(context, template_name, config):
    if is_error_template(template_name) and not config.site_url:
        context["base_url"] = "."
    return context


def on_post_template(output, template_name, config):
    if not is_error_template(template_name):
        return output
    words = config.extra["cmkb"]["not_found"]
    for element, name in (('id="__drawer"', words["menu"]), ('id="__search"', words["search"]), ('data-md-component="search" role="dialog"', words["search"])):
        output = output.replace(element, f'{element} aria-label="{escape(name)}"', 1)
    return output
"""

#: The 404 page, in the edition's language, with a way back home.
_ERROR_PAGE_HTML = """{% extends "main.html" %}
{% block content %}
  <h1>{{ config.extra.cmkb.not_found.heading }}</h1>
  <p>{{ config.extra.cmkb.not_found.body }}</p>
  <p><a href="{{ 'index.html' | url }}" class="md-button md-button--primary">{{ config.extra.cmkb.not_found.home }}</a></p>
{% endblock %}
"""

_HOOKS = {"hooks/cmkb_untrusted.py": _HOOK, "hooks/cmkb_error_page.py": _ERROR_PAGE_HOOK}


def _material_classes(markdown: str) -> str:
    for neutral, themed in _CLASSES.items():
        markdown = markdown.replace(neutral, themed)
    return markdown


_MAIN_HTML = """{% extends "base.html" %}
{% block extrahead %}
  <meta name="cmkb-edition" content="{{ config.extra.cmkb.edition | e }}">
  <script type="application/json" id="cmkb-texts">{{ config.extra.cmkb.texts }}</script>
{% endblock %}
{% block config %}
  {{- super() | replace("assets/javascripts/workers/search.", "assets/javascripts/workers/cmkb-search.") -}}
{% endblock %}
"""


#: In a site in several languages, onboarding progress is kept per language (see cmkb.js).
_PROGRESS_LANGUAGE = """  <meta name="cmkb-progress-language" content="{{ config.extra.cmkb.language | e }}">
"""

#: The language switcher: the same page in each language. Page ids are the same in every
#: language, so the counterpart is the page's own path under the other language's folder;
#: relative, it works over HTTP and from file://.
_ALTERNATE_HTML = """<div class="md-header__option">
  <div class="md-select">
    <button class="md-header__button md-icon" aria-label="{{ lang.t('select.language') }}">
      {% include ".icons/material/translate.svg" %}
    </button>
    <div class="md-select__inner">
      <ul class="md-select__list">
        {% for alt in config.extra.cmkb.languages %}
          <li class="md-select__item">
            <a href="{{ base_url }}/../{{ alt.lang }}/{{ page.url if page and page.url else 'index.html' }}"
               hreflang="{{ alt.lang }}" lang="{{ alt.lang }}" aria-label="{{ alt.label }}"
               {%- if alt.lang == config.extra.cmkb.language %} aria-current="true"{% endif %}
               class="md-select__link">{{ alt.name }}</a>
          </li>
        {% endfor %}
      </ul>
    </div>
  </div>
</div>
"""


def language_index(projects: Sequence[Project]) -> str:
    """The root page of a site in several languages: plain links to each, readable without script."""
    titles = list(dict.fromkeys((p.edition.language, p.edition.title) for p in projects))
    if len({title for _, title in titles}) == 1:
        titles = titles[:1]
    heading = " · ".join(f'<span lang="{lang}">{escape(title)}</span>' for lang, title in titles)
    links = "\n".join(
        f'      <li lang="{p.edition.language}"><a href="{p.edition.language}/index.html" '
        f'hreflang="{p.edition.language}">{escape(texts(p.edition.language).read_site_in)}</a></li>'
        for p in projects
    )
    return f"""<!doctype html>
<html lang="{projects[0].edition.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{" · ".join(str(escape(title)) for _, title in titles)}</title>
  <style>
    body {{ margin: 0; padding: 3rem 1rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      line-height: 1.5; color: #1f1f1f; background: #fff; }}
    main {{ max-width: 40rem; margin: 0 auto; }}
    h1 {{ font-size: 1.75rem; font-weight: 600; }}
    ul {{ list-style: none; padding: 0; }}
    li {{ margin: 1rem 0; }}
    a {{ display: inline-block; padding: .75rem 1.25rem; border: 2px solid #283593; border-radius: .3rem;
      color: #1a237e; font-size: 1.2rem; text-decoration: underline; }}
    a:hover, a:focus {{ background: #e8eaf6; }}
    a:focus-visible {{ outline: 3px solid #1a237e; outline-offset: 3px; }}
  </style>
</head>
<body>
  <main>
    <h1>{heading}</h1>
    <ul>
{links}
    </ul>
  </main>
</body>
</html>
"""


def _search_worker(synonyms: dict[str, str]) -> tuple[str, str]:
    """Name and content of the search worker that stems queries, then loads Material's own."""
    workers = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
    name = sorted(p.name for p in workers.glob("search.*.min.js"))[0]
    hook = (Path(__file__).parent.parent / "assets" / "search-stemming.js").read_text(encoding="utf-8")
    # the real worker resolves paths from its own address; the file:// shim (iframe-worker)
    # from the page's: give importScripts an absolute address in both cases
    loader = (
        "var __here = (typeof document !== 'undefined' && document.currentScript) ? document.currentScript.src : self.location.href;\n"
        f"importScripts(new URL('{name}', __here).href);\n"
    )
    words = f"self.cmkbSynonyms = {script_json(synonyms)};\n"
    return name, words + hook + loader


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_environment() -> dict[str, str]:
    """Environment variables a deterministic, quiet MkDocs build needs; the command line sets them."""
    return {"SOURCE_DATE_EPOCH": str(int(BUILD_DATE.timestamp())), "NO_MKDOCS_2_WARNING": "1"}


@contextmanager
def _mkdocs_logs() -> Iterator[_Collect]:
    """Collect MkDocs' warnings for the error message; its logger is left as it was found."""
    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    saved = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def mkdocs_build(project_dir: Path, site_dir: Path) -> None:
    """Run MkDocs on a written project; raise :class:`BuildFailed` with its warnings."""
    if "SOURCE_DATE_EPOCH" not in os.environ:
        log.debug("SOURCE_DATE_EPOCH is not set: the build date is today's, and the site is not reproducible")
    with _mkdocs_logs() as handler:
        try:
            config = load_config(str(project_dir / "mkdocs.yml"), site_dir=str(site_dir.resolve()), strict=True)
            build(config)
        except (Abort, ConfigurationError) as exc:
            details = "\n".join(f"  {m}" for m in handler.messages)
            raise BuildFailed(f"{exc}\n{details}".rstrip()) from None


def _lock_path(target: Path) -> Path:
    """A lock file per published folder, outside it (the site holds nothing but the site)."""
    digest = hashlib.sha256(str(target).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"cmkb-build-{digest}.lock"


def build_site(projects: Sequence[Project], out_root: Path) -> Path:
    """Build one edition into ``out_root/<id>``, atomically: the old site stays until the new one is complete.

    ``projects`` are the edition's languages, the main one first. An edition in several languages
    gets one complete site per language in ``<id>/<lang>/`` and a root page that links to each.
    """
    main = projects[0]
    out_root = out_root.resolve()  # MkDocs reads a relative site_dir from the config's folder
    out_root.mkdir(parents=True, exist_ok=True)
    target = out_root / main.edition_id
    # one build of an edition into one folder at a time; the work folder is this edition's only
    with FileLock(_lock_path(target)):
        work = out_root / f".{main.edition_id}.work"
        shutil.rmtree(work, ignore_errors=True)  # left by a killed build
        work.mkdir()
        try:
            if main.edition.bilingual:
                (work / "site").mkdir()
                for project in projects:
                    lang = project.edition.language
                    write_project(project, work / f"project-{lang}")
                    mkdocs_build(work / f"project-{lang}", work / "site" / lang)
                (work / "site" / "index.html").write_text(language_index(projects), encoding="utf-8")
            else:
                write_project(main, work / "project")
                mkdocs_build(work / "project", work / "site")
            if target.exists():
                os.replace(target, work / "old")
            os.replace(work / "site", target)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return target
