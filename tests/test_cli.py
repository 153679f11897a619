"""The command line as a manager uses it: help, warnings, live preview."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import REPO, run_cmkb

from cmkb.cli import main

COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    proc = run_cmkb(command, "--help")
    assert proc.returncode == 0
    summary = proc.stdout.split("\n\n")[1].strip()
    assert len(summary) > 20, proc.stdout


def test_check_warns_about_pages_past_their_review_date(copy_repo):
    page = copy_repo / "playbooks" / "fr" / "crisis" / "first-hour.md"
    page.write_text(re.sub(r"^review_by: .*$", "review_by: 2020-01-31", page.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    proc = run_cmkb("check", cwd=copy_repo)
    assert proc.returncode == 0, proc.stderr
    assert "playbooks/fr/crisis/first-hour.md:7: warning: review was due on 2020-01-31" in proc.stderr


def test_check_says_which_colour_replaces_one_too_light_for_text(copy_repo):
    edition = copy_repo / "editions" / "harbour-logistics.yml"
    text = edition.read_text(encoding="utf-8").replace('primary: "#0b4f6c"', 'primary: "#ffe066"').replace("accent: light blue", 'accent: "#0b4f6c"')
    edition.write_text(text, encoding="utf-8")
    proc = run_cmkb("check", "editions/harbour-logistics.yml", cwd=copy_repo)
    assert proc.returncode == 0, proc.stderr  # adjusted, not refused
    assert (
        "editions/harbour-logistics.yml:13: warning: 'branding.primary': #ffe066 on white gives a contrast of 1.3:1; "
        "text on white (links, buttons) needs 4.5:1, so the site uses #917300 for text instead (the header keeps #ffe066)"
    ) in proc.stderr
    assert "branding.accent" not in proc.stderr  # #0b4f6c reads well on white
    assert "branding" not in run_cmkb("check", "editions/atelier-lenoir.yml", cwd=copy_repo).stderr  # palette names: no warning


@pytest.mark.browser
def test_site_shows_a_notice_on_pages_past_their_review_date(copy_repo, page):
    target = copy_repo / "playbooks" / "fr" / "crisis" / "first-hour.md"
    target.write_text(re.sub(r"^review_by: .*$", "review_by: 2020-01-31", target.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    run_cmkb("build", "--out", "out", cwd=copy_repo, check=True)
    page.goto((copy_repo / "out" / "default" / "crisis" / "first-hour.html").as_uri())
    assert page.locator(".cmkb-review").is_visible()
    assert "31/01/2020" in page.locator(".cmkb-review").inner_text()
    page.goto((copy_repo / "out" / "default" / "crisis" / "escalation.html").as_uri())
    assert page.locator(".cmkb-review").is_hidden()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode("utf-8")


def _wait_for(url: str, needle: str, seconds: float = 60) -> str:
    deadline = time.time() + seconds
    last = ""
    while time.time() < deadline:
        try:
            last = _get(url)
            if needle in last:
                return last
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{needle!r} never appeared at {url}")


def test_serve_rebuilds_on_change_and_keeps_the_last_good_site(copy_repo):
    edition = copy_repo / "editions" / "preview.yml"
    edition.write_text("language: en\ncompany:\n  name: First Name Ltd\n", encoding="utf-8")
    port = _free_port()
    env = {**os.environ, "CMKB_CONTENT": str(copy_repo), "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "cmkb", "serve", "editions/preview.yml", "-a", f"127.0.0.1:{port}"], cwd=copy_repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/index.html"
        _wait_for(url, "First Name Ltd")
        edition.write_text("language: en\ncompany:\n  name: Second Name Ltd\n", encoding="utf-8")
        _wait_for(url, "Second Name Ltd")
        playbook = copy_repo / "playbooks" / "en" / "crisis" / "first-hour.md"
        playbook.write_text(playbook.read_text(encoding="utf-8").replace("# The first hour", "# The very first hour", 1), encoding="utf-8")
        _wait_for(f"http://127.0.0.1:{port}/crisis/first-hour.html", "The very first hour")
        edition.write_text("language: en\ncompany:\n  nmae: Broken\n", encoding="utf-8")
        time.sleep(4)
        assert "Second Name Ltd" in _get(url)  # the last good build is still served
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert f"Serving editions/preview.yml on http://127.0.0.1:{port}/" in out  # the address, for the manager to open
    assert "preview.yml:3: unknown key 'nmae'" in out
    assert "Traceback" not in out


def test_serve_previews_every_language_of_an_edition(copy_repo):
    port = _free_port()
    env = {**os.environ, "CMKB_CONTENT": str(copy_repo), "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "cmkb", "serve", "editions/groupe-meridien.yml", "-a", f"127.0.0.1:{port}"], cwd=copy_repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        root = _wait_for(f"{base}/index.html", 'href="en/index.html"', seconds=180)  # the page that links both languages
        assert 'href="fr/index.html"' in root
        # the switcher's target on a deep page exists in the preview too
        french = _get(f"{base}/fr/crisis/first-hour.html")
        assert 'href="../../en/crisis/first-hour.html"' in french
        assert 'lang="en"' in _get(f"{base}/en/crisis/first-hour.html")
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert "Traceback" not in out


def test_serve_refuses_an_edition_file_name_that_is_not_an_id(copy_repo):
    (copy_repo / "editions" / "Bad Name.yml").write_text("language: en\n", encoding="utf-8")
    result = run_cmkb("serve", "editions/Bad Name.yml", cwd=copy_repo)
    assert result.returncode == 2
    assert "is not a valid edition file name" in result.stderr


def test_project_documentation_builds():
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "/tmp/cmkb-docs-test"], cwd=REPO, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
