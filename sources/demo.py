"""The demo registry shipped with the project (data/demo_registry.json), loaded by `make serve`.

    load_demo(db) -> ImportSummary      ensure the registry schema and upsert the demo records (idempotent)
    DEMO_DATASET                        the `dataset` label every demo record carries
"""
from importlib.resources import files

from sqlite_utils import Database

from sources import registry
from sources.importing import ImportSummary, import_registry

DEMO_FILE = "data/demo_registry.json"
DEMO_DATASET = "demo"


def load_demo(db: Database) -> ImportSummary:
    """Load the demo registry into `db`; loading it again changes nothing."""
    registry.ensure_schema(db)
    return import_registry(db, files("sources").joinpath(DEMO_FILE).read_text(encoding="utf-8"), "json")
