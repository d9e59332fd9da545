"""A re-analysed article's claims keep the ids of the claims they are; new claims never take an id used before."""
import pytest

from factcheck.claim_identity import kept_ids


def claim(claim_id: str, content: str, speaker: str | None = "Ada Obi", nested_in=None, disputed_by=None) -> dict:
    return {"id": claim_id, "content": content, "speaker": speaker and {"name": speaker}, "nested_in": nested_in,
            "disputes": [{"by": "Tom Hale", "claim_id": disputed_by}] if disputed_by else []}


def ids(claims: list[dict]) -> list[tuple[str, str]]:
    return [(item["id"], item["content"]) for item in claims]


def test_a_claim_that_survives_keeps_its_id_and_new_ones_come_after_the_highest():
    stored = [claim("c1", "the pier reopens in June"), claim("c2", "tolls stay")]
    fresh = [claim("c1", "we were told nothing", "Mia Berg"), claim("c2", "the pier reopens in June")]
    renamed, numbers = kept_ids(stored, fresh, {})
    assert ids(renamed) == [("c3", "we were told nothing"), ("c1", "the pier reopens in June")]
    assert numbers == {"c": 3}


def test_an_id_once_used_is_never_given_to_another_claim():
    stored = [claim("c1", "the pier reopens in June")]
    renamed, numbers = kept_ids(stored, [claim("c1", "tolls rise")], {"c": 7})
    assert (ids(renamed), numbers) == ([("c8", "tolls rise")], {"c": 8})


@pytest.mark.parametrize(("before", "after", "same"), [
    ("The pier reopens in June,", "the  pier reopens in June,", True),  # case and spacing
    ("the pier will reopen in June after repairs", "the pier will reopen in June after the repairs", True),
    ("tolls rise by 70% in May", "tolls rise by 700% in May", False),  # a corrected figure is another claim
    ("the pier will reopen in June", "the pier will not reopen in June", False),  # so is a negation
    ("the pier reopens in June", "the ferry timetable is being rewritten", False),
])
def test_the_same_claim_is_the_same_speaker_with_the_same_words_or_nearly(before, after, same):
    renamed, _ = kept_ids([claim("c4", before)], [claim("c1", after)], {})
    assert (renamed[0]["id"] == "c4") is same


def test_the_same_words_by_another_speaker_are_another_claim():
    renamed, _ = kept_ids([claim("c1", "the pier reopens in June", "Ada Obi")],
                          [claim("c1", "the pier reopens in June", "Tom Hale")], {})
    assert renamed[0]["id"] == "c2"


def test_references_between_claims_follow_the_new_ids_and_statements_keep_their_own_numbers():
    stored = [claim("c1", "the pier reopens in June"), claim("c2", "it will not", "Tom Hale"),
              claim("s1", "tolls rose 4% last year", "The Coast Post")]
    fresh = [claim("c1", "repairs are late", "Mia Berg"), claim("c2", "the pier reopens in June", disputed_by="c3"),
             claim("c3", "it will not", "Tom Hale", nested_in="c1"), claim("s1", "tolls rose 4% last year", "The Coast Post")]
    renamed, numbers = kept_ids(stored, fresh, {})
    assert ids(renamed) == [("c3", "repairs are late"), ("c1", "the pier reopens in June"), ("c2", "it will not"),
                            ("s1", "tolls rose 4% last year")]
    assert (renamed[1]["disputes"][0]["claim_id"], renamed[2]["nested_in"]) == ("c2", "c3")
    assert numbers == {"c": 3, "s": 1}


def test_a_claim_said_twice_matches_each_of_its_appearances_once():
    stored = [claim("c1", "no comment"), claim("c2", "no comment")]
    renamed, _ = kept_ids(stored, [claim("c1", "no comment"), claim("c2", "no comment"), claim("c3", "no comment")], {})
    assert [item["id"] for item in renamed] == ["c1", "c2", "c3"]
