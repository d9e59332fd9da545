"""The server's access line, made from the few atoms its format uses (`factcheck.server.AccessLogger`)."""
from datetime import timedelta
from types import SimpleNamespace

import pytest
from gunicorn.config import Config
from gunicorn.glogging import Logger, SafeAtoms

from factcheck.server import ACCESS_LOG_FORMAT, AccessLogger

ENVIRON = {"REMOTE_ADDR": "127.0.0.1", "REQUEST_METHOD": "POST", "RAW_URI": "/api/v1/articles?x=%22a%22",
           "SERVER_PROTOCOL": "HTTP/1.1", "PATH_INFO": "/api/v1/articles", "HTTP_USER_AGENT": 'curl "8"'}
REQUEST = SimpleNamespace(headers=[("HOST", "127.0.0.1"), ("X-REQUEST-ID", "from-client")])


def access_line(logger_class, response) -> str:
    config = Config()
    config.set("access_log_format", ACCESS_LOG_FORMAT)
    atoms = logger_class(config).atoms(response, REQUEST, ENVIRON, timedelta(seconds=1, microseconds=23_999))
    return ACCESS_LOG_FORMAT % SafeAtoms(atoms)


@pytest.mark.parametrize("response", [
    SimpleNamespace(status="201 CREATED", sent=23627, headers=[("Content-Type", "application/json"),
                                                               ("X-Request-Id", "0af3")]),
    SimpleNamespace(status=404, sent=None, headers=[]),
    SimpleNamespace(status="200 OK", sent=0, headers=[("x-request-id", 'a"b')]),
])
def test_the_access_line_is_gunicorns_own(response):
    assert access_line(AccessLogger, response) == access_line(Logger, response)
