"""`factcheck import-batch`: a batch's articles and claims stored in the service database, once however often."""
import json

from factcheck import storage
from factcheck.db import open_database


def imported(database) -> tuple[list[dict], list[dict]]:
    """(articles, claims) of the database, each article with its batch id."""
    with open_database(str(database)) as db:
        articles = list(db.query("select id, external_id, title, url from articles order by id"))
        claims = [{**claim, "article_id": claim["article_id"]} for claim in storage.query_claims(db, page_size=100).items]
    return articles, claims


def test_imported_articles_are_stored_with_their_claims(cluster, archive, run_cli, tmp_path):
    out, database = tmp_path / "out", tmp_path / "service.db"
    run_cli("batch", archive, "--out", out, "--scheduler", cluster)
    assert run_cli("import-batch", out, "--database", database) == "Imported 3 new articles, replaced 0.\n"
    articles, claims = imported(database)
    assert sorted(article["external_id"] for article in articles) == sorted(
        str(path) for path in archive.rglob("*") if path.is_file() and path.name != "empty.txt")
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(claims) == manifest["claims"]
    assert {claim["speaker"]["name"] for claim in claims} >= {"Ines Moreau", "Amal Idris"}


def test_importing_again_replaces_instead_of_duplicating(cluster, archive, run_cli, tmp_path):
    out, database = tmp_path / "out", tmp_path / "service.db"
    run_cli("batch", archive, "--out", out, "--scheduler", cluster)
    run_cli("import-batch", out, "--database", database)
    first = imported(database)
    assert run_cli("import-batch", out, "--database", database) == "Imported 0 new articles, replaced 3.\n"
    assert imported(database) == first


def test_an_article_submitted_before_with_the_same_url_is_replaced(cluster, run_cli, tmp_path):
    url = "https://example.org/ferries"
    database = tmp_path / "service.db"
    with open_database(str(database)) as db:
        earlier = storage.save_article(db, {"body": "Ferries run late.", "url": url}, [])["id"]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ferries-2", "url": url, "body": '"Ferries run on time," said Ola Berg.'}) + "\n")
    run_cli("batch", feed, "--out", tmp_path / "out", "--scheduler", cluster)
    assert run_cli("import-batch", tmp_path / "out", "--database", database) == "Imported 0 new articles, replaced 1.\n"
    articles, claims = imported(database)
    assert [(article["id"], article["external_id"]) for article in articles] == [(earlier, "ferries-2")]
    assert [claim["speaker"]["name"] for claim in claims] == ["Ola Berg"]


def test_a_folder_that_is_not_a_batch_output_is_refused(run_cli, tmp_path):
    output = run_cli("import-batch", tmp_path, "--database", tmp_path / "service.db", expect=2)
    assert "no manifest.json" in output
