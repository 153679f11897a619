"""The closing lines of a page: its owner, its review date, and links to suggest or make a change.

Links only: the site sends nothing. Every value is escaped here; the addresses were validated with the
edition (``site.feedback``, ``site.repo_url``, ``site.edit_path``: https or mailto, nothing else).
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
from urllib.parse import quote, urlencode, urlsplit

from .edition import Edition
from .i18n import Texts


def page_address(edition: Edition, doc_path: str) -> str:
    """Where a page is read: under ``site.url`` when the edition gives it, else its path in the site."""
    path = posixpath.splitext(doc_path)[0] + ".html"
    return edition.site.url.rstrip("/") + "/" + path if edition.site.url else path


def feedback_link(feedback: str, title: str, address: str, words: Texts) -> str:
    """The "Suggest a change" address, pre-filled with the page's title and address, URL-encoded."""
    subject = words.page.feedback_subject.format(title=title)
    body = words.page.feedback_body.format(title=title, address=address)
    if feedback.lower().startswith("mailto:"):
        base, _, query = feedback.partition("?")
        extra = urlencode({"subject": subject, "body": body}, quote_via=quote)
        return f"{base}?{query + '&' if query else ''}{extra}"
    host = urlsplit(feedback).hostname or ""
    # GitHub reads title= and body=; GitLab (and what follows its routes) issue[title]= and issue[description]=
    keys = (
        ("title", "body")
        if host == "github.com" or host.endswith(".github.com")
        else ("issue[title]", "issue[description]")
    )
    extra = urlencode({keys[0]: subject, keys[1]: body}, quote_via=quote)
    return f"{feedback}{'&' if '?' in feedback else '?'}{extra}"


def edit_link(edition: Edition, edition_id: str, file: str) -> str:
    """The "Edit this page" address of one of the edition's own files."""
    path = edition.site.edit_path.replace("{edition}", quote(edition_id)).replace("{file}", quote(file))
    return edition.site.repo_url.rstrip("/") + "/" + path.lstrip("/")


def page_footer(
    words: Texts,
    owner: str,
    review_by: dt.date | None,
    feedback: str = "",
    edit: str = "",
) -> str:
    """The HTML block closing a page (raw HTML in Markdown: everything escaped)."""
    facts = [html.escape(words.page.owner.format(owner=owner))]
    if review_by:
        facts.append(html.escape(words.page.review_by.format(date=words.date(review_by))))
    links = []
    if feedback:
        links.append(f'<a href="{html.escape(feedback)}">{html.escape(words.page.suggest)}</a>')
    if edit:
        links.append(f'<a href="{html.escape(edit)}">{html.escape(words.page.edit)}</a>')
    line = " · ".join(facts)
    if links:
        line += ' <span class="cmkb-no-print cmkb-feedback">· ' + " · ".join(links) + "</span>"
    return f'\n\n<p class="cmkb-page-meta" data-search-exclude>{line}</p>\n'
