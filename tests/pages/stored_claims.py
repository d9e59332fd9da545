"""Claims as the service stores them, built for the pages' tests from words in an article."""


def claim_json(body: str, claim_id: str, speaker: str, content: str, dispute: tuple[str, str] | None = None,
               source_id: str | None = None) -> dict:
    """The stored JSON of a claim of `content` by `speaker` in `body`; `dispute` is (who, their words in body)."""
    start = body.index(content)
    disputes = []
    if dispute:
        by, words = dispute
        cue_start = body.index(words)
        disputes.append({"by": by, "mention": by, "cue": "disputes", "span": [cue_start, cue_start + len(words)],
                         "claim_id": None})
    mention_start = body.index(speaker)
    return {
        "id": claim_id, "content": content, "span": [start, start + len(content)], "kind": "indirect",
        "quote": None, "cue": "said", "cue_span": None, "attribution": "named", "nested_in": None, "stance": None,
        "speaker": {"mention": speaker, "span": [mention_start, mention_start + len(speaker)], "name": speaker,
                    "title": None, "affiliation": None, **({"source": {"id": source_id, "name": speaker}} if source_id else {})},
        "disputed": bool(disputes), "disputes": disputes,
    }
