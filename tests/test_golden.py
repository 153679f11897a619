"""Golden files: `cmkb render` of a small, fixed content and edition gives exactly the stored MkDocs project.

A deliberate change of the output regenerates them: `CMKB_UPDATE_GOLDEN=1 scripts/test tests/test_golden.py`,
then review the diff of tests/golden/ like any other change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cmkb

HERE = Path(__file__).parent
CONTENT = HERE / "fixtures" / "mini-content"
GOLDEN = HERE / "golden"
EDITIONS = {
    "mini-fr": "language: fr\ncompany:\n  name: Mini & Cie\ncrisis:\n  decision_owner: {role: Gérante, name: Ana}\n",
    "mini-en": "language: en\ncompany:\n  name: Mini Ltd\nlegal: {jurisdiction: uk}\nbranding: {primary: '#0b4f6c'}\n",
}


def _rendered(root: Path) -> dict[str, str]:
    """mkdocs.yml and every Markdown page (the assets are copies of shipped files)."""
    # the edition reference follows the schema, which `cmkb schema --check` already pins
    files = [root / "mkdocs.yml", *sorted(p for p in (root / "docs").rglob("*.md") if p.name != "edition.md")]
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in files}


@pytest.mark.parametrize("edition", sorted(EDITIONS))
def test_render_matches_the_golden_files(edition, tmp_path, monkeypatch):
    (tmp_path / "editions").mkdir()
    path = tmp_path / "editions" / f"{edition}.yml"
    path.write_text(EDITIONS[edition], encoding="utf-8")
    monkeypatch.setenv("CMKB_CONTENT", str(CONTENT))
    run_cmkb("render", str(path), "--out", str(tmp_path / "out"), check=True)
    got = _rendered(tmp_path / "out")
    golden = GOLDEN / edition
    if os.environ.get("CMKB_UPDATE_GOLDEN"):
        for name, text in got.items():
            (golden / name).parent.mkdir(parents=True, exist_ok=True)
            (golden / name).write_text(text, encoding="utf-8")
    expected = {p.relative_to(golden).as_posix(): p.read_text(encoding="utf-8") for p in sorted(golden.rglob("*")) if p.is_file()}
    assert sorted(got) == sorted(expected)
    for name in expected:
        assert got[name] == expected[name], f"{name} differs from tests/golden/{edition}/{name}"
