"""Content spans: where the reported words of an indirect claim end."""
import pytest

from claim_lookup import find_claim
from claims import analyse


@pytest.mark.parametrize(
    "text, content",
    [
        # A dashed aside is part of the clause it interrupts, commas and all.
        (("The Valley Courier reported that the water board -- best known for its leak maps, though its engineers "
          "win prizes -- had missed its targets."),
         "the water board -- best known for its leak maps, though its engineers win prizes -- had missed its targets"),
        ("Ann Lee said the bridge — built in 1920, though rebuilt since — was safe.", "the bridge — built in 1920, though rebuilt since — was safe"),
        # Outside an aside, ", though" still starts a clause of the reporter's own.
        ("Ann Lee said the bridge was safe, though engineers disagreed.", "the bridge was safe"),
        # "as long as they" compares; "when she visited" is about the speaking and ends the content.
        ("Critics argued that the rule would stop staff from working as long as they like.",
         "the rule would stop staff from working as long as they like"),
        ("Ann Lee said the bridge was safe when she visited it.", "the bridge was safe"),
    ],
)
def test_a_claim_runs_to_its_clause_s_end(text, content):
    assert find_claim(analyse(text), content).content == content
