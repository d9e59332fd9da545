"""docs/rules.md, generated from the registered rules: `python -m claims.rules.table > docs/rules.md`."""
from typing import Final

from claims.analysis import analyse
from claims.model import Claim
from claims.rules import RULES, Rule

HEADER: Final = """# Extraction rules

Every claim names the rule that found it (`rule` in the claim JSON). This table is generated from the rules
themselves (`claims/rules/`) by `python -m claims.rules.table > docs/rules.md`; a test fails when it is out
of date or when an example no longer gives what its row says.

| rule | what it reads | example | speaker at the claim | content |
|---|---|---|---|---|
"""


def demonstration(rule: Rule) -> Claim | None:
    """The claim the rule finds in its own example: labelled with it, or disputed by it."""
    analysis = analyse(rule.example)
    claims = analysis.claims + analysis.statements
    if rule.finds == "dispute":
        return next((c for c in claims if any(d.rule == rule.name for d in c.disputes)), None)
    return next((c for c in claims if c.rule == rule.name), None)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n\n", " ¶ ").replace("\n", " ")


def _row(rule: Rule) -> str:
    claim = demonstration(rule)
    speaker = claim.speaker.mention if claim and claim.speaker else ""
    if rule.finds == "dispute" and claim:
        speaker = f"{speaker}; disputed by {next(d.mention for d in claim.disputes if d.rule == rule.name)}"
    content = claim.content if claim else "(nothing: the example no longer reads)"
    cells = (f"`{rule.name}`", rule.description, rule.example, speaker, content)
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |\n"


def markdown() -> str:
    """The whole of docs/rules.md."""
    return HEADER + "".join(_row(rule) for rule in RULES.values())


if __name__ == "__main__":
    print(markdown(), end="")
