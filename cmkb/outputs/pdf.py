"""The handbook as a PDF: the site's print page (``print.html``) printed by Chromium through Playwright.

Playwright is optional (``pip install "cmkb[pdf]"``) and imported only here, when a PDF is asked for;
Chromium is the system's (``apt-get install chromium``), or the one ``CMKB_CHROMIUM`` names.
"""

from __future__ import annotations

import html
import importlib.util
import os
from pathlib import Path

_INSTALL = "install them with `pip install playwright` and `apt-get install chromium` (or set CMKB_CHROMIUM to Chromium's path)"
_FOOTER = (
    '<div style="font-size:8px;width:100%;margin:0 12mm;display:flex;justify-content:space-between;color:#555">'
    '<span>{title}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
)


class PdfUnavailable(Exception):
    """Playwright or Chromium is missing: the message says what to install."""


def chromium_path() -> Path:
    """The Chromium to print with; raise :class:`PdfUnavailable` when it or Playwright is missing."""
    if importlib.util.find_spec("playwright") is None:
        raise PdfUnavailable(f"a PDF needs Playwright and Chromium; Playwright is not installed: {_INSTALL}")
    path = Path(os.environ.get("CMKB_CHROMIUM", "/usr/bin/chromium"))
    if not path.is_file():
        raise PdfUnavailable(f"a PDF needs Playwright and Chromium; no Chromium at {path}: {_INSTALL}")
    return path


def print_to_pdf(page_file: Path, out: Path, title: str, chromium: Path) -> None:
    """Print one built page to an A4 PDF with page numbers in the footer."""
    from playwright.sync_api import sync_playwright  # optional: only a PDF needs it

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(chromium),
            args=["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--no-first-run"],
        )
        try:
            context = browser.new_context()
            # the site loads nothing from outside; a stray request must not hang the print
            context.route(lambda url: not url.startswith("file://"), lambda route: route.abort())
            page = context.new_page()
            page.goto(page_file.resolve().as_uri(), wait_until="load", timeout=120_000)
            page.emulate_media(media="print")
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
            partial = out.with_name(f".{out.name}.partial")
            page.pdf(
                path=str(partial),
                format="A4",
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=_FOOTER.format(title=html.escape(title)),
                margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
            )
            os.replace(partial, out)
        finally:
            browser.close()
