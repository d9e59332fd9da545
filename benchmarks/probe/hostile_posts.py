"""POST /api/v1/articles with hostile texts, one at a time: MB/s each and the worst against its target."""
import json

from benchmarks.hostile_texts import hostile_texts
from benchmarks.probe.client import send
from benchmarks.probe.figures import Figure, judged

POST_BYTES = 256 * 1024
POST_TIMEOUT_SECONDS = 30
TARGET_MB_PER_S = 0.5


def post_article(base: str, auth: dict, text: str, timeout: float = POST_TIMEOUT_SECONDS):
    body = json.dumps({"body": text}).encode()
    return send(base, "POST", "/api/v1/articles", body, {"Content-Type": "application/json", **auth}, timeout)


def probe_hostile_posts(base: str, auth: dict) -> tuple[list[Figure], bool]:
    """Figures, and whether a post went unanswered (the server may still be busy with it)."""
    rates, shown, unanswered = {}, {}, False
    for name, text in hostile_texts(POST_BYTES).items():
        megabytes = len(text.encode("utf-8")) / 2**20
        answer = post_article(base, auth, text)
        failed = answer.status is not None and answer.status >= 500
        rates[name] = 0.0 if failed else megabytes / answer.seconds
        shown[name] = f"{'<' if answer.status is None else ''}{rates[name]:.3f} MB/s"  # unanswered: an upper bound
        unanswered |= answer.status is None
        print(f"hostile post {name}: {megabytes:.2f} MB, {answer.status or 'no answer'} in {answer.seconds:.1f} s, "
              f"{shown[name]}")
    worst = min(rates, key=rates.get)
    figures = [Figure(f"hostile post {name}", value) for name, value in shown.items()]
    figures.append(judged("hostile post worst", f"{shown[worst]} ({worst})", f">= {TARGET_MB_PER_S} MB/s",
                          rates[worst] >= TARGET_MB_PER_S))
    return figures, unanswered
