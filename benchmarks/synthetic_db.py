"""A synthetic service database at size: articles with claims, disputes, misquotes, statements and reviews,
written in bulk through the storage module's row builders (no analysis, no HTTP).

    python -m benchmarks.synthetic_db OUT.db [--articles 100000] [--seed 7]

Made-up words and names drawn with Zipf-like frequencies (a few words and speakers very common, most rare), as in
news: about 20 claims per article, 5% disputed, 1% misquoted, 3% the publication's own statements, 0.3% reviewed;
a third of the speakers are registry sources; dates over five years.
"""
import argparse
import json
import random
import time
import zlib
from dataclasses import dataclass
from itertools import accumulate, count

from factcheck import storage
from factcheck.db import open_database
from factcheck.schemas import stored_claim

CLAIMS_PER_ARTICLE = (10, 30)
SHARE_DISPUTED = 0.05
SHARE_MISQUOTED = 0.01
SHARE_STATEMENTS = 0.03
SHARE_REVIEWED = 0.003
SHARE_UNDATED = 0.1  # articles without published_at: their date is when they were stored
FIRST_DAY = 18_628  # 2021-01-01 in days since 1970
DAYS = 5 * 365
VOCABULARY = 20_000
SPEAKERS = 30_000
SOURCES_SHARE = 3  # one speaker in this many is a registry source
ARTICLES_PER_TRANSACTION = 2_000
CACHE_KIB = 1_000_000
VERDICTS = ("true", "mostly true", "misleading", "false")
SYLLABLES = ("ba", "ko", "ri", "ta", "me", "lu", "sa", "ne", "do", "vi", "ga", "pe", "ro", "zu", "ha", "mi",
             "to", "ke", "la", "nu", "se", "fo", "di", "ja")


@dataclass(frozen=True)
class Lexicon:
    """Words and speakers, with cumulative Zipf weights to draw them."""

    words: list[str]
    word_weights: list[float]
    speakers: list[str]
    speaker_weights: list[float]


def zipf_weights(n: int) -> list[float]:
    return list(accumulate(1 / rank for rank in range(1, n + 1)))


def made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def lexicon(rng: random.Random) -> Lexicon:
    words = list(dict.fromkeys(made_up_word(rng) for _ in range(VOCABULARY * 2)))[:VOCABULARY]
    firsts = [made_up_word(rng).title() for _ in range(400)]
    lasts = [made_up_word(rng).title() for _ in range(600)]
    speakers = list(dict.fromkeys(f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(SPEAKERS * 2)))[:SPEAKERS]
    return Lexicon(words, zipf_weights(len(words)), speakers, zipf_weights(len(speakers)))


def source_of(speaker: str) -> str | None:
    """A registry source id for one speaker in SOURCES_SHARE (the same one in every run)."""
    return speaker.lower().replace(" ", "-") if zlib.crc32(speaker.encode()) % SOURCES_SHARE == 0 else None


def iso_day(day: int, rng: random.Random) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(day * 86400 + rng.randrange(86400)))


TEMPLATE = stored_claim.load({})


def claim(rng: random.Random, lex: Lexicon, number: int, parts: list[str], offset: int) -> dict:
    """One claim, its sentence appended to `parts` (the body so far, `offset` characters long)."""
    words = " ".join(rng.choices(lex.words, cum_weights=lex.word_weights, k=rng.randint(6, 16)))
    roll = rng.random()
    if roll < SHARE_STATEMENTS:
        speaker, source_id, attribution, claim_id = "The Herald", None, "unattributed", f"s{number}"
    else:
        speaker = rng.choices(lex.speakers, cum_weights=lex.speaker_weights)[0]
        source_id, attribution, claim_id = source_of(speaker), "named", f"c{number}"
    sentence = f"{speaker} said {words}."
    start = offset + len(speaker) + len(" said ")
    content_span = [start, start + len(words)]
    result = {**TEMPLATE, "id": claim_id, "content": words, "span": content_span, "segments": [content_span],
              "kind": "indirect", "cue": "said", "cue_span": [offset + len(speaker) + 1, start - 1],
              "attribution": attribution, "rule": "speaker-said-that",
              "speaker": {"mention": speaker, "span": [offset, offset + len(speaker)], "name": speaker,
                          "title": None, "affiliation": None, "candidates": [],
                          "source": source_id and {"id": source_id, "name": speaker, "score": 100.0,
                                                   "alias": speaker, "via": "name"}}}
    if attribution == "named":
        mark(rng, result, lex)
    parts.append(sentence)
    return result


def mark(rng: random.Random, result: dict, lex: Lexicon) -> None:
    """Make a claim disputed or misquoted, some of the time."""
    roll = rng.random()
    if roll < SHARE_DISPUTED:
        disputer = rng.choices(lex.speakers, cum_weights=lex.speaker_weights)[0]
        result["disputes"] = [{"by": disputer, "mention": disputer, "cue": "denied", "span": result["span"],
                               "claim_id": None, "rule": "counter-claim"}]
        result["disputed"] = True
    elif roll < SHARE_DISPUTED + SHARE_MISQUOTED and result["speaker"]["source"]:
        status = rng.choice(("altered", "contradicted"))
        result["kind"], result["quote"] = "direct", result["content"]
        result["provenance"] = {"status": status, "score": 80.0, "diff": [], "original": None,
                                "evidence": {"claim_span": result["span"], "original_span": None}}


def article(rng: random.Random, lex: Lexicon, article_id: int) -> tuple[dict, list[dict]]:
    """An article row (as `storage.insert_article` writes one) and its claims."""
    parts: list[str] = []
    claims = []
    for number in range(1, rng.randint(*CLAIMS_PER_ARTICLE) + 1):
        offset = sum(len(part) + 1 for part in parts)
        claims.append(claim(rng, lex, number, parts, offset))
    day = FIRST_DAY + rng.randrange(DAYS)
    created_at = iso_day(day + rng.randrange(3), rng)
    published_at = None if rng.random() < SHARE_UNDATED else iso_day(day, rng)
    title = " ".join(rng.choices(lex.words, cum_weights=lex.word_weights, k=7)).capitalize()
    row = {"id": article_id, "title": title, "body": " ".join(parts), "url": f"https://news.example/{article_id}",
           "published_at": published_at, "byline": None, "publisher": "The Herald", "created_at": created_at,
           "date": published_at or created_at}
    return row, claims


def review_rows(rng: random.Random, article_id: int, claims: list[dict], date: str):
    for claim_json in claims:
        if rng.random() < SHARE_REVIEWED:
            resolved = rng.random() < 0.6
            yield {"article_id": article_id, "claim_id": claim_json["id"],
                   "status": "resolved" if resolved else "in_review",
                   "verdict": rng.choice(VERDICTS) if resolved else None, "note": None, "reviewer": "ada",
                   "updated_at": date}


def build(path: str, articles: int, seed: int = 7, progress=print) -> dict:
    """Write `articles` synthetic articles into the service database at `path` (created or migrated); counts."""
    rng = random.Random(seed)
    lex = lexicon(rng)
    db = open_database(path)
    db.execute(f"pragma cache_size = -{CACHE_KIB}")  # the indexes' pages stay in memory while rows go in at random
    totals = {"articles": 0, "claims": 0, "disputes": 0, "reviews": 0}
    ids = count(1)
    started = time.monotonic()
    while totals["articles"] < articles:
        batch = min(ARTICLES_PER_TRANSACTION, articles - totals["articles"])
        rows = {"articles": [], "claims": [], "disputes": [], "claim_reviews": []}
        for _ in range(batch):
            row, claims = article(rng, lex, next(ids))
            rows["articles"].append(row)
            rows["claims"].extend(storage.claim_row(row["id"], n, c, row["date"]) for n, c in enumerate(claims))
            rows["disputes"].extend(d for c in claims for d in storage.dispute_rows(row["id"], c, row["body"]))
            rows["claim_reviews"].extend(review_rows(rng, row["id"], claims, row["created_at"]))
        with storage.write_transaction(db):
            storage.insert_rows(db, "articles", rows["articles"])
            storage.insert_claim_rows(db, rows["claims"], rows["disputes"])
            storage.insert_rows(db, "claim_reviews", rows["claim_reviews"])
        totals = {"articles": totals["articles"] + batch, "claims": totals["claims"] + len(rows["claims"]),
                  "disputes": totals["disputes"] + len(rows["disputes"]),
                  "reviews": totals["reviews"] + len(rows["claim_reviews"])}
        progress(f"  {totals['articles']:,} articles, {totals['claims']:,} claims "
                 f"({time.monotonic() - started:.0f} s)")
    db.close()
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(build(args.out, args.articles, args.seed)))


if __name__ == "__main__":
    main()
