"""Quiz banks: every malformed bank is refused with path:line and exit code 2."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import run_cmkb

BAD = Path(__file__).parent / "fixtures" / "bad-banks"
CASES = sorted(p.stem for p in BAD.glob("*.yml"))


@pytest.mark.parametrize("case", CASES)
def test_bad_bank_is_refused(case, copy_repo):
    header = (BAD / f"{case}.yml").read_text(encoding="utf-8")
    line, message = re.search(r"^# expect: (\d+): (.*)$", header, re.M).groups()
    shutil.copyfile(BAD / f"{case}.yml", copy_repo / "quizzes" / f"{case}.yml")
    for command in (["check"], ["build", "--out", "out"]):
        proc = run_cmkb(*command, cwd=copy_repo)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr
        expected = f"quizzes/{case}.yml:{int(line) + 0}: {message}"
        assert expected in proc.stderr, f"{expected!r} not in:\n{proc.stderr}"


def test_there_are_enough_malformed_cases():
    assert len(CASES) >= 9


# ---------- the banks as written: judgment, not recall; no answer cue ----------

from conftest import REPO  # noqa: E402

from cmkb.i18n import LANGUAGES  # noqa: E402
from cmkb.quizzes import load_banks  # noqa: E402

BANKS = load_banks(REPO / "quizzes")[0]


@pytest.mark.parametrize("loaded", BANKS, ids=lambda b: b.module)
def test_bank_has_enough_questions_and_at_most_one_sequence(loaded):
    questions = loaded.bank.questions
    assert len(questions) >= 15, len(questions)
    assert sum(q.type == "sequence" for q in questions) <= 1


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("loaded", BANKS, ids=lambda b: b.module)
def test_the_right_answer_is_rarely_the_longest(loaded, lang):
    """A learner who always picks the longest option must not pass: at most 40% of single-choice questions."""
    single = [q for q in loaded.bank.questions if q.type == "single"]
    longest_right = 0
    for q in single:
        lengths = [len(getattr(a.text, lang)) for a in q.answers]
        right = next(i for i, a in enumerate(q.answers) if a.correct)
        if lengths[right] == max(lengths) and lengths.count(max(lengths)) == 1:
            longest_right += 1
    assert longest_right <= 0.4 * len(single), f"{longest_right} of {len(single)}"
