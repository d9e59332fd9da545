"""Speaker -> source: queries, role dates, ambiguity and context, and the thresholds that govern them."""
import importlib
import pickle
from dataclasses import replace
from types import SimpleNamespace

import pytest
from freeing import freed_without_the_collector
from registry_claims import make_claim

from sources import DEFAULT_CONFIG, load_index, registry
from sources.model import Role, Source
from sources.speakers import context_of, match_speaker, queries_of, speaker_fields


def matched_id(claim, index, config=DEFAULT_CONFIG, as_of=None):
    result = match_speaker(claim, index, config, as_of)
    return result.source.id if result.source else None


@pytest.mark.parametrize("claim, queries", [
    (make_claim("Shigeru Ishiba", mention="Ishiba"), ["shigeru ishiba"]),
    (make_claim("Donald Trump", mention="U.S. President Donald Trump"), ["donald trump"]),
    (make_claim("Shigeru Ishiba", mention="Japan's prime minister"), ["shigeru ishiba", "japan prime minister"]),
    (make_claim("Shigeru Ishiba", mention="he", attribution="pronoun"), ["shigeru ishiba"]),
    (make_claim("sources familiar with the talks", attribution="anonymous"), []),
    (make_claim(None, attribution="unattributed"), []),
    (make_claim("Mr. Harris"), ["harris"]),
])
def test_the_queries_are_the_name_and_a_mention_that_names_them_otherwise(claim, queries):
    assert queries_of(*speaker_fields(claim)) == queries


def test_context_is_the_title_and_affiliation_without_filler_words():
    claim = make_claim("Harris", title="Head of Research", affiliation="the Japan Foresight")
    assert context_of(speaker_fields(claim)[1]) == {"head", "research", "japan", "foresight"}


@pytest.mark.parametrize("speaker, expected", [
    ("Donald J. Trump", "donald-trump"),
    ("President Trump", "donald-trump"),
    ("DONALD TRUMP", "donald-trump"),
    ("Donald Trumpp", "donald-trump"),
    ("Giorgia Meloni", "giorgia-meloni"),
    ("the Italian prime minister", "giorgia-meloni"),
    ("U.S. Treasury Secretary", "scott-bessent"),
    ("the American commerce secretary", "howard-lutnick"),
    ("Japan Foresight", "japan-foresight"),
    ("Jane Nobody", None),
])
def test_names_aliases_role_phrases_and_small_typos_match(demo_index, speaker, expected):
    assert matched_id(make_claim(speaker), demo_index) == expected


def test_a_pronoun_claim_is_matched_by_the_resolved_name(demo_index):
    assert matched_id(make_claim("Scott Bessent", mention="he", attribution="pronoun"), demo_index) == "scott-bessent"


def test_a_relative_pronoun_claim_is_matched_by_its_antecedent(demo_index):
    claim = make_claim("Shigeru Ishiba", mention="who", attribution="named")
    assert matched_id(claim, demo_index) == "shigeru-ishiba"


def test_anonymous_sources_are_never_matched(demo_index):
    assert match_speaker(make_claim("Tokyo officials", attribution="anonymous"), demo_index, DEFAULT_CONFIG).source is None


def test_a_match_reports_its_score_and_what_matched(demo_index):
    source = match_speaker(make_claim("the Japanese prime minister"), demo_index, DEFAULT_CONFIG).source
    assert (source.id, source.name, source.score, source.alias, source.via) == (
        "shigeru-ishiba", "Shigeru Ishiba", 100.0, "Japanese Prime Minister", "role")


def test_a_role_counts_only_while_held_when_the_date_is_known(demo_index):
    vice_president = make_claim("the U.S. vice president")
    assert matched_id(vice_president, demo_index) == "kamala-harris"
    assert matched_id(vice_president, demo_index, as_of="2024-06-01") == "kamala-harris"
    assert matched_id(vice_president, demo_index, as_of="2025-06-01") is None


def test_former_and_current_holders_of_a_role_are_candidates_until_a_date_decides(registry_db):
    registry.upsert_sources(registry_db, [
        Source("kishida", "Fumio Kishida", "person", roles=[Role("Prime Minister", "Japan", "2021-10-04", "2024-10-01")]),
        Source("ishiba", "Shigeru Ishiba", "person", roles=[Role("Prime Minister", "Japan", "2024-10-01")]),
    ])
    index = load_index(registry_db)
    role_only = make_claim("Japan's prime minister")
    assert sorted(c.id for c in match_speaker(role_only, index, DEFAULT_CONFIG).candidates) == ["ishiba", "kishida"]
    assert matched_id(role_only, index, as_of="2023-01-01") == "kishida"
    assert matched_id(make_claim("Shigeru Ishiba", mention="Japan's prime minister"), index) == "ishiba"


def test_a_title_tells_namesakes_apart(demo_index):
    assert matched_id(make_claim("Harris", title="Vice President"), demo_index) == "kamala-harris"


def test_context_shared_by_both_namesakes_does_not_decide(demo_index):
    result = match_speaker(make_claim("Harris", affiliation="United States"), demo_index, DEFAULT_CONFIG)
    assert result.source is None and len(result.candidates) == 2


def test_candidates_are_capped(registry_db):
    registry.upsert_sources(registry_db, [Source(f"smith-{i}", f"Person{i} Smith", "person", aliases=["Smith"]) for i in range(9)])
    result = match_speaker(make_claim("Smith"), load_index(registry_db), DEFAULT_CONFIG)
    assert len(result.candidates) == DEFAULT_CONFIG.max_candidates


def test_the_cutoff_is_configuration(demo_index):
    loose_name = make_claim("Dnld Trmp")
    assert matched_id(loose_name, demo_index) is None
    assert matched_id(loose_name, demo_index, replace(DEFAULT_CONFIG, speaker_cutoff=70)) == "donald-trump"


def test_a_wider_ambiguity_margin_turns_a_close_second_into_a_candidate(demo_index):
    # "Japan" is the Government of Japan's alias; Japan Foresight scores lower on it.
    claim = make_claim("Japan")
    assert matched_id(claim, demo_index) == "government-of-japan"
    wide = match_speaker(claim, demo_index, replace(DEFAULT_CONFIG, ambiguity_margin=20))
    assert "japan-foresight" in [c.id for c in wide.candidates]


def test_an_article_matches_each_distinct_speaker_once(demo_index, monkeypatch):
    module = importlib.import_module("sources.enrich")  # `sources.enrich` is also the name of its function
    lookups = []
    real = module.match_lookup
    monkeypatch.setattr(module, "match_lookup",
                        lambda lookup, **kwargs: lookups.append(lookup) or real(lookup, **kwargs))
    claims = [make_claim("Shigeru Ishiba", f"point {n}") for n in range(3)] + [make_claim("Donald Trump", "a deal")]
    claims = [replace(claim, id=f"c{n}") for n, claim in enumerate(claims, start=1)]
    matches = module.enrich(SimpleNamespace(claims=claims), demo_index)
    assert sorted(queries for queries, _ in lookups) == [("donald trump",), ("shigeru ishiba",)]
    assert [matches[claim.id].speaker.source.id for claim in claims] == ["shigeru-ishiba"] * 3 + ["donald-trump"]


def test_the_lookup_of_each_distinct_speaker_is_built_once_across_articles(demo_index, monkeypatch):
    module = importlib.import_module("sources.speakers")
    module.lookup_of.cache_clear()
    built = []
    real = module.queries_of
    monkeypatch.setattr(module, "queries_of", lambda attribution, names: built.append(names.name) or real(attribution, names))
    claims = [make_claim("Shigeru Ishiba", f"point {n}") for n in range(3)] + [make_claim("Donald Trump", "a deal")]
    claims = [replace(claim, id=f"c{n}") for n, claim in enumerate(claims, start=1)]
    matches = [importlib.import_module("sources.enrich").enrich(SimpleNamespace(claims=claims), demo_index)
               for _article in range(2)]
    assert built == ["Shigeru Ishiba", "Donald Trump"]
    assert [match[claim.id].speaker.source.id for match in matches for claim in claims] == \
        (["shigeru-ishiba"] * 3 + ["donald-trump"]) * 2


def test_an_index_matches_a_speaker_once_across_articles(demo_db, monkeypatch):
    module = importlib.import_module("sources.enrich")
    lookups = []
    real = module.match_lookup
    monkeypatch.setattr(module, "match_lookup",
                        lambda lookup, **kwargs: lookups.append(lookup) or real(lookup, **kwargs))
    index = load_index(demo_db)
    articles = [SimpleNamespace(claims=[make_claim("Shigeru Ishiba", words)]) for words in ("a deal", "no deal")]
    matches = [module.enrich(article, index) for article in articles]
    assert [queries for queries, _ in lookups] == [("shigeru ishiba",)]
    assert [match["c1"].speaker.source.id for match in matches] == ["shigeru-ishiba"] * 2


def test_a_shipped_index_starts_without_what_it_remembered(demo_db):
    index = load_index(demo_db)
    index.remembered(entry_count, "a key")
    shipped = pickle.loads(pickle.dumps(index))
    assert (index.remembered.cache_info().currsize, shipped.remembered.cache_info().currsize) == (1, 0)
    assert shipped.remembered(entry_count, "a key") == len(index.keys)


def entry_count(_key, index):
    return len(index.keys)


def test_an_index_replaced_is_freed_with_what_it_remembered(demo_db):
    def used_index():
        index = load_index(demo_db)
        index.remembered(entry_count, "a key")
        return index

    assert freed_without_the_collector(used_index)
