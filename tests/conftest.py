"""Fixtures shared by every test folder."""
from pathlib import Path

import pytest

# A news story written for these tests (no outside corpus): a byline, a publisher line, eight speakers and two
# claims that others deny (Petra Lindgren's warning, Jonas Everett's ridership figure).
NEWS_STORY = Path(__file__).resolve().parent / "data" / "harbour-ferry-dispute.txt"


@pytest.fixture(scope="session")
def news_story() -> str:
    return NEWS_STORY.read_text(encoding="utf-8")
