"""Retracted claims: the article telling that a claim was taken back is the publication disputing it."""
import pytest

from claim_lookup import describe, find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, words, speaker, cue",
    [
        ("Tom Reyes said at a rally that the harbour had been sold, before reversing himself.", "the harbour had been sold", "Tom Reyes",
         "before reversing himself"),
        ("Lena Vogt said the ferry would stop in May. She later retracted the claim.", "the ferry would stop in May", "Lena Vogt",
         "She later retracted the claim"),
        ("Lena Vogt said the ferry would stop in May. Vogt has since walked back that remark.", "the ferry would stop in May", "Lena Vogt",
         "Vogt has since walked back that remark"),
        ("The Valley Post reported that the mayor had resigned. The report was later corrected.", "the mayor had resigned", "Valley Post",
         "The report was later corrected"),
        # "It" stands for a body or an organisation.
        ("The harbour board's press office said the ferry would stop in May. It later walked back that statement.",
         "the ferry would stop in May", "The harbour board's press office", "It later walked back that statement"),
        ("Nordvik Ferries said the ferry would stop in May. It later withdrew the claim.", "the ferry would stop in May", "Nordvik Ferries",
         "It later withdrew the claim"),
    ],
)
def test_a_claim_the_article_tells_was_taken_back_is_disputed_by_the_publication(text, words, speaker, cue):
    claim = find_claim(analyse(text), words, speaker)
    assert [(d.mention, d.cue, d.rule) for d in claim.disputes] == [("the publication", cue, "retracted-claim")]


@pytest.mark.parametrize(
    "text",
    [
        # Correcting someone else is no retraction.
        "Ola Berg said the bridge was safe. He corrected the reporter on the date.",
        # Another party taking back their own words leaves this claim alone.
        "Ola Berg said the bridge was safe. Vogt later retracted her statement.",
        # "It" never stands for a person, whether or not their first name is a known one, nor for a surname alone.
        "Ola Berg said the bridge was safe. It later withdrew the claim.",
        "Siobhán Ní Bhriain said the bridge was safe. It later withdrew the claim.",
        "Oisín Mac Giolla said the bridge was safe. It later withdrew the claim.",
    ],
)
def test_correcting_another_or_another_party_retracting_disputes_nothing(text):
    analysis = analyse(text)
    assert not find_claim(analysis, "the bridge was safe").disputes, describe(analysis)
