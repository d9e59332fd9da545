"""The batch's output tables, `articles` and `claims`: one file per part in Parquet or JSON Lines, read back whole.

    OUT/articles/part-00000.parquet   id, title, body, url, published_at, byline, publisher, input, claim_count
    OUT/claims/part-00000.parquet     article_id, claim_id, position, speaker, source_id, kind, attribution,
                                      rule, disputed, content, claim (the claim's JSON as `analyze` prints it)
"""
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

FORMATS = {"parquet": ".parquet", "jsonl": ".jsonl"}
TABLES = {
    "articles": pa.schema([
        ("id", pa.string()), ("title", pa.string()), ("body", pa.string()), ("url", pa.string()),
        ("published_at", pa.string()), ("byline", pa.string()), ("publisher", pa.string()), ("input", pa.string()),
        ("claim_count", pa.int32()),
    ]),
    "claims": pa.schema([
        ("article_id", pa.string()), ("claim_id", pa.string()), ("position", pa.int32()), ("speaker", pa.string()),
        ("source_id", pa.string()), ("kind", pa.string()), ("attribution", pa.string()), ("rule", pa.string()),
        ("disputed", pa.bool_()), ("content", pa.string()), ("claim", pa.string()),
    ]),
}


def part_path(out: Path, table: str, part: int, output_format: str) -> Path:
    return out / table / f"part-{part:05d}{FORMATS[output_format]}"


def write_part(out: Path, table: str, part: int, rows: list[dict], output_format: str) -> None:
    """Write one part of `table`, replacing the file a previous run wrote for the same part."""
    path = part_path(out, table, part, output_format)
    if output_format == "parquet":
        pq.write_table(pa.Table.from_pylist(rows, schema=TABLES[table]), path)
        return
    with path.open("w", encoding="utf-8") as file:
        file.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def read_table(out: Path, table: str) -> Iterator[dict]:
    """The rows of `table` in part order, whichever format they were written in."""
    for path in sorted((out / table).glob("part-*")):
        if path.suffix == ".parquet":
            for batch in pq.ParquetFile(path).iter_batches():
                yield from batch.to_pylist()
        else:
            with path.open(encoding="utf-8") as file:
                yield from (json.loads(line) for line in file)

