"""Counter-claims: "But X said …", "X disagreed, saying …" answer another party's earlier claim."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse

COUNTERED = [
    "Ines Moreau said the new tram line had cut journeys by half.\n\nBut Pavel Novak said journeys on the tram line were no shorter than before.",
    "Ines Moreau said the new tram line had cut journeys by half. However, Pavel Novak said journeys on the tram line were as long as ever.",
    "Ines Moreau said the new tram line had cut journeys by half. Pavel Novak disagreed. \"The journeys on the tram line are as long as ever,\" he said.",
    "Ines Moreau said the new tram line had cut journeys by half. By contrast, Pavel Novak argued that journeys on the line were as long as ever.",
    # A contrast set between commas, after the speaker or after the cue.
    "Ines Moreau said the new tram line had cut journeys by half. Pavel Novak, however, said journeys on the tram line were as long as ever.",
    "Ines Moreau said the new tram line had cut journeys by half. Pavel Novak said, however, that journeys on the tram line were as long as ever.",
    # A contrast opening the second clause of the same sentence.
    "Ines Moreau said the new tram line had cut journeys by half, but Pavel Novak said journeys on the tram line were as long as ever.",
    # An answer opened "In response".
    "Ines Moreau said the new tram line had cut journeys by half. In response, Pavel Novak said journeys on the tram line were as long as ever.",
]


@pytest.mark.parametrize("text", COUNTERED)
def test_a_counter_claim_is_a_denial_that_disputes_the_claim_it_answers(text):
    analysis = analyse(text)
    claim = find_claim(analysis, "cut journeys by half", "Ines Moreau")
    counter = find_claim(analysis, "journeys", "Pavel Novak")
    assert counter.stance == "denial", describe(analysis)
    assert [(d.by, d.claim_id, d.rule) for d in claim.disputes] == [("Pavel Novak", counter.id, "counter-claim")]


def test_a_claim_after_a_denial_verb_gives_its_grounds():
    analysis = analyse("Pavel Novak dismissed the criticism, saying that the tram timetable had been agreed with residents.")
    assert find_claim(analysis, "timetable", "Pavel Novak").stance == "denial"


@pytest.mark.parametrize(
    "text",
    [
        # Another point, not a contradiction: no words in common with what came before.
        "Ines Moreau said the new tram line had cut journeys by half. But Pavel Novak said the bakery on Elm Street would reopen.",
        # Another point in the same sentence, and one set off by "however".
        "Ines Moreau said the new tram line had cut journeys by half, but Pavel Novak said the bakery on Elm Street would reopen.",
        "Ines Moreau said the new tram line had cut journeys by half. Pavel Novak, however, said the bakery on Elm Street would reopen.",
        # A speaker going on with their own argument.
        "Ines Moreau said the new tram line had cut journeys by half. But she said journeys by bus were as long as ever.",
    ],
)
def test_a_contrast_without_another_party_s_claim_to_answer_is_no_dispute(text):
    analysis = analyse(text)
    assert not any(c.disputes for c in analysis.claims), describe(analysis)
    assert not any(c.stance for c in analysis.claims), describe(analysis)


def test_a_claim_negating_what_another_party_just_asserted_disputes_it():
    analysis = analyse('Ines Moreau said the flood barrier had been finished.\n\n"The barrier is not finished," said Pavel Novak.')
    answer = find_claim(analysis, "The barrier is not finished", "Pavel Novak")
    assert answer.stance == "denial"
    assert [(d.claim_id, d.rule) for d in find_claim(analysis, "flood barrier", "Ines Moreau").disputes] == [(answer.id, "opposite-echo")]


def test_a_name_both_parties_use_is_no_echo():
    analysis = analyse('Ines Moreau said Novak had finished the barrier.\n\n"Novak did not speak to me," said Pavel Gruber.')
    assert not any(c.disputes for c in analysis.claims), describe(analysis)


def test_the_object_of_a_denial_verb_points_at_the_claim_its_grounds_answer():
    analysis = analyse(
        "Police said the protest had turned violent after 9 p.m.\n\n"
        "Organisers dismissed the police account as baseless, insisting the march had been peaceful throughout."
    )
    grounds = find_claim(analysis, "the march had been peaceful", "Organisers")
    assert [d.claim_id for d in find_claim(analysis, "turned violent", "Police").disputes] == [grounds.id], describe(analysis)


def test_a_but_claim_that_asserts_what_another_party_negated_disputes_it():
    analysis = analyse("Lise Dahl told reporters the harbour was not polluted. But Omar Vik said new tests showed it was polluted.")
    answer = find_claim(analysis, "new tests showed", "Omar Vik")
    assert answer.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "harbour was not polluted", "Lise Dahl").disputes] == [answer.id]


def test_a_negation_denies_the_first_word_it_reaches_not_the_rest_of_the_clause():
    analysis = analyse('Lise Dahl said the new ferry would welcome cyclists.\n\n"You cannot board the ferry with a bicycle," Omar Vik said.')
    assert not find_claim(analysis, "welcome cyclists", "Lise Dahl").disputes, describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        # The one who disagrees is who "he" is next, not the one who spoke last.
        (
            "Mayor Tomas Berg said the ferry would stop running in winter.\n\nHis deputy, Karl Veit, disagreed.\n\n"
            '"The winter timetable was agreed with the operator last week," he said.'
        ),
        (
            "Mayor Tomas Berg said the ferry would stop running in winter. Karl Veit strongly objected. "
            '"We agreed a winter timetable with the operator," he told reporters.'
        ),
    ],
)
def test_a_quotation_after_x_disagreed_is_x_s_denial_of_what_was_said(text):
    analysis = analyse(text)
    claim = find_claim(analysis, "ferry would stop", "Tomas Berg")
    counter = find_claim(analysis, "timetable", "Karl Veit")
    assert counter.stance == "denial", describe(analysis)
    assert [(d.by, d.claim_id) for d in claim.disputes] == [("Karl Veit", counter.id)]


def test_x_disagreed_saying_disputes_the_claim_just_made_without_words_in_common():
    analysis = analyse("Mayor Tomas Berg said the ferry would stop running in winter. Karl Veit disagreed, saying the operator had signed a contract.")
    counter = find_claim(analysis, "operator had signed", "Karl Veit")
    assert counter.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "ferry would stop", "Tomas Berg").disputes] == [counter.id]


def test_striking_back_at_a_person_is_no_denial_of_what_they_said():
    analysis = analyse("Mayor Tomas Berg said the ferry would stop running in winter. Karl Veit hit back, saying Berg had never ridden a ferry.")
    assert find_claim(analysis, "never ridden", "Karl Veit").stance is None, describe(analysis)
    assert not find_claim(analysis, "ferry would stop", "Tomas Berg").disputes


def test_a_speaker_only_described_may_be_the_one_who_spoke_before_and_is_no_echo():
    analysis = analyse(
        'Tomas Berg said the city would never privatise the harbour.\n\n'
        '"We will privatise the harbour if the price is right," the candidate added.'
    )
    assert not any(c.disputes for c in analysis.claims), describe(analysis)


def test_a_party_only_described_answers_a_claim_about_itself_with_its_opposite():
    analysis = analyse("Tomas Berg claimed the harbour board had ignored a second survey. The board said no second survey had ever been sent to it.")
    answer = find_claim(analysis, "no second survey had ever been sent to it", "The board")
    assert answer.stance == "denial", describe(analysis)
    assert [d.claim_id for d in find_claim(analysis, "ignored a second survey", "Tomas Berg").disputes] == [answer.id], describe(analysis)


def test_by_contrast_answers_the_claim_in_the_sentence_just_before():
    analysis = analyse(
        "Ines Moreau said the tram line had made the old town quieter.\n\n"
        "By contrast, Pavel Novak argued that shops near the stops were losing customers."
    )
    counter = find_claim(analysis, "shops near the stops", "Pavel Novak")
    assert counter.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "old town quieter", "Ines Moreau").disputes] == [counter.id]


def test_an_echo_reaches_past_the_speaker_s_own_first_sentence_and_negates_past_a_name():
    analysis = analyse(
        'Mayor Lise Dahl said this could never be a Velmont fight.\n\n'
        '"The mayor is wrong about the budget," Omar Vik told reporters. He added, "It is a fight for every one of us."'
    )
    answer = find_claim(analysis, "fight for every one of us", "Omar Vik")
    assert answer.stance == "denial", describe(analysis)
    assert answer.id in [d.claim_id for d in find_claim(analysis, "Velmont fight", "Lise Dahl").disputes]


def test_a_quotation_that_goes_on_in_a_later_paragraph_is_not_the_grounds_of_the_denial_before():
    analysis = analyse(
        'Continuing, Carl Ebbers rejected the notion that the audit had been rushed, saying that if he "found anything '
        'wrong, I would fix it."\n\nSpeaking later on the radio, he did not think "this is a very difficult inquiry."'
    )
    assert find_claim(analysis, "very difficult inquiry", "Carl Ebbers").stance is None, describe(analysis)


def test_a_claim_asserting_what_another_party_denied_disputes_the_denial():
    analysis = analyse(
        "Karst Metals denied that its barges had dumped waste in the river.\n\n"
        '"Their barges dumped waste in the river every night," said Omar Vik, a fisherman.'
    )
    answer = find_claim(analysis, "every night", "Omar Vik")
    assert answer.stance == "denial", describe(analysis)
    assert [d.claim_id for d in find_claim(analysis, "its barges had dumped", "Karst Metals").disputes] == [answer.id]


@pytest.mark.parametrize(
    "text",
    [
        # One word of a clause denied as a whole is shared by chance.
        (
            "Karst Metals denies that the spill was deliberate and spends heavily on clean-up adverts.\n\n"
            '"I think the council does not want a quarrel, so it is content with the spill report," said Ilse Brandt, a historian.'
        ),
        # "nothing to do with raising money" negates no "raising".
        (
            "Mayor Lars Ek said councillors should have nothing to do with raising money for the festival.\n\n"
            "Mia Holt said ending private fund-raising now could gut the programme."
        ),
        # "responsible" and "responsibility" are other words.
        (
            '"That is not a responsible thing to say," said Ana Ruiz, a lawyer.\n\n'
            '"In the end, deciding her role will be the responsibility of parliament," said Piet Claes.'
        ),
    ],
)
def test_an_echo_needs_the_same_word_negated_by_one_and_asserted_by_the_other(text):
    analysis = analyse(text)
    assert not any(c.disputes for c in analysis.claims), describe(analysis)
    assert not any(c.stance for c in analysis.claims if c.cue == "said"), describe(analysis)


def test_a_claim_in_another_live_blog_entry_answers_nothing_before_it():
    analysis = analyse(
        "Mayor Tomas Berg said the ferry would stop running in winter.\n\n___\n\n11:35 a.m.\n\n"
        "Karl Veit disagreed, saying the winter ferry contract had been signed."
    )
    assert not find_claim(analysis, "ferry would stop", "Tomas Berg").disputes, describe(analysis)


def test_faulting_a_person_for_not_recognising_something_is_no_word_another_party_echoes():
    analysis = analyse(
        "Judge Ines Moreau wrote that the licensing law favoured some beliefs over others.\n\n"
        '"The law simply protects the right to refuse a service. I am disappointed Judge Moreau did not recognize '
        'that reality," Governor Karl Veit said.\n\n'
        '"The ruling recognizes that freedom of belief can live alongside equal treatment," said Lea Sand, a lawyer.'
    )
    assert find_claim(analysis, "The ruling recognizes", "Lea Sand").stance is None, describe(analysis)
    assert "Lea Sand" not in [d.by for d in find_claim(analysis, "I am disappointed", "Karl Veit").disputes], describe(analysis)


@pytest.mark.parametrize(
    "claim, answer",
    [
        ("Ines Moreau said the old ferry terminal had been sold.", '"The terminal has not been sold," said Pavel Novak.'),
        ("Ines Moreau said the harbour bridge was safe.", '"The harbour bridge is not safe," said Pavel Novak.'),
    ],
)
def test_a_short_predicate_said_the_other_way_round_disputes_the_claim(claim, answer):
    analysis = analyse(f"{claim}\n\n{answer}")
    counter = find_claim(analysis, "not", "Pavel Novak")
    assert counter.stance == "denial"
    assert [d.claim_id for d in find_claim(analysis, "", "Ines Moreau").disputes] == [counter.id], describe(analysis)


def test_a_short_word_shared_without_a_predicate_is_no_echo():
    analysis = analyse('Ines Moreau said the union would win the vote.\n\n"We did not vote for a strike," said Pavel Novak.')
    assert not find_claim(analysis, "win the vote", "Ines Moreau").disputes, describe(analysis)


def test_a_clause_opened_by_but_after_a_denial_in_the_same_sentence_disputes_the_denial():
    analysis = analyse(
        "Port officials deny any links to smuggling groups, but critics say the harbour's accounts show payments to firms suspected of ties to the ring."
    )
    counter = find_claim(analysis, "accounts show payments", "critics")
    denial = find_claim(analysis, "any links to smuggling groups", "Port officials")
    assert counter.stance == "denial"
    assert [(d.by, d.claim_id) for d in denial.disputes] == [("critics", counter.id)], describe(analysis)


@pytest.mark.parametrize(
    "stand",
    ["Pavel Novak stands by the survey.", "Pavel Novak stood by his figures on Monday.", "Pavel Novak pushed back on that."],
)
def test_a_quotation_after_a_sentence_that_only_stands_by_or_pushes_back_is_a_counter_claim(stand):
    text = f'Ines Moreau said the survey of tram journeys was badly flawed. {stand} "We counted every tram for a month," he said.'
    analysis = analyse(text)
    assert find_claim(analysis, "We counted every tram", "Pavel Novak").stance == "denial", describe(analysis)
    assert [d.by for d in find_claim(analysis, "badly flawed", "Ines Moreau").disputes] == ["Pavel Novak"], describe(analysis)


def test_a_quotation_after_a_sentence_of_another_verb_with_an_object_is_no_counter_claim():
    text = 'Ines Moreau said the survey of tram journeys was badly flawed. Pavel Novak published the survey. "We counted every tram for a month," he said.'
    analysis = analyse(text)
    assert find_claim(analysis, "We counted every tram", "Pavel Novak").stance is None, describe(analysis)


@pytest.mark.parametrize(
    "challenge, denies",
    [
        ("The figure was quickly challenged.", True),
        ("That claim has since been disputed.", True),
        ("The figure was published on Monday.", False),  # nothing contested
        ("The union was quickly challenged.", False),  # a party, not what was said
    ],
)
def test_a_claim_after_a_sentence_saying_only_that_a_claim_was_contested_is_the_challenge(challenge, denies):
    text = f"Ines Moreau said tram journeys had been cut by half. {challenge} The passengers' union said its own survey found no change."
    analysis = analyse(text)
    assert (find_claim(analysis, "found no change", "The passengers' union").stance == "denial") is denies, describe(analysis)
    assert ("union" in " ".join(d.by for d in find_claim(analysis, "cut by half", "Ines Moreau").disputes)) is denies, describe(analysis)


@pytest.mark.parametrize("opener", ["However,", "But"])
def test_the_party_a_claim_was_about_speaking_for_themselves_after_a_contrast_answers_it(opener):
    analysis = analyse(
        "Pavel Novak's agent, Ines Moreau, insisted her client was settled in Lyon and had never asked to leave. "
        f"{opener} Novak himself told a radio station in May that he wanted a fresh start abroad."
    )
    counter = find_claim(analysis, "a fresh start abroad")
    assert counter.stance == "denial", describe(analysis)
    assert [d.claim_id for d in find_claim(analysis, "never asked to leave", "Ines Moreau").disputes] == [counter.id]


def test_the_party_speaking_for_themselves_after_a_paragraph_break_turns_to_another_point():
    analysis = analyse(
        "Ines Moreau said her client was settled in Lyon.\n\nHowever, Novak himself told a radio station that he enjoyed the city's food."
    )
    assert not find_claim(analysis, "settled in Lyon", "Ines Moreau").disputes, describe(analysis)


def test_a_party_only_described_echoes_a_claim_about_it_across_as_many_claims_as_an_echo_is_looked_for():
    statements = ["the season would start in May", "the fees would rise", "the stadium was full", "the referees were paid",
                  "the league had grown", "the pitch was new", "the coaches were trained", "the tickets were cheap", "the clubs agreed"]
    text = ("Coach Ray said the federation had ignored a second test. " + " ".join(f"The federation said {s}." for s in statements)
            + " The federation said it had not ignored a second test.")
    analysis = analyse(text)
    accusation = next(c for c in analysis.claims if c.content == "the federation had ignored a second test")
    assert [(d.mention, d.rule) for d in accusation.disputes] == [("The federation", "opposite-echo")]


def test_no_report_of_what_another_party_asserted_disputes_it():
    analysis = analyse(
        "Vera Lusk, the candidate's agent, says two ballot boxes reached the count with damaged seals.\n\n"
        "Police at the count say they have received no report of damaged seals."
    )
    answer = find_claim(analysis, "no report of damaged seals")
    assert answer.stance == "denial", describe(analysis)
    assert [d.claim_id for d in find_claim(analysis, "reached the count with damaged seals").disputes] == [answer.id], describe(analysis)


@pytest.mark.parametrize(
    "text, said",
    [
        ("Ms Orla Penn was dismissed weeks after warning managers that the fire doors were locked.", "the fire doors were locked"),
        ("The two drivers were dismissed in March after telling inspectors that the brakes had failed.", "the brakes had failed"),
    ],
)
def test_a_denial_verb_in_the_passive_gives_no_grounds(text, said):
    analysis = analyse(text)
    assert find_claim(analysis, said).stance is None, describe(analysis)
