"""A batch's inputs: folders, globs and files expanded, cut into parts, and each part read into article records.

A part is a small plain tuple that a worker reads on its own (the files must be where the workers can
read them): ("files", paths), ("jsonl", path, start, end) for the lines starting in a byte range (an error names its line as path@byte), or
("parquet", path, first_row, end_row). A record is {id, body, title, url, published_at, input}; what
cannot be read becomes an error {input, id, error} instead, and the rest of the part goes on.
"""
import glob
import json
import math
import os
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from factcheck.article_input import BadArticle
from factcheck.timestamps import utc_timestamp
from factcheck.uploads import article_text, media_type_of

TEXT_EXTENSIONS = (".txt", ".text", ".html", ".htm")
RECORD_EXTENSIONS = (".jsonl", ".parquet")
OPTIONAL_FIELDS = ("title", "url", "published_at")
# Parts per worker: enough for an even spread and a moving progress bar, few enough to keep tasks cheap.
PARTS_PER_WORKER = 4
MAX_FILES_PER_PART = 100
MIN_BYTES_PER_PART = 64 * 1024
MAX_BYTES_PER_PART = 16 * 1024 * 1024
MAX_ROWS_PER_PART = 2000


class NoInput(ValueError):
    """An input names nothing that the batch can read."""


def expand(inputs: list[str]) -> list[str]:
    """The files that `inputs` name: files as they are, folders searched recursively, globs expanded; sorted
    within each input."""
    files = []
    for given in inputs:
        if os.path.isdir(given):
            found = sorted(str(path) for path in Path(given).rglob("*") if path.suffix.lower() in TEXT_EXTENSIONS + RECORD_EXTENSIONS)
        elif os.path.isfile(given):
            found = [given]
        else:
            found = sorted(path for path in glob.glob(given, recursive=True) if os.path.isfile(path))
        if not found:
            raise NoInput(f"{given}: no such file, folder or matching files")
        files.extend(found)
    return files


def plan_parts(files: list[str], workers: int) -> list[tuple]:
    """The parts to analyse, in input order, sized so that each worker gets several."""
    spread = max(1, workers * PARTS_PER_WORKER)
    texts = [path for path in files if not path.lower().endswith(RECORD_EXTENSIONS)]
    per_part = min(MAX_FILES_PER_PART, max(1, math.ceil(len(texts) / spread)))
    parts = [("files", tuple(texts[i:i + per_part])) for i in range(0, len(texts), per_part)]
    for path in files:
        if path.lower().endswith(".jsonl"):
            size = os.path.getsize(path)
            step = min(MAX_BYTES_PER_PART, max(MIN_BYTES_PER_PART, math.ceil(size / spread)))
            parts.extend(("jsonl", path, start, min(size, start + step)) for start in range(0, size, step))
        elif path.lower().endswith(".parquet"):
            rows = parquet_rows(path)
            step = min(MAX_ROWS_PER_PART, max(1, math.ceil(rows / spread)))
            parts.extend(("parquet", path, first, min(rows, first + step)) for first in range(0, rows, step))
    return parts


def parquet_rows(path: str) -> int:
    """How many rows the Parquet file holds; 1 for a file that cannot be read, so that its one part fails on a
    worker and is reported as an error like any other, instead of stopping the run here."""
    try:
        return pq.ParquetFile(path).metadata.num_rows
    except (OSError, pa.ArrowException):
        return 1


def read_part(part: tuple) -> tuple[list[dict], list[dict]]:
    """(records, errors) of one part."""
    kind, *where = part
    return {"files": read_files, "jsonl": read_jsonl, "parquet": read_parquet}[kind](*where)


def read_files(paths: tuple[str, ...]) -> tuple[list[dict], list[dict]]:
    """One record per .txt or .html file, its path as its id; HTML reduced to its article text."""
    records, errors = [], []
    for path in paths:
        try:
            with open(path, "rb") as file:
                body = article_text(file.read(), media_type_of(path, "text/plain"))
        except OSError as exc:
            errors.append({"input": path, "id": path, "error": f"cannot read ({exc.strerror})"})
        except BadArticle as exc:
            errors.append({"input": path, "id": path, "error": str(exc)})
        else:
            records.append({"id": path, "body": body, "title": None, "url": None, "published_at": None, "input": path})
    return records, errors


def read_jsonl(path: str, start: int, end: int) -> tuple[list[dict], list[dict]]:
    """The records of the lines of `path` that start in [start, end)."""
    records, errors = [], []
    with open(path, "rb") as file:
        if start:
            file.seek(start - 1)
            file.readline()  # the line under way at `start` belongs to the part before
        while file.tell() < end:
            offset, line = file.tell(), file.readline()
            if not line.strip():
                continue
            where = f"{path}@{offset}"
            try:
                data = json.loads(line)
            except ValueError as exc:
                errors.append({"input": where, "id": None, "error": f"not a JSON line ({exc})"})
                continue
            add_record(data, where, records, errors)
    return records, errors


def read_parquet(path: str, first: int, end: int) -> tuple[list[dict], list[dict]]:
    """The records of rows [first, end) of the Parquet file at `path`."""
    file = pq.ParquetFile(path)
    columns = [name for name in ("id", "body", *OPTIONAL_FIELDS) if name in file.schema_arrow.names]
    records, errors = [], []
    row = 0
    for group in range(file.num_row_groups):
        rows = file.metadata.row_group(group).num_rows
        if row + rows > first and row < end:
            table = file.read_row_group(group, columns=columns)
            for offset, data in enumerate(table.slice(max(0, first - row), end - max(first, row)).to_pylist()):
                add_record(data, f"{path}#{max(first, row) + offset}", records, errors)
        row += rows
    return records, errors


def add_record(data, where: str, records: list[dict], errors: list[dict]) -> None:
    """`data` as a record when it has a text `id` (or a number), a non-blank text `body` and no `published_at` that is
    not an ISO 8601 date (stored as a UTC timestamp), else as an error."""
    if not isinstance(data, dict):
        errors.append({"input": where, "id": None, "error": "a record must be an object with id and body"})
        return
    article_id = data.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    body = data.get("body")
    if not isinstance(article_id, str) or not article_id:
        errors.append({"input": where, "id": None, "error": "the record has no id"})
    elif not isinstance(body, str) or not body.strip():
        errors.append({"input": where, "id": article_id, "error": "the record has no body text"})
    else:
        optional = {name: text_or_none(data.get(name)) for name in OPTIONAL_FIELDS}
        try:
            optional["published_at"] = optional["published_at"] and utc_timestamp(optional["published_at"])
        except ValueError:
            errors.append({"input": where, "id": article_id,
                           "error": f"published_at {optional['published_at']!r} is not an ISO 8601 date"})
            return
        records.append({"id": article_id, "body": body, **optional, "input": where})


def text_or_none(value) -> str | None:
    """Text as it is, a date or time (from Parquet) in ISO 8601, anything else as missing."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value if isinstance(value, str) and value else None
