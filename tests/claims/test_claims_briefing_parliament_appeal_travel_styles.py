"""House styles of the seventh corpus round: defence briefings, Irish parliamentary copy, appeal court rulings and
travel features quoting locals (sentences of our own)."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The union said pay had fallen but warned that members would strike.", "pay had fallen", "members would strike"),
        ("The union said pay had fallen, and added that members would strike.", "pay had fallen", "members would strike"),
    ],
)
def test_a_second_verb_of_the_speaker_with_that_starts_a_statement_of_its_own(text, first, second):
    analysis = analyse(text)
    assert sorted(claim.content for claim in analysis.claims) == sorted([first, second]), describe(analysis)


def test_what_a_speaker_adds_with_a_participle_stays_part_of_what_they_said():
    analysis = analyse("The union said pay had fallen, adding that members would strike.")
    assert find_claim(analysis, "pay had fallen, adding that members would strike", "The union"), describe(analysis)


@pytest.mark.parametrize(
    "text, content",
    [
        ("Helen Cardew told a public meeting in Harrowby last month that the figures were wrong.", "the figures were wrong"),
        ("He told the annual conference of the union on Monday that pay would rise.", "pay would rise"),
        ("She told the council it was clear that the plan had failed.", "it was clear that the plan had failed"),
        ("She told a rally outside parliament on Saturday that the cuts would cost lives.", "the cuts would cost lives"),
        ("The minister told the inquiry yesterday that no warnings were received.", "no warnings were received"),
        # a reported clause with a later "that" is no gathering: what the listener was told starts after them
        ("The union told the minister staff ignored that guidance for years.", "staff ignored that guidance for years"),
        (
            "Ms Reed told the board the chief executive knew that the accounts were wrong.",
            "the chief executive knew that the accounts were wrong",
        ),
        ("He told the committee the regulator had approved that design in 2019.", "the regulator had approved that design in 2019"),
        ("Mr Lowe told the hearing the firm sold that land at a loss.", "the firm sold that land at a loss"),
    ],
)
def test_only_a_gathering_told_with_where_and_when_is_left_out_of_what_it_was_told(text, content):
    analysis = analyse(text)
    assert [claim.content for claim in analysis.claims] == [content], describe(analysis)


@pytest.mark.parametrize("label", ["The local MP", "The Labour MSP"])
def test_a_she_goes_back_to_a_member_named_after_a_title_in_capitals(label):
    text = f'His wife, Jo, said the cafe would close.\n\n{label}, Helen Cardew, has backed the campaign. She said the figures were wrong.'
    analysis = analyse(text)
    assert find_claim(analysis, "the figures were wrong", "Helen Cardew"), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Labour's housing spokesperson, Deaglán Roche TD, said the figures were bad.", "Deaglán Roche TD"),
        ("Ann Hale MP said the figures were bad.", "Ann Hale MP"),
        ("Labour MP Ann Hale said the figures were bad.", "Ann Hale"),
        ("Acme CEO Jo Bell said the figures were bad.", "Jo Bell"),
    ],
)
def test_a_member_s_letters_before_or_after_a_name_leave_the_name_a_person_s(text, speaker):
    analysis = analyse(text)
    assert find_claim(analysis, "the figures were bad", speaker), describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "The move reverses a plan announced only last month to bring the ships home.",
        "They backed a bill promised to voters in May.",
    ],
)
def test_a_participle_after_a_thing_that_is_a_verb_s_object_reports_nothing(text):
    analysis = analyse(text)
    assert not analysis.claims, describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("A local man promised to fight the plan.", "A local man", "to fight the plan"),
        ("It rained, and a local man promised to fight the plan.", "a local man", "to fight the plan"),
        ("A spokesman announced a new timetable.", "A spokesman", "a new timetable"),
    ],
)
def test_a_subject_opened_by_a_still_speaks(text, speaker, content):
    analysis = analyse(text)
    assert find_claim(analysis, content, speaker), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("U.S. District Judge Carla Benning had found that the law was likely unconstitutional.", "Carla Benning", "the law was likely unconstitutional"),
        ("The judge found the defendant had lied to the court.", "The judge", "the defendant had lied to the court"),
        ("Investigators found that the pilot had not slept.", "Investigators", "the pilot had not slept"),
    ],
)
def test_what_a_judge_or_investigators_found_is_their_claim(text, speaker, content):
    analysis = analyse(text)
    assert find_claim(analysis, content, speaker), describe(analysis)


@pytest.mark.parametrize("text", ["The jury found him guilty of fraud.", "Police found a gun in his car.", "Judge Ann Hale found no evidence of fraud."])
def test_a_verdict_or_a_thing_found_is_no_claim(text):
    analysis = analyse(text)
    assert not analysis.claims, describe(analysis)


def test_a_first_name_that_names_a_club_in_its_appositive_is_no_person_a_she_means():
    text = 'Emma Hayes praised the squad. Chelsea, the London club, confirmed the signing on Monday. "She is a great player," she said.'
    analysis = analyse(text)
    assert find_claim(analysis, "She is a great player", "Emma Hayes"), describe(analysis)


@pytest.mark.parametrize("aside", ["34, a nurse,", "a retired teacher,"])
def test_a_first_name_described_as_a_person_or_by_age_is_one_a_she_means(aside):
    text = f'Emma Hayes praised the squad. Chelsea, {aside} confirmed the signing on Monday. "She is a great player," she said.'
    analysis = analyse(text)
    assert find_claim(analysis, "She is a great player", "Chelsea"), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Her two million followers said the clip was staged.", "two million followers"),
        ("Thousands of residents said the water was brown.", "Thousands of residents"),
    ],
)
def test_people_counted_are_an_unnamed_group(text, speaker):
    analysis = analyse(text)
    assert [(c.speaker.name, c.attribution) for c in analysis.claims if c.speaker] == [(speaker, "anonymous")], describe(analysis)
