"""`factcheck batch` on a real Dask cluster: the same claims as `factcheck analyze`, errors aside, re-runs identical."""
import json

import dask
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from factcheck.batch.tables import read_table
from factcheck.cli.batch import QUIET_DASK, cluster_client


def write_jsonl(path, records) -> str:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return str(path)


def analyze_output(run_cli, paths) -> dict:
    """File -> its claims, as `factcheck analyze` prints them."""
    lines = [json.loads(line) for line in run_cli("analyze", *paths).splitlines()]
    return {line["file"]: line["claims"] for line in lines}


def batch_claims(out) -> dict:
    """Article id -> its claims as the batch wrote them (articles without claims included)."""
    claims = {row["id"]: [] for row in read_table(out, "articles")}
    for row in read_table(out, "claims"):
        claims[row["article_id"]].append(json.loads(row["claim"]))
    return claims


@pytest.mark.parametrize("output_format", ["parquet", "jsonl"])
def test_batch_gives_the_claims_of_analyze_and_lists_the_bad_file(cluster, archive, run_cli, tmp_path, output_format):
    out = tmp_path / "out"
    printed = run_cli("batch", archive, "--out", out, "--format", output_format, "--scheduler", cluster)
    good = sorted(str(path) for path in archive.rglob("*") if path.is_file() and path.name != "empty.txt")
    assert batch_claims(out) == analyze_output(run_cli, good)
    assert sum(len(claims) for claims in batch_claims(out).values()) >= 4
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert errors == [{"input": str(archive / "empty.txt"), "id": str(archive / "empty.txt"), "error": "input is empty"}]
    manifest = json.loads((out / "manifest.json").read_text())
    assert (manifest["articles"], manifest["errors"], manifest["format"]) == (3, 1, output_format)
    assert manifest["claims"] == sum(len(claims) for claims in batch_claims(out).values())
    assert {"python", "factcheck", "dask", "distributed", "pyarrow"} <= set(manifest["versions"])
    assert printed.startswith(f"3 articles, {manifest['claims']} claims, 1 errors")


def test_a_rerun_writes_the_same_rows(cluster, archive, run_cli, tmp_path):
    out = tmp_path / "out"
    run_cli("batch", archive, "--out", out, "--scheduler", cluster)
    first = list(read_table(out, "articles")), list(read_table(out, "claims"))
    run_cli("batch", archive, "--out", out, "--scheduler", cluster)
    assert (list(read_table(out, "articles")), list(read_table(out, "claims"))) == first


def test_records_from_json_lines_and_parquet_keep_their_ids_and_fields(cluster, run_cli, tmp_path):
    said = '"The bridge reopens in May," said Lena Fischer, the city engineer.'
    feed = write_jsonl(tmp_path / "feed.jsonl", [
        {"id": "feed-1", "body": said, "title": "Bridge", "url": "https://example.org/bridge",
         "published_at": "2025-03-02"},
        {"id": "feed-2", "title": "No text"},
    ])
    with (tmp_path / "feed.jsonl").open("a") as file:
        file.write("{not json\n")
    pq.write_table(pa.Table.from_pylist([{"id": 7, "body": said.replace("May", "June")}]), tmp_path / "more.parquet")
    out = tmp_path / "out"
    run_cli("batch", feed, tmp_path / "*.parquet", "--out", out, "--no-registry", "--scheduler", cluster)
    articles = {row["id"]: row for row in read_table(out, "articles")}
    assert set(articles) == {"feed-1", "7"}
    assert (articles["feed-1"]["title"], articles["feed-1"]["url"], articles["feed-1"]["published_at"]) == (
        "Bridge", "https://example.org/bridge", "2025-03-02T00:00:00Z")
    assert [(row["article_id"], row["speaker"]) for row in read_table(out, "claims")] == [
        ("feed-1", "Lena Fischer"), ("7", "Lena Fischer")]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(error["id"], error["error"].split(" (")[0]) for error in errors] == [
        ("feed-2", "the record has no body text"), (None, "not a JSON line")]


def test_an_unreadable_parquet_file_is_an_error_and_the_rest_goes_on(cluster, archive, run_cli, tmp_path):
    (archive / "broken.parquet").write_bytes(b"PAR1 not really parquet")
    out = tmp_path / "out"
    run_cli("batch", archive, "--out", out, "--no-registry", "--scheduler", cluster)
    errors = {error["input"]: error["error"] for error in map(json.loads, (out / "errors.jsonl").read_text().splitlines())}
    assert errors[str(archive / "broken.parquet")].startswith("part failed: ")
    assert json.loads((out / "manifest.json").read_text())["articles"] == 3


def test_an_input_naming_nothing_stops_the_batch_before_it_starts(run_cli, tmp_path):
    output = run_cli("batch", tmp_path / "missing" / "*.txt", "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:1",
                     expect=2)
    assert "no such file, folder or matching files" in output


def test_the_default_local_cluster_runs_worker_processes(archive, run_cli, tmp_path):
    out = tmp_path / "out"
    run_cli("batch", archive / "wire", "--out", out, "--workers", "1", "--no-registry")
    manifest = json.loads((out / "manifest.json").read_text())
    assert (manifest["articles"], manifest["errors"], manifest["worker_threads"]) == (2, 0, 1)


def test_the_local_clusters_workers_skip_the_dashboards_periodic_work():
    with cluster_client(None, 1) as client:
        settings = client.run(lambda: {name: dask.config.get(name) for name in QUIET_DASK})
    assert list(settings.values()) == [QUIET_DASK]
