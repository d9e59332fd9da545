"""One article record analysed into the batch's rows: an article row and one row per claim."""
import json

from claims import analyse
from factcheck.schemas import dump_analysis
from factcheck.submission import as_of, describe_article
from sources import RegistryIndex, enrich


def article_rows(record: dict, index: RegistryIndex | None) -> tuple[dict, list[dict]]:
    """The article row and claim rows of `record` ({id, body, title, url, published_at, input}).

    Each claim row holds the claim's JSON exactly as `factcheck analyze` prints it (`claim`), beside the
    columns one filters by. The same record always gives the same rows.
    """
    analysis = analyse(record["body"])
    article = describe_article(record, analysis)
    matches = enrich(analysis, index, as_of=as_of(article)) if index is not None else None
    claims = dump_analysis(analysis, matches)["claims"]
    article_row = {"id": record["id"], **article, "input": record["input"], "claim_count": len(claims)}
    return article_row, [claim_row(record["id"], position, claim) for position, claim in enumerate(claims)]


def claim_row(article_id: str, position: int, claim: dict) -> dict:
    speaker = claim["speaker"] or {}
    source = speaker.get("source") or {}
    return {
        "article_id": article_id, "claim_id": claim["id"], "position": position, "speaker": speaker.get("name"),
        "source_id": source.get("id"), "kind": claim["kind"], "attribution": claim["attribution"],
        "rule": claim["rule"], "disputed": claim["disputed"], "content": claim["content"],
        "claim": json.dumps(claim, ensure_ascii=False),
    }
