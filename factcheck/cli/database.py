"""The `--database` option that every command working on the service's SQLite file takes."""
import click

from factcheck.db import DEFAULT_DATABASE

database_option = click.option(
    "--database", type=click.Path(dir_okay=False), envvar="FACTCHECK_DATABASE", default=DEFAULT_DATABASE,
    show_default=True, help="The service's SQLite file (env FACTCHECK_DATABASE).",
)
