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
from factcheck.cli.text import format_text
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


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.option("--registry", "registry_path", envvar="FACTCHECK_DATABASE", type=click.Path(dir_okay=False),
              help="SQLite file whose source registry to match against (default: the demo registry; env FACTCHECK_DATABASE).")
@click.option("--no-registry", is_flag=True, help="Do not match speakers and claims against a registry.")
def analyze(files, output_format, registry_path, no_registry):
    """Extract the attributable claims of FILE... ('-' reads stdin).

    Several files give JSON Lines, one per file in order, each naming its `file`; a file that cannot be
    analysed gets a line with its `error` (and a message on stderr), the others go on, and the exit code is 2.
    """
    index = None if no_registry else open_index(registry_path)
    if len(files) == 1:
        click.echo(render(analyse(read_article(files[0])), output_format, index))
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
            click.echo(render(analysis, output_format, index, file=path))
    if failed:
        sys.exit(InputError.exit_code)


def render(analysis, output_format: str, index, file: str | None = None) -> str:
    """One analysis as text, or as JSON: indented for one file, one line naming its file in a batch."""
    matches = enrich(analysis, index) if index else None
    if output_format == "text":
        return format_text(analysis, matches) + ("\n" if file else "")
    document = dump_analysis(analysis, matches)
    if file is None:
        return json.dumps(document, ensure_ascii=False, indent=2)
    return json.dumps({"file": file, **document}, ensure_ascii=False)


# waitress reads requests and writes answers on one event loop and runs the app in THREADS. Slow clients
# cannot hold those threads: a request reaches the app only once its body has arrived whole, and a connection
# idle for CHANNEL_TIMEOUT seconds is closed (checked every CLEANUP_INTERVAL). CONNECTION_LIMIT idle
# connections are accepted before new ones wait; poll() instead of select() lifts select's 1,024-descriptor cap.
SERVER_SETTINGS = {"threads": 8, "connection_limit": 1000, "channel_timeout": 20, "cleanup_interval": 5,
                   "asyncore_use_poll": True}


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@click.option("--public-url", envvar="FACTCHECK_PUBLIC_URL",
              help="Where clients reach the service, behind its reverse proxy (default: http://HOST:PORT; "
                   "env FACTCHECK_PUBLIC_URL).")
@click.option("--threads", default=SERVER_SETTINGS["threads"], show_default=True, help="Requests served at once.")
@database_option
def serve(host, port, public_url, threads, database):
    """Serve the application with a production WSGI server, the demo registry loaded into its database."""
    from waitress import serve as waitress_serve

    from factcheck import create_app
    from factcheck.db import connect
    from sources.demo import load_demo

    app = create_app({"DATABASE": database, "PUBLIC_URL": public_url or f"http://{host}:{port}"})
    with connect(database) as db:
        load_demo(db)
    # Bodies far over the app's limit are cut off by waitress before they are read whole.
    waitress_serve(app, host=host, port=port, **{**SERVER_SETTINGS, "threads": threads},
                   max_request_body_size=2 * app.config["MAX_CONTENT_LENGTH"])
