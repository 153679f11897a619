"""Every piece of interface text, per language: the one home of each language's words.

Python code reads :func:`texts`; the page scripts (``cmkb.js``, the SCORM ``sco.js``) get
``Texts.script`` written into the page as JSON. The dataclasses make each language give every
field; ``tests/test_i18n.py`` checks that the mappings inside have the same keys too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

Lang = Literal["fr", "en"]
LANGUAGES: tuple[Lang, ...] = get_args(Lang)
#: The bodies of law a site's legal pages can state.
Jurisdiction = Literal["fr", "eu", "uk"]
JURISDICTIONS: tuple[Jurisdiction, ...] = get_args(Jurisdiction)


@dataclass(frozen=True)
class OnboardingTexts:
    title: str
    intro: str
    module: str
    status: str
    best: str
    read_first: str
    quiz: str
    not_started: str
    certificate: str
    certificate_intro: str
    name: str
    print: str
    wrong: str
    read_again: str
    passed_message: str
    failed_message: str


@dataclass(frozen=True)
class PageTexts:
    """The closing lines of a page: its owner, its review date, where to suggest a change."""

    owner: str  # {owner}
    review_by: str  # {date}
    suggest: str
    edit: str
    feedback_subject: str  # {title}
    feedback_body: str  # {title}, {address}


@dataclass(frozen=True)
class ErrorPageTexts:
    """The 404 page, and names for the header's hidden switches, seen when its stylesheet is not."""

    heading: str
    body: str
    menu: str
    search: str


@dataclass(frozen=True)
class HandbookTexts:
    """The printable handbook: every page in one, with a cover and a table of contents."""

    title: str
    intro: str
    built: str  # {date}
    version: str  # {version}
    contents: str
    appendix: str


@dataclass(frozen=True)
class ReferenceTexts:
    title: str
    intro: str
    headers: tuple[str, str, str, str, str]
    types: dict[str, str]  # the English type words → this language's
    descriptions: dict[str, str] | None  # key → description; None: the schema's own (English)


@dataclass(frozen=True)
class Texts:
    """The interface words of one language."""

    home: str
    areas: dict[str, str]
    glossary: str
    glossary_intro: str
    edition_reference: str
    review_notice: str
    cases_untagged: str
    in_short: str
    sources: str
    facts_checked: str
    legal_scope_title: str
    legal_scope: str
    jurisdictions: dict[str, str]
    permalink_title: str
    language_name: str  # the language, in itself: `Français`
    this_page_in: str  # the switcher's link to the same page in this language
    read_site_in: str  # the root page's link to this language's site
    not_found: ErrorPageTexts
    date_format: str
    onboarding: OnboardingTexts
    page: PageTexts
    handbook: HandbookTexts
    script: dict[str, str]
    reference: ReferenceTexts
    defaults: dict[str, Any]  # what an edition gets for what it leaves unset

    def date(self, day: Any) -> str:
        return str(day.strftime(self.date_format))


def texts(lang: str) -> Texts:
    """The texts of ``lang`` (``fr`` or ``en``)."""
    from . import en, fr

    return {"fr": fr.TEXTS, "en": en.TEXTS}[lang]
