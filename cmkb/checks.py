"""Checks on the repository's shared sources, independent of any edition."""

from __future__ import annotations

from .errors import Problem
from .playbooks import parity_problems
from .project import PLAYBOOKS


def repository_problems() -> list[Problem]:
    """French/English parity of the playbooks (and, with quiz banks, their validation)."""
    from .onboarding import bank_problems

    return parity_problems(PLAYBOOKS) + bank_problems(PLAYBOOKS.parent / "quizzes", PLAYBOOKS)[1]
