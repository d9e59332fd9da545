"""The claims that disputes are made of: who denies, who alleges, and where what they said ends."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse
from claims.cues import Cue
from claims.rules.coordination import cue_tense


@pytest.mark.parametrize(
    "text, content",
    [
        # The speaker's own next verb, in the cue's tense after a clause in the other tense, is no part of P.
        ("The Republic of Ruritania denies that the vote was rigged and goes to great lengths to silence its critics.",
         "the vote was rigged"),
        ("Ann Lee denied that the council is bankrupt and called the report a smear campaign.", "the council is bankrupt"),
        # Verbs of the reported clause itself, in its own tense, stay in it.
        ("Ann Lee says the council is broke and wants a bailout from the state.", "the council is broke and wants a bailout from the state"),
        ("Ann Lee says the plan raises taxes and cuts spending.", "the plan raises taxes and cuts spending"),
        ("Ann Lee said the council was broke and turned to the state for help.", "the council was broke and turned to the state for help"),
    ],
)
def test_a_reported_clause_ends_where_the_speaker_goes_on_to_act(text, content):
    assert find_claim(analyse(text), content).content == content


@pytest.mark.parametrize(
    "form, lemma, tense",
    [("denies", "deny", "present"), ("says", "say", "present"), ("denied", "deny", "past"), ("said", "say", "past"),
     ("saying", "say", None), ("say", "say", None)],
)
def test_a_cue_tells_its_tense(form, lemma, tense):
    assert cue_tense(Cue((0, len(form)), form, lemma)) == tense


def test_an_organisation_named_with_of_keeps_its_whole_name():
    text = ("The Republic of Ruritania denies that the election was rigged.\n\n"
            "Observers from the former Soviet Republic said they saw nothing wrong.")
    claim = find_claim(analyse(text), "the election was rigged")
    assert claim.speaker.name == "Republic of Ruritania"
    assert claim.stance == "denial"


@pytest.mark.parametrize("source", ["prosecutors", "investigators", "opponents"])
def test_an_official_collective_noun_is_a_source(source):
    text = f"Mayor Tom Lutz said the bridge was safe. But {source} said the inspections had been faked."
    claim = find_claim(analyse(text), "the inspections had been faked")
    assert claim.speaker.name == source
    assert claim.attribution == "anonymous"


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The city calculates that 4,000 homes will lose power.", "The city", "4,000 homes will lose power"),
        ("Ann Lee revealed that the council had borrowed twice.", "Ann Lee", "the council had borrowed twice"),
        ("The audit revealed there were two sets of books.", "The audit", "there were two sets of books"),
    ],
)
def test_revealing_and_calculating_report_a_clause(text, speaker, content):
    assert find_claim(analyse(text), content).speaker.name == speaker


def test_revealing_a_thing_is_no_claim():
    analysis = analyse("The mayor revealed a statue of the founder on Monday.")
    assert not analysis.claims, describe(analysis)


def test_a_quotation_after_a_quoted_word_that_ends_a_sentence_opens_the_next():
    text = ("Ann Lee went after Tom Reyes at the forum, when she called the mayor “reckless.” “So Tom, you know, is "
            "great at slogans. He would not be a good governor,” the former governor said.")
    analysis = analyse(text)
    assert find_claim(analysis, "reckless").content == "the mayor “reckless.”"
    assert find_claim(analysis, "He would not be a good governor").content.startswith("So Tom")


def test_a_sentence_opening_with_a_quotation_keeps_the_next_one():
    claim = find_claim(analyse("“It is over.” “We won,” Ann Lee said."), "We won")
    assert "It is over" in claim.content


@pytest.mark.parametrize(
    "byline",
    ["Laura BassettFlagShareLikeReplyPaige Lavender", "Tom ReyesJOHN DOE"],
)
def test_words_run_together_by_page_markup_name_nobody(byline):
    text = f"8:50 PM {byline} said the debate had started late."
    analysis = analyse(text)
    assert all(byline.split()[-1] not in c.speaker.name for c in analysis.claims), describe(analysis)


def test_a_heading_that_runs_two_names_together_names_neither():
    text = ("Lena Vogt Hints Tom Reyes Is Next\n\n"
            "Lena Vogt said the pier would reopen in May. Tom Reyes said it would not.")
    analysis = analyse(text)
    assert find_claim(analysis, "the pier would reopen").speaker.name == "Lena Vogt"
    assert find_claim(analysis, "it would not").speaker.name == "Tom Reyes"


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # A reporting noun after a determiner is the subject, and the verb after it a cue.
        ("Several reports reveal that the council borrowed twice.", "Several reports", "the council borrowed twice"),
        ("Multiple reports reveal that the council borrowed twice.", "Multiple reports", "the council borrowed twice"),
        # "that's" opens the content; it is no "that" introducing it.
        ("Ann Lee said the budget was balanced, but several reports reveal that’s untrue.", "several reports", "that’s untrue"),
    ],
)
def test_reports_reveal_what_they_report(text, speaker, content):
    claim = find_claim(analyse(text), content, speaker)
    assert claim.content == content


def test_a_reporting_noun_after_a_cue_is_still_its_object():
    claim = find_claim(analyse("Ann Lee rejected claims that the council borrowed twice."), "the council borrowed twice")
    assert claim.speaker.name == "Ann Lee" and claim.stance == "denial"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # The subject of the sentence before, not the last speaker (inside a relative clause), is "he".
        ("Budget row deepens\n\nSpeaking on radio Monday, Mayor Tom Lutz refrained from attacking his rivals, "
         "particularly Govs. Bo Crane and Tim Ray, who say the budget is too small.\n\n"
         "He dismissed criticism of the plan, saying that it was \"the best budget in a decade.\"", "Tom Lutz"),
        ("\"The plan is dead,\" said Mayor Tom Lutz.\n\nThe judges wanted to move on, but Governor Bo Crane wasn't "
         "having it.\n\n\"That is simply false,\" he said.", "Bo Crane"),
        # A person named only as a place's or a prepositional object is nobody's subject.
        ("\"The plan is dead,\" Ann Lee said at a rally in Port Washington, N.Y., flanked by supporters.\n\n"
         "She also said the mayor had misled voters.", "Ann Lee"),
    ],
)
def test_he_or_she_is_the_person_the_sentence_before_was_about(text, speaker):
    analysis = analyse(text)
    pronoun_claims = [c for c in analysis.claims if c.attribution == "pronoun"]
    assert pronoun_claims and all(c.speaker.name == speaker for c in pronoun_claims), describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Ann Lee said critics had a point in warning that shops might close.", "critics", "shops might close"),
        ("Tom Reyes blamed the network for reporting that Ann Lee was quitting.", "the network", "Ann Lee was quitting"),
        ("Tom Reyes apologized on Monday for saying that the mayor was a liar.", "Tom Reyes", "the mayor was a liar"),
    ],
)
def test_a_participle_after_in_or_for_is_said_by_the_one_just_before(text, speaker, content):
    assert find_claim(analyse(text), content).speaker.mention == speaker


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Tom Reyes refused to concede that the bridge was unsafe.", "denial"),
        ("Tom Reyes declined, once again, to acknowledge that the bridge was unsafe.", "denial"),
        ("Tom Reyes conceded that the bridge was unsafe.", None),
    ],
)
def test_a_point_refused_is_denied(text, stance):
    claim = find_claim(analyse(text), "the bridge was unsafe", "Tom Reyes")
    assert claim.stance == stance


def test_a_first_name_mostly_given_to_women_does_not_keep_he_from_a_man():
    text = "Senator Bernie Hale spoke first.\n\n\"It is not a radical idea,\" he said."
    assert find_claim(analyse(text), "It is not a radical idea").speaker.name == "Bernie Hale"
