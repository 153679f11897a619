"""Owners and feedback: each page names its owner and review date; "Suggest a change" is a pre-filled link."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

from conftest import REPO

from cmkb.playbooks import split_front_matter

_META = re.compile(r'<p class="cmkb-page-meta"[^>]*>(.*?)</p>', re.S)


def _front(rel: str) -> dict:
    path = REPO / "playbooks" / rel
    return split_front_matter(path.read_text(encoding="utf-8"), path)[0]


def _meta_line(page: str) -> str:
    found = _META.findall(page)
    assert len(found) == 1, "one closing line per page"
    return found[0]


def test_owner_and_review_date_in_the_pages_language(sites):
    for edition, lang, date in (("default", "fr", "%d/%m/%Y"), ("harbour-logistics", "en", "%Y-%m-%d")):
        front = _front(f"{lang}/crisis/first-hour.md")
        line = html.unescape(_meta_line((sites / edition / "crisis/first-hour.html").read_text(encoding="utf-8")))
        owner = "Responsable : " if lang == "fr" else "Owner: "
        review = "À relire avant le " if lang == "fr" else "Review by "
        assert owner + front["owner"] in line, line
        assert review + front["review_by"].strftime(date) in line, line


def test_no_feedback_link_unless_the_edition_sets_one(sites):
    line = _meta_line((sites / "default" / "crisis/first-hour.html").read_text(encoding="utf-8"))
    assert "<a " not in line


def _links(page: str) -> dict[str, str]:
    return {html.unescape(text): html.unescape(href) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', _meta_line(page))}


def test_suggest_a_change_opens_a_prefilled_issue(sites):
    page = (sites / "harbour-logistics" / "crisis/first-hour.html").read_text(encoding="utf-8")
    href = _links(page)["Suggest a change"]
    url = urlsplit(href)
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://gitlab.example.co.uk/comms/social-media-handbook/-/issues/new"
    assert "Suggestion%3A%20The%20first%20hour" in url.query  # encoded, spaces as %20
    query = parse_qs(url.query)
    assert query["issue[title]"] == ["Suggestion: The first hour"]
    description = query["issue[description]"][0]
    assert "https://intranet.harbour-logistics.example/social-media/crisis/first-hour.html" in description
    assert "Edit this page" not in _links(page), "a playbook page is not the company's to edit"


def test_company_pages_link_to_their_file_in_the_repository(sites):
    page = (sites / "harbour-logistics" / "crisis/disruption-notices.html").read_text(encoding="utf-8")
    assert _links(page)["Edit this page"] == (
        "https://gitlab.example.co.uk/comms/social-media-handbook/-/edit/main/editions/harbour-logistics/pages/disruption-notices.md"
    )


def test_mailto_feedback_is_prefilled_and_encoded(sites):
    page = (sites / "atelier-lenoir" / "crisis/first-hour.html").read_text(encoding="utf-8")
    href = _links(page)["Proposer une modification"]
    assert href.startswith("mailto:communication@example.fr?subject=Suggestion%20%3A%20La%20premi%C3%A8re%20heure&body=")
    body = parse_qs(urlsplit(href).query)["body"][0]
    assert "La première heure" in body and "crisis/first-hour.html" in body


def test_feedback_links_are_built_for_github_too():
    from cmkb.feedback import feedback_link
    from cmkb.i18n import texts

    href = feedback_link("https://github.com/acme/handbook/issues/new", "A & B?", "https://x.example/a.html", texts("en"))
    query = parse_qs(urlsplit(href).query)
    assert query["title"] == ["Suggestion: A & B?"]
    assert "https://x.example/a.html" in query["body"][0]
