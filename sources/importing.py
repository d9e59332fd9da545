"""Import a registry file (JSON, or CSV of sources and aliases): all of it in one transaction, or none of it.

    import_registry(db, text, fmt) -> ImportSummary     fmt is "json" or "csv"; raises ImportFailed
    import_file(db, path) -> ImportSummary              the format from the file name (.json, .csv)

Re-importing the same file changes nothing (upserts by id). A bad file raises ImportFailed, whose
`problems` name the row and the field of each error, and leaves the registry as it was.

CSV: a header row with the columns `id, name, kind, aliases, affiliation, country, description, links,
dataset` (`id`, `name`, `kind` required); several aliases or links are separated by "|". Roles,
statements and disputes need the JSON format.
"""
import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marshmallow import ValidationError
from sqlite_utils import Database

from sources import registry
from sources.records import error_paths, field_path, registry_records
from sources.tables import SOURCES, STATEMENTS

Locator = Callable[[str, int], str]  # (section, 0-based position) -> "sources #4" or "line 5"

CSV_COLUMNS = ("id", "name", "kind", "aliases", "affiliation", "country", "description", "links", "dataset")
CSV_REQUIRED = ("id", "name", "kind")
CSV_LIST_COLUMNS = ("aliases", "links")
LIST_SEPARATOR = "|"
TABLES = {"sources": SOURCES, "statements": STATEMENTS}
# (section, field, the section its value names)
REFERENCES = (("statements", "source_id", "sources"), ("disputes", "statement_id", "statements"), ("disputes", "by", "sources"))
NOT_A_DOCUMENT = "the file must hold one JSON object with the keys sources, statements and disputes"
# Enough problems to fix a file by; a file with thousands of bad rows does not need them all listed.
MAX_PROBLEMS = 20


class ImportFailed(ValueError):
    """The file cannot be imported; `problems` says where and why, one line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems[:MAX_PROBLEMS]
        more = f" (and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
        super().__init__("; ".join(self.problems) + more)


@dataclass
class ImportSummary:
    """How many records of each kind the import stored."""

    sources: int
    statements: int
    disputes: int


def import_file(db: Database, path: str | Path) -> ImportSummary:
    """Import a .json or .csv registry file."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("json", "csv"):
        raise ImportFailed([f"{path.name}: a registry file ends in .json or .csv"])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed([f"{path.name}: cannot read ({exc})"]) from None
    return import_registry(db, text, fmt)


def import_registry(db: Database, text: str, fmt: str) -> ImportSummary:
    """Validate the whole file, then store it in one transaction."""
    records, where = parse_json(text) if fmt == "json" else parse_csv(text)
    problems = duplicate_ids(records, where) + missing_references(db, records, where)
    if problems:
        raise ImportFailed(problems)
    with registry.changing(db):
        registry.upsert_sources(db, records["sources"])
        registry.upsert_statements(db, records["statements"])
        registry.upsert_disputes(db, records["disputes"])
    return ImportSummary(len(records["sources"]), len(records["statements"]), len(records["disputes"]))


def json_row(section: str, position: int) -> str:
    """Where a record stands in a JSON file: "sources #4"."""
    return f"{section} #{position + 1}"


def parse_json(text: str) -> tuple[dict, Locator]:
    """Load a JSON registry document into records (and how to name their places), or raise ImportFailed."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed([f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"]) from None
    return _load(document, json_row), json_row


def parse_csv(text: str) -> tuple[dict, Locator]:
    """Load a CSV of sources into records (and how to name their lines), or raise ImportFailed."""
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
        problems = [f"line 1: unknown column {name!r}" for name in header if name not in CSV_COLUMNS]
        problems += [f"line 1: missing column {name!r}" for name in CSV_REQUIRED if name not in header]
        if problems:
            raise ImportFailed(problems)
        rows, lines = [], []
        for row in reader:
            if None in row:
                problems.append(f"line {reader.line_num}: more fields than the header has columns")
            rows.append(_csv_source(row))
            lines.append(reader.line_num)
    except csv.Error as exc:
        # line_num counts the lines of the rows read whole; the bad row starts on the next one.
        raise ImportFailed([f"line {reader.line_num + 1}: {exc}"]) from None
    if problems:
        raise ImportFailed(problems)

    def csv_line(_section: str, position: int) -> str:
        return f"line {lines[position]}"

    return _load({"sources": rows}, csv_line), csv_line


def duplicate_ids(records: dict, where: Locator) -> list[str]:
    """Ids given twice in one section of the file."""
    problems = []
    for section in ("sources", "statements", "disputes"):
        first_seen = {}
        for position, record in enumerate(records[section]):
            if record.id in first_seen:
                first = where(section, first_seen[record.id])
                problems.append(f"{where(section, position)}, field 'id': duplicate id {record.id!r} (first at {first})")
            first_seen.setdefault(record.id, position)
    return problems


def missing_references(db: Database, records: dict, where: Locator) -> list[str]:
    """Statements and disputes that refer to sources or statements neither in the file nor in the registry."""
    problems = []
    for section, field, target in REFERENCES:
        in_file = {record.id for record in records[target]}
        referred = {getattr(record, field) for record in records[section]} - {None} - in_file
        known = in_file | _existing_ids(db, TABLES[target], referred)
        problems += [
            f"{where(section, position)}, field {field!r}: no {target[:-1]} with id {value!r}"
            for position, record in enumerate(records[section])
            if (value := getattr(record, field)) is not None and value not in known
        ]
    return problems


def _load(document, where) -> dict:
    try:
        records = registry_records.load(document)
    except ValidationError as exc:
        raise ImportFailed(list(_describe(exc.messages, where))) from None
    for record in records["sources"] + records["statements"] + records["disputes"]:
        record.dataset = record.dataset or records["dataset"]
    return records


def _describe(messages: dict, where: Locator):
    """One line per error: "sources #4, field 'roles[2].start': not an ISO 8601 date"."""
    for path, message in error_paths(messages):
        if path[0] == "_schema":
            yield NOT_A_DOCUMENT
        elif len(path) > 2 and isinstance(path[1], int):
            yield f"{where(path[0], path[1])}, field {field_path(path[2:])!r}: {message}"
        else:
            yield f"field {field_path(path)!r}: {message}"


def _csv_source(row: dict) -> dict:
    """A CSV row as a source record: empty optional cells are absent, "|" separates list items."""
    source = {column: (row.get(column) or "").strip() for column in CSV_COLUMNS}
    source.update({column: None for column in CSV_COLUMNS if not source[column] and column not in CSV_REQUIRED})
    for column in CSV_LIST_COLUMNS:
        source[column] = [part.strip() for part in (source[column] or "").split(LIST_SEPARATOR) if part.strip()]
    return source


def _existing_ids(db: Database, table: str, ids: set[str]) -> set[str]:
    rows = db.query(f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(ids))])
    return {row["id"] for row in rows}
