"""`factcheck analyze --format text`: one line per claim, a denial as a denial and a disputed claim with who disputes it.

    c8   Trump administration — indirect — Japan and others manipulate …  [DISPUTED by Tokyo]
    c10  Tokyo — denies — it manipulates its yen currency lower …  [DENIAL of c8]
"""
from factcheck import wording
from factcheck.schemas import stored_claims


def format_text(analysis, matches=None, statements: bool = False) -> str:
    """The analysis's claims as lines (then its own `statements` when asked for); with registry `matches`
    (`sources.enrich`), disputes on record count too."""
    claims = stored_claims(analysis, matches, statements)
    targets = wording.denial_targets(claims)
    return "\n".join(claim_line(claim, targets.get(claim["id"], [])) for claim in claims) or "(no claims)"


def claim_line(claim: dict, disputed_ids: list[str]) -> str:
    """`id  speaker — kind (a denial's cue) — content`, then what it denies and who disputes it."""
    line = f"{claim['id']}  {speaker(claim)} — {wording.verb(claim)} — {claim['content']}"
    if wording.is_denial(claim):
        line += f"  [DENIAL of {', '.join(disputed_ids)}]" if disputed_ids else "  [DENIAL]"
    if claim["disputed"]:
        line += "  [DISPUTED by " + ", ".join(wording.disputers(claim)) + "]"
    return line


def speaker(claim: dict) -> str:
    """Who makes the claim; the publication's own statements say so."""
    if claim["speaker"] is None:
        return "(publication)"
    name = wording.speaker_name(claim)
    return f"{name} (own statement)" if claim["attribution"] == "unattributed" else name
