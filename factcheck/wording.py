"""How a claim's speaker, stance and disputes are put into words: once, for the pages, the command line and the exports.

Claims here are stored claims (`factcheck.schemas.StoredClaimSchema`). A denial's content is what its speaker
denies, never what they assert, so wherever a denial is shown its cue stands between the speaker and the content
("Tokyo — denies — it manipulates its currency").
"""
import re

DENIAL = "denial"
PUBLICATION = "The publication"
# How the claim JSON names the article's own voice when it disputes a claim ("falsely claimed"): DISPUTES.md rule 1.
PUBLICATION_VOICE = "the publication"
# What a dispute's `origin` (storage.dispute_rows) means to a reader.
ORIGINS = {"article": "in the article", "registry": "on record"}
# Shown for a denial whose cue is punctuation (`Tokyo: "That is nonsense."`) rather than words.
DENIAL_VERB = "denies"
WORD = re.compile(r"\w")


def is_denial(claim: dict) -> bool:
    return claim["stance"] == DENIAL


def speaker_name(claim: dict) -> str:
    """The speaker's fullest name, or the publication for its own statements."""
    speaker = claim["speaker"]
    return (speaker and (speaker["name"] or speaker["mention"])) or PUBLICATION


def cue_word(record: dict) -> str | None:
    """The cue of a claim or dispute when it is words ("denied"), not punctuation (":")."""
    return record["cue"] if WORD.search(record["cue"] or "") else None


def denial_cue(record: dict) -> str:
    """The words by which a denial (or a dispute it makes) denies: its cue ("denies", "rejected"), else "denies"."""
    return cue_word(record) or DENIAL_VERB


def verb(claim: dict) -> str:
    """What stands between speaker and content in one line: a denial's cue, else the claim's kind."""
    return denial_cue(claim) if is_denial(claim) else claim["kind"]


def statement(claim: dict) -> str:
    """The claim as a sentence that keeps its meaning on its own: "Tokyo denies: …" for a denial, else its content."""
    if is_denial(claim):
        return f"{speaker_name(claim)} {denial_cue(claim)}: {claim['content']}"
    return claim["content"]


def is_publication_voice(dispute: dict) -> bool:
    """Whether the article itself disputes the claim ("without evidence"), rather than someone it reports."""
    return PUBLICATION_VOICE in (dispute["by"], dispute["mention"])


def registry_disputer(record: dict) -> str | None:
    """Who disputes a statement on record: the disputing party, else the fact-checker."""
    return record["by_name"] or record["reviewer"] or record["by"]


def disputers(claim: dict) -> list[str]:
    """Everyone who disputes the claim: in the article, then on record in the registry (marked so)."""
    in_text = [dispute["by"] or "someone" for dispute in claim["disputes"]]
    on_record = [f"{registry_disputer(record) or 'someone'} ({ORIGINS['registry']})"
                 for record in claim["registry_disputes"]]
    return in_text + on_record


def denial_targets(claims: list[dict]) -> dict[str, list[str]]:
    """Each disputing claim's id -> the ids of the claims it disputes, in text order: the links read backwards."""
    targets: dict[str, list[str]] = {}
    for claim in claims:
        for dispute in claim["disputes"]:
            if dispute["claim_id"]:
                targets.setdefault(dispute["claim_id"], []).append(claim["id"])
    return targets
