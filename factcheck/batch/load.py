"""Loading a batch's output into the service database: chunks of articles, each chunk one transaction."""
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from sqlite_utils import Database

from factcheck import storage
from factcheck.batch.tables import read_table

ARTICLES_PER_TRANSACTION = 500


class NotABatch(ValueError):
    """The folder is not the complete output of `factcheck batch`."""


def load_batch(db: Database, out: Path) -> tuple[int, int]:
    """Store every article of the batch output in `out` with its claims; (added, replaced).

    An article already stored under the same batch id, or with the same url, is replaced: loading the
    same output twice leaves the database as loading it once.
    """
    if not (out / "manifest.json").is_file():
        raise NotABatch(f"{out}: no manifest.json, not the output of a finished `factcheck batch`")
    added = replaced = 0
    articles = batch_articles(out)
    while chunk := list(islice(articles, ARTICLES_PER_TRANSACTION)):
        counts = storage.import_articles(db, chunk)
        added, replaced = added + counts[0], replaced + counts[1]
    return added, replaced


def batch_articles(out: Path) -> Iterator[tuple[str, dict, list[dict]]]:
    """(batch id, article fields, claim JSONs) of each article; both tables hold articles in the same order."""
    claims = read_table(out, "claims")
    for row in read_table(out, "articles"):
        rows = list(islice(claims, row["claim_count"]))
        if len(rows) != row["claim_count"] or any(claim["article_id"] != row["id"] for claim in rows):
            raise NotABatch(f"{out}: the claims of article {row['id']!r} are missing or out of order")
        yield row["id"], {name: row[name] for name in storage.ARTICLE_FIELDS}, [json.loads(claim["claim"]) for claim in rows]
