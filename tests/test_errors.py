"""Bad input: a clear `path:line: message`, exit code 2, no traceback, and nothing lost."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import run_cmkb, tree_bytes

BAD = Path(__file__).parent / "fixtures" / "bad-editions"
CASES = sorted(p.stem for p in BAD.glob("*.yml"))


def _expectations(case: str) -> tuple[str, int, str]:
    header = (BAD / f"{case}.yml").read_text(encoding="utf-8")
    file = re.search(r"^# expect-file: (.+)$", header, re.M)
    m = re.search(r"^# expect: (\d+): (.+)$", header, re.M)
    assert m, f"{case}.yml lacks an '# expect: LINE: message' header"
    rel = file.group(1).replace(f"{case}/", "acme/", 1) if file else "acme.yml"
    return rel, int(m.group(1)), m.group(2)


def test_every_case_names_its_expectation():
    assert len(CASES) >= 12
    for case in CASES:
        _expectations(case)


@pytest.mark.parametrize("case", CASES)
def test_bad_edition_is_refused_and_the_site_is_kept(case, good_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(good_site, site)
    before = tree_bytes(site)
    editions = tmp_path / "editions"
    editions.mkdir()
    shutil.copyfile(BAD / f"{case}.yml", editions / "acme.yml")
    if (BAD / case).is_dir():
        shutil.copytree(BAD / case, editions / "acme")

    proc = run_cmkb("build", str(editions / "acme.yml"), "--out", str(site))

    rel, line, message = _expectations(case)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    located = [l for l in proc.stderr.splitlines() if re.search(rf"{re.escape(rel)}:{line}: ", l)]
    assert located, f"no '{rel}:{line}:' line in:\n{proc.stderr}"
    alternatives = [alt.strip() for alt in re.split(r"\(or: ([^)]*)\)", message) if alt.strip()]
    assert any(alt.rstrip(".") in l for l in located for alt in alternatives), proc.stderr
    assert tree_bytes(site) == before, "a failed build changed the previous site"
    assert not [p for p in site.iterdir() if p.name.startswith(".")], "temporary folder left behind"


@pytest.mark.parametrize("case", ["unknown-key", "undefined-variable"])
def test_check_reports_the_same_without_writing(case, tmp_path):
    editions = tmp_path / "editions"
    editions.mkdir()
    shutil.copyfile(BAD / f"{case}.yml", editions / "acme.yml")
    if (BAD / case).is_dir():
        shutil.copytree(BAD / case, editions / "acme")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    proc = run_cmkb("check", str(editions / "acme.yml"))
    rel, line, _ = _expectations(case)
    assert proc.returncode == 2
    assert f"{rel}:{line}: " in proc.stderr.replace(str(editions) + "/", "")
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_every_problem_is_reported_at_once(tmp_path):
    edition = tmp_path / "acme.yml"
    edition.write_text("langage: fr\ncompany:\n  nmae: Acme\nbranding:\n  primary: tael\n", encoding="utf-8")
    proc = run_cmkb("check", str(edition))
    assert proc.returncode == 2
    lines = [l for l in proc.stderr.splitlines() if "acme.yml:" in l]
    assert [l.split("acme.yml:")[1].split(":")[0] for l in lines] == ["1", "3", "5"], proc.stderr
    assert "did you mean 'language'?" in lines[0]
    assert "did you mean 'name'?" in lines[1]
    assert "did you mean 'teal'?" in lines[2]


def test_one_failing_edition_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.yml"
    good.write_text("language: en\n", encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad.write_text("language: de\n", encoding="utf-8")
    proc = run_cmkb("build", str(bad), str(good), "--out", str(tmp_path / "site"), "--jobs", "2")
    assert proc.returncode == 2
    assert (tmp_path / "site" / "good" / "index.html").is_file()
    assert not (tmp_path / "site" / "bad").exists()
    assert "bad.yml:1: unknown language 'de'" in proc.stderr
    assert "1 of 2 edition(s) built" in proc.stderr


def test_undefined_variable_in_a_playbook_names_the_file_and_line(copy_repo):
    page = copy_repo / "playbooks" / "en" / "crisis" / "escalation.md"
    lines = page.read_text(encoding="utf-8").split("\n")
    lines.insert(20, "Call {{ crisis.hotline }} first.")
    page.write_text("\n".join(lines), encoding="utf-8")
    proc = run_cmkb("build", "editions/harbour-logistics.yml", "--out", "out", cwd=copy_repo)
    assert proc.returncode == 2
    assert "playbooks/en/crisis/escalation.md:21: 'crisis' has no attribute 'hotline'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_template_syntax_error_in_a_partial_names_the_partial(copy_repo):
    partial = copy_repo / "playbooks" / "fr" / "_partials" / "networks.md"
    partial.write_text(partial.read_text(encoding="utf-8").replace("{% endfor %}", "{% endfro %}", 1), encoding="utf-8")
    proc = run_cmkb("check", cwd=copy_repo)
    assert proc.returncode == 2
    assert re.search(r"playbooks/fr/_partials/networks\.md:\d+: template syntax", proc.stderr), proc.stderr


def test_override_replaces_a_playbook_page(tmp_path):
    (tmp_path / "acme" / "pages").mkdir(parents=True)
    (tmp_path / "acme" / "pages" / "first-hour.md").write_text("# Our first hour\n\nCall {{ crisis.decision_owner.role }} at once.\n", encoding="utf-8")
    edition = tmp_path / "acme.yml"
    edition.write_text("language: en\ncrisis:\n  decision_owner: {role: Duty director}\noverrides:\n  crisis/first-hour: pages/first-hour.md\n", encoding="utf-8")
    proc = run_cmkb("build", str(edition), "--out", str(tmp_path / "site"), check=True)
    assert re.search(r"playbooks/en/crisis/\S+\.md:\d+: warning: links to '#[a-z-]+', which .*first-hour\.md \(an override\) lacks", proc.stderr), proc.stderr
    html = (tmp_path / "site" / "acme" / "crisis" / "first-hour.html").read_text(encoding="utf-8")
    assert "Our first hour" in html and "Call Duty director at once." in html
    assert "Pause every scheduled post" not in html


def test_broken_section_link_in_a_playbook_names_the_file_and_line(copy_repo):
    page = copy_repo / "playbooks" / "fr" / "crisis" / "escalation.md"
    text = page.read_text(encoding="utf-8")
    text = text.rstrip("\n") + "\n\nVoir [la première heure](first-hour.md#pause-scheduled-post).\n"
    page.write_text(text, encoding="utf-8")
    line = text.count("\n")
    proc = run_cmkb("check", cwd=copy_repo)
    assert proc.returncode == 2
    pattern = rf"playbooks/fr/crisis/escalation\.md:{line}: link to 'first-hour\.md#pause-scheduled-post': no such section \(did you mean 'pause-scheduled-posts'\?\)"
    assert re.search(pattern, proc.stderr), proc.stderr
