"""The article's own voice: "falsely claimed", "said, without evidence" dispute a claim for the publication."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.disputes.words import FOLLOWING_REACH


@pytest.mark.parametrize(
    "text, words, speaker, marker",
    [
        ("Rena Kato falsely claimed that the dam had been inspected.", "the dam had been inspected", "Rena Kato", "falsely"),
        ("The dam had been inspected, Rena Kato said without evidence.", "The dam had been inspected", "Rena Kato", "without evidence"),
        ("Rena Kato claimed, without offering evidence, that the dam had been inspected.", "the dam had been inspected", "Rena Kato", "without offering evidence"),
        ("Rena Kato said the dam had been inspected last year, but records show that is simply not true.", "the dam had been inspected", "Rena Kato", "that is simply not true"),
    ],
)
def test_the_publication_disputes_a_claim_its_own_words_call_false(text, words, speaker, marker):
    claim = find_claim(analyse(text), words, speaker)
    assert [(d.mention, d.cue, d.claim_id) for d in claim.disputes] == [("the publication", marker, None)]
    assert text[slice(*claim.disputes[0].span)] == marker


def test_a_claim_reported_plainly_is_not_disputed_by_the_publication():
    analysis = analyse("Rena Kato said that the dam had been inspected with care.")
    assert not any(c.disputes for c in analysis.claims), describe(analysis)


def test_a_falsity_word_in_the_rest_of_the_claim_s_sentence_is_the_publication_s_dispute():
    text = "Rena Kato denied that the levy breaks the law, though her case rests on a discredited reading of the statute."
    claim = find_claim(analyse(text), "the levy breaks the law", "Rena Kato")
    assert [(d.mention, d.cue) for d in claim.disputes] == [("the publication", "discredited")]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rena Kato said, without evidence, that the dam had been inspected.",
        "Senator Rena Kato claimed, without providing any evidence, that the dam had been inspected.",
    ],
)
def test_the_publication_s_aside_is_not_part_of_the_claim_it_disputes(text):
    claim = find_claim(analyse(text), "the dam had been inspected", "Rena Kato")
    assert claim.content == "the dam had been inspected"
    assert [d.mention for d in claim.disputes] == ["the publication"]


def test_an_aside_before_that_is_left_out_of_any_claim():
    claim = find_claim(analyse("Rena Kato said, in a statement on Friday, that the dam had been inspected."), "dam", "Rena Kato")
    assert claim.content == "the dam had been inspected"
    assert not claim.disputes


@pytest.mark.parametrize(
    "text, marker",
    [
        ("Senator Rena Kato said the dam had been inspected, though there is no evidence to support that.", "there is no evidence"),
        ("Senator Rena Kato said the dam had been inspected, but she has offered no proof of it.", "she has offered no proof"),
        ("Senator Rena Kato said the dam had been inspected, a claim fact-checkers have repeatedly debunked.",
         "a claim fact-checkers have repeatedly debunked"),
        ("Senator Rena Kato said the dam had been inspected — an assertion for which she offered no evidence.",
         "an assertion for which she offered no evidence"),
    ],
)
def test_the_rest_of_the_claim_s_sentence_says_nothing_supports_it(text, marker):
    claim = find_claim(analyse(text), "the dam had been inspected", "Rena Kato")
    assert [(d.mention, text[slice(*d.span)]) for d in claim.disputes] == [("the publication", marker)]


@pytest.mark.parametrize(
    "verdict",
    [
        "That is false.",
        "This is simply not true: no inspector has visited since 2019.",
        "The claim is baseless.",
        "That claim is false.",
        "There is no evidence that it was.",
        "There is no evidence that the dam was ever inspected.",  # the claim said again
        "She provided no evidence for the claim.",
        "However, she did not offer any evidence.",
        "Contrary to her claim, no inspector has visited the dam since 2019.",
        "Despite her claim, no inspector has visited the dam since 2019.",
        "It is also wrong.",
        "It is a striking claim. It is also wrong.",  # a verdict two sentences on, no claim between
        "It was not.",  # a bare no
        "Is that true? No.",  # the explainer's own question, answered no
        "Records from the county office show that the dam was not inspected in March.",  # documents showing the opposite
        "Was it really inspected? No, it was not.",
        "Verdict: False.",  # a fact-checker's label line
        "\n\nOUR RULING: Mostly false\n",
    ],
)
def test_the_publication_s_next_sentence_gives_its_verdict_on_the_claim(verdict):
    text = f"Senator Rena Kato said the dam had been inspected in March. {verdict}"
    claim = find_claim(analyse(text), "the dam had been inspected", "Rena Kato")
    assert [d.mention for d in claim.disputes] == ["the publication"]
    assert text[slice(*claim.disputes[0].span)] in verdict


@pytest.mark.parametrize(
    "after",
    [
        "There is no evidence of damage to the road.",  # evidence of something else
        "There is no evidence that the road was damaged.",  # another thing unsupported
        "Her office said there was no evidence of cracks.",  # someone's claim, not the publication's words
        'The inspectors found no cracks. "That is false," said Lars Ek.',  # a verdict two sentences on, by a speaker
        'Lars Ek said the dam was built in 1961. That is false.',  # the verdict is on the claim reported last
        'Lars Ek said it was not.',  # a bare no of another speaker's is theirs
        "The dam was built in 1961. The spillway was rebuilt in 1990. The turbines were replaced in 2004. That is false.",  # beyond reach
        "The report was published on Friday.",
        "Verdict: True.",  # a label that upholds the claim
        "Is that true? Yes.",  # a question answered yes
        "Records from the county office show that the dam was built in 1961.",  # documents showing something else
        "Why does it matter? No one can cross the dam.",  # a question that "No" does not answer
        "The verdict: the inspectors were late.",  # a label that rates nothing false
    ],
)
def test_a_next_sentence_that_gives_no_verdict_on_the_claim_disputes_nothing_for_the_publication(after):
    analysis = analyse(f"Senator Rena Kato said the dam had been inspected in March. {after}")
    claim = find_claim(analysis, "the dam had been inspected", "Rena Kato")
    assert not [d for d in claim.disputes if d.mention == "the publication"], describe(analysis)


def test_the_publication_saying_a_position_was_never_taken_disputes_the_claim_that_it_was():
    text = (
        '"Why does nobody ask the mayor why she wants every ferry sold to private owners?" Tom Reyes said. '
        "The source of his charge is unclear. The mayor has backed a lease of the ferry terminal, but she has never "
        "said she wants every ferry sold to private owners."
    )
    claim = find_claim(analyse(text), "Why does nobody ask", "Tom Reyes")
    assert [(d.mention, d.cue) for d in claim.disputes] == [("the publication", "has never said she wants every ferry sold to private owners")]


@pytest.mark.parametrize(
    "verdict, disputes",
    [
        ("There is no evidence that 30 crossings were cancelled.", [("the publication", "There is no evidence that 30 crossings were cancelled")]),
        ("There is no evidence that the storms damaged the pier.", []),  # another matter unsupported
    ],
)
def test_the_publication_finding_no_evidence_for_a_claim_it_restates_further_on_disputes_it(verdict, disputes):
    analysis = analyse(
        "Senator Rena Kato said 30 ferry crossings had been cancelled this winter.\n\n"
        f"The harbour office said the timetable had been cut because of storms.\n\n{verdict}"
    )
    assert [(d.mention, d.cue) for d in find_claim(analysis, "30 ferry crossings", "Rena Kato").disputes] == disputes, describe(analysis)


def test_a_position_never_taken_on_another_matter_disputes_nothing():
    analysis = analyse(
        "Tom Reyes said the mayor wants every ferry sold to private owners. The mayor has never said she would run for governor."
    )
    assert not find_claim(analysis, "every ferry sold", "Tom Reyes").disputes, describe(analysis)


@pytest.mark.parametrize("subject", ["Vogt", "she"])
def test_the_publication_setting_against_a_claim_what_its_speaker_left_out_disputes_it(subject):
    text = (
        'Mayor Lena Vogt boasted on Monday that the harbour works had "cost the town nothing."\n\n'
        f"However, astoundingly, {subject} failed to mention the two million crowns the council borrowed for them."
    )
    claim = find_claim(analyse(text), "cost the town nothing", "Lena Vogt")
    assert [(d.mention, d.cue) for d in claim.disputes] == [("the publication", f"However, astoundingly, {subject} failed to mention")]


def test_what_another_party_left_out_disputes_nothing():
    analysis = analyse(
        'Mayor Lena Vogt said on Monday that the harbour works had "cost the town nothing."\n\n'
        "However, Reyes failed to mention the works in his speech."
    )
    assert not any(c.disputes for c in analysis.claims), describe(analysis)


def test_the_rest_of_a_denial_s_sentence_calling_its_case_inaccurate_is_the_publication_s_dispute():
    text = "The ministry denies that the dam was unsafe and defends that view with inaccurate figures taught in its courses."
    claim = find_claim(analyse(text), "the dam was unsafe", "The ministry")
    assert [(d.mention, d.cue) for d in claim.disputes] == [("the publication", "inaccurate")]


@pytest.mark.parametrize(
    "text, words, speaker, marker",
    [
        ("Tom Reyes said the north pier had been closed all week. In fact, the north pier was not closed at all.",
         "the north pier had been closed", "Tom Reyes", "In fact, the north pier was not closed at all"),
        ("Lena Vogt said the ferry had not sailed on Sunday. Actually, the ferry sailed twice on Sunday.",
         "the ferry had not sailed", "Lena Vogt", "Actually, the ferry sailed twice on Sunday"),
    ],
)
def test_the_publication_stating_the_opposite_fact_after_a_claim_disputes_it(text, words, speaker, marker):
    claim = find_claim(analyse(text), words, speaker)
    assert [(d.mention, d.cue) for d in claim.disputes] == [("the publication", marker)]


def test_a_fact_that_bears_a_claim_out_is_no_dispute():
    analysis = analyse("Ola Berg said the bridge was in bad shape. In fact, the bridge had been closed twice this year.")
    assert not any(c.disputes for c in analysis.claims), describe(analysis)


def test_a_falsity_word_said_of_something_in_the_claim_s_own_clause_is_not_the_publication_s():
    analysis = analyse(
        "The university rebutted the company's accusation that articles about the harbour, produced by students at the school, "
        "were misleading and inaccurate."
    )
    assert not [d for c in analysis.claims for d in c.disputes if d.mention == "the publication"], describe(analysis)


def test_documents_the_publication_sets_against_a_denial_dispute_the_denial_not_what_it_denies():
    text = (
        "The Harbour Board denied reports that it had sold the east pier, but minutes seen by this newspaper show the "
        "board approved the sale in May."
    )
    analysis = analyse(text)
    denial = find_claim(analysis, "it had sold the east pier", "Harbour Board")
    assert denial.stance == "denial"
    assert [(d.mention, d.cue) for d in denial.disputes] == [("the publication", "but minutes seen by this newspaper show")]
    reported = find_claim(analysis, "it had sold the east pier", "reports")
    assert [d.by for d in reported.disputes] == ["Harbour Board"]


@pytest.mark.parametrize(
    "after, marker",
    [
        ("But records show 14 crossings were cancelled.", "But records show"),
        ("However, the operator's own logs, published on Friday, revealed that 14 crossings were cancelled.",
         "However, the operator's own logs, published on Friday, revealed"),
    ],
)
def test_documents_set_against_a_claim_in_the_next_sentence_dispute_it(after, marker):
    text = f"Senator Rena Kato said no ferry crossing had been cancelled this winter. {after}"
    claim = find_claim(analyse(text), "no ferry crossing had been cancelled", "Rena Kato")
    assert [(d.mention, d.cue) for d in claim.disputes] == [("the publication", marker)]


@pytest.mark.parametrize(
    "after",
    [
        "Records show 14 crossings were cancelled in 2019.",  # no contrast: more of the story
        "But the operator said its logs show 14 crossings were cancelled.",  # another party's claim, not the publication's words
        "But the operator's chief executive will show the logs to the council on Monday.",  # no document showing anything
    ],
)
def test_documents_not_set_against_the_claim_by_the_publication_dispute_nothing_for_it(after):
    analysis = analyse(f"Senator Rena Kato said no ferry crossing had been cancelled this winter. {after}")
    claim = find_claim(analysis, "no ferry crossing had been cancelled", "Rena Kato")
    assert not [d for d in claim.disputes if d.mention == "the publication"], describe(analysis)


def _no_evidence_at(offset: int) -> str:
    """A claim, then the publication's "There is no evidence that …" starting `offset` characters after its content."""
    claim = "Senator Rena Kato said 30 ferry crossings had been cancelled this winter."
    between = " The ferry runs twice a day from the north quay." * ((offset - 40) // 48)
    digits = offset - 1 - len(between) - len(" The quay is  metres long. ")
    return f"{claim}{between} The quay is {'1' * digits} metres long. There is no evidence that 30 crossings were cancelled."


@pytest.mark.parametrize("offset, disputed", [(FOLLOWING_REACH - 4, True), (FOLLOWING_REACH, False)])
def test_no_evidence_starting_just_inside_the_reach_is_read_though_its_key_word_stands_beyond(offset, disputed):
    text = _no_evidence_at(offset)
    claim = find_claim(analyse(text), "30 ferry crossings", "Rena Kato")
    assert text.index("There is no") - (claim.span[1]) == offset
    assert bool(claim.disputes) == disputed, describe(analyse(text))


@pytest.mark.parametrize("verb", ["have cast doubt on that account", "undermine that account"])
def test_the_publication_s_evidence_casting_doubt_on_a_claim_disputes_it(verb):
    analysis = analyse(f"Police said the driver had run a red light, but dashcam footage and two witnesses {verb}.")
    claim = find_claim(analysis, "the driver had run a red light", "Police")
    assert [d.by for d in claim.disputes] == ["the publication"]
