"""`factcheck registry`: import, export and add sources in the service database's source registry."""
import json
from pathlib import Path

import click
from marshmallow import ValidationError
from sqlite_utils import Database

from factcheck.cli.database import database_option
from factcheck.db import connect
from sources import RegistryIndex, load_index, registry
from sources.demo import load_demo
from sources.exporting import export_csv, export_json
from sources.importing import ImportFailed, import_file
from sources.model import SOURCE_KINDS
from sources.records import error_paths, field_path, source_record
from sources.role_lines import ROLE_FORMAT, role_record


class RegistryError(click.ClickException):
    """A registry command that cannot be carried out: the message, exit code 2."""

    exit_code = 2


def open_registry(path: str) -> Database:
    """The database at `path`, with the registry schema."""
    db = connect(path)
    registry.ensure_schema(db)
    return db


def open_index(path: str | None) -> RegistryIndex:
    """The index of the registry in the SQLite file `path`, or of the demo registry when `path` is None."""
    if path is None:
        db = Database(memory=True)
        load_demo(db)
        return load_index(db)
    if not Path(path).is_file():
        raise RegistryError(f"{path}: no such registry database")
    return load_index(open_registry(path))


def registry_options(command):
    """--registry FILE and --no-registry: which registry a command matches claims against (`chosen_index`)."""
    command = click.option("--no-registry", is_flag=True, help="Do not match speakers and claims against a registry.")(command)
    return click.option(
        "--registry", "registry_path", envvar="FACTCHECK_DATABASE", type=click.Path(dir_okay=False),
        help="SQLite file whose source registry to match against (default: the demo registry; env FACTCHECK_DATABASE).",
    )(command)


def chosen_index(registry_path: str | None, no_registry: bool) -> RegistryIndex | None:
    """The index that --registry and --no-registry ask for."""
    return None if no_registry else open_index(registry_path)


@click.group(name="registry")
def registry_group():
    """The source registry: people and organisations, their statements, and disputes on record."""


@registry_group.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@database_option
def import_command(file, database):
    """Import FILE (.json: sources, statements, disputes; .csv: sources with aliases). All or nothing."""
    with open_registry(database) as db:
        try:
            summary = import_file(db, file)
        except ImportFailed as exc:
            raise RegistryError(f"{file}: nothing imported:\n  " + "\n  ".join(exc.problems)) from None
    click.echo(f"Imported {summary.sources} sources, {summary.statements} statements, {summary.disputes} disputes.")


@registry_group.command(name="export")
@click.option("--format", "output_format", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout).")
@database_option
def export_command(output_format, output, database):
    """Write the registry as JSON (everything, the import format) or CSV (sources and aliases)."""
    with open_registry(database) as db:
        if output_format == "csv":
            export_csv(db, output)
        else:
            json.dump(export_json(db), output, ensure_ascii=False, indent=2)
            output.write("\n")


@registry_group.command(name="add-source")
@click.argument("source_id")
@click.argument("name")
@click.option("--kind", type=click.Choice(SOURCE_KINDS), default="person", show_default=True)
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--role", "roles", multiple=True,
              help=f'"{ROLE_FORMAT}", e.g. "Prime Minister | Japan | 2024-10-01" (repeatable; ";" also separates).')
@click.option("--affiliation")
@click.option("--country")
@click.option("--description")
@click.option("--link", "links", multiple=True, help="A URL about the source (repeatable).")
@database_option
def add_source(source_id, name, kind, aliases, roles, affiliation, country, description, links, database):
    """Add or replace the source SOURCE_ID named NAME."""
    record = {
        "id": source_id, "name": name, "kind": kind, "aliases": list(aliases), "roles": [role_record(role) for role in roles],
        "affiliation": affiliation, "country": country, "description": description, "links": list(links),
    }
    try:
        source = source_record.load(record)
    except ValidationError as exc:
        raise RegistryError("; ".join(f"{field_path(path)}: {message}" for path, message in error_paths(exc.messages))) from None
    with open_registry(database) as db:
        registry.upsert_sources(db, [source])
    click.echo(f"Saved source {source.id} ({source.name}).")


@registry_group.command(name="load-demo")
@database_option
def load_demo_command(database):
    """Load the demo registry of the sample article (labelled dataset "demo")."""
    with open_registry(database) as db:
        summary = load_demo(db)
    click.echo(f"Loaded the demo registry: {summary.sources} sources, {summary.statements} statements, {summary.disputes} disputes.")

