"""The source registry: who said it, where the words first appeared, and whether they are disputed on record.

No Flask and no `factcheck` here; the service and the CLI call these:

    sources.registry        ensure_schema(db), revision(db), CRUD for sources / statements / disputes
    sources.records         marshmallow schemas that validate registry records (import, API input)
    sources.importing       import_registry(db, text, fmt), import_file(db, path); ImportFailed
    sources.exporting       export_json(db), export_csv(db, out)
    sources.demo            load_demo(db): the demo registry of the sample article
    sources.index           load_index(db) -> RegistryIndex; IndexCache().current(db)
    sources.enrich          enrich(analysis, index, config, as_of) -> {claim_id: ClaimMatch}
    sources.config          MatchConfig (thresholds, with documented defaults), DEFAULT_CONFIG

A typical use:

    registry.ensure_schema(db)
    matches = enrich(claims.analyse(text), IndexCache().current(db))
"""
from sources.config import DEFAULT_CONFIG, MatchConfig
from sources.enrich import ClaimMatch, enrich, match_claim
from sources.index import IndexCache, RegistryIndex, load_index

__all__ = ["DEFAULT_CONFIG", "MatchConfig", "ClaimMatch", "enrich", "match_claim", "IndexCache", "RegistryIndex", "load_index"]
