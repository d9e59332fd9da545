"""Step definitions for features/archive: an archive editor running a batch, a CMS integrator importing it."""
import json

from pytest_bdd import given, parsers, scenarios, then, when

from factcheck import create_app
from factcheck.batch.tables import read_table

scenarios("archive")


@given("a folder of archived stories, plain text and web pages, with one empty file among them", target_fixture="folder")
def folder(archive):
    return archive


@when("the archive editor runs the batch over the folder", target_fixture="runs")
def first_run(folder, run_cli, cluster, tmp_path):
    return [run_batch(folder, run_cli, cluster, tmp_path / "out")]


@when("the archive editor runs the batch over the folder again")
def second_run(folder, run_cli, cluster, tmp_path, runs):
    runs.append(run_batch(folder, run_cli, cluster, tmp_path / "out"))


def run_batch(folder, run_cli, cluster, out) -> dict:
    """Run the batch; the rows it wrote, its errors and manifest."""
    run_cli("batch", folder, "--out", out, "--scheduler", cluster)
    return {
        "out": out, "articles": list(read_table(out, "articles")), "claims": list(read_table(out, "claims")),
        "errors": [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()],
        "manifest": json.loads((out / "manifest.json").read_text()),
    }


@then("the claims table has one row per claim, each naming its story")
def one_row_per_claim(runs):
    stories = {article["id"]: article["claim_count"] for article in runs[0]["articles"]}
    named = [claim["article_id"] for claim in runs[0]["claims"]]
    assert set(named) <= set(stories) and len(named) == sum(stories.values()) > 0
    assert all(named.count(story) == count for story, count in stories.items())


@then('those claims are the ones "factcheck analyze" finds in the same files')
def same_as_analyze(runs, run_cli):
    files = [article["id"] for article in runs[0]["articles"]]
    analysed = {line["file"]: line["claims"] for line in map(json.loads, run_cli("analyze", *files).splitlines())}
    assert {file: [json.loads(row["claim"]) for row in runs[0]["claims"] if row["article_id"] == file]
            for file in files} == analysed


@then("the errors file names the empty file")
def empty_file_listed(runs, folder):
    assert [(error["input"], error["error"]) for error in runs[0]["errors"]] == [(str(folder / "empty.txt"), "input is empty")]


@then(parsers.parse("the run's manifest counts {stories:d} stories and {errors:d} error"))
def manifest_counts(runs, stories, errors):
    assert (runs[0]["manifest"]["articles"], runs[0]["manifest"]["errors"]) == (stories, errors)


@then("both runs wrote the same rows")
def same_rows(runs):
    first, second = ({key: run[key] for key in ("articles", "claims", "errors")} for run in runs)
    assert first == second


@when("the CMS integrator imports the batch into the service database")
@when("the CMS integrator imports the batch into the service database again")
def import_batch(runs, run_cli, tmp_path):
    run_cli("import-batch", runs[0]["out"], "--database", tmp_path / "service.db")


@then(parsers.parse("the API holds {count:d} stories"))
def api_holds(tmp_path, count):
    client = create_app({"TESTING": True, "DATABASE": str(tmp_path / "service.db")}).test_client()
    assert client.get("/api/v1/articles?page=1").get_json()["total"] == count


@then(parsers.parse('the API finds the claims of "{speaker}"'))
def api_finds(tmp_path, speaker):
    client = create_app({"TESTING": True, "DATABASE": str(tmp_path / "service.db")}).test_client()
    items = client.get("/api/v1/claims", query_string={"speaker": speaker}).get_json()["items"]
    assert items and {item["speaker"]["name"] for item in items} == {speaker}
