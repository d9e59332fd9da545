"""Claims as the service stores them, built for tests through `StoredClaimSchema` from words in an article."""
from factcheck.schemas import stored_claim


def claim_json(body: str, claim_id: str, speaker: str, content: str, dispute: tuple[str, str] | None = None,
               source_id: str | None = None, rule: str = "") -> dict:
    """The stored claim of `content` by `speaker` in `body`; `dispute` is (who, their words in body)."""
    disputes = []
    if dispute:
        by, words = dispute
        disputes.append({"by": by, "mention": by, "cue": "disputes", "span": span_of(body, words)})
    return stored_claim.load({
        "id": claim_id, "content": content, "span": span_of(body, content), "kind": "indirect", "cue": "said",
        "attribution": "named", "rule": rule,
        "speaker": {"mention": speaker, "span": span_of(body, speaker), "name": speaker,
                    "source": {"id": source_id, "name": speaker} if source_id else None},
        "disputed": bool(disputes), "disputes": disputes,
    })


def span_of(body: str, words: str) -> list[int]:
    """Where `words` first stand in `body`."""
    start = body.index(words)
    return [start, start + len(words)]
