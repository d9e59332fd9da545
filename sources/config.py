"""Matching thresholds, as configuration with documented defaults (scores are rapidfuzz's 0-100)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class MatchConfig:
    """How sure a match must be before we report it.

    speaker_cutoff      a speaker matches a source at this score or above (similarity of the speaker's name
                        or mention to the source's names, aliases and role phrases, word order aside).
    subset_weight       a name whose words are all found in the other ("Ishiba" in "Shigeru Ishiba") scores
                        this share of their similarity, so the fuller match always ranks first.
    ambiguity_margin    sources scoring within this of the best one are all contenders; the article's
                        context (first name, title, affiliation) must tell them apart, else the claim
                        returns them as candidates rather than a guess.
    context_margin      how much better (0-1 share of context words found) the best contender's context
                        must be than the next one's to pick it.
    max_contenders      at most this many sources within the margin (best first) are weighed by context.
    max_candidates      at most this many candidates for an ambiguous speaker.
    prefilter_limit     at most this many aliases are scored per lookup, taken from the rarest words of
                        the query, so a lookup never scans the whole registry.
    typo_cutoff         a query word unknown to the registry stands for registry words this similar
                        (Levenshtein ratio), of the same first letter and about the same length.
    altered_cutoff      quoted words this close to a statement (partial ratio), but not exact, are altered.
    paraphrase_cutoff   a claim is a paraphrase of a statement holding at least this share (%) of the claim's
                        meaningful words (not function words; inflections allowed); quoted words holding
                        this share, but not exact, are altered too.
    min_content_words   a claim with fewer meaningful words than this is nobody's paraphrase.
    min_quote_words     shorter quotes prove nothing alone: they count only with the claim's content.
    """

    speaker_cutoff: float = 86.0
    subset_weight: float = 0.9
    ambiguity_margin: float = 6.0
    context_margin: float = 0.25
    max_contenders: int = 50
    max_candidates: int = 5
    prefilter_limit: int = 300
    typo_cutoff: float = 80.0
    altered_cutoff: float = 85.0
    paraphrase_cutoff: float = 75.0
    min_content_words: int = 2
    min_quote_words: int = 3


DEFAULT_CONFIG = MatchConfig()
