"""The project's own dispute corpus (tests/corpus/disputes): wire, British, broadcast, opinion, fact-check, legal,
political-row, sports, health-misinformation, police, diplomatic, election, business (a regulator's recall), science
(a contested study), workplace (a pay dispute), celebrity (a libel action), planning (a council's traffic figures), tech
(a data breach), explainer (a viral post answered), finance (a short seller's report), retraction (a
journal's retracted paper), tribunal (an employment tribunal) and liveblog (an election count) copy in which only the claims that take part in disputes are annotated (scope "disputes", ../shared/corpus/DISPUTES.md); dispute and denial precision and
recall over it."""
from functools import cache
from pathlib import Path

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
MIN_DISPUTE_PRECISION, MIN_DISPUTE_RECALL = 0.9, 0.7
MIN_DENIAL_PRECISION, MIN_DENIAL_RECALL = 0.9, 0.6


@cache
def _total() -> DisputeScore:
    return sum((dispute_score(article.claims, analyse(article.text).claims) for article in ARTICLES), DisputeScore(*[0] * 8))


def test_the_dispute_corpus_has_every_house_style():
    assert {article.name.split("-")[0] for article in ARTICLES} >= {
        "wire", "british", "broadcast", "opinion", "factcheck", "legal", "political", "sports", "health", "police", "diplomatic", "election",
        "business", "science", "workplace", "celebrity", "planning", "tech", "explainer", "finance", "retraction", "tribunal", "liveblog",
    }


def test_disputes_over_the_dispute_corpus():
    total = _total()
    assert total.disputes_right / total.disputes_predicted >= MIN_DISPUTE_PRECISION, total
    assert total.disputes_found / total.disputes_required >= MIN_DISPUTE_RECALL, total


def test_denials_over_the_dispute_corpus():
    total = _total()
    assert total.denials_right / total.denials_predicted >= MIN_DENIAL_PRECISION, total
    assert total.denials_found / total.denials_required >= MIN_DENIAL_RECALL, total
