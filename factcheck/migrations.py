"""The service's tables, created and migrated in order by sqlite-utils migrations (set "factcheck")."""
from sqlite_utils import Database, Migrations
from sqlite_utils.db import DescIndex

from factcheck.timestamps import utc_timestamp

# Append only: each function runs once per database, in order, in its own transaction.
migrations = Migrations("factcheck")


@migrations()
def create_articles_claims_disputes(db: Database) -> None:
    """Articles, their claims (full-text searchable) and the disputes of those claims."""
    db["articles"].create(
        {
            "id": int, "title": str, "headline": str, "body": str, "url": str,
            "published_at": str, "byline": str, "publisher": str, "created_at": str, "date": str,
        },
        pk="id",
        not_null={"body", "created_at", "date"},
    )
    db["articles"].enable_fts(["title", "body"], create_triggers=True)
    db["claims"].create(
        {
            "article_id": int, "claim_id": str, "position": int, "content": str, "kind": str,
            "attribution": str, "speaker": str, "source_id": str, "disputed": int, "date": str, "data": str,
        },
        pk=("article_id", "claim_id"),
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"content", "disputed", "date", "data"},
    )
    db["claims"].enable_fts(["content"], create_triggers=True)
    db["claims"].create_index(["speaker"])
    db["claims"].create_index(["source_id"])
    db["claims"].create_index(["disputed", "date"])
    db["disputes"].create(
        {
            "id": int, "article_id": int, "claim_id": str, "origin": str, "by": str, "cue": str,
            "evidence": str, "url": str, "rating": str, "data": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "claim_id", "origin", "data"},
    )
    db["disputes"].create_index(["article_id", "claim_id"])


@migrations()
def create_idempotency_keys(db: Database) -> None:
    """Which article an `Idempotency-Key` (per API key) created, and for which request body."""
    db["idempotency_keys"].create(
        {"owner": str, "key": str, "request_hash": str, "article_id": int, "created_at": str},
        pk=("owner", "key"),
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"request_hash", "article_id", "created_at"},
    )


@migrations()
def create_api_keys(db: Database) -> None:
    """API keys, stored as SHA-256 hashes of the secret."""
    db["api_keys"].create(
        {"id": int, "name": str, "key_hash": str, "created_at": str, "revoked_at": str},
        pk="id",
        not_null={"name", "key_hash", "created_at"},
    )
    db["api_keys"].create_index(["key_hash"], unique=True)


@migrations()
def index_claims_in_list_order(db: Database) -> None:
    """Claims are listed newest article first, in text order: an index in that order pages without sorting."""
    db["claims"].create_index([DescIndex("date"), DescIndex("article_id"), "position"])


@migrations()
def add_article_external_ids(db: Database) -> None:
    """An article's id in the system it came from (a batch's article id): re-imports replace, never duplicate."""
    db["articles"].add_column("external_id", str)
    db["articles"].create_index(["external_id"], unique=True)
    db["articles"].create_index(["url"])


@migrations()
def create_users(db: Database) -> None:
    """People who use the pages: a role, an argon2 password hash, and when they were disabled."""
    db["users"].create(
        {"id": int, "name": str, "role": str, "password_hash": str, "created_at": str, "disabled_at": str},
        pk="id",
        not_null={"name", "role", "password_hash", "created_at"},
    )
    db["users"].create_index(["name"], unique=True)


@migrations()
def keys_belong_to_users(db: Database) -> None:
    """An API key belongs to a user (`user_id`) or, without one, to an integration named by the key."""
    db["api_keys"].add_column("user_id", int, fk="users", fk_col="id")


@migrations()
def create_reviews(db: Database) -> None:
    """Reviews of claims: each change as an event (the history), and each claim's current review; both go
    with the claim when its article is deleted."""
    claim_columns = """article_id integer not null, claim_id text not null,
        status text not null, verdict text, note text, reviewer text not null"""
    claim_key = "foreign key (article_id, claim_id) references claims (article_id, claim_id) on delete cascade"
    db.execute(f"""create table review_events (id integer primary key, {claim_columns}, at text not null,
        {claim_key})""")
    db.execute(f"""create table claim_reviews ({claim_columns}, updated_at text not null,
        primary key (article_id, claim_id), {claim_key})""")
    db["review_events"].create_index(["article_id", "claim_id"])
    db["claim_reviews"].create_index(["status", "updated_at"])


@migrations()
def create_rematch_runs(db: Database) -> None:
    """Runs that match stored articles again after the registry changed: how far each has got."""
    db["rematch_runs"].create(
        {"id": int, "started_at": str, "finished_at": str, "total": int, "done": int, "skipped": int},
        pk="id",
        not_null={"started_at", "total", "done", "skipped"},
    )


@migrations()
def index_claims_by_provenance(db: Database) -> None:
    """The disputed report also lists misquotes, found by their provenance status."""
    db.execute("create index claims_provenance_status on claims (json_extract(data, '$.provenance.status'))")


@migrations()
def index_claims_for_lists_at_size(db: Database) -> None:
    """With millions of claims, each list and filter reads its page from an index in the list's order."""
    # The list's order, with the columns filters test, so that a filtered scan reads no table rows.
    db["claims"].create_index([DescIndex("date"), DescIndex("article_id"), "position", "claim_id", "attribution",
                               "disputed", "speaker", "source_id"], index_name="claims_list")
    db["claims"].create_index(["disputed", DescIndex("date"), DescIndex("article_id"), "position"])
    db["claims"].create_index(["source_id", DescIndex("date"), DescIndex("article_id"), "position"])
    for superseded in ("idx_claims_date_article_id_position", "idx_claims_disputed_date", "idx_claims_source_id",
                       "claims_provenance_status"):
        db.execute(f"drop index {superseded}")


@migrations()
def create_claim_speakers(db: Database) -> None:
    """Every speaker's name once, so that a search for part of a name reads thousands of names, not millions of
    claims; and claims by speaker in the list's order."""
    db.execute("create table claim_speakers (name text primary key) without rowid")
    for event in ("insert", "update of speaker"):
        db.execute(f"""create trigger "claims_speaker_name_{event.split()[0]}" after {event} on claims
                       when new.speaker is not null begin insert or ignore into claim_speakers values (new.speaker); end""")
    db.execute("insert or ignore into claim_speakers select distinct speaker from claims where speaker is not null")
    db.execute("drop index idx_claims_speaker")
    db["claims"].create_index(["speaker", DescIndex("date"), DescIndex("article_id"), "position"])


@migrations()
def add_claims_report_kind(db: Database) -> None:
    """A claim's kind in the disputed report (storage.report_kind), stored so that the report reads its rows from
    one index alone: grouped by speaker (storage.REPORT_GROUP, the same expression), in the list's order."""
    db["claims"].add_column("report_kind", str)
    db.execute("""update claims set report_kind = case when disputed then 'dispute'
                  when json_extract(data, '$.provenance.status') in ('altered', 'contradicted') then 'misquote' end""")
    db.execute("""create index claims_report on claims (
        (case when source_id is not null then 's:' || source_id when speaker is not null then 'n:' || speaker
              else 'u:' end),
        date desc, article_id desc, position, attribution, speaker, source_id, report_kind)
        where report_kind is not null""")


@migrations()
def create_batches(db: Database) -> None:
    """Batches of articles submitted at once, analysed by the worker process (`factcheck worker`) item by item."""
    db.execute("""create table batches (id integer primary key, owner integer not null, status text not null,
        created_at text not null, started_at text, finished_at text)""")
    db.execute("""create table batch_items (batch_id integer not null references batches (id) on delete cascade,
        position integer not null, status text not null, fields text, article_id integer, error text,
        primary key (batch_id, position))""")
    db["batch_items"].create_index(["status", "batch_id", "position"])


@migrations()
def create_webhooks(db: Database) -> None:
    """Webhooks registered by API keys, the deliveries of events to them (an outbox the worker sends from) and
    every attempt of each delivery."""
    db.execute("""create table webhooks (id integer primary key, owner integer not null, url text not null,
        secret text not null, events text not null, created_at text not null)""")
    db.execute("""create table webhook_deliveries (id integer primary key,
        webhook_id integer not null references webhooks (id) on delete cascade, message_id text not null,
        event text not null, payload text not null, status text not null, attempts integer not null,
        next_attempt_at text, created_at text not null, delivered_at text)""")
    db.execute("""create table webhook_attempts (id integer primary key,
        delivery_id integer not null references webhook_deliveries (id) on delete cascade, at text not null,
        status_code integer, error text, milliseconds integer not null)""")
    db["webhooks"].create_index(["owner"])
    db["webhook_deliveries"].create_index(["status", "next_attempt_at"])
    db["webhook_deliveries"].create_index(["webhook_id", "id"])
    db["webhook_attempts"].create_index(["delivery_id"])


@migrations()
def record_analysing_software(db: Database) -> None:
    """Which version of the software analysed each article (PROV names it); unknown for articles stored before."""
    db["articles"].add_column("software_version", str)


@migrations()
def add_article_revisions(db: Database) -> None:
    """Articles replaced by their CMS: a revision (1, then one more per change), when it last changed, and the highest
    claim number it has used by prefix (JSON), so that a new claim never takes a removed claim's id."""
    db["articles"].add_column("revision", int, not_null_default=1)
    db["articles"].add_column("updated_at", str)
    db["articles"].add_column("claim_numbers", str)
    db.execute("update articles set updated_at = created_at")


@migrations()
def store_dates_in_utc(db: Database) -> None:
    """Every article date as an ISO 8601 UTC timestamp: days (from the pages' form and HTML pages) and other zones
    were stored as they came. A published_at that is no date at all is dropped; the article's date is then when it
    was submitted."""
    rows = db.execute("select id, published_at, created_at from articles where published_at is not null").fetchall()
    for article_id, stored, created_at in rows:
        try:
            published_at = utc_timestamp(stored)
        except ValueError:
            published_at = None
        if published_at == stored:
            continue
        db.execute("update articles set published_at = ?, date = ? where id = ?",
                   [published_at, published_at or created_at, article_id])
        db.execute("update claims set date = ? where article_id = ?", [published_at or created_at, article_id])



def report_group(row: str) -> str:
    """The disputed report's group of the claim `row` (storage.REPORT_GROUP, written for a trigger's old or new; for
    an index's expression, which names no table, without a row)."""
    of = f"{row}." if row else ""
    return (f"case when {of}source_id is not null then 's:' || {of}source_id when {of}speaker is not null "
            f"then 'n:' || {of}speaker else 'u:' end")


def in_report(row: str) -> str:
    """Whether the claim `row` is in the disputed report with its default filters (statements left out)."""
    return f"{row}.report_kind is not null and {row}.attribution != 'unattributed'"


def disputes_of(row: str) -> str:
    return f"(select count(*) from disputes d where d.article_id = {row}.article_id and d.claim_id = {row}.claim_id)"


# How a speaker's row of report_speakers takes in more of their claims (`excluded`, counted as the row is): their
# numbers added, the dates widened, the name the greatest.
ADD_EXCLUDED = """on conflict (kind, grp) do update set claims = claims + excluded.claims,
            disputes = disputes + excluded.disputes, newest = max(newest, excluded.newest),
            oldest = min(oldest, excluded.oldest),
            speaker = case when speaker is null or excluded.speaker > speaker then excluded.speaker else speaker end"""


def add_to_report_speakers(row: str) -> str:
    """The statement counting the claim `row` in its speaker's rows, under its kind and under 'any'."""
    return f"""insert into report_speakers (kind, grp, claims, disputes, newest, oldest, speaker, source_id)
        select kind, {report_group(row)}, 1, {disputes_of(row)}, {row}.date, {row}.date, {row}.speaker, {row}.source_id
        from (select {row}.report_kind as kind union all select 'any') where {in_report(row)}
        {ADD_EXCLUDED};"""


def remove_from_report_speakers(row: str) -> str:
    """The statements taking the claim `row` out of its speaker's rows: the counts down, the dates and the name
    read again from the report's index (claims_report), the rows gone at no claims."""
    rows = f"kind in ({row}.report_kind, 'any') and grp = {report_group(row)} and {in_report(row)}"
    of_row = (f"(select {{}} from claims c where {report_group('c')} = report_speakers.grp and {in_report('c')} "
              f"and report_speakers.kind in (c.report_kind, 'any'))")
    return f"""update report_speakers set claims = claims - 1, disputes = disputes - {disputes_of(row)} where {rows};
        delete from report_speakers where claims = 0 and {rows};
        update report_speakers set newest = {of_row.format('max(c.date)')}, oldest = {of_row.format('min(c.date)')},
            speaker = {of_row.format('max(c.speaker)')} where {rows};"""


def count_dispute(row: str, change: str) -> str:
    """The statement counting a dispute `row` (`change`: + or -) in the rows of its claim's speaker."""
    claim = f"from claims c where c.article_id = {row}.article_id and c.claim_id = {row}.claim_id and {in_report('c')}"
    return f"""update report_speakers set disputes = disputes {change} 1
        where grp = (select {report_group('c')} {claim}) and kind in ('any', (select c.report_kind {claim}));"""


def report_speakers_counted(claims: str = "1") -> str:
    """The rows of report_speakers, counted over the claims `c` meeting the condition `claims`."""
    return f"""select k.kind, {report_group('c')} as grp, count(*), sum({disputes_of('c')}), max(c.date),
        min(c.date), max(c.speaker), max(c.source_id)
    from claims c join (select 'dispute' as kind union all select 'misquote' union all select 'any') k
         on k.kind in (c.report_kind, 'any')
    where {in_report('c')} and {claims} group by k.kind, grp"""


REPORT_SPEAKERS_COUNTED = report_speakers_counted()
# The claims stored after the rowid `:after` counted in report_speakers, in one statement (storage.insert_claim_rows).
COUNT_NEW_CLAIMS = f"""insert into report_speakers (kind, grp, claims, disputes, newest, oldest, speaker, source_id)
    {report_speakers_counted("c.rowid > :after")} {ADD_EXCLUDED}"""


@migrations()
def create_report_speakers(db: Database) -> None:
    """The disputed report's speakers with their counts, kept by triggers as claims and disputes change: the report
    orders its speakers by these (storage.REPORT_GROUP, one row per kind of report claim and one for 'any') instead
    of counting over every claim in it for each page."""
    db.execute("""create table report_speakers (kind text not null, grp text not null, claims integer not null,
        disputes integer not null, newest text not null, oldest text not null, speaker text, source_id text,
        primary key (kind, grp)) without rowid""")
    db.execute(f"insert into report_speakers {REPORT_SPEAKERS_COUNTED}")
    triggers = {"insert on claims": add_to_report_speakers("new"),
                "delete on claims": remove_from_report_speakers("old"),
                "update on claims": remove_from_report_speakers("old") + add_to_report_speakers("new"),
                "insert on disputes": count_dispute("new", "+"), "delete on disputes": count_dispute("old", "-")}
    for event, statements in triggers.items():
        name = "report_speakers_" + event.replace(" on ", "_")
        db.execute(f'create trigger "{name}" after {event} begin {statements} end')



@migrations()
def index_claims_text_per_statement(db: Database) -> None:
    """New claims' words are indexed for search by the statement that stores them (storage.insert_claim_rows), not
    by a trigger per claim: FTS5 writes its pending words out at each statement savepoint, so the trigger wrote each
    claim's words alone (some 500 of the 650 µs of CPU a claim cost at 2M claims). Updates and deletes keep theirs."""
    db.execute("drop trigger if exists claims_ai")



@migrations()
def count_disputes_per_claim(db: Database) -> None:
    """Each claim's number of disputes (claims.dispute_count), kept by triggers on disputes, and the report's claims by
    speaker in that order (index claims_report_disputes): the report sorted by disputes reads a speaker's most disputed
    claims from the index instead of counting the disputes of each of their claims (10,764 for the busiest speaker of
    the benchmark). The triggers on claims that update the full-text index and report_speakers now fire only when the
    columns they read change, so a count changing rewrites its row alone."""
    db.execute("drop trigger claims_au")
    db.execute("""create trigger claims_au after update of content on claims begin
        insert into claims_fts (claims_fts, rowid, content) values ('delete', old.rowid, old.content);
        insert into claims_fts (rowid, content) values (new.rowid, new.content); end""")
    db.execute("drop trigger report_speakers_update_claims")
    db.execute(f"""create trigger report_speakers_update_claims
        after update of report_kind, attribution, speaker, source_id, date on claims
        begin {remove_from_report_speakers("old")} {add_to_report_speakers("new")} end""")
    db.execute("alter table claims add column dispute_count integer not null default 0")
    db.execute(f"""update claims set dispute_count = {disputes_of('claims')}
        where rowid in (select c.rowid from disputes d join claims c on c.article_id = d.article_id
                        and c.claim_id = d.claim_id)""")
    for event, row, change in (("insert", "new", "+"), ("delete", "old", "-")):
        db.execute(f"""create trigger claims_dispute_count_{event} after {event} on disputes begin
            update claims set dispute_count = dispute_count {change} 1
            where article_id = {row}.article_id and claim_id = {row}.claim_id; end""")
    db.execute(f"""create index claims_report_disputes on claims ({report_group("")}, dispute_count desc, date desc,
        article_id desc, position) where report_kind is not null""")


# The disputed report's orders of speakers (report_walk.GROUP_ORDERS), over report_speakers' columns.
MOST_CLAIMS = "claims desc, coalesce(speaker, ''), grp"
REPORT_SPEAKER_ORDERS = {
    "claims": MOST_CLAIMS, "newest": f"newest desc, {MOST_CLAIMS}", "oldest": f"oldest, {MOST_CLAIMS}",
    "speaker": f"speaker is null, lower(coalesce(speaker, '')), {MOST_CLAIMS}", "disputes": f"disputes desc, {MOST_CLAIMS}",
}


@migrations()
def index_report_speakers_in_each_order(db: Database) -> None:
    """The report's speakers in each of its orders, so that a page reads the speakers up to its own from an index
    instead of sorting all of them (16,335 in the benchmark's database)."""
    for sort, order in REPORT_SPEAKER_ORDERS.items():
        db.execute(f"create index report_speakers_{sort} on report_speakers (kind, {order})")


@migrations()
def count_report_speakers_per_statement(db: Database) -> None:
    """New claims are counted in report_speakers by the statement that stores them (storage.insert_claim_rows,
    COUNT_NEW_CLAIMS), not by a trigger per claim: the trigger's program ran for every claim, in the report or not
    (its own WHEN clause did not spare it), 0.5 of the 2.9 ms of CPU that storing the sample article's 23 claims
    took. Updates and deletes keep theirs."""
    db.execute("drop trigger report_speakers_insert_claims")


@migrations()
def name_speakers_per_statement(db: Database) -> None:
    """New claims' speakers are named in claim_speakers as they are stored (storage.insert_claim_rows), not by a
    trigger per claim, whose program ran for every claim. Updates keep theirs."""
    db.execute("drop trigger claims_speaker_name_insert")


# The full-text indexes, each an FTS5 table: every statement that adds to one writes a new segment of it.
SEARCH_INDEXES = ("articles_fts", "claims_fts")


@migrations()
def merge_search_indexes_outside_requests(db: Database) -> None:
    """The full-text indexes' segments are merged by the worker process (`db.merge_search_indexes`), not by the
    submission that wrote the last one: FTS5's automatic merging ran in the request's transaction, holding the write
    lock, some 15% of the CPU of storing the sample article. Without a worker, FTS5 still merges a level once it holds
    16 segments (its 'crisismerge'), in whichever write finds it so."""
    for table in SEARCH_INDEXES:
        db.execute(f"insert into {table} ({table}, rank) values ('automerge', 0)")


def migrate(db: Database) -> None:
    """Create or migrate the service's tables; safe to call on every start."""
    migrations.apply(db)
