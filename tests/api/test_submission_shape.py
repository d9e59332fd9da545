"""A submission is serialised once: the analysis JSON is stored as it is, and the answer is what was stored."""
import pytest

from claims import analyse
from factcheck.schemas import dump_analysis, stored_claim
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


@pytest.mark.parametrize("body", ARTICLES)
def test_a_submitted_article_reads_back_as_it_was_answered(client, auth, db, body):
    load_demo(db)
    answered = client.post("/api/v1/articles", json={"body": body, "published_at": "2025-04-01"}, headers=auth)
    assert answered.status_code == 201
    assert client.get(answered.headers["Location"]).get_json() == answered.get_json()
