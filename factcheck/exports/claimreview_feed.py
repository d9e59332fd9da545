"""The ClaimReview feed: one schema.org ClaimReview per resolved claim with a verdict, published by the newsroom.

The fields are those schema.org's ClaimReview and the major consumers (Google's fact-check markup) ask for:
`url` (the review's public page), `claimReviewed`, `datePublished` (when the claim was resolved), `author` (the
organisation), `reviewRating` (`alternateName`, and `ratingValue` between `worstRating` and `bestRating` on the
service's scale) and `itemReviewed`, a Claim with its `author`, `datePublished`, `appearance` and
`firstAppearance`.
"""
from dataclasses import dataclass

from factcheck import wording
from factcheck.exports.claimreview import CONTEXT, appearance, party


@dataclass(frozen=True)
class Publisher:
    """The fact-checking organisation that publishes the reviews."""

    name: str
    url: str | None = None

    def as_author(self) -> dict:
        author = {"@type": "Organization", "name": self.name}
        if self.url:
            author["url"] = self.url
        return author


def rating(verdict: str, scale: tuple[str, ...]) -> dict:
    """The verdict as a schema.org Rating: the scale's best verdict rates highest, its last rates 1."""
    value = {"@type": "Rating", "alternateName": verdict}
    if verdict in scale:
        value.update(ratingValue=len(scale) - scale.index(verdict), bestRating=len(scale), worstRating=1)
    return value


def claim_item(reviewed: dict, article_url: str, others: list[dict]) -> dict:
    """The Claim reviewed: who made it, and every article where it appeared (`others`: its appearances in other
    articles, `factcheck.clusters`, each with its `article_url` on this service), the oldest first."""
    seen = sorted([{**reviewed, "url": article_url}, *others], key=lambda claim: (claim["date"], claim["article_id"]))
    works = [appearance({"url": claim["article_url"], "title": claim["article_title"],
                         "published_at": claim["published_at"]}, claim["url"]) for claim in seen]
    # The publication's own statements are an organisation's, like an organisation's.
    kind = "organisation" if reviewed["attribution"] in ("organisation", "unattributed") else reviewed["attribution"]
    return {"@type": "Claim", "author": party(wording.speaker_name(reviewed), kind),
            "datePublished": seen[0]["date"], "appearance": works, "firstAppearance": works[0]}


def claim_review(reviewed: dict, review_url: str, article_url: str, others: list[dict], publisher: Publisher,
                 scale: tuple[str, ...]) -> dict:
    """One resolved claim (`factcheck.review.resolved_claims`) as a ClaimReview; `review_url` is its public page,
    `article_url` its article's page here and `others` its appearances in other articles."""
    return {
        "@type": "ClaimReview",
        "url": review_url,
        "claimReviewed": wording.statement(reviewed),
        "datePublished": reviewed["review"]["updated_at"],
        "author": publisher.as_author(),
        "reviewRating": rating(reviewed["review"]["verdict"], scale),
        "itemReviewed": claim_item(reviewed, article_url, others),
    }


def feed(items: list[dict]) -> dict:
    """The reviews as one JSON-LD document."""
    return {"@context": CONTEXT, "@graph": items}
