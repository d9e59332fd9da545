"""Speaker -> source: a claim's speaker matched against the registry's names, aliases and role phrases."""
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from claims.model import Claim
from sources.config import MatchConfig
from sources.index import VIAS, RegistryIndex, lookup_key
from sources.model import held_on

# Nobody in a registry is "sources familiar with the matter", nor the publication itself.
UNMATCHED_ATTRIBUTIONS = frozenset({"anonymous", "unattributed"})
# Words of a title or affiliation that say nothing about who someone is.
CONTEXT_STOPWORDS = frozenset({"of", "and", "for", "in", "at", "on", "to", "s", "its", "his", "her", "their"})
# Speakers whose lookups are remembered (`lookup_of`): articles quote the same people, named the same ways.
REMEMBERED_LOOKUPS = 1 << 14


class SpeakerNames(NamedTuple):
    """How an article names a claim's speaker: all that their lookup reads of them."""

    name: str | None
    mention: str | None
    title: str | None
    affiliation: str | None


@dataclass(frozen=True)
class SourceMatch:
    """A registry source a speaker matched: its id and name, the score, and the name or alias that matched."""

    id: str
    name: str
    score: float
    alias: str
    via: str  # "name", "alias" or "role"


@dataclass(frozen=True)
class SpeakerMatch:
    """The source a speaker is, or the candidates when the article does not tell them apart; frozen, as the index
    hands the same match to every claim that names the speaker so (`RegistryIndex.remembered`)."""

    source: SourceMatch | None = None
    candidates: tuple[SourceMatch, ...] = ()


def match_speaker(claim: Claim, index: RegistryIndex, config: MatchConfig, as_of: str | None = None) -> SpeakerMatch:
    """Match the claim's speaker (see `queries_of`) to a source."""
    return match_lookup(speaker_lookup(claim), index, config, as_of)


def speaker_lookup(claim: Claim) -> tuple[tuple[str, ...], frozenset[str]]:
    """All that matching the claim's speaker depends on: its queries and its context words. Claims with
    the same lookup have the same speaker match."""
    return lookup_of(*speaker_fields(claim))


def speaker_fields(claim: Claim) -> tuple[str, SpeakerNames | None]:
    """What `speaker_lookup` reads of a claim: its attribution and its speaker's names. Claims with the same fields
    have the same lookup."""
    speaker = claim.speaker
    return claim.attribution, speaker and SpeakerNames(speaker.name, speaker.mention, speaker.title, speaker.affiliation)


@lru_cache(maxsize=REMEMBERED_LOOKUPS)
def lookup_of(attribution: str, names: SpeakerNames | None) -> tuple[tuple[str, ...], frozenset[str]]:
    """`speaker_lookup` of the claims with these `speaker_fields`; remembered from claim to claim and from article to
    article (the answers must not be modified)."""
    queries = tuple(queries_of(attribution, names))
    return queries, frozenset(context_of(names)) if queries else frozenset()


def match_lookup(lookup: tuple[tuple[str, ...], frozenset[str]], index: RegistryIndex, config: MatchConfig,
                 as_of: str | None = None) -> SpeakerMatch:
    """The source that a `speaker_lookup` names.

    A source's score is the mean of its best score for each query, so that a name and a role phrase
    must agree. Sources within `ambiguity_margin` of the best are told apart by the speaker's title and
    affiliation (the context words); when they cannot be, they are returned as candidates.
    """
    queries, context = lookup
    scored = _source_scores(queries, index, config, as_of) if queries else {}
    floor = max(max((score for score, _entry in scored.values()), default=0.0) - config.ambiguity_margin,
                config.speaker_cutoff)
    contenders = sorted((s for s, (score, _entry) in scored.items() if score >= floor), key=lambda s: (-scored[s][0], s))
    contenders = contenders[: config.max_contenders]
    if len(contenders) > 1:
        contenders = _rank_by_context(contenders, context, index, config)
    matches = tuple(_source_match(index, source, *scored[source]) for source in contenders[: config.max_candidates])
    if len(matches) == 1:
        return SpeakerMatch(source=matches[0])
    return SpeakerMatch(candidates=matches)


# Words that stand for a speaker without naming them: personal and relative pronouns ("…, who said").
PRONOUNS = frozenset("he she they it we i who which that".split())


def queries_of(attribution: str, names: SpeakerNames | None) -> list[str]:
    """The lookup keys naming the speaker of the claims with these `speaker_fields`: its name, and its mention when
    that is another way of naming them ("Japan's prime minister" for "Shigeru Ishiba").

    A mention sharing a word with the name ("Ishiba", "U.S. President Donald Trump") is the same name
    in another length, and a pronoun ("he", "who") names nobody: the name alone speaks for them.
    """
    if names is None or attribution in UNMATCHED_ATTRIBUTIONS:
        return []
    name, mention = lookup_key(names.name or ""), lookup_key(names.mention or "")
    if not name or attribution == "pronoun" or not mention or mention in PRONOUNS:
        return [key for key in (name or mention,) if key]
    return [name] if set(name.split()) & set(mention.split()) else [name, mention]


def context_of(names: SpeakerNames) -> set[str]:
    """The speaker's title and affiliation as lookup words: what may tell namesakes apart."""
    text = " ".join(filter(None, (names.title, names.affiliation)))
    return set(lookup_key(text).split()) - CONTEXT_STOPWORDS


def _source_scores(queries: tuple[str, ...], index: RegistryIndex, config: MatchConfig,
                   as_of: str | None) -> dict[int, tuple[float, int]]:
    """Source -> (its mean over the queries of its best score, the entry that scored best for it)."""
    totals: dict[int, float] = defaultdict(float)
    best: dict[int, tuple[int, float]] = {}
    for query in queries:
        for source, (position, score) in _best_per_source(index.find_names(query, config), index, as_of).items():
            totals[source] += score
            if score > best.get(source, (0, -1.0))[1]:
                best[source] = (position, score)
    return {source: (round(total / len(queries), 1), best[source][0]) for source, total in totals.items()}


def _best_per_source(hits: list[tuple[int, float]], index: RegistryIndex, as_of: str | None) -> dict[int, tuple[int, float]]:
    """Source -> its best (entry, score) among the hits, leaving out roles not held on `as_of`."""
    best = {}
    for position, score in hits:
        dates = index.role_dates.get(position)
        if dates is not None and not held_on(*dates, as_of):
            continue
        source = index.owners[position]
        if score > best.get(source, (0, -1.0))[1]:
            best[source] = (position, score)
    return best


def _source_match(index: RegistryIndex, source: int, score: float, entry: int) -> SourceMatch:
    indexed = index.sources[source]
    return SourceMatch(indexed.id, indexed.name, score, index.texts[entry], VIAS[index.vias[entry]])


def _rank_by_context(contenders: list[int], context: set[str], index: RegistryIndex, config: MatchConfig) -> list[int]:
    """The one contender whose profile holds clearly more of the context words, else all of them, best first."""
    share = {source: _context_share(context, index.sources[source].profile) for source in contenders}
    ranked = sorted(contenders, key=lambda source: -share[source])
    return ranked[:1] if share[ranked[0]] - share[ranked[1]] >= config.context_margin else ranked


def _context_share(context: set[str], profile: str) -> float:
    """The share of the context words that the source's profile holds."""
    return len(context.intersection(profile.split())) / len(context) if context else 0.0
