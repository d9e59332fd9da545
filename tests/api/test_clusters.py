"""Claim clusters: the same claim by the same speaker in other articles, and nothing that only looks like it."""
import pytest

from factcheck import clusters, storage
from stored_claims import claim_json

CLAIM = "Japan charges a 700% tariff on rice"


def store(db, speaker: str, content: str, source_id: str | None = None) -> int:
    body = f"{speaker} said {content}."
    return storage.save_article(db, {"title": content, "body": body},
                                [claim_json(body, "c1", speaker, content, source_id=source_id)])["id"]


@pytest.mark.parametrize("other, same", [
    (CLAIM, True),
    ("Japan charges a 700% tariff on rice imports", True),
    ("on rice Japan charges a 700% tariff", True),
    ("Japan charges a 70% tariff on rice", False),
    ("Japan does not charge a 700% tariff on rice", False),
    ("Korea charges a 700% tariff on beef", False),
])
def test_the_same_claim_keeps_its_figures_and_its_polarity(db, other, same):
    first = store(db, "Donald Trump", CLAIM)
    second = store(db, "Donald Trump", other)
    assert [found["article_id"] for found in clusters.appearances(db, first, "c1")] == ([second] if same else [])


def test_the_same_words_by_someone_else_are_another_claim(db):
    first = store(db, "Donald Trump", CLAIM)
    store(db, "Scott Bessent", CLAIM)
    assert clusters.appearances(db, first, "c1") == []


def test_a_registry_source_is_the_same_speaker_under_any_name(db):
    first = store(db, "Donald Trump", CLAIM, source_id="donald-trump")
    second = store(db, "Trump", CLAIM, source_id="donald-trump")
    assert [found["ref"] for found in clusters.appearances(db, first, "c1")] == [f"{second}-c1"]
