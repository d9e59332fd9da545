"""Submitting an article: analyse its text, match its claims against the registry, store it."""
from flask import current_app
from sqlite_utils import Database

from factcheck import storage
from factcheck.analysis import analyse_within
from factcheck.db import get_registry_index
from factcheck.schemas import stored_claims
from sources import enrich


def submit_article(db: Database, fields: dict, idempotency: storage.IdempotencyKey | None = None) -> dict:
    """Analyse `fields["body"]`, match speakers and statements in the app's registry, and store the article.

    Returns it as `storage.get_article` does. `fields` holds any of storage.ARTICLE_FIELDS; a missing
    title, byline or publisher is taken from the analysis (headline, "By …" line, copyright line).
    Registry roles are those held on the article's publication day, when it is given. The analysis runs in a
    worker process within the app's ANALYSIS_SECONDS (AnalysisStopped, a BadArticle, when it takes longer).
    """
    config = current_app.config
    analysis = analyse_within(fields["body"], config["ANALYSIS_SECONDS"], config["ANALYSIS_WORKERS"])
    article = {name: fields.get(name) for name in storage.ARTICLE_FIELDS}
    article["title"] = article["title"] or analysis.headline
    article["byline"] = article["byline"] or ", ".join(analysis.byline) or None
    article["publisher"] = article["publisher"] or analysis.publisher
    as_of = article["published_at"][:10] if article["published_at"] else None
    matches = enrich(analysis, get_registry_index(), as_of=as_of)
    return storage.save_article(db, article, stored_claims(analysis, matches), idempotency)
