"""`factcheck keys`: create, list and revoke API keys in the service's database."""
import click

from factcheck.accounts import UnknownUser, find_user
from factcheck.cli.database import database_option
from factcheck.db import open_database
from factcheck.keys import UnknownKey, create_key, list_keys, revoke_key


@click.group()
def keys():
    """Manage the API keys that write endpoints require (X-API-Key header)."""


@keys.command()
@click.argument("name")
@click.option("--user", "user_name", help="The user the key belongs to (it writes as them); without it, NAME is an integration.")
@database_option
def create(name, user_name, database):
    """Create a key for NAME and print it once, as the last word of the output."""
    if not name.strip():
        raise click.BadParameter("must not be blank", param_hint="NAME")
    with open_database(database) as db:
        try:
            user = find_user(db, user_name) if user_name else None
        except UnknownUser as exc:
            raise click.BadParameter(str(exc), param_hint="--user") from None
        record, secret = create_key(db, name.strip(), user and user.id)
    owner = f" (user {user.name})" if user else ""
    click.echo(f"Created API key {record['id']} for {record['name']}{owner}; it is shown only this once: {secret}")


@keys.command(name="list")
@database_option
def list_command(database):
    """List keys: id, name, the user's id (empty for an integration's key), created, revoked."""
    with open_database(database) as db:
        for key in list_keys(db):
            click.echo("\t".join(str(key[column] or "") for column in ("id", "name", "user_id", "created_at", "revoked_at")))


@keys.command()
@click.argument("key_id", type=int)
@database_option
def revoke(key_id, database):
    """Revoke the key with id KEY_ID."""
    with open_database(database) as db:
        try:
            revoke_key(db, key_id)
        except UnknownKey as exc:
            raise click.BadParameter(str(exc), param_hint="KEY_ID") from None
    click.echo(f"Revoked API key {key_id}")
