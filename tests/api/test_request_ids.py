"""Every answer carries a request id: the client's own when it is sane, else a fresh one."""
import pytest


def test_a_sane_request_id_is_echoed(client):
    assert client.get("/api/v1/articles", headers={"X-Request-Id": "cms.story-1001_retry2"}).headers["X-Request-Id"] == \
        "cms.story-1001_retry2"


@pytest.mark.parametrize("given", [None, "", "a b", "x" * 129, 'id" status=200', "naïve"])
def test_a_missing_or_unsafe_request_id_is_replaced_by_a_fresh_one(client, given):
    headers = {} if given is None else {"X-Request-Id": given}
    answers = [client.get("/api/v1/nothing-here", headers=headers).headers["X-Request-Id"] for _ in range(2)]
    assert answers[0] != answers[1] and all(len(answer) == 32 and answer.isalnum() for answer in answers)
