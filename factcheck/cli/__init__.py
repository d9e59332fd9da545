"""The `factcheck` command line: analyse articles, serve the application."""
import json
import logging
import os
import subprocess
import sys
from contextlib import nullcontext

import click

from claims import analyse
from factcheck.article_input import BadArticle
from factcheck.cli.database import served_database_option
from factcheck.cli.keys import keys
from factcheck.cli.batch import batch, import_batch
from factcheck.cli.registry import chosen_index, registry_group, registry_options
from factcheck.cli.text import format_text
from factcheck.cli.users import users
from factcheck.schemas import dump_analysis
from factcheck.uploads import article_text, media_type_of
from sources import enrich


class InputError(click.ClickException):
    """A one-line error for unusable input, exit code 2."""

    exit_code = 2


@click.group()
def cli():
    """Claim fact-checking and provenance for news articles."""


cli.add_command(keys)
cli.add_command(registry_group)
cli.add_command(batch)
cli.add_command(import_batch)
cli.add_command(users)


def read_article(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return article_text(data, media_type_of(path, "text/plain"))
    except BadArticle as exc:
        raise InputError(f"{path}: {exc}") from None


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["json", "text"]), default="json", show_default=True)
@registry_options
@click.option("--with-statements", is_flag=True,
              help="Also give the publication's own statements (sentences stating a figure, attributed to nobody).")
def analyze(files, output_format, registry_path, no_registry, with_statements):
    """Extract the attributable claims of FILE... ('-' reads stdin).

    Several files give JSON Lines, one per file in order, each naming its `file`; a file that cannot be
    analysed gets a line with its `error` (and a message on stderr), the others go on, and the exit code is 2.
    """
    index = chosen_index(registry_path, no_registry)
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
    """One analysis as text, or as JSON: indented for one file, one line naming its file in a batch; the
    publication's own statements only when asked for."""
    matches = enrich(analysis, index) if index else None
    if output_format == "text":
        return format_text(analysis, matches, statements) + ("\n" if file else "")
    document = dump_analysis(analysis, matches, statements)
    if file is None:
        return json.dumps(document, ensure_ascii=False, indent=2)
    return json.dumps({"file": file, **document}, ensure_ascii=False)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), envvar="FACTCHECK_WORKERS", default=lambda: os.cpu_count() or 1,
              help="Worker processes (env FACTCHECK_WORKERS; default: one per core).")
@click.option("--public-url", envvar="FACTCHECK_PUBLIC_URL",
              help="Where clients reach the service, behind its reverse proxy (default: http://HOST:PORT; "
                   "env FACTCHECK_PUBLIC_URL).")
@served_database_option
def serve(host, port, workers, public_url, database):
    """Serve the application with gunicorn worker processes: the database named, as it is, or else the demo
    database with the demo registry loaded; and a `factcheck worker` process for its batches and webhooks."""
    from factcheck.server import serve as run_server

    database, public_url = served_database(database), public_url or f"http://{host}:{port}"
    worker_process = start_worker(database, public_url)
    try:
        run_server({"DATABASE": database, "PUBLIC_URL": public_url}, host, port, workers)
    finally:
        stop_worker(worker_process)


def start_worker(database: str, public_url: str) -> subprocess.Popen:
    """`factcheck worker` for the served database, in a process of its own that ends with this one."""
    return subprocess.Popen([sys.executable, "-m", "factcheck", "worker", "--database", database,
                             "--public-url", public_url, "--parent", str(os.getpid())])


def stop_worker(process: subprocess.Popen, seconds: float = 10) -> None:
    """Ask the worker to stop after its current article; kill it if it takes longer than `seconds` (the article
    it was analysing is queued again when a worker next starts)."""
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@cli.command()
@served_database_option
@click.option("--public-url", envvar="FACTCHECK_PUBLIC_URL",
              help="Where clients reach the service: the root of the URLs in webhook payloads (env FACTCHECK_PUBLIC_URL).")
@click.option("--parent", type=int, hidden=True, help="End when this process is no longer the parent (serve's).")
def worker(database, public_url, parent):
    """Analyse submitted batches and send webhook deliveries until stopped (`serve` starts one)."""
    from factcheck import create_app
    from factcheck.server import LOG_FORMATTER
    from factcheck.worker import run

    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format=LOG_FORMATTER["format"], datefmt=LOG_FORMATTER["datefmt"])
    run(create_app({"DATABASE": served_database(database)} | ({"PUBLIC_URL": public_url} if public_url else {})),
        parent)


def served_database(database: str | None) -> str:
    """The file to serve: `database`, migrated, or when None the demo database with the demo registry loaded."""
    from factcheck.db import DEMO_DATABASE, open_database
    from sources.demo import load_demo

    with open_database(database or DEMO_DATABASE) as db:
        if database is None:
            load_demo(db)
    return database or DEMO_DATABASE
