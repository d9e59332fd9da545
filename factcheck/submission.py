"""Submitting an article: analyse its text, then store it with its claims."""
from sqlite_utils import Database

from claims import analyse
from factcheck import storage
from factcheck.schemas import analysis_schema


def submit_article(db: Database, fields: dict, idempotency: storage.IdempotencyKey | None = None) -> dict:
    """Analyse `fields["body"]` and store the article; returns it as `storage.get_article` does.

    `fields` holds any of storage.ARTICLE_FIELDS; a missing title, byline or publisher is taken from
    the analysis (headline, "By …" line, copyright line).
    """
    analysis = analyse(fields["body"])
    article = {name: fields.get(name) for name in storage.ARTICLE_FIELDS}
    article["title"] = article["title"] or analysis.headline
    article["byline"] = article["byline"] or ", ".join(analysis.byline) or None
    article["publisher"] = article["publisher"] or analysis.publisher
    return storage.save_article(db, article, analysis_schema.dump(analysis)["claims"], idempotency)
