"""Reviewing claims: a status (open → in_review → resolved), a verdict on a rating scale with a note, the
reviewer and the time, every change kept as history; the queue of disputed claims; stable global claim ids."""
import json
import re
from dataclasses import dataclass

from sqlite_utils import Database

from factcheck import clusters
from factcheck.cursors import CursorPage, Key, Order, page_of
from factcheck.paging import Page, offset
from factcheck.schemas import stored_claim
from factcheck.storage import ClaimFilter, claim_ref, claim_where, utc_now, write_transaction
from sources.registry import NotFound

STATUSES = ("open", "in_review", "resolved")
# Which status a review may move a claim to from each: a resolved claim is reopened by reviewing it again.
NEXT_STATUSES = {"open": ("in_review", "resolved"), "in_review": ("open", "resolved"), "resolved": ("in_review",)}
# Best first; FACTCHECK_RATING_SCALE replaces it (a JSON list). "altered quote": the words were changed.
DEFAULT_RATING_SCALE = ("true", "mostly true", "misleading", "unsupported", "false", "altered quote")
MAX_NOTE = 5000
REF = re.compile(r"([1-9][0-9]{0,18})-(\w{1,40})")


class ReviewConflict(ValueError):
    """The review asks for a change the claim's current status does not allow."""


class InvalidReview(ValueError):
    """The review itself is incomplete or names a verdict not on the scale."""


@dataclass(frozen=True)
class ReviewChange:
    """What a reviewer asks for: the new status, with a verdict when resolving, and a note."""

    status: str
    verdict: str | None = None
    note: str | None = None


def parse_ref(ref: str) -> tuple[int, str]:
    """(article_id, claim_id) of a global claim id; NotFound if it cannot be one."""
    match = REF.fullmatch(ref)
    if not match or int(match[1]) >= 2**63:
        raise NotFound(f"no claim with id {ref}")
    return int(match[1]), match[2]


def rating_scale(configured) -> tuple[str, ...]:
    """The configured rating scale (best first), or the default one; ValueError if it is not a list of names."""
    if configured is None:
        return DEFAULT_RATING_SCALE
    if not isinstance(configured, (list, tuple)) or not configured or \
            not all(isinstance(name, str) and name.strip() for name in configured) or len(set(configured)) < len(configured):
        raise ValueError("RATING_SCALE must be a list of distinct verdict names, best first")
    return tuple(configured)


def current_review(db: Database, article_id: int, claim_id: str) -> dict:
    """The claim's review now: {status, verdict, note, reviewer, updated_at}; open with no reviewer if never reviewed."""
    row = next(db.query("""select status, verdict, note, reviewer, updated_at from claim_reviews
                           where article_id = ? and claim_id = ?""", [article_id, claim_id]), None)
    return row or {"status": "open", "verdict": None, "note": None, "reviewer": None, "updated_at": None}


def history(db: Database, article_id: int, claim_id: str) -> list[dict]:
    """Every change of the claim's review, oldest first: {status, verdict, note, reviewer, at}."""
    return list(db.query("""select status, verdict, note, reviewer, at from review_events
                            where article_id = ? and claim_id = ? order by id""", [article_id, claim_id]))


def get_claim(db: Database, ref: str) -> dict:
    """The stored claim with its article's id, title, url and date, its `ref`, `review`, `history` and its
    `appearances` in other articles (each with its review); NotFound."""
    article_id, claim_id = parse_ref(ref)
    row = next(db.query(
        """select c.data, c.article_id, a.title as article_title, a.url as article_url, c.date
           from claims c join articles a on a.id = c.article_id where c.article_id = ? and c.claim_id = ?""",
        [article_id, claim_id]), None)
    if row is None:
        raise NotFound(f"no claim with id {ref}")
    claim = stored_claim.load(json.loads(row.pop("data")))
    return {**claim, **row, "ref": ref, "review": current_review(db, article_id, claim_id),
            "history": history(db, article_id, claim_id),
            "appearances": with_reviews(db, clusters.appearances(db, article_id, claim_id))}


def with_reviews(db: Database, claims: list[dict]) -> list[dict]:
    """Each claim (with `article_id`, `claim_id`) with its current `review`."""
    return [{**claim, "review": current_review(db, claim["article_id"], claim["claim_id"])} for claim in claims]


def checked_change(change: ReviewChange, status_now: str, scale: tuple[str, ...]) -> ReviewChange:
    """The change as it will be stored; ReviewConflict or InvalidReview when it cannot be made."""
    if change.status not in STATUSES:
        raise InvalidReview(f"the status must be one of {', '.join(STATUSES)}")
    if change.status not in NEXT_STATUSES[status_now]:
        raise ReviewConflict(f"a claim that is {status_now.replace('_', ' ')} cannot become "
                             f"{change.status.replace('_', ' ')}")
    if change.status == "resolved" and change.verdict not in scale:
        raise InvalidReview(f"resolving needs a verdict: one of {', '.join(scale)}")
    if change.status != "resolved" and change.verdict:
        raise InvalidReview("a verdict is given only when resolving")
    if change.note and len(change.note) > MAX_NOTE:
        raise InvalidReview(f"a note is at most {MAX_NOTE} characters")
    return ReviewChange(change.status, change.verdict, (change.note or "").strip() or None)


def record_review(db: Database, ref: str, reviewer: str, change: ReviewChange, scale=DEFAULT_RATING_SCALE,
                  whole_cluster: bool = False) -> dict:
    """Apply a reviewer's change to the claim `ref` and keep it in the history; returns the claim as get_claim.

    With `whole_cluster`, the change also reaches every appearance of the claim in other articles
    (`factcheck.clusters`) whose status allows it.
    """
    article_id, claim_id = parse_ref(ref)
    with write_transaction(db):
        if not db.execute("select 1 from claims where article_id = ? and claim_id = ?", [article_id, claim_id]).fetchone():
            raise NotFound(f"no claim with id {ref}")
        change = checked_change(change, current_review(db, article_id, claim_id)["status"], scale)
        others = cluster_targets(db, article_id, claim_id, change.status) if whole_cluster else []
        now = utc_now()
        for target in [(article_id, claim_id), *others]:
            row = dict(zip(("article_id", "claim_id"), target), status=change.status, verdict=change.verdict,
                       note=change.note, reviewer=reviewer)
            db["review_events"].insert({**row, "at": now})
            db["claim_reviews"].upsert({**row, "updated_at": now}, pk=("article_id", "claim_id"))
    return get_claim(db, ref)


def cluster_targets(db: Database, article_id: int, claim_id: str, status: str) -> list[tuple[int, str]]:
    """The claim's appearances in other articles that may move to `status`."""
    others = [(other["article_id"], other["claim_id"]) for other in clusters.appearances(db, article_id, claim_id)]
    return [other for other in others if status in NEXT_STATUSES[current_review(db, *other)["status"]]]


@dataclass(frozen=True)
class QueueFilter:
    """Which disputed claims the queue shows: by status (None: all), part of the speaker's name, words."""

    status: str | None = "open"
    speaker: str | None = None
    q: str | None = None


def queue(db: Database, filters: QueueFilter = QueueFilter(), page: int = 1, page_size: int = 50) -> Page:
    """Disputed claims with their review, newest article first: {ref, article_id, article_title, claim_id, content,
    speaker, stance, cue, date, disputes, status, verdict, reviewer, updated_at}."""
    where, params = claim_where(ClaimFilter(disputed=True, speaker=filters.speaker or None, q=filters.q or None))
    if filters.status:
        where += " and coalesce(r.status, 'open') = :status"
        params["status"] = filters.status
    joins = """from claims c join articles a on a.id = c.article_id
               left join claim_reviews r on r.article_id = c.article_id and r.claim_id = c.claim_id"""
    total = next(db.query(f"select count(*) as n {joins} where {where}", params))["n"]
    params = {**params, "limit": page_size, "offset": offset(page, page_size)}
    rows = db.query(
        f"""select c.article_id, a.title as article_title, c.claim_id, c.content, c.speaker,
                   json_extract(c.data, '$.stance') as stance, json_extract(c.data, '$.cue') as cue, c.date,
                   (select count(*) from disputes d where d.article_id = c.article_id and d.claim_id = c.claim_id)
                       as disputes,
                   coalesce(r.status, 'open') as status, r.verdict, r.reviewer, r.updated_at
            {joins} where {where} order by c.date desc, c.article_id desc, c.position limit :limit offset :offset""",
        params,
    )
    return Page([{"ref": claim_ref(row["article_id"], row["claim_id"]), **row} for row in rows], total, page, page_size)


# The feed's order: most recently resolved first.
RESOLVED_ORDER = Order("-resolved", (Key("r.updated_at", descending=True), Key("c.article_id", int, descending=True),
                                     Key("c.position", int)))


def resolved_claims(db: Database, page: int = 1, page_size: int = 100) -> Page:
    """Page `page` of the claims resolved with a verdict, most recently resolved first, and how many there are:
    the stored claim with `ref`, `article_id`, `article_title`, `article_url`, `published_at`, `date` (the
    article's) and `review`."""
    total = next(db.query(f"select count(*) as n {RESOLVED_FROM} where {RESOLVED}"))["n"]
    rows = select_resolved(db, RESOLVED, {"offset": offset(page, page_size)}, page_size)
    for row in rows:
        RESOLVED_ORDER.key_of(row)
    return Page([resolved_item(row) for row in rows], total, page, page_size)


def walk_resolved_claims(db: Database, cursor: str | None = None, limit: int = 100) -> CursorPage:
    """`limit` resolved claims after `cursor`, as `resolved_claims` gives them, and the next page's cursor."""
    where, params = RESOLVED_ORDER.narrow(RESOLVED, {}, cursor)
    page = page_of(select_resolved(db, where, params, limit + 1), RESOLVED_ORDER, limit)
    return CursorPage([resolved_item(row) for row in page.items], page.next)


RESOLVED = "r.status = 'resolved' and r.verdict is not null"
RESOLVED_FROM = """from claim_reviews r join claims c on c.article_id = r.article_id and c.claim_id = r.claim_id
                   join articles a on a.id = c.article_id"""


def select_resolved(db: Database, where: str, params: dict, limit: int) -> list[dict]:
    return list(db.query(
        f"""select c.data, c.article_id, a.title as article_title, a.url as article_url, a.published_at, c.date,
                   r.status, r.verdict, r.note, r.reviewer, r.updated_at, {RESOLVED_ORDER.select()}
            {RESOLVED_FROM} where {where} order by {RESOLVED_ORDER.order_by()} limit :limit offset :offset""",
        {"offset": 0, **params, "limit": limit},
    ))


def resolved_item(row: dict) -> dict:
    claim = stored_claim.load(json.loads(row.pop("data")))
    review = {name: row.pop(name) for name in ("status", "verdict", "note", "reviewer", "updated_at")}
    return {**claim, **row, "ref": claim_ref(row["article_id"], claim["id"]), "review": review}
