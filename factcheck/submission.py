"""Submitting an article: analyse its text, match its claims against the registry and store it (as a new article, or
in place of a stored one), within the app's time budget: a short article in the request's thread, a longer one in a
worker process (`factcheck.analysis`)."""
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, partial

import orjson
from flask import Flask, current_app
from sqlite_utils import Database

from claims import analyse
from claims.model import Analysis
from factcheck import events, storage
from factcheck.analysis import within_budget
from factcheck.db import get_db, request_connection
from factcheck.schemas import dump_analysis, stored_statement
from sources import IndexCache, enrich

# Connections and registry indexes a worker keeps, one of each per database file it has stored articles in.
DATABASES_PER_WORKER = 4
# Starting the analysis workers (a fork server that imports the extractor, then the workers) takes a few
# seconds on a busy machine; longer means something is wrong.
START_SECONDS = 60
# Articles up to this long (in characters; the sample story is 4,700) are analysed in the request's thread, when
# the time budget is at least INLINE_BUDGET_SECONDS (`analysed_here`).
INLINE_CHARACTERS = 16_000
INLINE_BUDGET_SECONDS = 5.0
# The app's registry index, for the articles analysed in its threads (`app.extensions`).
INDEXES = "registry_index"
# How an analysed article is stored: a storage function of (db, article, claims), picklable (a module-level function
# or a partial of one), since it runs in the worker process.
Store = Callable[[Database, dict, list[dict]], object]
# The submissions analysed in a server process's request threads take turns, one from its analysis to its commit: the
# interpreter runs one thread at a time anyway, and a thread holding the database's write lock
# (`sources.transactions`) between its statements waited for the interpreter behind another thread's analysis,
# holding every writer of every process back meanwhile (with 2 worker processes at 8 clients, the lock was held
# 4.8 ms on average, 12.6 at p90, for statements that take 1.7).
INLINE_TURN = threading.Lock()


@dataclass(frozen=True)
class Submitted:
    """A stored submission: the article's id, the API's answer, the article with its claims (not the
    statements) as JSON, and what its webhook events say of it (`events.summary`). The claims are dumped
    once, and the answer encoded once, where the article is analysed."""

    id: int
    answer: bytes
    summary: dict


def submit_article(fields: dict, idempotency: storage.IdempotencyKey | None = None,
                   external_id: str | None = None) -> Submitted:
    """Analyse `fields["body"]`, match speakers and statements in the app's registry, and store the article.

    Returns it once its events (`article.analysed`, `claim.disputed`) are recorded for the webhooks;
    AnalysisStopped (a BadArticle) when it takes longer than the app's ANALYSIS_SECONDS. `fields` holds any
    of storage.ARTICLE_FIELDS.
    """
    store = partial(storage.store_article, idempotency=idempotency, external_id=external_id)
    submitted = analyse_within_budget(store_submission, fields, store)
    events.article_analysed(get_db(), submitted.summary)
    return submitted


def resubmit_article(fields: dict, store: Store):
    """Analyse and match the article of `fields` as `submit_article` does, and hand it to `store` (a partial of
    `storage.replace_article` or `storage.put_article`); what `store` returns."""
    return analyse_within_budget(analyse_and_store, fields, store)


def analyse_within_budget(task, fields: dict, store: Store):
    """`task(db, indexes, fields, store)` within the app's time budget: a short article in this thread (see
    `analysed_here`), in its turn (INLINE_TURN), any other in an analysis worker."""
    config = current_app.config
    if analysed_here(fields["body"], config["ANALYSIS_SECONDS"]):
        with INLINE_TURN:
            return task(get_db(), current_app.extensions[INDEXES], fields, store)
    start_analysis_workers(config["DATABASE"], config["ANALYSIS_WORKERS"])
    return within_budget(in_analysis_worker, (task, config["DATABASE"], fields, store), config["ANALYSIS_SECONDS"],
                         config["ANALYSIS_WORKERS"])


def analysed_here(body: str, budget_seconds: float) -> bool:
    """Whether an article is short enough to analyse in the request's own thread: the hand-off to an analysis worker
    and back cost more than the analysis of a news story, and one of INLINE_CHARACTERS ends well within any budget
    of INLINE_BUDGET_SECONDS or more, which then need not stop it: the extractor's slowest input still runs at
    0.5 MB/s (`bench_hostile`), and matching scores at most `MatchConfig.prefilter_limit` statements a claim (236
    quotes of registry statements, 16,000 characters, took 0.5 s against 940 statements)."""
    return len(body) <= INLINE_CHARACTERS and budget_seconds >= INLINE_BUDGET_SECONDS


def init_app(app: Flask) -> None:
    """Give `app` the registry index its threads match short articles against."""
    app.extensions[INDEXES] = IndexCache()


def warm_up(app: Flask) -> None:
    """Load the extractor's data and build this process's registry index, so that the first submission finds them
    ready: called as a server process boots, not on the first request, which would otherwise wait for them."""
    import factcheck.analysis_warmup  # noqa: F401 — its analysis loads the extractor's data
    with app.app_context():
        app.extensions[INDEXES].current(get_db())


@cache
def start_analysis_workers(database: str, workers: int) -> None:
    """Start this process's analysis workers and have one open the database file at `database` and index its registry,
    before the first article they analyse starts its time budget. Started on the first long article rather than as
    the server process boots: most articles are analysed in the request's thread, and the workers with their fork
    server hold about 90 MB of memory (PSS) per server process. That first long article waits for them: seconds on
    a busy machine."""
    within_budget(prepare_worker, (database,), START_SECONDS, workers)


def prepare_worker(database: str) -> None:
    """In a worker: open the database file at `database` and index its registry."""
    db, indexes = open_worker_database(database)
    indexes.current(db)


def in_analysis_worker(task, database: str, fields: dict, store: Store):
    """In a worker: `task` against the database file at `database`."""
    return task(*open_worker_database(database), fields, store)


@lru_cache(maxsize=DATABASES_PER_WORKER)
def open_worker_database(database: str) -> tuple[Database, IndexCache]:
    """A worker's connection to the database file at `database` and its registry index, kept from task to task."""
    return request_connection(database), IndexCache()


def store_submission(db: Database, indexes: IndexCache, fields: dict, store: Store) -> Submitted:
    """`submit_article`'s part that runs within the time budget."""
    article = analyse_and_store(db, indexes, fields, store)
    del article["statements"]
    return Submitted(article["id"], orjson.dumps(article), events.summary(article))


def analyse_and_store(db: Database, indexes: IndexCache, fields: dict, store: Store):
    """The submission stored by `store`; what it returns (the article as `storage.get_article` gives it, for
    `storage.store_article`)."""
    analysis = analyse(fields["body"])
    article = describe_article(fields, analysis)
    matches = enrich(analysis, indexes.current(db), as_of=as_of(article))
    # The analysis JSON holds every field of a stored claim: stored as it is, with no schema pass. The
    # publication's own statements are stored too, after the claims, with the registry's fields at their
    # defaults (the registry matches no publication); readers ask for them.
    data = dump_analysis(analysis, matches, statements=True)
    return store(db, article, data["claims"] + [stored_statement(statement) for statement in data["statements"]])


def describe_article(fields: dict, analysis: Analysis) -> dict:
    """The article's storage.ARTICLE_FIELDS from `fields`; a missing title, byline or publisher is taken from
    the analysis (headline, "By …" line, copyright line)."""
    article = {name: fields.get(name) for name in storage.ARTICLE_FIELDS}
    article["title"] = article["title"] or analysis.headline
    article["byline"] = article["byline"] or ", ".join(analysis.byline) or None
    article["publisher"] = article["publisher"] or analysis.publisher
    return article


def as_of(article: dict) -> str | None:
    """The day whose registry roles apply to the article: its publication day, when it is given."""
    return article["published_at"][:10] if article["published_at"] else None
