"""Steps for features/admin/demo_registry.feature: a named database is served with an empty registry, and the
registry page gives the command that loads the demo into it."""
import shlex

from click.testing import CliRunner
from pytest_bdd import given, parsers, scenarios, then, when

from factcheck.cli import cli, served_database
from factcheck.db import connect
from sources import registry

scenarios("admin/demo_registry.feature")


@given("a newsroom database with no registry")
def newsroom_database(app):
    database = app.config["DATABASE"]
    assert served_database(database) == database  # as `factcheck serve --database FILE` prepares it
    with connect(database) as db:
        assert registry.page_of_sources(db, 1, 1).total == 0


@when("I open the registry page", target_fixture="registry_page")
def open_registry(browser):
    return browser.page("/registry")


def load_demo_command(registry_page) -> str:
    return " ".join(registry_page.select_one("#load-demo code").text.split())


@then("the registry page tells me how to load the demo into our database")
def tells_how_to_load(app, registry_page):
    assert load_demo_command(registry_page) == f"factcheck registry load-demo --database {app.config['DATABASE']}"


@when("I run the command the registry page gives")
def run_the_command(browser):
    program, *arguments = shlex.split(load_demo_command(browser.page("/registry")))
    assert program == "factcheck"
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 0, result.output


@then(parsers.parse('the registry lists "{name}"'))
def registry_lists(registry_page, name):
    assert name in [link.text for link in registry_page.select("#sources a")]


@then("the registry page no longer offers the demo")
def no_longer_offered(registry_page):
    assert registry_page.select_one("#load-demo") is None
