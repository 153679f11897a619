#!/usr/bin/env python3
"""Benchmark: cmkb build against plain `mkdocs build`, and many editions at once.

Prints, for the default edition, the best-of-N wall time of `cmkb build` and of plain
`mkdocs build` on the project `cmkb render` writes (the overhead of cmkb itself), then the
time to build N copies of the example editions with --jobs 1 and with every core.

    .venv/bin/python scripts/bench_build.py [--repeat 3] [--editions 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1767225600"}


def timed(cmd: list[str], cwd: Path = REPO) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--editions", type=int, default=20)
    args = ap.parse_args()
    cmkb, mkdocs = str(BIN / "cmkb"), str(BIN / "mkdocs")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([cmkb, "render", "editions/default.yml", "--out", str(tmp / "project")], cwd=REPO, env=ENV, check=True, stderr=subprocess.DEVNULL)
        t_cmkb = min(timed([cmkb, "build", "editions/default.yml", "--out", str(tmp / "a")]) for _ in range(args.repeat))
        t_mkdocs = min(timed([mkdocs, "build", "-q", "-f", str(tmp / "project" / "mkdocs.yml"), "-d", str(tmp / "b")]) for _ in range(args.repeat))
        print(f"default edition, best of {args.repeat}:")
        print(f"  cmkb build            {t_cmkb:6.2f} s")
        print(f"  mkdocs build (render) {t_mkdocs:6.2f} s")
        print(f"  ratio                 {t_cmkb / t_mkdocs:6.2f}  (goal: at most 1.2)")

        eds = tmp / "editions"
        eds.mkdir()
        examples = sorted((REPO / "editions").glob("*.yml"))
        for i in range(args.editions):
            src = examples[i % len(examples)]
            shutil.copyfile(src, eds / f"e{i:02d}.yml")
            if (src.parent / src.stem).is_dir():
                shutil.copytree(src.parent / src.stem, eds / f"e{i:02d}")
        files = [str(p) for p in sorted(eds.glob("*.yml"))]
        t1 = timed([cmkb, "build", *files, "--out", str(tmp / "one"), "--jobs", "1"])
        tn = timed([cmkb, "build", *files, "--out", str(tmp / "all")])
        print(f"{args.editions} editions ({os.cpu_count()} CPUs):")
        print(f"  --jobs 1              {t1:6.2f} s  ({t1 / args.editions:.2f} s per edition)")
        print(f"  all cores             {tn:6.2f} s  (speed-up {t1 / tn:.2f}x)")


if __name__ == "__main__":
    main()
