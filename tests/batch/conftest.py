"""Fixtures for the batch's tests: a small real Dask cluster, an archive of articles written here, the CLI."""
import logging

import pytest
from click.testing import CliRunner
from distributed import LocalCluster

from factcheck.cli import cli

# Articles in several house styles, written for these tests.
ARCHIVE = {
    "wire/harbour.txt": 'VELMONT (Coast Wire) - "Harbour fees will rise by 4% next year," said Ines Moreau, '
                        "the port director.\n\nShe added that ferries would be exempt.\n",
    "wire/council.txt": "By Tom Reyes\n\nThe council will close two libraries, according to a budget memo.\n\n"
                        '"We have no other choice," Mayor Jane Doe told reporters on Monday.\n',
    "web/school.html": "<html><body><nav>Home | News</nav><article><h1>School opens</h1>"
                       "<p>“Every child gets a seat,” the headteacher, Amal Idris, said.</p>"
                       "<p>Parents said the new building was long overdue.</p></article></body></html>",
    "empty.txt": "",
}


@pytest.fixture(scope="module")
def cluster():
    """A real distributed.LocalCluster, its worker threads in this process, reached over TCP as any cluster is.

    One per module, not per session: its threads would otherwise run (and draw random numbers, which
    hypothesis notices) through the rest of the test session."""
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://", dashboard_address=":0",
                      silence_logs=logging.ERROR) as local:
        yield local.scheduler_address


@pytest.fixture
def archive(tmp_path):
    """A folder of the ARCHIVE's files; returns its path."""
    root = tmp_path / "archive"
    for name, text in ARCHIVE.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def run_cli():
    """Run `factcheck ARGS...`, failing with its output unless it exits with `expect` (0)."""
    def run(*args, expect=0):
        result = CliRunner().invoke(cli, [str(arg) for arg in args])
        assert result.exit_code == expect, result.output + repr(result.exception)
        return result.output
    return run

