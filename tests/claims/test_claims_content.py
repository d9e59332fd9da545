"""Content spans: where the reported words of an indirect claim end."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, content",
    [
        # A dashed aside is part of the clause it interrupts, commas and all.
        (("The Valley Courier reported that the water board -- best known for its leak maps, though its engineers "
          "win prizes -- had missed its targets."),
         "the water board -- best known for its leak maps, though its engineers win prizes -- had missed its targets"),
        ("Ann Lee said the bridge — built in 1920, though rebuilt since — was safe.", "the bridge — built in 1920, though rebuilt since — was safe"),
        # Outside an aside, ", though" still starts a clause of the reporter's own.
        ("Ann Lee said the bridge was safe, though engineers disagreed.", "the bridge was safe"),
        # A clause on when or while ("when she visited") is part of what was said, as PolNeAR's annotators read it.
        ("Critics argued that the rule would stop staff from working as long as they like.",
         "the rule would stop staff from working as long as they like"),
        ("Ann Lee said the bridge was safe when she visited it.", "the bridge was safe when she visited it"),
        # ... but after quoted words, the quotation closed what was said.
        ('Ann Lee said the bridge was "perfectly safe" when she visited it.', 'the bridge was "perfectly safe"'),
        # ", but" goes on with the same subject after a negative contraction; a quotation is never cut.
        ("Ann Lee said she had seen the plans, but couldn't share them yet.", "she had seen the plans, but couldn't share them yet"),
        ('Ann Lee said the bridge was "old, but safe enough for now."', 'the bridge was "old, but safe enough for now."'),
        # ... and with a verb of its own it has no new subject: "but planned", "though mixed with".
        ("Ann Lee said the bridge was safe, but planned to close it anyway.", "the bridge was safe, but planned to close it anyway"),
        ("Ann Lee said the bridge was safe, but the council closed it.", "the bridge was safe"),
        # "as well as" goes on with what was said.
        ("Ann Lee said the council would repair the bridge, as well as the tunnel beside it.",
         "the council would repair the bridge, as well as the tunnel beside it"),
    ],
)
def test_a_claim_runs_to_its_clause_s_end(text, content):
    assert find_claim(analyse(text), content).content == content


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The Harbour Trust announced a new summer timetable.", "Harbour Trust", "a new summer timetable"),
        ("Councillors called for a public inquiry into the flooding.", None, "a public inquiry into the flooding"),
        ("Mayor Ines Duarte has vowed to resign if the tram line is cancelled.", "Ines Duarte", "to resign if the tram line is cancelled"),
        ("Tom Reyes told reporters to expect delays on Friday.", "Tom Reyes", "to expect delays on Friday"),
        ("Her deputy, Ann Lee, pledged to stay.", "Ann Lee", "to stay"),
        ("The minister predicted a record harvest.", None, "a record harvest"),
    ],
)
def test_a_verb_s_object_is_what_was_said(text, speaker, content):
    claim = find_claim(analyse(text), content, speaker)
    assert claim.content == content and claim.rule == "speaker-verb-object"


@pytest.mark.parametrize(
    "text",
    [
        "The senator has 14 pledged delegates.",  # a participle describing a noun
        "His latest promise to voters was quietly dropped.",  # a noun
        "The board announced on Monday.",  # no object
        "Ann Lee asked about the budget.",  # a preposition, not an infinitive
        "The port has been quiet since the minister announced new tariffs.",  # an event that dates another
    ],
)
def test_no_object_no_claim(text):
    assert analyse(text).claims == []


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # The words between the comma and the name describe the speaker: the content is before the comma.
        ("The ferry will run all winter, harbour board chair Lena Vogt said on Monday.", "Lena Vogt", "The ferry will run all winter"),
        # "this was ..." after the listener is a clause, not "this week".
        ("After the vote, Tom Reyes told reporters this was the end of the affair.", "Tom Reyes", "this was the end of the affair"),
    ],
)
def test_the_content_is_on_the_right_side_of_the_attribution(text, speaker, content):
    assert find_claim(analyse(text), content, speaker).content == content


@pytest.mark.parametrize(
    "text, content",
    [
        # The clause goes on after "according to S,": both parts are what S reports.
        ("Since May, according to the harbour board, fares have doubled.", "Since May … fares have doubled"),
        ("His answer, according to a transcript of the show, was that the pier was safe.", "His answer … was that the pier was safe"),
        # Words about the source after it are not what it reports.
        ("Fares have doubled since May, according to Tidewatch, a charity that tracks prices.", "Fares have doubled since May"),
    ],
)
def test_according_to_set_off_by_commas_reports_the_whole_clause(text, content):
    assert find_claim(analyse(text), content.split(" … ")[0]).content == content


def test_where_it_was_said_is_not_what_was_said():
    analysis = analyse('Speaking on Sunday on Harbour Radio\'s "Morning Tide," Lena Vogt said the pier was unsafe.')
    assert [c.content for c in analysis.claims] == ["the pier was unsafe"], describe(analysis)


def test_a_clause_of_time_that_opens_the_reported_words_is_part_of_them():
    text = "Lena Vogt toured the pier. She said that even after she steps down, she will fight for the ferry."
    claim = find_claim(analyse(text), "she will fight for the ferry", "Lena Vogt")
    assert claim.content == "even after she steps down, she will fight for the ferry"


@pytest.mark.parametrize(
    "text, content, nested",
    [
        # What the same speaker goes on to add is part of what they said, and a claim of its own too.
        ("Ada Novak said the pier would reopen in May, adding that the cafe would follow in June.",
         "the pier would reopen in May, adding that the cafe would follow in June", "the cafe would follow in June"),
        ("Ada Novak says she met the harbour board and asked it to cut the mooring fees.",
         "she met the harbour board and asked it to cut the mooring fees", "it to cut the mooring fees"),
        # "said" again is a statement of its own, and a denial's content is what it denies.
        ("Ada Novak said the pier would reopen in May and said the cafe would follow in June.",
         "the pier would reopen in May", "the cafe would follow in June"),
        ("Ada Novak rejected the idea that the pier was unsafe, saying it had been checked twice.",
         "the pier was unsafe", "it had been checked twice"),
    ],
)
def test_what_the_speaker_goes_on_to_say_is_nested_in_their_words_unless_said_again(text, content, nested):
    analysis = analyse(text)
    assert find_claim(analysis, content, "Ada Novak").content == content
    assert find_claim(analysis, nested, "Ada Novak").content == nested
