"""Where the project's own content lives: the playbooks and the quiz banks.

An installed cmkb carries them inside the package (``cmkb/_content/``, put there by the wheel
build); a checkout reads them from the repository's top-level ``playbooks/`` and ``quizzes/``.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from .errors import InvalidInput, Problem

_PACKAGED = "_content"


class Content:
    """The folders of the playbooks and quiz banks an installation builds with."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.playbooks = root / "playbooks"
        self.quizzes = root / "quizzes"

    def __repr__(self) -> str:
        return f"Content({self.root})"


def _candidates() -> list[Path]:
    package = resources.files("cmkb")
    found = []
    if isinstance(package, Path):
        found.append(package / _PACKAGED)  # installed from the wheel
        found.append(package.parent)  # a checkout (editable install, or run from the repository)
    return found


#: A folder holding ``playbooks/`` and ``quizzes/`` to build with instead of the shipped ones
#: (a company's own fork of the playbooks; the tests' scratch copies).
CONTENT_VARIABLE = "CMKB_CONTENT"


def locate() -> Content:
    """The content to build with; :class:`InvalidInput` when there is none."""
    chosen = os.environ.get(CONTENT_VARIABLE)
    if chosen:
        root = Path(chosen)
        if not ((root / "playbooks").is_dir() and (root / "quizzes").is_dir()):
            raise InvalidInput(
                [
                    Problem(
                        chosen, 0, f"{CONTENT_VARIABLE} names no folder with playbooks/ and quizzes/; fix or unset it"
                    )
                ]
            )
        return Content(root)
    for root in _candidates():
        if (root / "playbooks").is_dir() and (root / "quizzes").is_dir():
            return Content(root)
    raise InvalidInput(
        [
            Problem(
                "cmkb",
                0,
                "no playbooks or quiz banks found in this installation; reinstall cmkb from its wheel or run it from a checkout",
            )
        ]
    )


def require(pages: int, banks: int, content: Content) -> None:
    """A build that found no page or no quiz bank fails loudly instead of publishing an empty site."""
    if not pages:
        raise InvalidInput(
            [Problem(str(content.playbooks), 0, "no playbook page found; the installation is incomplete")]
        )
    if not banks:
        raise InvalidInput([Problem(str(content.quizzes), 0, "no quiz bank found; the installation is incomplete")])
