"""Untrusted editions (issue 7, SECURITY.md): one test per attack a hostile client tried.

Every refusal: exit 2, `path:line: what is wrong ... how to fix`, no traceback, and the site
published before left as it was. What is acceptable once neutralised builds, with nothing live.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import CMKB, REPO, run_cmkb, tree_bytes

ALIAS_BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#123456"/></svg>'


def edition(tmp_path: Path, yml: str, files: dict[str, str | bytes] | None = None, name: str = "acme") -> Path:
    """Write editions/<name>.yml and the files of its folder."""
    editions = tmp_path / "editions"
    (editions / name).mkdir(parents=True, exist_ok=True)
    for rel, data in (files or {}).items():
        target = editions / name / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    path = editions / f"{name}.yml"
    path.write_text(yml, encoding="utf-8")
    return path


def assert_refused(
    tmp_path: Path, good_site: Path, path: Path, where: str, words: str, command: str = "build"
) -> subprocess.CompletedProcess:
    """``cmkb check`` and ``cmkb build``: exit 2 with ``where: ...words...``; the published site unchanged."""
    site = tmp_path / "site"
    shutil.copytree(good_site, site)
    before = tree_bytes(site)
    check = run_cmkb("check", str(path))
    proc = run_cmkb("build", str(path), "--out", str(site))
    for p in (check, proc):
        assert p.returncode == 2, p.stderr
        assert "Traceback" not in p.stderr, p.stderr
        lines = [line for line in p.stderr.splitlines() if re.search(where, line)]
        assert lines, f"no line matching {where!r} in:\n{p.stderr}"
        assert any(words in line for line in lines), p.stderr
        assert any(";" in line for line in lines), "a refusal says how to fix it"
    assert tree_bytes(site) == before, "a refused build changed the published site"
    assert not [p for p in site.iterdir() if p.name.startswith(".")], "work folder left behind"
    return proc


def build(tmp_path: Path, path: Path) -> tuple[Path, subprocess.CompletedProcess]:
    proc = run_cmkb("build", str(path), "--out", str(tmp_path / "site"), check=True)
    assert "Traceback" not in proc.stderr
    return tmp_path / "site" / path.stem, proc


class _Live(HTMLParser):
    """Live markup in a page: elements that run or load something, event handlers, script addresses, styles."""

    def __init__(self, content_only: bool) -> None:
        super().__init__()
        self.content_only = content_only
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("iframe", "object", "embed", "frame") or (self.content_only and tag in ("script", "form", "style")):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "srcdoc" or (self.content_only and name == "style"):
                self.found.append(f"{tag} {name}=")
            if name in ("href", "src", "action") and re.match(r"\s*(javascript|data|vbscript):", value or "", re.I):
                self.found.append(f"{tag} {name}={value}")


def no_live_markup(page: str) -> None:
    """Nothing live in the page's content; in the theme around it, no handler or script address either."""
    article = re.search(r"<article.*?</article>", page, re.S)
    for text, content_only in ((article.group(0) if article else "", True), (page, False)):
        finder = _Live(content_only)
        finder.feed(text)
        assert not finder.found, f"live markup reached the page: {finder.found}"


# ---------- 1. templates in a sandbox ----------

RCE = "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}"


@pytest.mark.parametrize("kind", ["page", "override"])
def test_code_in_a_company_page_does_not_run(kind, tmp_path, good_site, monkeypatch):
    monkeypatch.chdir(tmp_path)
    body = f"# Tools\n\nText.\n\n{RCE}\n"
    key = "pages:\n  - file: tools.md\n" if kind == "page" else "overrides:\n  crisis/first-hour: tools.md\n"
    path = edition(tmp_path, "language: en\n" + key, {"tools.md": body})
    assert_refused(tmp_path, good_site, path, r"acme/tools\.md:5: ", "not allowed in a company page")
    assert not list(tmp_path.rglob("PWNED")) and not (REPO / "PWNED").exists()


@pytest.mark.parametrize(
    "payload",
    [
        "{{ edition.__class__.__mro__ }}",
        "{{ ''.__class__.__base__.__subclasses__() }}",
        "{{ edition.model_validate({}) }}",
        "{% for i in range(10**9) %}x{% endfor %}",
        "{{ 'x' * 100000000 }}",
        "{{ '%999999999s' % 1 }}",
        "{{ 'x'|center(999999999) }}",
        "{{ 9 ** 999999999 }}",
        "{{ lipsum(100000) }}",
        "{% include 'tools.md' %}",
        "{% include '../../../../etc/passwd' %}",
        "{% include 'crisis/first-hour.md' %}",
    ],
)
def test_the_sandbox_refuses(payload, tmp_path):
    path = edition(tmp_path, "language: en\npages:\n  - file: tools.md\n", {"tools.md": f"# Tools\n\n{payload}\n"})
    start = time.perf_counter()
    proc = run_cmkb("check", str(path))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert re.search(r"acme/tools\.md:\d+: ", proc.stderr), proc.stderr
    assert time.perf_counter() - start < 30


def test_company_pages_keep_values_and_project_partials(tmp_path):
    page = "# Ours\n\nCall {{ crisis.decision_owner.role }}.\n\n{% include '_partials/holding-statement.md' %}\n\n{% include 'parts/more.md' %}\n"
    path = edition(
        tmp_path,
        "language: en\ncompany: {name: Acme}\ncrisis:\n  decision_owner: {role: Duty director}\npages:\n  - file: ours.md\n",
        {"ours.md": page, "parts/more.md": "More for {{ company.name }}.\n"},
    )
    site, _ = build(tmp_path, path)
    html = (site / "company" / "ours.html").read_text(encoding="utf-8")
    assert "Call Duty director." in html and "More for Acme." in html


# ---------- 2. HTML from clients sanitised ----------

HOSTILE_PAGE = """---
title: 'Tools <img src=x onerror=alert(1)>'
tags: ['<script>alert(2)</script>']
---
# Our tools

<script>alert(3)</script>

<img src="logo.png" onerror="alert(4)">

[click](javascript:alert(5))

<a href="javascript:alert(6)">link</a>

<iframe srcdoc="<script>alert(7)</script>"></iframe>

<p style="position:fixed" onclick="alert(8)">styled</p>

<form action="https://evil.example"><input name=q></form>

<object data="x.swf"></object><embed src="x.swf">

![pixel](data:image/svg+xml;base64,PHN2Zz4=)

| Need | Tool |
| --- | --- |
| Schedule | Planner |

<details><summary>More</summary>Hidden <abbr title="Community manager">CM</abbr></details>

> A quoted **line**

- one
- two

[Crisis](../crisis/first-hour.md) and <a href="https://example.com/a">a site</a>
"""


def test_script_in_company_pages_is_removed(tmp_path):
    path = edition(
        tmp_path,
        "language: en\npages:\n  - file: tools.md\noverrides:\n  crisis/first-hour: tools.md\n",
        {"tools.md": HOSTILE_PAGE},
    )
    site, proc = build(tmp_path, path)
    assert re.search(r"acme/tools\.md:7: warning: <script> removed", proc.stderr), proc.stderr
    assert re.search(r"acme/tools\.md:\d+: warning: the onerror= attribute of <img> removed", proc.stderr)
    for page in ("company/tools.html", "crisis/first-hour.html"):
        html = (site / page).read_text(encoding="utf-8")
        no_live_markup(html)
        assert "<table>" in html and "<details>" in html and "<summary>More</summary>" in html
        assert '<abbr title="Community manager">' in html
        assert "<blockquote>" in html and "<strong>line</strong>" in html
        assert "<li>one</li>" in html
        assert 'href="https://example.com/a"' in html
        assert "&lt;img src=x" in html  # the title, as text
    for html_file in site.rglob("*.html"):
        no_live_markup(html_file.read_text(encoding="utf-8"))
    assert "onerror" not in (site / "search" / "search_index.json").read_text(encoding="utf-8").replace("\\u003c", "<")


# ---------- 3. logos checked by content ----------


def test_logo_file_name_cannot_break_out_of_the_attribute(tmp_path):
    path = edition(tmp_path, 'language: en\nbranding:\n  logo: "x\\" onerror=\\"alert(1).svg"\n', {'x" onerror="alert(1).svg': SVG})
    site, _ = build(tmp_path, path)
    assert (site / "assets" / "cmkb" / "logo.svg").read_bytes() == SVG
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "onerror" not in html and 'src="assets/cmkb/logo.svg"' in html


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("logo.html", b"<html><script>alert(1)</script></html>", "not a PNG, JPEG, WebP or SVG"),
        ("logo.png", b"\0" * (1024 * 1024 + 1), "more than the 1048576 allowed"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "<script> element"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "event handler"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', "foreignobject"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><image x:href="https://evil.example/a.png"/></svg>', "another file or address"),
        ("logo.svg", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>', "DOCTYPE"),
    ],
)
def test_bad_logos_are_refused(name, data, words, tmp_path, good_site):
    path = edition(tmp_path, f"language: en\nbranding:\n  logo: {name}\n", {name: data})
    assert_refused(tmp_path, good_site, path, r"acme\.yml:3: ", words)


def test_logo_type_comes_from_its_bytes(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    path = edition(tmp_path, "language: en\nbranding:\n  logo: logo.svg\n", {"logo.svg": png})
    site, _ = build(tmp_path, path)
    assert (site / "assets" / "cmkb" / "logo.png").read_bytes() == png
    assert not (site / "assets" / "cmkb" / "logo.svg").exists()


# ---------- 4. files stay in the folder ----------


@pytest.mark.parametrize("key", ["pages:\n  - file: passwd.md\n", "branding:\n  logo: passwd.md\n", "overrides:\n  crisis/first-hour: passwd.md\n"])
def test_a_symlink_in_the_folder_is_not_followed(key, tmp_path, good_site):
    path = edition(tmp_path, "language: en\n" + key)
    (path.parent / "acme" / "passwd.md").symlink_to("/etc/passwd")
    proc = assert_refused(tmp_path, good_site, path, r"acme\.yml:\d+: ", "symbolic link")
    assert "root:" not in proc.stderr


def test_a_symlink_on_the_way_is_not_followed(tmp_path, good_site):
    path = edition(tmp_path, "language: en\npages:\n  - file: sub/page.md\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "page.md").write_text("# Secret\n", encoding="utf-8")
    (path.parent / "acme" / "sub").symlink_to(outside)
    assert_refused(tmp_path, good_site, path, r"acme\.yml:3: ", "symbolic link")


def test_an_edition_folder_that_is_a_symlink_is_refused(tmp_path, good_site):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "page.md").write_text("# Secret\n", encoding="utf-8")
    path = edition(tmp_path, "language: en\npages:\n  - file: page.md\n", name="tmp")
    shutil.rmtree(path.parent / "tmp")
    path.rename(path.parent / "acme.yml")
    (path.parent / "acme").symlink_to(outside)
    assert_refused(tmp_path, good_site, path.parent / "acme.yml", r"acme\.yml:3: ", "is a symbolic link")


def test_an_include_through_a_symlink_is_refused(tmp_path):
    path = edition(tmp_path, "language: en\npages:\n  - file: page.md\n", {"page.md": "# P\n\n{% include 'secret.md' %}\n"})
    (path.parent / "acme" / "secret.md").symlink_to("/etc/passwd")
    proc = run_cmkb("check", str(path))
    assert proc.returncode == 2 and "root:" not in proc.stderr and "Traceback" not in proc.stderr
    assert "acme/page.md:3: include 'secret.md' not found" in proc.stderr


# ---------- 5. edition ids are names ----------


@pytest.mark.parametrize("stem", ["..", "Acme", "acme.v2", "acme\nhooks: [x.py]", "-acme", "a" * 64])
@pytest.mark.parametrize("command", ["check", "build", "render", "export"])
def test_edition_file_names_follow_the_id_rule(stem, command, tmp_path):
    editions = tmp_path / "editions"
    editions.mkdir()
    path = editions / f"{stem}.yml"
    path.write_text("language: en\n", encoding="utf-8")
    args = {
        "check": ["check", str(path)],
        "build": ["build", str(path), "--out", str(tmp_path / "site")],
        "render": ["render", str(path), "--out", str(tmp_path / "project")],
        "export": ["export", str(path), "--format", "gift", "--out", str(tmp_path / "q.gift")],
    }[command]
    proc = run_cmkb(*args)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "not a valid edition file name; name it ID.yml" in proc.stderr
    assert not (tmp_path / "site").exists() or not any((tmp_path / "site").iterdir())
    assert not (tmp_path / "project").exists() and not (tmp_path / "q.gift").exists()


def test_two_editions_with_one_id_are_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "acme.yml").write_text("language: en\n", encoding="utf-8")
    (tmp_path / "b" / "acme.yml").write_text("language: fr\n", encoding="utf-8")
    for args in (["check"], ["build", "--out", str(tmp_path / "site")]):
        proc = run_cmkb(*args, str(tmp_path / "a" / "acme.yml"), str(tmp_path / "b" / "acme.yml"))
        assert proc.returncode == 2, proc.stderr
        assert "b/acme.yml:1: edition id 'acme' is already given by" in proc.stderr, proc.stderr
    assert not (tmp_path / "site").exists()


def test_concurrent_builds_of_one_edition_are_serialised(tmp_path):
    path = edition(tmp_path, "language: en\ncompany: {name: Acme}\n")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [*CMKB, "build", str(path), "--out", str(tmp_path / "site")]
    procs = [subprocess.Popen(cmd, cwd=REPO, env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in procs]  # type: ignore[union-attr]
    for code, err in results:
        assert code == 0, err
        assert "Traceback" not in err
    assert (tmp_path / "site" / "acme" / "index.html").is_file()
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["acme"]


# ---------- 6. YAML with limits ----------


def test_an_alias_bomb_is_refused_at_once(tmp_path, good_site):
    from cmkb.errors import InvalidInput
    from cmkb.yamlsrc import load_yaml

    path = edition(tmp_path, "language: en\n" + ALIAS_BOMB)
    start = time.process_time()  # the CPU the refusal costs, whatever else the machine is doing
    with pytest.raises(InvalidInput):
        load_yaml(path)
    elapsed = time.process_time() - start
    print(f"alias bomb refused in {elapsed:.4f} s of CPU")
    assert elapsed < 1  # the bound; about 0.001 s: nothing is expanded
    proc = run_cmkb("check", str(path))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "acme.yml:3: YAML alias '*a': aliases and anchors are not allowed" in proc.stderr, proc.stderr
    assert_refused(tmp_path, good_site, path, r"acme\.yml:3: ", "aliases and anchors are not allowed")


def test_an_alias_bomb_in_front_matter_is_refused(tmp_path, good_site):
    front = "---\n" + ALIAS_BOMB + "---\n# Page\n"
    path = edition(tmp_path, "language: en\npages:\n  - file: page.md\n", {"page.md": front})
    assert_refused(tmp_path, good_site, path, r"acme/page\.md:3: ", "aliases and anchors are not allowed")


def test_an_alias_in_a_quiz_bank_is_refused(copy_repo):
    bank = next((copy_repo / "quizzes").glob("*.yml"))
    bank.write_text(bank.read_text(encoding="utf-8") + "\nx: &x [1]\ny: *x\n", encoding="utf-8")
    proc = run_cmkb("check", cwd=copy_repo)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"{bank.name}:" in proc.stderr and "aliases and anchors are not allowed" in proc.stderr


@pytest.mark.parametrize(
    ("yml", "line", "words"),
    [
        ("language: en\n? [a, b]\n: 1\n", 2, "is not text"),
        ("language: en\ncompany:\n  1: x\n", 3, "key '1' is not text"),
        ("language: en\nx: " + "[" * 990 + "]" * 990 + "\n", 2, "nested more than 20 levels"),
        ("language: en\nx:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 60)), 22, "nested more than 20 levels"),
    ],
)
def test_yaml_shapes_that_are_refused(yml, line, words, tmp_path, good_site):
    path = edition(tmp_path, yml)
    assert_refused(tmp_path, good_site, path, rf"acme\.yml:{line}: ", words)


def test_big_files_are_refused(tmp_path, good_site):
    path = edition(tmp_path, "language: en\n" + "# padding\n" * 30000)
    assert_refused(tmp_path, good_site, path, r"acme\.yml:1: ", "more than the 262144 allowed")
    big = edition(tmp_path / "b", "language: en\npages:\n  - file: big.md\n", {"big.md": "# Big\n" + "x" * 1024 * 1024})
    assert_refused(tmp_path / "b", good_site, big, r"acme\.yml:3: ", "more than the 1048576 allowed")


# ---------- 7. text with rules ----------


@pytest.mark.parametrize(
    ("yml", "line", "words"),
    [
        ('language: en\ncompany:\n  name: "Acme\\n# Injected heading"\n', 3, "holds a line break"),
        ("language: en\ncompany:\n  values:\n    - |\n      Honest\n      - injected item\n", 4, "holds a line break"),
        ('language: en\ntitle: "Acme\\u2028x"\n', 2, "holds a line break"),
        ('language: en\ncompany:\n  name: "Ac\\x0bme"\n', 3, "control character U+000B"),
        ('language: en\ncrisis:\n  contacts:\n    - {role: "Legal\\x1b[31m", name: x}\n', 4, "control character U+001B"),
        ('language: en\noverrides:\n  "crisis/first-hour\\x00": x.md\n', 3, "control character U+0000"),
    ],
)
def test_text_rules(yml, line, words, tmp_path, good_site):
    path = edition(tmp_path, yml)
    assert_refused(tmp_path, good_site, path, rf"acme\.yml:{line}: ", words)


def test_a_line_break_in_a_front_matter_title_is_refused(tmp_path):
    page = '---\ntitle: "Tools\\n- injected"\n---\n# Tools\n'
    path = edition(tmp_path, "language: en\npages:\n  - file: tools.md\n", {"tools.md": page})
    proc = run_cmkb("check", str(path))
    assert proc.returncode == 2 and "acme/tools.md:2: front matter 'title'" in proc.stderr, proc.stderr
    assert "line break" in proc.stderr


HOSTILE_VALUES = """language: en
title: "A <b>&amp; ]]> 'q' \\"dq\\" :: ~ = # { } \\\\ [html] — émoji 🚀"
company:
  name: "Acme } ~=#:: <script>"
governance:
  fast_track: {approver: "Boss ]]> & <x>", delay: "5 min {=x}"}
crisis:
  decision_owner: {role: "[markdown]Owner ~ = #", name: "Zoë"}
"""


@pytest.fixture(scope="module")
def hostile_exports(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile-exports")
    (root / "acme.yml").write_text(HOSTILE_VALUES, encoding="utf-8")
    for fmt, name in (("moodle", "q.xml"), ("gift", "q.gift"), ("qti", "q.zip"), ("scorm", "s.zip")):
        run_cmkb("export", str(root / "acme.yml"), "--format", fmt, "--out", str(root / name), check=True)
    return root


def test_every_xml_export_parses_with_hostile_values(hostile_exports):
    root = ET.fromstring((hostile_exports / "q.xml").read_bytes())
    assert "Boss ]]> & <x>" in "".join(root.itertext()).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    for name in ("q.zip", "s.zip"):
        with zipfile.ZipFile(hostile_exports / name) as zf:
            xml_files = [n for n in zf.namelist() if n.endswith(".xml")]
            assert "imsmanifest.xml" in xml_files
            for n in xml_files:
                ET.parse(io.BytesIO(zf.read(n)))


def test_gift_escapes_every_special_character(hostile_exports):
    text = (hostile_exports / "q.gift").read_text(encoding="utf-8")
    questions = [block for block in text.split("\n\n") if block.startswith("::")]
    assert questions
    for block in questions:
        body = re.sub(r"\\.", "", block)  # escaped characters are text
        head = body.split("{", 1)[0]
        assert head.count("::") == 2, block  # only the name's markers
        assert body.count("{") == 1 and body.count("}") == 1, block
    assert "$CATEGORY: $course$/A <b>&amp; ]]> 'q' \"dq\" \\:\\: \\~ \\= \\# \\{ \\} \\\\ [html]" in text


# ---------- 8. Markdown-escaped everywhere; linear link pattern ----------


def test_company_text_is_markdown_escaped_in_generated_pages(tmp_path):
    page = "---\ntitle: '*Bold* [x](javascript:y)'\ntags: ['## Heading', '[t](javascript:z)']\ncase: true\nreview_by: 2099-01-01\n---\n# Case\n\nText.\n"
    path = edition(
        tmp_path,
        "language: en\ncompany: {name: '*Acme* [x](javascript:q) <b>'}\npages:\n  - file: case.md\n    area: cases\n",
        {"case.md": page},
    )
    site, _ = build(tmp_path, path)
    for html_file in site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        no_live_markup(html)
        assert "<em>Acme</em>" not in html and "<em>Bold</em>" not in html
    cases = (site / "cases" / "index.html").read_text(encoding="utf-8")
    assert "## Heading" in cases or "#&#35; Heading" in cases or "&#35;&#35; Heading" in cases
    config = (tmp_path / "site" / "acme").parent  # the mkdocs.yml is not kept; render writes it
    run_cmkb("render", str(path), "--out", str(tmp_path / "project"), check=True)
    import yaml

    data = yaml.safe_load((tmp_path / "project" / "mkdocs.yml").read_text(encoding="utf-8"))
    assert set(data) >= {"site_name", "nav"} and "hooks/cmkb_untrusted.py" in data["hooks"]
    assert config.exists()


@pytest.mark.parametrize("text", ["[" * 50_000, "[x](" * 12_500, "[a[b" * 12_500, "# " + " " * 50_000 + "x"])
def test_pathological_pages_check_fast(text, tmp_path):
    """The patterns that read a company page are linear: a hostile page costs no more CPU than a plain one."""
    from cmkb.builder import prepare

    plain = edition(tmp_path / "plain", "language: en\npages:\n  - file: p.md\n", {"p.md": "# P\n\nText.\n"})
    hostile = edition(tmp_path / "hostile", "language: en\npages:\n  - file: p.md\n", {"p.md": "# P\n\n" + text + "\n"})
    costs = []
    for path in (plain, hostile):
        start = time.process_time()  # CPU, not wall time: the same on a loaded machine
        prepare(path)
        costs.append(time.process_time() - start)
    # quadratic patterns took minutes on these pages; linear ones add well under a second
    assert costs[1] - costs[0] < 2, costs


def test_the_page_sanitiser_leaves_project_pages_alone(sites):
    """The project's own playbooks are trusted: no hook on editions without company pages."""
    html = (sites / "default" / "crisis" / "first-hour.html").read_text(encoding="utf-8")
    assert "<h1" in html
    assert sys.version_info >= (3, 10)
