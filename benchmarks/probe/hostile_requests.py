"""A fixed list of hostile requests to pages and API: every answer must be a 4xx (or a 2xx), never a 5xx."""
import json
import random
from dataclasses import dataclass, field

from benchmarks.probe.client import send
from benchmarks.probe.figures import Figure, judged

HUGE = "9" * 23
HUGE_JSON_NUMBER = "9" * 4400  # over Python's 4,300-digit limit for int() from text
HUGE_Q = " ".join(f"word{n}" for n in range(20_000))
BINARY = random.Random(2025).randbytes(64 * 1024)
DEMO_SOURCE = "shigeru-ishiba"


@dataclass(frozen=True)
class Hostile:
    method: str
    path: str
    body: bytes | None = None
    headers: dict = field(default_factory=dict)


def json_body(text: str) -> dict:
    return {"body": text.encode("utf-8"), "headers": {"Content-Type": "application/json"}}


def upload(filename: str, content: bytes) -> dict:
    """A multipart/form-data body with one file field."""
    boundary = "probe-boundary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return {"body": body, "headers": {"Content-Type": f"multipart/form-data; boundary={boundary}"}}


PAGE_PATHS = [
    "/articles?page=1e20", f"/articles?page={HUGE}", "/articles?page=-1", "/articles?page=NaN",
    f"/articles/{HUGE}", "/articles/-1", "/registry?page=1e20", f"/registry?page={HUGE}",
    "/reports/disputed?article=1e20", f"/reports/disputed?article={HUGE}", "/reports/disputed?since=99999-99-99",
    f"/sources/{'x' * 5000}", "/articles?q=" + "%22" * 2000, "/articles?q=" + "+".join(["word"] * 5000),
]
API_PATHS = [
    "/api/v1/articles?page=1e20", f"/api/v1/articles?page={HUGE}", f"/api/v1/articles?page_size={HUGE}",
    f"/api/v1/articles/{HUGE}", f"/api/v1/articles/{HUGE}?format=prov", f"/api/v1/claims?article_id={HUGE}",
    "/api/v1/claims?article_id=1e20", "/api/v1/claims?since=99999-99-99", f"/api/v1/reports/disputed?article_id={HUGE}",
    "/api/v1/claims?q=" + HUGE_Q.replace(" ", "+"), "/api/v1/articles?q=" + HUGE_Q.replace(" ", "+"),
    f"/api/v1/sources/{'x' * 5000}", f"/api/v1/sources?page={HUGE}",
]
JSON_BODIES = [
    f'{{"body": "Ada said so.", "title": {HUGE_JSON_NUMBER}}}', f'{{"body": {HUGE_JSON_NUMBER}}}',
    f'{{"body": "Ada said so.", "published_at": {HUGE_JSON_NUMBER}}}', '{"body": "Ada said so.", "title": 1e999999}',
    '{"body": "Ada said so.", "title": NaN}', '{"body": "Ada said so.", "title": Infinity}',
    '{"body": ', '{"body": "a"', "[" * 100_000 + "]" * 100_000, '{"body": "\\ud800 said so."}', "null", "[]", '""',
]
HOSTILE_HTML = [
    "<div>" * 100_000 + "Ada said so." + "</div>" * 100_000,
    "<script>" + "alert(1);" * 10_000 + "</script><p>Ada said so.</p>",
    '<p title="' + "x" * 500_000 + '">Ada said so.</p>',
    "<!--" * 50_000 + "<p>Ada said so.</p>",
]


def hostile_requests(auth: dict) -> list[Hostile]:
    """Every hostile request of the probe, writes carrying the API key."""
    requests = [Hostile("GET", path) for path in PAGE_PATHS + API_PATHS]
    for path in ("/api/v1/articles", "/api/v1/sources"):
        requests += [Hostile("POST", path, **_with(json_body(text), auth)) for text in JSON_BODIES]
    requests += [Hostile("PATCH", f"/api/v1/sources/{DEMO_SOURCE}", **_with(json_body(text), auth)) for text in JSON_BODIES]
    requests += [Hostile("POST", "/api/v1/articles", BINARY, {"Content-Type": media, **auth})
                 for media in ("application/json", "text/plain", "text/html", "application/octet-stream")]
    requests += [Hostile("POST", "/api/v1/articles", **_with(upload(name, BINARY), auth)) for name in ("a.txt", "a.html")]
    requests += [Hostile("POST", "/api/v1/articles", html.encode(), {"Content-Type": "text/html", **auth})
                 for html in HOSTILE_HTML]
    requests += [Hostile("POST", "/api/v1/articles", **_with(upload("a.html", html.encode()), auth)) for html in HOSTILE_HTML]
    requests.append(Hostile("POST", "/api/v1/articles", json.dumps({"body": "Ada said so."}).encode(),
                            {"Content-Type": "application/json", "Idempotency-Key": "k" * 10_000, **auth}))
    requests.append(Hostile("POST", "/", BINARY, {"Content-Type": "application/x-www-form-urlencoded"}))
    return requests


def _with(request: dict, auth: dict) -> dict:
    return {**request, "headers": {**request["headers"], **auth}}


def probe_hostile_requests(base: str, auth: dict) -> list[Figure]:
    """Send each hostile request; count 5xx, requests without an answer, and the slowest answer."""
    requests = hostile_requests(auth)
    failures, slowest = [], (0.0, "")
    for hostile in requests:
        answer = send(base, hostile.method, hostile.path, hostile.body, hostile.headers)
        if answer.status is None or answer.status >= 500:
            failures.append((answer.status, hostile))
        slowest = max(slowest, (answer.seconds, f"{hostile.method} {hostile.path[:60]}"))
    for status, hostile in failures:
        print(f"  {status or 'no answer'}: {hostile.method} {hostile.path[:80]} {(hostile.body or b'')[:60]!r}")
    server_errors = sum(1 for status, _ in failures if status is not None)
    unanswered = len(failures) - server_errors
    print(f"hostile requests: {len(requests)} sent, {server_errors} 5xx, {unanswered} without an answer, "
          f"slowest {slowest[0]:.1f} s ({slowest[1]})")
    return [
        judged("hostile requests 5xx", f"{server_errors} of {len(requests)}", "0", server_errors == 0),
        judged("hostile requests no answer", str(unanswered), "0", unanswered == 0),
        Figure("hostile requests slowest", f"{slowest[0]:.1f} s: {slowest[1]}"),
    ]
