"""Provenance that respects meaning: negation flips, other parties' words, namesakes, changed quoted words."""
from dataclasses import replace

import pytest

from registry_claims import make_claim
from sources import load_index, match_claim, registry
from sources.model import RecordedDispute, Role, Source, Statement
from sources.polarity import negations

BRIDGE = "The new bridge will not open before the spring, and tolls will stay at two dollars."
DREDGING = "Dredging the channel has doubled the harbour's traffic since March."
QUOTA = "The cod quota will be cut by a third next season."
CRANE = "The old crane cannot lift the new containers safely."


@pytest.fixture
def index(registry_db):
    registry.upsert_sources(registry_db, [
        Source("mara-quist", "Mara Quist", "person", roles=[Role("Mayor", "Eastport")]),
        Source("harbour-board", "Eastport Harbour Board", "organisation", aliases=["Harbour Board"]),
        Source("lena-ortiz", "Lena Ortiz", "person", aliases=["Ortiz"], roles=[Role("Fisheries Minister")]),
        Source("paul-ortiz", "Paul Ortiz", "person", aliases=["Ortiz"], roles=[Role("Port Engineer")]),
    ])
    registry.upsert_statements(registry_db, [
        Statement("mara-bridge", BRIDGE, "mara-quist", medium="council meeting", date="2025-02-11"),
        Statement("board-dredging", DREDGING, "harbour-board", date="2025-05-02"),
        Statement("lena-quota", QUOTA, "lena-ortiz", date="2025-06-20"),
        Statement("paul-crane", CRANE, "paul-ortiz", date="2025-06-21"),
    ])
    registry.upsert_disputes(registry_db, [
        RecordedDispute("mara-on-dredging", "board-dredging", by="mara-quist", counter_claim="Traffic is flat."),
    ])
    return load_index(registry_db)


def changes(provenance) -> list[tuple[str, str, str]]:
    return [(op.op, op.original, op.quoted) for op in provenance.diff if op.op != "equal"]


def denying(speaker: str, words: str):
    return replace(make_claim(speaker, words), stance="denial")


@pytest.mark.parametrize("text, count", [
    ("The bridge will open", 0),
    ("The bridge will not open", 1),
    ("The bridge won't open, and nobody knows why", 2),
    ("The bridge won’t open", 1),
    ("It cannot open; it can never open", 2),
    ("Notably, nothing is known", 1),
    ("No-one was told", 1),
])
def test_negation_words_are_counted_with_contractions(text, count):
    assert negations(text) == count


@pytest.mark.parametrize("claim, status, changed", [
    (make_claim("Mara Quist", "the new bridge would open before the spring"),
     "contradicted", [("replace", "will not", "would")]),
    (make_claim("Mara Quist", "The new bridge will open before the spring", quote="The new bridge will open before the spring"),
     "contradicted", [("delete", "not", "")]),
    (make_claim("Mara Quist", "The new bridge won't open before the spring", quote="The new bridge won't open before the spring"),
     "altered", [("replace", "will not", "won't")]),
    (make_claim("Mara Quist", "the new bridge would never open before the spring"), "paraphrase", []),
    (make_claim("Mara Quist", "tolls would stay at two dollars"), "paraphrase", []),
    (make_claim("Mara Quist", "tolls would not stay at two dollars"), "contradicted", [("replace", "will", "would not")]),
])
def test_a_negation_added_or_dropped_contradicts_the_statement(index, claim, status, changed):
    provenance = match_claim(claim, index).provenance
    assert (provenance.status, provenance.statement.id, changes(provenance)) == (status, "mara-bridge", changed)


@pytest.mark.parametrize("statement, reported, dropped", [
    ("No tolls will rise this year.", "tolls would rise this year", ("delete", "No", "")),
    ("Never will the ferry run at night.", "the ferry would run at night", ("delete", "Never will", "")),
    ("Nobody will close the old pier this year.", "somebody would close the old pier this year", ("replace", "Nobody will", "somebody would")),
])
def test_a_negation_opening_the_clause_counts(registry_db, statement, reported, dropped):
    registry.upsert_sources(registry_db, [Source("mara-quist", "Mara Quist", "person")])
    registry.upsert_statements(registry_db, [Statement("said", statement, "mara-quist")])
    provenance = match_claim(make_claim("Mara Quist", reported), load_index(registry_db)).provenance
    assert provenance.status == "contradicted" and changes(provenance)[0] == dropped


def test_a_negation_elsewhere_in_the_statement_does_not_count(index):
    provenance = match_claim(make_claim("Mara Quist", "tolls will stay at two dollars"), index).provenance
    assert provenance.status == "paraphrase"
    assert BRIDGE[slice(*provenance.original_span)] == "tolls will stay at two dollars"


def test_reported_denial_of_ones_own_statement_contradicts_it(index):
    denial = match_claim(denying("Harbour Board", "dredging the channel has doubled the harbour's traffic"), index)
    assert (denial.provenance.status, denial.provenance.statement.id) == ("contradicted", "board-dredging")


def test_a_direct_quote_is_the_speakers_own_words_whatever_the_cue(index):
    quote = "Dredging the channel has doubled the harbour's traffic since March."
    claim = replace(make_claim("Harbour Board", quote, quote=quote), stance="denial")
    assert match_claim(claim, index).provenance.status == "verbatim"


def test_another_partys_statement_is_never_the_claims_origin(index):
    repeated = match_claim(make_claim("Mara Quist", "dredging the channel has doubled the harbour's traffic since March"), index)
    assert (repeated.speaker.source.id, repeated.provenance.status, repeated.provenance.statement) == ("mara-quist", "unverified", None)
    assert (repeated.contradicts, repeated.registry_disputes, repeated.disputed) == (None, [], False)


@pytest.mark.parametrize("claim", [
    make_claim("Mara Quist", "dredging the channel has not doubled the harbour's traffic"),
    denying("Mara Quist", "dredging the channel has doubled the harbour's traffic"),
])
def test_contradicting_another_partys_statement_is_evidence_of_a_dispute(index, claim):
    match = match_claim(claim, index)
    assert (match.provenance.status, match.registry_disputes, match.disputed) == ("unverified", [], False)
    assert (match.contradicts.status, match.contradicts.statement.id) == ("contradicted", "board-dredging")


def test_the_claims_own_statement_outranks_another_partys(index, registry_db):
    registry.upsert_statements(registry_db, [Statement("mara-dredging", "Dredging has not doubled traffic.", "mara-quist")])
    match = match_claim(make_claim("Mara Quist", "dredging has not doubled traffic"), load_index(registry_db))
    assert (match.provenance.status, match.provenance.statement.id) == ("paraphrase", "mara-dredging")
    assert match.contradicts.statement.id == "board-dredging"


@pytest.mark.parametrize("claim, source, statement", [
    (make_claim("Ortiz", "the cod quota would be cut by a third next season"), "lena-ortiz", "lena-quota"),
    (make_claim("Ortiz", "the old crane could not lift the new containers safely"), "paul-ortiz", "paul-crane"),
    (make_claim("Ortiz", "the old crane could lift the new containers safely"), "paul-ortiz", "paul-crane"),
])
def test_a_namesakes_statement_settles_who_spoke(index, claim, source, statement):
    match = match_claim(claim, index)
    assert (match.speaker.source.id, match.speaker.candidates) == (source, ())
    assert (match.provenance.statement.id, match.provenance.statement.source_id) == (statement, source)


def test_namesakes_stay_candidates_when_no_statement_matches(index):
    match = match_claim(make_claim("Ortiz", "the fish market moves to the east quay"), index)
    assert match.speaker.source is None
    assert sorted(c.id for c in match.speaker.candidates) == ["lena-ortiz", "paul-ortiz"]
    assert match.provenance.status == "unverified"


def test_namesakes_stay_candidates_when_their_statements_match_equally(index, registry_db):
    registry.upsert_statements(registry_db, [Statement("paul-quota", QUOTA, "paul-ortiz")])
    match = match_claim(make_claim("Ortiz", "the cod quota would be cut by a third next season"), load_index(registry_db))
    assert (match.speaker.source, len(match.speaker.candidates), match.provenance.status) == (None, 2, "unverified")


def test_a_namesake_told_apart_by_title_never_cites_the_others_statement(index):
    match = match_claim(make_claim("Ortiz", "the cod quota would be cut by a third next season", title="Port Engineer"), index)
    assert (match.speaker.source.id, match.provenance.status, match.provenance.statement) == ("paul-ortiz", "unverified", None)


@pytest.mark.parametrize("claim", [
    make_claim("Ortiz", "the cod quota would be cut by a third next season"),
    make_claim("Ortiz", "the cod quota would be cut by a third next season", title="Port Engineer"),
    make_claim("Ortiz", "the old crane cannot lift the new containers safely", title="Fisheries Minister"),
    make_claim("Mara Quist", "dredging the channel has doubled the harbour's traffic since March"),
    make_claim("Harbour Board", "the new bridge would open before the spring"),
    make_claim("Lena Ortiz", "The old crane cannot lift the new containers", quote="The old crane cannot lift the new containers"),
])
def test_the_source_reported_and_the_statement_cited_always_agree(index, claim):
    match = match_claim(claim, index)
    cited = match.provenance.statement
    assert cited is None or (match.speaker.source is not None and cited.source_id == match.speaker.source.id)


@pytest.mark.parametrize("quote, changed", [
    ("The cod quotas were cut by a third last season",
     [("replace", "quota will be", "quotas were"), ("replace", "next", "last")]),
    ("Cod quotas will get cut by a third in the next season",
     [("replace", "quota", "quotas"), ("replace", "be", "get"), ("insert", "", "in the")]),
])
def test_several_changed_words_in_a_direct_quote_are_altered_with_their_diff(index, quote, changed):
    provenance = match_claim(make_claim("Lena Ortiz", quote, quote=quote), index).provenance
    assert (provenance.status, provenance.statement.id, changes(provenance)) == ("altered", "lena-quota", changed)


def test_the_same_changed_words_in_reported_speech_stay_a_paraphrase(index):
    provenance = match_claim(make_claim("Lena Ortiz", "the cod quotas were cut by a third last season"), index).provenance
    assert (provenance.status, provenance.diff) == ("paraphrase", [])
