"""The public entry point: article text to an `Analysis`."""
from claims.model import Analysis


def analyse(text: str) -> Analysis:
    """Split an article into attributable claims."""
    return Analysis(headline=None, byline=[], publisher=None, claims=[])
