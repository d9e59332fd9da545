"""Validated registry records: marshmallow schemas that load JSON-like dicts into the registry's dataclasses.

The import format (one JSON document; `sources/data/demo_registry.json` is an example):

    {"dataset": "demo",                       optional label stored on every record
     "sources": [{"id", "name", "kind", "aliases": [...], "roles": [{"title", "of", "start", "end"}],
                  "affiliation", "country", "description", "links": [...]}],
     "statements": [{"id", "source_id", "text", "url", "medium", "date", "recorded_by"}],
     "disputes": [{"id", "statement_id", "by", "by_name", "counter_claim", "reviewer", "rating", "url", "date"}]}

`id`, `name`, `kind`, `text`, `statement_id` and a role's `title` are required; dates are ISO 8601 (a year,
a month "2025-04", a day, or a date-time). Unknown keys are refused. Every text has a size limit
(FIELD_LIMITS) so that a runaway field is an error, not a stored megabyte.
"""
import hashlib
import re
import unicodedata
from datetime import datetime

from marshmallow import Schema, ValidationError, fields, post_load, pre_load, validate, validates_schema

from sources.model import SOURCE_KINDS, RecordedDispute, Role, Source, Statement

FIELD_LIMITS = {"id": 100, "name": 300, "short": 300, "url": 2_000, "description": 5_000, "text": 20_000, "list": 500}
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")


def error_paths(messages, path: tuple = ()):
    """marshmallow's nested error messages as (path, message) pairs: (("sources", 3, "roles", 0, "start"), "...")."""
    if isinstance(messages, (list, str)):
        yield path, " ".join(messages) if isinstance(messages, list) else messages
        return
    for key, value in messages.items():
        yield from error_paths(value, (*path, key))


def field_path(path: tuple) -> str:
    """("roles", 0, "start") -> "roles[1].start": list positions count from 1, as people do."""
    return "".join(f"[{part + 1}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def not_blank(value: str) -> None:
    """Refuse text that is only whitespace."""
    if not value.strip():
        raise ValidationError("must not be blank")


def storable(value: str) -> None:
    """Refuse text SQLite cannot store: lone surrogates, which JSON's \\uD800 escapes can carry."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("not valid Unicode text") from None


def iso_date(value: str) -> None:
    """Accept a year, a year-month or an ISO 8601 date or date-time."""
    if PARTIAL_DATE.match(value):
        return
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError("not an ISO 8601 date (2025-04-16, 2025-04 or 2025)") from None


def string_field(limit: str, required: bool = False, *more_validators) -> fields.String:
    """A string of at most FIELD_LIMITS[limit] characters; required ones must not be blank."""
    validators = [validate.Length(max=FIELD_LIMITS[limit]), storable, *more_validators]
    if required:
        return fields.String(required=True, validate=[*validators, not_blank])
    return fields.String(load_default=None, allow_none=True, validate=validators)


def id_field(required: bool = True) -> fields.String:
    """An id: letters, digits and . _ : - (no spaces), so that it is safe in a URL."""
    return string_field("id", required, validate.Regexp(ID_PATTERN, error="must be letters, digits and . _ : - only"))


def strings_field(limit: str) -> fields.List:
    """A list of non-blank strings, each of at most FIELD_LIMITS[limit] characters."""
    return fields.List(string_field(limit, required=True), load_default=list, validate=validate.Length(max=FIELD_LIMITS["list"]))


def url_field(optional: bool = True) -> fields.Url:
    """An absolute URL of at most FIELD_LIMITS["url"] characters."""
    checks = [validate.Length(max=FIELD_LIMITS["url"]), storable]
    return fields.Url(load_default=None, allow_none=True, validate=checks) if optional else fields.Url(validate=checks)


def date_field() -> fields.String:
    """An optional ISO 8601 date (see `iso_date`)."""
    return string_field("id", False, iso_date)


class RoleRecord(Schema):
    title = string_field("name", required=True)
    of = string_field("name")
    start = date_field()
    end = date_field()

    @validates_schema
    def ends_after_it_starts(self, data, **_kwargs):
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise ValidationError("ends before it starts", "end")

    @post_load
    def make(self, data, **_kwargs) -> Role:
        return Role(**data)


class SourceRecord(Schema):
    id = id_field()
    name = string_field("name", required=True)
    kind = fields.String(required=True, validate=validate.OneOf(SOURCE_KINDS))
    aliases = strings_field("name")
    roles = fields.List(fields.Nested(RoleRecord), load_default=list, validate=validate.Length(max=FIELD_LIMITS["list"]))
    affiliation = string_field("name")
    country = string_field("name")
    description = string_field("description")
    links = fields.List(url_field(optional=False), load_default=list, validate=validate.Length(max=FIELD_LIMITS["list"]))
    dataset = string_field("id")

    @post_load
    def make(self, data, **_kwargs) -> Source:
        return Source(**data)


def slug(name: str) -> str:
    """An id from a name, at most FIELD_LIMITS["id"] long: "Shigeru Ishiba" → "shigeru-ishiba"; a name without Latin
    letters or digits ("東京都庁") gets "source-" and a hash of it."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    found = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower())[:FIELD_LIMITS["id"]].strip("-")
    return found or "source-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class NewSourceRecord(SourceRecord):
    """A source to add, as the registry's form takes it: without an id, it gets one made from its name (`slug`)."""

    id = id_field(required=False)

    @pre_load
    def id_from_name(self, data, **_kwargs):
        if isinstance(data, dict) and data.get("id") is None and isinstance(data.get("name"), str):
            return {**data, "id": slug(data["name"])}
        return data


class StatementRecord(Schema):
    id = id_field()
    source_id = id_field(required=False)
    text = string_field("text", required=True)
    url = url_field()
    medium = string_field("short")
    date = date_field()
    recorded_by = string_field("short")
    dataset = string_field("id")

    @post_load
    def make(self, data, **_kwargs) -> Statement:
        return Statement(**data)


class DisputeRecord(Schema):
    id = id_field()
    statement_id = id_field()
    by = id_field(required=False)
    by_name = string_field("name")
    counter_claim = string_field("text")
    reviewer = string_field("name")
    rating = string_field("short")
    url = url_field()
    date = date_field()
    dataset = string_field("id")

    @validates_schema
    def names_who_disputes(self, data, **_kwargs):
        if not (data.get("by") or data.get("by_name") or data.get("reviewer")):
            raise ValidationError("say who disputes it: by, by_name or reviewer", "by")

    @post_load
    def make(self, data, **_kwargs) -> RecordedDispute:
        return RecordedDispute(**data)


class RegistryRecords(Schema):
    """A whole import file."""

    dataset = string_field("id")
    note = string_field("description")
    sources = fields.List(fields.Nested(SourceRecord), load_default=list)
    statements = fields.List(fields.Nested(StatementRecord), load_default=list)
    disputes = fields.List(fields.Nested(DisputeRecord), load_default=list)


source_record = SourceRecord()
new_source_record = NewSourceRecord()
statement_record = StatementRecord()
dispute_record = DisputeRecord()
registry_records = RegistryRecords()
