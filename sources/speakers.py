"""Speaker -> source: a claim's speaker matched against the registry's names, aliases and role phrases."""
from collections import defaultdict
from dataclasses import dataclass, field

from claims.model import Claim
from sources.config import MatchConfig
from sources.index import NameHit, RegistryIndex, lookup_key

# Nobody in a registry is "sources familiar with the matter", nor the publication itself.
UNMATCHED_ATTRIBUTIONS = frozenset({"anonymous", "unattributed"})
# Words of a title or affiliation that say nothing about who someone is.
CONTEXT_STOPWORDS = frozenset({"of", "and", "for", "in", "at", "on", "to", "s", "its", "his", "her", "their"})


@dataclass
class SourceMatch:
    """A registry source a speaker matched: its id and name, the score, and the name or alias that matched."""

    id: str
    name: str
    score: float
    alias: str
    via: str  # "name", "alias" or "role"


@dataclass
class SpeakerMatch:
    """The source a speaker is, or the candidates when the article does not tell them apart."""

    source: SourceMatch | None = None
    candidates: list[SourceMatch] = field(default_factory=list)


def match_speaker(claim: Claim, index: RegistryIndex, config: MatchConfig, as_of: str | None = None) -> SpeakerMatch:
    """Match the claim's speaker (name, and mention unless a pronoun) to a source.

    A source's score is the mean of its best score for each of those, so that a name and a role
    phrase must agree. Sources within `ambiguity_margin` of the best are told apart by the speaker's
    title and affiliation; when they cannot be, they are returned as candidates.
    """
    queries = speaker_queries(claim)
    if not queries:
        return SpeakerMatch()
    matches = _score_sources(queries, index, config, as_of)
    best = max((match.score for match in matches), default=0.0)
    contenders = [match for match in matches if match.score >= max(best - config.ambiguity_margin, config.speaker_cutoff)]
    if len(contenders) <= 1:
        return SpeakerMatch(source=contenders[0] if contenders else None)
    return _choose_by_context(contenders, context_words(claim), index, config)


def speaker_queries(claim: Claim) -> list[str]:
    """The lookup keys naming the claim's speaker: its name, and its mention unless that is a pronoun."""
    speaker = claim.speaker
    if speaker is None or claim.attribution in UNMATCHED_ATTRIBUTIONS:
        return []
    texts = [speaker.name] if claim.attribution == "pronoun" else [speaker.name, speaker.mention]
    return list(dict.fromkeys(key for text in texts if text and (key := lookup_key(text))))


def context_words(claim: Claim) -> set[str]:
    """The speaker's title and affiliation as lookup words: what may tell namesakes apart."""
    text = " ".join(filter(None, (claim.speaker.title, claim.speaker.affiliation)))
    return set(lookup_key(text).split()) - CONTEXT_STOPWORDS


def _score_sources(queries: list[str], index: RegistryIndex, config: MatchConfig, as_of: str | None) -> list[SourceMatch]:
    best_hits: dict[int, list[NameHit]] = defaultdict(list)
    for query in queries:
        for source, hit in _best_hit_per_source(index.find_names(query, config), as_of).items():
            best_hits[source].append(hit)
    matches = []
    for source, hits in best_hits.items():
        top = max(hits, key=lambda hit: hit.score)
        indexed = index.sources[source]
        score = round(sum(hit.score for hit in hits) / len(queries), 1)
        matches.append(SourceMatch(indexed.id, indexed.name, score, top.entry.text, top.entry.via))
    return sorted(matches, key=lambda match: -match.score)


def _best_hit_per_source(hits: list[NameHit], as_of: str | None) -> dict[int, NameHit]:
    best = {}
    for hit in hits:
        role = hit.entry.role
        if role is not None and not role.active_on(as_of):
            continue
        if hit.entry.source not in best or hit.score > best[hit.entry.source].score:
            best[hit.entry.source] = hit
    return best


def _choose_by_context(contenders: list[SourceMatch], context: set[str], index: RegistryIndex,
                       config: MatchConfig) -> SpeakerMatch:
    def share(match: SourceMatch) -> float:
        profile = set(index.sources[index.source_by_id[match.id]].profile.split())
        return len(context & profile) / len(context) if context else 0.0

    ranked = sorted(contenders, key=lambda match: (-share(match), -match.score))
    if share(ranked[0]) - share(ranked[1]) >= config.context_margin:
        return SpeakerMatch(source=ranked[0])
    return SpeakerMatch(candidates=ranked[: config.max_candidates])
