"""Scoring claims against hand annotations in the shared gold format (../shared/corpus/README.md), written for
the project's tests: a prediction covers a gold claim when it holds at least 60% of the gold content's words
and at least 30% of its own words are the gold content's; it is right when a speaker key is a whole word of
its speaker's name or mention. Disputes and denials are counted as ../shared/tools/score_claims.py counts them."""
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from claims import Claim

WORD = re.compile(r"[a-z0-9%]+(?:['.][a-z0-9]+)*")
GOLD_RECALL = 0.6
OWN_PRECISION = 0.3


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    claims: list[dict]


def gold_articles(folder: Path) -> list[GoldArticle]:
    """Every NAME.txt with its NAME.gold.json in the folder."""
    return [
        GoldArticle(gold.name.removesuffix(".gold.json"), (folder / json.loads(gold.read_text())["article"]).read_text(encoding="utf-8"),
                    json.loads(gold.read_text(encoding="utf-8"))["claims"])
        for gold in sorted(folder.glob("*.gold.json"))
    ]


def words(text: str) -> Counter:
    return Counter(WORD.findall(text.lower().replace("’", "'")))


def covers(gold: dict, claim: Claim) -> bool:
    expected, found = words(gold["content"]), words(claim.content)
    common = sum((expected & found).values())
    return bool(expected and found) and common / sum(expected.values()) >= GOLD_RECALL and common / sum(found.values()) >= OWN_PRECISION


def right_speaker(gold: dict, claim: Claim) -> bool:
    said_by = f"{claim.speaker.name} {claim.speaker.mention}".lower().replace("’", "'") if claim.speaker else ""
    return any(re.search(rf"(?<![a-z0-9]){re.escape(key.lower())}(?![a-z0-9])", said_by) for key in gold["speaker_keys"])


@dataclass(frozen=True)
class Score:
    """Attributed hits over the predictions (precision) and over the required gold claims (recall)."""

    right_predictions: int
    predictions: int
    found: int
    required: int

    def __add__(self, other: "Score") -> "Score":
        return Score(*(a + b for a, b in zip(vars(self).values(), vars(other).values())))

    @property
    def f1(self) -> float:
        precision, recall = self.right_predictions / self.predictions, self.found / self.required
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: list[dict], claims: list[Claim]) -> Score:
    """The attributed score of one article's claims; a prediction matching an optional gold claim is not counted."""
    def matches(g, c):
        return covers(g, c) and right_speaker(g, c)

    scored = [c for c in claims if not any(g.get("optional") and matches(g, c) for g in gold)]
    required = [g for g in gold if not g.get("optional")]
    return Score(
        sum(any(matches(g, c) for g in required) for c in scored), len(scored),
        sum(any(matches(g, c) for c in claims) for g in required), len(required),
    )


@dataclass(frozen=True)
class DisputeScore:
    """Disputed claims and denials found (over the required gold ones) and predicted right (over all predicted)."""

    disputes_found: int
    disputes_required: int
    disputes_right: int
    disputes_predicted: int
    denials_found: int
    denials_required: int
    denials_right: int
    denials_predicted: int

    def __add__(self, other: "DisputeScore") -> "DisputeScore":
        return DisputeScore(*(a + b for a, b in zip(vars(self).values(), vars(other).values())))


def dispute_score(gold: list[dict], claims: list[Claim]) -> DisputeScore:
    """The dispute and denial counts of one article: a gold claim is found by a right-speaker prediction that is
    disputed (a denial); a disputed prediction (a denial) is right when it matches a gold claim that may be one."""
    def matches(g, c):
        return covers(g, c) and right_speaker(g, c)

    required = [g for g in gold if not g.get("optional")]
    disputed, denials = [g for g in required if g.get("disputed") is True], [g for g in required if g.get("stance") == "denial"]
    predicted_disputed, predicted_denials = [c for c in claims if c.disputed], [c for c in claims if c.stance == "denial"]
    return DisputeScore(
        sum(any(c.disputed and matches(g, c) for c in claims) for g in disputed), len(disputed),
        sum(any(g.get("disputed") is not False and matches(g, c) for g in gold) for c in predicted_disputed), len(predicted_disputed),
        sum(any(c.stance == "denial" and matches(g, c) for c in claims) for g in denials), len(denials),
        sum(any(g.get("stance") == "denial" and matches(g, c) for g in gold) for c in predicted_denials), len(predicted_denials),
    )
