"""Plain data of the source registry: sources with aliases and roles, statements, recorded disputes."""
from __future__ import annotations

from dataclasses import dataclass, field

SOURCE_KINDS = ("person", "organisation", "government", "publication")


@dataclass(frozen=True)
class Role:
    """A position a source holds or held: "Prime Minister" of "Japan", with optional ISO dates."""

    title: str
    of: str | None = None
    start: str | None = None
    end: str | None = None


def held_on(start: str | None, end: str | None, day: str | None) -> bool:
    """Whether ISO date `day` falls between `start` and `end` (either may be open; unknown `day`: true)."""
    return day is None or ((start is None or start <= day) and (end is None or day <= end))


@dataclass
class Source:
    """A person or organisation that makes statements."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None
    description: str | None = None
    links: list[str] = field(default_factory=list)
    dataset: str | None = None


@dataclass
class Statement:
    """A source's original words, where and when they appeared, and who recorded them."""

    id: str
    text: str
    source_id: str | None = None
    url: str | None = None
    medium: str | None = None
    date: str | None = None
    recorded_by: str | None = None
    dataset: str | None = None


@dataclass
class RecordedDispute:
    """A statement on record as disputed: who disputes it, the counter-claim, a fact-check verdict."""

    id: str
    statement_id: str
    by: str | None = None  # the disputing source's id, when it is in the registry
    by_name: str | None = None
    counter_claim: str | None = None
    reviewer: str | None = None
    rating: str | None = None
    url: str | None = None
    date: str | None = None
    dataset: str | None = None
