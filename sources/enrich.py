"""An analysed article's claims matched against the registry: who the speaker is, provenance, disputes on record."""
from dataclasses import dataclass, field

from claims.model import Analysis, Claim
from sources.config import DEFAULT_CONFIG, MatchConfig
from sources.index import RegistryIndex
from sources.model import RecordedDispute
from sources.provenance import Provenance, trace
from sources.speakers import SpeakerMatch, match_speaker
from sources.verdicts import disputes_statement


@dataclass
class ClaimMatch:
    """What the registry knows of one claim.

    `disputed` is true when the article disputes the claim or the matched statement has a recorded
    dispute or a false/misleading verdict; `registry_disputes` holds every record of the statement.
    """

    speaker: SpeakerMatch
    provenance: Provenance
    article_disputed: bool
    registry_disputes: list[RecordedDispute] = field(default_factory=list)

    @property
    def disputed(self) -> bool:
        return self.article_disputed or any(disputes_statement(dispute) for dispute in self.registry_disputes)


def enrich(analysis: Analysis, index: RegistryIndex, config: MatchConfig = DEFAULT_CONFIG,
           as_of: str | None = None) -> dict[str, ClaimMatch]:
    """Claim id -> ClaimMatch for every claim of `analysis`; `as_of` (ISO date) keeps roles held then."""
    return {claim.id: match_claim(claim, index, config, as_of) for claim in analysis.claims}


def match_claim(claim: Claim, index: RegistryIndex, config: MatchConfig = DEFAULT_CONFIG,
                as_of: str | None = None) -> ClaimMatch:
    """The registry's view of one claim."""
    speaker = match_speaker(claim, index, config, as_of)
    provenance = trace(claim, speaker.source.id if speaker.source else None, index, config)
    on_record = index.disputes_by_statement.get(provenance.statement.id, []) if provenance.statement else []
    return ClaimMatch(speaker, provenance, claim.disputed, on_record)
