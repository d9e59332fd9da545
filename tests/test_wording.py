"""factcheck.wording: a denial is worded as a denial, and who disputes a claim is named, the same everywhere."""
import pytest

from factcheck import wording
from stored_claims import claim_json

BODY = ("Mayor Ines Albo said the ferry would run all winter. The harbour board denied the ferry would run all winter. "
        "Albo: \"That is nonsense.\"")


def claim(content, speaker, cue="said", stance=None, dispute=None):
    return claim_json(BODY, "c1", speaker, content, dispute, cue=cue, stance=stance)


@pytest.mark.parametrize(
    "made, verb, statement",
    [
        (claim("the ferry would run all winter", "Ines Albo"), "indirect", "the ferry would run all winter"),
        (claim("the ferry would run all winter", "harbour board", cue="denied", stance="denial"), "denied",
         "harbour board denied: the ferry would run all winter"),
        (claim("That is nonsense.", "Albo", cue=":", stance="denial"), "denies", "Albo denies: That is nonsense."),
    ],
)
def test_a_denial_puts_its_cue_between_speaker_and_content(made, verb, statement):
    assert (wording.verb(made), wording.statement(made)) == (verb, statement)


def test_disputers_name_the_article_s_and_the_registry_s():
    disputed = claim("the ferry would run all winter", "Ines Albo", dispute=("harbour board", "harbour board"))
    disputed["registry_disputes"] = [
        {"id": "d1", "statement_id": "s1", "by": "harbour-board", "by_name": None, "counter_claim": None,
         "reviewer": "Ferry Check", "rating": "false", "url": None, "date": None},
    ]
    assert wording.disputers(disputed) == ["harbour board", "Ferry Check (on record)"]


def test_denial_targets_read_the_dispute_links_backwards():
    claims = [
        {"id": "c1", "disputes": [{"claim_id": "c2"}, {"claim_id": None}]},
        {"id": "c2", "disputes": [{"claim_id": "c3"}]},
        {"id": "c3", "disputes": []},
        {"id": "c4", "disputes": [{"claim_id": "c3"}]},
    ]
    assert wording.denial_targets(claims) == {"c2": ["c1"], "c3": ["c2", "c4"]}


@pytest.mark.parametrize("speaker, expected", [({"name": "", "mention": "she"}, "she"), (None, "The publication")])
def test_speaker_name_falls_back_to_the_mention_then_the_publication(speaker, expected):
    assert wording.speaker_name({"speaker": speaker}) == expected
