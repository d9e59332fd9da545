"""`factcheck batch` (archives analysed on a Dask cluster) and `factcheck import-batch` (results into the database)."""
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from factcheck.cli.database import database_option
from factcheck.cli.registry import chosen_index, registry_options

SCHEDULER_TIMEOUT_SECONDS = 10
# Dask's periodic work in the local cluster, thinned for a run whose dashboard nobody watches: no statistical profiler
# sampling the task's stack every 10 ms, the event loop's health tick every second instead of 20 ms, the system
# monitor every 5 s instead of 0.5. Idle, a worker used 2.3% of a core with Dask's defaults and 0.56% with these, the
# scheduler 3.1% and 1.4%; busy, the workers took 5% less CPU time for the same work (on our loaded 2-core machine).
QUIET_DASK = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
              "distributed.admin.system-monitor.interval": "5s"}


class BatchError(click.ClickException):
    """A batch that cannot start, or an output that cannot be loaded: the message, exit code 2."""

    exit_code = 2


@contextmanager
def cluster_client(scheduler: str | None, workers: int):
    """A client of the scheduler at `scheduler`, else of a local cluster of `workers` single-threaded processes."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT_SECONDS)
        except OSError as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    # The dashboard on any free port (":0"), so that clusters started side by side do not collide.
    with dask.config.set(QUIET_DASK), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                         silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder for the tables, errors and manifest.")
@click.option("--format", "output_format", type=click.Choice(["parquet", "jsonl"]), default="parquet", show_default=True)
@registry_options
@click.option("--workers", type=click.IntRange(min=1), default=lambda: os.cpu_count() or 1,
              help="Worker processes of the local cluster (default: one per core).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Run on this existing Dask cluster instead of a local one.")
def batch(inputs, out, output_format, registry_path, no_registry, workers, scheduler):
    """Extract the claims of every article in INPUTS... on a Dask cluster.

    INPUTS are folders, globs, .txt/.html files, or JSON Lines / Parquet files of records
    {id, body, title?, url?, published_at?}. OUT gets the `articles` and `claims` tables, errors.jsonl
    (one line per record that could not be analysed; the run goes on) and manifest.json.
    """
    from factcheck.batch.inputs import NoInput, expand
    from factcheck.batch.run import run_batch

    try:
        expand(inputs)  # before a cluster is started or reached: an input that names nothing is a typo
    except NoInput as exc:
        raise BatchError(str(exc)) from None
    index = chosen_index(registry_path, no_registry)
    registry = None if no_registry else registry_path or "demo"
    with cluster_client(scheduler, workers) as client:
        manifest = run_batch(client, list(inputs), Path(out), index, output_format, registry,
                             progress=sys.stderr.isatty())
    click.echo(f"{manifest['articles']} articles, {manifest['claims']} claims, {manifest['errors']} errors "
               f"in {manifest['seconds']:.1f} s ({manifest['articles_per_second']} articles/s); see {out}/manifest.json")


@click.command(name="import-batch")
@click.argument("folder", type=click.Path(file_okay=False))
@database_option
def import_batch(folder, database):
    """Store the articles and claims of a `factcheck batch` output FOLDER in the service database.

    An article stored before under the same batch id, or with the same url, is replaced: importing twice
    is importing once.
    """
    from factcheck.batch.load import NotABatch, load_batch
    from factcheck.db import open_database

    with open_database(database) as db:
        try:
            added, replaced = load_batch(db, Path(folder))
        except NotABatch as exc:
            raise BatchError(str(exc)) from None
    click.echo(f"Imported {added} new articles, replaced {replaced}.")
