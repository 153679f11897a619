"""Shared fixtures: the real CLI, real builds, a local web server and Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socketserver
import subprocess
import sys
import threading
import traceback
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CMKB = [sys.executable, "-m", "cmkb"]
CHROMIUM = os.environ.get("CMKB_CHROMIUM", "/usr/bin/chromium")
EXAMPLES = sorted(p.stem for p in (REPO / "editions").glob("*.yml"))


def main_language_folder(edition: str) -> str:
    """Where an example edition's main-language site is, below its own folder: `` ``, or `fr` for one in several languages."""
    import yaml

    data = yaml.safe_load((REPO / "editions" / f"{edition}.yml").read_text(encoding="utf-8")) or {}
    languages = data.get("languages") or []
    return languages[0] if len(languages) > 1 else ""


def site_rel(edition: str) -> str:
    """The main-language site of an example edition, relative to the built sites: `default`, `groupe-meridien/fr`."""
    folder = main_language_folder(edition)
    return f"{edition}/{folder}" if folder else edition


def site_root(sites: Path, edition: str) -> Path:
    """The folder of an example edition's main-language site (a complete MkDocs site)."""
    return sites / site_rel(edition)


def run_cmkb(*args: str, cwd: Path = REPO, check: bool = False, end_to_end: bool = False) -> subprocess.CompletedProcess:
    """Run the real command line: in this process through click's runner, or as a new process.

    ``cwd`` other than the repository is a scratch copy whose playbooks and quiz banks are used.
    An exception that escapes the command shows as a traceback on stderr, as it would for a user.
    """
    env = {"NO_MKDOCS_2_WARNING": "1"}
    if cwd != REPO:
        env["CMKB_CONTENT"] = str(cwd)
    if end_to_end:
        proc = subprocess.run([*CMKB, *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, **env}, timeout=600)
    else:
        proc = _in_process(args, cwd, env)
    if check and proc.returncode != 0:
        raise AssertionError(f"cmkb {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
    return proc


def _in_process(args: tuple[str, ...], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    from click.testing import CliRunner

    from cmkb.cli import main

    before = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=True)
    finally:
        os.chdir(before)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess(["cmkb", *args], result.exit_code, result.stdout, stderr)


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under root, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def sites(tmp_path_factory) -> Path:
    """Every example edition, built once per test session by `cmkb build --all`, shared by the workers."""
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the same folder for every xdist worker of this run
    out = shared / "sites"
    with FileLock(str(shared / "sites.lock")):
        if not (out / ".complete").exists():
            run_cmkb("build", "--all", "--out", str(out), check=True, end_to_end=True)
            (out / ".complete").write_text("built\n", encoding="utf-8")
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output readable
        pass


class FolderServer:
    """A web server over a folder, on a free loopback port."""

    def __init__(self, root: Path):
        handler = functools.partial(_Quiet, directory=str(root))
        self.httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()


@pytest.fixture(scope="session")
def server(sites):
    """A local web server over the built sites; yields its base URL."""
    srv = FolderServer(sites)
    yield f"http://127.0.0.1:{srv.port}"
    srv.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright. Missing browser = failure, never a skip."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: run scripts/test, which installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--allow-file-access-from-files"],
        )
        yield b
        b.close()


class Recorder:
    """Every request a page makes and every console error it logs."""

    def __init__(self, page, allowed_prefixes: tuple[str, ...]):
        self.requests: list[str] = []
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.allowed = allowed_prefixes

        def on_request(req):
            self.requests.append(req.url)
            if not req.url.startswith(self.allowed) and not req.url.startswith(("data:", "blob:", "about:")):
                self.outside.append(req.url)

        page.on("request", on_request)
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))


@pytest.fixture
def page(browser):
    context = browser.new_context()
    # Anything that tries to leave the machine is answered here, and recorded by Recorder.
    context.route(lambda url: not url.startswith(("http://127.0.0.1", "file://")), lambda route: route.abort())
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def good_site(tmp_path_factory) -> Path:
    """A site built from a valid edition `acme`: tests copy it, break the edition, and check that
    the refused build left the copy as it was."""
    root = tmp_path_factory.mktemp("published")
    (root / "editions").mkdir()
    (root / "editions" / "acme.yml").write_text("language: en\ncompany:\n  name: Acme\n", encoding="utf-8")
    run_cmkb("build", str(root / "editions" / "acme.yml"), "--out", str(root / "site"), check=True)
    return root / "site"


@pytest.fixture
def copy_repo(tmp_path) -> Path:
    """A scratch copy of what a build reads (playbooks, quiz banks, editions), for tests that change files."""
    dest = tmp_path / "repo"
    for name in ("playbooks", "quizzes", "editions"):
        shutil.copytree(REPO / name, dest / name)
    return dest
