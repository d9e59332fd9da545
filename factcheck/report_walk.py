"""The disputed report a page at a time (the API's): speakers in the order a `sort` names, then each speaker's
claims, from a cursor holding the place of the speaker and of the claim the page before ended on.

The page's speakers come sorted and cut short by SQLite from their figures: for the whole report as triggers keep
them (table report_speakers), for a filtered one counted over the claims it keeps. Only the page's speakers' claims
and disputes are read, so a page costs about the same deep in a report of 100,000 claims as at its start. Speakers are placed by
counts and dates that change as articles arrive: a walk during inserts may meet a speaker again or miss one that
moved; walk `/api/v1/claims?disputed=true` for a sync.
"""
from dataclasses import replace

from sqlite_utils import Database

from factcheck import cursors, storage
from factcheck.cursors import CursorPage, Key, Order
from factcheck.paging import Page, offset

GROUP = storage.REPORT_GROUP
DISPUTE_COUNT = "c.dispute_count"
# Ties between speakers: the most claims first, then by name and group.
MOST_CLAIMS = (Key("g.claim_count", int, descending=True), Key("coalesce(g.speaker, '')"), Key("g.key"))
# Sort name (report_order.SORTS) -> the order of the speakers, by their figures (`speakers`).
GROUP_ORDERS = cursors.orders(
    claims=MOST_CLAIMS,
    newest=(Key("g.newest", descending=True), *MOST_CLAIMS),
    oldest=(Key("g.oldest"), *MOST_CLAIMS),
    speaker=(Key("g.speaker is null", int), Key("lower(coalesce(g.speaker, ''))"), *MOST_CLAIMS),
    disputes=(Key("g.disputes", int, descending=True), *MOST_CLAIMS),
)
# Sort name -> the figure its speakers are ordered by, besides their claims' count and name, over the report's claims.
FIGURES = {"newest": "max(c.date)", "oldest": "min(c.date)", "disputes": f"sum({DISPUTE_COUNT})"}
NEWEST_FIRST = storage.CLAIM_ORDERS["-date"].keys
# Sort name -> the order of each speaker's claims.
CLAIM_ORDERS = cursors.orders(
    claims=NEWEST_FIRST, newest=NEWEST_FIRST, speaker=NEWEST_FIRST, oldest=storage.CLAIM_ORDERS["date"].keys,
    disputes=(Key(DISPUTE_COUNT, int, descending=True), *NEWEST_FIRST),
)


def report_walk(db: Database, filters: storage.ClaimFilter, kind: str | None, sort: str, cursor: str | None,
                limit: int) -> CursorPage:
    """`limit` claims of the report after `cursor`, under their speakers in `sort` order: items are groups as
    `storage.disputed_report` gives them, with `claim_count`, all the speaker's claims in the report."""
    where, params = storage.report_where(filters, kind)
    group_order, claim_order = GROUP_ORDERS[sort], CLAIM_ORDERS[sort]
    group_after, claim_after = place(cursor, sort)
    shown, last, next_cursor = [], None, None  # last: the sort keys of the last speaker and claim shown
    groups = groups_from(db, filters, kind, sort, group_after, limit + 1)
    for group in groups:
        group_values = group_order.key_of(group)
        wanted = limit - sum(len(shown_group["claims"]) for shown_group in shown)
        if not wanted:
            next_cursor = cursors.encode(f"report-{sort}", last)
            break
        after = claim_after if group_after and group_values[-1] == group_after[-1] else None
        rows = claims_of(db, group["key"], where, params, claim_order, after, wanted + 1)
        keys = [claim_order.key_of(row) for row in rows]
        if rows[:wanted]:
            shown.append({**group, "claims": rows[:wanted]})
            last = [*group_values, *keys[:wanted][-1]]
        if len(rows) > wanted:
            next_cursor = cursors.encode(f"report-{sort}", last)
            break
    else:  # every speaker read filled the page: more may follow them
        if len(groups) > limit:
            next_cursor = cursors.encode(f"report-{sort}", last)
    return CursorPage(with_disputes(db, shown), next_cursor)


def place(cursor: str | None, sort: str) -> tuple[list | None, list | None]:
    """The sort keys of the speaker and of the claim a cursor of the report in `sort` order ends on."""
    if cursor is None:
        return None, None
    group_kinds = tuple(key.kind for key in GROUP_ORDERS[sort].keys)
    values = cursors.decode_as(cursor, f"report-{sort}", group_kinds + tuple(key.kind for key in CLAIM_ORDERS[sort].keys))
    return values[:len(group_kinds)], values[len(group_kinds):]


def groups_from(db: Database, filters: storage.ClaimFilter, kind: str | None, sort: str, after: list | None,
                limit: int) -> list[dict]:
    """Up to `limit` speakers of the report in `sort` order, from the one whose sort key is `after` (from the first
    without): `key`, `speaker`, `source_id`, `claim_count` and the order's keys."""
    order = GROUP_ORDERS[sort]
    having, having_params = "1", {}
    if after is not None:
        having, having_params = order.after(after)
        having, having_params = f"({having}) or g.key = :current", {**having_params, "current": after[-1]}
    relation, params = speakers(filters, kind, sort)
    return [dict(row) for row in db.query(
        f"""select g.key, g.speaker, g.source_id, g.claim_count, {order.select()} from ({relation}) g
            where {having} order by {order.order_by()} limit :limit""",
        {**params, **having_params, "limit": limit},
    )]


def speakers(filters: storage.ClaimFilter, kind: str | None, sort: str) -> tuple[str, dict]:
    """The report's speakers with their figures (`key`, `speaker`, `source_id`, `claim_count` and the sort's), and
    the query's parameters: as the triggers keep them in report_speakers for the whole report, else counted over
    the claims the filters keep."""
    if replace(filters, disputed=None) == storage.ClaimFilter():
        return ("select grp as key, speaker, source_id, claims as claim_count, newest, oldest, disputes "
                "from report_speakers where kind = :report_kind", {"report_kind": kind or "any"})
    where, params = storage.report_where(filters, kind)
    figure = f", {FIGURES[sort]} as {sort}" if sort in FIGURES else ""
    return (f"""select {GROUP} as key, max(c.speaker) as speaker, max(c.source_id) as source_id,
                       count(*) as claim_count{figure}
                from claims c where {where} group by key""", params)


def report_at(db: Database, filters: storage.ClaimFilter, kind: str | None, sort: str, page: int,
              page_size: int) -> tuple[Page, int]:
    """Page `page` of the report's claims (numbered, for the reviewers' page) under their speakers in `sort` order,
    and how many speakers the report has: groups as `report_walk` gives them; the page's `total` counts claims.

    The speakers' running counts of claims place the page, so only its speakers' claims are read; and as each
    speaker has a claim at least, only the first speakers, as many as the claims up to the page's end, are counted
    (from an index in the sort's order, for the whole report)."""
    order = GROUP_ORDERS[sort]
    relation, params = speakers(filters, kind, sort)
    total, speaker_count = db.execute(f"select coalesce(sum(claim_count), 0), count(*) from ({relation})",
                                      params).fetchone()
    start = offset(page, page_size)
    placed = db.query(
        f"""select * from (select g.key, g.speaker, g.source_id, g.claim_count,
                                  sum(g.claim_count) over (order by {order.order_by()} rows unbounded preceding)
                                  - g.claim_count as before
                           from (select * from ({relation}) g order by {order.order_by()} limit :end) g)
            where before < :end and before + claim_count > :start order by before""",
        {**params, "start": start, "end": start + page_size})
    where, params = storage.report_where(filters, kind)
    claim_order, shown = CLAIM_ORDERS[sort], []
    for group in placed:
        before = group.pop("before")
        first = max(start, before)  # the place in the report of the speaker's first claim on this page
        rows = claims_of(db, group["key"], where, params, claim_order, None, start + page_size - first, first - before)
        for row in rows:
            claim_order.key_of(row)
        shown.append({**group, "claims": rows})
    return Page(with_disputes(db, shown), total, page, page_size), speaker_count


def claims_of(db: Database, key: str, where: str, params: dict, order: Order, after: list | None,
              limit: int, skip: int = 0) -> list[dict]:
    """Up to `limit` of the report's claims of the group `key` in `order`, after the claim whose key is `after`
    and the `skip` after it: skipped in the report's index, and only the claims kept read with their article and
    review."""
    where, params = f"{where} and {GROUP} = :group", {**params, "group": key}
    if after is not None:
        condition, after_params = order.after(after)
        where, params = f"{where} and {condition}", {**params, **after_params}
    page = storage.page_rowids(where, order, ":skip")
    rows = db.query(f"""select {storage.REPORT_COLUMNS}, {order.select()} from claims c {storage.REPORT_JOINS}
                        where c.rowid in ({page}) order by {order.order_by()}""",
                    {**params, "limit": limit, "skip": skip})
    return [{name: value for name, value in row.items() if name not in ("speaker", "source_id")} for row in rows]


def with_disputes(db: Database, groups: list[dict]) -> list[dict]:
    """The groups with each claim's disputes."""
    claims = [claim for group in groups for claim in group["claims"]]
    pairs = ", ".join(f"(:article_{n}, :claim_{n})" for n in range(len(claims)))
    params = {key: value for n, claim in enumerate(claims)
              for key, value in ((f"article_{n}", claim["article_id"]), (f"claim_{n}", claim["claim_id"]))}
    # Selected from the VALUES, the pairs are looked up by index; `in (values …)` itself reads every dispute.
    wanted = f"(c.article_id, c.claim_id) in (select column1, column2 from (values {pairs}))"
    disputes = storage.disputes_by_claim(db, wanted, params) if claims else {}
    for claim in claims:
        claim["disputes"] = disputes.get((claim["article_id"], claim["claim_id"]), [])
    return groups
