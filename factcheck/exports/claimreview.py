"""schema.org ClaimReview JSON-LD for an article's disputed claims: one review per dispute.

A dispute the article reports is reviewed by whoever disputes it ("Disputed (denies)"); a dispute or
verdict on record in the registry by its fact-checker (or disputer), with its rating, url and date.
The claim reviewed keeps its meaning: a denial that is disputed in turn is reviewed as the denial
("Tokyo denies: …"), never as its speaker asserting what they deny.
"""
from factcheck import wording

CONTEXT = "https://schema.org"


def party(name: str | None, attribution: str | None) -> dict:
    """A schema.org Organization for an organisation's words, else a Person."""
    schema_type = "Organization" if attribution == "organisation" else "Person"
    return {"@type": schema_type, "name": name or "unknown"}


def disputer(dispute: dict, attributions: dict) -> dict:
    """Who disputes a claim in the article: the publication itself is an organisation, as is a speaker quoted as one."""
    if wording.is_publication_voice(dispute):
        return party(dispute["by"], "organisation")
    return party(dispute["by"], attributions.get(dispute["by"]))


def appearance(article: dict, claim_url: str) -> dict:
    work = {"@type": "NewsArticle", "url": article["url"] or claim_url, "headline": article["title"]}
    if article["published_at"]:
        work["datePublished"] = article["published_at"]
    return work


def review(claim: dict, item: dict, url: str, date: str, author: dict, rating: str) -> dict:
    return {
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": wording.statement(claim),
        "datePublished": date,
        "author": author,
        "reviewRating": {"@type": "Rating", "alternateName": rating},
        "itemReviewed": item,
    }


def reviews(article: dict, claim: dict, claim_url: str, attributions: dict) -> list[dict]:
    """The reviews of one claim; a disputer's kind is that of their own claims in the article."""
    speaker = claim["speaker"]
    item = {"@type": "Claim", "author": party(speaker and speaker["name"], claim["attribution"]),
            "appearance": appearance(article, claim_url)}
    date = article["published_at"] or article["created_at"]
    in_text = [
        review(claim, item, claim_url, date, disputer(d, attributions), f"Disputed ({wording.denial_cue(d)})")
        for d in claim["disputes"]
    ]
    on_record = [
        review(claim, item, r["url"] or claim_url, r["date"] or date,
               party(r["reviewer"] or wording.registry_disputer(r), "organisation"), r["rating"] or "Disputed")
        for r in claim["registry_disputes"]
    ]
    return in_text + on_record


def claimreview(article: dict, article_url: str) -> dict:
    """The ClaimReview JSON-LD graph of `article`'s disputed claims; `article_url` is where the API serves it."""
    attributions = {claim["speaker"]["name"]: claim["attribution"] for claim in article["claims"] if claim["speaker"]}
    graph = [
        item
        for claim in article["claims"]
        if claim["disputed"]
        for item in reviews(article, claim, f"{article_url}#{claim['id']}", attributions)
    ]
    return {"@context": CONTEXT, "@graph": graph}
