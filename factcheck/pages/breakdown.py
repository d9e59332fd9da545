"""What the result page shows of an analysed article: its speakers' colours and the marks in its text."""
from dataclasses import dataclass

from factcheck import wording
from factcheck.pages.highlight import Mark

# Matches the --spk-N colours in static/style.css; speakers beyond it reuse colours in turn.
PALETTE_SIZE = 12
NO_SPEAKER = "spk-none"


@dataclass
class SpeakerEntry:
    """One speaker of the article, for the legend: label, colour class and number of claims."""

    label: str
    colour: str
    source_id: str | None
    claims: int = 0


def source_id(claim: dict) -> str | None:
    """The id of the registry source the claim's speaker matched, if any."""
    speaker = claim["speaker"]
    return speaker["source"]["id"] if speaker and speaker["source"] else None


def speaker_key(claim: dict) -> str | None:
    """Claims by the same registry source, or else the same resolved name, share a colour."""
    speaker = claim["speaker"]
    if not speaker or claim["attribution"] == "unattributed":
        return None
    return source_id(claim) or speaker["name"] or speaker["mention"]


def speakers(claims: list[dict]) -> dict[str | None, SpeakerEntry]:
    """The article's speakers in order of first claim, each with its colour."""
    entries: dict[str | None, SpeakerEntry] = {}
    for claim in claims:
        key = speaker_key(claim)
        if key not in entries:
            colour = NO_SPEAKER if key is None else f"spk-{sum(k is not None for k in entries) % PALETTE_SIZE}"
            entries[key] = SpeakerEntry(wording.speaker_name(claim), colour, source_id(claim))
        entries[key].claims += 1
    return entries


def claim_marks(claim: dict, colour: str) -> list[Mark]:
    """The claim's content, its speaker's mention and the words that dispute it; a denial says it denies."""
    ref = claim["id"]
    label = f"{wording.speaker_name(claim)} · {wording.verb(claim) or ''}"
    stance = " denial" if wording.is_denial(claim) else ""
    disputed = " disputed" if claim["disputed"] else ""
    found = [Mark(*claim["span"], f"claim {colour}{stance}{disputed}", anchor=f"claim-{ref}", title=label, ref=ref)]
    mention = claim["speaker"] and claim["speaker"]["span"]
    if mention:
        found.append(Mark(*mention, f"speaker {colour}", title=wording.speaker_name(claim)))
    found += [
        Mark(*dispute["span"], "dispute-cue", title=dispute_title(dispute), ref=ref)
        for dispute in claim["disputes"]
        if dispute["span"]
    ]
    return found


def dispute_title(dispute: dict) -> str:
    """"Disputed by X (denied)"; a cue that is punctuation (":") is left out."""
    cue = wording.cue_word(dispute)
    return f"Disputed by {dispute['by'] or 'someone'}" + (f" ({cue})" if cue else "")


def article_marks(claims: list[dict], entries: dict[str | None, SpeakerEntry]) -> list[Mark]:
    """Every mark of the article's text, coloured by speaker."""
    return [mark for claim in claims for mark in claim_marks(claim, entries[speaker_key(claim)].colour)]


def disputes_by_claim(report: list[dict]) -> dict[str, list[dict]]:
    """Claim id -> its disputes, from the disputed report of one article (`storage.disputed_report`)."""
    return {claim["claim_id"]: claim["disputes"] for group in report for claim in group["claims"]}


def disputed_claims(claims: list[dict]) -> dict[str, list[dict]]:
    """Claim id -> the claims it disputes (none for most): a denial links back to what it denies."""
    by_id = {claim["id"]: claim for claim in claims}
    targets = wording.denial_targets(claims)
    return {claim["id"]: [by_id[target] for target in targets.get(claim["id"], [])] for claim in claims}
