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


# C0 and C1 controls, DEL, line and paragraph separators, lone surrogates and the two
# non-characters XML refuses: none belongs in an edition's text (tabs neither: they are layout)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def text_problem(text: str, multiline: bool = False) -> str | None:
    """Why ``text`` cannot stand in a one-line (or, with ``multiline``, a paragraph) field, or None."""
    for m in _CONTROL.finditer(text):
        ch = m.group(0)
        if ch == "\n" and multiline:
            continue
        if ch in "\r\n\u2028\u2029":
            return "holds a line break; write it on one line"
        return f"holds the control character U+{ord(ch):04X}; remove it"
    return None
