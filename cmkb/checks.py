"""Checks on the project's shared sources, independent of any edition."""

from __future__ import annotations

from .content import locate
from .errors import Problem
from .glossary import load_glossary, term_warnings
from .i18n import LANGUAGES
from .playbooks import parity_problems
from .quizzes import bank_problems


def repository_problems() -> list[Problem]:
    """French/English parity of the playbooks, the quiz banks' validation, and the glossary's words."""
    source = locate()
    problems = parity_problems(source.playbooks) + bank_problems(source.quizzes, source.playbooks)[1]
    for lang in LANGUAGES:
        terms = load_glossary(source.playbooks / lang / "glossary.yml", problems)
        for path in sorted((source.playbooks / lang).rglob("*.md")):
            problems += term_warnings(path, path.read_text(encoding="utf-8"), terms)
    return problems
