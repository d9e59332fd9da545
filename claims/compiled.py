"""The compiled build of claims/ (mypyc): made in a directory of its own, never beside the sources, and used in
their place only while it was built from the sources as they are now, so an edit is never hidden by a stale
extension. Pure Python stays the reference: the build is used only where FACTCHECK_COMPILED names it.

Built by `python -m claims.build DIRECTORY` (what `make compiled` runs)."""
import hashlib
import sys
import sysconfig
from pathlib import Path

BUILD_VARIABLE = "FACTCHECK_COMPILED"  # the build's directory; unset or empty: pure Python
MANIFEST = "SOURCES"  # in the build: what it was built from
PACKAGE = Path(__file__).parent
KEPT_PURE = ("__init__.py", "compiled.py", "build.py")  # what chooses or makes the build is never compiled


def source_digest(package: Path = PACKAGE) -> str:
    """A digest of the package's files (names and contents: its sources, and the lexicons, which the compiled
    modules read from the build's copy) and of the extensions this Python loads."""
    digest = hashlib.sha256(str(sysconfig.get_config_var("EXT_SUFFIX")).encode())
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".so"):
        digest.update(b"\0" + path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def fresh_build(build: str | None, package: Path = PACKAGE) -> Path | None:
    """The build's directory when one is asked for and was built from the current sources; else None (pure Python),
    with one warning line when a build was asked for but is missing or stale."""
    if not build:
        return None
    try:
        recorded = (Path(build) / MANIFEST).read_text().strip()
    except OSError:
        recorded = None
    if recorded == source_digest(package):
        return Path(build)
    state = "no compiled build" if recorded is None else "the compiled build was made from other sources"
    print(f"claims: {state} in {build}; running pure Python (`make compiled` builds it)", file=sys.stderr)
    return None


def use_build(package_path: list[str], build: Path) -> None:
    """Import the package's modules from the build: the package's path names the build first, and its shared
    library, a top-level module, is found at the end of sys.path. A child process, which starts from the parent's
    sys.path, so still imports claims/__init__.py from the sources and chooses the build itself."""
    sys.path.append(str(build))
    package_path.insert(0, str(build / PACKAGE.name))
