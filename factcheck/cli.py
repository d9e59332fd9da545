"""The `factcheck` command line: analyse articles, serve the application."""
import json
import sys
from contextlib import nullcontext

import click

from claims import analyse
from factcheck.article_input import BadArticle, decode_article
from factcheck.keys_cli import keys
from factcheck.registry_cli import open_index, registry_group
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


def format_text(analysis) -> str:
    lines = []
    for claim in analysis.claims:
        speaker = claim.speaker.name if claim.speaker else "(publication)"
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
def analyze(files, output_format, registry_path, no_registry):
    """Extract the attributable claims of FILE... ('-' reads stdin). Several files give JSON Lines."""
    several = len(files) > 1
    index = None if no_registry else open_index(registry_path)
    with click.progressbar(files, label="analysing", file=sys.stderr) if several and sys.stderr.isatty() else nullcontext(files) as paths:
        for path in paths:
            analysis = analyse(read_article(path))
            if output_format == "text":
                click.echo(format_text(analysis) + ("\n" if several else ""))
            else:
                matches = enrich(analysis, index) if index else None
                click.echo(json.dumps(dump_analysis(analysis, matches), ensure_ascii=False, indent=None if several else 2))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
def serve(host, port):
    """Serve the application with a production WSGI server, the demo registry loaded into its database."""
    from waitress import serve as waitress_serve

    from factcheck import create_app
    from factcheck.db import connect
    from sources.demo import load_demo

    app = create_app()
    with connect(app.config["DATABASE"]) as db:
        load_demo(db)
    waitress_serve(app, host=host, port=port)
