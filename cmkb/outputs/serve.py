"""Live preview: rebuild an edition when it, a playbook or a quiz bank changes (MkDocs' server)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from ..builder import prepare_all
from ..content import locate
from ..edition import edition_folder
from ..errors import InvalidInput
from .mkdocs import BuildFailed, build_site


def serve(edition: Path, host: str, port: int) -> None:
    """Build, then serve on ``host:port`` and rebuild on every change; a broken edition keeps the last good preview.

    Every language of the edition is built, as ``cmkb build`` does: the switcher works in the preview too.
    """
    from mkdocs.livereload import LiveReloadServer

    work = Path(tempfile.mkdtemp(prefix="cmkb-serve-"))
    # the server keeps serving this folder's path; each good build replaces it whole
    site_dir = work / edition.stem  # the id, checked by the command line
    site_dir.mkdir()

    def builder() -> None:
        try:
            projects = prepare_all(edition)
        except InvalidInput as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            click.echo("not rebuilt: the preview shows the last good build", err=True)
            return
        try:
            build_site(projects, work)
        except BuildFailed as exc:
            click.echo(f"{edition}: MkDocs refused the site: {exc}", err=True)
            return
        click.echo(f"rebuilt {edition}", err=True)

    builder()
    server = LiveReloadServer(builder=builder, host=host, port=port, root=str(site_dir))
    source = locate()
    for path in (edition, edition_folder(edition), source.playbooks, source.quizzes):
        if path.exists():
            server.watch(str(path))
    click.echo(f"Serving {edition} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
