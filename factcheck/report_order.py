"""The disputed report in the order a reviewer picks: speakers (groups) and their claims."""


def speaker_name(group: dict) -> tuple:
    """A group's name for sorting, unattributed groups last."""
    name = group["speaker"] or group["source_id"]
    return name is None, (name or "").casefold()


def oldest_first(claims: list[dict]) -> list[dict]:
    """Claims by date, oldest first and undated last."""
    return sorted(claims, key=lambda claim: (claim["date"] is None, claim["date"] or ""))


def disputes_of(group: dict) -> int:
    return sum(len(claim["disputes"]) for claim in group["claims"])


def by_most_claims(groups: list[dict]) -> list[dict]:
    """The order `storage.disputed_report` gives: the speaker with most disputed claims first, newest claim first."""
    return groups


def by_newest(groups: list[dict]) -> list[dict]:
    """The speaker with the latest disputed claim first; their claims newest first."""
    return sorted(groups, key=lambda group: group["claims"][0]["date"] or "", reverse=True)


def by_oldest(groups: list[dict]) -> list[dict]:
    """The speaker with the earliest disputed claim first; their claims oldest first."""
    groups = [{**group, "claims": oldest_first(group["claims"])} for group in groups]
    return sorted(groups, key=lambda group: (group["claims"][0]["date"] is None, group["claims"][0]["date"] or ""))


def by_speaker(groups: list[dict]) -> list[dict]:
    """Speakers A to Z; their claims newest first."""
    return sorted(groups, key=speaker_name)


def by_disputes(groups: list[dict]) -> list[dict]:
    """The speaker whose claims are disputed most often first; the claim with most disputes first."""
    groups = [{**group, "claims": sorted(group["claims"], key=lambda claim: -len(claim["disputes"]))} for group in groups]
    return sorted(groups, key=lambda group: -disputes_of(group))


# Sort name -> (what a reviewer reads in the menu, the order); the first is the default.
SORTS = {
    "claims": ("Most disputed speakers first", by_most_claims),
    "newest": ("Newest first", by_newest),
    "oldest": ("Oldest first", by_oldest),
    "speaker": ("Speaker A–Z", by_speaker),
    "disputes": ("Most disputes first", by_disputes),
}
DEFAULT_SORT = next(iter(SORTS))


def sort_report(groups: list[dict], sort: str = DEFAULT_SORT) -> list[dict]:
    """The report's groups, and each group's claims, in the order `sort` (a key of SORTS) names."""
    return SORTS[sort][1](groups)

