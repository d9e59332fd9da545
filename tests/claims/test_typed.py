"""claims/ is mypy-clean: the compiled build (claims/build.py) trusts its annotations, so a rule whose annotation
is wrong would raise or store a wrong value there while pure Python runs on."""
from pathlib import Path

import pytest

mypy = pytest.importorskip("mypy.api", reason="mypy is not installed (the 'compiled' extra installs it)")

ROOT = Path(__file__).resolve().parents[2]


def test_claims_type_checks_clean():
    report, errors, status = mypy.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"), str(ROOT / "claims")])
    assert status == 0, report + errors
