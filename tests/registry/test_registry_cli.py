"""`factcheck registry …` and `factcheck analyze --registry`: thin wrappers, errors as one message and exit code 2."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.cli.registry import registry_group
from sources import registry

ARTICLE = 'By Jo Reporter\n\n"We will not close the pier before the summer," said Ada Novak of the Velmont Council.\n'


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(cli, list(args))
    return invoke


def test_add_source_then_export_it_as_json_and_csv(run, registry_path):
    added = run("registry", "add-source", "ada-novak", "Ada Novak", "--alias", "Novak", "--role", "Mayor | Velmont | 2021-05-01",
                "--affiliation", "Velmont Council", "--link", "https://example.org/ada", "--database", registry_path)
    assert (added.exit_code, added.output) == (0, "Saved source ada-novak (Ada Novak).\n")
    exported = json.loads(run("registry", "export", "--database", registry_path).output)
    assert exported["sources"] == [{
        "id": "ada-novak", "name": "Ada Novak", "kind": "person", "aliases": ["Novak"],
        "roles": [{"title": "Mayor", "of": "Velmont", "start": "2021-05-01"}], "affiliation": "Velmont Council",
        "links": ["https://example.org/ada"],
    }]
    csv_lines = run("registry", "export", "--format", "csv", "--database", registry_path).output.splitlines()
    assert csv_lines[1] == "ada-novak,Ada Novak,person,Novak,Velmont Council,,,https://example.org/ada,"


@pytest.mark.parametrize("args, message", [
    (["ada novak", "Ada"], "id: must be letters, digits"),
    (["ada", " "], "name: must not be blank"),
    (["ada", "Ada", "--role", "Mayor;Velmont;last May"], "roles[1].start: not an ISO 8601 date"),
    (["ada", "Ada", "--role", "a;b;c;d;e"], "roles[1].end: not an ISO 8601 date"),
    (["ada", "Ada", "--role", "Mayor | Velmont | 2021 | 2024 | 2025"], "roles[1].end: not an ISO 8601 date"),
])
def test_add_source_refuses_bad_input_with_exit_code_2(run, registry_path, registry_db, args, message):
    result = run("registry", "add-source", *args, "--database", registry_path)
    assert result.exit_code == 2 and message in result.output
    assert list(registry.iter_sources(registry_db)) == []


def test_import_reports_what_it_stored(run, registry_path, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("id,name,kind\nada-novak,Ada Novak,person\n", encoding="utf-8")
    result = run("registry", "import", str(path), "--database", registry_path)
    assert (result.exit_code, result.output) == (0, "Imported 1 sources, 0 statements, 0 disputes.\n")


def test_import_of_a_bad_file_lists_its_problems(run, registry_path, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("id,name,kind\nada-novak,,person\nbo,Bo,robot\n", encoding="utf-8")
    result = run("registry", "import", str(path), "--database", registry_path)
    assert result.exit_code == 2
    assert result.output.splitlines()[1:] == [
        "  line 2, field 'name': must not be blank",
        "  line 3, field 'kind': Must be one of: person, organisation, government, publication.",
    ]


def test_load_demo_is_idempotent(run, registry_path, registry_db):
    for _ in range(2):
        assert run("registry", "load-demo", "--database", registry_path).output.startswith("Loaded the demo registry: 12 sources")
    assert len(list(registry.iter_sources(registry_db))) == 12


def analyze(run, tmp_path, *options):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("analyze", str(path), *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["claims"]


def test_analyze_matches_against_a_registry_file(run, registry_path, tmp_path):
    run("registry", "add-source", "ada-novak", "Ada Novak", "--database", registry_path)
    [claim] = analyze(run, tmp_path, "--registry", registry_path)
    assert claim["speaker"]["source"] == {"id": "ada-novak", "name": "Ada Novak", "score": 100.0, "alias": "Ada Novak", "via": "name"}
    assert claim["speaker"]["candidates"] == []
    assert claim["provenance"] == {"status": "unverified", "score": 0.0, "original": None, "diff": [],
                                   "evidence": {"claim_span": None, "original_span": None}}
    assert (claim["registry_disputes"], claim["disputed"]) == ([], False)


def test_analyze_uses_the_demo_registry_by_default_and_none_when_asked(run, tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_DATABASE", raising=False)
    [claim] = analyze(run, tmp_path)
    assert claim["speaker"]["source"] is None and "provenance" in claim
    [claim] = analyze(run, tmp_path, "--no-registry")
    assert "source" not in claim["speaker"] and "provenance" not in claim


def test_analyze_with_a_missing_registry_file_is_an_error(run, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("analyze", str(path), "--registry", str(tmp_path / "nothing.db"))
    assert result.exit_code == 2 and "no such registry database" in result.output


def test_every_registry_command_and_analyze_option_is_in_the_readme():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert [name for name in registry_group.commands if f"factcheck registry {name}" not in readme] == []
    assert "--registry FILE" in readme and "--no-registry" in readme
