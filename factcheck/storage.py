"""Articles, their claims and disputes in SQLite: save, fetch, list, delete, query and report.

Plain functions over a `sqlite_utils.Database` (the API and the pages both call them).
Articles are plain dicts:
    {id, title, body, url, published_at, byline, publisher, external_id, revision, created_at, updated_at,
     claims: [claim, ...], statements: [claim, ...]}
where each claim is complete, as `factcheck.schemas.StoredClaimSchema` loads it. Every date is stored as an ISO 8601
UTC timestamp (`factcheck.timestamps`).
"""
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from importlib.metadata import version
from itertools import islice

import orjson
from sqlite_utils import Database

from factcheck import cursors, wording
from factcheck.claim_identity import kept_ids
from factcheck.cursors import Key
from factcheck.migrations import COUNT_NEW_CLAIMS
from factcheck.paging import Page, offset
from factcheck.schemas import stored_claim
from factcheck.timestamps import utc_now, utc_timestamp
from sources.registry import NotFound
from sources.transactions import write_transaction

ARTICLE_FIELDS = ("title", "body", "url", "published_at", "byline", "publisher")
# What the service keeps of an article besides its fields: its CMS's id for it, and how often it was replaced.
ARTICLE_COLUMNS = ("id", *ARTICLE_FIELDS, "external_id", "revision", "created_at", "updated_at")
# A conditional write that expects no particular revision (revisions start at 1).
ANY_REVISION = 0
WORD = re.compile(r"\w+")
# A search uses at most this many words of its query, the first ones: each word is one more FTS5 term to
# intersect, and 20,000 of them took half a minute.
MAX_SEARCH_WORDS = 32
SUMMARY_COLUMNS = ("a.id, a.title, a.url, a.published_at, a.byline, a.publisher, a.external_id, a.revision, "
                   "a.created_at, a.updated_at")
# Recorded with each article stored: the version of the software that analysed it.
SOFTWARE_VERSION = version("factcheck")


class IdempotencyConflict(ValueError):
    """An Idempotency-Key was used before with a different request."""


class StaleArticle(ValueError):
    """A conditional write expected the article at another revision, or expected it absent (or present)."""


class ExternalIdTaken(ValueError):
    """Another article holds this external id (an article's id in its CMS is unique in the database)."""


@dataclass(frozen=True)
class IdempotencyKey:
    """A client's `Idempotency-Key`, scoped to its API key (`owner`), and a hash of the request it came with."""

    owner: str
    key: str
    request_hash: str


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to return; every field is optional and they combine with AND.

    `speaker` matches part of the speaker's name, case-insensitively; `since`/`until` are ISO dates or
    date-times compared with the article's date (published_at, else when it was submitted), both inclusive;
    `q` is full-text search over claim content (words, not FTS syntax); `status` and `verdict` are the claim's
    review's (`factcheck.review`; never reviewed is open); `origin` keeps claims with a dispute of that origin
    (article or registry).
    """

    disputed: bool | None = None
    speaker: str | None = None
    source_id: str | None = None
    article_id: int | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    status: str | None = None
    verdict: str | None = None
    origin: str | None = None
    statements: bool = False  # the publication's own statements too (attribution "unattributed")

    @classmethod
    def of(cls, **values) -> "ClaimFilter":
        """The filter that form fields or query arguments ask for: dates as ISO days, blank values as no filter."""
        return cls(**{name: filter_value(value) for name, value in values.items()})


def filter_value(value):
    """A date as its ISO day; blank text, 0 and None as no filter; anything else (False included) as it is."""
    if isinstance(value, date):
        return value.isoformat()
    return value if value or value is False else None


def claim_ref(article_id: int, claim_id: str) -> str:
    """A claim's global id, stable for as long as its article is stored: "12-c3"."""
    return f"{article_id}-{claim_id}"


def save_article(db: Database, article: dict, claims: list[dict], idempotency: IdempotencyKey | None = None) -> dict:
    """Store an article (keys of ARTICLE_FIELDS; `body` required) with its claims in one transaction.

    Each claim is loaded through `StoredClaimSchema`, so fields it lacks are stored with their defaults.
    Returns the article as `get_article` does.

    With `idempotency`, a key already used for the same request returns the article it stored then,
    and one used for another request raises IdempotencyConflict.
    """
    return store_article(db, article, [stored_claim.load(claim) for claim in claims], idempotency)


def store_article(db: Database, article: dict, claims: list[dict], idempotency: IdempotencyKey | None = None,
                  external_id: str | None = None) -> dict:
    """`save_article` for claims that are complete already (as `dump_analysis` gives them): stored as they are,
    and the article returned from what was stored rather than read back. ExternalIdTaken when another article
    holds `external_id`."""
    try:
        with write_transaction(db):
            check_external_id(db, external_id, None)
            row = insert_article(db, article, claims, external_id=external_id)
            if idempotency:
                insert_row(db, "idempotency_keys", {
                    "owner": idempotency.owner, "key": idempotency.key, "request_hash": idempotency.request_hash,
                    "article_id": row["id"], "created_at": utc_now()})
    except sqlite3.IntegrityError:
        stored = replay(db, idempotency) if idempotency else None
        if stored is None:
            raise
        return stored
    return stored_article(row, claims)


def stored_article(row: dict, claims: list[dict]) -> dict:
    """The article as `get_article` gives it, from its row and its complete claims."""
    return {name: row[name] for name in ARTICLE_COLUMNS} | claims_and_statements(claims)


def article_fields(article: dict) -> dict:
    """The ARTICLE_FIELDS of `article` as stored (each is optional): published_at as a UTC timestamp."""
    fields = {name: article.get(name) for name in ARTICLE_FIELDS}
    return {**fields, "published_at": fields["published_at"] and utc_timestamp(fields["published_at"])}


def insert_article(db: Database, article: dict, claims: list[dict], **columns) -> dict:
    """Insert the article and its complete claims; the article's row. `columns` sets more of the article's
    columns (`id`, `external_id`, `created_at`)."""
    now = utc_now()
    row = {**article_fields(article), "created_at": now, "updated_at": now, "revision": 1, "external_id": None,
           "software_version": SOFTWARE_VERSION, **columns}
    row["date"] = row["published_at"] or row["created_at"]
    row["id"] = insert_row(db, "articles", row)
    insert_claims(db, row, claims)
    return row


def insert_claims(db: Database, row: dict, claims: list[dict], stored_ids: frozenset[str] = frozenset()) -> None:
    """Store the article's claims in this order, and their disputes; a claim whose id is among `stored_ids` overwrites
    the stored one in place (an update, so that its reviews stay)."""
    article_date = row["published_at"] or row["created_at"]
    rows = [claim_row(row["id"], position, claim, article_date) for position, claim in enumerate(claims)]
    insert_claim_rows(db, [claim for claim in rows if claim["claim_id"] not in stored_ids],
                      [dispute for claim in claims for dispute in dispute_rows(row["id"], claim, row["body"])])
    for claim in rows:
        if claim["claim_id"] in stored_ids:
            db["claims"].update((claim["article_id"], claim["claim_id"]), claim)


def replace_article(db: Database, article: dict, claims: list[dict], *, article_id: int, external_id: str | None = None,
                    if_revision: int | None = ANY_REVISION) -> dict:
    """Replace the stored article's fields and complete claims in one transaction (`replace_rows`); the article as
    `get_article` gives it. NotFound if there is none; StaleArticle unless it is at `if_revision` (ANY_REVISION:
    whichever); ExternalIdTaken when another article holds `external_id` (None keeps the article's own)."""
    with write_transaction(db):
        row = article_row(db, "id = ?", [article_id])
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        check_revision(row, if_revision)
        return replace_rows(db, row, article, claims, external_id or row["external_id"])


def put_article(db: Database, article: dict, claims: list[dict], *, external_id: str,
                if_revision: int | None = ANY_REVISION) -> tuple[dict, bool]:
    """Store the article under its CMS's id: replace the one `cms_article` finds, or create it; (the article as
    `get_article` gives it, whether it was created). StaleArticle unless the stored one is at `if_revision` (None:
    there must be none; ANY_REVISION: whichever)."""
    with write_transaction(db):
        found = cms_article_id(db, external_id, article.get("url"))
        row = found and article_row(db, "id = ?", [found])
        check_revision(row, if_revision)
        if row is not None:
            return replace_rows(db, row, article, claims, external_id), False
        return stored_article(insert_article(db, article, claims, external_id=external_id), claims), True


def cms_article_id(db: Database, external_id: str, url: str | None) -> int | None:
    """The id of the article a CMS means by its id for it and the story's url: the one stored under `external_id`, else
    one stored with this url and no external id (sent before without one); None when there is neither."""
    found = db.execute("select id from articles where external_id = :id or (external_id is null and url = :url) "
                       "order by external_id is :id desc limit 1", {"id": external_id, "url": url}).fetchone()
    return found and found[0]


def article_row(db: Database, where: str, params: list) -> dict | None:
    """The row (ARTICLE_COLUMNS and claim_numbers) of the article meeting `where`, or None."""
    columns = ", ".join((*ARTICLE_COLUMNS, "claim_numbers"))
    return next(db.query(f"select {columns} from articles where {where}", params), None)


def check_revision(row: dict | None, if_revision: int | None) -> None:
    """StaleArticle unless the article (`row`, None when there is none) is at the expected revision."""
    if if_revision != ANY_REVISION and (row and row["revision"]) != if_revision:
        state = f"at revision {row['revision']}" if row else "not stored"
        raise StaleArticle(f"the article is {state}, not what the request's precondition expects")


def check_external_id(db: Database, external_id: str | None, article_id: int | None) -> None:
    """ExternalIdTaken when an article other than `article_id` holds `external_id`."""
    found = external_id and article_id_of(db, external_id)
    if found and found != article_id:
        raise ExternalIdTaken(f"article {found} has the external id {external_id!r}")


def replace_rows(db: Database, row: dict, article: dict, claims: list[dict], external_id: str | None) -> dict:
    """Within a write transaction: replace the article of `row` by `article` with its complete claims, keeping its id,
    its time of submission and the ids of the claims it still makes (`claim_identity.kept_ids`), with their reviews;
    the reviews of the claims it no longer makes go with them. The revision counts one more when anything changed."""
    check_external_id(db, external_id, row["id"])
    stored = [json.loads(data) for (data,) in
              db.execute("select data from claims where article_id = ? order by position", [row["id"]])]
    claims, numbers = kept_ids(stored, json.loads(json.dumps(claims)), json.loads(row["claim_numbers"] or "{}"))
    fields = article_fields(article)
    if fields == {name: row[name] for name in ARTICLE_FIELDS} and external_id == row["external_id"] and claims == stored:
        return stored_article(row, [stored_claim.load(claim) for claim in claims])
    kept = [claim["id"] for claim in claims]
    db.execute(f"delete from claims where article_id = ? and claim_id not in ({', '.join('?' * len(kept))})",
               [row["id"], *kept])
    db.execute("delete from disputes where article_id = ?", [row["id"]])
    row = {**row, **fields, "external_id": external_id, "revision": row["revision"] + 1, "updated_at": utc_now()}
    db["articles"].update(row["id"], {**{name: row[name] for name in ARTICLE_COLUMNS if name != "id"},
                                      "date": row["published_at"] or row["created_at"],
                                      "claim_numbers": json.dumps(numbers, sort_keys=True),
                                      "software_version": SOFTWARE_VERSION})
    insert_claims(db, row, claims, frozenset(claim["id"] for claim in stored) & frozenset(kept))
    return stored_article(row, claims)


# A submission's rows are inserted with plain statements: sqlite-utils' insert and insert_all read the table's
# schema and look at every row's keys and types, which costs more than SQLite's own work for an article's claims.
def insert_row(db: Database, table: str, row: dict) -> int:
    """Insert one row; its rowid."""
    return db.conn.execute(insert_statement(table, row), tuple(row.values())).lastrowid


def insert_rows(db: Database, table: str, rows: list[dict]) -> None:
    """Insert rows that have the same keys, in that order, with one executemany."""
    if rows:
        db.conn.executemany(insert_statement(table, rows[0]), [tuple(row.values()) for row in rows])


def insert_claim_rows(db: Database, rows: list[dict], disputes: list[dict]) -> None:
    """Insert claims' rows (as `claim_row` builds them) after their disputes' rows (`dispute_rows`), then index their
    words for search with one statement, count them in the disputed report's speakers with another when any of them
    is in the report, and add their speakers' distinct names to claim_speakers with one executemany: a trigger doing
    it claim by claim made SQLite's full-text index write out each claim alone, three quarters of the cost of storing
    a claim in a database of millions, ran the report's count for every claim, in the report or not, and the names'
    trigger program for every claim (0.3 to 0.4 of the 2.3 ms of CPU that storing the sample article took). The
    names are taken from the rows in hand: read back from the new claims, SQLite read them from the speakers' index,
    every claim stored.

    The disputes go in first, so that their triggers find no new claim to count them in: a new claim's row carries
    its count (`dispute_count`) and report_speakers counts them with it. Counted one by one after the claims, each
    dispute rewrote its claim's row and its speaker's two rows of report_speakers. The disputes of claims stored
    before (kept by a replacement) are counted by the triggers as before."""
    insert_rows(db, "disputes", disputes)
    newest = db.execute("select coalesce(max(rowid), 0) from claims").fetchone()[0]
    insert_rows(db, "claims", rows)
    db.execute("insert into claims_fts (rowid, content) select rowid, content from claims where rowid > ?", [newest])
    if any(row["report_kind"] for row in rows):  # else none of them is in the report: nothing to count
        db.execute(COUNT_NEW_CLAIMS, {"after": newest})
    speakers = sorted({row["speaker"] for row in rows} - {None})
    db.conn.executemany("insert or ignore into claim_speakers values (?)", [(name,) for name in speakers])


def insert_statement(table: str, row: dict) -> str:
    columns = ", ".join(f'"{column}"' for column in row)
    return f'insert into "{table}" ({columns}) values ({", ".join("?" * len(row))})'


def json_text(data) -> str:
    """`data` as stored JSON text (UTF-8 as it is, no escapes); orjson, as a long article stores thousands."""
    return orjson.dumps(data).decode()


def claim_row(article_id: int, position: int, claim: dict, article_date: str) -> dict:
    speaker = claim["speaker"]
    source = speaker and speaker["source"]
    return {
        "article_id": article_id, "claim_id": claim["id"], "position": position, "content": claim["content"],
        "kind": claim["kind"], "attribution": claim["attribution"], "speaker": speaker and speaker["name"],
        "source_id": source and source["id"], "disputed": claim["disputed"],
        "date": article_date, "report_kind": report_kind(claim), "data": json_text(claim),
        "dispute_count": len(claim["disputes"]) + len(claim["registry_disputes"]),
    }


def report_kind(claim: dict) -> str | None:
    """The claim's kind in the disputed report, else None: a dispute (disputed), or a misquote, a quotation not
    disputed whose words on record differ (altered) or say the opposite (contradicted)."""
    if claim["disputed"]:
        return "dispute"
    provenance = claim.get("provenance") or {}
    return "misquote" if provenance.get("status") in MISQUOTED else None


def dispute_rows(article_id: int, claim: dict, body: str):
    """The disputes of one claim: those the article reports (evidence: the disputing words) and those on
    record in the registry for the statement it matched (evidence: the counter-claim, with a verdict's url
    and rating)."""
    for dispute in claim["disputes"]:
        start, end = dispute["span"]
        yield dispute_row(article_id, claim, "article", dispute, by=dispute["by"], cue=dispute["cue"],
                          evidence=body[start:end])
    for record in claim["registry_disputes"]:
        yield dispute_row(article_id, claim, "registry", record, by=wording.registry_disputer(record),
                          evidence=record["counter_claim"], url=record["url"], rating=record["rating"])


def dispute_row(article_id: int, claim: dict, origin: str, data: dict, **columns) -> dict:
    return {"article_id": article_id, "claim_id": claim["id"], "origin": origin, "by": None, "cue": None,
            "evidence": None, "url": None, "rating": None, **columns, "data": json_text(data)}


def replay(db: Database, idempotency: IdempotencyKey) -> dict | None:
    """The article stored earlier under this idempotency key, or None if the key is new.

    Raises IdempotencyConflict when the key was used with a different request.
    """
    rows = list(db["idempotency_keys"].rows_where("owner = ? and key = ?", [idempotency.owner, idempotency.key]))
    if not rows:
        return None
    if rows[0]["request_hash"] != idempotency.request_hash:
        raise IdempotencyConflict(f"Idempotency-Key {idempotency.key!r} was already used with a different request")
    return get_article(db, rows[0]["article_id"])


def get_article(db: Database, article_id: int) -> dict:
    """The article with its claims in text order, and the publication's own `statements`; NotFound if there is none."""
    row = article_row(db, "id = ?", [article_id])
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    claims = db.query("select data from claims where article_id = ? order by position", [article_id])
    return stored_article(row, [stored_claim.load(json.loads(claim["data"])) for claim in claims])


def software_version(db: Database, article_id: int) -> str | None:
    """The version of the software that analysed the article; None when it was stored before versions were kept."""
    row = db.execute("select software_version from articles where id = ?", [article_id]).fetchone()
    return row and row[0]


def claims_and_statements(claims: list[dict]) -> dict:
    """An article's stored claims as `claims` and the publication's own `statements`."""
    return {
        "claims": [claim for claim in claims if claim["attribution"] != "unattributed"],
        "statements": [claim for claim in claims if claim["attribution"] == "unattributed"],
    }


# The orders the articles list offers (`sort`); the first is the default. `id` is the order of submission.
ARTICLE_ORDERS = cursors.orders(**{
    "-id": (Key("a.id", int, descending=True),),
    "id": (Key("a.id", int),),
    "-date": (Key("a.date", descending=True), Key("a.id", int, descending=True)),
    "date": (Key("a.date"), Key("a.id", int)),
})
DEFAULT_ARTICLE_ORDER = ARTICLE_ORDERS["-id"]


def list_articles(db: Database, q: str | None = None, page: int = 1, page_size: int = 20,
                  order: cursors.Order = DEFAULT_ARTICLE_ORDER) -> Page:
    """Page `page` of the articles in `order` (newest first), without body or claims but with `claim_count` and
    `disputed_count`, and how many there are in all.

    `q` searches titles and bodies (words, not FTS syntax).
    """
    where, params = article_where(q)
    total = next(db.query(f"select count(*) as n from articles a where {where}", params))["n"]
    rows = select_articles(db, where, {**params, "offset": offset(page, page_size)}, order, page_size)
    for row in rows:
        order.key_of(row)
    return Page(rows, total, page, page_size)


def walk_articles(db: Database, q: str | None = None, order: cursors.Order = DEFAULT_ARTICLE_ORDER,
                  cursor: str | None = None, limit: int = 20) -> cursors.CursorPage:
    """`limit` articles in `order` after `cursor` (from the start without one), as `list_articles` gives them,
    and the cursor of the next page. BadCursor for a cursor of another order."""
    where, params = order.narrow(*article_where(q), cursor)
    return cursors.page_of(select_articles(db, where, params, order, limit + 1), order, limit)


def newest_titles(db: Database, limit: int) -> list[dict]:
    """The `id` and `title` of the `limit` articles submitted last, newest first (a form's choice of article)."""
    return list(db.query("select id, title from articles order by id desc limit ?", [limit]))


def article_where(q: str | None) -> tuple[str, dict]:
    """The SQL condition on `articles a` for a search, with its parameters."""
    match = fts_query(q)
    if not match:
        return "1", {}
    return "a.rowid in (select rowid from articles_fts where articles_fts match :q)", {"q": match}


def select_articles(db: Database, where: str, params: dict, order: cursors.Order, limit: int) -> list[dict]:
    """Article summaries meeting `where` in `order`, with the order's keys, `limit` of them from `:offset`."""
    return list(db.query(
        f"""select {SUMMARY_COLUMNS},
                   (select count(*) from claims c where c.article_id = a.id and {ATTRIBUTED}) as claim_count,
                   (select count(*) from claims c where c.article_id = a.id and c.disputed) as disputed_count,
                   {order.select()}
            from articles a where {where} order by {order.order_by()} limit :limit offset :offset""",
        {"offset": 0, **params, "limit": limit},
    ))


def article_id_of(db: Database, external_id: str) -> int | None:
    """The id of the article stored under this external id, or None."""
    found = db.execute("select id from articles where external_id = ?", [external_id]).fetchone()
    return found and found[0]


def delete_article(db: Database, article_id: int, if_revision: int | None = ANY_REVISION) -> None:
    """Delete an article with its claims, disputes and idempotency keys; NotFound if there is none, StaleArticle
    unless it is at `if_revision`."""
    with write_transaction(db):
        row = article_row(db, "id = ?", [article_id])
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        check_revision(row, if_revision)
        delete_rows(db, article_id)


def delete_rows(db: Database, article_id: int) -> None:
    for table in ("idempotency_keys", "disputes", "claims"):
        db.execute(f"delete from {table} where article_id = ?", [article_id])
    db.execute("delete from articles where id = ?", [article_id])


def import_articles(db: Database, articles: Iterable[tuple[str, dict, list[dict]]]) -> tuple[int, int]:
    """Store (external id, article, claims) triples in one transaction; (added, replaced).

    An article stored before with the same external id, or the same url, is replaced as `replace_article` replaces
    it (its id, time of submission, surviving claims and their reviews kept), so importing the same results again
    changes nothing. Claims are loaded through `StoredClaimSchema`.
    """
    added = replaced = 0
    with write_transaction(db):
        for external_id, article, claims in articles:
            claims = [stored_claim.load(claim) for claim in claims]
            found = article_row(db, "external_id = :id or (url is not null and url = :url) "
                                    "order by external_id is :id desc limit 1", {"id": external_id, "url": article.get("url")})
            if found:
                replace_rows(db, found, article, claims, external_id)
            else:
                insert_article(db, article, claims, external_id=external_id)
            added, replaced = (added, replaced + 1) if found else (added + 1, replaced)
    return added, replaced


# The publication's own statements are kept with the claims but left out unless asked for.
ATTRIBUTED = "c.attribution != 'unattributed'"

# The review row of the claim `c` (table claim_reviews, alias r).
SAME_CLAIM = "r.article_id = c.article_id and r.claim_id = c.claim_id"


# Two ways to find the claims of a search or a speaker: read the matches and sort them (cost: the matches), or read
# the list in order and test each claim until a page is full (cost: page_size / the share of claims matching,
# times the cost of a test against that of reading a match). The second wins past sqrt(page_size * ratio * claims)
# matches: a full-text lookup costs some 50 reads, a speaker's name, read from the list's index, about one.
PAGE_SIZE = 20
SORTED_MATCHES = "c.rowid in (select rowid from claims_fts where claims_fts match :q)"
LOOKED_UP = "exists (select 1 from claims_fts where claims_fts.rowid = c.rowid and claims_fts match :q)"
SEARCH_LOOKUP_RATIO = 50
# Few matches are kept as they were found, while telling few from many, and read by rowid: matching words common
# enough to be in a third of the claims costs tens of milliseconds, too much to do twice.
FOUND_MATCHES = "c.rowid in (select value from json_each(:matches))"
NAMED_SPEAKERS = "c.speaker in (select name from claim_speakers where name like :speaker escape '\\')"
SPEAKER_LIKE = "c.speaker like :speaker escape '\\'"
SPEAKER_TEST_RATIO = 1


def claim_condition(db: Database, filters: ClaimFilter) -> tuple[str, dict]:
    """`claim_where(filters)`, with its search and its speaker found the cheaper way for this database."""
    claims = db.execute("select coalesce(max(rowid), 0) from claims").fetchone()[0]
    search, speaker, found = SORTED_MATCHES, NAMED_SPEAKERS, {}
    match = fts_query(filters.q)
    if match:
        enough = enough_to_sort(claims, SEARCH_LOOKUP_RATIO)
        count, matches = db.execute(f"""select count(*), json_group_array(rowid) from
            (select rowid from claims_fts where claims_fts match ? limit {enough + 1})""", [match]).fetchone()
        search, found = (LOOKED_UP, {}) if count > enough else (FOUND_MATCHES, {"matches": matches})
    pattern = like_pattern(filters.speaker)
    if pattern and many(db, f"select 1 from claims c where {NAMED_SPEAKERS}", {"speaker": pattern},
                        claims, SPEAKER_TEST_RATIO):
        speaker = SPEAKER_LIKE
    where, params = claim_where(filters, search, speaker)
    return where, {**params, **found}


def enough_to_sort(claims: int, ratio: int) -> int:
    """The most matches worth reading and sorting, past which testing the list's claims in order finds a page sooner."""
    return int((PAGE_SIZE * ratio * claims) ** 0.5)


def many(db: Database, matches: str, params: dict, claims: int, ratio: int) -> bool:
    """Whether the rows `matches` selects are too many to read and sort (reading at most that many to tell)."""
    enough = enough_to_sort(claims, ratio)
    return db.execute(f"select count(*) from ({matches} limit {enough + 1})", params).fetchone()[0] > enough


def claim_where(filters: ClaimFilter, search: str = SORTED_MATCHES, speaker: str = SPEAKER_LIKE) -> tuple[str, dict]:
    """The SQL condition on `claims c` for these filters, with its parameters; `search` and `speaker` say how to
    find the claims that `q`'s words and the speaker's name match (`claim_condition` picks)."""
    conditions = [
        ("c.disputed = :disputed", "disputed", filters.disputed),
        (speaker, "speaker", like_pattern(filters.speaker)),
        ("c.source_id = :source_id", "source_id", filters.source_id),
        ("c.article_id = :article_id", "article_id", filters.article_id),
        ("c.date >= :since", "since", filters.since),
        # Every date that starts with `until` (a day, or a time to any precision) sorts before it and this.
        ("c.date <= :until || char(1114111)", "until", filters.until),
        (search, "q", fts_query(filters.q)),
        (f"coalesce((select r.status from claim_reviews r where {SAME_CLAIM}), 'open') = :status", "status",
         filters.status),
        (f"exists (select 1 from claim_reviews r where {SAME_CLAIM} and r.verdict = :verdict)", "verdict",
         filters.verdict),
        ("exists (select 1 from disputes o where o.article_id = c.article_id and o.claim_id = c.claim_id"
         " and o.origin = :origin)", "origin", filters.origin),
    ]
    used = [(sql, name, value) for sql, name, value in conditions if value is not None]
    clauses = [sql for sql, _, _ in used] + ([] if filters.statements else [ATTRIBUTED])
    return " and ".join(clauses) or "1", {name: value for _, name, value in used}


def fts_query(text: str | None) -> str | None:
    """An FTS5 query matching all the words of `text` (the first MAX_SEARCH_WORDS), each quoted so no word is an
    operator; None without words."""
    words = islice(WORD.finditer(text or ""), MAX_SEARCH_WORDS)
    return " ".join(f'"{word.group()}"' for word in words) or None


def like_pattern(text: str | None) -> str | None:
    if text is None:
        return None
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# The orders the claims list offers (`sort`); the first is the default. Claims keep their text order within an article.
CLAIM_ORDERS = cursors.orders(**{
    "-date": (Key("c.date", descending=True), Key("c.article_id", int, descending=True), Key("c.position", int)),
    "date": (Key("c.date"), Key("c.article_id", int), Key("c.position", int)),
    "-article_id": (Key("c.article_id", int, descending=True), Key("c.position", int)),
    "article_id": (Key("c.article_id", int), Key("c.position", int)),
})
DEFAULT_CLAIM_ORDER = CLAIM_ORDERS["-date"]


def query_claims(db: Database, filters: ClaimFilter = ClaimFilter(), page: int = 1, page_size: int = 20,
                 order: cursors.Order = DEFAULT_CLAIM_ORDER) -> Page:
    """Page `page` of the claims across articles in `order` (newest article first, in text order within an
    article), with how many there are in all.

    Each item is the stored claim JSON plus `article_id`, `article_title`, `date` and its global id `ref`.
    """
    where, params = claim_condition(db, filters)
    # Counting reads every match: in a sorted set, never one lookup per claim of the whole list.
    total = next(db.query(f"select count(*) as n from claims c where {claim_where(filters)[0]}", params))["n"]
    rows = select_claims(db, where, {**params, "offset": offset(page, page_size)}, order, page_size)
    for row in rows:
        order.key_of(row)
    return Page([claim_item(row) for row in rows], total, page, page_size)


def walk_claims(db: Database, filters: ClaimFilter = ClaimFilter(), order: cursors.Order = DEFAULT_CLAIM_ORDER,
                cursor: str | None = None, limit: int = 20) -> cursors.CursorPage:
    """`limit` claims across articles in `order` after `cursor` (from the start without one), items as in
    `query_claims`, and the cursor of the next page. BadCursor for a cursor of another order."""
    where, params = order.narrow(*claim_condition(db, filters), cursor)
    page = cursors.page_of(select_claims(db, where, params, order, limit + 1), order, limit)
    return replace(page, items=[claim_item(row) for row in page.items])


def select_claims(db: Database, where: str, params: dict, order: cursors.Order, limit: int) -> list[dict]:
    """Claims meeting `where` in `order` with their article's title and the order's keys, `limit` of them
    from `:offset` (0 without)."""
    page = page_rowids(where, order, ":offset")
    return list(db.query(
        f"""select c.data, c.article_id, a.title as article_title, c.date, {order.select()}
            from claims c join articles a on a.id = c.article_id where c.rowid in ({page})
            order by {order.order_by()}""",
        {"offset": 0, **params, "limit": limit},
    ))


def page_rowids(where: str, order: cursors.Order, skip: str) -> str:
    """The query of the rowids of the claims `c` meeting `where` in `order`, `:limit` of them after the first `skip`
    (a parameter's name): a page is picked so before its claims are read, as sorting thousands of matches (of a
    search) with each claim's JSON, article and review in tow took twice as long as finding them."""
    return f"select c.rowid from claims c where {where} order by {order.order_by()} limit :limit offset {skip}"


def claim_item(row: dict) -> dict:
    claim = stored_claim.load(json.loads(row.pop("data")))
    return {**claim, **row, "ref": claim_ref(row["article_id"], claim["id"])}


# The report's kinds of claim (`report_kind`, a stored column); None: both.
IN_REPORT = "c.report_kind is not null"
REPORT_KINDS = {"dispute": f"{IN_REPORT} and c.report_kind = 'dispute'",
                "misquote": f"{IN_REPORT} and c.report_kind = 'misquote'", None: IN_REPORT}
MISQUOTED = ("altered", "contradicted")
# A claim's group in the report: its registry source where matched, else its speaker's name (claims_report's first
# column).
REPORT_GROUP = ("case when c.source_id is not null then 's:' || c.source_id when c.speaker is not null "
                "then 'n:' || c.speaker else 'u:' end")


# A row of the report: the claim, its article, its review, and what kind of report row it is.
REPORT_COLUMNS = """c.article_id, a.title as article_title, a.url as article_url, c.claim_id, c.content,
           json_extract(c.data, '$.stance') as stance, json_extract(c.data, '$.cue') as cue,
           c.date, c.speaker, c.source_id, coalesce(r.status, 'open') as status, r.verdict,
           c.report_kind as kind,
           json_extract(c.data, '$.provenance.status') as provenance"""
REPORT_JOINS = f"join articles a on a.id = c.article_id left join claim_reviews r on {SAME_CLAIM}"


def report_where(filters: ClaimFilter, kind: str | None) -> tuple[str, dict]:
    """The SQL condition on `claims c` for the report's claims of `kind` (both kinds: None) meeting `filters`
    (`filters.disputed` is ignored), with its parameters."""
    where, params = claim_where(replace(filters, disputed=None))
    return f"{where} and {REPORT_KINDS[kind]}", params


def disputed_report(db: Database, filters: ClaimFilter = ClaimFilter(), kind: str | None = None) -> list[dict]:
    """Disputed and misquoted claims grouped by speaker (by registry source where matched), most first.

    Each group: {speaker, source_id, claims: [{article_id, article_title, article_url, claim_id, content, stance, cue,
    date, status, verdict, kind, provenance, disputes: [{origin, by, cue, evidence, denial_claim_id, rule, url,
    rating}]}]}: `kind` dispute (disputed) or misquote (only its provenance is altered or contradicted; `kind`
    selects one), the claim's review `status` and `verdict`, its own `stance` and `cue` (a denial that is disputed
    in turn), and for each dispute the cue and words of whoever disputes it, the id of their claim when the dispute
    is one and the rule that found it. `filters.disputed` is ignored.
    """
    where, params = report_where(filters, kind)
    disputes = disputes_by_claim(db, where, params)
    groups: dict[tuple, dict] = {}
    rows = db.query(f"select {REPORT_COLUMNS} from claims c {REPORT_JOINS} where {where} order by c.date desc, c.article_id desc, "
                    "c.position", params)
    for row in rows:
        speaker, source_id = row.pop("speaker"), row.pop("source_id")
        key = ("source", source_id) if source_id else ("speaker", speaker)
        group = groups.setdefault(key, {"speaker": speaker, "source_id": source_id, "claims": []})
        group["claims"].append({**row, "disputes": disputes.get((row["article_id"], row["claim_id"]), [])})
    return sorted(groups.values(), key=lambda group: (-len(group["claims"]), group["speaker"] or ""))


def disputes_by_claim(db: Database, where: str, params: dict) -> dict[tuple, list[dict]]:
    """(article_id, claim_id) -> the disputes of each claim meeting the `claim_where` condition."""
    disputes: dict[tuple, list] = {}
    for row in db.query(
        f"""select d.article_id, d.claim_id, d.origin, d.by, d.cue, d.evidence,
                   json_extract(d.data, '$.claim_id') as denial_claim_id, json_extract(d.data, '$.rule') as rule,
                   d.url, d.rating
            from disputes d join claims c on c.article_id = d.article_id and c.claim_id = d.claim_id
            join articles a on a.id = c.article_id where {where} order by d.id""",
        params,
    ):
        disputes.setdefault((row.pop("article_id"), row.pop("claim_id")), []).append(row)
    return disputes
