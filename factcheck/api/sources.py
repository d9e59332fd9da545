"""/api/v1/sources: the source registry over HTTP: list, add, fetch and edit sources; their statements and disputes."""
from flask import Response, jsonify
from flask_smorest import Blueprint
from marshmallow import ValidationError, fields
from werkzeug.exceptions import Conflict

from factcheck import rematch
from factcheck.api.bodies import JSON_TYPE, body_doc, json_body, json_document
from factcheck.api.conditional import check_precondition, etag_of, is_conditional
from factcheck.api.openapi import PREFIX, errors
from factcheck.api.listing import listed
from factcheck.api.openapi import LINK_HEADER
from factcheck.api.schemas import CursorArgsSchema, ListSchema, NumberedArgsSchema
from factcheck.cursors import Key, Order, page_of
from factcheck.db import get_db
from factcheck.paging import Page
from factcheck.public_url import external_url_for
from sources import registry
from sources.records import (
    DisputeRecord, NewSourceRecord, SourceRecord, StatementRecord, new_source_record, source_record,
)

blp = Blueprint("sources", __name__, url_prefix=f"{PREFIX}/sources",
                description="The source registry: people and organisations, their statements, disputes on record.")
ID = "<string(maxlength=100):source_id>"
WRITE = {"security": [{"ApiKey": []}]}


# Registry lists come in id order.
BY_ID = Order("id", (Key("id"),))


class SourceListSchema(ListSchema):
    items = fields.List(fields.Nested(SourceRecord), required=True)


class SourcePatchSchema(SourceRecord):
    """Any of a source's fields but its id; lists (aliases, roles, links) replace the stored ones whole."""


# Partial at the top only: a role given in a patch is a whole role, title and all.
source_patch = SourcePatchSchema(partial=tuple(SourceRecord().fields), exclude=("id",))


class StatementListSchema(ListSchema):
    items = fields.List(fields.Nested(StatementRecord), required=True)


class DisputeListSchema(ListSchema):
    items = fields.List(fields.Nested(DisputeRecord), required=True)


def source_response(source) -> Response:
    """The source's JSON, as GET /sources/{id} answers it."""
    return jsonify(source_record.dump(source))


def database_with(source_id: str):
    """The request's database, once it is known to hold this source (404 otherwise)."""
    db = get_db()
    if not registry.has_source(db, source_id):
        raise registry.NotFound(f"no source with id {source_id!r}")
    return db


@blp.get("")
@blp.arguments(NumberedArgsSchema, location="query")
@blp.response(200, SourceListSchema, headers=LINK_HEADER)
@errors(blp, 400, 422, 429)
def index(args):
    """Sources by id, a page at a time from `cursor`."""
    if "page" in args:
        found = registry.page_of_sources(get_db(), args["page"], args["page_size"])
        return listed(Page(found.sources, found.total, args["page"], args["page_size"]))
    return listed(id_page(registry.sources_after, args))


@blp.post("")
@blp.doc(**body_doc({JSON_TYPE: NewSourceRecord}), **WRITE)
@blp.response(201, SourceRecord, headers={"Location": {"schema": {"type": "string"}}})
@errors(blp, 400, 401, 409, 413, 415, 422, 429, 503)
def create():
    """Add a source with its aliases and roles; without an id, one is made from its name ("Ines Moreau":
    ines-moreau). 409 if the id is taken."""
    source = json_body(new_source_record)
    db = get_db()
    if registry.has_source(db, source.id):
        raise Conflict(f"A source with id {source.id!r} exists; PATCH it instead.")
    registry.upsert_sources(db, [source])
    rematch.start()
    return source, {"Location": external_url_for(".show", source_id=source.id)}


@blp.get(f"/{ID}")
@blp.response(200, SourceRecord)
@errors(blp, 404, 429)
def show(source_id):
    """A source with its aliases and roles."""
    return source_response(registry.get_source(get_db(), source_id))


@blp.patch(f"/{ID}")
@blp.doc(**body_doc({JSON_TYPE: source_patch}), **WRITE)
@blp.response(200, SourceRecord)
@errors(blp, 400, 401, 404, 413, 415, 422, 429, 503)
def update(source_id):
    """Change some fields of a source; lists (aliases, roles, links) are replaced whole. The id cannot change."""
    db = get_db()
    current = registry.get_source(db, source_id)
    changes = json_document()
    problems = source_patch.validate(changes)
    if problems:
        raise ValidationError({"json": problems})
    if is_conditional():
        check_precondition(etag_of(source_response(current)))
    source = source_record.load({**source_record.dump(current), **changes})
    registry.upsert_sources(db, [source])
    rematch.start()
    return source


@blp.get(f"/{ID}/statements")
@blp.arguments(CursorArgsSchema, location="query")
@blp.response(200, StatementListSchema, headers=LINK_HEADER)
@errors(blp, 400, 404, 422, 429)
def statements(args, source_id):
    """What the source said, on record, by id, a page at a time from `cursor`."""
    database_with(source_id)
    return listed(id_page(registry.statements_after, args, source_id))


@blp.get(f"/{ID}/disputes")
@blp.arguments(CursorArgsSchema, location="query")
@blp.response(200, DisputeListSchema, headers=LINK_HEADER)
@errors(blp, 400, 404, 422, 429)
def disputes(args, source_id):
    """Disputes and fact-check verdicts on record against the source's statements, by id, a page at a time."""
    database_with(source_id)
    return listed(id_page(registry.disputes_of_source_after, args, source_id))


def id_page(records_after, args: dict, *owner: str):
    """A page of registry records in id order from the request's cursor: `records_after(db, *owner, after, limit)`."""
    after = BY_ID.values_of(args["cursor"])[0] if "cursor" in args else None
    found = records_after(get_db(), *owner, after, args["page_size"] + 1)
    return page_of(found, BY_ID, args["page_size"], key_of=lambda record: [record.id])
