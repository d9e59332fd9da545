"""The table of extraction rules: each construction's name, what it matches and an example sentence."""
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Rule:
    """One construction the extractor knows, as a journalist would look it up."""

    name: str
    description: str
    example: str  # a sentence of our own that the rule reads; tests check that it still does
    finds: str = "claim"  # or "dispute": what the rule adds to the analysis


RULES: Final[dict[str, Rule]] = {}


def rule(name: str, description: str, example: str, finds: str = "claim") -> str:
    """Register a rule and give back its name, the label its claims carry."""
    if name in RULES:
        raise ValueError(f"rule {name!r} is registered twice")
    RULES[name] = Rule(name, description, example, finds)
    return name
