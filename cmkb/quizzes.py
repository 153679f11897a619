"""Quiz banks: validation, translation checks, and quizdown text for one edition.

A bank (``quizzes/<module>.yml``) holds both languages, so a question has one id, one set of
answers and one truth. See docs/quizzes.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import jinja2
from pydantic import BaseModel, ConfigDict, Field

from .edition import Edition
from .errors import InvalidInput, Problem, did_you_mean
from .i18n import LANGUAGES, texts
from .playbooks import Page, load_playbooks
from .text import one_line
from .yamlsrc import Located, load_yaml

MAX_SEQUENCE = 10  # quizdown-js never judges a sequence of 11+ items correct


class Text(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: Text
    correct: bool = False
    feedback: Text | None = None


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    type: Literal["single", "multiple", "sequence"]
    tests: str = Field(pattern=r"^[a-z0-9-]+/[a-z0-9-]+#[a-z0-9-]+$")
    question: Text
    hint: Text
    answers: list[Answer] = Field(min_length=2)


class Bank(BaseModel):
    model_config = ConfigDict(extra="forbid")
    module: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    order: int = 100
    title: Text
    intro: Text | None = None
    questions: list[Question] = Field(min_length=1)


@dataclass
class LoadedBank:
    bank: Bank
    src: Located

    @property
    def module(self) -> str:
        return self.bank.module


def _loc_message(err: dict) -> str:
    loc = err["loc"]
    if err["type"] == "missing" and loc and loc[-1] in LANGUAGES:
        return f"missing translation: add '{loc[-1]}:' here"
    if err["type"] == "string_too_short" and loc and loc[-1] in LANGUAGES:
        return f"empty text ({loc[-1]}); write it"
    if err["type"] == "extra_forbidden":
        return f"unknown key '{loc[-1]}'"
    if err["type"] == "literal_error":
        return f"unknown question type {err.get('input')!r}; use single, multiple or sequence"
    if err["type"] == "string_pattern_mismatch" and loc and loc[-1] == "tests":
        return f"'tests' must be page-id#section-id, e.g. crisis/first-hour#first-steps (got {err.get('input')!r})"
    return f"{'.'.join(map(str, loc))}: {err['msg']}"


def _rules(bank: Bank, src: Located) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for qi, q in enumerate(bank.questions):
        at = ("questions", qi)
        if q.id in seen:
            problems.append(
                src.problem(
                    (*at, "id"),
                    f"duplicate question id '{q.id}' (first at question {seen[q.id] + 1}); ids must be unique",
                )
            )
        seen.setdefault(q.id, qi)
        n_correct = sum(a.correct for a in q.answers)
        if q.type == "single" and n_correct != 1:
            problems.append(
                src.problem(
                    (*at, "answers"),
                    f"single-choice question '{q.id}' has {n_correct} correct answers; mark exactly one with correct: true",
                )
            )
        if q.type == "multiple" and n_correct == 0:
            problems.append(
                src.problem(
                    (*at, "answers"),
                    f"multiple-choice question '{q.id}' has no correct answer; mark at least one with correct: true",
                )
            )
        if q.type == "sequence":
            if len(q.answers) > MAX_SEQUENCE:
                problems.append(
                    src.problem(
                        (*at, "answers"),
                        f"sequence '{q.id}' has {len(q.answers)} items; quizdown-js cannot judge more than {MAX_SEQUENCE}, split it",
                    )
                )
            if any(a.correct or a.feedback for a in q.answers):
                problems.append(
                    src.problem(
                        (*at, "answers"),
                        f"sequence '{q.id}': list items in the right order, without 'correct' or 'feedback'",
                    )
                )
        for lang in LANGUAGES:
            texts = [getattr(a.text, lang).strip() for a in q.answers]
            for ai, t in enumerate(texts):
                if t in texts[:ai]:
                    problems.append(
                        src.problem(
                            (*at, "answers", ai),
                            f"duplicate answer {t!r} ({lang}) in question '{q.id}'; make every answer distinct",
                        )
                    )
    return problems


def load_bank(path: Path) -> LoadedBank:
    src = load_yaml(path)
    if not isinstance(src.data, dict):
        raise InvalidInput(
            [src.problem((), "a quiz bank is a mapping: module, title, questions (see docs/quizzes.md)")]
        )
    bank = src.validate(Bank, _loc_message)
    if bank.module != path.stem:
        raise InvalidInput(
            [
                src.problem(
                    ("module",), f"module '{bank.module}' does not match the file name; write module: {path.stem}"
                )
            ]
        )
    problems = _rules(bank, src)
    if problems:
        raise InvalidInput(problems)
    return LoadedBank(bank, src)


def load_banks(root: Path) -> tuple[list[LoadedBank], list[Problem]]:
    banks, problems = [], []
    for path in sorted(root.glob("*.yml")):
        try:
            banks.append(load_bank(path))
        except InvalidInput as exc:
            problems.extend(exc.problems)
    banks.sort(key=lambda b: (b.bank.order, b.module))
    return banks, problems


def reference_problems(banks: list[LoadedBank], sections: dict[str, dict[str, list[str]]]) -> list[Problem]:
    """Every `tests` names a page and a section that exist, in each language.

    ``sections`` maps language → page id → section ids.
    """
    problems = []
    for lb in banks:
        for qi, q in enumerate(lb.bank.questions):
            page, _, section = q.tests.partition("#")
            for lang in LANGUAGES:
                known = sections.get(lang, {})
                if page not in known:
                    problems.append(
                        lb.src.problem(
                            ("questions", qi, "tests"), f"unknown page '{page}' ({lang}){did_you_mean(page, known)}"
                        )
                    )
                    break
                if section not in known[page]:
                    problems.append(
                        lb.src.problem(
                            ("questions", qi, "tests"),
                            f"page '{page}' ({lang}) has no section '#{section}'{did_you_mean(section, known[page])}",
                        )
                    )
                    break
    return problems


def render_text(env: jinja2.Environment, text: str, context: dict, src: Located, loc: tuple) -> str:
    if "{" not in text:  # most texts hold no template: a Jinja compile each would dominate the build
        return text
    try:
        return env.from_string(text).render(context)
    except jinja2.TemplateError as exc:
        raise InvalidInput([src.problem(loc, f"template: {exc.message}")]) from None


@dataclass
class RenderedQuestion:
    """A question in one language, with the edition's values filled in."""

    id: str
    type: str
    tests: str
    question: str
    hint: str
    answers: list[tuple[str, bool, str]]  # text, correct, feedback


def render_bank(lb: LoadedBank, lang: str, env: jinja2.Environment, context: dict) -> list[RenderedQuestion]:
    """Every question of a bank in one language; answers must stay distinct once rendered."""
    out: list[RenderedQuestion] = []
    problems: list[Problem] = []
    for qi, q in enumerate(lb.bank.questions):
        at = ("questions", qi)
        try:
            qtext = render_text(env, getattr(q.question, lang), context, lb.src, (*at, "question"))
            hint = render_text(env, getattr(q.hint, lang), context, lb.src, (*at, "hint"))
            answers = []
            for ai, a in enumerate(q.answers):
                text = render_text(env, getattr(a.text, lang), context, lb.src, (*at, "answers", ai))
                fb = (
                    render_text(env, getattr(a.feedback, lang), context, lb.src, (*at, "answers", ai, "feedback"))
                    if a.feedback
                    else ""
                )
                answers.append((one_line(text), a.correct or q.type == "sequence", one_line(fb)))
        except InvalidInput as exc:
            problems.extend(exc.problems)
            continue
        if len({a[0] for a in answers}) != len(answers):
            problems.append(
                lb.src.problem(
                    (*at, "answers"),
                    f"answers of '{q.id}' are no longer distinct once the edition's values are filled in; reword them",
                )
            )
        out.append(RenderedQuestion(q.id, q.type, q.tests, one_line(qtext), one_line(hint), answers))
    if problems:
        raise InvalidInput(problems)
    return out


def quizdown(
    lb: LoadedBank,
    lang: str,
    env: jinja2.Environment,
    context: dict,
    pass_mark: int,
    primary: str,
    page_url: Callable[[str], str],
) -> str:
    """The quizdown-js source of one bank in one language, with edition values filled in.

    ``page_url(tests)`` gives the link back to the section a question tests.
    """
    return quizdown_from_rendered(render_bank(lb, lang, env, context), lang, pass_mark, primary, page_url)


def quizdown_from_rendered(
    questions: list[RenderedQuestion],
    lang: str,
    pass_mark: int,
    primary: str,
    page_url: Callable[[str], str] = lambda tests: "",
) -> str:
    """quizdown-js source for rendered questions."""
    words = texts(lang).onboarding
    lines = [
        "---",
        f"primaryColor: '{primary}'",
        "shuffleAnswers: false",
        "shuffleQuestions: false",
        f"locale: {lang}",
        f"passingGrade: {pass_mark}",
        # quizdown-js shows these after the evaluation; its own are in English whatever the locale
        f"customPassMsg: '{words.passed_message}'",
        f"customFailMsg: '{words.failed_message}'",
        "---",
        "",
    ]
    for q in questions:
        back = page_url(q.tests)
        lines += [f"### {q.question}", "", f"> {q.hint}" + (f" [{words.read_again}]({back})" if back else ""), ""]
        for ai, (text, correct, feedback) in enumerate(q.answers):
            if q.type == "single":
                mark = "1. [x] " if correct else "1. [ ] "
            elif q.type == "multiple":
                mark = "- [x] " if correct else "- [ ] "
            else:
                mark = f"{ai + 1}. "
            lines.append(mark + text)
            if feedback and q.type != "sequence":
                lines.append(f"    > {feedback}")
        lines.append("")
    return "\n".join(lines)


def sections_by_language(
    root: Path, known: dict[str, dict[str, Page]] | None = None
) -> dict[str, dict[str, list[str]]]:
    """Section ids of every page, per language; ``known`` spares reading a language again."""
    out: dict[str, dict[str, list[str]]] = {}
    for lang in LANGUAGES:
        pages = (known or {}).get(lang) or load_playbooks(root, lang)[0]
        out[lang] = {pid: p.sections for pid, p in pages.items()}
    return out


def bank_problems(
    quiz_root: Path, playbook_root: Path, known: dict[str, dict[str, Page]] | None = None
) -> tuple[list[LoadedBank], list[Problem]]:
    """Every bank, and what is wrong with them (including `tests` that name no section)."""
    banks, problems = load_banks(quiz_root)
    if banks:
        problems += reference_problems(banks, sections_by_language(playbook_root, known))
    return banks, problems


def selected_modules(
    edition: Edition, src: Located, banks: list[LoadedBank], problems: list[Problem]
) -> list[LoadedBank]:
    """The edition's modules in its order; unknown module names become problems."""
    by_id = {b.module: b for b in banks}
    chosen = edition.onboarding
    for key, values in (("modules", chosen.modules or []), ("exclude", chosen.exclude)):
        for i, name in enumerate(values):
            if name not in by_id:
                problems.append(
                    src.problem(
                        ("onboarding", key, i),
                        f"no quiz module '{name}'{did_you_mean(name, by_id)}; modules: {', '.join(by_id)}",
                    )
                )
    order = chosen.modules if chosen.modules is not None else [b.module for b in banks]
    return [by_id[m] for m in order if m in by_id and m not in chosen.exclude]
