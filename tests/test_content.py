"""The content covers the topics of the seed articles (content-anchors.md, marked S), in both languages,
and reads well whatever an edition leaves unset."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

# anchor number in content-anchors.md → page, and a pattern per language that the page must contain
ANCHORS = {
    1: ("culture/what-social-media-changes", r"form(er|ation)", r"train"),
    2: ("governance/sponsorship-and-knowledge", r"sponsor", r"sponsor"),
    3: ("culture/department-strategies", r"ressources humaines", r"human resources"),
    4: ("culture/values-and-voice", r"valeurs", r"values"),
    5: ("culture/spontaneity-and-control", r"écout", r"listen"),
    6: ("culture/spontaneity-and-control", r"spontan", r"spontane"),
    7: ("culture/learning-from-failure", r"test", r"test"),
    8: ("culture/learning-from-failure", r"community manager", r"community manager"),
    9: ("culture/everyone-carries-the-brand", r"image", r"image"),
    10: ("governance/decision-rights", r"qui décide", r"who decides"),
    12: ("governance/decision-rights", r"RACI", r"RACI"),
    13: ("governance/approval-workflow", r"agence", r"agency"),
    14: ("governance/approval-workflow", r"autonom", r"alone|autonom"),
    15: ("governance/approval-workflow", r"délai", r"within|delay"),
    17: ("governance/editorial-charter", r"charte graphique", r"graphic|brand guidelines"),
    18: ("governance/sponsorship-and-knowledge", r"objectifs", r"objectives"),
    20: ("governance/decision-rights", r"diffuseur|diffusion", r"broadcast"),
    21: ("crisis/do-and-dont", r"vite|rapid", r"speed|fast"),
    22: ("crisis/do-and-dont", r"stagiaire", r"intern"),
    26: ("crisis/first-hour", r"programm", r"scheduled"),
    28: ("crisis/after-the-crisis", r"retour d.expérience|bilan", r"review"),
    29: ("roles/neighbouring-roles", r"webmaster", r"webmaster"),
    30: ("roles/community-manager", r"8 septembre 2013", r"8 September 2013"),
    31: ("roles/community-manager", r"six missions", r"six missions"),
    32: ("roles/neighbouring-roles", r"lead nurturing", r"lead nurturing"),
    33: ("roles/not-an-intern", r"454", r"454"),
    36: ("roles/in-house-or-agency", r"agence", r"agency"),
    37: ("measurement/roi-and-roe", r"ROE", r"ROE"),
    38: ("measurement/kpi-definitions", r"× 100|x 100", r"× 100|x 100"),
    40: ("measurement/roi-and-roe", r"leads? qualifiés?|contacts? qualifiés?", r"qualified leads?"),
    41: ("measurement/kpi-definitions", r"temps de réponse|délai de (première )?réponse", r"response time"),
    43: ("governance/legal-essentials", r"veille juridique", r"legal watch"),
}


@pytest.mark.parametrize("anchor", sorted(ANCHORS))
def test_seed_topic_is_covered_in_both_languages(anchor):
    page, fr, en = ANCHORS[anchor]
    for lang, pattern in (("fr", fr), ("en", en)):
        text = (REPO / "playbooks" / lang / f"{page}.md").read_text(encoding="utf-8")
        assert re.search(pattern, text, re.I), f"anchor {anchor}: /{pattern}/ not in {lang}/{page}.md"


def test_unset_values_leave_no_empty_cell_or_dangling_text(sites):
    for path in (sites / "default").rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        article = html.split("<article", 1)[-1].split("</article>", 1)[0]
        assert not re.search(r"<td>\s*</td>", article), f"{path.name}: empty table cell"
        assert "None" not in re.sub(r"<[^>]+>", " ", article), f"{path.name}: 'None' in the text"
        assert "{{" not in article and "{%" not in article, path.name


def test_glossary_terms_become_tooltips(sites):
    html = (sites / "default" / "measurement" / "roi-and-roe.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">ROE</abbr>', html)
    glossary = (sites / "default" / "reference" / "glossary.html").read_text(encoding="utf-8")
    assert glossary.count("<dt>") >= 40


def test_cases_are_listed_by_tag_with_the_company_cases(sites):
    html = (sites / "atelier-lenoir" / "cases" / "index.html").read_text(encoding="utf-8")
    by_tag = html.split('id="by-tag"', 1)[1]
    assert by_tag.count("<h3") >= 5
    assert 'href="cas-avis-google.html"' in by_tag  # the edition's own case, under its tags
    assert 'href="hijacked-account.html"' in by_tag


SEEDS = REPO.parent / "shared" / "seeds"


def _ngrams(text: str, n: int = 12) -> set[tuple[str, ...]]:
    # Twelve words in a row: shorter shared runs are the seeds' enumerations of terms
    # ("la stratégie marketing, la stratégie de marketing entrant..."), facts carried over.
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles live beside the repository, in shared/seeds")
def test_no_sentence_is_taken_from_the_seed_articles():
    seeds = set()
    for path in SEEDS.glob("*.txt"):
        seeds |= _ngrams(path.read_text(encoding="utf-8"))
    copied = {}
    for path in (REPO / "playbooks" / "fr").rglob("*.md"):
        shared = _ngrams(path.read_text(encoding="utf-8")) & seeds
        if shared:
            copied[path.name] = [" ".join(g) for g in sorted(shared)][:3]
    assert not copied, copied
