"""The installable product: the wheel carries its content and builds a complete site on its own."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (found,) = out.glob("cmkb-*.whl")
    return found


def test_the_wheel_carries_playbooks_quiz_banks_assets_and_licences(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "cmkb/_content/playbooks/fr/crisis/first-hour.md" in names
    assert "cmkb/_content/quizzes/crisis.yml" in names
    assert "cmkb/assets/quizdown.js" in names and "cmkb/assets/lms/sco.js" in names
    assert "cmkb/py.typed" in names
    licences = [n for n in names if "/licenses/" in n.lower()]
    assert any("iframe-worker" in n for n in licences) and any("quizdown" in n for n in licences), licences


def test_a_fresh_environment_with_only_the_wheel_builds_a_complete_site(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)], capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stderr[-3000:]
    work = tmp_path / "empty"
    work.mkdir()
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CMKB_CONTENT", "VIRTUAL_ENV")}
    cmkb = str(env_dir / "bin" / "cmkb")
    for args in (["new", "acme"], ["check", "editions/acme.yml"], ["build", "editions/acme.yml"]):
        proc = subprocess.run([cmkb, *args], cwd=work, capture_output=True, text=True, env=clean, timeout=600)
        assert proc.returncode == 0, f"cmkb {' '.join(args)}: {proc.stderr}"
    site = work / "site" / "acme"
    assert (site / "crisis" / "first-hour.html").is_file()
    assert (site / "onboarding" / "crisis.html").is_file()
    # the same pages as the same edition built from this checkout
    from conftest import run_cmkb

    run_cmkb("build", str(work / "editions" / "acme.yml"), "--out", str(tmp_path / "checkout"), check=True)
    expected = sorted(p.relative_to(tmp_path / "checkout" / "acme").as_posix() for p in (tmp_path / "checkout" / "acme").rglob("*.html"))
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")) == expected
    # it is the installed copy that ran, not this checkout
    where = subprocess.run([str(python), "-c", "import cmkb; print(cmkb.__file__)"], cwd=work, capture_output=True, text=True, env=clean)
    assert str(env_dir) in where.stdout
