"""The `factcheck` command line: analyse articles, serve the application."""
import json
import sys
from contextlib import nullcontext

import click

from claims import analyse
from factcheck.article_input import BadArticle, decode_article
from factcheck.cli.database import database_option
from factcheck.cli.keys import keys
from factcheck.cli.registry import open_index, registry_group
from factcheck.schemas import dump_analysis
from sources import enrich


class InputError(click.ClickException):
    """A one-line error for unusable input, exit code 2."""

    exit_code = 2


@click.group()
def cli():
    """Claim fact-checking and provenance for news articles."""


cli.add_command(keys)
cli.add_command(registry_group)


def read_article(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return decode_article(data)
    except BadArticle as exc:
        raise InputError(f"{path}: {exc}") from None


def format_text(analysis, statements: bool = False) -> str:
    lines = []
    for claim in analysis.claims + (analysis.statements if statements else []):
        speaker = claim.speaker.name if claim.speaker else "(publication)"
        if claim.speaker and claim.attribution == "unattributed":
            speaker += " (own statement)"
        line = f"{claim.id}  {speaker} — {claim.kind} — {claim.content}"
        if claim.disputed:
            line += "  [DISPUTED by " + ", ".join(d.by for d in claim.disputes) + "]"
        lines.append(line)
    return "\n".join(lines) or "(no claims)"


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.option("--registry", "registry_path", envvar="FACTCHECK_DATABASE", type=click.Path(dir_okay=False),
              help="SQLite file whose source registry to match against (default: the demo registry; env FACTCHECK_DATABASE).")
@click.option("--no-registry", is_flag=True, help="Do not match speakers and claims against a registry.")
@click.option("--with-statements", is_flag=True,
              help="Also give the publication's own statements (sentences stating a figure, attributed to nobody).")
def analyze(files, output_format, registry_path, no_registry, with_statements):
    """Extract the attributable claims of FILE... ('-' reads stdin).

    Several files give JSON Lines, one per file in order, each naming its `file`; a file that cannot be
    analysed gets a line with its `error` (and a message on stderr), the others go on, and the exit code is 2.
    """
    index = None if no_registry else open_index(registry_path)
    if len(files) == 1:
        click.echo(render(analyse(read_article(files[0])), output_format, index, with_statements))
        return
    failed = False
    with click.progressbar(files, label="analysing", file=sys.stderr) if sys.stderr.isatty() else nullcontext(files) as paths:
        for path in paths:
            try:
                analysis = analyse(read_article(path))
            except InputError as exc:
                failed = True
                click.echo(f"Error: {exc.message}", err=True)
                if output_format == "json":
                    click.echo(json.dumps({"file": path, "error": exc.message}, ensure_ascii=False))
                continue
            click.echo(render(analysis, output_format, index, with_statements, file=path))
    if failed:
        sys.exit(InputError.exit_code)


def render(analysis, output_format: str, index, statements: bool, file: str | None = None) -> str:
    """One analysis as text, or as JSON: indented for one file, one line naming its file in a batch."""
    if output_format == "text":
        return format_text(analysis, statements) + ("\n" if file else "")
    document = dump_analysis(analysis, enrich(analysis, index) if index else None, statements)
    if file is None:
        return json.dumps(document, ensure_ascii=False, indent=2)
    return json.dumps({"file": file, **document}, ensure_ascii=False)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@database_option
def serve(host, port, database):
    """Serve the application with a production WSGI server, the demo registry loaded into its database."""
    from waitress import serve as waitress_serve

    from factcheck import create_app
    from factcheck.db import connect
    from sources.demo import load_demo

    app = create_app({"DATABASE": database})
    with connect(database) as db:
        load_demo(db)
    waitress_serve(app, host=host, port=port)
