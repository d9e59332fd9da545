"""The compiled build of claims/ is used only while it was built from the current sources, and then reads every
article as the pure modules do."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.compiled import BUILD_VARIABLE, MANIFEST, PACKAGE, fresh_build, source_digest, use_build

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get(BUILD_VARIABLE) or ROOT / "build" / "mypyc")  # where `make compiled` puts it
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("*.txt"))


@pytest.fixture
def package(tmp_path: Path) -> Path:
    (tmp_path / "pkg" / "rules").mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text('"""A package."""\n')
    (tmp_path / "pkg" / "rules" / "verbs.py").write_text("VERBS = ('said',)\n")
    return tmp_path / "pkg"


def built_from(package: Path, directory: Path) -> Path:
    directory.mkdir()
    (directory / MANIFEST).write_text(source_digest(package) + "\n")
    return directory


def test_no_build_asked_for_is_pure_python_and_silent(package, capsys):
    assert fresh_build(None, package) is None and fresh_build("", package) is None
    assert capsys.readouterr().err == ""


def test_a_build_made_from_the_current_sources_is_used(package, tmp_path, capsys):
    build = built_from(package, tmp_path / "build")
    assert fresh_build(str(build), package) == build
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("edit", [
    lambda package: (package / "rules" / "verbs.py").write_text("VERBS = ('said', 'told')\n"),
    lambda package: (package / "rules" / "new_rule.py").write_text("RULE = 1\n"),
    lambda package: (package / "rules" / "verbs.py").rename(package / "rules" / "cues.py"),
])
def test_an_edited_source_leaves_the_build_unused_with_one_warning(package, tmp_path, capsys, edit):
    build = built_from(package, tmp_path / "build")
    edit(package)
    assert fresh_build(str(build), package) is None
    warning = capsys.readouterr().err
    assert warning.count("\n") == 1 and "made from other sources" in warning and "pure Python" in warning


def test_a_missing_build_is_pure_python_with_one_warning(package, tmp_path, capsys):
    assert fresh_build(str(tmp_path / "nowhere"), package) is None
    assert "no compiled build" in capsys.readouterr().err


def test_a_build_for_another_python_is_stale(package, tmp_path, monkeypatch):
    build = built_from(package, tmp_path / "build")
    monkeypatch.setattr("sysconfig.get_config_var", lambda name: ".cpython-399-x86_64-linux-gnu.so")
    assert fresh_build(str(build), package) is None


def test_the_build_is_searched_before_the_sources(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    package_path = [str(PACKAGE)]
    use_build(package_path, tmp_path)
    assert package_path == [str(tmp_path / "claims"), str(PACKAGE)] and sys.path[0] == str(tmp_path)


# The corpus's claims, digested: run in this process (pure) and in one with the build (compiled).
DIGEST = (
    "import hashlib, sys\n"
    "import claims.analysis\n"
    "from claims import analyse\n"
    "digest = hashlib.sha256()\n"
    "for path in sys.argv[1:]:\n"
    "    digest.update(repr(analyse(open(path, encoding='utf-8').read())).encode())\n"
    "print(claims.analysis.__file__.endswith('.so'), digest.hexdigest())\n"
)


def corpus_digest(build: Path | None) -> str:
    environment = {**os.environ, BUILD_VARIABLE: str(build or ""), "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", DIGEST, *map(str, CORPUS)], env=environment, cwd=ROOT, capture_output=True, text=True, check=True)
    return run.stdout.strip()


def test_the_compiled_modules_read_the_corpus_as_the_pure_ones_do():
    if not (BUILD / MANIFEST).exists() or not fresh_build(str(BUILD)):
        pytest.skip("no compiled build of the current sources (`make compiled` makes one), so none is used")
    compiled, pure = corpus_digest(BUILD).split(), corpus_digest(None).split()
    assert compiled[0] == "True" and pure[0] == "False"  # each read by the modules it is meant to be
    assert compiled[1] == pure[1]
