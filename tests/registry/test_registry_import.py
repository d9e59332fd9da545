"""Importing registry files: validation naming the row and field, references, one transaction, idempotence."""
import io
import json

import pytest

from sources import registry
from sources.exporting import export_csv, export_json
from sources.importing import MAX_PROBLEMS, ImportFailed, import_file, import_registry

DOCUMENT = {
    "dataset": "newsroom",
    "sources": [{"id": "ada-novak", "name": "Ada Novak", "kind": "person", "aliases": ["Novak"],
                 "roles": [{"title": "Mayor", "of": "Velmont", "start": "2021-05"}]}],
    "statements": [{"id": "ada-pier", "source_id": "ada-novak", "text": "The pier stays open.", "date": "2025-03-02T10:00:00Z"}],
    "disputes": [{"id": "pier-check", "statement_id": "ada-pier", "reviewer": "Harbour Facts", "rating": "False"}],
}


def problems_of(db, text: str, fmt: str) -> list[str]:
    with pytest.raises(ImportFailed) as failure:
        import_registry(db, text, fmt)
    return failure.value.problems


def test_a_json_document_is_imported_with_its_dataset_label(registry_db):
    summary = import_registry(registry_db, json.dumps(DOCUMENT), "json")
    assert (summary.sources, summary.statements, summary.disputes) == (1, 1, 1)
    assert registry.get_source(registry_db, "ada-novak").dataset == "newsroom"
    assert registry.get_dispute(registry_db, "pier-check").dataset == "newsroom"


def test_importing_twice_changes_nothing(registry_db):
    import_registry(registry_db, json.dumps(DOCUMENT), "json")
    once = export_json(registry_db)
    import_registry(registry_db, json.dumps(DOCUMENT), "json")
    assert export_json(registry_db) == once


def test_export_then_import_elsewhere_gives_the_same_registry(registry_db, tmp_path):
    import_registry(registry_db, json.dumps(DOCUMENT), "json")
    exported = export_json(registry_db)
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    from sqlite_utils import Database
    with Database(tmp_path / "other.db") as other:
        registry.ensure_schema(other)
        import_file(other, path)
        assert export_json(other) == exported


def test_csv_sources_with_aliases_and_links_round_trip(registry_db):
    csv_text = ("id,name,kind,aliases,country,links\n"
                "ada-novak,Ada Novak,person,Novak | Mayor Novak,Velmont,https://example.org/ada\n")
    import_registry(registry_db, csv_text, "csv")
    source = registry.get_source(registry_db, "ada-novak")
    assert (source.aliases, source.country, source.links) == (["Novak", "Mayor Novak"], "Velmont", ["https://example.org/ada"])
    out = io.StringIO()
    export_csv(registry_db, out)
    assert out.getvalue().splitlines() == [
        "id,name,kind,aliases,affiliation,country,description,links,dataset",
        "ada-novak,Ada Novak,person,Novak|Mayor Novak,,Velmont,,https://example.org/ada,",
    ]


def test_a_statement_may_refer_to_a_source_already_in_the_registry(registry_db):
    import_registry(registry_db, json.dumps({"sources": DOCUMENT["sources"]}), "json")
    import_registry(registry_db, json.dumps({"statements": DOCUMENT["statements"]}), "json")
    assert registry.get_statement(registry_db, "ada-pier").source_id == "ada-novak"


@pytest.mark.parametrize("document, problem", [
    ({"disputes": [{"id": "d", "statement_id": "nothing", "by_name": "X"}]},
     "disputes #1, field 'statement_id': no statement with id 'nothing'"),
    ({**DOCUMENT, "disputes": [{"id": "d", "statement_id": "ada-pier", "by": "nobody"}]},
     "disputes #1, field 'by': no source with id 'nobody'"),
    ({"disputes": [{"id": "d", "statement_id": "s"}]}, "disputes #1, field 'by': say who disputes it"),
    ({"sources": [{"id": "has space", "name": "X", "kind": "person"}]}, "sources #1, field 'id': must be letters"),
    ({"sources": [{"id": "x", "name": "X", "kind": "alien"}]}, "sources #1, field 'kind': Must be one of"),
    ({"sources": [{"id": "x", "name": "X", "kind": "person", "aliases": ["ok", ""]}]}, "sources #1, field 'aliases[2]': must not be blank"),
    ({"sources": [{"id": "x", "name": "X", "kind": "person", "links": ["not a url"]}]}, "sources #1, field 'links[1]': Not a valid URL"),
    ({"statements": [{"id": "s", "text": "x" * 20_001}]}, "statements #1, field 'text': Longer than maximum length 20000"),
    ({"statements": [{"id": "s", "text": "Hi.", "date": "2025-02-30"}]}, "statements #1, field 'date': not an ISO 8601 date"),
    ({"sources": [{"id": "x", "name": "X", "kind": "person", "roles": [{"title": "Mayor", "start": "2024", "end": "2023-01"}]}]},
     "sources #1, field 'roles[1].end': ends before it starts"),
    ({"sources": {"id": "x"}}, "field 'sources': Not a valid list."),
    (["not", "an", "object"], "the file must hold one JSON object"),
])
def test_bad_records_are_named_by_section_position_and_field(registry_db, document, problem):
    assert any(problem in line for line in problems_of(registry_db, json.dumps(document), "json"))


def test_malformed_json_says_where(registry_db):
    assert problems_of(registry_db, '{"sources": [\n  {"id": "x",}\n]}', "json") == [
        "not valid JSON: Expecting property name enclosed in double quotes (line 2, column 14)"
    ]


@pytest.mark.parametrize("csv_text, problem", [
    ("name,kind\nAda,person\n", "line 1: missing column 'id'"),
    ("id,name,kind,shoe_size\n", "line 1: unknown column 'shoe_size'"),
    ("id,name,kind\nx,\"unclosed,person\n", "line 2: unexpected end of data"),
    ("id,name,kind\nx,\"a\"b,person\n", "line 2: ',' expected after '\"'"),
    ("id,name,kind\nx," + "y" * 200_000 + ",person\n", "line 2: field larger than field limit"),
    ("id,name,kind\nx," + "y" * 301 + ",person\n", "line 2, field 'name': Longer than maximum length 300."),
    ("id,name,kind\nx,X,\n", "line 2, field 'kind': Must be one of"),
])
def test_bad_csv_names_the_line(registry_db, csv_text, problem):
    assert any(line.startswith(problem) for line in problems_of(registry_db, csv_text, "csv"))


def test_every_problem_is_reported_up_to_a_limit(registry_db):
    rows = "".join(f"s{i},,person\n" for i in range(MAX_PROBLEMS + 5))
    with pytest.raises(ImportFailed) as failure:
        import_registry(registry_db, "id,name,kind\n" + rows, "csv")
    assert len(failure.value.problems) == MAX_PROBLEMS
    assert str(failure.value).endswith("(and 5 more)")


def test_a_write_failing_midway_leaves_the_registry_unchanged(demo_db, monkeypatch):
    before = export_json(demo_db)

    def fail(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(registry, "upsert_disputes", fail)
    with pytest.raises(RuntimeError):
        import_registry(demo_db, json.dumps(DOCUMENT), "json")
    assert export_json(demo_db) == before


@pytest.mark.parametrize("name, content, problem", [
    ("registry.txt", "id,name,kind\n", "registry.txt: a registry file ends in .json or .csv"),
    ("latin1.csv", "id,name,kind\nx,Andr\xe9,person\n".encode("latin-1"), "latin1.csv: cannot read"),
])
def test_files_that_are_not_registry_files(registry_db, tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(ImportFailed, match=problem):
        import_file(registry_db, path)


def test_a_csv_with_a_byte_order_mark_imports(registry_db, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffid,name,kind\nx,X,person\n".encode("utf-8"))
    assert import_file(registry_db, path).sources == 1
