"""A role written on one line, as people type it in the pages and the CLI: "Prime Minister | Japan | 2024-10-01"."""
from sources.model import Role

ROLE_SEPARATOR = "|"
# The command line once took "TITLE;OF;START;END"; a line without "|" is still read that way.
FORMER_SEPARATOR = ";"
ROLE_PARTS = ("title", "of", "start", "end")
ROLE_FORMAT = f" {ROLE_SEPARATOR} ".join(part.upper() for part in ROLE_PARTS)


def role_line(role: Role) -> str:
    """The role as one line; trailing empty parts are left out."""
    return f" {ROLE_SEPARATOR} ".join(getattr(role, part) or "" for part in ROLE_PARTS).rstrip(f" {ROLE_SEPARATOR}")


def role_record(line: str) -> dict:
    """A role line as a registry record (`sources.records.RoleRecord`); empty parts are left out, and extra parts
    stay in the last so that validation refuses them."""
    separator = ROLE_SEPARATOR if ROLE_SEPARATOR in line or FORMER_SEPARATOR not in line else FORMER_SEPARATOR
    parts = [part.strip() or None for part in line.split(separator, len(ROLE_PARTS) - 1)]
    return {name: value for name, value in zip(ROLE_PARTS, parts) if value is not None}
