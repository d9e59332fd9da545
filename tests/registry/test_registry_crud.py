"""Reading and writing sources, statements and disputes; each write bumps the registry's revision."""
import pytest

from sources import registry
from sources.model import RecordedDispute, Role, Source, Statement

ADA = Source("ada-novak", "Ada Novak", "person", aliases=["Novak", "Mayor Novak"],
             roles=[Role("Mayor", "Velmont", "2021-05-01")], links=["https://example.org/ada"])
PIER = Statement("ada-pier", "The pier stays open.", "ada-novak", medium="interview", date="2025-03-02")
COUNCIL_SAYS_NO = RecordedDispute("council-pier", "ada-pier", by_name="Velmont Council", counter_claim="It closes.")


def test_a_source_reads_back_as_it_was_written(registry_db):
    registry.upsert_sources(registry_db, [ADA])
    assert registry.get_source(registry_db, "ada-novak") == ADA


def test_upserting_a_source_replaces_its_aliases_and_roles(registry_db):
    registry.upsert_sources(registry_db, [ADA])
    renamed = Source("ada-novak", "Ada Novak", "person", aliases=["A. Novak"])
    registry.upsert_sources(registry_db, [renamed])
    assert registry.get_source(registry_db, "ada-novak") == renamed


def test_repeated_aliases_are_stored_once(registry_db):
    registry.upsert_sources(registry_db, [Source("x", "X", "person", aliases=["Ex", "Ex"])])
    assert registry.get_source(registry_db, "x").aliases == ["Ex"]


def test_statements_and_disputes_read_back_and_filter(registry_db):
    registry.upsert_sources(registry_db, [ADA, Source("bo", "Bo", "person")])
    registry.upsert_statements(registry_db, [PIER, Statement("bo-1", "Hello.", "bo")])
    registry.upsert_disputes(registry_db, [COUNCIL_SAYS_NO])
    assert registry.get_statement(registry_db, "ada-pier") == PIER
    assert list(registry.iter_statements(registry_db, "ada-novak")) == [PIER]
    assert [s.id for s in registry.iter_statements(registry_db)] == ["ada-pier", "bo-1"]
    assert list(registry.iter_disputes(registry_db, "ada-pier")) == [COUNCIL_SAYS_NO]
    assert registry.get_dispute(registry_db, "council-pier") == COUNCIL_SAYS_NO


@pytest.mark.parametrize("getter, record_id, message", [
    (registry.get_source, "nobody", "no source with id 'nobody'"),
    (registry.get_statement, "nothing", "no statement with id 'nothing'"),
    (registry.get_dispute, "none", "no dispute with id 'none'"),
    (registry.delete_source, "nobody", "no source with id 'nobody'"),
    (registry.delete_statement, "nothing", "no statement with id 'nothing'"),
    (registry.delete_dispute, "none", "no dispute with id 'none'"),
])
def test_unknown_ids_raise_not_found(registry_db, getter, record_id, message):
    with pytest.raises(registry.NotFound, match=message):
        getter(registry_db, record_id)


def test_a_source_with_statements_on_record_cannot_be_deleted(registry_db):
    registry.upsert_sources(registry_db, [ADA])
    registry.upsert_statements(registry_db, [PIER])
    with pytest.raises(registry.InUse, match="1 statement"):
        registry.delete_source(registry_db, "ada-novak")
    assert registry.get_source(registry_db, "ada-novak") == ADA


def test_deleting_a_statement_deletes_its_disputes_then_the_source_can_go(registry_db):
    registry.upsert_sources(registry_db, [ADA])
    registry.upsert_statements(registry_db, [PIER])
    registry.upsert_disputes(registry_db, [COUNCIL_SAYS_NO])
    registry.delete_statement(registry_db, "ada-pier")
    assert list(registry.iter_disputes(registry_db)) == []
    registry.delete_source(registry_db, "ada-novak")
    assert list(registry.iter_sources(registry_db)) == []
    assert registry_db.execute("select count(*) from registry_aliases").fetchone()[0] == 0


def test_every_write_bumps_the_revision(registry_db):
    revisions = [registry.revision(registry_db)]
    for write in (lambda: registry.upsert_sources(registry_db, [ADA]),
                  lambda: registry.upsert_statements(registry_db, [PIER]),
                  lambda: registry.upsert_disputes(registry_db, [COUNCIL_SAYS_NO]),
                  lambda: registry.delete_dispute(registry_db, "council-pier")):
        write()
        revisions.append(registry.revision(registry_db))
    assert revisions == sorted(set(revisions))


def test_ensure_schema_twice_is_harmless(registry_db):
    registry.upsert_sources(registry_db, [ADA])
    registry.ensure_schema(registry_db)
    assert registry.get_source(registry_db, "ada-novak") == ADA
