"""The glossary: each concept's preferred term, its definition, and the synonyms pages avoid.

``playbooks/<lang>/glossary.yml`` maps a term to its definition, or to
``{definition: ..., avoid: [synonym, ...]}``. Pages show the definition on hover; ``cmkb check``
warns, with ``path:line``, where a page uses a synonym the glossary says to avoid (one word per
concept, in the manner of Vale's substitution rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InvalidInput, Problem, display_path
from .yamlsrc import load_yaml

#: Put this Jinja comment on a line that must quote an avoided term (a sentence about the term itself).
IGNORE_MARK = "{## terms: ok ##}"
_CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]*`", re.S | re.M)
_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)


@dataclass
class Term:
    term: str
    definition: str
    avoid: list[str] = field(default_factory=list)


def load_glossary(path: Path, problems: list[Problem]) -> list[Term]:
    """The glossary's terms, sorted; what is wrong in the file goes to ``problems``."""
    if not path.exists():
        return []
    try:
        src = load_yaml(path)
    except InvalidInput as exc:
        problems.extend(exc.problems)
        return []
    if not isinstance(src.data, dict):
        problems.append(src.problem((), "the glossary must be a mapping of term: definition"))
        return []
    terms = []
    for term, value in src.data.items():
        if isinstance(value, dict):
            definition, avoid = value.get("definition"), value.get("avoid", [])
            unknown = set(value) - {"definition", "avoid"}
            if unknown:
                problems.append(
                    src.problem((term,), f"unknown key(s) {', '.join(sorted(unknown))}; use definition and avoid")
                )
        else:
            definition, avoid = value, []
        if not isinstance(definition, str) or not definition.strip():
            problems.append(src.problem((term,), f"'{term}' needs a definition as text"))
            continue
        if not isinstance(avoid, list) or not all(isinstance(a, str) and a.strip() for a in avoid):
            problems.append(src.problem((term, "avoid"), f"'{term}': avoid must be a list of words to avoid"))
            continue
        terms.append(Term(str(term), definition.strip(), [a.strip() for a in avoid]))
    return sorted(terms, key=lambda t: t.term.casefold())


def term_warnings(path: Path, text: str, terms: list[Term]) -> list[Problem]:
    """Warnings for each avoided synonym a page uses, outside code and front matter."""
    rules = [(t, re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])", re.I)) for t in terms for a in t.avoid]
    if not rules:
        return []
    blanked = _FRONT.sub(lambda m: "\n" * m.group(0).count("\n"), text, count=1)
    blanked = _CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), blanked)
    shown = display_path(path)
    out = []
    for number, line in enumerate(blanked.split("\n"), start=1):
        if IGNORE_MARK in line:
            continue
        for term, pattern in rules:
            found = pattern.search(line)
            if found:
                message = (
                    f"'{found.group(0)}': this site says '{term.term}' for this concept (see the glossary); use it"
                )
                out.append(Problem(shown, number, message, warning=True))
    return out
