"""The engine-neutral result of assembling an edition: documents, navigation and asset files.

Output adapters (``cmkb.outputs``) turn a :class:`Project` into a site or a package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .edition import Edition
from .errors import Problem
from .i18n import texts

#: The fixed build date (unless SOURCE_DATE_EPOCH is set): the same sources give the same bytes.
BUILD_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)

#: Navigation areas in reading order; ``home`` pages stand before them.
NAV_AREAS = (
    "onboarding",
    "culture",
    "governance",
    "crisis",
    "platforms",
    "roles",
    "measurement",
    "cases",
    "company",
    "reference",
)


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
    keywords: list[str] = field(default_factory=list)  # words a reader may search for, beyond the page's own
    boost: float = 1.0  # weight in search: below 1 for narratives and indexes, above for procedures
    untrusted: bool = False  # written by a company: its HTML is sanitised, its title and tags are text


@dataclass
class Project:
    """Everything an engine needs to build one edition."""

    edition: Edition
    edition_id: str
    documents: list[Document] = field(default_factory=list)
    assets: dict[str, Path | bytes] = field(default_factory=dict)  # destination → source file, or content
    warnings: list[Problem] = field(default_factory=list)
    synonyms: dict[str, str] = field(default_factory=dict)  # what readers type → the words the pages use

    def nav(self) -> list[tuple[str, list[Document]]]:
        """Areas in reading order, each with its pages (index first)."""
        areas = texts(self.edition.language).areas
        out = []
        for area in NAV_AREAS:
            docs = [d for d in self.documents if d.area == area]
            if docs:
                docs.sort(key=lambda d: (not d.path.endswith("/index.md"), d.order, d.path))
                out.append((areas[area], docs))
        return out
