#!/usr/bin/env python3
"""French typography in the French playbooks: a non-breaking space before : ; ? ! and inside « ».

    .venv/bin/python scripts/french_spacing.py          # rewrite the files
    .venv/bin/python scripts/french_spacing.py --check  # list what would change, exit 1 if anything

Leaves front matter, fenced code, inline code, Jinja tags and link targets alone.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

NBSP = "\u00a0"
ROOT = Path(__file__).resolve().parent.parent / "playbooks" / "fr"
_PROTECT = re.compile(r"`[^`\n]*`|\{[{%#].*?[}%#]\}|\]\([^)\s]*\)|https?://\S+")
_BEFORE = re.compile(r"(?<=[^\s|]) ([:;?!])(?=\s|$|[»)*_\]])")


def fix_line(line: str) -> str:
    kept: list[str] = []

    def hold(m: re.Match) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    text = _PROTECT.sub(hold, line)
    text = _BEFORE.sub(lambda m: NBSP + m.group(1), text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


def fix(text: str) -> str:
    out, in_front, in_code = [], text.startswith("---\n"), False
    for n, line in enumerate(text.split("\n")):
        if in_front:
            out.append(line)
            in_front = not (n > 0 and line.strip() == "---")
            continue
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        out.append(line if in_code or line.lstrip().startswith(("!!!", "???")) else fix_line(line))
    return "\n".join(out)


def main() -> int:
    check = "--check" in sys.argv
    changed = []
    for path in sorted(ROOT.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        new = fix(text)
        if new != text:
            changed.append(path)
            if not check:
                path.write_text(new, encoding="utf-8")
    for path in changed:
        print(path.relative_to(ROOT.parent.parent))
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
