"""Claims as the service stores them, built for tests through `StoredClaimSchema` from words in an article."""
from factcheck.schemas import stored_claim


def claim_json(body: str, claim_id: str, speaker: str, content: str, dispute: tuple | None = None,
               source_id: str | None = None, rule: str = "", cue: str = "said", stance: str | None = None) -> dict:
    """The stored claim of `content` by `speaker` in `body`.

    `dispute` is (who, their words in body), or (who, their words, cue, the id of their denial's claim).
    """
    disputes = []
    if dispute:
        by, words, *denial = dispute
        dispute_cue, denial_id = denial or ("disputes", None)
        disputes.append({"by": by, "mention": by, "cue": dispute_cue, "span": span_of(body, words),
                         "claim_id": denial_id})
    return stored_claim.load({
        "id": claim_id, "content": content, "span": span_of(body, content), "kind": "indirect", "cue": cue,
        "stance": stance, "attribution": "named", "rule": rule,
        "speaker": {"mention": speaker, "span": span_of(body, speaker), "name": speaker,
                    "source": {"id": source_id, "name": speaker} if source_id else None},
        "disputed": bool(disputes), "disputes": disputes,
    })


def span_of(body: str, words: str) -> list[int]:
    """Where `words` first stand in `body`."""
    start = body.index(words)
    return [start, start + len(words)]
