"""Export the registry in the import formats: JSON (everything) or CSV (sources and aliases).

    export_json(db) -> dict             the JSON import document; importing it back changes nothing
    export_csv(db, out)                 sources as CSV rows, the columns of importing.CSV_COLUMNS
"""
import csv
from dataclasses import asdict
from typing import TextIO

from sqlite_utils import Database

from sources import registry
from sources.importing import CSV_COLUMNS, CSV_LIST_COLUMNS, LIST_SEPARATOR


def export_json(db: Database) -> dict:
    """The whole registry as one import document."""
    return {
        "sources": [_without_empty(asdict(source)) for source in registry.iter_sources(db)],
        "statements": [_without_empty(asdict(statement)) for statement in registry.iter_statements(db)],
        "disputes": [_without_empty(asdict(dispute)) for dispute in registry.iter_disputes(db)],
    }


def export_csv(db: Database, out: TextIO) -> None:
    """Every source as a CSV row; several aliases or links are joined by "|"."""
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for source in registry.iter_sources(db):
        row = asdict(source)
        row.update({column: LIST_SEPARATOR.join(row[column]) for column in CSV_LIST_COLUMNS})
        writer.writerow(row)


def _without_empty(record: dict) -> dict:
    """Drop None values (and roles' None dates), so the document reads like a hand-written one."""
    cleaned = {key: value for key, value in record.items() if value is not None}
    if "roles" in cleaned:
        cleaned["roles"] = [_without_empty(role) for role in cleaned["roles"]]
    return cleaned
