"""Which documents hold a word: the cheap prefilter that keeps rapidfuzz from scanning a whole registry."""
from array import array
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

# Words shorter than this are never read as typos of others: too many short words look alike.
MIN_TYPO_LENGTH = 4
TYPOS_PER_WORD = 3


class TokenIndex:
    """Postings (word -> ids of the documents holding it) over normalised documents.

    Document ids are positions in the sequence given; a lookup keeps the lowest ids first when it has
    to cut, so callers that order documents shortest first keep the closest ones for short queries.
    """

    def __init__(self, documents: Sequence[str]):
        postings = defaultdict(lambda: array("I"))
        for doc_id, document in enumerate(documents):
            for word in set(document.split()):
                postings[word].append(doc_id)
        self.postings = dict(postings)
        self.words_by_shape = _words_by_shape(self.postings)

    def candidates(self, query_words: Sequence[str], limit: int, typo_cutoff: float) -> list[int]:
        """Ids of at most `limit` documents sharing the query's rarest words (or their likely typos)."""
        lists = sorted(
            (ids for word in dict.fromkeys(query_words) if (ids := self._documents_with(word, typo_cutoff))),
            key=len,
        )
        if not lists:
            return []
        chosen = set(lists[0])
        for ids in lists[1:]:
            if len(chosen) > limit:
                narrowed = chosen.intersection(ids)
                chosen = narrowed or chosen
            elif len(chosen) + len(ids) <= limit:
                chosen.update(ids)
        return sorted(chosen)[:limit]

    def _documents_with(self, word: str, typo_cutoff: float) -> Sequence[int]:
        ids = self.postings.get(word)
        if ids is not None or len(word) < MIN_TYPO_LENGTH:
            return ids or ()
        similar = process.extract(
            word, self._same_shape(word), scorer=fuzz.ratio, score_cutoff=typo_cutoff, limit=TYPOS_PER_WORD
        )
        return sorted({doc_id for known, _score, _i in similar for doc_id in self.postings[known]})

    def _same_shape(self, word: str) -> list[str]:
        return [
            known
            for length in (len(word) - 1, len(word), len(word) + 1)
            for known in self.words_by_shape.get((word[0], length), ())
        ]


def _words_by_shape(postings: dict) -> dict[tuple[str, int], list[str]]:
    """Known words grouped by first letter and length: where a typo's original is looked for."""
    shapes = defaultdict(list)
    for word in postings:
        shapes[word[0], len(word)].append(word)
    return dict(shapes)
