"""The project's own style corpus (tests/corpus): British, wire, broadcast, sports, business and opinion copy;
council, US court, science, tech, live-blog, Indian, obituary and Q&A interview copy; magazine-feature,
wire-agency, parliamentary, Sunday-show, health-explainer and press-release copy; copy quoting in single marks
(British, New Zealand and Australian); crime reports, social-media rows, state media relayed, campaign trails,
economic forecasts and press conferences; court filings, earnings calls, present-tense profiles, showbiz copy and
interviews given through an interpreter; disaster updates, Australian politics, investigations built on documents
and unnamed sources, scientific controversies and Scottish regional papers; school stories naming pupils and
parents by first name, aid agency reports, analysts' notes and Ontario legislature copy; defence briefings, Dáil
reports, appeal court rulings with a dissent and travel features quoting locals; court sketches with
cross-examination, podcast write-ups and Nigerian state politics pages; with hand annotations;
attributed F1 over it, and what every direct quotation in it must be."""
from dataclasses import replace
from pathlib import Path

import pytest

from claims import Speaker, analyse
from corpus_scoring import Score, gold_articles, score
from quote_checks import across, marks_inside, unbounded, with_double_marks

CORPUS = Path(__file__).parent.parent / "corpus"
ARTICLES = gold_articles(CORPUS)
MIN_F1 = 0.90


def test_the_corpus_has_every_house_style():
    assert len(ARTICLES) >= 50


def test_attributed_f1_over_the_corpus():
    total = sum((score(article.claims, analyse(article.text).claims) for article in ARTICLES), Score(0, 0, 0, 0))
    assert total.f1 >= MIN_F1, total


QUOTING = [a for a in ARTICLES if any(g["kind"] == "direct" and not g.get("optional") for g in a.claims)]


@pytest.mark.parametrize("article", QUOTING, ids=lambda article: article.name)
def test_direct_quotations_hold_quoted_words_of_one_speaker(article):
    direct = [claim for claim in analyse(article.text).claims if claim.kind == "direct"]
    assert direct
    text = with_double_marks(article.text)
    for claim in direct:
        assert not marks_inside(text, claim), claim
        assert not unbounded(text, claim), claim
        assert not across(text, claim), claim


@pytest.mark.parametrize(
    "text, wrong",
    [
        ('"We are ready," Ms Patel said. The club has lost four of its last five games in the league this season. "We will win."\n', "narrative"),
        ('"We are ready," Ms Patel said. "Are you?" Mr Hall asked. "We will win."\n', "another speaker"),
    ],
)
def test_the_checks_catch_a_quotation_glued_across(text, wrong):
    """The checks can fail: a claim made by hand that glues the first and last quotations is caught."""
    claim = next(c for c in analyse(text).claims if c.kind == "direct")
    last = text.rindex("We will win.")
    glued = replace(claim, segments=[claim.segments[0], (last, last + len("We will win."))])
    assert across(text, glued), wrong
    assert not across(text, claim)


def test_a_claim_with_the_wrong_speaker_scores_nothing():
    article = ARTICLES[0]
    claims = analyse(article.text).claims
    for claim in claims:
        claim.speaker = Speaker("someone", None, "Someone Else")
    assert score(article.claims, claims).found == 0
