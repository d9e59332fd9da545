"""Listings cost a handful of SELECT statements, however many sources or claims they show."""
import sqlite3

import pytest

from factcheck.db import get_db
from sources import registry
from sources.model import Role, Source
from stored_claims import claim_json


@pytest.fixture
def selects(monkeypatch) -> list[str]:
    """The SELECT statements run on database connections opened from now on."""
    run: list[str] = []
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        connection.set_trace_callback(lambda sql: run.append(sql) if sql.lstrip().upper().startswith("SELECT") else None)
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    return run


@pytest.fixture
def big_registry(app):
    """72 sources, each with two aliases and a role."""
    with app.app_context():
        registry.upsert_sources(get_db(), [
            Source(f"person-{n:02d}", f"Person {n}", "person", aliases=[f"P{n}", f"Mx {n}"], roles=[Role("Mayor", f"Town {n}")])
            for n in range(72)
        ])


@pytest.mark.parametrize("path", ["/api/v1/sources?page_size=50", "/registry"])
def test_fifty_sources_cost_at_most_five_selects(app, big_registry, selects, path):
    response = app.test_client().get(path)
    assert response.status_code == 200
    assert "Person 49" in response.text and "Mx 49" in response.text and "Town 49" in response.text
    assert len(selects) <= 5, selects


def test_the_article_page_costs_at_most_ten_selects(app, store_article, selects):
    body = "Ann Lee said the bridge is safe. Bo Roe said rents will fall. City Hall disputes that the bridge is safe."
    article_id = store_article(body, [
        claim_json(body, "c1", "Ann Lee", "the bridge is safe", ("City Hall", "disputes that")),
        claim_json(body, "c2", "Bo Roe", "rents will fall"),
    ])
    selects.clear()
    response = app.test_client().get(f"/articles/{article_id}")
    assert response.status_code == 200 and "rents will fall" in response.text
    assert len(selects) <= 10, selects
