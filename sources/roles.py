"""The phrases that name a role holder: "Prime Minister" of "Japan" -> "Japan's prime minister", "Japanese prime minister"."""
from sources.countries import place_forms
from sources.model import Role


def role_phrases(role: Role) -> list[str]:
    """Every phrase for `role`: "TITLE of PLACE" and "PLACE TITLE" for each name and adjective of the place.

    A role of no place is its bare title. The possessive ("Japan's") needs no form of its own: normalising
    drops it.
    """
    if not role.of:
        return [role.title]
    return [f"{role.title} of {role.of}", *(f"{place} {role.title}" for place in place_forms(role.of))]
