"""The registry loaded for matching: names, aliases and role phrases normalised once, with word postings.

    load_index(db) -> RegistryIndex     read the registry tables and build the index
    IndexCache().current(db)            the index of `db`, rebuilt only when the registry's revision changed

A `RegistryIndex` is never modified after it is built, so threads may share it.
"""
import threading
import weakref
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from sources import registry
from sources.config import MatchConfig
from sources.model import RecordedDispute, Role, Statement
from sources.normalise import normalise
from sources.roles import role_phrases
from sources.tables import ALIASES, DISPUTES, ROLES, SOURCES, STATEMENTS
from sources.textindex import TokenIndex

VIAS = ("name", "alias", "role")
# Answers an index remembers (`RegistryIndex.remembered`): articles quote the same people day after day, and an
# index never changes, so neither do the answers about it.
REMEMBERED_ANSWERS = 1 << 14
# Words that name nobody: articles, and honorifics that any person may carry.
NAMELESS_WORDS = frozenset({"the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof"})


def lookup_key(text: str) -> str:
    """The form in which names, aliases, role phrases and speaker mentions are compared."""
    return " ".join(word for word in normalise(text).split() if word not in NAMELESS_WORDS)


class IndexedSource(NamedTuple):
    """What matching needs of a source: its name, and its profile words for telling namesakes apart."""

    id: str
    name: str
    profile: str


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One way of naming a source: its name, an alias or a role phrase (with the role, for its dates)."""

    key: str
    text: str
    source: int
    via: str
    role: Role | None = None


class RegistryIndex:
    """Sources, name entries and statements of one registry revision, ready for lookups.

    Sources and name entries are held column by column (keys, texts, owning source, how) in tuples,
    strings and arrays rather than as objects: a million of them is the size the registry is built for,
    and the garbage collector need not walk them.
    """

    def __init__(self, sources: list[IndexedSource], entries: Iterable[NameEntry], statements: list[Statement],
                 disputes: list[RecordedDispute], revision: int = 0):
        self.revision = revision
        self.sources = sources
        self.keys, self.texts, self.owners, self.vias = [], [], array("I"), array("B")
        self.role_dates: dict[int, tuple[str | None, str | None]] = {}  # entry -> (start, end), dated roles only
        for entry in entries:
            self._add(entry)
        self.entry_words = TokenIndex(self.keys)
        self.statements = statements
        self.statement_keys = [normalise(statement.text) for statement in statements]
        self.statement_words = TokenIndex(self.statement_keys)
        self.statements_by_source = _group(range(len(statements)), lambda i: statements[i].source_id)
        self.disputes_by_statement = _group(disputes, lambda dispute: dispute.statement_id)
        self._remember_answers()

    def _remember_answers(self) -> None:
        """`remembered(function, *args, **kwargs)`: `function(*args, index=self, **kwargs)`, remembered (answers must
        not be modified). The index is no key of what it remembers: a cycle through them would keep an index that
        `gc.freeze` froze (the server's first) alive after a registry edit replaced it."""
        index = weakref.ref(self)
        self.remembered = lru_cache(maxsize=REMEMBERED_ANSWERS)(
            lambda function, *args, **kwargs: function(*args, index=index(), **kwargs))

    def __getstate__(self) -> dict:
        """The index without what it remembers: pickled (to ship a registry to batch workers), it starts afresh."""
        return {name: value for name, value in self.__dict__.items() if name != "remembered"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._remember_answers()

    def find_names(self, key: str, config: MatchConfig) -> list[tuple[int, float]]:
        """(entry position, score) of the name entries scoring at least `config.speaker_cutoff` against `key`.

        A score is the better of the whole-name similarity (word order aside) and, weighed down by
        `config.subset_weight`, the similarity of the words they share when the entry is the longer
        name: "Ishiba" is in "Shigeru Ishiba". The other way round is no match: "U.S. vice president"
        is not the "U.S. president".
        """
        ids = self.entry_words.candidates(key.split(), config.prefilter_limit, config.typo_cutoff)
        choices = [self.keys[i] for i in ids]
        scores = {ids[position]: score for _key, score, position in process.extract(
            key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=config.speaker_cutoff, limit=None)}
        words = key.count(" ")
        for _key, score, position in process.extract(
                key, choices, scorer=fuzz.token_set_ratio, score_cutoff=config.speaker_cutoff / config.subset_weight, limit=None):
            if choices[position].count(" ") >= words:
                scores[ids[position]] = max(scores.get(ids[position], 0.0), score * config.subset_weight)
        return list(scores.items())

    def find_statements(self, key: str, config: MatchConfig) -> list[int]:
        """Positions of the statements sharing the rarest words of `key`, a normalised text (`normalise`)."""
        return self.statement_words.candidates(key.split(), config.prefilter_limit, config.typo_cutoff)

    def _add(self, entry: NameEntry) -> None:
        if entry.role is not None and (entry.role.start or entry.role.end):
            self.role_dates[len(self.keys)] = (entry.role.start, entry.role.end)
        self.keys.append(entry.key)
        self.texts.append(entry.text)
        self.owners.append(entry.source)
        self.vias.append(VIAS.index(entry.via))


def load_index(db: Database) -> RegistryIndex:
    """Read the registry of `db` (which has the registry schema: `registry.ensure_schema`) and index it."""
    # Read first: a write landing while we load makes this index look stale, never current.
    revision = registry.revision(db)
    sources = []
    roles = _group(db.query(f"SELECT * FROM {ROLES} ORDER BY id"), lambda row: row["source_id"])
    aliases = _group(db.query(f"SELECT source_id, alias FROM {ALIASES} ORDER BY rowid"), lambda row: row["source_id"])

    def entries():
        for row in db.query(f"SELECT id, name, affiliation, country, description FROM {SOURCES} ORDER BY id"):
            source_roles = [Role(r["title"], r["of"], r["start"], r["end"]) for r in roles.pop(row["id"], ())]
            names = [("name", row["name"], None)] + [("alias", r["alias"], None) for r in aliases.pop(row["id"], ())]
            names += [("role", phrase, role) for role in source_roles for phrase in role_phrases(role)]
            source_entries = _name_entries(names, len(sources))
            sources.append(IndexedSource(row["id"], row["name"], _profile(row, source_entries)))
            yield from source_entries

    statements = [Statement(**row) for row in db.query(f"SELECT * FROM {STATEMENTS} ORDER BY id")]
    disputes = [RecordedDispute(**row) for row in db.query(f"SELECT * FROM {DISPUTES} ORDER BY id")]
    return RegistryIndex(sources, entries(), statements, disputes, revision)


class IndexCache:
    """The index of one database, rebuilt when the registry's revision has changed since it was built."""

    def __init__(self):
        self._index = None
        self._lock = threading.Lock()

    def current(self, db: Database) -> RegistryIndex:
        """The up-to-date index of `db`."""
        with self._lock:
            if self._index is None or self._index.revision != registry.revision(db):
                self._index = load_index(db)
            return self._index


def _name_entries(names: list[tuple], source: int) -> list[NameEntry]:
    """The source's names as entries, one per distinct lookup key (the first way of writing it wins)."""
    entries = {}
    for via, text, role in names:
        key = lookup_key(text)
        if key and key not in entries:
            entries[key] = NameEntry(key, text, source, via, role)
    return list(entries.values())


def _profile(row: dict, entries: list[NameEntry]) -> str:
    """What may tell this source from a namesake: role phrases, affiliation, country, description.

    Sources with none of them share the empty string.
    """
    texts = [entry.key for entry in entries if entry.via == "role"]
    texts += [normalise(row[field]) for field in ("affiliation", "country", "description") if row[field]]
    return " ".join(sorted(set(" ".join(texts).split()))) if texts else ""


def _group(items, key) -> dict:
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)
