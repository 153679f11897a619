"""Real builds: deterministic, atomic, renderable for stock MkDocs, offline by construction."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import EXAMPLES, REPO, run_cmkb, site_root, tree_bytes

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", re.I)


def test_examples_include_default_french_and_english():
    assert {"default", "atelier-lenoir", "harbour-logistics"} <= set(EXAMPLES)


@pytest.mark.parametrize("edition", EXAMPLES)
def test_every_example_edition_builds(sites, edition):
    assert (sites / edition / "index.html").is_file()
    assert (site_root(sites, edition) / "search" / "search_index.json").is_file()


def test_two_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    run_cmkb("build", "editions/atelier-lenoir.yml", "--out", str(a), check=True)
    run_cmkb("build", "editions/atelier-lenoir.yml", "--out", str(b), check=True)
    proc = subprocess.run(["diff", "-r", str(a), str(b)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[:2000]


def test_rendered_project_builds_with_stock_mkdocs(tmp_path, sites):
    project = tmp_path / "project"
    run_cmkb("render", "editions/default.yml", "--out", str(project), check=True)
    assert (project / "mkdocs.yml").is_file() and (project / "docs" / "index.md").is_file()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1767225600"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(tmp_path / "stock")], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert tree_bytes(tmp_path / "stock") == tree_bytes(sites / "default")


@pytest.mark.parametrize("edition", EXAMPLES)
def test_built_site_names_nothing_outside_itself(sites, edition):
    offenders = []
    for path in (sites / edition).rglob("*"):
        if path.suffix in {".html", ".css"} and EXTERNAL.search(path.read_text(encoding="utf-8")):
            offenders += [f"{path.relative_to(sites)}: {m.group(0)}" for m in EXTERNAL.finditer(path.read_text(encoding="utf-8"))]
    # Links a reader may follow (<a href>) are not loads; only src= and <link href> load.
    loads = [o for o in offenders if "src" in o.split(":", 1)[1].lower() or "<link" in o]
    assert not loads, loads[:10]
    assert "fonts.googleapis" not in (sites / edition / "index.html").read_text(encoding="utf-8")


def test_offline_edition_uses_local_iframe_worker(sites):
    html = (sites / "default" / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in html
    assert 'src="assets/cmkb/iframe-worker-shim.js"' in html
    assert (sites / "default" / "search" / "search_index.js").is_file()


def test_html_in_values_is_shown_as_text(tmp_path):
    edition = tmp_path / "xss.yml"
    edition.write_text(
        "language: en\ntitle: '<script>alert(1)</script>'\ncompany:\n  name: '<img src=x onerror=alert(1)>'\n"
        "  description: '**bold** [link](javascript:alert(2))'\n", encoding="utf-8")
    run_cmkb("build", str(edition), "--out", str(tmp_path / "site"), check=True)
    html = (tmp_path / "site" / "xss" / "index.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<script>alert(1)" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html and "<strong>bold</strong>" not in html


def test_new_edition_builds_as_written(copy_repo):
    proc = run_cmkb("new", "acme-france", cwd=copy_repo)
    assert proc.returncode == 0, proc.stderr
    text = (copy_repo / "editions" / "acme-france.yml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=edition.schema.json")
    run_cmkb("build", "editions/acme-france.yml", "--out", str(copy_repo / "out"), cwd=copy_repo, check=True)
    assert (copy_repo / "out" / "acme-france" / "index.html").is_file()
    again = run_cmkb("new", "acme-france", cwd=copy_repo)
    assert again.returncode == 1 and "already exists" in again.stderr
    run_cmkb("new", "acme-uk", "--language", "en", cwd=copy_repo, check=True)
    run_cmkb("build", "editions/acme-uk.yml", "--out", str(copy_repo / "out"), cwd=copy_repo, check=True)
    assert '<html lang="en"' in (copy_repo / "out" / "acme-uk" / "index.html").read_text(encoding="utf-8")


def test_schema_files_match_the_code():
    proc = run_cmkb("schema", "--check")
    assert proc.returncode == 0, proc.stderr


def test_reference_lists_every_key_with_default_and_example():
    text = (REPO / "docs" / "edition-reference.md").read_text(encoding="utf-8")
    for key in ("`language`", "`company.name`", "`branding.logo`", "`governance.approvals[].approver`", "`crisis.contacts[].phone`", "`playbooks.exclude`", "`pages[].file`"):
        assert key in text, key
    row = next(l for l in text.splitlines() if l.startswith("| `language` |"))
    assert '`"fr"`' in row and '`"en"`' in row


def test_interrupted_build_leaves_previous_site(tmp_path):
    import time

    edition = tmp_path / "acme.yml"
    out = tmp_path / "site"
    edition.write_text("language: en\ncompany:\n  name: Acme One\n", encoding="utf-8")
    run_cmkb("build", str(edition), "--out", str(out), check=True)
    before = tree_bytes(out / "acme")
    edition.write_text("language: en\ncompany:\n  name: Acme Two\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "cmkb", "build", str(edition), "--out", str(out)], cwd=REPO, env=env, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None and not any(p.name.startswith(".acme.") for p in out.iterdir()):
        time.sleep(0.01)
    time.sleep(0.3)  # let MkDocs write part of the new site
    proc.kill()
    proc.wait()
    after = tree_bytes(out / "acme")
    if proc.returncode == 0:  # finished before the kill: then entirely the new site
        assert all(b"Acme One" not in data for data in after.values())
    else:
        assert after == before, "a killed build changed the published site"
        assert any(b"Acme One" in data for data in after.values())


def test_edition_orders_and_excludes_onboarding_modules(tmp_path):
    edition = tmp_path / "acme.yml"
    edition.write_text("language: en\nonboarding:\n  modules: [crisis, culture, roles]\n  exclude: [roles]\n  pass_mark: 60\n", encoding="utf-8")
    run_cmkb("build", str(edition), "--out", str(tmp_path / "site"), check=True)
    site = tmp_path / "site" / "acme" / "onboarding"
    assert sorted(p.name for p in site.glob("*.html")) == ["certificate.html", "crisis.html", "culture.html", "index.html"]
    overview = (site / "index.html").read_text(encoding="utf-8")
    assert overview.index('data-module="crisis"') < overview.index('data-module="culture"')
    assert 'data-pass-mark="60"' in (site / "crisis.html").read_text(encoding="utf-8")


def test_unknown_onboarding_module_is_refused(tmp_path):
    edition = tmp_path / "acme.yml"
    edition.write_text("language: en\nonboarding:\n  modules:\n    - crisis\n    - culturre\n", encoding="utf-8")
    proc = run_cmkb("check", str(edition))
    assert proc.returncode == 2
    assert "acme.yml:5: no quiz module 'culturre' (did you mean 'culture'?)" in proc.stderr


def test_french_editions_get_the_reference_in_french(sites):
    from cmkb.reference import reference_markdown

    fr = reference_markdown("fr")
    en = reference_markdown("en")
    assert fr.count("\n| `") == en.count("\n| `")  # every key, no description missing (KeyError otherwise)
    html = (sites / "default" / "reference" / "edition.html").read_text(encoding="utf-8")
    assert "Délai visé pour une première réponse publique" in html
    assert "Target delay for a first public answer" in (sites / "harbour-logistics" / "reference" / "edition.html").read_text(encoding="utf-8")
