"""Checks on the project's shared sources, independent of any edition."""

from __future__ import annotations

from .content import locate
from .errors import Problem
from .playbooks import parity_problems
from .quizzes import bank_problems


def repository_problems() -> list[Problem]:
    """French/English parity of the playbooks, and the quiz banks' validation."""
    source = locate()
    return parity_problems(source.playbooks) + bank_problems(source.quizzes, source.playbooks)[1]
