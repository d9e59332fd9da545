"""schema.org ClaimReview JSON-LD for an article's disputed claims: one review per dispute."""

CONTEXT = "https://schema.org"


def party(name: str | None, attribution: str | None) -> dict:
    """A schema.org Organization for an organisation's words, else a Person."""
    kind = "Organization" if attribution == "organisation" else "Person"
    return {"@type": kind, "name": name or "unknown"}


def appearance(article: dict, claim_url: str) -> dict:
    work = {"@type": "NewsArticle", "url": article["url"] or claim_url, "headline": article["title"]}
    if article["published_at"]:
        work["datePublished"] = article["published_at"]
    return work


def reviews(article: dict, claim: dict, claim_url: str, attributions: dict) -> list[dict]:
    """A ClaimReview for each dispute of one claim; a disputer's kind is that of their claims in the article."""
    speaker = claim.get("speaker") or {}
    item = {
        "@type": "Claim",
        "author": party(speaker.get("name"), claim.get("attribution")),
        "appearance": appearance(article, claim_url),
    }
    return [
        {
            "@type": "ClaimReview",
            "url": claim_url,
            "claimReviewed": claim["content"],
            "datePublished": article["published_at"] or article["created_at"],
            "author": party(dispute.get("by"), attributions.get(dispute.get("by"))),
            "reviewRating": {"@type": "Rating", "alternateName": f"Disputed ({dispute.get('cue')})"},
            "itemReviewed": item,
        }
        for dispute in claim.get("disputes") or []
    ]


def claimreview(article: dict, article_url: str) -> dict:
    """The ClaimReview JSON-LD graph of `article`'s disputed claims; `article_url` is where the API serves it."""
    attributions = {claim["speaker"]["name"]: claim.get("attribution") for claim in article["claims"] if claim.get("speaker")}
    graph = [
        review
        for claim in article["claims"]
        if claim.get("disputed")
        for review in reviews(article, claim, f"{article_url}#{claim['id']}", attributions)
    ]
    return {"@context": CONTEXT, "@graph": graph}
