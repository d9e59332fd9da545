"""House styles of the seventh corpus round: court sketches with cross-examination, tribunal reports, live blogs
stamped with a bare clock time, podcast write-ups and a Nigerian state politics page (sentences of our own)."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.text import after_dateline


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(claim.speaker.name if claim.speaker else None, claim.content) for claim in analyse(text).claims]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("A nurse told an employment tribunal she had been bullied by her ward manager.", "A nurse", "she had been bullied by her ward manager"),
        ("A nurse told an employment tribunal in Cardiff she had been bullied.", "A nurse", "she had been bullied"),
        ("The farmer told a public inquiry last week the road would flood every winter.", "The farmer", "the road would flood every winter"),
        ("She told a parliamentary committee on Tuesday the ward was short of 40 nurses.", "She", "the ward was short of 40 nurses"),
        ("He told a disciplinary panel the patient had refused treatment.", "He", "the patient had refused treatment"),
    ],
)
def test_a_gathering_told_before_a_clause_without_that_is_the_listener(text, speaker, content):
    assert _pairs(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The council's barrister, Ian Moss, put it to Mr Hale that he had known about the cracks.", "Ian Moss", "he had known about the cracks"),
        ("The presenter put it to her that the scheme had failed.", "The presenter", "the scheme had failed"),
    ],
)
def test_what_was_put_to_a_witness_is_the_claim_of_the_one_who_put_it(text, speaker, content):
    assert _pairs(text) == [(speaker, content)]


@pytest.mark.parametrize("text", ["He put it to the vote that evening.", "She put it to one side."])
def test_putting_a_thing_somewhere_is_no_claim(text):
    assert not analyse(text).claims, describe(analyse(text))


@pytest.mark.parametrize(
    "paragraph, skipped",
    [
        ("00:31 Police say", "00:31 "),
        ("10:05 GMT Police said", "10:05 GMT "),
        ("9.45am The mayor said", "9.45am "),
        ("3.50 Million people", "3.50 "),
        ("25:10 Police said", ""),
        ("10:05 BBC reporters said", "10:05 "),
    ],
)
def test_a_clock_time_that_opens_a_live_blog_paragraph_is_skipped_like_a_dateline(paragraph, skipped):
    assert after_dateline(paragraph, 0, len(paragraph), live_blog=True) == len(skipped)


@pytest.mark.parametrize(
    "paragraph, skipped",
    [
        ("10:05 GMT Police said", "10:05 GMT "),
        ("9.45am The mayor said", "9.45am "),
        ("22.15 Kilometres of road were closed", ""),
        ("3.50 Million people", ""),
        ("00:31 Police say", ""),
    ],
)
def test_elsewhere_only_a_clock_time_with_am_pm_or_a_zone_is_skipped(paragraph, skipped):
    assert after_dateline(paragraph, 0, len(paragraph)) == len(skipped)


@pytest.mark.parametrize(
    "text, content",
    [
        ("22.15 Kilometres of road were closed, officials said.", "22.15 Kilometres of road were closed"),
        ("Road closures\n\n12.40 Tonnes of grit were spread overnight, the council said.", "12.40 Tonnes of grit were spread overnight"),
    ],
)
def test_a_figure_opening_a_paragraph_outside_a_live_blog_is_kept(text, content):
    assert [claim.content for claim in analyse(text).claims] == [content]


def test_a_live_blog_entry_stamped_with_a_bare_clock_time_has_the_speaker_and_words_without_it():
    text = "Count night\n\n00:31 Police at the count say they have received no report.\n\n01:20 Turnout was 61 per cent, the council says."
    assert _pairs(text) == [("Police at the count", "they have received no report"), ("the council", "Turnout was 61 per cent")]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Under cross-examination, she agreed that some rotas had gone missing.", "she", "some rotas had gone missing"),
        ("He accepted that the figures were wrong.", "He", "the figures were wrong"),
        ("Mr Hale later accepted that he had known about the cracks.", "Hale", "he had known about the cracks"),
        ("She reluctantly agreed that the report had been late.", "She", "the report had been late"),
        ("He accepted that the bid was too low and rejected it.", "He", "the bid was too low"),
        ("She accepted that the figures were wrong and apologised to the court.", "She", "the figures were wrong"),
        ("He accepted that the firm had cut costs and raised prices.", "He", "the firm had cut costs and raised prices"),
        ("Only 40 percent of tenants agreed that the repairs were done.", "40 percent of tenants", "the repairs were done"),
    ],
)
def test_a_point_granted_with_that_is_a_claim(text, speaker, content):
    assert _pairs(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The club agreed to pay the fine.",
        "The two sides agreed a deal on Monday.",
        "He accepted the offer.",
        "Both leaders agreed that talks would resume next week.",
        "The council agreed that the road would close.",
        "The board accepted that the bid was too low and rejected it.",
        "They agreed that the deal was fair.",
        "The Government accepted that the tender had failed.",
        "It is widely accepted that the river is polluted.",
        "It is widely reported that the river is polluted.",
        "He was later told the plant would close.",
        "Smith was later  told that the plant would close.",
        "Smith was later\ttold that the plant would close.",
        "Smith was later\ntold that the plant would close.",
        "The mine is now widely\t believed to be safe.",
        "It was  already  reported that the mine would shut.",
    ],
)
def test_an_agreement_an_acceptance_or_a_passive_with_an_adverb_is_no_claim(text):
    assert not analyse(text).claims, describe(analyse(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A residents' group, the Harbour Watch Forum, has called on the port to publish its accounts.",
            [("Harbour Watch Forum", "the port to publish its accounts")],
        ),
        ("Her manager, Rob Ashby, had shouted at her in front of colleagues.", []),
        ("The pier is safe again, the harbour master, Lena Vogt, said on Monday.", [("Lena Vogt", "The pier is safe again")]),
    ],
)
def test_a_noun_phrase_alone_before_a_name_set_off_by_commas_is_not_what_the_name_said(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "She told the hearing that her manager, Rob Ashby, had shouted at her in front of colleagues.",
            [("She", "her manager, Rob Ashby, had shouted at her in front of colleagues")],
        ),
        ("Ben Cole said he had heard Mr Ashby shouting from the yard.", [("Ben Cole", "he had heard Mr Ashby shouting from the yard")]),
        ('He shouted: "Get out of my shop!"', [("He", "Get out of my shop!")]),
        ("Protesters shouted that the mayor was a liar.", [("Protesters", "the mayor was a liar")]),
    ],
)
def test_raising_the_voice_reports_words_only_before_that_or_a_quotation(text, expected):
    assert _pairs(text) == expected


def test_the_comma_of_a_figure_does_not_end_a_relative_clause():
    text = "The claim was made by Adamu Bello, who told a rally that more than 3,000 families had received nothing."
    analysis = analyse(text)
    assert find_claim(analysis, "more than 3,000 families had received nothing", "Adamu Bello"), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The journal retracted a 2019 study which reported that the drug cut strokes by half.", "a 2019 study", "the drug cut strokes by half"),
        ("They cited a letter which said the bridge was unsafe.", "a letter", "the bridge was unsafe"),
        ("A 2022 paper which reported that rents rose was cited by the minister.", "A 2022 paper", "rents rose"),
        ("A study that found rents rose by 5% last year is now widely quoted.", "A study", "rents rose by 5% last year"),
        ("The letter which said the bridge was unsafe has vanished.", "The letter", "the bridge was unsafe"),
    ],
)
def test_which_before_a_reporting_verb_stands_for_the_writing_that_reported(text, speaker, content):
    assert _pairs(text) == [(speaker, content)]


def test_which_after_a_thing_that_says_nothing_is_no_speaker():
    assert not analyse("The rules which say drivers must stop were changed.").claims


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The second laboratory, at the Hallan Institute, said it had checked only the methods.", "The second laboratory", "it had checked only the methods"),
        ("Her lawyer, at a hearing in Leeds, said the evidence was weak.", "Her lawyer", "the evidence was weak"),
        ("The player's agent, speaking on condition of anonymity, said talks had stalled.", "The player's agent", "talks had stalled"),
        ("Prices rose, speaking broadly, said the agency.", "the agency", "Prices rose, speaking broadly"),
        ("Inflation rose in March, at 4 per cent, said the agency.", "the agency", "Inflation rose in March, at 4 per cent"),
    ],
)
def test_where_a_speaker_is_or_how_it_speaks_may_stand_between_the_speaker_and_the_cue(text, speaker, content):
    assert _pairs(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents reached by phone described long queues at water points.",
        "She described the morning in 1979 when she first saw the bulldozers.",
        "The report described long queues at water points as aid trucks arrived.",
        "He described the scene at the gate as the police arrived.",
        "Witnesses described crowds at the border as well as queues at the banks.",
        "The aid worker described empty shelves in the clinic as the convoy was turned back.",
    ],
)
def test_a_scene_described_is_no_claim(text):
    assert not analyse(text).claims, describe(analyse(text))


@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor described the closure as a disgrace.", "the closure as a disgrace"),
        ("She described how police had beaten her brother.", "how police had beaten her brother"),
        ("She described the plan as reckless.", "the plan as reckless"),
        ("He described himself as a reformer who would cut taxes.", "himself as a reformer who would cut taxes"),
        ("She described the scheme as deeply flawed.", "the scheme as deeply flawed"),
        ("He described his rival as a man obsessed with power.", "his rival as a man obsessed with power"),
        ("The fire was started by a device that the chief described as “a crude bomb.”", "as “a crude bomb.”"),
        ('She described the morning she saw the bulldozers.\n\n"I was hanging out the washing," she said.', "the morning she saw the bulldozers"),
    ],
)
def test_a_judgement_an_account_or_a_description_a_quotation_gives_is_a_claim(text, content):
    analysis = analyse(text)
    assert find_claim(analysis, content), describe(analysis)


@pytest.mark.parametrize(
    "text, content",
    [
        ("Frew asked her whether she still felt pressure to keep the star.", "whether she still felt pressure to keep the star"),
        ("A reporter asked Sheriff Dan Pruitt whether deputies had been warned.", "whether deputies had been warned"),
        ("Reporters asked officials what had gone wrong.", "what had gone wrong"),
        ("The mayor asked the council to delay the vote.", "the council to delay the vote"),
    ],
)
def test_who_was_asked_is_left_out_of_the_question_but_not_out_of_a_request(text, content):
    assert [claim.content for claim in analyse(text).claims] == [content]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The update, the company said on Monday, fixes a flaw that let attackers read messages.", "the company"),
        ("The update, the company said in a support note, fixes a flaw that let attackers read messages.", "the company"),
    ],
)
def test_when_or_where_it_was_said_may_close_an_attribution_set_off_mid_sentence(text, speaker):
    assert _pairs(text) == [(speaker, "The update … fixes a flaw that let attackers read messages")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Speaking to RNZ, the mayor said the city was broke.", "the mayor"),
        ("Speaking to Punch, the governor said the state was broke.", "the governor"),
        ("Speaking to the Guardian, Ann Lee said the city was broke.", "Ann Lee"),
        ("Speaking to reporters in Leeds, the mayor said the road would reopen.", "the mayor"),
        ("Talking to students at Oxford on Friday, Jones said fees would rise.", "Jones"),
        ("Speaking to a crowd outside Westminster, the minister said talks had stalled.", "the minister"),
    ],
)
def test_an_outlet_spoken_to_is_no_name_for_the_speaker(text, speaker):
    assert [claim.speaker.name for claim in analyse(text).claims if claim.speaker] == [speaker]
