"""Fuzzing untrusted editions (issue 7): `cmkb check` on generated editions, front matter and pages.

Each example must end in exit 0 or 2, never a traceback, within a time bound. The seed is
fixed (derandomize) and the number of examples keeps the test near a minute on two cores.
Memory: aliases, the only way a small YAML file grows large, are refused before any expansion
(tests/test_security.py measures an alias bomb); nesting is capped at 20 levels.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import yaml
from conftest import run_cmkb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HOSTILE = [
    "{{", "}}", "{%", "%}", "{#", "{##", "[", "]", "](", ".md)", "](x.md#a)", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "javascript:", "---\n", "\n", "\r", "\x00", "\x1b", "\u2028", "# ", "## ",
    "&", "*", "&a ", "*a", "{{ company.name }}", "{% include '_partials/networks.md' %}", "{{ range(99999999) }}",
    "{{ ''.__class__ }}", "{% for i in range(3) %}x{% endfor %}", "{{ 'x' * 9999999999 }}", "\\", "`", "|", ":",
    "é", "🚀", "\u202e", " ", "\t", "- ", "? ", "!!python/object:os.system", "%", "{#id}",
]
pieces = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))
page_text = st.lists(pieces, max_size=40).map("".join)
scalar = st.one_of(st.text(max_size=30), pieces, st.integers(-(10**20), 10**20), st.booleans(), st.none(), st.floats())
nested = st.recursive(
    scalar, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=30
)
deep = st.integers(1, 30).map(lambda n: "x: " + "[" * n + "1" + "]" * n + "\n")

edition = st.fixed_dictionaries(
    {"language": st.sampled_from(["en", "fr", "de", ""])},
    optional={
        "title": scalar,
        "company": st.fixed_dictionaries({}, optional={"name": scalar, "values": st.lists(scalar, max_size=3), "tone": scalar}),
        "crisis": st.fixed_dictionaries({}, optional={"contacts": st.lists(st.dictionaries(st.sampled_from(["role", "name", "phone", "email"]), scalar), max_size=2)}),
        "governance": nested,
        "pages": st.just([{"file": "page.md"}]),
        "overrides": st.just({"crisis/first-hour": "page.md"}),
        "branding": st.fixed_dictionaries({}, optional={"logo": st.sampled_from(["page.md", "logo.svg", "../x", "/etc/passwd"]), "primary": scalar}),
        "extra": nested,
    },
)


def _dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@settings(
    max_examples=35,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(
    data=edition,
    raw=st.one_of(st.just(""), page_text, deep),
    front=st.one_of(st.none(), st.dictionaries(st.sampled_from(["title", "tags", "id", "case", "review_by", "x"]), nested, max_size=3)),
    body=page_text,
)
def test_check_never_crashes_on_untrusted_editions(data, raw, front, body):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "acme").mkdir()
        page = ("---\n" + _dump(front) + "---\n" if front is not None else "") + body
        (root / "acme" / "page.md").write_text(page, encoding="utf-8", errors="surrogatepass")
        (root / "acme" / "logo.svg").write_text(body, encoding="utf-8", errors="surrogatepass")
        (root / "acme.yml").write_text(_dump(data) + raw, encoding="utf-8", errors="surrogatepass")
        start = time.perf_counter()
        proc = run_cmkb("check", str(root / "acme.yml"))
        elapsed = time.perf_counter() - start
    assert proc.returncode in (0, 2), proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert elapsed < 30, f"check took {elapsed:.1f} s"
