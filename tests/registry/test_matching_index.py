"""Normalising, role phrases, the word prefilter and the index cache."""
import pickle

import pytest
from freeing import freed_without_the_collector
from hypothesis import given
from hypothesis import strategies as st

from sources import IndexCache, registry
from sources.index import lookup_key
from sources.model import Role, Source
from sources.normalise import normalise, words
from sources.roles import role_phrases
from sources.textindex import TokenIndex


@pytest.mark.parametrize("text, normalised", [
    ("U.S. President Donald Trump", "us president donald trump"),
    ("Japan’s prime minister", "japan prime minister"),
    ("“Big Progress!”", "big progress"),
    ("won't, can’t", "wont cant"),
    ("Shigéru ISHIBA", "shigeru ishiba"),
    ("up 0.5% on the day", "up 0.5 on the day"),
    ("win-win", "win win"),
])
def test_normalise(text, normalised):
    assert normalise(text) == normalised


@given(st.text())
def test_normalise_is_the_words_norms_and_offsets_point_into_the_text(text):
    found = words(text)
    assert normalise(text) == " ".join(word.norm for word in found)
    assert all(0 <= word.start < word.end <= len(text) for word in found)


@pytest.mark.parametrize("text, key", [("the Japanese prime minister", "japanese prime minister"), ("Mr. Harris", "harris"), ("Dr Ada Novak", "ada novak")])
def test_lookup_keys_drop_articles_and_honorifics(text, key):
    assert lookup_key(text) == key


@pytest.mark.parametrize("role, phrases", [
    (Role("Prime Minister", "Japan"), ["Prime Minister of Japan", "Japan Prime Minister", "Japanese Prime Minister"]),
    (Role("Governor", "Velmont"), ["Governor of Velmont", "Velmont Governor"]),
    (Role("Founder"), ["Founder"]),
])
def test_role_phrases_read_the_place_as_countries_are_written(role, phrases):
    assert role_phrases(role) == phrases


def test_us_role_phrases_cover_its_abbreviations():
    keys = {lookup_key(phrase) for phrase in role_phrases(Role("Treasury Secretary", "United States"))}
    assert {"us treasury secretary", "american treasury secretary", "treasury secretary of united states"} <= keys


DOCUMENTS = ["harris", "tobias harris", "kamala harris", "kamala devi harris", "tobias", "donald trump"]


@pytest.mark.parametrize("query, limit, expected", [
    (["tobias", "harris"], 10, {1, 2, 3, 0, 4}),
    (["tobias", "harris"], 3, {1, 4}),
    (["harris"], 2, {0, 1}),
    (["harris", "devi"], 1, {3}),
    (["trunp"], 10, {5}),
    (["nobody"], 10, set()),
    (["zz"], 10, set()),
])
def test_candidates_come_from_the_rarest_words_shortest_first(query, limit, expected):
    assert set(TokenIndex(DOCUMENTS).candidates(query, limit, typo_cutoff=80)) == expected


def test_an_index_asked_again_answers_the_same_and_pickles_without_its_memory():
    index = TokenIndex(DOCUMENTS)
    first = [set(index.candidates(["trunp", "harris"], 10, typo_cutoff=80)) for _ in range(2)]
    shipped = pickle.loads(pickle.dumps(index))  # as a batch ships the registry to its workers
    assert first == [{0, 1, 2, 3, 5}] * 2
    assert set(shipped.candidates(["trunp", "harris"], 10, typo_cutoff=80)) == first[0]


def test_an_index_replaced_is_freed_with_the_words_it_remembered():
    def used_index():
        index = TokenIndex(DOCUMENTS)
        index.candidates(["trunp", "harris"], 10, typo_cutoff=80)
        return index

    assert freed_without_the_collector(used_index)


def test_the_index_cache_rebuilds_only_when_the_registry_changed(registry_db):
    cache = IndexCache()
    first = cache.current(registry_db)
    assert cache.current(registry_db) is first
    registry.upsert_sources(registry_db, [Source("ada", "Ada Novak", "person")])
    second = cache.current(registry_db)
    assert second is not first and second.sources[0].id == "ada"
