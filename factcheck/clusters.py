"""Claim clusters: the same claim by the same source in other articles, matched with rapidfuzz on its words."""
from rapidfuzz import fuzz, process, utils
from sqlite_utils import Database

from factcheck.claim_identity import SAME_CLAIM_SCORE, same_figures_and_polarity
from factcheck.storage import claim_ref


def appearances(db: Database, article_id: int, claim_id: str) -> list[dict]:
    """The claim's appearances in other articles, oldest article first: {ref, article_id, article_title, article_url,
    published_at, claim_id, content, date}. The same speaker is the same registry source, or else the same name (any case)."""
    claim = next(db.query("select content, speaker, source_id from claims where article_id = ? and claim_id = ?",
                          [article_id, claim_id]), None)
    if claim is None or not (claim["source_id"] or claim["speaker"]):
        return []
    same_speaker = "c.source_id = :source" if claim["source_id"] else "c.speaker = :speaker collate nocase"
    candidates = {
        (row["article_id"], row["claim_id"]): row
        for row in db.query(
            f"""select c.article_id, a.title as article_title, a.url as article_url, a.published_at, c.claim_id,
                       c.content, c.date
                from claims c join articles a on a.id = c.article_id
                where {same_speaker} and c.article_id != :article_id""",
            {"source": claim["source_id"], "speaker": claim["speaker"], "article_id": article_id},
        )
    }
    matches = process.extract(claim["content"], {key: row["content"] for key, row in candidates.items()},
                              scorer=fuzz.token_sort_ratio, processor=utils.default_process,
                              score_cutoff=SAME_CLAIM_SCORE, limit=None)
    found = [candidates[key] for _, _, key in matches
             if same_figures_and_polarity(claim["content"], candidates[key]["content"])]
    return [{"ref": claim_ref(row["article_id"], row["claim_id"]), **row}
            for row in sorted(found, key=lambda row: (row["date"], row["article_id"]))]
