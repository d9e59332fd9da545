"""House styles of the fourth corpus round: court filings, earnings calls, present-tense profiles, showbiz copy and
interviews given through an interpreter (sentences of our own)."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.mentions import Mention, describe_from_appositive


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("His friend, the presenter Toby Greaves, said he was sad to hear the news.", "Toby Greaves"),
        ("The couple's friend, the presenter Toby Greaves, said he was sad to hear the news.", "Toby Greaves"),
        ("A spokesman for the club, the former winger Toby Greaves, said he was sad to hear the news.", "Toby Greaves"),
        ("His friend, TV presenter Toby Greaves, said he was sad to hear the news.", "Toby Greaves"),
        # the name still heads its own appositive, and a group's name after "including" is no speaker
        ("Toby Greaves, the presenter, said he was sad to hear the news.", "Toby Greaves"),
        ("Local papers, including the Harbour Gazette, said he was sad to hear the news.", "Local papers"),
    ],
)
def test_a_name_after_a_role_in_lower_case_in_an_appositive_speaks(text, speaker):
    analysis = analyse(text)
    assert find_claim(analysis, "he was sad to hear the news", speaker), describe(analysis)


@pytest.mark.parametrize(
    "text, words, left_out",
    [
        ("In 2021 a magazine reported that they had separated, a claim the couple laughed off.", "they had separated", "laughed off"),
        ("She said the repairs would cost $4 million, an estimate the council called low.", "the repairs would cost $4 million", "called low"),
        ("Lee said the pier was unsafe, an allegation his rivals never answered.", "the pier was unsafe", "never answered"),
    ],
)
def test_an_appositive_that_sums_up_the_reported_words_is_no_part_of_them(text, words, left_out):
    claim = find_claim(analysis := analyse(text), words)
    assert left_out not in claim.content, describe(analysis)


def test_an_appositive_of_another_noun_stays_in_the_reported_words():
    claim = find_claim(analysis := analyse("She said the repairs would cost $4 million, a rise of 20%."), "the repairs would cost")
    assert "a rise of 20%" in claim.content, describe(analysis)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a noun form after a possessive ("its profit forecast") is no cue of its own
        ("Halvorsen Foods lowered its full-year profit forecast on Tuesday, saying the stores were quiet.", "Halvorsen Foods"),
        ("The bank raised its growth forecast, saying the stores were quiet.", "The bank"),
        # nor is a participle that describes a thing posted or sent
        ("Tom Reyes criticised the plan in a video posted on Sunday, adding that the stores were quiet.", "Tom Reyes"),
        ("Ann Lee wrote to staff in a letter sent on Friday, adding that the stores were quiet.", "Ann Lee"),
    ],
)
def test_the_participle_after_a_thing_named_by_a_verb_of_saying_is_the_subject_s(text, speaker):
    analysis = analyse(text)
    assert find_claim(analysis, "the stores were quiet", speaker), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        # a thing posted or sent that is the subject, with no main verb after the time, says what follows
        ("The statement claimed on Monday the bridge was safe.", "The statement", "the bridge was safe"),
        ("The letter insisted in March the ferry would keep running.", "The letter", "the ferry would keep running"),
        ("The report warned last year costs would rise, officials said.", "The report", "costs would rise"),
    ],
)
def test_a_thing_posted_or_sent_that_is_the_subject_of_a_verb_of_saying_is_its_speaker(text, speaker, words):
    analysis = analyse(text)
    assert find_claim(analysis, words, speaker), describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "A video posted on Sunday to its website shows the pier is unsafe.",
        "A report posted on Monday by the council said costs had risen.",
        "The statement posted on Monday was signed by six members.",
    ],
)
def test_a_participle_after_a_thing_posted_with_a_main_verb_after_it_is_no_cue(text):
    analysis = analyse(text)
    assert all(claim.cue != "posted" for claim in analysis.claims), describe(analysis)


def test_a_verb_of_saying_after_a_possessed_noun_with_its_content_is_a_cue():
    analysis = analyse("The firm said its chief economist forecast that rates would fall.")
    assert find_claim(analysis, "rates would fall", "its chief economist").content == "rates would fall", describe(analysis)


def test_a_statement_that_goes_on_with_its_content_is_still_a_cue():
    text = "Acme Foods said in a statement that the plant would close. The statement added on Monday that staff would be paid."
    assert find_claim(analysis := analyse(text), "staff would be paid", "Acme Foods"), describe(analysis)


def test_words_after_according_to_that_another_speaker_says_are_theirs():
    text = (
        "Asked about the economy, which shrank by 3% last year according to the statistics office, "
        "Dragov said that sanctions had hurt ordinary people."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "which shrank by 3% last year", "the statistics office").content == "which shrank by 3% last year", describe(analysis)
    assert find_claim(analysis, "sanctions had hurt ordinary people", "Dragov"), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("A report that found the pier was unsafe was published on Monday.", "A report", "the pier was unsafe"),
        ("A report that found costs had risen sharply has been sent to the council.", "A report", "costs had risen sharply"),
        ("Officials who said the pier was unsafe were ignored.", "Officials", "the pier was unsafe"),
        ("The lawyer who said the men were innocent is leaving the firm.", "lawyer", "the men were innocent"),
        # a clause inside the content waits for its own verb
        ("Tom Reyes, who said the pier was unsafe and would close, resigned.", "Tom Reyes", "the pier was unsafe and would close"),
        ("The plan is backed by Lena Vogt, who has said the pier will reopen in May.", "Lena Vogt", "the pier will reopen in May"),
        # a clause that opens with no word of its own, or a verb after a pronoun, goes on
        ("Tom Clarke, who said he is doing everything he can to keep it open, spoke.", "Tom Clarke", "he is doing everything he can to keep it open"),
        ("Ann Lee, who said the men the police had arrested were innocent, spoke.", "Ann Lee", "the men the police had arrested were innocent"),
        # quoted words are the speaker's to their end
        ('Officials who said the pier was "unsafe and is sinking" were ignored.', "Officials", 'the pier was "unsafe and is sinking"'),
        # a verb of saying or knowing in the content opens a clause with no word of its own
        ("Ann Lee, who said she was told the pier was closing, resigned.", "Ann Lee", "she was told the pier was closing"),
        ("Ann Lee, who said she had heard the pier was closing, resigned.", "Ann Lee", "she had heard the pier was closing"),
        ("Ann Lee, who said the mayor has insisted the pier is staying open, resigned.", "Ann Lee", "the mayor has insisted the pier is staying open"),
        ("Officials who said they were warned the dam was failing were ignored.", "Officials", "they were warned the dam was failing"),
        # ... but not one followed by "to", a preposition or "that", which opens its clause itself
        ("Officials who said they were told to leave were ignored.", "Officials", "they were told to leave"),
        ("Officials who said they were warned by engineers were ignored.", "Officials", "they were warned by engineers"),
        ("Officials who said they were warned that the dam was failing were ignored.", "Officials", "they were warned that the dam was failing"),
    ],
)
def test_a_relative_clause_s_content_ends_where_the_main_clause_s_verb_comes(text, speaker, words):
    analysis = analyse(text)
    assert find_claim(analysis, words, speaker).content == words, describe(analysis)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Commissioner For Human Rights Jane Roe said the camps were overcrowded.", "Jane Roe"),
        ("Leader of the Opposition Sunita Verma said the camps were overcrowded.", "Sunita Verma"),
        ("Minister for Health Ann Kelly said the camps were overcrowded.", "Ann Kelly"),
        ("Commissioner for Human Rights Jane Roe said the camps were overcrowded.", "Jane Roe"),
        ("The Minister for Health said the camps were overcrowded.", "The Minister for Health"),
    ],
)
def test_a_title_with_a_preposition_runs_on_to_the_first_name(text, name):
    analysis = analyse(text)
    assert find_claim(analysis, "the camps were overcrowded").speaker.name == name, describe(analysis)


def test_a_first_name_set_off_after_a_relation_is_whom_he_or_she_means():
    text = (
        "Elena Ruiz, 54, runs the shop. Her father, Tomás, opened it in 1971. He insisted that she learn every step. "
        "Ruiz's daughter, Lucía, trained as an architect. She says she has not decided whether to take it over."
    )
    analysis = analyse(text)
    assert find_claim(analysis, "she learn every step").speaker.name == "Tomás", describe(analysis)
    assert find_claim(analysis, "she has not decided").speaker.name == "Lucía", describe(analysis)


@pytest.mark.parametrize("text", ["Tomás, a baker, said the shop was busy. Her father, ", " Tomás, a baker, said the shop was busy. Her father, "])
def test_a_first_name_at_the_very_start_takes_no_relation_from_the_end_of_the_text(text):
    start = text.index("Tomás")
    mention = Mention((start, start + 5), "Tomás", "person", "Tomás")
    describe_from_appositive(text, mention, len(text))
    assert mention.title != "father"


def test_a_pronoun_that_fits_no_one_named_before_it_is_not_someone_named_later():
    text = (
        "Elena Ruiz runs the shop. He insisted that she learn every step. "
        "Martin Achebe, a retired postman, says his boots still let in no water."
    )
    analysis = analyse(text)
    claim = find_claim(analysis, "she learn every step")
    assert claim.speaker.name != "Martin Achebe", describe(analysis)


def test_a_split_quotation_whose_attribution_describes_the_speaking_stays_one_claim():
    text = '"We are not talking about marathons," she said in an interview on Monday. "A walk to the shops and back is enough."'
    analysis = analyse(text)
    assert find_claim(analysis, "We are not talking about marathons, … A walk to the shops"), describe(analysis)
