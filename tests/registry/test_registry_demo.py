"""The demo registry: labelled as demo data, the sample article's people, and the sample article matched against it."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from sources import registry
from sources.demo import DEMO_DATASET

SAMPLE = Path(__file__).parents[3] / "shared" / "corpus" / "us-japan-tariff-talks.txt"
ARTICLE_PEOPLE = {
    "donald-trump", "shigeru-ishiba", "ryosei-akazawa", "scott-bessent", "howard-lutnick", "jamieson-greer",
    "giorgia-meloni", "tobias-harris", "japan-foresight", "government-of-japan", "united-states-government",
}


def test_every_demo_record_is_labelled_demo_and_dated(demo_db):
    records = [*registry.iter_sources(demo_db), *registry.iter_statements(demo_db), *registry.iter_disputes(demo_db)]
    assert {record.dataset for record in records} == {DEMO_DATASET}
    assert all(s.date for s in registry.iter_statements(demo_db)) and all(d.date for d in registry.iter_disputes(demo_db))


def test_the_demo_holds_the_articles_people_and_a_second_harris(demo_db):
    ids = {source.id for source in registry.iter_sources(demo_db)}
    assert ARTICLE_PEOPLE <= ids and "kamala-harris" in ids
    assert {"Tokyo"} <= set(registry.get_source(demo_db, "government-of-japan").aliases)
    assert {"Washington", "Trump administration"} <= set(registry.get_source(demo_db, "united-states-government").aliases)


@pytest.mark.skipif(not SAMPLE.exists(), reason=f"the sample article is not at {SAMPLE} (../shared beside the repository)")
def test_the_sample_article_is_matched_against_the_demo_registry(monkeypatch):
    monkeypatch.delenv("FACTCHECK_DATABASE", raising=False)
    result = CliRunner().invoke(cli, ["analyze", str(SAMPLE), "--format", "json"])
    claims = json.loads(result.output)["claims"]
    sources = {claim["speaker"]["name"]: claim["speaker"]["source"] for claim in claims if claim["speaker"]}
    assert sources["Shigeru Ishiba"]["id"] == "shigeru-ishiba"
    assert sources["Tobias Harris"]["id"] == "tobias-harris"
    [post] = [claim for claim in claims if claim["content"].startswith("A Great Honor")]
    assert (post["provenance"]["status"], post["provenance"]["original"]["date"]) == ("verbatim", "2025-04-16")
    rice = [claim for claim in claims if "700% tariff on rice" in claim["content"]]
    assert rice and all(c["disputed"] and c["registry_disputes"][0]["by"] == "government-of-japan" for c in rice)
