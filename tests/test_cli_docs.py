"""The README documents every command of the command line."""
from pathlib import Path

from factcheck.cli import cli


def test_readme_documents_every_command():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert {name for name in cli.commands if f"factcheck {name}" not in readme} == set()
