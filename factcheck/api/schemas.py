"""Marshmallow schemas of the JSON API's requests and responses (a stored claim: `factcheck.schemas.StoredClaimSchema`)."""
import re
from datetime import timezone

from flask_smorest.fields import Upload
from marshmallow import Schema, ValidationError, fields, pre_load, validate, validates_schema
from werkzeug.exceptions import BadRequest

from factcheck.cursors import MAX_CURSOR_LENGTH
from factcheck.paging import MAX_ID, MAX_PAGE
from factcheck.report_order import DEFAULT_SORT, SORTS
from factcheck.review import STATUSES
from factcheck.schemas import StoredClaimSchema
from factcheck.storage import ARTICLE_ORDERS, CLAIM_ORDERS, MAX_SEARCH_WORDS
from factcheck.wording import ORIGINS
from sources.records import FIELD_LIMITS

MAX_PAGE_SIZE = 100
# Searches use the first storage.MAX_SEARCH_WORDS words; a longer query is refused rather than read. Text in a
# query string is short, so that the longest valid one, percent-encoded, fits the server's request line.
MAX_QUERY_LENGTH = 200
MAX_SPEAKER_LENGTH = 200
MAX_EXTERNAL_ID = 255
# An article's id in its CMS: text without control characters and not only spaces (it goes in a URL path,
# percent-encoded).
EXTERNAL_ID_PATTERN = r"^[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f\x85][^\x00-\x1f\x7f]*$"



def date_time_pattern(days: str) -> str:
    """The ISO 8601 forms a request's date-time may take, with `days` as the day of the month: a date of the
    years 1000 to 9999, and optionally a time (hours and minutes, seconds, up to six decimals) and a zone."""
    return (rf"^[1-9]\d{{3}}-(0[1-9]|1[0-2])-({days})"
            r"([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$")


DATE_TIME = re.compile(date_time_pattern(r"0[1-9]|[12]\d|3[01]"))
# As the OpenAPI document states it: days up to the 28th, so that every string of the pattern is a real date
# (the 29th to the 31st are taken too, where the month has them).
DOCUMENTED_DATE_TIME = date_time_pattern(r"0[1-9]|1\d|2[0-8]")


def storable(text: str) -> str:
    """`text`, if SQLite can store it: no lone surrogates (which JSON's \\uD800 escapes can carry)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("Not valid Unicode text.") from None
    return text


class Text(fields.String):
    """A string that SQLite can store."""

    def _deserialize(self, value, attr, data, **kwargs):
        return storable(super()._deserialize(value, attr, data, **kwargs))


class Url(fields.Url):
    """A URL that SQLite can store (the URL check lets lone surrogates through in its path)."""

    def _deserialize(self, value, attr, data, **kwargs):
        return storable(super()._deserialize(value, attr, data, **kwargs))


class UtcDateTime(fields.AwareDateTime):
    """An ISO 8601 date, or date and time (UTC when it names no zone), loaded as a UTC string:
    2025-04-17T00:30:00Z. Only the forms of DATE_TIME: Python reads more (week dates, "20250417")."""

    def __init__(self, **kwargs):
        super().__init__(default_timezone=timezone.utc, metadata={"pattern": DOCUMENTED_DATE_TIME}, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not DATE_TIME.match(value):
            raise self.make_error("invalid", input=value, obj_type=self.OBJ_TYPE)
        moment = super()._deserialize(value, attr, data, **kwargs)
        try:
            return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
        except OverflowError:
            raise ValidationError("Out of range in UTC.") from None


def not_blank(text: str) -> None:
    if not text.strip():
        raise ValidationError("Must not be blank.")


def article_metadata(nullable: bool) -> dict[str, fields.Field]:
    """What a client may say about an article besides its text: null in JSON, left out of a form (which has no null)."""
    return {
        "title": Text(allow_none=nullable, validate=validate.Length(max=1000)),
        "url": Url(allow_none=nullable, schemes={"http", "https"}, validate=validate.Length(max=2048)),
        "published_at": UtcDateTime(allow_none=nullable),
        "byline": Text(allow_none=nullable, validate=validate.Length(max=1000)),
        "publisher": Text(allow_none=nullable, validate=validate.Length(max=1000)),
    }


ArticleFormMetadataSchema = Schema.from_dict(article_metadata(nullable=False), name="ArticleFormMetadataSchema")


class ArticleTextSchema(Schema.from_dict(article_metadata(nullable=True))):
    """An article sent as JSON to PUT /articles/by-external-id/{external_id}, which names its external id."""

    body = Text(required=True, validate=not_blank, metadata={"description": "The article's plain text."})


class ArticleInSchema(ArticleTextSchema):
    """An article submitted as JSON."""

    external_id = Text(allow_none=True, validate=[
        validate.Length(min=1, max=MAX_EXTERNAL_ID), validate.Regexp(EXTERNAL_ID_PATTERN),
    ], metadata={"description": "The article's id in your CMS, unique in this newsroom's database: "
                                "PUT /api/v1/articles/by-external-id/{external_id} replaces it."})


class ArticleUploadSchema(ArticleFormMetadataSchema):
    """An article uploaded as a .txt or .html file (HTML is reduced to its article text)."""

    file = Upload(required=True)


class ArticleFieldsSchema(Schema):
    """What every stored article has, in lists and alone."""

    id = fields.Integer(required=True)
    title = fields.String(allow_none=True, required=True)
    url = fields.String(allow_none=True, required=True)
    published_at = fields.String(allow_none=True, required=True, metadata={"format": "date-time"})
    byline = fields.String(allow_none=True, required=True)
    publisher = fields.String(allow_none=True, required=True)
    external_id = fields.String(allow_none=True, required=True, metadata={
        "description": "The article's id in the CMS that sent it (or the batch it was imported from), if any."})
    revision = fields.Integer(required=True, metadata={
        "description": "1 when first stored, one more each time a replacement changed it."})
    created_at = fields.String(required=True, metadata={"format": "date-time"})
    updated_at = fields.String(required=True, metadata={
        "format": "date-time", "description": "When the article was last stored or replaced."})


class ArticleSchema(ArticleFieldsSchema):
    """A stored article with its claims; claim spans are offsets into `body`."""

    body = fields.String(required=True)
    claims = fields.List(fields.Nested(StoredClaimSchema), required=True)
    statements = fields.List(fields.Nested(StoredClaimSchema), metadata={
        "description": "The publication's own statements (sentences stating a figure, attributed to nobody); "
                       "only with ?statements=true."})


class ArticleSummarySchema(ArticleFieldsSchema):
    """An article in a list: no body or claims, but how many claims and disputed claims it has."""

    claim_count = fields.Integer(required=True)
    disputed_count = fields.Integer(required=True)


class ClaimItemSchema(StoredClaimSchema):
    """A claim across articles: the claim and the article it is in."""

    article_id = fields.Integer(required=True)
    article_title = fields.String(allow_none=True, required=True)
    date = fields.String(required=True, metadata={"description": "The article's published_at, else when it was submitted."})
    ref = fields.String(required=True, metadata={
        "description": "The claim's global id (article id, claim id): GET /api/v1/claims/{ref}."})


class ListSchema(Schema):
    """One page of a list: its items, and where the next page is."""

    next = fields.String(allow_none=True, required=True, metadata={
        "format": "uri", "description": "The absolute URL of the next page, also in the Link header (rel=next); "
                                        "null on the last page."})
    total = fields.Integer(metadata={"description": "Only with `page`: items over all pages."})
    page = fields.Integer(metadata={"description": "Only with `page`: this page's number."})
    page_size = fields.Integer(metadata={"description": "Only with `page`: items per page."})
    pages = fields.Integer(metadata={"description": "Only with `page`: how many pages there are."})


class ArticleListSchema(ListSchema):
    items = fields.List(fields.Nested(ArticleSummarySchema), required=True)


class ClaimListSchema(ListSchema):
    items = fields.List(fields.Nested(ClaimItemSchema), required=True)


class QuerySchema(Schema):
    """Query arguments: a parameter the endpoint does not take is a 400, never silently ignored."""

    @pre_load
    def refuse_unknown(self, data, **kwargs):
        known = {field.data_key or name for name, field in self.load_fields.items()}
        unknown = sorted(set(data) - known)
        if unknown:
            raise BadRequest(f"Unknown query parameter{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}. "
                             f"This endpoint takes: {', '.join(sorted(known)) or 'none'}.")
        return data


class CursorArgsSchema(QuerySchema):
    """A page of a list, from a cursor on."""

    cursor = Text(validate=validate.Length(max=MAX_CURSOR_LENGTH), metadata={
        "description": "Where the page starts: from the `next` URL of the page before. Absent: the first page."})
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=MAX_PAGE_SIZE))


class NumberedArgsSchema(CursorArgsSchema):
    """A page of a list that had page numbers before it had cursors: `page` still works."""

    page = fields.Integer(validate=validate.Range(min=1, max=MAX_PAGE), metadata={
        "description": "Kept for older clients: a page number (from 1), with `total` and `pages` in the answer. "
                       "Pages shift when items arrive meanwhile, and deep ones are slow; follow `next` instead."})

    @validates_schema
    def cursor_or_page(self, data, **kwargs):
        if "cursor" in data and "page" in data:
            raise ValidationError("Give a cursor or a page number, not both.", "page")


def sort_field(orders: dict, what: str) -> fields.String:
    """The `sort` argument of a list offering `orders` (the first is the default); `what` says what each means."""
    return fields.String(load_default=next(iter(orders)), validate=validate.OneOf(list(orders)),
                         metadata={"description": f"The order: {what}."})


class ArticleListArgsSchema(NumberedArgsSchema):
    q = Text(validate=validate.Length(max=MAX_QUERY_LENGTH),
             metadata={"description": f"Words to find in titles and bodies (the first {MAX_SEARCH_WORDS})."})
    sort = sort_field(ARTICLE_ORDERS, "-id, newest submitted first; id, oldest submitted first (a sync walk sees "
                                      "new articles last); -date and date, by the article's date (published_at, "
                                      "else when it was submitted)")


class ClaimFilterArgsSchema(QuerySchema):
    """Filters shared by the claims list and the disputed-claims report."""

    speaker = Text(validate=validate.Length(max=MAX_SPEAKER_LENGTH),
                   metadata={"description": "Part of the speaker's name, any case."})
    source_id = Text(validate=validate.Length(max=FIELD_LIMITS["id"]),
                     metadata={"description": "The registry source the speaker was matched to."})
    article_id = fields.Integer(validate=validate.Range(min=1, max=MAX_ID))
    since = fields.Date(metadata={"description": "Articles dated on or after this day."})
    until = fields.Date(metadata={"description": "Articles dated on or before this day."})
    q = Text(validate=validate.Length(max=MAX_QUERY_LENGTH),
             metadata={"description": f"Words to find in claim content (full-text search; the first {MAX_SEARCH_WORDS})."})
    statements = fields.Boolean(metadata={"description": "Include the publication's own statements (left out by default)."})
    status = fields.String(validate=validate.OneOf(STATUSES), metadata={
        "description": "The claim's review status (a claim never reviewed is open)."})
    verdict = Text(validate=validate.Length(max=200), metadata={"description": "The verdict of a resolved claim."})
    origin = fields.String(validate=validate.OneOf(list(ORIGINS)), metadata={
        "description": "Claims with a dispute of this origin: article (the article reports it) or registry (on record)."})


class ClaimListArgsSchema(ClaimFilterArgsSchema, NumberedArgsSchema):
    disputed = fields.Boolean()
    sort = sort_field(CLAIM_ORDERS, "-date, newest article first (by published_at, else when it was submitted); "
                                    "date, oldest first; -article_id and article_id, by the article's id (the order "
                                    "articles were stored: with article_id, a sync walk sees new claims last). Claims of "
                                    "one article come in text order")


class ArticleFormatArgsSchema(QuerySchema):
    format = fields.String(
        load_default="json", validate=validate.OneOf(["json", "claimreview", "prov"]),
        metadata={"description": "json: the article; claimreview: schema.org ClaimReview JSON-LD of its "
                                 "disputed claims; prov: W3C PROV-JSON of where its quotes come from."},
    )
    statements = fields.Boolean(load_default=False, metadata={
        "description": "Include the publication's own statements (sentences stating a figure, attributed to nobody)."})


class ReportArgsSchema(ClaimFilterArgsSchema, CursorArgsSchema):
    format = fields.String(load_default="json", validate=validate.OneOf(["json", "csv"]))
    kind = fields.String(validate=validate.OneOf(["dispute", "misquote"]), metadata={
        "description": "dispute: disputed claims; misquote: quotes whose words on record differ or say the opposite."})
    bom = fields.Boolean(load_default=False, metadata={
        "description": "With format=csv: start with a UTF-8 byte order mark, so that spreadsheets read the accents."})
    sort = fields.String(load_default=DEFAULT_SORT, validate=validate.OneOf(list(SORTS)), metadata={
        "description": "The order of speakers and their claims: claims (speakers with most disputed claims first), "
                       "newest, oldest (by the claims' dates), speaker (A to Z), disputes (most disputes first)."})


class ReportDisputeSchema(Schema):
    origin = fields.String(required=True, validate=validate.OneOf(list(ORIGINS)),
                           metadata={"description": "article: the article disputes it; registry: on record."})
    by = fields.String(allow_none=True, required=True)
    cue = fields.String(allow_none=True, required=True, metadata={"description": "The disputing cue: denies, rejected, disputes."})
    evidence = fields.String(allow_none=True, required=True, metadata={"description": "The disputing words."})
    denial_claim_id = fields.String(allow_none=True, required=True, metadata={
        "description": "The claim that disputes this one (a denial), in the same article; null for the article's own "
                       "voice and disputes on record."})
    rule = fields.String(allow_none=True, required=True, metadata={
        "description": "The rule that found an in-text dispute (docs/rules.md); empty or null otherwise."})
    url = fields.String(allow_none=True, required=True)
    rating = fields.String(allow_none=True, required=True)


class ReportClaimSchema(Schema):
    article_id = fields.Integer(required=True)
    article_title = fields.String(allow_none=True, required=True)
    article_url = fields.String(allow_none=True, required=True)
    status = fields.String(required=True, validate=validate.OneOf(STATUSES),
                           metadata={"description": "The claim's review status: open, in_review, resolved."})
    kind = fields.String(required=True, validate=validate.OneOf(["dispute", "misquote"]), metadata={"description": "dispute, or misquote: not disputed, but its "
                                                                 "provenance is altered or contradicted."})
    provenance = fields.String(allow_none=True, required=True, metadata={"description": "The provenance status."})
    verdict = fields.String(allow_none=True, required=True)
    claim_id = fields.String(required=True)
    content = fields.String(required=True)
    stance = fields.String(allow_none=True, required=True, metadata={
        "description": "denial when the disputed claim is itself a denial: its speaker denies the content."})
    cue = fields.String(allow_none=True, required=True, metadata={"description": "The claim's own cue: said, denies."})
    date = fields.String(required=True)
    disputes = fields.List(fields.Nested(ReportDisputeSchema), required=True)


class ReportGroupSchema(Schema):
    speaker = fields.String(allow_none=True, required=True)
    source_id = fields.String(allow_none=True, required=True)
    claim_count = fields.Integer(required=True, metadata={
        "description": "All the speaker's claims in the report; `claims` holds this page's."})
    claims = fields.List(fields.Nested(ReportClaimSchema), required=True)


class DisputedReportSchema(Schema):
    """A page of the disputed claims across articles, grouped by speaker (registry source where matched): a speaker
    whose claims run on to the next page appears again there."""

    groups = fields.List(fields.Nested(ReportGroupSchema), required=True)
    next = ListSchema._declared_fields["next"]


class ProblemSchema(Schema):
    """An RFC 9457 problem: every error response."""

    type = fields.String(required=True, metadata={
        "description": "A URI naming the kind of problem: about:blank for a plain HTTP status, else a tag: URI."})
    title = fields.String(required=True, metadata={"description": "The HTTP status's phrase."})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    detail = fields.String(required=True, metadata={"description": "What went wrong with this request, in a sentence."})
    errors = fields.Dict(metadata={"description": "Validation messages by location and field."})
