"""Fixtures for the registry tests: an empty or demo registry in a temporary SQLite file, and its index."""
import pytest
from sqlite_utils import Database

from sources import load_index, registry
from sources.demo import load_demo


@pytest.fixture
def registry_path(tmp_path) -> str:
    """A SQLite file with an empty registry."""
    path = tmp_path / "registry.db"
    with Database(path) as db:
        registry.ensure_schema(db)
    return str(path)


@pytest.fixture
def registry_db(registry_path):
    with Database(registry_path) as db:
        yield db


@pytest.fixture
def demo_db(registry_db):
    load_demo(registry_db)
    return registry_db


@pytest.fixture
def demo_index(demo_db):
    return load_index(demo_db)
