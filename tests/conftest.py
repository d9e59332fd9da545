"""Fixtures shared by every test folder."""
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from factcheck import accounts

# The cheapest argon2id parameters for the tests' users: with the service's own, each hash or login costs most
# of a second on a busy machine. A stored hash carries its parameters, so verifying follows them.
accounts.hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

# A news story written for these tests (no outside corpus): a byline, a publisher line, eight speakers and two
# claims that others deny (Petra Lindgren's warning, Jonas Everett's ridership figure).
NEWS_STORY = Path(__file__).resolve().parent / "data" / "harbour-ferry-dispute.txt"


@pytest.fixture(scope="session")
def news_story() -> str:
    return NEWS_STORY.read_text(encoding="utf-8")
