"""The claim JSON with registry matches (factcheck.schemas.dump_analysis)."""
from claims.model import Analysis
from factcheck.schemas import dump_analysis
from registry_claims import make_claim
from sources import enrich, load_index, registry
from sources.model import RecordedDispute, Source, Statement

QUOTE = "We will not close the pier before the autumn"


def test_an_altered_disputed_quote_in_json(registry_db):
    registry.upsert_sources(registry_db, [Source("ada", "Ada Novak", "person")])
    registry.upsert_statements(registry_db, [Statement("ada-pier", "We will not close the pier before the summer.", "ada",
                                                       url="https://example.org/pier", medium="interview", date="2025-03-02")])
    registry.upsert_disputes(registry_db, [RecordedDispute("council", "ada-pier", by_name="Velmont Council", date="2025-03-03")])
    analysis = Analysis(None, [], None, [make_claim("Ada Novak", QUOTE, quote=QUOTE)])
    [claim] = dump_analysis(analysis, enrich(analysis, load_index(registry_db)))["claims"]
    assert claim["speaker"]["source"] == {"id": "ada", "name": "Ada Novak", "score": 100.0, "alias": "Ada Novak", "via": "name"}
    assert claim["provenance"] == {
        "status": "altered",
        "score": 94.1,
        "original": {"statement_id": "ada-pier", "source_id": "ada", "text": "We will not close the pier before the summer.",
                     "url": "https://example.org/pier", "date": "2025-03-02", "medium": "interview"},
        "diff": [
            {"op": "equal", "original": "We will not close the pier before the", "quoted": "We will not close the pier before the"},
            {"op": "replace", "original": "summer", "quoted": "autumn"},
        ],
        "evidence": {"claim_span": [100, 144], "original_span": [0, 44]},
    }
    assert claim["registry_disputes"] == [{"id": "council", "statement_id": "ada-pier", "by": None, "by_name": "Velmont Council",
                                           "counter_claim": None, "reviewer": None, "rating": None, "url": None, "date": "2025-03-03"}]
    assert claim["disputed"] is True


def test_without_matches_the_claim_json_is_the_extractors():
    analysis = Analysis(None, [], None, [make_claim("Ada Novak", QUOTE, quote=QUOTE)])
    [claim] = dump_analysis(analysis)["claims"]
    assert "provenance" not in claim and "source" not in claim["speaker"]
