"""Build editions: one at a time or many in parallel processes (MkDocs is not thread-safe)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from .advice import edition_warnings
from .edition import Edition, load_edition, load_editions
from .errors import EXIT_FAILURE, EXIT_INVALID, InvalidInput
from .model import Project
from .outputs.mkdocs import BuildFailed, build_site
from .project import assemble
from .yamlsrc import Located


@dataclass
class Result:
    """What became of one edition's build."""

    edition: str
    exit_code: int
    seconds: float
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    output: str = ""

    @property
    def ok(self) -> bool:
        return self.exit_code == 0


def prepare(path: Path, language: str | None = None) -> Project:
    """Load, validate and assemble one edition in ``language`` (default: its main one); no MkDocs involved."""
    edition, src = load_edition(path, language)
    return _assembled(edition, src)


def prepare_all(path: Path) -> list[Project]:
    """One project per language of the edition, the main one first; every problem of every language at once."""
    projects, problems = [], []
    for edition, src in load_editions(path):
        try:
            projects.append(_assembled(edition, src))
        except InvalidInput as exc:
            problems += [p for p in exc.problems if p not in problems]
    if problems:
        raise InvalidInput(problems)
    return projects


def _assembled(edition: Edition, src: Located) -> Project:
    project = assemble(edition, src)
    project.warnings += edition_warnings(edition, src, project)
    return project


def warnings_of(projects: list[Project]) -> list[str]:
    """The warnings of every language, each once."""
    return list(dict.fromkeys(str(w) for p in projects for w in p.warnings))


def build_one(path: Path, out_root: Path) -> Result:
    """Build one edition (every language of it); never raises, so one failure never stops the others."""
    start = time.perf_counter()
    name = path.stem
    try:
        projects = prepare_all(path)
        target = build_site(projects, out_root)
    except InvalidInput as exc:
        return Result(name, EXIT_INVALID, time.perf_counter() - start, [str(p) for p in exc.problems])
    except BuildFailed as exc:
        return Result(name, EXIT_FAILURE, time.perf_counter() - start, [f"{path}: MkDocs refused the site: {exc}"])
    except Exception as exc:
        return Result(name, EXIT_FAILURE, time.perf_counter() - start, [f"{path}: {type(exc).__name__}: {exc}"])
    return Result(name, 0, time.perf_counter() - start, warnings=warnings_of(projects), output=str(target))


def build_many(
    paths: Iterable[Path],
    out_root: Path,
    jobs: int | None = None,
    on_done: Callable[[Result, int, int], None] | None = None,
) -> list[Result]:
    """Build editions in ``jobs`` processes (default: one per CPU); results in input order."""
    paths = list(paths)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(paths) or 1))
    results: dict[Path, Result] = {}
    if jobs == 1:
        for path in paths:
            results[path] = build_one(path, out_root)
            if on_done:
                on_done(results[path], len(results), len(paths))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(build_one, path, out_root): path for path in paths}
            for future in as_completed(futures):
                path = futures[future]
                results[path] = future.result()
                if on_done:
                    on_done(results[path], len(results), len(paths))
    return [results[p] for p in paths]


def shard_of(paths: Iterable[Path], index: int, total: int) -> list[Path]:
    """Share ``index`` of ``total`` (1-based) of the editions, for ``total`` CI jobs that build them all.

    Round-robin over the editions sorted by id: the k-th edition (from 0) goes to share
    ``k % total + 1``. Every edition lands in exactly one share, shares differ in size by at
    most one, and the result depends only on the set of ids, not on the order given or on
    the machine. Every job must select the same editions (``--all``, or the same list).
    """
    if not 1 <= index <= total:
        raise ValueError(f"share {index} of {total} does not exist")
    ordered = sorted(paths, key=lambda p: (p.stem, str(p)))
    return ordered[index - 1 :: total]


def exit_code(results: list[Result]) -> int:
    """0 when all built; 2 when every failure is invalid input; 1 otherwise."""
    failed = [r for r in results if not r.ok]
    if not failed:
        return 0
    return EXIT_INVALID if all(r.exit_code == EXIT_INVALID for r in failed) else EXIT_FAILURE
