"""The `--database` option that every command working on the service's SQLite file takes."""
import click

from factcheck.db import DEFAULT_DATABASE, DEMO_DATABASE


def _database_option(**settings):
    return click.option("--database", type=click.Path(dir_okay=False), envvar="FACTCHECK_DATABASE", **settings)


database_option = _database_option(default=DEFAULT_DATABASE, show_default=True,
                                   help="The service's SQLite file (env FACTCHECK_DATABASE).")
# `serve` alone has no default file: with none named it serves the demo database, the demo registry loaded.
served_database_option = _database_option(
    help=f"The SQLite file to serve, as it is (env FACTCHECK_DATABASE; default: the demo database ./{DEMO_DATABASE}, "
         "with the demo registry loaded).")
