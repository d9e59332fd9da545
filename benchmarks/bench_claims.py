"""Claim extraction throughput on one core: KB/s and articles/s over synthetic articles, and peak memory.

Machines differ: the same code ran at 884 KB/s on one and 483 KB/s on another. A fixed pure-Python loop is
timed too and printed beside the figures, so that figures taken on different machines can be compared."""
import os
import random
import resource
import time
import tracemalloc
from contextlib import contextmanager

from claims import analyse

ARTICLES = 300
SEED = 2025
ROUNDS = 3
NARRATIVE_SHARE = 0.5
REFERENCE_LOOP_ADDITIONS = 10**7

PEOPLE = ["Ada Novak", "Oskar Bellamy", "Lena Vogt", "Ilse Marten", "Ruth Calloway", "Teodor Lind", "Priya Ramanathan"]
TITLES = ["Finance Minister", "Harbour Master", "Chief Executive", "Regional Transport Director", "Union leader"]
ORGANISATIONS = ["Lakeside Capital", "the Velmont Water Board", "Fenwick Motors", "Northgate Insight"]
CAPITALS = ["Ottawa", "Canberra", "Velmont", "the administration", "The ministry"]
ANONYMOUS = ["sources familiar with the talks", "a person briefed on the plan", "two officials", "people close to the board"]
PRONOUNS = ["he", "she"]
CUES = ["said", "told reporters", "warned", "insisted", "added", "noted", "argued"]
STATEMENTS = [
    "the pier would reopen in May", "fares would double from June", "the deficit had narrowed to {n}% of output",
    "talks would resume next week", "the plant had cut {n} jobs", "the levy would be halved before the harvest",
    "exports had risen {n}% this year", "the bridge would not be finished before {year}",
]
QUOTES = [
    "We will not close a single library this year.", "Nobody here is afraid of a long winter.",
    "It is a fair price for cleaner air, and people understand that.", "Our nurses are exhausted. The rota does not add up.",
    "When the inspector told me 'the wall is safe', I believed him.", "This is the best offer we have had in {n} years.",
]

# Paragraph shapes an agency report is made of, from plain narrative to nested and disputed attributions.
PARAGRAPHS = [
    '"{quote}" said {title} {person} of {org}, a {adj} advisory.',
    '{person} {cue} that {statement}.',
    '“{quote}” {person} said. “{quote2}”',
    '{statement_cap}, {person} {cue}.',
    '{statement_cap}, according to {anonymous}.',
    '{capital} said on {day} that {statement}.',
    '"{quote}" {pronoun} added.',
    '{pronoun_cap} said {statement} and that {statement2}.',
    '{person} said {person2} had said {statement}.',
    '{person} criticised the council for what {pronoun} said was a {n}% rise in fees, a figure {capital} disputes.',
    '{capital} denies {statement}.',
    '{person} said the plan was "{fragment}" and {statement2}.',
    '"{quote}\n\n"{quote2}"',
    '{person} declined to comment on the report.',
    'The council meets again on {day}. Fees rose {n}% last year, and {n2} ferries were cancelled in {month}.',
    'Protesters blocked the main road for two hours before police cleared it, and traffic resumed by {day}.',
]
# Background paragraphs: in wire copy about half the paragraphs attribute nothing (PolNeAR's articles average
# one attribution per ~550 bytes), so the mix carries as many of these as attributed shapes above.
NARRATIVE = [
    'The port, which handles most of the region\'s grain exports, was closed for {n} days in {month} after a storm '
    'damaged two of its cranes, and shipping companies diverted cargo to smaller harbours along the coast.',
    'Fees rose {n}% last year as the water board replaced pipes laid more than a century ago, and a further '
    'increase is planned for {month} when the second phase of the works begins in the northern districts.',
    '{person} took office in {month} after a campaign that focused on transport and housing, winning {n}% of the '
    'vote in a run-off against a candidate backed by the largest opposition party.',
    'The bridge was first proposed in the 1990s, but plans were shelved twice because of rising costs and '
    'disputes over who would pay for the approach roads on the eastern bank of the river.',
    'Unemployment in the region stood at {n}% in {month}, above the national average, while wages in the '
    'manufacturing sector have lagged behind inflation for three consecutive years.',
    'The council meets again on {day} to vote on the budget, which includes {n2} million crowns for school repairs '
    'and a new bus line connecting the hospital with the railway station.',
    'Ferry services were cut from four daily crossings to two in {month}, leaving commuters from the islands to '
    'rely on a single morning boat that often runs late in winter.',
    'Construction of the plant began in {year} and is expected to employ about {n2}0 people once it reaches full '
    'production, according to the timetable published with the planning application.',
]
FILLERS = {
    "adj": ["political risk", "energy policy", "shipping", "budget"],
    "day": ["Monday", "Tuesday", "Thursday", "Friday"],
    "month": ["March", "June", "October"],
    "fragment": ["a fair price", "long overdue", "a step backwards"],
}


def paragraph(rng: random.Random) -> str:
    statement, statement2 = (rng.choice(STATEMENTS) for _ in range(2))
    values = {
        "person": rng.choice(PEOPLE), "person2": rng.choice(PEOPLE), "title": rng.choice(TITLES),
        "org": rng.choice(ORGANISATIONS), "capital": rng.choice(CAPITALS), "anonymous": rng.choice(ANONYMOUS),
        "cue": rng.choice(CUES), "quote": rng.choice(QUOTES), "quote2": rng.choice(QUOTES),
        "statement": statement, "statement2": statement2, "statement_cap": statement[0].upper() + statement[1:],
        "pronoun": rng.choice(PRONOUNS), "n": rng.randint(2, 90), "n2": rng.randint(2, 90), "year": rng.randint(2026, 2031),
        **{key: rng.choice(choices) for key, choices in FILLERS.items()},
    }
    values["pronoun_cap"] = values["pronoun"].capitalize()
    # Two passes: the templates' slots, then the slots inside the statements and quotes they pulled in.
    shapes = NARRATIVE if rng.random() < NARRATIVE_SHARE else PARAGRAPHS
    return rng.choice(shapes).format(**values).format(**values)


def article(rng: random.Random) -> str:
    body = "\n\n".join(paragraph(rng) for _ in range(rng.randint(10, 30)))
    return f"{rng.choice(PEOPLE)} visits {rng.choice(CAPITALS)}\n\nBy {rng.choice(PEOPLE)} and {rng.choice(PEOPLE)}\n\n{body}\n\n© Northern Wire 2025\n"


@contextmanager
def one_core():
    """Run on a single CPU where the platform allows it, then give the others back."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    cpus = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cpus)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, cpus)


def reference_loop_seconds() -> float:
    """CPU seconds a fixed pure-Python loop takes on this machine (the least disturbed of ROUNDS runs)."""
    timings = []
    for _ in range(ROUNDS):
        started, total = time.process_time(), 0
        for number in range(REFERENCE_LOOP_ADDITIONS):
            total += number
        timings.append(time.process_time() - started)
    return min(timings)


def timed_pass(articles: list[str]) -> tuple[float, float]:
    """(wall clock, CPU) seconds to analyse every article once."""
    started, started_cpu = time.perf_counter(), time.process_time()
    for text in articles:
        analyse(text)
    return time.perf_counter() - started, time.process_time() - started_cpu


def main() -> None:
    rng = random.Random(SEED)
    articles = [article(rng) for _ in range(ARTICLES)]
    size_kb = sum(len(text.encode("utf-8")) for text in articles) / 1024
    analyse(articles[0])  # load lexicons and compile patterns outside the timing
    with one_core():
        passes = [timed_pass(articles) for _ in range(ROUNDS)]
        loop_seconds = reference_loop_seconds()
    elapsed, cpu = min(wall for wall, _ in passes), min(cpu for _, cpu in passes)  # the least disturbed passes
    claims = sum(len(analyse(text).claims) for text in articles)

    tracemalloc.start()
    for text in articles[:50]:
        analyse(text)
    _, peak_traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux

    print(f"articles         {len(articles)} ({size_kb:.0f} KB, {claims} claims: one per {size_kb * 1024 / claims:.0f} bytes)")
    print(f"throughput       {size_kb / elapsed:.0f} KB/s, {len(articles) / elapsed:.0f} articles/s on one core, best of {ROUNDS} passes "
          f"(target 1024 KB/s); {size_kb / cpu:.0f} KB/s of CPU time")
    print(f"machine          a loop of {REFERENCE_LOOP_ADDITIONS:.0e} additions takes {loop_seconds:.3f} s of CPU here")
    print(f"peak memory      {peak_traced / 2**20:.1f} MB traced during analysis, {max_rss_kb / 1024:.0f} MB max RSS")
