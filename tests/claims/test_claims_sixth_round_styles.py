"""House styles of the sixth corpus round: school stories naming pupils and parents by first name, aid agency
reports, analysts' notes and provincial politics (sentences of our own)."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.first_names import NAME_CACHE, first_name_gender, lone_first_name_gender


@pytest.mark.parametrize(
    "name, gender",
    [("Priya", "female"), ("Mark", "male"), ("Maisie", "female"), ("Georgia", None), ("Houston", None), ("Ann Hale", None), ("Acme", None)],
)
def test_a_person_known_by_one_word_has_a_gender_only_when_the_word_is_a_first_name_and_no_place(name, gender):
    assert lone_first_name_gender(name) == gender


@pytest.mark.parametrize(
    "opener, pronoun, speaker",
    [
        ("Another mother, Priya, said her son had settled in.", "she", "Priya"),
        ("One father, Tomasz, said the buses were often late.", "he", "Tomasz"),
        ("Mark, whose daughter moved last year, said the new site was better.", "he", "Mark"),
    ],
)
def test_a_pronoun_goes_back_to_a_parent_named_by_first_name_alone(opener, pronoun, speaker):
    analysis = analyse(f'Head teacher Ruth Ellery said the school would fight the plan. {opener} "We will see," {pronoun} said.')
    assert find_claim(analysis, "We will see", speaker), describe(analysis)


def test_a_pronoun_of_the_other_gender_skips_a_child_named_by_first_name():
    text = 'Oscar, 10, said he wanted the councillors to visit.\n\nHis classmate Maisie, 9, was more worried. "I will miss my friends," she said.'
    analysis = analyse(text)
    assert find_claim(analysis, "I will miss my friends", "Maisie"), describe(analysis)


def test_an_age_before_a_first_name_is_not_part_of_the_name():
    analysis = analyse("Seven-year-old Ruby said the new playground was too small.")
    assert find_claim(analysis, "the new playground was too small", "Ruby"), describe(analysis)


def test_a_first_name_after_the_names_a_thing_not_the_person_a_pronoun_means():
    text = "Tomas Ortiz has run the ferry since 1991. Noting that the Albert has never missed a crossing, he says the lake needs a boat."
    analysis = analyse(text)
    assert find_claim(analysis, "the lake needs a boat", "Tomas Ortiz"), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The WHO said 14 people had died of cholera.", "WHO"),
        ("The ONE campaign said aid budgets had fallen for a third year.", "ONE campaign"),
    ],
)
def test_initials_after_the_that_spell_a_common_word_name_a_body(text, speaker):
    analysis = analyse(text)
    assert [claim for claim in analysis.claims if claim.speaker and claim.speaker.name == speaker], describe(analysis)


def test_a_paragraph_opened_in_capitals_is_not_read_as_initials():
    analysis = analyse("THE council said it would review the decision.")
    assert find_claim(analysis, "it would review the decision", "THE council"), describe(analysis)


@pytest.mark.parametrize(
    "text, content",
    [
        ("Ms Hale told her staff the monitors were faulty.", "the monitors were faulty"),
        ("The coach told his players a draw would not be enough.", "a draw would not be enough"),
        ("The singer told her two million followers that the tour was off.", "the tour was off"),
        ("The singer told her 40,000 followers that the tour was off.", "the tour was off"),
        ("He told her the company would close.", "the company would close"),
    ],
)
def test_whom_a_speaker_told_is_left_out_of_what_they_told_them(text, content):
    analysis = analyse(text)
    assert [claim.content for claim in analysis.claims] == [content], describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("A video posted on Sunday showed officers had pushed protesters.", "A video", "officers had pushed protesters"),
        ("A report published on Monday showed that waiting times had doubled.", "A report", "waiting times had doubled"),
        ("The clip showed that the referee had seen the foul.", "The clip", "the referee had seen the foul"),
    ],
)
def test_what_a_video_or_report_made_public_shows_is_its_claim(text, speaker, content):
    analysis = analyse(text)
    assert find_claim(analysis, content, speaker), describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "Police found a video posted on Sunday.",
        "The audit found twelve errors during testing.",
        "The video showed nothing new.",
        "A video posted on Sunday accused the mayor of lying about the contract.",
    ],
)
def test_a_thing_shown_or_found_is_no_claim(text):
    analysis = analyse(text)
    assert not analysis.claims, describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Ms Lee, whose two million followers say the clip was staged, declined to comment.", "two million followers", "the clip was staged"),
        ("Ms Lee, whose spokesman said the clip was staged, declined to comment.", "spokesman", "the clip was staged"),
    ],
)
def test_what_is_said_in_a_clause_opened_by_whose_ends_where_the_main_clause_resumes(text, speaker, content):
    analysis = analyse(text)
    assert [(claim.speaker.name, claim.content) for claim in analysis.claims if claim.speaker] == [(speaker, content)], describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The prosecutor told jurors the defendant lied to police three times.", "The prosecutor", "the defendant lied to police three times"),
        ("The union warned members the strike could last weeks.", "The union", "the strike could last weeks"),
        ("She reminded colleagues a vote was due on Monday.", "She", "a vote was due on Monday"),
    ],
)
def test_a_plural_listener_before_a_clause_opened_by_a_determiner_is_not_what_was_told(text, speaker, content):
    analysis = analyse(text)
    assert [(claim.speaker.name, claim.content) for claim in analysis.claims if claim.speaker] == [(speaker, content)], describe(analysis)


@pytest.mark.parametrize("stamp", ["10:47 a.m. — ", "10:47 — ", "14.05 GMT – ", "9:02pm - "])
def test_a_live_blog_time_stamp_opening_a_paragraph_is_no_part_of_the_quotation(stamp):
    analysis = analyse(f'The trial resumed on Monday.\n\n{stamp}"I never touched her," Marcus Bell testified.')
    claim = find_claim(analysis, "I never touched her", "Marcus Bell")
    assert (claim.kind, claim.content) == ("direct", "I never touched her,"), describe(analysis)


def test_the_answers_kept_for_first_names_are_bounded_whatever_words_a_text_holds():
    for word in (f"Zq{number}" for number in range(NAME_CACHE + 10)):
        lone_first_name_gender(word)
    assert first_name_gender.cache_info().currsize <= NAME_CACHE
    assert lone_first_name_gender.cache_info().currsize <= NAME_CACHE


def test_a_first_name_after_a_word_ending_in_the_is_still_a_person():
    analysis = analyse('Mark Hale went in to bathe Maisie. "I will miss my friends," she said.')
    assert find_claim(analysis, "I will miss my friends", "Maisie"), describe(analysis)
