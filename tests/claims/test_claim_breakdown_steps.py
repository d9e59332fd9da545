"""Step definitions for the journalist's claim features (claim_breakdown, attribution_unseen, attribution_content,
who_is_speaking, single_quotes, unseen_house_styles,
wire_police_and_campaign_styles, court_calls_and_profiles, regional_and_investigative_styles,
schools_agencies_and_provincial_styles, briefings_parliaments_appeals_and_travel_styles,
tribunals_podcasts_and_state_politics_styles, match_reports_and_questioned_speakers): what a journalist checks on each claim."""
import re

from pytest_bdd import parsers, scenarios, then

from claim_lookup import describe, mention_of, mentions_word, points_at_content, quoted_words, spoken_by, text_at

scenarios(
    "journalist/claim_breakdown.feature",
    "journalist/attribution_unseen.feature",
    "journalist/attribution_content.feature",
    "journalist/who_is_speaking.feature",
    "journalist/single_quotes.feature",
    "journalist/unseen_house_styles.feature",
    "journalist/wire_police_and_campaign_styles.feature",
    "journalist/court_calls_and_profiles.feature",
    "journalist/regional_and_investigative_styles.feature",
    "journalist/schools_agencies_and_provincial_styles.feature",
    "journalist/briefings_parliaments_appeals_and_travel_styles.feature",
    "journalist/tribunals_podcasts_and_state_politics_styles.feature",
    "journalist/match_reports_and_questioned_speakers.feature",
)


def phrase_type(meanings: dict[str, str]):
    """A parse type that reads one of the journalist's phrases and gives the model's value for it."""

    def convert(phrase: str) -> str:
        return meanings[phrase]

    convert.pattern = "|".join(map(re.escape, meanings))
    return convert


PHRASES = {
    "Kind": phrase_type({"a direct quote": "direct", "reported speech": "indirect", "a partial quote": "mixed"}),
    "Attribution": phrase_type(
        {
            "named": "named",
            "identified by a pronoun": "pronoun",
            "an organisation": "organisation",
            "an anonymous source": "anonymous",
            "the publication itself": "unattributed",
        }
    ),
}


@then(parsers.parse("the claim is {kind:Kind}", extra_types=PHRASES))
def claim_kind(claim, kind):
    assert claim.kind == kind


@then(parsers.parse("the speaker is {attribution:Attribution}", extra_types=PHRASES))
def claim_attribution(claim, attribution):
    assert claim.attribution == attribution


@then(parsers.parse('the claim was read by the rule "{rule}"'))
def claim_rule(claim, rule):
    assert claim.rule == rule, claim


@then(parsers.parse('the quoted words are "{words}"'))
def claim_quote(claim, words):
    assert quoted_words(claim) == words


@then(parsers.parse('the reported words leave out "{words}"'))
def content_leaves_out(claim, words):
    assert words not in claim.content


@then(parsers.parse('the reporting cue is "{cue}"'))
def reporting_cue(claim, cue):
    assert mentions_word(claim.cue, cue), claim.cue


@then("the claim's span points at its words")
def span_points_at_content(article, claim):
    assert points_at_content(article, claim), claim


@then(parsers.parse('the speaker is mentioned as "{words}"'))
def speaker_mention(article, claim, words):
    assert mentions_word(mention_of(claim), words), claim.speaker
    assert text_at(article, claim.speaker.span) == claim.speaker.mention


@then(parsers.parse("the speaker's {part:w} mentions \"{words}\""))
def speaker_detail(claim, part, words):
    assert words in (getattr(claim.speaker, part) or ""), claim.speaker


@then(parsers.parse('the claim is reported within the claim by "{speaker}"'))
def nested_in(analysis, claim, speaker):
    outer = {c.id: c for c in analysis.claims}.get(claim.nested_in)
    assert outer is not None and spoken_by(outer, speaker), describe(analysis)


@then(parsers.parse('the claim is disputed by "{disputer}"'))
def disputed_by(claim, disputer):
    assert claim.disputed
    assert [d for d in claim.disputes if mentions_word(d.by, disputer) or mentions_word(d.mention, disputer)], claim.disputes


@then("the claim is not disputed")
def not_disputed(claim):
    assert not claim.disputed, claim.disputes


@then("the claim is a denial")
def denial(claim):
    assert claim.stance == "denial"


@then(parsers.parse('"{speaker}" is reported as saying nothing'))
def says_nothing(analysis, speaker):
    assert not [c for c in analysis.claims if spoken_by(c, speaker)], describe(analysis)


@then(parsers.parse('"{speaker}" is reported as saying nothing about "{words}"'))
def says_nothing_about(analysis, speaker, words):
    assert not [c for c in analysis.claims if spoken_by(c, speaker) and words in c.content], describe(analysis)


@then(parsers.parse("the publication's own statements are \"{words}\""))
def own_statements(analysis, words):
    assert [s.content for s in analysis.statements] == [words]
    assert all(s.attribution == "unattributed" for s in analysis.statements)


@then(parsers.parse('"{publisher}" makes the publication\'s own statements'))
def statements_by(analysis, publisher):
    assert {s.speaker.name for s in analysis.statements} == {publisher}


@then(parsers.parse('the byline names "{first}" and "{second}"'))
def byline(analysis, first, second):
    assert analysis.byline == [first, second]


@then(parsers.parse('the publisher is "{publisher}"'))
def publisher(analysis, publisher):
    assert analysis.publisher == publisher


@then(parsers.parse("the article has at least {count:d} claims"))
def at_least(analysis, count):
    assert len(analysis.claims) >= count, describe(analysis)


@then(parsers.parse("the article has exactly {count:d} claim"))
def exactly(analysis, count):
    assert len(analysis.claims) == count, describe(analysis)


@then("every claim points at its words in the article")
def every_span_points_at_content(article, analysis):
    misplaced = [c.id for c in analysis.claims if not points_at_content(article, c)]
    assert not misplaced, describe(analysis)


@then("every speaker is found where the article mentions them")
def every_speaker_span(article, analysis):
    speakers = [c.speaker for c in analysis.claims if c.speaker and c.speaker.span]
    assert [text_at(article, s.span) for s in speakers] == [s.mention for s in speakers]
