"""LMS exports: well-formed files with the bank's questions, answers and fractions."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_cmkb
from quizdriver import QuizDriver

EDITION = "editions/harbour-logistics.yml"


def _banks() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((REPO / "quizzes").glob("*.yml"))}


def _expected_fractions(q: dict) -> list[float]:
    flags = [bool(a.get("correct")) for a in q["answers"]]
    if q["type"] == "single":
        return [100.0 if f else 0.0 for f in flags]
    if q["type"] == "multiple":
        share = 100.0 / sum(flags)
        return [share if f else -share for f in flags]
    return [float(i + 1) for i in range(len(flags))]  # ordering: the position


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("exports")
    for fmt in ("moodle", "gift", "qti", "scorm"):
        run_cmkb("export", EDITION, "--format", fmt, "--out", str(out / f"quiz.{fmt}"), check=True)
    return out


def test_moodle_xml_has_every_question_with_the_bank_fractions(exports):
    root = ET.parse(exports / "quiz.moodle").getroot()
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    banks = _banks()
    assert len(questions) == sum(len(b["questions"]) for b in banks.values())
    for q in questions:
        module, qid = q.findtext("name/text").split("/")
        bank_q = next(x for x in banks[module]["questions"] if x["id"] == qid)
        assert q.get("type") == ("ordering" if bank_q["type"] == "sequence" else "multichoice")
        fractions = [float(a.get("fraction")) for a in q.findall("answer")]
        assert fractions == pytest.approx(_expected_fractions(bank_q), abs=1e-4), qid
        if bank_q["type"] == "single":
            assert q.findtext("single") == "true"
        texts = [a.findtext("text") for a in q.findall("answer")]
        assert len(set(texts)) == len(texts)


def test_moodle_texts_are_in_the_edition_language_with_its_values(exports):
    import html

    root = ET.parse(exports / "quiz.moodle").getroot()
    texts = {q.findtext("name/text"): html.unescape(q.findtext("questiontext/text")) for q in root.findall("question") if q.get("type") != "category"}
    banks = _banks()
    plain = [(m, q) for m, b in banks.items() for q in b["questions"] if "{{" not in q["question"]["en"]]
    templated = [(m, q) for m, b in banks.items() for q in b["questions"] if "{{" in q["question"]["en"]]
    assert plain and templated
    for m, q in plain:
        assert texts[f"{m}/{q['id']}"] == " ".join(q["question"]["en"].split())
    for m, q in templated:
        rendered = texts[f"{m}/{q['id']}"]
        assert "{{" not in rendered
        before = q["question"]["en"].split("{{")[0].strip()
        assert rendered.startswith(" ".join(before.split()))


def test_gift_has_every_question_and_right_answers(exports):
    text = (exports / "quiz.gift").read_text(encoding="utf-8")
    banks = _banks()
    heads = re.findall(r"^::([a-z0-9-]+)/([a-z0-9-]+)::", text, re.M)
    assert len(heads) == sum(len(b["questions"]) for b in banks.values())
    blocks = re.split(r"^::", text, flags=re.M)[1:]
    for block in blocks:
        module, qid = block.split("::", 1)[0].split("/")
        bank_q = next(x for x in banks[module]["questions"] if x["id"] == qid)
        if bank_q["type"] == "single":
            assert len(re.findall(r"^\t=", block, re.M)) == 1
        elif bank_q["type"] == "multiple":
            marks = [float(m) for m in re.findall(r"^\t~%(-?[0-9.]+)%", block, re.M)]
            assert marks == pytest.approx(_expected_fractions(bank_q), abs=1e-4)
        else:
            assert block.count(" -> ") == len(bank_q["answers"])


def test_qti_zip_is_well_formed(exports):
    with zipfile.ZipFile(exports / "quiz.qti") as zf:
        assert zf.testzip() is None
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
        hrefs = [r.get("href") for r in manifest.iter("{http://www.imsglobal.org/xsd/imscp_v1p1}resource")]
        assert len(hrefs) == len(_banks())
        total = 0
        for href in hrefs:
            root = ET.fromstring(zf.read(href))
            items = list(root.iter("item"))
            total += len(items)
            for item in items:
                assert item.find("presentation/response_lid") is not None
                assert item.find("resprocessing/respcondition/setvar").text == "100"
        assert total == sum(len(b["questions"]) for b in _banks().values())


def test_exports_are_deterministic(exports, tmp_path):
    for fmt in ("moodle", "scorm"):
        run_cmkb("export", EDITION, "--format", fmt, "--out", str(tmp_path / fmt), check=True)
        assert (tmp_path / fmt).read_bytes() == (exports / f"quiz.{fmt}").read_bytes()


def test_scorm_manifest(exports):
    with zipfile.ZipFile(exports / "quiz.scorm") as zf:
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
        ns = {"c": "http://www.imsproject.org/xsd/imscp_rootv1p1p2", "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2"}
        assert manifest.findtext("c:metadata/c:schemaversion", namespaces=ns) == "1.2"
        items = manifest.findall("c:organizations/c:organization/c:item", ns)
        assert [i.get("identifier") for i in items] == [f"item-{m}" for m in sorted(_banks(), key=lambda m: (_banks()[m].get("order", 100), m))]
        for res in manifest.findall("c:resources/c:resource", ns):
            assert res.get("{http://www.adlnet.org/xsd/adlcp_rootv1p2}scormtype") == "sco"
            for f in res.findall("c:file", ns):
                assert f.get("href") in zf.namelist()


STUB_LMS = """
window.__calls = [];
window.API = {
  LMSInitialize: function (a) { __calls.push(["LMSInitialize", a]); return "true"; },
  LMSSetValue: function (k, v) { __calls.push(["LMSSetValue", k, v]); return "true"; },
  LMSGetValue: function (k) { __calls.push(["LMSGetValue", k]); return ""; },
  LMSCommit: function (a) { __calls.push(["LMSCommit", a]); return "true"; },
  LMSFinish: function (a) { __calls.push(["LMSFinish", a]); return "true"; },
  LMSGetLastError: function () { return "0"; },
  LMSGetErrorString: function () { return ""; },
  LMSGetDiagnostic: function () { return ""; }
};
"""


@pytest.mark.browser
@pytest.mark.parametrize("right,status", [(True, "passed"), (False, "failed")])
def test_scorm_package_reports_to_the_lms(right, status, exports, browser, tmp_path):
    with zipfile.ZipFile(exports / "quiz.scorm") as zf:
        zf.extractall(tmp_path)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(STUB_LMS)
        page.goto((tmp_path / "crisis.html").as_uri())
        QuizDriver(page, "en", selector="#quiz").take(right=right)
        calls = page.evaluate("() => window.__calls")
    finally:
        context.close()
    names = [c[0] for c in calls]
    assert names[0] == "LMSInitialize" and names[-1] == "LMSFinish"
    values = {c[1]: c[2] for c in calls if c[0] == "LMSSetValue"}
    assert values["cmi.core.lesson_status"] == status
    score = int(values["cmi.core.score.raw"])
    assert (score == 100) if right else (score < 80)
