"""Claims built by hand, as the extractor would give them, so that matching is tested on its own."""
from claims.model import Claim, Dispute, Speaker


def make_claim(speaker: str | None, content: str = "something was said", *, quote: str | None = None,
               mention: str | None = None, attribution: str = "named", title: str | None = None,
               affiliation: str | None = None, disputed_by: str | None = None) -> Claim:
    """A claim as the extractor gives it: `speaker` is the resolved name, `mention` the words at the claim."""
    kind = "direct" if quote == content else "mixed" if quote else "indirect"
    who = Speaker(mention or speaker, (0, len(mention or speaker)), speaker, title, affiliation) if speaker else None
    disputes = [Dispute(disputed_by, disputed_by, "disputes", (0, 1))] if disputed_by else []
    return Claim("c1", content, (100, 100 + len(content)), kind, "said", None, who, attribution, quote, disputes=disputes)
