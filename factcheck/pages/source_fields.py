"""A registry source as form fields and back: lists one item per line, a role as "title | of | from | to"."""
from sources.model import Source
from sources.role_lines import role_line, role_record


def lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def form_data(source: Source) -> dict:
    """The source as the form's initial data."""
    return {
        "id": source.id, "name": source.name, "kind": source.kind, "aliases": "\n".join(source.aliases),
        "roles": "\n".join(role_line(role) for role in source.roles), "affiliation": source.affiliation,
        "country": source.country, "description": source.description, "links": "\n".join(source.links),
    }


def record_from_form(form, source_id: str, dataset: str | None) -> dict:
    """The registry record (as `sources.records.SourceRecord` loads it) that the form describes."""
    return {
        "id": source_id, "name": form.name.data.strip(), "kind": form.kind.data, "aliases": lines(form.aliases.data),
        "roles": [role_record(line) for line in lines(form.roles.data)], "links": lines(form.links.data),
        "dataset": dataset,
        **{name: (getattr(form, name).data or "").strip() or None for name in ("affiliation", "country", "description")},
    }


def validation_errors(messages: dict) -> dict[str, list[str]]:
    """Marshmallow's messages per form field, with line numbers for the one-per-line fields."""
    return {name: list(describe(problem)) for name, problem in messages.items()}


def describe(problem, where: str = ""):
    if isinstance(problem, dict):
        for key, inner in problem.items():
            label = f"line {key + 1}" if isinstance(key, int) else key
            yield from describe(inner, f"{where}{label}: ")
    else:
        yield from (f"{where}{message}" for message in problem)
