"""The extractor's searches stay bounded: each fast path finds exactly what the plain pattern finds.

Speed itself is measured in benchmarks/ (bench_hostile); these tests pin down that the bounded searches
give the same answers as the plain, unbounded ones they replace, so a speed-up can never change a claim.
"""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claims import analyse
from claims.disputes.polarity import DENYING, INTENSIFIER, denying_words, unquoted
from claims.entities import Person
from claims.lexicon import DENYING_CONTENT, INTENSIFIERS, SPEAKER_CUE_FILLERS
from claims.mentions import PHRASE_WORD, Mention, _words_backwards
from claims.patterns import FILLER_GAP, TRAILING_FILLERS, trailing_fillers_start
from claims.quotes import Quotation
from claims.rules.content import AND_THAT, SUBORDINATOR_WINDOW, TRAILING_JOINERS, Stop, Stops, _stop, and_that, first_stop
from claims.rules.sentence import Sentence
from claims.rules.speakers import COORDINATION, _coordinated

THOROUGH = settings(max_examples=200, deadline=None)

# The filler chain as first written: every word of the list as a literal, "-ly" words read any way.
PLAIN_FILLER_CHAIN = (
    r"(?:[\s,]*(?:\b(?:" + "|".join(sorted(SPEAKER_CUE_FILLERS, key=len, reverse=True))
    + r"|[a-z-]{3,}ly|\d{1,4})\b|\([^()]{1,40}\)))*\s*$"
)
PLAIN_TRAILING_FILLERS = re.compile(PLAIN_FILLER_CHAIN, re.IGNORECASE)
PLAIN_FILLER_GAP = re.compile("^" + PLAIN_FILLER_CHAIN, re.IGNORECASE)

# Words the chain reads, words it stops at, and the punctuation, parentheses and odd letters around them.
GAP_PIECES = [
    "has", "also", "previously", "Publicly", "quickly", "x-ly", "-ly", "ly", "has-ly", "on", "one", "HAS", "ago",
    "12", "2024", "12345", "a1", "(R-Ky.)", "(", ")", "()", "(a b, c)", "(" + "x" * 45 + ")", "-quickly",
    " ", "  ", ",", ", ", "\n", "\u00a0", "said", "b.", '"a,"', "Bellamy", "the council", "-", "_", "ſ", "weeKs",
]
gaps = st.lists(st.sampled_from(GAP_PIECES), max_size=8).map("".join)


@THOROUGH
@given(lead=st.sampled_from(["", "Ada ", "x(", "word"]), gap=gaps, window=st.integers(0, 60))
def test_the_fillers_before_a_cue_start_where_the_plain_search_finds_them(lead, gap, window):
    text = f"{lead}{gap} said it"
    end = len(lead) + len(gap)
    start = min(window, end)
    expected = PLAIN_TRAILING_FILLERS.search(text, start, end).start()
    assert trailing_fillers_start(text, start, end) == expected
    assert TRAILING_FILLERS.search(text, start, end).start() == expected


@THOROUGH
@given(gap=gaps)
def test_a_gap_of_fillers_is_read_as_the_plain_pattern_reads_it(gap):
    assert bool(FILLER_GAP.match(gap)) == bool(PLAIN_FILLER_GAP.match(gap))


def test_a_long_run_of_ly_words_before_a_non_filler_is_given_up_at_once():
    # Read every way a "-ly" word can be read, forty of them would take longer than the age of the universe.
    analysis = analyse("Ada Novak " + "previously " * 40 + "x said the pier would reopen in May.")
    assert [claim.content for claim in analysis.claims] == ["the pier would reopen in May"]


# Words and marks around a cue: coordinators, fillers, names, figures, quote marks and one very long word.
WORD_PIECES = [
    "and", "but", "AND", "x-and", "has", "later", "also", "weeKs", "said", "Ada", "Novak", "$5", "10%", "U.S.",
    "the", "of", "voters", "O'Brien", "a.b", "—", ",", ".", '"', "’", "-", "_", " ", "  ", "\n", "\u00a0", "x" * 70,
]
word_texts = st.lists(st.tuples(st.sampled_from(WORD_PIECES), st.sampled_from(["", " ", " "])), max_size=40).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
)


@THOROUGH
@given(text=word_texts, data=st.data())
def test_reading_back_from_a_cue_finds_what_reading_the_whole_sentence_finds(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert _coordinated(text, start, end) == bool(COORDINATION.search(text, start, end))
    backwards = [match.span() for match in _words_backwards(text, start, end)]
    assert backwards == [match.span() for match in reversed(list(PHRASE_WORD.finditer(text, start, end)))]


def plain_first_stop(sentence, start, end, stops, nesting):
    """first_stop as first written: every stop read in order until none can come nearer."""
    for stop in sorted(stops, key=lambda stop: stop.first):
        if stop.first - SUBORDINATOR_WINDOW >= end:
            break
        if max(stop.speaker_start, stop.cue_start) > start:
            end = min(end, _stop(sentence, start, stop, nesting))
    return end


CLAUSE_PIECES = ["Ada", "said", "that", "only that", "and", "but", "given", "because", "even as", ",", ";", " ", "-", "x" * 25, "told"]
clauses = st.lists(st.tuples(st.sampled_from(CLAUSE_PIECES), st.sampled_from([" ", ""])), min_size=1, max_size=30).map(
    lambda pieces: "".join(piece + space for piece, space in pieces)
)


def test_a_conjunction_is_looked_for_only_after_the_content_starts():
    # From inside "even", the conjunction is "as": the content ends there, not at the sentence's end.
    text = "x even as Ada said it"
    sentence = Sentence(text, (0, len(text)), 0, (), (), (), ())
    assert first_stop(sentence, 3, len(text), Stops.of(text, [Stop(10, 14)])) == 6


@THOROUGH
@given(text=clauses, data=st.data())
def test_content_ends_at_the_attribution_the_plain_scan_finds(text, data):
    positions = st.integers(0, len(text))
    stops = data.draw(st.lists(st.builds(Stop, positions, positions), max_size=12))
    start = data.draw(positions)
    end = data.draw(st.integers(start, len(text)))
    nesting = data.draw(st.booleans())
    sentence = Sentence(text, (0, len(text)), 0, (), (), (), ())
    assert first_stop(sentence, start, end, Stops.of(text, stops), nesting) == plain_first_stop(sentence, start, end, stops, nesting)


@given(names=st.lists(st.sampled_from(["Ada", "Ada Novak", "A. Novak", "Ada B. Novak", "Ada C. Novak", "Novak"]), min_size=1))
def test_a_persons_full_name_is_kept_as_names_come_in(names):
    person = Person()
    for name in names:
        person.add_name(name)
    assert person.full_name == max(set(names), key=lambda name: (len(name.split()), len(name), name))


@st.composite
def sentences_with_quotations(draw):
    """A sentence of quoted and unquoted stretches, its quotations and mentions in text order, never overlapping."""
    text, quotations, mentions = "", [], []
    for quoted, words in draw(st.lists(st.tuples(st.booleans(), st.sampled_from(["a b", ", ", " : ", "Ada", "x"])), max_size=12)):
        if quoted:
            quotations.append(Quotation((len(text), len(text) + len(words) + 2), (len(text) + 1, len(text) + len(words) + 1)))
            text += f'"{words}"'
        else:
            mentions.append(Mention((len(text), len(text) + len(words)), words, "person", words))
            text += words
    return Sentence(text, (0, len(text)), 0, tuple(quotations), tuple(mentions), (), ())


@THOROUGH
@given(sentence=sentences_with_quotations(), data=st.data())
def test_looking_up_quotations_and_mentions_by_position_finds_what_a_scan_finds(sentence, data):
    text, quotations, mentions = sentence.text, sentence.quotations, sentence.mentions
    position = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(position, len(text)))
    at = [q for q in quotations if q.outer[0] >= position and re.fullmatch(r"[\s,:\-—–]*", text[position : q.outer[0]])]
    ending = [q for q in quotations if q.outer[1] <= position and re.fullmatch(r"[\s,]*", text[q.outer[1] : position])]
    assert sentence.quotation_at(position) == (at[0] if at else None)
    assert sentence.quotation_ending_at(position) == (ending[0] if ending else None)
    assert sentence.inside_quote(position) == any(q.outer[0] <= position < q.outer[1] for q in quotations)
    assert sentence.quote_between(position, end) == any(position <= q.outer[0] < end for q in quotations)
    assert sentence.is_quotation((position, end)) == any(q.inner == (position, end) for q in quotations)
    assert sentence.mentions_before(position) == tuple(m for m in mentions if m.span[1] <= position)
    assert tuple(sentence.mentions_from(position)) == tuple(m for m in mentions if m.span[0] >= position)


AND_PIECES = ["and", "AND", "And", "that", "THAT", " ", ",", ", ", "  ", "\n", "\u00a0", "x", "sand", "andthat", "İ", " and that "]


@THOROUGH
@given(text=st.lists(st.sampled_from(AND_PIECES), max_size=12).map("".join), data=st.data())
def test_and_that_parts_are_found_where_the_plain_pattern_finds_them(text, data):
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert and_that(text, start, end) == [match.span() for match in AND_THAT.finditer(text, start, end)]


def plain_trailing_joiners(segment: str, position: int) -> int:
    """Where TRAILING_JOINERS as first written starts in `segment` (its length when it does not)."""
    match = re.search(r"(?:[\s,;:\-—–]+|\s+(?:given|because|since|while|and|but|though|although|that|with|so)\b)+$",
                      segment[position:], re.IGNORECASE)
    return position + match.start() if match else len(segment)


JOINER_PIECES = [" ", "  ", ",", ";", ":", "-", "—", "\n", "\u00a0", "given", "GIVEN", "and", "so", "sox", "x", "that", "though"]


@THOROUGH
@given(segment=st.lists(st.sampled_from(JOINER_PIECES), max_size=7).map("".join), data=st.data())
def test_trailing_joiners_start_where_the_plain_pattern_finds_them(segment, data):
    position = data.draw(st.integers(0, len(segment)))
    match = TRAILING_JOINERS.search(segment, position)
    assert (match.start() if match else len(segment)) == plain_trailing_joiners(segment, position)


def test_a_long_run_of_spaces_inside_the_content_is_read_at_once():
    # Split every way among the pattern's repetitions, 30 spaces took 2^30 steps before giving up.
    analysis = analyse("Ada Novak said that the pier" + " " * 30 + "would reopen in May.")
    assert [claim.content for claim in analysis.claims] == ["the pier" + " " * 30 + "would reopen in May"]


DENYING_PIECES = sorted({word for phrase in DENYING_CONTENT + INTENSIFIERS for word in phrase.split()}) + [
    "FALSE", "Lies", " ", "  ", '"', "“", "”", "'", "-", "x", "lı", "ſ", "e", "li", ".", ",",
]


@THOROUGH
@given(content=st.lists(st.sampled_from(DENYING_PIECES), max_size=8).map(" ".join))
def test_denying_words_are_found_where_the_plain_search_finds_them(content):
    plain = DENYING.search(INTENSIFIER.sub("", unquoted(content)))
    found = denying_words(content)
    assert (found.span() if found else None) == (plain.span() if plain else None)
