"""Submitting an article: analyse its text, match its claims against the registry and store it, in a worker
process within the app's time budget (`factcheck.analysis`)."""
from contextlib import closing
from functools import lru_cache

from flask import current_app
from sqlite_utils import Database

from claims import analyse
from claims.model import Analysis
from factcheck import events, storage
from factcheck.analysis import within_budget
from factcheck.db import connect, get_db
from factcheck.schemas import dump_analysis, stored_claim
from sources import IndexCache, enrich

# Registry indexes a worker keeps, one per database file it has stored articles in.
INDEXES_PER_WORKER = 4


def submit_article(fields: dict, idempotency: storage.IdempotencyKey | None = None) -> dict:
    """Analyse `fields["body"]`, match speakers and statements in the app's registry, and store the article.

    Returns it as `storage.get_article` does, once its events (`article.analysed`, `claim.disputed`) are
    recorded for the webhooks; AnalysisStopped (a BadArticle) when it takes longer than the
    app's ANALYSIS_SECONDS. `fields` holds any of storage.ARTICLE_FIELDS.
    """
    config = current_app.config
    article = within_budget(store_submission, (config["DATABASE"], fields, idempotency),
                            config["ANALYSIS_SECONDS"], config["ANALYSIS_WORKERS"])
    events.article_analysed(get_db(), article)
    return article


def store_submission(database: str, fields: dict, idempotency: storage.IdempotencyKey | None) -> dict:
    """In a worker: `submit_article` against the database file at `database`."""
    with closing(connect(database)) as db:
        return analyse_and_store(db, registry_indexes(database), fields, idempotency)


@lru_cache(maxsize=INDEXES_PER_WORKER)
def registry_indexes(database: str) -> IndexCache:
    return IndexCache()


def analyse_and_store(db: Database, indexes: IndexCache, fields: dict,
                      idempotency: storage.IdempotencyKey | None) -> dict:
    analysis = analyse(fields["body"])
    article = describe_article(fields, analysis)
    matches = enrich(analysis, indexes.current(db), as_of=as_of(article))
    # The analysis JSON holds every field of a stored claim: stored as it is, with no schema pass. The
    # publication's own statements are stored too, after the claims, with the registry's fields at their
    # defaults (the registry matches no publication); readers ask for them.
    data = dump_analysis(analysis, matches, statements=True)
    statements = [stored_claim.load(statement) for statement in data["statements"]]
    return storage.store_article(db, article, data["claims"] + statements, idempotency)


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
