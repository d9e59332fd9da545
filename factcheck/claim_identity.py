"""When two claims are the same claim: in other articles (clusters), and across the revisions of one article, whose
claims keep their ids, and so their global refs and reviews, for as long as the text still makes them."""
import re
from collections import defaultdict

from rapidfuzz import fuzz, utils

from sources.polarity import negations

# token_sort_ratio from 0 to 100: the same words in another order score 100, a word more or less ("the new bus
# lanes" / "the bus lanes", "on rice imports") 89 to 95, another place or thing ("Korea … on beef") about 75.
# A changed figure or an added "not" also scores high, so those must agree exactly (`same_figures_and_polarity`).
SAME_CLAIM_SCORE = 88
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A claim id: a prefix (c for claims, s for the publication's statements) and a number.
CLAIM_ID = re.compile(r"(\D+)(\d+)")


def same_figures_and_polarity(content: str, other: str) -> bool:
    """Whether both say it with the same figures (700% is not 70%) and the same number of negations."""
    return sorted(FIGURE.findall(content)) == sorted(FIGURE.findall(other)) and negations(content) == negations(other)


def kept_ids(stored: list[dict], fresh: list[dict], last_numbers: dict[str, int]) -> tuple[list[dict], dict[str, int]]:
    """The claims of an article analysed again (`fresh`), each under the id of the stored claim it is (`matched_ids`),
    the others under numbers after the highest the article has ever used (`last_numbers`, by prefix), so that an id
    never names another claim; the references between claims (`nested_in`, a dispute's `claim_id`) follow.

    Returns the renamed claims, in the fresh order, and the highest numbers used now.
    """
    renames = matched_ids(stored, fresh)
    numbers = highest_numbers([claim["id"] for claim in stored], last_numbers)
    for claim in fresh:
        if claim["id"] not in renames:
            prefix = id_prefix(claim["id"])
            numbers[prefix] = numbers.get(prefix, 0) + 1
            renames[claim["id"]] = f"{prefix}{numbers[prefix]}"
    return [renamed(claim, renames) for claim in fresh], numbers


def matched_ids(stored: list[dict], fresh: list[dict]) -> dict[str, str]:
    """fresh id -> stored id of each fresh claim that a stored one is: of the same kind of id and the same speaker,
    with the same words (any case and spacing), else the same claim in other words (`same_claim`); in text order."""
    unmatched = defaultdict(dict)  # (prefix, speaker) -> {stored id: content}, in text order
    for claim in stored:
        unmatched[identity(claim)][claim["id"]] = claim["content"]
    matches = {}
    for same in (same_words, same_claim):
        for claim in fresh:
            if claim["id"] in matches:
                continue
            candidates = unmatched[identity(claim)]
            found = next((stored_id for stored_id, content in candidates.items() if same(claim["content"], content)), None)
            if found is not None:
                matches[claim["id"]] = found
                del candidates[found]
    return matches


def identity(claim: dict) -> tuple[str, str | None]:
    """What two claims must share to be the same: their kind of id (claim or statement) and their speaker's name."""
    speaker = claim["speaker"]
    return id_prefix(claim["id"]), speaker and (speaker["name"] or "").casefold()


def id_prefix(claim_id: str) -> str:
    return claim_id.rstrip("0123456789")


def same_words(content: str, other: str) -> bool:
    return " ".join(content.split()).casefold() == " ".join(other.split()).casefold()


def same_claim(content: str, other: str) -> bool:
    """The same words in another order, or a word more or less (SAME_CLAIM_SCORE), with the same figures and negations."""
    score = fuzz.token_sort_ratio(content, other, processor=utils.default_process, score_cutoff=SAME_CLAIM_SCORE)
    return bool(score) and same_figures_and_polarity(content, other)


def highest_numbers(ids: list[str], last_numbers: dict[str, int]) -> dict[str, int]:
    """The highest number used by prefix, in `ids` and before (`last_numbers`)."""
    numbers = dict(last_numbers)
    for match in filter(None, map(CLAIM_ID.fullmatch, ids)):
        numbers[match[1]] = max(numbers.get(match[1], 0), int(match[2]))
    return numbers


def renamed(claim: dict, renames: dict[str, str]) -> dict:
    """A copy of the claim under its new id, its references to other claims renamed alike."""
    disputes = [{**dispute, "claim_id": renames.get(dispute["claim_id"], dispute["claim_id"])} for dispute in claim["disputes"]]
    nested_in = claim["nested_in"] and renames.get(claim["nested_in"], claim["nested_in"])
    return {**claim, "id": renames[claim["id"]], "nested_in": nested_in, "disputes": disputes}
