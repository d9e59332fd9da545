"""Text to attributable claims: who said what, where, and whether it is disputed."""
import os

# blingfire imports numpy, whose OpenBLAS would otherwise start a thread per core that polls for work, about 2% of
# a core in every process, idle or not; nothing here multiplies matrices.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from claims.compiled import BUILD_VARIABLE, fresh_build, use_build  # noqa: E402

if build := fresh_build(os.environ.get(BUILD_VARIABLE)):
    use_build(__path__, build)

from claims.analysis import analyse  # noqa: E402 (the build, when used, is chosen first)
from claims.model import Analysis, Claim, Dispute, Speaker  # noqa: E402

__all__ = ["analyse", "Analysis", "Claim", "Dispute", "Speaker"]
