"""Claim -> statement: statuses, word diffs, evidence offsets, the speaker's own statements only, disputes on record."""
from dataclasses import replace

import pytest

from registry_claims import make_claim
from sources import DEFAULT_CONFIG, load_index, match_claim, registry
from sources.model import RecordedDispute, Source, Statement
from sources.normalise import normalise
from sources.provenance import coverage, meaningful_stems, trace
from sources.verdicts import disputes_statement

PIER = "We will not close the pier before the summer, whatever the council says."


@pytest.fixture
def index(registry_db):
    registry.upsert_sources(registry_db, [Source("ada", "Ada Novak", "person"), Source("bo", "Bo Lind", "person")])
    registry.upsert_statements(registry_db, [
        Statement("ada-pier", PIER, "ada", url="https://example.org/pier", medium="press conference", date="2025-03-02"),
        Statement("bo-fees", "Harbour fees have risen 40% in a year.", "bo", date="2025-03-05"),
        Statement("anon-ferry", "The ferry will stop running in winter.", None),
    ])
    return load_index(registry_db)


def traced(index, claim, source_id=None, config=DEFAULT_CONFIG):
    return trace(claim, [source_id] if source_id else [], index, config)


@pytest.mark.parametrize("claim, status, statement", [
    (make_claim("Ada Novak", PIER, quote=PIER), "verbatim", "ada-pier"),
    (make_claim("Ada Novak", "“We will NOT close the pier before the summer”", quote="We will NOT close the pier before the summer"), "verbatim", "ada-pier"),
    (make_claim("Ada Novak", "the pier would stay open until the \"summer, whatever the council says\"",
                quote="summer, whatever the council says"), "verbatim", "ada-pier"),
    (make_claim("Ada Novak", "We will not close the pier before the autumn", quote="We will not close the pier before the autumn"), "altered", "ada-pier"),
    (make_claim("Ada Novak", "We will close the pier before the summer", quote="We will close the pier before the summer"), "contradicted", "ada-pier"),
    (make_claim("Ada Novak", "she would not close the pier before the summer"), "paraphrase", "ada-pier"),
    (make_claim("Ada Novak", "the ferry timetable doubles in June"), "unverified", None),
])
def test_statuses(index, claim, status, statement):
    provenance = traced(index, claim, "ada")
    assert (provenance.status, provenance.statement and provenance.statement.id) == (status, statement)


def test_an_altered_quote_carries_its_word_diff_and_offsets(index):
    quote = "We will not close the pier before the autumn"
    provenance = traced(index, make_claim("Ada Novak", quote, quote=quote), "ada")
    assert [(op.op, op.original, op.quoted) for op in provenance.diff] == [
        ("equal", "We will not close the pier before the", "We will not close the pier before the"),
        ("replace", "summer", "autumn"),
    ]
    assert PIER[slice(*provenance.original_span)] == "We will not close the pier before the summer"
    assert provenance.claim_span == (100, 100 + len(quote))


def test_a_quote_that_drops_a_negation_is_contradicted_with_its_word_diff(index):
    quote = "We will close the pier before the autumn"
    provenance = traced(index, make_claim("Ada Novak", quote, quote=quote), "ada")
    assert provenance.status == "contradicted"
    assert [(op.op, op.original, op.quoted) for op in provenance.diff] == [
        ("equal", "We will", "We will"),
        ("delete", "not", ""),
        ("equal", "close the pier before the", "close the pier before the"),
        ("replace", "summer", "autumn"),
    ]
    assert PIER[slice(*provenance.original_span)] == "We will not close the pier before the summer"


def test_a_paraphrase_points_at_the_words_it_renders(index):
    provenance = traced(index, make_claim("Ada Novak", "she would not close the pier before the summer"), "ada")
    assert provenance.status == "paraphrase" and provenance.diff == []
    assert PIER[slice(*provenance.original_span)] == "We will not close the pier before the summer"


def test_a_verbatim_fragment_points_at_its_place_in_the_original(index):
    provenance = traced(index, make_claim("Ada Novak", "it would stay \"closed before the summer\" she said... no: "
                                                       "\"close the pier before the summer\"", quote="close the pier before the summer"), "ada")
    assert provenance.status == "verbatim" and provenance.diff == []
    assert PIER[slice(*provenance.original_span)] == "close the pier before the summer"


def test_a_verbatim_quote_reported_as_denied_is_contradicted_with_its_words_as_the_diff(index):
    quote = "close the pier before the summer"
    claim = replace(make_claim("Ada Novak", f"Ada Novak denied she would \"{quote}\"", quote=quote), stance="denial")
    provenance = traced(index, claim, "ada")
    assert provenance.status == "contradicted"
    assert [(op.op, op.original, op.quoted) for op in provenance.diff] == [("equal", quote, quote)]
    assert PIER[slice(*provenance.original_span)] == quote


def test_only_the_speakers_own_statements_are_evidence(index):
    assert traced(index, make_claim("Ada Novak", "the ferry will stop running in winter"), "ada").status == "unverified"
    assert traced(index, make_claim("Ada Novak", "harbour fees had risen 40% in a year"), "ada").status == "unverified"
    assert traced(index, make_claim("Bo Lind", "harbour fees had risen 40% in a year"), "bo").statement.id == "bo-fees"
    assert traced(index, make_claim("Bo Lind", "harbour fees had risen 40% in a year"), None).status == "unverified"


def test_a_short_quote_alone_proves_nothing(index):
    claim = make_claim("Ada Novak", "it was all about \"the summer\"", quote="the summer")
    assert traced(index, claim, "ada").status == "unverified"


def test_a_claim_containing_a_statement_in_a_longer_sentence_is_not_its_paraphrase():
    longer = "Exchange rates, which the council has said fees have risen 40% in a year, were not discussed at the meeting"
    assert coverage(meaningful_stems(normalise(longer)), "harbour fees have risen 40 in a year", 2) < DEFAULT_CONFIG.paraphrase_cutoff
    assert coverage(meaningful_stems(normalise("fees had risen 40% in a year")), "harbour fees have risen 40 in a year", 2) == 100.0


def test_inflections_count_as_the_same_word():
    assert coverage(meaningful_stems(normalise("Japan manipulates its currency")), "japan and others manipulate their currencies", 2) == 100.0


@pytest.mark.parametrize("claim, cutoff, expected", [
    ("fees had risen 40% in a year", 75.0, 100.0),
    ("harbour fees have risen sharply", 75.0, 75.0),  # 3 of 4 stems: exactly the cutoff, told as it is
    ("harbour fees fell sharply this winter", 75.0, 0.0),  # 2 of 5: below the cutoff, 0.0
    ("harbour fees fell sharply this winter", 0.0, 40.0),
])
def test_a_coverage_below_the_cutoff_is_told_as_none(claim, cutoff, expected):
    assert coverage(meaningful_stems(normalise(claim)), "harbour fees have risen 40 in a year", 2, cutoff) == expected


def test_a_claim_of_too_few_meaningful_words_is_nobodys_paraphrase():
    assert coverage(meaningful_stems(normalise("it was fees")), "harbour fees have risen", 2) == 0.0


def test_the_thresholds_are_configuration(index):
    claim = make_claim("Ada Novak", "she would not shut the pier before the summer")
    assert traced(index, claim, "ada").status == "paraphrase"
    assert traced(index, claim, "ada", replace(DEFAULT_CONFIG, paraphrase_cutoff=95)).status == "unverified"


@pytest.mark.parametrize("rating, disputes", [
    (None, True), ("False", True), ("Mostly false.", True), ("MISLEADING", True), ("Pants on Fire!", True),
    ("True", False), ("Mostly true", False), ("Half true", False),
])
def test_which_verdicts_dispute_a_statement(rating, disputes):
    assert disputes_statement(RecordedDispute("d", "s", reviewer="Harbour Facts", rating=rating)) is disputes


def test_disputes_on_record_come_only_with_a_matched_statement(registry_db):
    registry.upsert_sources(registry_db, [Source("bo", "Bo Lind", "person")])
    registry.upsert_statements(registry_db, [Statement("bo-fees", "Harbour fees have risen 40% in a year.", "bo")])
    registry.upsert_disputes(registry_db, [RecordedDispute("check", "bo-fees", reviewer="Harbour Facts", rating="False")])
    index = load_index(registry_db)
    matched = match_claim(make_claim("Bo Lind", "harbour fees had risen 40% in a year"), index)
    unmatched = match_claim(make_claim("Bo Lind", "the ferry is late again"), index)
    assert (matched.disputed, [d.id for d in matched.registry_disputes]) == (True, ["check"])
    assert (unmatched.disputed, unmatched.registry_disputes) == (False, [])
