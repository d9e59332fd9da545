"""An analysed article's claims matched against the registry: who the speaker is, provenance, disputes on record."""
from dataclasses import dataclass, field

from claims.model import Analysis, Claim
from sources.config import DEFAULT_CONFIG, MatchConfig
from sources.index import RegistryIndex
from sources.model import RecordedDispute
from sources.provenance import ClaimTerms, Provenance, claim_terms, rank, trace, trace_contradiction
from sources.speakers import SourceMatch, SpeakerMatch, match_lookup, speaker_lookup
from sources.verdicts import disputes_statement


@dataclass
class ClaimMatch:
    """What the registry knows of one claim.

    `provenance` cites only a statement of the claim's own source, so `speaker.source` is always that
    statement's source. `disputed` is true when the article disputes the claim or the matched statement
    has a recorded dispute or a false/misleading verdict; `registry_disputes` holds every record of the
    statement. `contradicts` is another party's statement on record that the claim contradicts or denies:
    the claim disputes it.
    """

    speaker: SpeakerMatch
    provenance: Provenance
    article_disputed: bool
    registry_disputes: list[RecordedDispute] = field(default_factory=list)
    contradicts: Provenance | None = None

    @property
    def disputed(self) -> bool:
        return self.article_disputed or any(disputes_statement(dispute) for dispute in self.registry_disputes)


def enrich(analysis: Analysis, index: RegistryIndex, config: MatchConfig = DEFAULT_CONFIG,
           as_of: str | None = None) -> dict[str, ClaimMatch]:
    """Claim id -> ClaimMatch for every claim of `analysis`; `as_of` (ISO date) keeps roles held then.

    An article quotes the same few people again and again, and articles quote the same people: the lookup of each
    distinct way of naming a speaker (`speaker_lookup`) is built once and remembered (`speakers.lookup_of`), each
    distinct speaker is matched once per article, and the index remembers their matches from article to article
    (`RegistryIndex.remembered`).
    """
    speakers: dict[tuple, SpeakerMatch] = {}
    return {claim.id: match_claim(claim, index, config, as_of, speakers) for claim in analysis.claims}


def match_claim(claim: Claim, index: RegistryIndex, config: MatchConfig = DEFAULT_CONFIG,
                as_of: str | None = None, speakers: dict[tuple, SpeakerMatch] | None = None) -> ClaimMatch:
    """The registry's view of one claim; `speakers` keeps the speaker matches of the claims before it, by
    `speaker_lookup`."""
    lookup = speaker_lookup(claim)
    speakers = {} if speakers is None else speakers
    if lookup not in speakers:
        speakers[lookup] = index.remembered(match_lookup, lookup, config=config, as_of=as_of)
    if not (speakers[lookup].source or speakers[lookup].candidates):
        # Nobody on record: no statements to trace the claim to, none it could dispute for them.
        return ClaimMatch(speakers[lookup], Provenance(), claim.disputed)
    terms = claim_terms(claim)
    speaker, provenance = trace_origin(claim, terms, speakers[lookup], index, config)
    speaker_ids = {match.id for match in ([speaker.source] if speaker.source else speaker.candidates)}
    contradicts = trace_contradiction(claim, speaker_ids, index, config, terms) if speaker_ids else None
    on_record = index.disputes_by_statement.get(provenance.statement.id, []) if provenance.statement else []
    return ClaimMatch(speaker, provenance, claim.disputed, on_record, contradicts)


def trace_origin(claim: Claim, terms: ClaimTerms, speaker: SpeakerMatch, index: RegistryIndex,
                 config: MatchConfig) -> tuple[SpeakerMatch, Provenance]:
    """The speaker and the claim's provenance among the speaker's own statements.

    Namesakes the article does not tell apart stay candidates unless exactly one of them has the best
    matching statement on record: then that statement settles who spoke.
    """
    if speaker.source is not None:
        return speaker, trace(claim, [speaker.source.id], index, config, terms)
    ranked = sorted(((trace(claim, [candidate.id], index, config, terms), candidate) for candidate in speaker.candidates),
                    key=lambda traced: rank(traced[0]))
    if not _settles(ranked):
        return speaker, Provenance()
    provenance, settled = ranked[0]
    return SpeakerMatch(source=settled), provenance


def _settles(ranked: list[tuple[Provenance, SourceMatch]]) -> bool:
    """Whether the best of the namesakes' traced statements is matched, and strictly better than the next."""
    if not ranked or ranked[0][0].status == "unverified":
        return False
    return len(ranked) == 1 or rank(ranked[0][0]) < rank(ranked[1][0])
