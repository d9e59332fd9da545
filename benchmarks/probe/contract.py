"""schemathesis against the live server's OpenAPI document, every check on: 5xx and failures by check."""
from collections import Counter

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.core.failures import Failure, FailureGroup

from benchmarks.probe.client import REQUEST_TIMEOUT_SECONDS
from benchmarks.probe.figures import Figure, judged

EXAMPLES_PER_OPERATION = 15
OPENAPI_PATH = "/api/v1/openapi.json"


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


def run_operation(operation, mode: GenerationMode, base: str, auth: dict, tally: Counter) -> None:
    @given(case=operation.as_strategy(generation_mode=mode, headers=auth))
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    def generated(case):
        check_case(case, base, auth, tally)

    generated()


def probe_contract(base: str, auth: dict) -> list[Figure]:
    """Valid and invalid requests for every documented operation; a failing check is counted, not raised."""
    schema = schemathesis.openapi.from_url(base + OPENAPI_PATH, config=schemathesis.Config.from_dict({}),
                                           timeout=REQUEST_TIMEOUT_SECONDS)
    tally = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
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
