"""schemathesis against the live server's OpenAPI document, every check on: 5xx and failures by check."""
import itertools
import json
from collections import Counter
from html import escape

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core.failures import Failure, FailureGroup

from benchmarks.probe.client import REQUEST_TIMEOUT_SECONDS
from factcheck.api.batches import JSON_LINES_TYPES
from factcheck.webhook_delivery import BlockedTarget, check_url
from benchmarks.probe.figures import Figure, judged

EXAMPLES_PER_OPERATION = 15
IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_IDEMPOTENCY_KEY = 255
_request_numbers = itertools.count()
OPENAPI_PATH = "/api/v1/openapi.json"
# What an uploaded .txt or .html file is, as the API documents it in words (OpenAPI cannot say it of a file's
# bytes): UTF-8 text with some character that is not a space and no NUL; HTML that holds such text.
ARTICLE_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1)
ARTICLE_FILES = {
    "text/plain": ARTICLE_TEXT.filter(str.strip).map(str.encode),
    "text/html": ARTICLE_TEXT.filter(lambda text: any(c.isalnum() for c in text))
                             .map(lambda text: f"<html><body><p>{escape(text)}</p></body></html>".encode()),
}


# A batch as JSON Lines: one article a line.
JSON_LINES = st.lists(st.fixed_dictionaries({"body": ARTICLE_TEXT.filter(str.strip)}), min_size=1, max_size=3).map(
    lambda articles: "".join(json.dumps(article) + "\n" for article in articles).encode())


def roles_in_order(body) -> bool:
    """No role that ends before it starts: a rule across two fields, which the docs state and OpenAPI cannot."""
    roles = body.get("roles") if isinstance(body, dict) else None
    return not isinstance(roles, list) or not any(
        isinstance(role, dict) and isinstance(role.get("start"), str) and isinstance(role.get("end"), str)
        and role["end"] < role["start"] for role in roles)


def allowed_webhook_target(context, body) -> bool:
    """A webhook's URL is https on a public address (the service's default), which the docs state in words."""
    if not (context.operation and context.operation.path == "/api/v1/webhooks" and isinstance(body, dict)
            and isinstance(body.get("url"), str)):
        return True
    try:
        check_url(body["url"], private_targets=False)
    except (BlockedTarget, ValueError):
        return False
    return True


def filter_body(context, body) -> bool:
    return roles_in_order(body) and allowed_webhook_target(context, body)


def only_text_in_a_form(_context, case) -> bool:
    """A form field is text: a generated null, object, list, number or boolean goes out in multipart/form-data as its
    text ("null", '{}'), a valid value of a text field, so such a case is no invalid request (and no other than one
    with that text)."""
    return not (case.media_type == "multipart/form-data" and isinstance(case.body, dict)
                and any(not isinstance(value, (str, bytes)) for value in case.body.values()))


def map_headers(_context, headers):
    """Each generated request is a new one: a valid Idempotency-Key gets a unique ending, as a client's would
    (a key reused with another article is rightly a 422)."""
    key = (headers or {}).get(IDEMPOTENCY_HEADER)
    if isinstance(key, str) and key.strip() and len(key) <= MAX_IDEMPOTENCY_KEY:
        suffix = f"-{next(_request_numbers)}"
        headers[IDEMPOTENCY_HEADER] = key[:MAX_IDEMPOTENCY_KEY - len(suffix)] + suffix
    return headers


def map_query(_context, query):
    """A list's cursor is one the API gave out in a `next` link, never made up: generated ones are left out."""
    if isinstance(query, dict):
        query.pop("cursor", None)
    return query


def with_documented_rules(schema):
    """`schema`, with what the API documents in words and OpenAPI cannot state taught to schemathesis: what an
    uploaded .txt or .html file holds, what a JSON Lines batch holds, that a role does not end before it starts,
    that a webhook targets a public https address, that idempotency keys are not reused across different
    requests, that cursors come from the API, that a form field is always text, that a precondition on a write may
    fail (412)."""
    for media_type, strategy in ARTICLE_FILES.items():
        schemathesis.openapi.media_type(media_type, strategy)
    for media_type in JSON_LINES_TYPES:
        schemathesis.openapi.media_type(media_type, JSON_LINES)
    schema.hook(filter_body)
    schema.hook("filter_case")(only_text_in_a_form)
    schema.hook(map_headers)
    schema.hook(map_query)
    # A write whose If-Match or If-None-Match does not hold is well formed and rightly refused with 412: which ETag
    # is current is the server's state, which no schema can state.
    acceptance = schema.config.checks.positive_data_acceptance
    acceptance.expected_statuses = [*acceptance.expected_statuses, "412"]
    return schema


def check_case(case, base: str, auth: dict, tally: Counter) -> None:
    """Send one generated request and count its 5xx and every check it fails."""
    tally["requests"] += 1
    try:
        response = case.call(base_url=base, headers=auth, timeout=REQUEST_TIMEOUT_SECONDS)
    except requests.RequestException:
        tally["no answer"] += 1
        return
    if response.status_code >= 500:
        tally["5xx"] += 1
    try:
        case.validate_response(response, headers=auth)
    except FailureGroup as group:
        tally.update(f"failed: {failure.title}" for failure in group.exceptions)
    except Failure as failure:
        tally[f"failed: {failure.title}"] += 1


PRECONDITION_HEADERS = ("If-Match", "If-None-Match")


def generable(operation, mode: GenerationMode, auth: dict) -> bool:
    """Whether requests of `mode` can be made for `operation`: an invalid one needs some input to get wrong, other
    than the `auth` headers every request carries and the preconditions, where any text is valid (a tag that is
    not the resource's simply does not match)."""
    headers = [header for header in operation.headers if header.name not in {*auth, *PRECONDITION_HEADERS}]
    inputs = (operation.path_parameters, operation.query, headers, operation.cookies, operation.body)
    return mode is GenerationMode.POSITIVE or any(len(parameters) for parameters in inputs)


def run_operation(operation, mode: GenerationMode, base: str, auth: dict, tally: Counter) -> None:
    @given(case=operation.as_strategy(generation_mode=mode, headers=auth))
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    def generated(case):
        check_case(case, base, auth, tally)

    generated()


def probe_contract(base: str, auth: dict) -> list[Figure]:
    """Valid and invalid requests for every documented operation; a failing check is counted, not raised."""
    schema = with_documented_rules(schemathesis.openapi.from_url(
        base + OPENAPI_PATH, config=schemathesis.Config.from_dict({}), timeout=REQUEST_TIMEOUT_SECONDS))
    tally = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            if generable(operation, mode, auth):
                run_operation(operation, mode, base, auth, tally)
    checks = sorted((name, count) for name, count in tally.items() if name.startswith("failed: "))
    print(f"schemathesis: {tally['requests']} requests over {len(operations)} operations, "
          f"{tally['5xx']} 5xx, {tally['no answer']} without an answer")
    for name, count in checks:
        print(f"  {name}: {count}")
    return [
        judged("schemathesis 5xx", f"{tally['5xx']} of {tally['requests']}", "0", tally["5xx"] == 0),
        judged("schemathesis no answer", str(tally["no answer"]), "0", tally["no answer"] == 0),
        *(Figure(f"schemathesis {name}", str(count)) for name, count in checks),
    ]
