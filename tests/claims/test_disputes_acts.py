"""Denials the article tells, with no words of their own: "Vogt rejected that account." disputes the claim before."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse

CLAIM = "Harbour master Tom Reyes said the north quay had been repaired in May."


@pytest.mark.parametrize(
    "told, disputer",
    [
        ("Engineer Lena Vogt rejected that account.", "Engineer Lena Vogt"),
        ("Vogt disputes this.", "Vogt"),
        ("But the council's engineers flatly denied it.", "the council's engineers"),
        ("The port authority swiftly rebutted this.", "The port authority"),
        # The speaker's own verb set in quotation marks, with its adverb.
        ('The port authority "categorically denies" the claims.', "The port authority"),
        ('Lena Vogt "rejected" that account.', "Lena Vogt"),
        # A contradicting cue with a pointing object.
        ("The port authority pushed back on that claim.", "The port authority"),
        ("Lena Vogt took issue with this account.", "Lena Vogt"),
        # When the denial was made may end the sentence.
        ("Engineer Lena Vogt disputed that on Tuesday.", "Engineer Lena Vogt"),
        # In the passive, the agent denies.
        ("The allegation was denied by the port authority.", "the port authority"),
        ("That account was flatly rejected by Engineer Lena Vogt on Friday.", "Engineer Lena Vogt"),
        ("His claim was quickly dismissed by the harbour board.", "the harbour board"),
        # A verb that doubts only what its object points back at.
        ("Lena Vogt questioned that account.", "Lena Vogt"),
        ("The port authority challenged the findings.", "The port authority"),
        ("Engineer Lena Vogt contests this.", "Engineer Lena Vogt"),
        ("The port authority cast doubt on that explanation on Friday.", "The port authority"),
    ],
)
def test_a_told_denial_disputes_the_claim_just_before_for_its_subject(told, disputer):
    analysis = analyse(f"{CLAIM} {told}")
    claim = find_claim(analysis, "the north quay had been repaired", "Tom Reyes")
    assert [(d.by, d.claim_id) for d in claim.disputes] == [(disputer, None)], describe(analysis)


@pytest.mark.parametrize(
    "told, disputer",
    [("The port authority rejected the account in a statement.", "The port authority"), ("Lena Vogt flatly denied it last week.", "Lena Vogt")],
)
def test_a_denial_pointing_back_before_when_or_how_it_was_made_disputes_the_claim_just_before(told, disputer):
    analysis = analyse(f"{CLAIM} {told}")
    claim = find_claim(analysis, "the north quay had been repaired", "Tom Reyes")
    assert [d.by for d in claim.disputes] == [disputer], describe(analysis)


@pytest.mark.parametrize(
    "told",
    [
        "Vogt declined to dispute that.",  # a refusal to deny
        "He later denied it.",  # the speaker taking back his own words is no dispute
        "Vogt disputed his earlier comments.",  # a possessive names an owner the claim before need not be by
        "Vogt denied the request.",  # not something said
        "The request was denied by the port authority.",  # not something said, in the passive
        "The bill was rejected by the council.",
        "Asked if it had, 40 percent of dockers agreed and 44 percent of pilots disagreed.",  # a poll: no subject opens the sentence
    ],
)
def test_no_told_denial_no_dispute(told):
    analysis = analyse(f"{CLAIM} {told}")
    assert not find_claim(analysis, "the north quay had been repaired", "Tom Reyes").disputes, describe(analysis)


@pytest.mark.parametrize(
    "told, disputer", [("Lena Vogt disagreed.", "Lena Vogt"), ("The auditors strongly objected.", "The auditors"), ("Others disagree.", "Others")]
)
def test_a_contradicting_cue_alone_disputes_the_claim_just_before(told, disputer):
    analysis = analyse(f"{CLAIM} {told}")
    claim = find_claim(analysis, "the north quay had been repaired", "Tom Reyes")
    assert [d.by for d in claim.disputes] == [disputer], describe(analysis)


def test_a_disagreement_and_the_quotation_after_it_dispute_once():
    analysis = analyse(f'{CLAIM} Lena Vogt disagreed. "The quay has not been touched since 2019," she said.')
    claim = find_claim(analysis, "the north quay had been repaired", "Tom Reyes")
    assert [d.by for d in claim.disputes] == ["Lena Vogt"], describe(analysis)


@pytest.mark.parametrize(
    "told, disputer",
    [
        ("But the ferry crews' union took issue with the prediction of looming morale problems.", "the ferry crews' union"),
        ("But at least some of the likely beneficiaries of the new levy rejected the warnings about morale.", "the likely beneficiaries"),
    ],
)
def test_a_told_denial_describing_what_it_answers_disputes_that_claim_further_back(told, disputer):
    analysis = analyse(
        "Opponents argued that the harbour levy would cost millions and would undermine the morale of ferry crews.\n\n"
        "Ola Berg said the levy would be paid from April. Tom Reyes said the ferry would run on Sundays. "
        f"Lena Vogt said the pier would be rebuilt.\n\n{told}"
    )
    assert [d.mention for d in find_claim(analysis, "undermine the morale", "Opponents").disputes] == [disputer], describe(analysis)
    assert not find_claim(analysis, "the pier would be rebuilt", "Lena Vogt").disputes, describe(analysis)


def test_a_quotation_that_negates_after_a_counted_group_s_denial_is_one_of_them_speaking():
    analysis = analyse(
        "Police said the cyclist had struck the van's mirror. Two witnesses disputed that account. "
        '"He never went near the van," said Ida Lund, who was waiting at the bus stop.'
    )
    assert find_claim(analysis, "He never went near the van", "Ida Lund").stance == "denial"
    assert "Ida Lund" in [d.by for d in find_claim(analysis, "the cyclist had struck the van's mirror", "Police").disputes]


def test_a_quotation_after_a_counted_group_s_denial_that_negates_nothing_is_no_denial():
    analysis = analyse(
        "Police said the cyclist had struck the van's mirror. Two witnesses disputed that account. "
        '"It was raining hard," said Ida Lund, who was waiting at the bus stop.'
    )
    assert find_claim(analysis, "It was raining hard", "Ida Lund").stance is None


@pytest.mark.parametrize(
    "told",
    [
        "Lena Vogt questioned whether the quay would open in June.",  # a question, no denial
        "The port authority challenged the ruling in court.",  # not something said
        "Lena Vogt contested the seat in 2019.",  # a contest, not a dispute
        "The harbour board questioned the engineers.",  # people, not what they said
    ],
)
def test_a_verb_that_doubts_disputes_nothing_without_an_object_pointing_back(told):
    analysis = analyse(f"{CLAIM} {told}")
    assert not find_claim(analysis, "the north quay had been repaired", "Tom Reyes").disputes, describe(analysis)


@pytest.mark.parametrize(
    "told, disputer",
    [
        ("Lena Vogt contests his account.", "Lena Vogt"),
        ("The port authority disputed the harbour master's version.", None),  # "master" names no speaker here
        ("Lena Vogt rejected Ola Berg's account.", None),  # an account the article never reported
    ],
)
def test_a_told_denial_of_an_owned_account_disputes_the_owner_s_claim(told, disputer):
    analysis = analyse(f"{CLAIM} {told}")
    claim = find_claim(analysis, "the north quay had been repaired", "Tom Reyes")
    assert [d.by for d in claim.disputes] == ([disputer] if disputer else []), describe(analysis)


@pytest.mark.parametrize(
    "text, disputer",
    [
        ("Tom Reyes said repairs to the quay had cost 40,000 pounds. The port authority challenged Reyes's figures.", "The port authority"),
        ("Tom Reyes said the quay had been repaired in May. The port authority challenged Reyes's figures.", None),
        ("Tom Reyes said prices would fall. Lena Vogt challenged Reyes's results.", None),  # a race's, an exam's: no one's words
        ("Tom Reyes said the survey's results showed the quay was safe. Lena Vogt questioned Reyes's results.", "Lena Vogt"),
    ],
)
def test_figures_or_results_owned_are_a_claim_only_when_it_gives_a_figure_or_names_them(text, disputer):
    analysis = analyse(text)
    claim = next(c for c in analysis.claims if c.speaker and c.speaker.name == "Tom Reyes")
    assert [d.by for d in claim.disputes] == ([disputer] if disputer else []), describe(analysis)


@pytest.mark.parametrize(
    "text, disputer",
    [
        ('"We paid every refund in full," the airline said. Brown challenged his account.', None),  # "his" is no airline's
        ('"The figures are correct," the union said. The company questioned its figures.', None),  # its own figures
        ('"The refund was paid in March," the airline said. Maria Ortiz questioned its account.', "Maria Ortiz"),
        ("Orla Penn said the gate had been locked all night. The courier firm Delmont questioned his account.", None),  # not hers
        ("Orla Penn said the gate had been locked all night. The courier firm Delmont questioned her account.", "The courier firm Delmont"),
    ],
)
def test_an_owner_s_pronoun_must_fit_the_speaker_and_not_the_denier(text, disputer):
    analysis = analyse(text)
    claim = analysis.claims[0]
    assert [d.by for d in claim.disputes] == ([disputer] if disputer else []), describe(analysis)


@pytest.mark.parametrize(
    "told",
    [
        "The opposition challenged the minister to resign.",
        "The lawyer questioned the witness for an hour.",
        "His rival challenged the results in court.",
        "His rival challenged the results.",
        "Jones contested the seat.",
    ],
)
def test_a_doubting_verb_with_no_statement_for_object_disputes_nothing(told):
    analysis = analyse(f'"We won the vote fairly," Tom Reyes said. {told}')
    assert not find_claim(analysis, "We won the vote fairly", "Tom Reyes").disputes, describe(analysis)


def test_standing_by_its_own_findings_disputes_the_claim_set_against_them():
    analysis = analyse(f"{CLAIM} Engineer Lena Vogt said the quay had not been touched since 2019. Reyes stood by his findings.")
    claim = find_claim(analysis, "the quay had not been touched since 2019", "Engineer Lena Vogt")
    assert [d.by for d in claim.disputes] == ["Tom Reyes"], describe(analysis)


def test_the_claim_its_side_makes_right_after_a_told_denial_spells_it_out():
    analysis = analyse(
        "Orla Penn told the hearing that her supervisor had locked the fire door. The courier firm Delmont contests her account. "
        "The company says the door was open all day."
    )
    assert find_claim(analysis, "the door was open all day", "The company").stance == "denial", describe(analysis)
    assert [d.mention for d in find_claim(analysis, "her supervisor had locked the fire door", "Orla Penn").disputes] == ["The company"], describe(analysis)


@pytest.mark.parametrize("told", ["Vogt denied ever saying that.", "Vogt denied saying it on Friday."])
def test_denying_having_said_what_was_reported_of_one_disputes_the_report(told):
    analysis = analyse(f"Harbour master Tom Reyes said Lena Vogt had told him in May that the quay was unsafe. {told}")
    claim = find_claim(analysis, "Lena Vogt had told him in May", "Tom Reyes")
    assert [d.by for d in claim.disputes] == ["Lena Vogt"], describe(analysis)
