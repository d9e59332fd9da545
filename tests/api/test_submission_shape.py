"""A submission is serialised once: the analysis JSON is stored as it is, and the answer is what was stored."""
import orjson
import pytest

from claims import analyse
from factcheck.schemas import dump_analysis, stored_claim, stored_statement
from sources import enrich, load_index
from sources.demo import load_demo

ARTICLES = [
    'TOKYO (Wire) - "We will not give in on rice," Japan\'s prime minister, Shigeru Ishiba, told lawmakers.\n\n'
    "U.S. President Donald Trump said the talks had made big progress. Tokyo denied that it manipulates its currency.\n",
    "By Ana Lima\n\nThe ferry will run hourly, according to the harbour board. Officials, who asked not to be "
    'named, said fares could rise.\n\n"It is about time," said commuter Rui Costa, 34.\n',
]


@pytest.mark.parametrize("body", ARTICLES)
def test_the_analysis_json_is_already_a_complete_stored_claim(db, body):
    load_demo(db)
    analysis = analyse(body)
    claims = dump_analysis(analysis, enrich(analysis, load_index(db)))["claims"]
    assert claims and [stored_claim.load(claim) for claim in claims] == claims

# The publication's own figures: its statements.
WITH_STATEMENTS = [
    'Harbour fees rose 12% last year to 40 million euros, the highest since 2009. "We will cut them," said Mayor Ana '
    "Lima.\n",
    "By Rui Costa\n\nThe ferry carried 2.4 million passengers in 2024, up 8% on the year before.\n\n"
    "(c) 2025 Porto Daily News\n",
]


@pytest.mark.parametrize("body", WITH_STATEMENTS)
def test_a_statement_is_stored_as_the_stored_claim_schema_completes_it(body):
    statements = dump_analysis(analyse(body), statements=True)["statements"]
    loaded = [stored_claim.load(statement) for statement in statements]
    completed = [stored_statement(statement) for statement in statements]
    assert statements and orjson.dumps(completed) == orjson.dumps(loaded)  # the same keys in the same order


@pytest.mark.parametrize("body", ARTICLES)
def test_a_submitted_article_reads_back_as_it_was_answered(client, auth, db, body):
    load_demo(db)
    answered = client.post("/api/v1/articles", json={"body": body, "published_at": "2025-04-01"}, headers=auth)
    assert answered.status_code == 201
    assert client.get(answered.headers["Location"]).get_json() == answered.get_json()
