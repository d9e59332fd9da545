"""The compiled build of claims/ is used only while it was built from the current sources, and then reads every
article as the pure modules do. Without a build of the current sources the comparison skips, unless
FACTCHECK_REQUIRE_COMPILED=1 (as CI sets it) makes that a failure."""
import json
import os
import random
import subprocess
import sys
from importlib.machinery import PathFinder
from pathlib import Path

import pytest

from benchmarks.bench_claims import ARTICLES, SEED, article
from benchmarks.hostile_texts import hostile_texts
from claims.compiled import BUILD_VARIABLE, MANIFEST, PACKAGE, fresh_build, source_digest, use_build

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get(BUILD_VARIABLE) or ROOT / "build" / "mypyc")  # where `make compiled` puts it
REQUIRE_VARIABLE = "FACTCHECK_REQUIRE_COMPILED"  # "1": no build of the current sources fails the comparison (CI)
HOSTILE_BYTES = 32 * 1024  # each hostile case: long enough for its runs and repeats, short enough for a test


@pytest.fixture
def package(tmp_path: Path) -> Path:
    (tmp_path / "pkg" / "rules").mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text('"""A package."""\n')
    (tmp_path / "pkg" / "rules" / "verbs.py").write_text("VERBS = ('said',)\n")
    (tmp_path / "pkg" / "rules" / "verbs.txt").write_text("said\n")
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
    lambda package: (package / "rules" / "verbs.txt").write_text("said\ntold\n"),  # the build reads its own copy
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


def test_the_build_is_searched_before_the_sources_but_the_package_is_the_sources(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "__init__.py").write_text('"""A copy in the build."""\n')
    package_path = [str(PACKAGE)]
    use_build(package_path, tmp_path)
    assert package_path == [str(tmp_path / "claims"), str(PACKAGE)] and sys.path[-1] == str(tmp_path)
    # a child process starts from this sys.path: it imports the sources' claims/__init__.py, which checks the build
    assert PathFinder.find_spec("claims").origin == str(PACKAGE / "__init__.py")


# Each text's claims, digested, in a process of their own: with the build (compiled) or without (pure).
DIGESTS = (
    "import hashlib, json, sys\n"
    "import claims.analysis\n"
    "from claims import analyse\n"
    "texts = json.load(open(sys.argv[1], encoding='utf-8'))\n"
    "digests = [hashlib.sha1(repr(analyse(text)).encode()).hexdigest() for text in texts]\n"
    "print(json.dumps([claims.analysis.__file__.endswith('.so'), digests]))\n"
)


def compared_texts() -> list[str]:
    """The test corpus, the bench's synthetic articles and its hostile inputs (smaller)."""
    files = sorted((ROOT / "tests" / "corpus").rglob("*.txt")) + sorted((ROOT / "tests" / "data").glob("*.txt"))
    rng = random.Random(SEED)
    return [path.read_text(encoding="utf-8") for path in files] + [article(rng) for _ in range(ARTICLES)] + list(hostile_texts(HOSTILE_BYTES).values())


# Where the children of a process that uses the build find the package and a module: a spawned child, which starts
# from its parent's sys.path, and one of the analysis forkserver.
CHILD_MODULES = (
    "import importlib.util, json, multiprocessing\n"
    "import claims\n"
    "from factcheck.analysis import CONTEXT\n"
    "origins = []\n"
    "for context in (multiprocessing.get_context('spawn'), CONTEXT):\n"
    "    with context.Pool(1) as pool:\n"
    "        origins.append([spec.origin for spec in pool.map(importlib.util.find_spec, ['claims', 'claims.analysis'])])\n"
    "print(json.dumps(origins))\n"
)


def run_python(script: str, build: Path | None, *arguments: str) -> object:
    """What the script prints (JSON), run in a process of its own with the build (or pure Python: None)."""
    environment = {**os.environ, BUILD_VARIABLE: str(build or ""), "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", script, *arguments], env=environment, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def text_digests(texts: Path, build: Path | None) -> tuple[bool, list[str]]:
    """Whether the modules were compiled, and each text's digest."""
    compiled, digests = run_python(DIGESTS, build, str(texts))
    return compiled, digests


def current_build(build: Path) -> Path:
    """The build, made from the current sources; else the test skips, or fails where REQUIRE_VARIABLE is "1"."""
    if (build / MANIFEST).exists() and fresh_build(str(build)):
        return build
    missing = f"no compiled build of the current sources in {build} (`make compiled` makes one)"
    if os.environ.get(REQUIRE_VARIABLE) == "1":
        pytest.fail(f"{missing}, and {REQUIRE_VARIABLE}=1 requires one")
    pytest.skip(f"{missing}: the comparison was skipped")


def test_no_build_skips_the_comparison_unless_one_is_required(tmp_path, monkeypatch):
    monkeypatch.delenv(REQUIRE_VARIABLE, raising=False)
    with pytest.raises(pytest.skip.Exception):
        current_build(tmp_path / "nowhere")
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")
    with pytest.raises(pytest.fail.Exception, match=REQUIRE_VARIABLE):
        current_build(tmp_path / "nowhere")


def test_the_compiled_modules_read_every_text_as_the_pure_ones_do(tmp_path):
    build = current_build(BUILD)
    texts = compared_texts()
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    compiled, pure = text_digests(tmp_path / "texts.json", build), text_digests(tmp_path / "texts.json", None)
    assert (compiled[0], pure[0]) == (True, False)  # each read by the modules it is meant to be
    differing = [text[:80] for text, one, other in zip(texts, compiled[1], pure[1]) if one != other]
    assert not differing and len(compiled[1]) == len(texts)


def test_child_processes_use_the_build_chosen_by_the_sources_package():
    build = current_build(BUILD)
    for package, analysis in run_python(CHILD_MODULES, build):
        assert package == str(PACKAGE / "__init__.py")  # so the build is checked against the sources, not itself
        assert analysis.startswith(str(build)) and analysis.endswith(".so")
