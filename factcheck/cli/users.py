"""`factcheck users`: create, list and disable the newsroom's accounts for the pages."""
import sys

import click

from factcheck.accounts import ROLES, AccountError, UnknownUser, create_user, disable_user, list_users
from factcheck.cli.database import database_option
from factcheck.db import open_database


@click.group()
def users():
    """Manage who may log in to the pages, and with which role."""


def read_password(from_stdin: bool) -> str:
    """The password from the first line of stdin, or typed twice at a hidden prompt."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@users.command()
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True, help="journalist: submit and read; reviewer: also "
              "review and give verdicts; admin: also the registry, deleting and users.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@database_option
def create(name, role, password_stdin, database):
    """Create the user NAME with ROLE; the password is asked for twice unless --password-stdin."""
    password = read_password(password_stdin)
    with open_database(database) as db:
        try:
            user = create_user(db, name, role, password)
        except AccountError as exc:
            raise click.UsageError(str(exc)) from None
    click.echo(f"Created {user.role} {user.name}")


@users.command(name="list")
@database_option
def list_command(database):
    """List users: name, role, created, disabled."""
    with open_database(database) as db:
        for user in list_users(db):
            click.echo(f"{user.name}\t{user.role}\t{user.created_at}\t{user.disabled_at or ''}")


@users.command()
@click.argument("name")
@database_option
def disable(name, database):
    """Disable the user NAME: they can no longer log in, and their API keys stop working."""
    with open_database(database) as db:
        try:
            user = disable_user(db, name)
        except UnknownUser as exc:
            raise click.BadParameter(str(exc), param_hint="NAME") from None
    click.echo(f"Disabled {user.name}")
