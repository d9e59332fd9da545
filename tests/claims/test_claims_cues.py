"""Reporting cues: the verbs and phrases that attribute a claim, the claim's kind, and what is not a claim."""
import pytest

from claim_lookup import describe, find_claim, mention_of, mentions_word, quoted_words, text_at
from claims import analyse


@pytest.mark.parametrize(
    "text, cue, words",
    [
        ("Ada Novak told reporters the pier would reopen in May.", "told", "the pier would reopen in May"),
        ("Ada Novak told the committee that the pier would reopen in May.", "told", "the pier would reopen in May"),
        ("The pier would reopen in May, Ada Novak added.", "added", "pier would reopen in May"),
        ("Ada Novak wrote on social media that the pier would reopen in May.", "wrote", "the pier would reopen in May"),
        ("Ada Novak stated that the pier would reopen in May.", "stated", "the pier would reopen in May"),
        ("Ada Novak noted that the pier had reopened twice before.", "noted", "the pier had reopened twice before"),
        ("Ada Novak warned that the pier would not reopen before May.", "warned", "the pier would not reopen before May"),
        ("Ada Novak insisted the pier would reopen in May.", "insisted", "the pier would reopen in May"),
        ("Ada Novak argued that the pier should reopen in May.", "argued", "the pier should reopen in May"),
        ("Ada Novak denied that the pier had been sold.", "denied", "the pier had been sold"),
        ("Ada Novak disputed that the pier had been sold.", "disputed", "the pier had been sold"),
        ("According to Ada Novak, the pier will reopen in May.", "according to", "the pier will reopen in May"),
        ("The pier will reopen in May, according to Ada Novak.", "according to", "pier will reopen in May"),
        ("Ada Novak complained about the delay, saying the pier should have reopened in March.", "saying", "the pier should have reopened in March"),
        ("Ada Novak lambasted the council for what she said was a 40% rise in mooring fees.", "said", "a 40% rise in mooring fees"),
    ],
)
def test_reporting_cues_attribute_the_claim_and_stay_out_of_its_content(text, cue, words):
    claim = find_claim(analyse(text), words, "Ada Novak")
    assert mentions_word(claim.cue, cue)
    assert cue.lower() in text_at(text, claim.cue_span).lower()
    assert cue not in claim.content.lower() and "Novak" not in claim.content


@pytest.mark.parametrize(
    "text, words, kind, quote",
    [
        ('"The pier will reopen in May," said Ada Novak.', "The pier will reopen in May", "direct", "The pier will reopen in May"),
        ("Ada Novak said the pier would reopen in May.", "the pier would reopen in May", "indirect", None),
        ('Ada Novak said the pier would reopen in "late spring at the earliest".', "the pier would reopen in", "mixed", "late spring at the earliest"),
        ("Ada Novak said the repairs were “long overdue” and would start in May.", "the repairs were", "mixed", "long overdue"),
    ],
)
def test_a_claim_is_direct_indirect_or_mixed(text, words, kind, quote):
    claim = find_claim(analyse(text), words, "Ada Novak")
    assert claim.kind == kind
    assert quoted_words(claim) == quote


def test_two_reported_clauses_joined_by_and_that_are_one_claim_in_two_parts():
    text = "Ada Novak said the pier would reopen in May and that mooring fees would not rise."
    analysis = analyse(text)
    claim = find_claim(analysis, "the pier would reopen in May", "Ada Novak")
    assert [text_at(text, part) for part in claim.segments] == ["the pier would reopen in May", "mooring fees would not rise"]
    assert len(analysis.claims) == 1


def test_and_that_inside_a_quotation_or_after_another_cue_starts_no_part():
    text = 'Ada Novak dismissed the idea that the pier was unsafe, saying that if she "found a crack and that nobody had fixed it, I would close it myself."'
    analysis = analyse(text)
    assert find_claim(analysis, "the pier was unsafe", "Ada Novak").content == "the pier was unsafe"
    assert find_claim(analysis, "found a crack", "Ada Novak").content == 'if she "found a crack and that nobody had fixed it, I would close it myself."'


def test_a_relative_clause_attribution_is_a_claim_of_its_own():
    analysis = analyse("Mooring fees, which the council has said boat owners avoid paying, were not discussed, Ada Novak said.")
    assert mentions_word(mention_of(find_claim(analysis, "boat owners avoid paying")), "council")
    find_claim(analysis, "were not discussed", "Ada Novak")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Novak declined to comment.",
        "Ada Novak declined to comment on the sale of the pier.",
        "A council spokesman declined to comment when asked about the pier.",
        "Ada Novak did not immediately respond to a request for comment.",
    ],
)
def test_declining_to_comment_is_not_a_claim(text):
    assert analyse(text).claims == []


@pytest.mark.parametrize(
    "text",
    [
        "Her opening remarks drew applause from the delegates.",
        "The theatre staged a play called “The Long Winter” last year.",
        "The tax claim was discussed at length by the committee.",
        "The fuel claim made by ministers is hard to defend.",
        "A report by the auditors found twelve errors in the accounts.",
        "People accused of plotting the attack were released on bail.",
        "Many reports of the collapse reached the harbour office within the hour.",
        "Some claims about the bridge circulated widely among the fishermen.",
        "The mayor repeated his baseless claim the budget was balanced.",  # a falsity word makes "claim" a noun
        "The ferry company seized on tweet from a sailor that the pier had flooded.",  # a preposition makes "tweet" a noun
        "The council will publish a history of the pier written by the harbour master.",  # a participle with its agent
        "The harbour master added another task to her job this year: dredging the channel.",  # "add" as "increase"
        "Ms Lee holds a clear lead in pledged delegates after the spring primaries.",  # a participle after a preposition
    ],
)
def test_nouns_that_look_like_cues_make_no_claim(text):
    assert not analyse(text).claims


@pytest.mark.parametrize(
    "text",
    [
        "The harbour fund paid a company called Tidewater Marine for the new timber.",
        "A new group called Friends of the Pier will meet on Friday.",
        'The council sold the boathouse to a club called "The Oarsmen" last year.',
    ],
)
def test_a_thing_called_by_its_name_is_no_speaker(text):
    assert not analyse(text).claims


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ('The pilots called Ada Novak "the best harbour master we ever had."', "The pilots", "the best harbour master"),
        ("The harbour pilots called Novak a hero.", "The harbour pilots", "Novak a hero"),
    ],
)
def test_calling_someone_something_is_a_claim(text, speaker, words):
    assert find_claim(analyse(text), words, speaker)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ada Novak rejected claims she had sold the pier.", "she had sold the pier"),
        ("Ada Novak denied reports that the pier had been sold.", "the pier had been sold"),
    ],
)
def test_a_noun_after_a_cue_is_its_object_not_a_cue(text, words):
    claims = analyse(text).claims
    assert words in find_claim(analyse(text), words, "Ada Novak").content
    assert not [c for c in claims if c.cue in ("claims", "reports")]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Harbour reports reveal that the pier was sold twice.", "Harbour reports", "the pier was sold twice"),
        ("Ada Novak noted reports say the pier was sold twice.", "Ada Novak", "reports say the pier was sold twice"),
    ],
)
def test_a_plural_noun_that_looks_like_a_cue_is_the_subject_of_the_cue_after_it(text, speaker, content):
    (claim,) = analyse(text).claims
    assert (claim.speaker.name, claim.content) == (speaker, content)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Later that night, after the interview with Lee concluded, Reyes said the report was wrong.", "Reyes", "the report was wrong"),
        ("The hearing will resume when the inquiry concludes, officials said.", "officials", "The hearing will resume when the inquiry concludes"),
    ],
)
def test_a_verb_that_means_end_in_a_clause_of_time_is_no_cue(text, speaker, content):
    analysis = analyse(text)
    assert [(c.speaker.name, c.content) for c in analysis.claims] == [(speaker, content)], describe(analysis)


def test_concluded_with_its_content_is_a_cue():
    analysis = analyse('"The pier is unsafe," the inquiry concluded.')
    assert find_claim(analysis, "The pier is unsafe", "the inquiry").cue == "concluded", describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ('"Will the pier reopen?" a harbour worker wondered.', "a harbour worker", "Will the pier reopen?"),
        ('"The council has failed the town," reads an editorial in the Harbour Gazette.', "Harbour Gazette", "The council has failed the town,"),
        ("Tom Reyes did note that the pier was safe.", "Tom Reyes", "the pier was safe"),
        ("Lena Vogt has since said she would stand again.", "Lena Vogt", "she would stand again"),
        ("Glenn Barr, who has in the past described the mayor as a fraud, spoke on Monday.", "Glenn Barr", "the mayor as a fraud"),
        ("Asked if he would resign, the mayor said no.", "the mayor", "no"),
        ("Mayor Ines Duarte called on the council to reopen the pier.", "Ines Duarte", "the council to reopen the pier"),
        # The source reports the whole attribution before it: who said the quotation, and the quotation.
        ('"The pier will close," Lena Vogt said, according to the Harbour Gazette.', "the Harbour Gazette", '"The pier will close," Lena Vogt said'),
        # "as reported by S" names its source as "according to S" does, before or after the content.
        ("As reported by the Harbour Gazette, the pier has been closed since May.", "the Harbour Gazette", "the pier has been closed since May"),
        ("The board sold the ferry, as first reported by the Harbour Gazette.", "the Harbour Gazette", "The board sold the ferry"),
        # An adverb of manner, "as S said", an infinitive of saying, a place before the comma and the quotation.
        ('Tom Reyes replied evenly, "The pier is safe."', "Tom Reyes", "The pier is safe."),
        ("The pier is safe, Tom Reyes said quietly.", "Tom Reyes", "The pier is safe"),
        ("The pier will close, as Tom Reyes noted in the Gazette.", "Tom Reyes", "The pier will close"),
        ("The ferry stopped running in 2014, the Harbour Gazette reported in May.", "Harbour Gazette", "The ferry stopped running in 2014"),
        ('As Tom Reyes put it, "the pier is finished."', "Tom Reyes", "the pier is finished."),
        ("The pier is finished, as one trader puts it.", "one trader", "The pier is finished"),
        ("The pier will close, as the Harbour Gazette reported on Monday.", "Harbour Gazette", "The pier will close"),
        ("The ruling prompted Tom Reyes to say that the board would appeal.", "Tom Reyes", "the board would appeal"),
        ('Lena Vogt went on the radio to declare: "The pier is safe."', "Lena Vogt", "The pier is safe."),
        ("Lena Vogt held the seat.\n\nThe strong result led her to declare that the race was over.", "Lena Vogt", "the race was over"),
        ('Tom Reyes, who declared in the council chamber, "It is time to unite."', "Tom Reyes", "It is time to unite."),
    ],
)
def test_more_ways_of_reporting_speech(text, speaker, content):
    analysis = analyse(text)
    assert find_claim(analysis, content, speaker).content == content, describe(analysis)


@pytest.mark.parametrize("text", ["Lena Vogt read the report on the train.", "The mayor echoed the mood of the crowd."])
def test_reading_and_echoing_a_thing_are_no_claims(text):
    assert analyse(text).claims == [], describe(analyse(text))


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ('Lena Vogt blasted the board for its "reckless" harbour plan.', "Lena Vogt", '"reckless" harbour plan'),
        ('The mayor hailed the ferry deal as "a new dawn for the town".', "The mayor", "a new dawn for the town"),
        ('Tom Reyes, praising "the courage of the crews," promised a medal for each of them.', "Tom Reyes", "the courage of the crews"),
    ],
)
def test_praise_or_blame_that_quotes_words_reports_them(text, speaker, words):
    analysis = analyse(text)
    assert find_claim(analysis, words, speaker).cue in text, describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Vogt praised the lifeboat crews on Monday.",
        "The council blamed the storm for the damage to the pier.",
        'The mayor thanked the crews. "We owe them everything," she said later.',
    ],
)
def test_praise_or_blame_without_quoted_words_is_no_claim(text):
    analysis = analyse(text)
    assert not [c for c in analysis.claims if c.cue in ("praised", "blamed", "thanked")], describe(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes declined to say that the pier was safe.",
        "Lena Vogt did not want to say that the pier was safe.",
        'Tom Reyes will use the money to counter "the mayor\'s anti-ferry rhetoric."',
    ],
)
def test_an_infinitive_refused_negated_or_with_a_quoted_object_reports_nothing(text):
    assert analyse(text).claims == [], describe(analyse(text))


@pytest.mark.parametrize(
    "text", ["The town cheered, as the band announced a concert.", "Prices fell, as shoppers responded to the new tolls.", "Tom Reyes put it on the table."]
)
def test_as_before_an_event_or_put_it_without_as_attributes_nothing(text):
    assert analyse(text).claims == [], describe(analyse(text))


@pytest.mark.parametrize(
    "text, words, mention",
    [
        ("Fares have doubled, which critics say will drive visitors away.", "will drive visitors away", "critics"),
        ("It is the kind of ferry that Ada Novak says is the future of the coast.", "is the future of the coast", "Ada Novak"),
        ("The hackers, who officials say are tied to a rival firm, took the files.", "are tied to a rival firm", "officials"),
    ],
)
def test_the_verb_of_a_relative_clause_with_its_own_subject_is_a_cue(text, words, mention):
    claim = find_claim(analyse(text), words)
    assert mentions_word(mention_of(claim), mention)
    assert mention not in claim.content


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ada Novak went on to say that the pier was safe.", "the pier was safe"),
        ("Ada Novak continues to insist that the pier is safe.", "the pier is safe"),
        ("Ada Novak was quick to point out that the pier had reopened twice before.", "the pier had reopened twice before"),
    ],
)
def test_an_infinitive_by_which_the_speaker_goes_on_speaking_is_a_cue(text, words):
    assert find_claim(analyse(text), words, "Ada Novak").content == words


@pytest.mark.parametrize("text", ["Ada Novak refused to say whether the pier was safe.", "Ada Novak wants to tell the council about the pier."])
def test_an_infinitive_after_a_refusal_or_an_intention_is_no_claim(text):
    assert analyse(text).claims == [], describe(analyse(text))


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ada Novak said this is the last season of the ferry.", "this is the last season of the ferry"),
        ("Ada Novak said today was the busiest day of the year.", "today was the busiest day of the year"),
    ],
)
def test_a_time_word_that_opens_a_clause_starts_the_content(text, words):
    assert find_claim(analyse(text), words, "Ada Novak").content == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ada Novak tweeted a photo of the flooded pier.", "a photo of the flooded pier"),
        ("Ada Novak confirmed the closure of the pier.", "the closure of the pier"),
        ("The ferry company reported its smallest profit in a decade.", "its smallest profit in a decade"),
    ],
)
def test_what_a_speaker_tweets_confirms_or_reported_is_the_content(text, words):
    assert find_claim(analyse(text), words).content == words


def test_a_report_as_a_noun_reports_nothing():
    analysis = analyse("The October jobs report exceeded expectations.")
    assert analysis.claims == [], describe(analysis)


def test_a_participle_after_a_quotation_sentence_takes_the_words_after_it():
    text = 'Ada Novak praised the crew for "keeping the pier safe." And then Ada Novak went on the attack, saying, "Where was the council?"'
    analysis = analyse(text)
    assert find_claim(analysis, "Where was the council?", "Ada Novak").rule == "speaker-saying"
    assert not [claim for claim in analysis.claims if "keeping the pier safe" in claim.content and claim.cue == "saying"], describe(analysis)


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("The council welcomed Lena Vogt's promise to reopen the pier by May.", "Lena Vogt", "to reopen the pier by May"),
        ("Lena Vogt toured the pier. The crews doubted her claim that the pier was safe.", "Lena Vogt", "the pier was safe"),
    ],
)
def test_a_reporting_noun_after_its_possessor_is_the_possessors_claim(text, speaker, words):
    claim = find_claim(analyse(text), words, speaker)
    assert claim.rule == "speech-noun"


@pytest.mark.parametrize(
    "text",
    [
        "Lena Vogt's claims have been debunked.",
        "Harbour Gazette is staking its claim for a bigger share of readers.",
        "Lena Vogt's promise to the voters was broken.",
        "Voters remember her promise to voters in the north.",
    ],
)
def test_a_reporting_noun_without_what_was_said_makes_no_claim(text):
    assert analyse(text).claims == [], describe(analyse(text))


@pytest.mark.parametrize(
    "text, words",
    [
        ("Lena Vogt won the vote by promising to reopen the pier.", "to reopen the pier"),
        ("The plan is backed by Lena Vogt, who has pledged to visit every harbour.", "to visit every harbour"),
    ],
)
def test_an_infinitive_is_what_a_promise_away_from_its_speaker_promised(text, words):
    assert find_claim(analyse(text), words, "Lena Vogt").content == words
