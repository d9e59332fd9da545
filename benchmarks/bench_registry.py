"""Registry figures on one core: import, load/index time, memory and speaker-lookup latency at 10k-1M aliases."""
import itertools
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlite_utils import Database

from claims.model import Claim, Speaker
from sources import DEFAULT_CONFIG, load_index, registry
from sources.model import Role, Source
from sources.speakers import match_speaker

SIZES = tuple(int(size) for size in os.environ.get("BENCH_REGISTRY_SIZES", "10000,100000,1000000").split(","))
LOOKUPS = 2_000
SEED = 2025
SYLLABLES = "ka to ri na be lo mi su da ve ro sa ni ku the an el mar son ber win ta ho li ga fe".split()
COUNTRIES = ("Japan", "Italy", "France", "Brazil", "Canada", "Kenya", "India", "Germany")
TITLES = ("Finance Minister", "Prime Minister", "Trade Representative", "Chief Executive", "Governor")


def synthetic_name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def synthetic_sources(alias_count: int, rng: random.Random) -> list[Source]:
    """People with distinct full names (surnames drawn Zipf-like from a pool, so shared), aliases and roles.

    Each source has a name, a surname alias and a "Dr initial surname" alias (three entries); one in ten
    has a role of a country, which adds three role phrases.
    """
    given_names = [synthetic_name(rng, 2) for _ in range(3_000)]
    surnames = [synthetic_name(rng, 3) for _ in range(max(alias_count // 10, 500))]
    cumulative = list(itertools.accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(surnames))))
    sources, entries, taken = [], 0, set()
    while entries < alias_count:
        given, surname = rng.choice(given_names), rng.choices(surnames, cum_weights=cumulative)[0]
        if (given, surname) in taken:
            continue
        taken.add((given, surname))
        roles = [Role(rng.choice(TITLES), rng.choice(COUNTRIES))] if rng.random() < 0.1 else []
        sources.append(Source(f"s{len(sources)}", f"{given} {surname}", "person",
                              aliases=[surname, f"Dr {given[0]}. {surname}"], roles=roles))
        entries += 3 + 3 * len(roles)
    return sources


def lookup_claims(sources: list[Source], rng: random.Random) -> list[tuple[Claim, str | None]]:
    """Speakers as articles name them, each with the source it should find (None: nobody in particular).

    Full names, a full name mentioned by surname, a bare surname, a typo in a full name, a role phrase
    and people the registry does not hold.
    """
    def claim(name: str, mention: str) -> Claim:
        return Claim("c1", "x", (0, 1), "indirect", "said", None, Speaker(mention, (0, 1), name), "named")

    def typo(text: str) -> str:
        """Two neighbouring letters swapped inside a word, after its first letter (the typo prefilter
        looks for words of the same first letter)."""
        at = rng.choice([i for i in range(1, len(text) - 1) if " " not in text[i - 1:i + 2]])
        return text[:at] + text[at + 1] + text[at] + text[at + 2:]

    shapes = [
        lambda s: (claim(s.name, s.name), s.id),
        lambda s: (claim(s.name, s.aliases[0]), s.id),
        lambda s: (claim(s.aliases[0], s.aliases[0]), None),
        lambda s: (claim(misspelt := typo(s.name), misspelt), s.id),
        lambda s: (claim(f"the {rng.choice(COUNTRIES)} {rng.choice(TITLES).lower()}", "the minister"), None),
        lambda s: (claim(synthetic_name(rng, 2) + " " + synthetic_name(rng, 4), "a stranger"), None),
    ]
    return [rng.choice(shapes)(rng.choice(sources)) for _ in range(LOOKUPS)]


def resident_mb() -> float:
    """This process's resident memory now, in MB (Linux /proc; else the peak from getrusage)."""
    statm = Path("/proc/self/statm")
    if statm.exists():
        return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(alias_count: int, folder: str) -> None:
    rng = random.Random(SEED)
    sources = synthetic_sources(alias_count, rng)
    db = Database(Path(folder) / f"registry-{alias_count}.db")
    registry.ensure_schema(db)
    started = time.perf_counter()
    registry.upsert_sources(db, sources)
    imported = time.perf_counter() - started
    before = resident_mb()
    started = time.perf_counter()
    index = load_index(db)
    indexed = time.perf_counter() - started
    memory = resident_mb() - before
    latencies, found, expected = [], 0, 0
    for claim, source_id in lookup_claims(sources, rng):
        started = time.perf_counter()
        result = match_speaker(claim, index, DEFAULT_CONFIG)
        latencies.append((time.perf_counter() - started) * 1000)
        if source_id is not None:
            expected += 1
            found += source_id in [match.id for match in ([result.source] if result.source else result.candidates)]
    quantiles = statistics.quantiles(latencies, n=100)
    print(
        f"{len(index.keys):>9,} aliases ({len(sources):,} sources): import {imported:5.1f} s | "
        f"load+index {indexed:5.1f} s | index memory {memory:4.0f} MB | lookup p50 {quantiles[49]:.2f} ms "
        f"p99 {quantiles[98]:.2f} ms max {max(latencies):.1f} ms | right source {found / expected:.1%}"
    )


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(f"{LOOKUPS} speaker lookups per size on one core: full names, surnames, typos, role phrases, unknown people;")
    print("right source: share of lookups of a known person that return them (as the match or among candidates)")
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            measure(size, folder)


if __name__ == "__main__":
    main()
