"""The events webhooks receive, recorded where they happen (a stored article, a review, a batch's end) and
delivered later by the worker process: each names its resource by id and by absolute URL under PUBLIC_URL."""
from sqlite_utils import Database

from factcheck import webhooks
from factcheck.public_url import api_url
from factcheck.storage import claim_ref


def summary(article: dict) -> dict:
    """What the events of a stored article (as `storage.get_article` gives it) say of it; plain data, made where
    the article was analysed, without URLs (`article_analysed` adds them)."""
    return {
        "id": article["id"], "title": article["title"], "url": article["url"], "claim_count": len(article["claims"]),
        "disputed": [{"claim_id": claim["id"], "content": claim["content"],
                      "speaker": claim["speaker"] and claim["speaker"]["name"],
                      "disputed_by": sorted({dispute["by"] for dispute in claim["disputes"]}),
                      "registry_disputes": len(claim["registry_disputes"])}
                     for claim in article["claims"] if claim["disputed"]],
    }


def article_analysed(db: Database, article: dict) -> None:
    """`article.analysed` for a stored article (its `summary`), and `claim.disputed` for each of its disputed claims."""
    disputed = article["disputed"]
    webhooks.publish_all(db, [("article.analysed", {
        "id": article["id"], "self": api_url(f"articles/{article['id']}"), "title": article["title"],
        "url": article["url"], "claim_count": article["claim_count"], "disputed_count": len(disputed),
    })] + [("claim.disputed", claim_disputed(article["id"], claim)) for claim in disputed])


def claim_disputed(article_id: int, claim: dict) -> dict:
    """The data of `claim.disputed` for a disputed claim of an article's `summary`."""
    ref = claim_ref(article_id, claim["claim_id"])
    return {"ref": ref, "self": api_url(f"claims/{ref}"), "article_id": article_id,
            **{name: value for name, value in claim.items() if name != "claim_id"}}


def claim_reviewed(db: Database, claim: dict) -> None:
    """`claim.reviewed` for a claim whose review changed (`review.get_claim`'s shape)."""
    webhooks.publish(db, "claim.reviewed", {
        "ref": claim["ref"], "self": api_url(f"claims/{claim['ref']}"), "article_id": claim["article_id"],
        **{name: claim["review"][name] for name in ("status", "verdict", "note", "reviewer", "updated_at")},
    })


def batch_done(db: Database, batch: dict) -> None:
    """`batch.done` for a batch with no item left, to the webhooks of the key that submitted it."""
    webhooks.publish(db, "batch.done", {
        "id": batch["id"], "self": api_url(f"batches/{batch['id']}"), "status": batch["status"],
        "counts": batch["counts"], "finished_at": batch["finished_at"],
    }, owner=batch["owner"])
