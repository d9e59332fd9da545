"""Text to attributable claims: who said what, where, and whether it is disputed."""
from claims.analysis import analyse
from claims.model import Analysis, Claim, Dispute, Speaker

__all__ = ["analyse", "Analysis", "Claim", "Dispute", "Speaker"]
