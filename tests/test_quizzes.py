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
