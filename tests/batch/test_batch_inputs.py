"""A batch's inputs: what folders and globs name, and parts that together read every record exactly once."""
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from factcheck.batch import inputs
from factcheck.batch.inputs import NoInput, expand, plan_parts, read_part


def records(parts) -> list:
    """The ids of the records the parts read, in order, and of the errors."""
    read = [read_part(part) for part in parts]
    return [record["id"] for found, _ in read for record in found], [error["id"] for _, errors in read for error in errors]


def test_folders_are_searched_recursively_and_globs_expanded(tmp_path):
    for name in ("a/one.txt", "a/b/two.html", "a/notes.md", "c/feed.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert expand([str(tmp_path / "a"), str(tmp_path / "**" / "*.jsonl")]) == [
        str(tmp_path / "a/b/two.html"), str(tmp_path / "a/one.txt"), str(tmp_path / "c/feed.jsonl")]
    with pytest.raises(NoInput):
        expand([str(tmp_path / "nothing-*.txt")])


@pytest.mark.parametrize("workers", [1, 3, 8])
def test_json_lines_cut_into_byte_ranges_read_each_record_once(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(inputs, "MIN_BYTES_PER_PART", 1)
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"r{n}", "body": "Text " * (n % 7 + 1)}) for n in range(50)]
    path.write_text("\n".join(lines[:20]) + "\n\n" + "\n".join(lines[20:]) + "\n{broken\n")
    parts = plan_parts([str(path)], workers)
    assert len(parts) > 1
    assert records(parts) == ([f"r{n}" for n in range(50)], [None])


def test_parquet_rows_are_read_once_across_row_groups(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_ROWS_PER_PART", 7)
    path = tmp_path / "feed.parquet"
    table = pa.Table.from_pylist([{"id": f"r{n}", "body": "Text.", "published_at": None} for n in range(40)])
    pq.write_table(table, path, row_group_size=9)
    assert records(plan_parts([str(path)], 1)) == ([f"r{n}" for n in range(40)], [])


@pytest.mark.parametrize("record, error", [
    ({"body": "Text."}, "the record has no id"),
    ({"id": "a", "body": "  "}, "the record has no body text"),
    ({"id": True, "body": "Text."}, "the record has no id"),
    (["a", "Text."], "a record must be an object with id and body"),
])
def test_a_record_without_id_or_body_is_an_error(tmp_path, record, error):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n")
    [(found, errors)] = [read_part(part) for part in plan_parts([str(path)], 1)]
    assert (found, [entry["error"] for entry in errors]) == ([], [error])
