"""Submitting an article: analyse its text, match its claims against the registry and store it (as a new article, or
in place of a stored one), in a worker process within the app's time budget (`factcheck.analysis`)."""
from collections.abc import Callable
from contextlib import closing
from functools import lru_cache, partial

from flask import current_app
from sqlite_utils import Database

from claims import analyse
from claims.model import Analysis
from factcheck import storage
from factcheck.analysis import within_budget
from factcheck.db import connect
from factcheck.schemas import dump_analysis, stored_claim
from sources import IndexCache, enrich

# Registry indexes a worker keeps, one per database file it has stored articles in.
INDEXES_PER_WORKER = 4


# How an analysed article is stored: a storage function of (db, article, claims), picklable (a module-level function
# or a partial of one), since it runs in the worker process.
Store = Callable[[Database, dict, list[dict]], object]


def submit_article(fields: dict, idempotency: storage.IdempotencyKey | None = None, external_id: str | None = None) -> dict:
    """Analyse `fields["body"]`, match speakers and statements in the app's registry, and store the article.

    Returns it as `storage.get_article` does; AnalysisStopped (a BadArticle) when it takes longer than the
    app's ANALYSIS_SECONDS. `fields` holds any of storage.ARTICLE_FIELDS.
    """
    return analyse_submission(fields, partial(storage.store_article, idempotency=idempotency, external_id=external_id))


def analyse_submission(fields: dict, store: Store):
    """Analyse and match the article of `fields` as `submit_article` does, and hand it to `store` (e.g. a partial of
    `storage.replace_article`); what `store` returns."""
    config = current_app.config
    return within_budget(store_submission, (config["DATABASE"], fields, store),
                         config["ANALYSIS_SECONDS"], config["ANALYSIS_WORKERS"])


def store_submission(database: str, fields: dict, store: Store):
    """In a worker: `analyse_submission` against the database file at `database`."""
    with closing(connect(database)) as db:
        return analyse_and_store(db, registry_indexes(database), fields, store)


@lru_cache(maxsize=INDEXES_PER_WORKER)
def registry_indexes(database: str) -> IndexCache:
    return IndexCache()


def analyse_and_store(db: Database, indexes: IndexCache, fields: dict, store: Store):
    analysis = analyse(fields["body"])
    article = describe_article(fields, analysis)
    matches = enrich(analysis, indexes.current(db), as_of=as_of(article))
    # The analysis JSON holds every field of a stored claim: stored as it is, with no schema pass. The
    # publication's own statements are stored too, after the claims, with the registry's fields at their
    # defaults (the registry matches no publication); readers ask for them.
    data = dump_analysis(analysis, matches, statements=True)
    statements = [stored_claim.load(statement) for statement in data["statements"]]
    return store(db, article, data["claims"] + statements)


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
