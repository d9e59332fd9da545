"""House styles of the eighth round: match reports with post-match lines, council and health stories, press
conferences with questions put to reporters (sentences of our own)."""
import pytest

from claim_lookup import describe
from claims import analyse
from claims.cues import _plural_of_people
from claims.rules.content import PAST_SAYING_FORMS


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(claim.speaker.name if claim.speaker else None, claim.content) for claim in analyse(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers agreed that the rail subsidy would be cut.",
        "Councillors agreed that the depot should close.",
        "Officials accepted that the count had been late.",
        "Senators later agreed that the bill was flawed.",
    ],
)
def test_a_capitalised_plural_of_people_that_agreed_records_a_decision(text):
    assert not analyse(text).claims, describe(analyse(text))


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Under questioning, Harris agreed that the figures had been rounded up.", "Harris", "the figures had been rounded up"),
        ("Jones accepted that the deadline had passed.", "Jones", "the deadline had passed"),
    ],
)
def test_a_name_ending_in_s_that_agreed_still_grants_a_point(text, speaker, content):
    assert _pairs(text) == [(speaker, content)]


@pytest.mark.parametrize("word, plural", [("Ministers", True), ("Residents", True), ("Jones", False), ("Minister", False), (None, False)])
def test_only_the_plural_of_a_title_or_of_people_named_by_what_they_do_is_a_group(word, plural):
    assert _plural_of_people(word) is plural


@pytest.mark.parametrize(
    "text",
    [
        "Smith said the figures were wrong, and withdrew it later.",
        "Smith said the figures were wrong, and later took it back.",
        "Smith said the figures were wrong, and retracted them within the hour.",
        "Smith said the figures were wrong, and quietly withdrew it on Friday.",
    ],
)
def test_what_the_speaker_then_did_with_the_words_is_not_part_of_them(text):
    assert _pairs(text) == [("Smith", "the figures were wrong")]


def test_a_clause_of_the_reported_words_joined_by_and_stays_in_them():
    assert _pairs("Smith said the council had cut the budget, and raised fees.") == [("Smith", "the council had cut the budget, and raised fees")]


def test_the_past_forms_of_saying_and_taking_back_hold_the_irregular_ones_and_no_present_forms():
    assert {"said", "told", "wrote", "withdrew", "took", "retracted"} <= set(PAST_SAYING_FORMS)
    assert not {"says", "saying", "withdraw", "take"} & set(PAST_SAYING_FORMS)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Per the company, sales fell by a third last year.", "the company", "sales fell by a third last year"),
        ("Sales fell by a third last year, per the company.", "the company", "Sales fell by a third last year"),
        ("The driver was arrested at the scene, per Northshire Police.", "Northshire Police", "The driver was arrested at the scene"),
        ("Per a filing on Friday, the firm lost $3 million.", "a filing on Friday", "the firm lost $3 million"),
    ],
)
def test_per_before_a_source_stands_for_according_to(text, speaker, content):
    assert _pairs(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    ["He earns $40 per hour.", "Prices rose 5 per cent in May.", "Per capita spending rose in May.", "Half of the fee, per the scheme, is due in May."],
)
def test_per_as_a_rate_or_set_off_mid_clause_is_no_cue(text):
    assert not analyse(text).claims, describe(analyse(text))


def test_per_as_a_first_name_is_the_speaker():
    assert _pairs("Per Nilsson, a fan, said the team was tired.") == [("Per Nilsson", "the team was tired")]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            'Rovers manager Rory Tait was unhappy. Tait on the referee: "He had a poor afternoon."',
            "Rory Tait", "He had a poor afternoon.",
        ),
        ('Coach Mia Brandt on her future: “I am not going anywhere.”', "Mia Brandt", "I am not going anywhere."),
        (
            "The company's chief scientific officer, Martin Oyelaran, on the pause: \"It is the right call.\"",
            "Martin Oyelaran", "It is the right call.",
        ),
    ],
)
def test_a_speaker_on_a_topic_then_a_colon_gives_the_quotation(text, speaker, content):
    claims = analyse(text).claims
    assert [(c.speaker.name if c.speaker else None, c.content, c.kind) for c in claims] == [(speaker, content, "direct")]


def test_a_clause_relying_on_something_before_a_colon_is_no_topic_line():
    assert not [c for c in analyse('The club relies on the referee: "He is key."').claims if c.rule == "speaker-on-topic-quote"]


@pytest.mark.parametrize(
    "text, content",
    [
        ('The mayor asked reporters: "Where were you when the budget passed?"', "Where were you when the budget passed?"),
        ("The mayor asked the crowd: “Who here wants higher rates?”", "Who here wants higher rates?"),
    ],
)
def test_a_question_put_to_listeners_before_a_colon_is_one_claim_without_them(text, content):
    assert _pairs(text) == [("The mayor", content)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Rain delayed the start. "We will keep going," he said, as coach Peter Jones said the board would meet.', "he"),
        ('Rain delayed the start. "We will keep going," he said of Peter Jones.', "he"),
        ('Rain delayed the start. "We will keep going," he said.\n\nPeter Jones, 41, has coached the side since 2019.', "Peter Jones"),
    ],
)
def test_a_lead_pronoun_stands_for_someone_named_after_its_sentence_only(text, speaker):
    assert _pairs(text)[0] == (speaker, "We will keep going,")


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Asked about reports that the plant would close, Smith said the company had no such plans.", "Smith", "the company had no such plans"),
        ("When asked about the latest claims that he had lied, the minister said he had told the truth.", "the minister", "he had told the truth"),
    ],
)
def test_reports_a_speaker_is_asked_about_are_no_claim_of_the_questioner(text, speaker, content):
    assert _pairs(text) == [(speaker, content)]


def test_a_question_about_a_thing_is_still_the_questioners():
    assert ("unnamed questioner", "the closure of the plant") in _pairs("Asked about the closure of the plant, Smith said the company had no plans.")
