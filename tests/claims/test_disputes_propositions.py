"""Reported propositions (DISPUTES.md rule 3): "X denied reports that P" makes P a claim, disputed by X."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, proposition, holder, denier",
    [
        ("Marta Silva denied reports that the ferry contract had been rigged.", "the ferry contract had been rigged", "reports", "Marta Silva"),
        ("The port authority rejected the notion that its cranes were unsafe, saying they pass every inspection.",
         "its cranes were unsafe", "the notion", "The port authority"),
        ("Jonas Eriksen dismissed a report in the Harbour Gazette that he would stand down.", "he would stand down", "the Harbour Gazette", "Jonas Eriksen"),
        ("Marta Silva denied the Gazette's report that she had met the bidders.", "she had met the bidders", "Gazette", "Marta Silva"),
        ('Marta Silva dismissed as "pure fantasy" reports that she had met the bidders.', "she had met the bidders", "reports", "Marta Silva"),
        ("Marta Silva has denied allegations, first reported by the Harbour Gazette, that she had met the bidders.",
         "she had met the bidders", "the Harbour Gazette", "Marta Silva"),
        ("Harbour officials rejected allegations by the auditors that the dock fees were skimmed.",
         "the dock fees were skimmed", "the auditors", "Harbour officials"),
        ("Marta Silva rejected the claim by two former aides that she had met the bidders.",
         "she had met the bidders", "two former aides", "Marta Silva"),
    ],
)
def test_the_reported_proposition_is_a_claim_of_its_holder_disputed_by_the_denier(text, proposition, holder, denier):
    analysis = analyse(text)
    claim = find_claim(analysis, proposition, holder)
    denial = find_claim(analysis, proposition, denier)
    assert claim.span == denial.span and claim.rule == "denied-reported-proposition"
    assert denial.stance == "denial" and claim.stance is None
    assert [(d.by, d.claim_id) for d in claim.disputes] == [(denier, denial.id)], describe(analysis)


def test_a_proposition_runs_to_the_end_of_its_clause_past_a_cue_inside_it():
    analysis = analyse("Ola Berg rejected the idea that the council is calling the harbour master corrupt.")
    assert find_claim(analysis, "corrupt", "the idea").content == "the council is calling the harbour master corrupt"


def test_a_plain_denial_gives_no_second_claim():
    analysis = analyse("Marta Silva denied that the ferry contract had been rigged.")
    assert [c.speaker.name for c in analysis.claims] == ["Marta Silva"]


@pytest.mark.parametrize(
    "text, proposition, holder, disputer",
    [
        ("The mayor repeated his false claim that the bridge had been repaired.", "the bridge had been repaired", "The mayor", "the publication"),
        ("Few believed the Gazette's baseless allegation that the yard dumps oil.", "the yard dumps oil", "Gazette", "the publication"),
        ('"This idea that the ferries are empty is simply not true," Ola Berg said.', "the ferries are empty", "This idea", "Ola Berg"),
        ('"Let us dispel the myth that the tunnel is unsafe," said Ola Berg.', "the tunnel is unsafe", "the myth", "Ola Berg"),
        ("But the idea that the town centre is about to die is, quite simply, nonsense.", "the town centre is about to die", "the idea",
         "the publication"),
        # The passive names who denies it.
        ("The claim that the tunnel was unsafe was also rejected by the port authority, which owns it.", "the tunnel was unsafe", "The claim",
         "the port authority"),
        ("Suggestions that the mine would close have been flatly denied by Karst Metals.", "the mine would close", "Suggestions", "Karst Metals"),
    ],
)
def test_a_proposition_called_false_is_a_claim_disputed_by_whoever_calls_it_false(text, proposition, holder, disputer):
    analysis = analyse(text)
    claim = find_claim(analysis, proposition, holder)
    assert claim.content == proposition and claim.rule == "false-proposition"
    assert [d.mention if d.claim_id is None else d.by for d in claim.disputes] == [disputer], describe(analysis)


def test_a_proposition_nobody_calls_false_is_no_claim():
    analysis = analyse("The idea that the tunnel could open in May pleased the council.")
    assert not analysis.claims, describe(analysis)


def test_a_claim_that_calls_a_proposition_false_is_a_denial():
    analysis = analyse('"Hal Moss keeps repeating the baseless claim that the dam leaks," said Vera Lund.')
    speaker_claim = find_claim(analysis, "Hal Moss keeps repeating", "Vera Lund")
    assert speaker_claim.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "the dam leaks", "the baseless claim").disputes] == [speaker_claim.id], describe(analysis)


@pytest.mark.parametrize(
    "text, proposition, holder, disputer",
    [
        # A denial verb that is no claim's cue, its subject a pronoun for the person who spoke last.
        ("Ana Ruiz, the harbour master, said the pier was closed. But she did - quietly and firmly - contradict "
         "Mayor Tom Reyes's remarks, made in a radio interview on Sunday, that the pier had been repaired.",
         "the pier had been repaired", "Tom Reyes", "Ana Ruiz"),
        # A rebuke for what was said: the party rebuked holds it, the rebuking party disputes it.
        ("The port union on Tuesday rebuked the ferry company for its repeated suggestion that the night crossings were safe.",
         "the night crossings were safe", "the ferry company", "The port union"),
        ("Vogt's office slammed the council for the council's claim that the budget was balanced.",
         "the budget was balanced", "the council", "Vogt's office"),
    ],
)
def test_a_proposition_named_after_a_disputing_verb_outside_any_claim_is_disputed_by_its_subject(text, proposition, holder, disputer):
    analysis = analyse(text)
    claim = find_claim(analysis, proposition, holder)
    assert claim.content == proposition and claim.rule == "false-proposition", describe(analysis)
    assert [d.by for d in claim.disputes] == [disputer], claim.disputes


def test_a_holder_called_wrong_in_their_belief_holds_it_and_the_speaker_disputes_it():
    analysis = analyse("Dr. Lena Vogt said the divers were wrong in their belief that the wreck held gold.")
    claim = find_claim(analysis, "the wreck held gold", "the divers")
    denial = find_claim(analysis, "were wrong in their belief", "Lena Vogt")
    assert claim.content == "the wreck held gold" and denial.stance == "denial"
    assert [(d.by, d.claim_id) for d in claim.disputes] == [("Lena Vogt", denial.id)], describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company blamed the weather for the delays.",  # no proposition named
        "The union praised the board for its statement that the yard would stay open.",  # praise disputes nothing
        "Ana Ruiz repeated her remarks, made on Sunday, that the pier had been repaired.",  # repeating is no denial
    ],
)
def test_no_disputing_verb_no_proposition_claim(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.rule == "false-proposition"], describe(analysis)


def test_a_later_answer_meets_the_claim_that_named_the_proposition_not_the_proposition():
    analysis = analyse(
        "Mayor Tom Reyes said the fishermen were wrong in their recollection that he had promised a new quay.\n\n"
        '"That is untrue. He stood on the slipway and promised the quay to us," said Eva Lind, who chairs the fishermen\'s guild.'
    )
    said = find_claim(analysis, "were wrong in their recollection", "Tom Reyes")
    answer = find_claim(analysis, "promised the quay to us", "Eva Lind")
    assert answer.id in [d.claim_id for d in said.disputes], describe(analysis)


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Marta Silva brushed aside suggestions that she had met the bidders.", "suggestions"),
        ("Marta Silva pushed back against claims that she had met the bidders.", "claims"),
        ("Marta Silva has repeatedly shot down rumours that she had met the bidders.", "rumours"),
    ],
)
def test_a_proposition_set_aside_by_a_phrasal_verb_is_disputed_by_its_subject(text, holder):
    analysis = analyse(text)
    claim = find_claim(analysis, "she had met the bidders", holder)
    assert claim.content == "she had met the bidders"
    assert [d.by for d in claim.disputes] == ["Marta Silva"], describe(analysis)


@pytest.mark.parametrize(
    "text",
    ["Reports that she had met the bidders are false, Marta Silva said.", "Marta Silva said reports that she had met the bidders were untrue."],
)
def test_a_bare_plural_called_false_holds_the_proposition_the_speaker_disputes(text):
    analysis = analyse(text)
    claim = find_claim(analysis, "she had met the bidders", "reports" if "said reports" in text else "Reports")
    assert [d.by for d in claim.disputes] == ["Marta Silva"], describe(analysis)


def test_a_proposition_its_holder_is_already_reported_as_saying_is_not_made_twice():
    analysis = analyse("Marta Silva denied a Harbour Gazette report that she had met the bidders.")
    held = [c for c in analysis.claims if c.content == "she had met the bidders" and c.stance is None]
    assert [(c.speaker.name, [d.by for d in c.disputes]) for c in held] == [("Harbour Gazette", ["Marta Silva"])], describe(analysis)


@pytest.mark.parametrize(
    "text",
    ["Senator Ana Ruiz refused to deny rumours that she would run for governor.", "The club did not dispute reports that the coach had resigned."],
)
def test_a_denial_refused_or_negated_disputes_no_proposition(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.disputes], describe(analysis)


def test_a_denied_proposition_is_not_a_counter_claim_of_its_own():
    analysis = analyse("Tom Reyes said the council was hiding the flood survey. The council dismissed the suggestion that it was hiding the survey.")
    proposition = find_claim(analysis, "it was hiding the survey", "the suggestion")
    assert proposition.stance is None and proposition.disputed


def test_a_denied_proposition_that_restates_an_earlier_claim_disputes_it_too():
    analysis = analyse("Tom Reyes said the council was hiding the flood survey. The council dismissed the suggestion that it was hiding the survey.")
    claim = find_claim(analysis, "the council was hiding the flood survey", "Tom Reyes")
    assert [d.by for d in claim.disputes] == ["The council"]


def test_a_denied_proposition_on_another_point_of_the_same_story_disputes_nothing_earlier():
    analysis = analyse(
        "Tom Reyes said the council had cut the harbour budget for flood defences. "
        "The council rejected claims that its harbour staff had been told to ignore flood warnings."
    )
    assert not find_claim(analysis, "the council had cut the harbour budget for flood defences", "Tom Reyes").disputed


@pytest.mark.parametrize(
    "text, proposition, holder",
    [
        ("Claims from dock workers that the crane had failed twice were rejected by the port authority.", "the crane had failed twice", "dock workers"),
        ("Reports by the Harbour Gazette that the crane had failed twice were denied by the port authority.", "the crane had failed twice",
         "the Harbour Gazette"),
    ],
)
def test_a_proposition_s_holder_named_after_its_noun_holds_it(text, proposition, holder):
    analysis = analyse(text)
    claim = find_claim(analysis, proposition, holder)
    assert [d.mention for d in claim.disputes] == ["the port authority"], describe(analysis)


def test_a_proposition_set_against_a_denial_by_despite_is_disputed_by_the_denier():
    analysis = analyse("The port authority denied that the crane was unsafe, despite claims from dock workers that it had failed twice.")
    denial = find_claim(analysis, "the crane was unsafe", "The port authority")
    assert denial.content == "the crane was unsafe" and denial.stance == "denial", describe(analysis)
    claim = find_claim(analysis, "it had failed twice", "dock workers")
    assert [d.claim_id for d in claim.disputes] == [denial.id], describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "The port authority said the crane was safe, despite reports that it had failed twice.",
        "The port authority raised its fees, despite claims that the crane had failed twice.",
    ],
)
def test_a_proposition_set_against_what_denies_nothing_is_disputed_by_nobody(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.disputed], describe(analysis)


def test_a_proposition_whose_holder_is_named_with_a_place_is_still_set_against_the_denial():
    analysis = analyse("Acme denied that any data was lost, despite claims by staff from the council that the files held passwords.")
    claim = next((c for c in analysis.claims if c.content.startswith("the files held passwords")), None)
    assert claim is not None and claim.disputes, describe(analysis)


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The mayor dismissed reports by the Herald from London that the pier was sold.", "the Herald"),
        ("The mayor dismissed reports by the Herald on Monday that the pier was sold.", "the Herald"),
        ("The mayor dismissed claims by officials in March 2020 that the pier was sold.", "officials"),
        ("The mayor denied the claims by Theresa May that the pier was sold.", "Theresa May"),
        ("The mayor dismissed claims from the 2008 campaign that the pier was sold.", "the 2008 campaign"),
    ],
)
def test_a_holder_named_after_its_noun_stops_at_a_time_or_a_place(text, holder):
    analysis = analyse(text)
    names = {c.speaker.name for c in analysis.claims if c.content == "the pier was sold" and c.speaker}
    assert names == {"The mayor", holder}, describe(analysis)  # the mayor's denial and the proposition


def test_a_time_after_a_noun_is_no_holder():
    analysis = analyse("The mayor dismissed the claims from last year that the pier was sold.")
    assert "last year" not in [c.speaker.name for c in analysis.claims if c.speaker], describe(analysis)
