"""The ``cmkb`` command line."""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import click

from . import __version__
from .builder import Result, build_many, exit_code, prepare, prepare_all, shard_of, warnings_of
from .checks import repository_problems
from .errors import EXIT_FAILURE, EXIT_INVALID, InvalidInput, Problem, display_path
from .i18n import LANGUAGES
from .outputs.lms import FORMATS
from .outputs.lms import export as export_quizzes
from .outputs.mkdocs import BuildFailed, build_environment, build_site, write_project
from .outputs.pdf import PdfUnavailable, chromium_path, print_to_pdf
from .reference import REFERENCE_FILE, SCHEMA_FILE, json_schema_text, reference_markdown
from .untrusted import EDITION_ID, edition_id_problem

EDITIONS = Path("editions")
DEFAULT_EDITION = EDITIONS / "default.yml"


def _editions(paths: tuple[Path, ...], all_: bool) -> list[Path]:
    if all_:
        found = sorted(EDITIONS.glob("*.yml"))
        if not found:
            raise click.UsageError(f"no edition in {EDITIONS}/; create one with `cmkb new ID`")
        chosen = sorted({p.resolve(): p for p in [*found, *paths]}.values())
    else:
        chosen = list(dict.fromkeys(paths)) or [DEFAULT_EDITION]
    problems = _id_problems(chosen)
    if problems:
        _fail(problems, EXIT_INVALID)
    return chosen


def _id_problems(paths: list[Path]) -> list[Problem]:
    """Edition file names are ids (`cmkb new`'s rule), and one command builds each id once."""
    problems = [p for p in map(edition_id_problem, paths) if p]
    first: dict[str, Path] = {}
    for path in paths:
        if path.stem in first and first[path.stem].resolve() != path.resolve():
            problems.append(
                Problem(
                    display_path(path),
                    1,
                    f"edition id '{path.stem}' is already given by {display_path(first[path.stem])}; "
                    "rename one of them, or run them in two commands with two --out folders",
                )
            )
        first.setdefault(path.stem, path)
    return problems


def _fail(problems: list[Problem] | list[str], code: int) -> None:
    for p in problems:
        click.echo(str(p), err=True)
    sys.exit(code)


class ShardType(click.ParamType):
    """``K/N``: the K-th of N shares of the selected editions (1 <= K <= N)."""

    name = "K/N"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> tuple[int, int]:
        if isinstance(value, tuple):
            return value
        match = re.fullmatch(r"\s*([0-9]{1,6})\s*/\s*([0-9]{1,6})\s*", str(value))
        if match:
            k, n = int(match[1]), int(match[2])
            if 1 <= k <= n:
                return k, n
        self.fail(
            f"'{value}' is not a share; write K/N with 1 <= K <= N, e.g. 1/3 for the first of three CI jobs",
            param,
            ctx,
        )


edition_args = click.argument("editions", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cmkb")
def main() -> None:
    """Build a company's social-media knowledge base from one YAML file per edition.

    Exit codes: 0 success, 2 invalid input (edition, playbook, quiz bank), 1 anything else.
    """
    for name, value in build_environment().items():  # deterministic, quiet builds unless told otherwise
        os.environ.setdefault(name, value)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")


@main.command()
@edition_args
@click.option("--all", "all_", is_flag=True, help="Build every editions/*.yml.")
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("site"),
    show_default=True,
    help="Each edition goes to OUT/<id>/.",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Editions built at once (default: one per CPU)."
)
@click.option(
    "--shard",
    type=ShardType(),
    default=None,
    help="Build only share K of N of the selected editions (round-robin by id), for N CI jobs that build them all.",
)
def build(editions: tuple[Path, ...], all_: bool, out: Path, jobs: int | None, shard: tuple[int, int] | None) -> None:
    """Build editions (default: editions/default.yml) into OUT/<id>/.

    A site is replaced only when its new build succeeds. One failing edition does not stop
    the others; every failure is reported at the end. With --shard K/N, the selected editions
    are sorted by id and this command builds the K-th, (K+N)-th, (K+2N)-th... of them: N jobs
    with 1/N ... N/N build each edition exactly once. An empty share exits 0.
    """
    paths = _editions(editions, all_)
    if shard:
        selected = len(paths)
        paths = shard_of(paths, *shard)
        click.echo(
            f"shard {shard[0]}/{shard[1]}: {len(paths)} of {selected} edition(s)"
            + (f": {', '.join(p.stem for p in paths)}" if paths else "; nothing to build in this share"),
            err=True,
        )
        if not paths:
            out.mkdir(parents=True, exist_ok=True)  # CI collects OUT/ as an artefact: let it exist
            sys.exit(0)
    start = time.perf_counter()

    def progress(result: Result, done: int, total: int) -> None:
        status = "ok" if result.ok else "FAILED"
        click.echo(f"[{done}/{total}] {result.edition}: {status} ({result.seconds:.1f} s)", err=True)

    results = build_many(paths, out, jobs, progress)
    failed = [r for r in results if not r.ok]
    for r in results:
        for w in r.warnings:
            click.echo(w, err=True)
    for r in failed:
        for m in r.messages:
            click.echo(m, err=True)
    built = len(results) - len(failed)
    click.echo(
        f"{built} of {len(results)} edition(s) built into {out}/ in {time.perf_counter() - start:.1f} s"
        + (f"; failed: {', '.join(r.edition for r in failed)}" if failed else ""),
        err=True,
    )
    sys.exit(exit_code(results))


@main.command()
@edition_args
@click.option("--all", "all_", is_flag=True, help="Check every editions/*.yml.")
def check(editions: tuple[Path, ...], all_: bool) -> None:
    """Validate editions, playbooks and quiz banks without writing anything.

    Reports every problem, as path:line: message.
    """
    shared = repository_problems()
    problems: list[Problem] = [p for p in shared if not p.warning]
    warnings: set[str] = {str(p) for p in shared if p.warning}
    for path in _editions(editions, all_):
        try:
            warnings.update(warnings_of(prepare_all(path)))
        except InvalidInput as exc:
            problems.extend(exc.problems)
    for w in sorted(warnings):
        click.echo(w, err=True)
    if problems:
        _fail(sorted(set(problems)), EXIT_INVALID)
    click.echo("no problem found", err=True)


@main.command()
@click.argument("edition", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Folder for mkdocs.yml and docs/ (replaced).",
)
def render(edition: Path, out: Path) -> None:
    """Write the plain MkDocs project (mkdocs.yml + docs/) that the build uses.

    `mkdocs build -f OUT/mkdocs.yml` builds it with the same dependencies. An edition in several
    languages gets one project per language: OUT/fr/, OUT/en/.
    """
    try:
        projects = prepare_all(edition)
    except InvalidInput as exc:
        _fail(exc.problems, EXIT_INVALID)
    if not projects[0].edition.bilingual:
        write_project(projects[0], out)
        click.echo(f"wrote {out}/mkdocs.yml and {out}/docs/", err=True)
        return
    if out.exists():
        shutil.rmtree(out)
    for project in projects:
        folder = out / project.edition.language
        write_project(project, folder)
        click.echo(f"wrote {folder}/mkdocs.yml and {folder}/docs/", err=True)


@main.command()
@click.argument("edition", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_EDITION)
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
def serve(edition: Path, dev_addr: str) -> None:
    """Preview an edition, every language of it; rebuild when it, a playbook or a quiz bank changes."""
    from .outputs.serve import serve as run  # imports MkDocs' server: only when serving

    problems = _id_problems([edition])
    if problems:
        _fail(problems, EXIT_INVALID)
    host, _, port = dev_addr.rpartition(":")
    run(edition, host or "127.0.0.1", int(port))


@main.command()
@click.argument("edition_id")
@click.option(
    "--language", type=click.Choice(LANGUAGES), default="fr", show_default=True, help="The edition's language."
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def new(edition_id: str, language: str, force: bool) -> None:
    """Write editions/EDITION_ID.yml, a commented starting point that builds as it is."""
    if not EDITION_ID.fullmatch(edition_id):
        raise click.BadParameter("use lowercase letters, digits and hyphens, e.g. acme-france", param_hint="EDITION_ID")
    target = EDITIONS / f"{edition_id}.yml"
    if target.exists() and not force:
        click.echo(f"{target}: already exists; choose another id or pass --force", err=True)
        sys.exit(EXIT_FAILURE)
    template = (Path(__file__).parent / "templates" / "new-edition.yml").read_text(encoding="utf-8")
    EDITIONS.mkdir(exist_ok=True)
    text = template.replace("__ID__", edition_id).replace("language: fr ", f"language: {language} ", 1)
    target.write_text(text, encoding="utf-8")
    (EDITIONS / edition_id).mkdir(exist_ok=True)
    schema_file = EDITIONS / Path(SCHEMA_FILE).name  # editors complete and check the file with it
    if not schema_file.exists():
        schema_file.write_text(json_schema_text(), encoding="utf-8")
    click.echo(f"wrote {target}; edit it, then: cmkb serve {target}", err=True)


@main.command()
@click.argument("edition", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*FORMATS, "pdf"]),
    required=True,
    help="moodle: Moodle XML; gift: GIFT text; qti: QTI 1.2 zip; scorm: SCORM 1.2 package (the onboarding quizzes); "
    "pdf: the whole handbook, printed by Chromium through Playwright.",
)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="File to write (replaced).")
@click.option(
    "--language",
    type=click.Choice(LANGUAGES),
    default=None,
    help="For an edition in several languages: which one (default: its main, first, language).",
)
def export(edition: Path, fmt: str, out: Path, language: str | None) -> None:
    """Export the edition's onboarding quizzes for an LMS, or its whole handbook as a PDF, in its language."""
    try:
        if fmt == "pdf":
            _export_pdf(edition, out, language)
        else:
            export_quizzes(edition, fmt, out, language)
    except InvalidInput as exc:
        _fail(exc.problems, EXIT_INVALID)
    click.echo(f"wrote {out}", err=True)


def _export_pdf(edition: Path, out: Path, language: str | None = None) -> None:
    """Build the edition into a temporary folder, then print its handbook page (print.html) to ``out``."""
    try:
        chromium = chromium_path()
    except PdfUnavailable as exc:
        _fail([f"cmkb export --format pdf: {exc}"], EXIT_FAILURE)
    project = prepare(edition, language)
    work = Path(tempfile.mkdtemp(prefix="cmkb-pdf-"))
    try:
        site = build_site([project], work)
        out.parent.mkdir(parents=True, exist_ok=True)
        print_to_pdf(site / "print.html", out, project.edition.title, chromium)
    except BuildFailed as exc:
        _fail([f"{edition}: MkDocs refused the site: {exc}"], EXIT_FAILURE)
    finally:
        shutil.rmtree(work, ignore_errors=True)


@main.command()
@click.option("--check", "check_only", is_flag=True, help="Fail if the files are out of date instead of writing them.")
def schema(check_only: bool) -> None:
    """Write the edition JSON Schema and the managers' reference from the schema in code."""
    stale = []
    for name, text in ((SCHEMA_FILE, json_schema_text()), (REFERENCE_FILE, reference_markdown())):
        path = Path(name)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not check_only:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if check_only and stale:
        _fail([f"{n}: out of date; run `cmkb schema`" for n in stale], EXIT_FAILURE)
    click.echo("schema files up to date" if not stale or check_only else f"wrote {', '.join(stale)}", err=True)
