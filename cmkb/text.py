"""Small text helpers shared by the core: one line, Markdown-safe values."""

from __future__ import annotations

import json
import re
from typing import Any

from markupsafe import Markup

# Characters that would turn a value into Markdown markup: written as entities they
# show as themselves (HTML-escaping alone would let `*bold*` or `[x](y)` through).
_ESCAPES = {c: f"&#{ord(c)};" for c in "\\`*_[]{}|#!~"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def one_line(text: Any) -> str:
    """Text on one line: every run of white space becomes one space."""
    return re.sub(r"\s+", " ", str(text)).strip()


def md_escape(value: Any) -> Markup:
    """Escape a value for Markdown that may hold HTML: it shows as the text it is."""
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    return Markup("".join(_ESCAPES.get(c, c) for c in text))


def script_json(data: Any) -> str:
    """JSON to place inside a ``<script type="application/json">`` element: it cannot close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
