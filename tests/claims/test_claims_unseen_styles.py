"""House styles written for the second corpus round: parliamentary and Sunday-show reports, magazine features, wire
copy with agency lines, health explainers and press releases (sentences of our own)."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


def speakers_of(text: str, words: str) -> set[str]:
    return {c.speaker.name for c in analyse(text).claims if words in c.content and c.speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The member for Harbourside, Ana Lind, said the ferry would run all winter.", "Ana Lind"),
        ("Deputy leader of the Green Party, Tom Reyes, said the ferry would run all winter.", "Tom Reyes"),
        ("The head of the state branch of the Pilots Guild, Captain Ivo Marsh, said the ferry would run all winter.", "Ivo Marsh"),
        # A name heading its own appositive still speaks.
        ("Ana Lind, the member for Harbourside, said the ferry would run all winter.", "Ana Lind"),
    ],
)
def test_a_name_after_a_description_ending_in_a_place_or_body_is_the_speaker(text, speaker):
    assert speakers_of(text, "the ferry would run all winter") == {speaker}


@pytest.mark.parametrize("participle", ["Noting", "Arguing", "Insisting"])
def test_a_participle_of_saying_opening_the_sentence_is_said_by_the_main_clause_subject(participle):
    text = f"{participle} that the pier had been inspected in May, Ms Ana Lind said the ferry would run all winter."
    analysis = analyse(text)
    assert find_claim(analysis, "the pier had been inspected in May", "Ana Lind").content == "the pier had been inspected in May", describe(analysis)
    assert find_claim(analysis, "the ferry would run all winter", "Ana Lind")


def test_an_opening_participle_that_is_no_verb_of_saying_makes_no_claim():
    analysis = analyse("Knowing that the pier was closed, Ms Ana Lind said the ferry would run all winter.")
    assert not [c for c in analysis.claims if "the pier was closed" in c.content and "ferry" not in c.content], describe(analysis)


def test_a_programme_title_with_its_comma_inside_the_mark_still_sets_off_the_speaker():
    text = 'Ana Lind, speaking later on "Harbour Hour," said the ferry would run all winter.'
    assert speakers_of(text, "the ferry would run all winter") == {"Ana Lind"}


@pytest.mark.parametrize(
    "text, words",
    [
        ("Neither party said when the ferry would return.", "when the ferry would return"),
        ("Nobody said the pier would reopen.", "the pier would reopen"),
        ("The paper asked four harbour pilots.", "four harbour pilots"),
        ("Tom Reyes said the new berth would add about $2 million a year in fees.", "$2 million a year in fees"),
        ("Tom Reyes said the board had not seen one written complaint in a year.", "complaint in a year"),
    ],
)
def test_nobody_a_bare_object_of_asking_an_amount_added_and_a_participle_before_a_noun_make_no_claim(text, words):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.content.startswith(words) or c.content == words], describe(analysis)


@pytest.mark.parametrize(
    "text, content",
    [
        ("Ana Lind asked the board whether the pier would reopen.", "whether the pier would reopen"),
        ("Ana Lind asked voters to back the ferry levy.", "to back the ferry levy"),
        ('"Will it reopen?" Ana Lind asked.', "Will it reopen?"),
        ("Tom Reyes added that the berth would be finished in May.", "the berth would be finished in May"),
        ("Tom Reyes has written that the berth would be finished in May.", "the berth would be finished in May"),
    ],
)
def test_asking_adding_and_writing_still_report_what_follows(text, content):
    analysis = analyse(text)
    assert [c for c in analysis.claims if content in c.content], describe(analysis)


def test_a_denial_naming_whose_claim_it_answers_and_what_about_disputes_that_claim():
    text = (
        "Tom Reyes said the board had received no complaints about the ferry. Reyes said the pier would reopen in May.\n\n"
        "Ana Lind disputed Reyes's claim about the complaints."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "received no complaints", "Tom Reyes").disputed, describe(analysis)
    assert not find_claim(analysis, "the pier would reopen in May", "Tom Reyes").disputed, describe(analysis)


@pytest.mark.parametrize(
    "denier, speaker",
    [("The harbour board", "a harbour board spokesman"), ("Calder Mining", "a Calder spokeswoman"), ("Ms Ana Lind", "Ms Ana Lind")],
)
def test_a_negating_quotation_after_a_denial_that_only_points_back_gives_its_grounds(denier, speaker):
    text = (
        "Two pilots said the board had hidden cracks in the pier.\n\n"
        f'{denier} rejected the account. "Not one pilot raised this with us before today," {speaker} said.'
    )
    analysis = analyse(text)
    assert find_claim(analysis, "Not one pilot raised this").stance == "denial", describe(analysis)
    assert find_claim(analysis, "the board had hidden cracks").disputed, describe(analysis)


@pytest.mark.parametrize(
    "after, speaker, stance",
    [
        ("A spokesperson told us the union had counted delayed crossings as cancelled.", "A spokesperson", "denial"),
        ("Captain Ana Lind said the union had counted delayed crossings as cancelled.", "Ana Lind", None),  # another party
    ],
)
def test_what_the_denier_s_side_says_next_after_words_that_only_deny_gives_the_reasons(after, speaker, stance):
    analysis = analyse(
        "The Ferry Union says more than 300 crossings were cancelled last winter.\n\n"
        f"The harbour board says that is not the case. {after}"
    )
    assert find_claim(analysis, "the union had counted delayed crossings", speaker).stance == stance, describe(analysis)
    disputers = [d.by for d in find_claim(analysis, "300 crossings were cancelled", "Ferry Union").disputes]
    assert (speaker in disputers) == (stance == "denial"), describe(analysis)


@pytest.mark.parametrize(
    "text, quotation",
    [
        # Someone else's quotation after a denial is no denial.
        ("Two pilots said the board had hidden cracks in the pier.\n\nThe harbour board rejected the account. "
         '"There is no reason to close the pier," Ms Ana Lind, a passenger, said.', "There is no reason"),
        # A spokesperson named, or speaking for another party, speaks for themselves.
        ("Two pilots said the board had hidden cracks in the pier.\n\nThe harbour board rejected the account. "
         '"There is no reason to close the pier," a Ferry Union spokesman said.', "There is no reason"),
        # After a denial with content of its own, the denier's quotation is a remark, not its grounds.
        ("Ana Lind said the pier was unsafe.\n\nTom Reyes rejected the claim, saying engineers had passed the pier in May. "
         '"You can\'t run a port on rumours," Reyes said.', "You can't run a port on rumours"),
    ],
)
def test_a_quotation_after_a_denial_is_no_denial_unless_it_gives_the_grounds_of_one_that_points_back(text, quotation):
    analysis = analyse(text)
    assert find_claim(analysis, quotation).stance is None, describe(analysis)


def test_rejecting_the_figure_disputes_the_claim_that_gave_one():
    text = (
        'Ana Lind said ferry fares had risen by 40% since 2020. "Passengers are paying for the board\'s mistakes," she said.\n\n'
        "Tom Reyes rejected the figure, saying fares had risen with inflation."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "had risen by 40% since 2020", "Ana Lind").disputed, describe(analysis)


@pytest.mark.parametrize("words", ["That is not possible", "That was not accurate", "This is not correct"])
def test_a_word_negated_of_what_was_just_said_denies_it(words):
    text = f"Some posts claim the ferry is being sold. {words}, says Ana Lind."
    analysis = analyse(text)
    assert find_claim(analysis, "not", "Ana Lind").stance == "denial", describe(analysis)
    assert find_claim(analysis, "the ferry is being sold").disputed, describe(analysis)


def test_an_answer_to_a_question_is_no_denial_though_negated():
    analysis = analyse("Asked whether the ferry would be sold, Ana Lind said that was not likely.")
    assert not [c for c in analysis.claims if c.stance == "denial"], describe(analysis)


@pytest.mark.parametrize(
    "sentence, pointer",
    [
        ("Tom Reyes rejected her claim in a call with analysts on Wednesday.", "her claim"),
        ("Tom Reyes denied the allegations during a hearing.", "the allegations"),
        ('Tom Reyes dismissed the story as "fantasy" in a radio interview.', 'the story as "fantasy"'),
        ("Tom Reyes rejected the claims as nonsense at a press conference on Monday.", "the claims as nonsense"),
    ],
)
def test_where_a_pointing_denial_was_made_is_not_its_content(sentence, pointer):
    analysis = analyse(f"Ana Lind said the pier was unsafe. {sentence}")
    assert find_claim(analysis, pointer, "Tom Reyes").content == pointer, describe(analysis)


def test_a_pointing_denial_keeps_what_describes_its_claims():
    analysis = analyse("Ana Lind said the pier was unsafe. Tom Reyes denied the claims in the lawsuit that the pier was unsafe.")
    assert not [c for c in analysis.claims if c.speaker and c.speaker.name == "Tom Reyes" and c.content == "the claims"], describe(analysis)


@pytest.mark.parametrize(
    "text, content",
    [
        ("The Speaker warned the member for Kingsford that he would be removed.", "he would be removed"),
        ("Ms Ana Lind told the head of the pilots' union that the talks were over.", "the talks were over"),
        ("Ms Ana Lind told the council that the talks were over.", "the talks were over"),
    ],
)
def test_a_listener_described_by_a_phrase_is_not_the_content(text, content):
    analysis = analyse(text)
    assert [c.content for c in analysis.claims] == [content], describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        'Ana Lind told "Harbour Hour" that the ferry would run all winter.',
        'Ana Lind told Coast Radio\'s "Harbour Hour" that the ferry would run all winter.',
        'Ana Lind said on Coast Radio\'s "Harbour Hour" that the ferry would run all winter.',
    ],
)
def test_a_quoted_programme_title_before_that_is_left_out_of_the_content(text):
    analysis = analyse(text)
    assert [(c.content, c.kind) for c in analysis.claims] == [("the ferry would run all winter", "indirect")], describe(analysis)


@pytest.mark.parametrize(
    "text, content",
    [
        ("Tom Reyes said the pier had failed. Ana Lind said that is not true.", "that is not true"),
        ("Tom Reyes said the pier had failed. Ana Lind said that would be wrong.", "that would be wrong"),
        ("Tom Reyes said 12 ferries had been cut. Ana Lind disputed that figure.", "that figure"),
        ("Ana Lind said that the pier had failed.", "the pier had failed"),
        ("Ana Lind said that figures were up.", "figures were up"),
    ],
)
def test_that_is_kept_when_it_is_the_subject_or_points_at_what_was_said(text, content):
    analysis = analyse(text)
    assert find_claim(analysis, content, "Ana Lind").content == content, describe(analysis)


def test_a_relative_clause_without_its_pronoun_is_said_by_its_own_subject():
    analysis = analyse("The port would raise its fees, a move shippers warned would drive trade away.")
    assert find_claim(analysis, "would drive trade away").speaker.name == "shippers", describe(analysis)


def test_a_comma_inside_quoted_words_of_the_clause_closes_no_title():
    text = 'Tom Reyes — never the calmest of men — has been "very upset about it," said a source close to the board.'
    assert speakers_of(text, "has been") == {"a source close to the board"}
