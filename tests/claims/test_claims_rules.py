"""The table of extraction rules: every rule has an example that it still reads, and docs/rules.md is current."""
from pathlib import Path

import pytest

from claims import analyse
from claims.analysis import _Reader
from claims.reader import ReaderState, read_sentence
from claims.rules import RULES
from claims.rules.table import demonstration, markdown
from claims.sentences import split_sentences

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_every_rule_reads_its_own_example(rule):
    assert rule.description and rule.example
    assert demonstration(rule) is not None, [(c.rule, c.content) for c in analyse(rule.example).claims]


def test_docs_rules_md_is_generated_from_the_rules():
    assert DOCS.read_text(encoding="utf-8") == markdown(), "run: python -m claims.rules.table > docs/rules.md"


def test_every_claim_names_a_registered_rule():
    article = "\n\n".join(rule.example for rule in RULES.values())
    analysis = analyse(article)
    claims = analysis.claims + analysis.statements
    assert claims and all(claim.rule in RULES for claim in claims), [(c.rule, c.content) for c in claims]
    assert {claim.rule for claim in claims} >= {name for name, rule in RULES.items() if rule.finds == "claim"}


@pytest.mark.parametrize(
    "text, rule",
    [
        ('"The tram line will open in June," said Mara Lindqvist.', "quote-said-speaker"),
        ('"The tram line will open in June," Mara Lindqvist said.', "quote-speaker-said"),
        ("Mara Lindqvist said the tram line would open in June and that fares would stay the same.", "speaker-said-that"),
        ("The tram line, which Mara Lindqvist has said will open in June, is over budget.", "relative-clause"),
    ],
)
def test_a_claim_names_the_construction_it_was_read_from(text, rule):
    assert {claim.rule for claim in analyse(text).claims} == {rule}


def test_a_quotation_continued_after_its_attribution_replaces_the_claim_without_changing_it():
    text = '"The tram line will open in June," said Mara Lindqvist. "Fares will stay the same for two years."'
    reader = _Reader(text)
    state, returned = ReaderState(), []
    for start, end in split_sentences(text, reader.layout.paragraphs[0].span, reader.quoted):
        claims, state = read_sentence(state, reader.sentence(0, start, end), reader.article)
        returned.append(claims)
    (first,), (replacement,) = returned
    assert first.raw.rule == "quote-said-speaker" and len(first.raw.segments) == 1
    assert replacement.raw.rule == "split-quote" and replacement.number == first.number
    assert replacement.raw.segments[0] == first.raw.segments[0] and len(replacement.raw.segments) == 2
    assert state.last.found == replacement


def test_a_speaker_named_after_a_continued_quotation_takes_it_over_and_the_earlier_claim_is_given_back():
    text = '"We were lucky," said Luis Ortega.\n\n"We gave away two soft goals." United boss Mark Fenwick said.'
    claims = analyse(text).claims
    assert [(c.speaker.name, c.content, c.rule) for c in claims] == [
        ("Luis Ortega", "We were lucky,", "quote-said-speaker"),
        ("Mark Fenwick", "We gave away two soft goals.", "quote-then-speaker-said"),
    ]
