"""The package's shape: no import cycle, and the core never imports the engine."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "cmkb"
# the modules that may know MkDocs and Material: the adapter, its live preview, and the
# orchestrators that call it
ENGINE_SIDE = {"cmkb.outputs.mkdocs", "cmkb.outputs.serve", "cmkb.builder", "cmkb.cli", "cmkb.__main__"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(REPO).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every module this file imports (relative imports resolved), at any depth of the file."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.add(target)
            out.update(f"{target}.{alias.name}" for alias in node.names)
    return out


def graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {i for i in _imports(path) if i in modules and i != name} for name, path in modules.items()}


def test_the_import_graph_has_no_cycle():
    edges = graph()
    # a package importing its own submodules is not a cycle of modules
    edges = {m: {t for t in ts if not t.startswith(m + ".")} for m, ts in edges.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt) :] + [nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert not cycles, cycles


def test_core_modules_never_import_mkdocs_or_material():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module_name(path)
        if name in ENGINE_SIDE:
            continue
        engine = sorted(i for i in _imports(path) if i.split(".")[0] in ("mkdocs", "material"))
        if engine:
            offenders[name] = engine
    assert not offenders
    # and the checker sees what it must: the adapter does import MkDocs
    assert any(i.startswith("mkdocs") for i in _imports(PACKAGE / "outputs" / "mkdocs.py"))


def test_the_cycle_finder_finds_a_cycle(monkeypatch):
    """The finder itself works: a graph with a cycle is reported."""
    fake = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    monkeypatch.setattr(__import__(__name__), "graph", lambda: fake)
    try:
        test_the_import_graph_has_no_cycle()
    except AssertionError:
        return
    raise AssertionError("a cycle a → b → c → a went unnoticed")
