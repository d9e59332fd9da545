"""The project's own dispute corpus (tests/corpus/disputes): wire, British, broadcast, opinion, fact-check, legal,
political-row, sports, health-misinformation, police, diplomatic, election, business (a regulator's recall), science
(a contested study), workplace (a pay dispute), celebrity (a libel action), planning (a council's traffic figures), tech
(a data breach), explainer (a viral post answered), finance (a short seller's report), retraction (a
journal's retracted paper), tribunal (an employment tribunal), liveblog (an election count), consumer (an airline disputing a
passenger's complaint), strike (a union and an operator trading figures) and referee (a manager accusing a referee of
lying), environment (a water company's spill figures) and housing (tenants and a landlord on mould) copy in which only the claims that take part in disputes are annotated (scope "disputes", ../shared/corpus/DISPUTES.md); dispute and denial precision and
recall over it."""
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

import pytest

from claims import analyse
from corpus_scoring import DisputeScore, dispute_score, gold_articles

CORPUS = Path(__file__).parent.parent / "corpus" / "disputes"
ARTICLES = gold_articles(CORPUS)
# Bars a little under the figures measured when the corpus was written (disputes P 1.0 R 0.82, denials P 1.0 R 0.7),
# and met again once the fact-check, legal, political and sports articles joined it (disputes P 0.91 R 0.77, denials
# P 0.92 R 0.75), and with the health, police, diplomatic and election articles (disputes P 0.92 R 0.76, denials P 0.92
# R 0.88; before the rules they called for, disputes P 0.94 R 0.69 and denials P 0.86 R 0.68), and with the business,
# science, doping and workplace articles (disputes P 0.97 R 0.75, denials P 0.93 R 0.80; before the rules they called
# for, disputes P 0.97 R 0.70 and denials P 0.92 R 0.73), and with the celebrity, planning, tech and explainer articles
# (disputes P 0.98 R 0.77, denials P 0.94 R 0.83; before the rules they called for, disputes P 0.97 R 0.71 and denials
# P 0.94 R 0.76), and with the finance, retraction, tribunal and live-blog articles (disputes P 0.97 R 0.72, denials
# P 0.95 R 0.76; before the rules they called for, disputes P 0.97 R 0.69 and denials P 0.93 R 0.72: their claims
# are often not found at all, "told an employment tribunal that", "put it to her that", a time opening a
# live-blog entry).
# Those four are held to a bar of their own, a little under what they scored alone (disputes P 1.0 R 0.42, denials
# P 1.0 R 0.31: 5 of 12 disputed claims, 4 of 13 denials; the others then scored disputes P 0.96 R 0.77, denials
# P 0.94 R 0.84), so that the earlier articles keep theirs and cannot lose recall unnoticed.
LATEST: Final = frozenset({"finance-short-seller-report", "retraction-barley-paper", "tribunal-warehouse-dismissal", "liveblog-count-night"})
# The consumer, strike and referee articles, written with their gold before they were scored, scored disputes P 0.83
# R 0.33 and denials P 0.86 R 0.33 (4 of 12 disputed claims, 4 of 12 denials); with the rules they called for ("questioned
# that explanation", "challenged the union's figures", a spokesman spelling out a denial, an account that relays
# words), disputes P 1.0 R 0.67 and denials P 0.89 R 0.5: their bar is a little under that. Their other misses are
# claims attributed to the wrong speaker ('"…," he said' after a denial told of another) and quotations joined.
NEWEST: Final = frozenset({"consumer-airline-refund", "strike-bus-drivers-offer", "referee-penalty-row"})
# The environment (a water company and swimmers trading spill figures) and housing (tenants, a landlord and a union on
# mould in a US metro-desk style) articles, written with their gold before they were scored, scored disputes P 1.0 R
# 0.4 and denials P 1.0 R 0.4 (4 of 10 disputed claims, 6 of 15 denials); with the rules they called for ("disputed
# her figures" answering the woman who gave them, "called that claim false", "countered that", "rejected the
# figures"), disputes P 1.0 R 0.6 and denials P 1.0 R 0.47: their bar is a little under that. Their other misses are
# counter-claims sharing no word with what they answer ("But Ruth Mayhew said …") and a spokesperson's words not
# read as the denier's ("Union organizer Luis Ortega" after the tenants union's denial).
UNSEEN: Final = frozenset({"environment-sewage-bay", "housing-mold-tenants"})


@dataclass(frozen=True)
class Bars:
    dispute_precision: float
    dispute_recall: float
    denial_precision: float
    denial_recall: float


BARS: Final = {
    "earlier": Bars(0.9, 0.75, 0.9, 0.6), "latest": Bars(0.85, 0.4, 0.85, 0.3), "newest": Bars(0.9, 0.6, 0.85, 0.45), "unseen": Bars(0.9, 0.5, 0.9, 0.4),
}
GROUPS: Final = {"latest": LATEST, "newest": NEWEST, "unseen": UNSEEN}


def _group(name: str) -> str:
    """The group whose bars the article is held to."""
    return next((group for group, names in GROUPS.items() if name in names), "earlier")


@cache
def _total(group: str) -> DisputeScore:
    articles = [article for article in ARTICLES if _group(article.name) == group]
    return sum((dispute_score(article.claims, analyse(article.text).claims) for article in articles), DisputeScore(*[0] * 8))


def test_the_dispute_corpus_has_every_house_style():
    assert {article.name.split("-")[0] for article in ARTICLES} >= {
        "wire", "british", "broadcast", "opinion", "factcheck", "legal", "political", "sports", "health", "police", "diplomatic", "election",
        "business", "science", "workplace", "celebrity", "planning", "tech", "explainer", "finance", "retraction", "tribunal", "liveblog",
        "consumer", "strike", "referee", "environment", "housing",
    }
    assert LATEST | NEWEST | UNSEEN <= {article.name for article in ARTICLES}


@pytest.mark.parametrize("group", BARS)
def test_disputes_over_the_dispute_corpus(group):
    total, bars = _total(group), BARS[group]
    assert total.disputes_right / total.disputes_predicted >= bars.dispute_precision, total
    assert total.disputes_found / total.disputes_required >= bars.dispute_recall, total


@pytest.mark.parametrize("group", BARS)
def test_denials_over_the_dispute_corpus(group):
    total, bars = _total(group), BARS[group]
    assert total.denials_right / total.denials_predicted >= bars.denial_precision, total
    assert total.denials_found / total.denials_required >= bars.denial_recall, total
