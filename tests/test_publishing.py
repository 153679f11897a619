"""Publishing: `cmkb build --shard K/N`, and the recipes under docs/publishing/, parsed and, where the machine allows, run."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cmkb

from cmkb.builder import shard_of

IDS = [f"client-{n:02d}" for n in range(50)]


@pytest.mark.parametrize("total", range(1, 8))
def test_shards_partition_the_editions_exactly(total):
    paths = [Path("editions") / f"{i}.yml" for i in IDS]
    shares = [shard_of(paths, k, total) for k in range(1, total + 1)]
    flat = [p.stem for share in shares for p in share]
    assert sorted(flat) == sorted(IDS)  # every edition once...
    assert len(flat) == len(set(flat))  # ...and only once
    sizes = [len(s) for s in shares]
    assert max(sizes) - min(sizes) <= 1, sizes  # balanced
    # deterministic: the order the editions are given in does not matter
    assert [shard_of(list(reversed(paths)), k, total) for k in range(1, total + 1)] == shares


def test_shard_rejects_a_share_that_does_not_exist():
    with pytest.raises(ValueError):
        shard_of([Path("a.yml")], 3, 2)


@pytest.mark.parametrize("value", ["3/2", "0/2", "a/b", "1/0", "2", "1/2/3", "-1/2", ""])
def test_build_refuses_a_bad_shard_with_a_usage_error(value):
    proc = run_cmkb("build", "--shard", value)
    assert proc.returncode == 2, proc.stderr
    assert "Invalid value for '--shard'" in proc.stderr and "write K/N with 1 <= K <= N" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


TINY = """language: en
company:
  name: {name}
legal:
  jurisdiction: eu
playbooks:
  include: [culture/index]
onboarding:
  modules: []
"""


def test_build_with_a_shard_builds_only_its_share(copy_repo):
    editions = []
    for name in ("tiny-c", "tiny-a", "tiny-b"):
        path = copy_repo / "editions" / f"{name}.yml"
        path.write_text(TINY.format(name=name), encoding="utf-8")
        editions.append(f"editions/{name}.yml")
    built: dict[str, set[str]] = {}
    for k in (1, 2):
        out = copy_repo / f"out-{k}"
        proc = run_cmkb("build", *editions, "--shard", f"{k}/2", "--out", str(out), cwd=copy_repo)
        assert proc.returncode == 0, proc.stderr
        built[f"{k}/2"] = {p.name for p in out.iterdir() if (p / "404.html").is_file()}
    # sorted by id, round-robin: a and c in the first share, b in the second
    assert built == {"1/2": {"tiny-a", "tiny-c"}, "2/2": {"tiny-b"}}
    assert "shard 2/2: 1 of 3 edition(s): tiny-b" in proc.stderr


def test_an_empty_share_exits_0_and_says_so(copy_repo, tmp_path):
    out = tmp_path / "public"
    proc = run_cmkb("build", "editions/default.yml", "--shard", "2/2", "--out", str(out), cwd=copy_repo)
    assert proc.returncode == 0, proc.stderr
    assert "shard 2/2: 0 of 1 edition(s); nothing to build in this share" in proc.stderr
    assert out.is_dir() and not any(out.iterdir())  # the artefact folder exists, empty
