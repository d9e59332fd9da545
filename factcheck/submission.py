"""Submitting an article: analyse its text, match its claims against the registry, store it."""
from sqlite_utils import Database

from claims import analyse
from claims.model import Analysis
from factcheck import storage
from factcheck.db import get_registry_index
from factcheck.schemas import dump_analysis, stored_claim
from sources import enrich


def submit_article(db: Database, fields: dict, idempotency: storage.IdempotencyKey | None = None) -> dict:
    """Analyse `fields["body"]`, match speakers and statements in the app's registry, and store the article.

    Returns it as `storage.get_article` does. `fields` holds any of storage.ARTICLE_FIELDS.
    """
    analysis = analyse(fields["body"])
    article = describe_article(fields, analysis)
    matches = enrich(analysis, get_registry_index(), as_of=as_of(article))
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
