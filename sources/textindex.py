"""Which documents hold a word: the cheap prefilter that keeps rapidfuzz from scanning a whole registry."""
import weakref
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import islice

from rapidfuzz import fuzz, process

# Words shorter than this are never read as typos of others: too many short words look alike.
MIN_TYPO_LENGTH = 4
TYPOS_PER_WORD = 5
# Query words whose documents an index remembers: articles repeat their words and the language's common ones, and
# a word the index lacks costs a fuzzy search for its typos. The index never changes, so neither do the answers.
REMEMBERED_WORDS = 1 << 16


class TokenIndex:
    """Postings (word -> ids of the documents holding it) over normalised documents; ids are positions.

    Each posting lists the shortest documents first, so that a lookup forced to cut keeps the documents
    closest to a short query ("Harris" before "Tobias Harris").
    """

    def __init__(self, documents: Sequence[str]):
        postings = defaultdict(lambda: array("I"))
        spaces = [document.count(" ") for document in documents]
        for doc_id in sorted(range(len(spaces)), key=spaces.__getitem__):
            for word in set(documents[doc_id].split()):
                postings[word].append(doc_id)
        self.postings = dict(postings)
        self.words_by_shape = _words_by_shape(self.postings)
        self._remember_words()

    def _remember_words(self) -> None:
        """Start remembering the documents of query words afresh (`_documents_with`), one cache per typo cutoff."""
        self._remembered: dict[float, Callable[[str], Sequence[int]]] = {}

    def _documents_with(self, typo_cutoff: float) -> Callable[[str], Sequence[int]]:
        """`_find_documents(word, typo_cutoff)` as a function of `word`, remembered: one cache per cutoff, keyed by the
        word alone (an LRU cache takes a lone string as its own key, where two arguments cost a tuple built and
        hashed on every lookup). It holds the index weakly: a cycle through a bound method would keep an index that
        `gc.freeze` froze (the server's first) alive after a registry edit replaced it."""
        remembered = self._remembered.get(typo_cutoff)
        if remembered is None:
            index = weakref.ref(self)
            remembered = self._remembered.setdefault(typo_cutoff, lru_cache(maxsize=REMEMBERED_WORDS)(
                lambda word: index()._find_documents(word, typo_cutoff)))
        return remembered

    def __getstate__(self) -> dict:
        """The index without what it remembers: pickled (to ship a registry to batch workers), it starts afresh."""
        return {name: value for name, value in self.__dict__.items() if name != "_remembered"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._remember_words()

    def candidates(self, query_words: Sequence[str], limit: int, typo_cutoff: float) -> list[int]:
        """Ids of at most `limit` documents holding the query's rarest words (or their likely typos).

        Rare words' documents are pooled while they fit in `limit`; when even the rarest word is too
        common, the documents holding the other words as well are kept, shortest first.
        """
        lists = sorted(filter(None, map(self._documents_with(typo_cutoff), dict.fromkeys(query_words))), key=len)
        if not lists:
            return []
        if len(lists[0]) > limit:
            return _common_to_all(lists, limit)
        chosen = set(lists[0])
        if sum(map(len, lists)) <= limit:  # all of them fit: pooled in the same order, without a test per list
            chosen.update(*lists[1:])
            return list(chosen)
        for ids in lists[1:]:
            if len(chosen) + len(ids) <= limit:
                chosen.update(ids)
        return list(chosen)

    def _find_documents(self, word: str, typo_cutoff: float) -> Sequence[int]:
        """Ids of the documents holding `word`, else its likely typos (callers must not modify them)."""
        ids = self.postings.get(word)
        if ids is not None or len(word) < MIN_TYPO_LENGTH:
            return ids or ()
        similar = process.extract(
            word, self._same_shape(word), scorer=fuzz.ratio, score_cutoff=typo_cutoff, limit=TYPOS_PER_WORD
        )
        return list({doc_id: None for known, _score, _i in similar for doc_id in self.postings[known]})

    def _same_shape(self, word: str) -> list[str]:
        return [
            known
            for length in (len(word) - 1, len(word), len(word) + 1)
            for known in self.words_by_shape.get((word[0], length), ())
        ]


def _common_to_all(lists: list[Sequence[int]], limit: int) -> list[int]:
    """At most `limit` ids of the shortest list that the other lists hold too (while any do), shortest first."""
    if len(lists) == 1:
        return list(lists[0][:limit])
    common = set(lists[0])
    for ids in lists[1:]:
        if len(common) <= limit:
            return list(common)
        common = common.intersection(ids) or common
    return list(islice(filter(common.__contains__, lists[0]), limit))


def _words_by_shape(postings: dict) -> dict[tuple[str, int], list[str]]:
    """Known words grouped by first letter and length: where a typo's original is looked for."""
    shapes = defaultdict(list)
    for word in postings:
        shapes[word[0], len(word)].append(word)
    return dict(shapes)
