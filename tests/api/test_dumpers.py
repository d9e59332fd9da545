"""Compiled dumpers (factcheck.dumpers) give what marshmallow's `schema.dump` gives."""
from dataclasses import dataclass
from pathlib import Path

import pytest
from marshmallow import Schema, fields, post_dump

from claims import analyse
from factcheck.dumpers import dumper
from factcheck.schemas import AnalysisSchema, ClaimMatchSchema, dump_analysis
from sources import enrich, load_index
from sources.demo import load_demo

CORPUS = Path(__file__).parent.parent / "corpus"
# Every kind of registry match: a verbatim quote, an altered one, a paraphrase, a contradiction, a statement
# with disputes on record, and a speaker the registry does not know.
MATCHED = (
    'WASHINGTON - "Japan charges a 700% tariff on rice," President Donald Trump said on Monday.\n\n'
    'Trump later wrote that it was "a great honour to meet the Japanese delegation. Big progress!"\n\n'
    "Shigeru Ishiba said the negotiations would be easy going forward. Tokyo denied that it manipulates its currencies to get a trade advantage.\n\n"
    '"We will keep the ferry running," said Marta Quill, who runs the harbour cafe.\n'
)


@pytest.mark.parametrize("body", [MATCHED] + [path.read_text() for path in sorted(CORPUS.glob("*.txt"))])
def test_an_analysis_and_its_registry_matches_dump_as_marshmallow_dumps_them(db, body):
    load_demo(db)
    analysis = analyse(body)
    matches = enrich(analysis, load_index(db))
    assert dumper(AnalysisSchema())(analysis) == AnalysisSchema().dump(analysis)
    assert [dumper(ClaimMatchSchema())(match) for match in matches.values()] == \
        [ClaimMatchSchema().dump(match) for match in matches.values()]


def test_the_matched_article_has_every_kind_of_match(db):
    load_demo(db)
    claims = dump_analysis(analyse(MATCHED), enrich(analyse(MATCHED), load_index(db)))["claims"]
    statuses = {claim["provenance"]["status"] for claim in claims}
    assert statuses >= {"verbatim", "altered", "contradicted", "unverified"}
    assert any(claim["registry_disputes"] for claim in claims)
    assert any(claim["speaker"]["source"] is None for claim in claims)


@dataclass
class Place:
    name: str
    county: "Place | None" = None


class PlaceSchema(Schema):
    name = fields.String()
    county_name = fields.String(attribute="county.name")
    county = fields.Nested(lambda: PlaceSchema(exclude=["county"]), allow_none=True)
    kind = fields.Function(lambda place: type(place).__name__)
    postcode = fields.String()  # Place has none: left out, as marshmallow leaves it out
    country = fields.String(dump_default="UK")
    aliases = fields.List(fields.String(), data_key="also_known_as")
    nickname = fields.String(attribute="nick-name")  # no name Python can write after a dot
    kind_of = fields.String(attribute="class")  # nor a keyword


@pytest.mark.parametrize("place", [Place("Velmont"), Place("Velmont", Place("Harrow")),
                                   {"name": "Velmont", "aliases": ["Velm", 7], "country": None}])
def test_attribute_paths_absent_values_defaults_and_data_keys_dump_as_in_marshmallow(place):
    assert dumper(PlaceSchema())(place) == PlaceSchema().dump(place)


def test_attributes_named_by_no_python_name_are_dumped():
    place = Place("Velmont")
    setattr(place, "class", "town")
    setattr(place, "nick-name", "V")
    dumped = dumper(PlaceSchema())(place)
    assert (dumped["kind_of"], dumped["nickname"]) == ("town", "V")
    assert dumped == PlaceSchema().dump(place)


def test_a_schema_with_dump_hooks_is_refused():
    class Hooked(Schema):
        name = fields.String()

        @post_dump
        def shout(self, data, **kwargs):
            return {key: value.upper() for key, value in data.items()}

    with pytest.raises(ValueError, match="Hooked has dump hooks"):
        dumper(Hooked())
