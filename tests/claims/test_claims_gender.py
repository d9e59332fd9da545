"""A person's gender comes from titles that agree, else from the first name; never from the order of a set."""
import json
import os
import subprocess
import sys

import pytest

from claims.entities import guess_gender

SPOUSES = (
    "Mr. Hale opened the new library on Monday. \"It has taken ten years,\" Mr. Hale said.\n\n"
    "Mrs. Hale, who chairs the trust, thanked the donors. \"We could not have done it alone,\" she said.\n\n"
    "Councillor Omar Reyes said the council would fund the late opening hours. He added that the car park "
    "would be free on Sundays.\n"
)
ANALYSE = "import json, sys; from claims.analysis import analyse; " \
          "print(json.dumps([(c.content, c.speaker and c.speaker.name) for c in analyse(sys.stdin.read()).claims]))"


@pytest.mark.parametrize("titles, gender", [
    (["Mr."], "male"), (["Mrs."], "female"), (["Ms", "Dr."], "female"),
    (["Mr.", "Mrs."], None), (["Mrs.", "Mr."], None),
])
def test_titles_tell_a_gender_only_when_they_agree(titles, gender):
    assert guess_gender("Hale", titles) == gender


def test_a_first_name_tells_the_gender_without_titles():
    assert guess_gender("Jane Roe", []) == "female"
    assert guess_gender("Roe", []) is None


def test_the_same_article_gives_the_same_claims_whatever_the_hash_seed():
    def claims_with_seed(seed):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run([sys.executable, "-c", ANALYSE], input=SPOUSES, env=env,
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    first = claims_with_seed(0)
    assert first, "the article has claims"
    assert all(claims_with_seed(seed) == first for seed in (1, 2, 3, 4, 5))


def test_a_first_name_given_to_both_sexes_tells_nothing():
    assert guess_gender("Lindsey Graham", []) is None
