"""Sorted, non-overlapping spans with fast look-ups (quotations are asked about for every word)."""
from bisect import bisect_right

from claims.model import Span


class SpanIndex:
    """Answers "is this offset inside one of the spans?" in O(log n)."""

    def __init__(self, spans: list[Span]):
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def covers(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.spans[index][1]

    def overlapping(self, start: int, end: int) -> list[Span]:
        """The spans that overlap [start, end)."""
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = bisect_right(self.starts, end)
        return [span for span in self.spans[first:last] if span[0] < end and span[1] > start]


def inside(inner: Span, outer: Span) -> bool:
    """Whether `inner` lies within `outer` and is not the same span."""
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer
