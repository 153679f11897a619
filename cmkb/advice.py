"""Warnings about an edition that builds but leaves out what its readers will need."""

from __future__ import annotations

from .edition import Edition
from .errors import Problem
from .model import Project
from .theme import HEX, TEXT_CONTRAST, shown_ratio, too_light
from .yamlsrc import Located


def edition_warnings(edition: Edition, src: Located, project: Project) -> list[Problem]:
    """`path:line: warning:` for gaps a manager should fill: law, deputies, on-call."""
    data = src.data if isinstance(src.data, dict) else {}
    warnings = []
    legal = data.get("legal")
    legal = legal if isinstance(legal, dict) else {}
    if edition.language == "en" and not legal.get("jurisdiction"):
        warnings.append(
            src.problem(
                ("legal",) if "legal" in data else (),
                "no legal.jurisdiction: the legal pages state EU-wide rules only; "
                "set legal: {jurisdiction: uk} (or fr, eu) to say which law applies",
                warning=True,
            )
        )
    if any(d.area == "crisis" for d in project.documents):
        crisis = edition.crisis
        if not crisis.decision_owner.deputies:
            warnings.append(
                src.problem(
                    ("crisis", "decision_owner"),
                    "no deputy for the decision owner: the crisis pages tell people to call one; "
                    "add crisis.decision_owner.deputies (role, name, phone)",
                    warning=True,
                )
            )
        if not crisis.on_call.rota:
            warnings.append(
                src.problem(
                    ("crisis",),
                    "no on-call rota: the crisis pages and the card name who is on call outside office hours; "
                    "add crisis.on_call.rota (who, hours, phone)",
                    warning=True,
                )
            )
    return warnings + colour_warnings(edition, src)


def colour_warnings(edition: Edition, src: Located) -> list[Problem]:
    """A `#rrggbb` colour too light for text on white: the site darkens it; say which colour it uses.

    Palette names are adjusted without a word: they are Material's colours, not the company's.
    """
    warnings = []
    for key in ("primary", "accent"):
        colour = getattr(edition.branding, key)
        light = too_light(colour) if HEX.match(colour) else None
        if light:
            ratio, used = light
            warnings.append(
                src.problem(
                    ("branding", key),
                    f"'branding.{key}': {colour} on white gives a contrast of {shown_ratio(ratio)}; "
                    f"text on white (links, buttons) needs {shown_ratio(TEXT_CONTRAST)}, so the site uses {used} for text instead"
                    + (f" (the header keeps {colour})" if key == "primary" else "")
                    + "; choose a darker colour to pick the shade yourself",
                    warning=True,
                )
            )
    return warnings
