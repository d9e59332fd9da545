"""What the OpenAPI document says of fields that their schemas leave undescribed: by schema, then by field name
wherever it means the same thing. A field's own `metadata={"description": …}` always comes first, and a test
fails for any field described nowhere."""

REVIEW_STATUS = "The review status: open (never reviewed, or reopened), in_review or resolved."
ARTICLE_ID = "The article's id."
# Meanings that hold wherever the name appears.
BY_NAME = {
    "page": "The page, from 1.",
    "page_size": "Items per page.",
    "pages": "How many pages there are at this page size.",
    "items": "The items of this page, in order.",
    "article_id": ARTICLE_ID,
    "article_title": "The article's title (null when it has none).",
    "article_url": "The article's own URL, as submitted (null when none was given).",
    "claim_id": "The claim's id within its article: c1, c2, … in text order.",
    "speaker": "The speaker's fullest name in the article.",
    "title": "The title (null when it has none).",
    "published_at": "When the article was published: ISO 8601 UTC (null when not given).",
    "byline": "Who wrote the article, as given or read from its \"By …\" line.",
    "publisher": "Who published the article, as given or read from its copyright line.",
    "created_at": "When it was stored: ISO 8601 UTC.",
    "date": "The article's date: published_at, else when it was submitted (ISO 8601 UTC).",
    "verdict": "The verdict of a resolved claim, from the rating scale (null otherwise).",
    "note": "The reviewer's note (null when none).",
    "reviewer": "Who reviewed the claim (a user name).",
    "updated_at": "When the review last changed: ISO 8601 UTC (null if never reviewed).",
    "dataset": "A label for the records imported together (\"demo\" for the demo registry).",
    "source_id": "The registry source's id (null when none matched).",
    "statement_id": "The id of the statement on record.",
    "cue_span": "[start, end) of the cue in the article's body (null for a colon or a dash read from layout).",
    "disputes": "The disputes of this claim.",
    "content": "The reported words of the claim.",
}
BY_SCHEMA = {
    "ArticleIn": {
        "title": "The article's title (else its first line, when that reads as a headline).",
        "url": "The article's own URL (http or https).",
        "published_at": "When it was published: ISO 8601, UTC when no zone is given; picks the registry roles "
                        "held that day.",
        "byline": "Who wrote it (else read from a \"By …\" line).",
        "publisher": "Who published it (else read from a copyright line).",
    },
    "ArticleUpload": {
        "title": "The article's title (else the HTML page's own title).",
        "url": "The article's own URL (else the HTML page's canonical URL).",
        "published_at": "When it was published: ISO 8601 (else the HTML page's date).",
        "byline": "Who wrote it (else the HTML page's author).",
        "publisher": "Who published it (else the HTML page's site name).",
        "file": "A .txt or .html file, UTF-8.",
    },
    "StoredSourceMatch": {
        "id": "The registry source's id.",
        "name": "The source's name.",
        "score": "How well the speaker's name matched, 0 to 100.",
        "alias": "The name or alias that matched.",
        "via": "What matched: the name, an alias, or a role held on the article's date.",
    },
    "StoredSpeaker": {
        "span": "[start, end) of the mention in the article's body (null when the speaker is implied).",
        "title": "The speaker's title or role in the article (\"the mayor\").",
        "affiliation": "The organisation or country the article ties the speaker to.",
        "source": "The registry source the speaker matched (null when none did).",
    },
    "StoredOriginal": {
        "statement_id": "The statement's id in the registry.",
        "source_id": "Who made the statement: their registry source.",
        "text": "The words on record.",
        "url": "Where the statement was recorded.",
        "date": "When it was made (ISO 8601: a year, a month or a day).",
        "medium": "Where it was made: a speech, a post, an interview.",
    },
    "StoredWordChange": {
        "op": "equal, replace, delete (dropped from the original) or insert (added by the quote).",
        "original": "The words on record.",
        "quoted": "The words as quoted.",
    },
    "StoredEvidence": {
        "claim_span": "[start, end) of the compared words in the article's body.",
        "original_span": "[start, end) of the words they render in the statement's text.",
    },
    "StoredProvenance": {
        "status": "verbatim, altered (a word changed), paraphrase (reported speech), contradicted (negation added "
                  "or dropped) or unverified (no statement on record).",
        "score": "How close the claim is to the statement, 0 to 100.",
        "original": "The statement on record it comes from (null when unverified).",
        "diff": "For an altered or contradicted quote: its word diff against the statement.",
        "evidence": "Where the compared words stand, in the article and in the statement.",
    },
    "StoredRegistryDispute": {
        "id": "The dispute's id in the registry.",
        "by": "Who disputes the statement: their registry source (null when not registered).",
        "by_name": "Who disputes it, by name.",
        "counter_claim": "What they say instead.",
        "reviewer": "The fact-checker who rated it.",
        "rating": "The fact-check's rating: false, misleading, …",
        "url": "Where the dispute or verdict was published.",
        "date": "When (ISO 8601).",
    },
    "StoredClaim": {"speaker": "Who makes the claim (null for the publication's own statements)."},
    "Article": {
        "id": ARTICLE_ID, "url": "The article's own URL (null when none was given).",
        "body": "The analysed text: every span is an offset into it.",
        "claims": "Its claims, in text order.",
    },
    "ArticleSummary": {
        "id": ARTICLE_ID, "url": "The article's own URL (null when none was given).",
        "claim_count": "How many claims it has.",
        "disputed_count": "How many of them are disputed.",
    },
    "ClaimItem": {"speaker": "Who makes the claim."},
    "ReviewedClaim": {
        "speaker": "Who makes the claim.",
        "review": "Its review now.",
        "history": "Every change of its review, oldest first.",
        "appearances": "The same claim by the same speaker in other articles, each with its review.",
    },
    "ReviewState": {"status": REVIEW_STATUS},
    "ReviewEvent": {"status": "The status this change set.", "at": "When: ISO 8601 UTC."},
    "Appearance": {
        "ref": "The other appearance's global claim id.", "content": "Its words there.",
        "review": "Its review.",
    },
    "ReviewIn": {
        "status": "The new status: in_review, resolved (with a verdict) or open (reopened).",
        "note": "Why: shown with the verdict.",
    },
    "ReportDispute": {
        "by": "Who disputes the claim.", "url": "For a dispute on record: where it was published.",
        "rating": "For a fact-check on record: its rating.",
    },
    "ReportClaim": {"claim_id": "The claim's id in its article.", "disputes": "Who disputes it, and how."},
    "ReportGroup": {
        "speaker": "The speaker (the registry source's name when matched).",
        "source_id": "The registry source (null when the speaker matched none).",
        "claims": "Their disputed or misquoted claims, newest first.",
    },
    "DisputedReport": {"groups": "One group per speaker, those with most claims first."},
    "RoleRecord": {
        "title": "The role: Prime Minister, spokesperson.",
        "of": "Of what: a country, a party, a company.",
        "start": "When it began (ISO 8601: a year, a month or a day).",
        "end": "When it ended (null: it still holds).",
    },
    "SourceRecord": {
        "id": "The source's id: letters, digits and . _ : - (shigeru-ishiba).",
        "name": "The source's full name.",
        "kind": "person, organisation, government or publication.",
        "aliases": "Other names it goes by.",
        "roles": "Roles held, with dates: a claim by \"the prime minister\" matches whoever held it that day.",
        "affiliation": "The organisation it belongs to.",
        "country": "Its country.",
        "description": "Who it is, in a sentence or two.",
        "links": "Pages about it (http or https).",
    },
    "StatementRecord": {
        "id": "The statement's id.",
        "source_id": "Who made it: their source id.",
        "text": "The words on record.",
        "url": "Where it was recorded.",
        "medium": "Where it was made: speech, post, interview.",
        "date": "When (ISO 8601).",
        "recorded_by": "Who recorded it.",
    },
    "StatementList": {"items": "The source's statements on record."},
    "DisputeRecord": {
        "id": "The dispute's id.",
        "statement_id": "The statement it disputes.",
        "by": "Who disputes it: their source id.",
        "by_name": "Who disputes it, by name.",
        "counter_claim": "What they say instead.",
        "reviewer": "The fact-checker who rated it.",
        "rating": "The fact-check's rating.",
        "url": "Where it was published.",
        "date": "When (ISO 8601).",
    },
    "DisputeList": {"items": "The disputes on record against the source's statements."},
}
BY_SCHEMA["SourcePatch"] = BY_SCHEMA["SourceRecord"]
BY_SCHEMA["NewSourceRecord"] = BY_SCHEMA["SourceRecord"] | {
    "id": "The source's id: letters, digits and . _ : - (made from its name when not given)."}
BY_SCHEMA["ArticleText"] = BY_SCHEMA["ArticleIn"]
BY_SCHEMA["ClaimItem"] |= {"article_title": BY_NAME["article_title"]}
PATH_PARAMETERS = {
    "article_id": ARTICLE_ID,
    "ref": "The claim's global id: its article's id and its claim id (12-c3).",
    "source_id": "The registry source's id.",
    "batch_id": "The batch's id.",
    "webhook_id": "The webhook's id.",
    "external_id": "The article's id in your CMS, percent-encoded.",
}
QUERY_PARAMETERS = {
    "article_id": "Claims of this article only.",
    "disputed": "true: disputed claims only; false: undisputed ones only.",
    "format": "json (the default) or csv: one row per dispute.",
}


def schema_name(field) -> str:
    name = type(field.parent).__name__ if field.parent is not None else ""
    return name.removesuffix("Schema")


def description(converter, field, ret: dict, **kwargs) -> dict:
    """apispec attribute function: a description for a field whose schema gives none."""
    if ret.get("description") or field.metadata.get("description") or not field.name:
        return {}
    name = schema_name(field)
    query = QUERY_PARAMETERS.get(field.name) if name.endswith("Args") else None
    found = query or BY_SCHEMA.get(name, {}).get(field.name) or BY_NAME.get(field.name)
    return {"description": found} if found else {}
