"""The exports' documents as JSON Schema for the OpenAPI document: schema.org ClaimReview JSON-LD (per article and
the feed) and W3C PROV-JSON, as `factcheck.exports` writes them."""


def text(description: str, **more) -> dict:
    return {"type": "string", "description": description, **more}


def obj(description: str, properties: dict, required=(), **more) -> dict:
    return {"type": "object", "description": description, "properties": properties, "required": list(required), **more}


PARTY = obj("Who: a schema.org Person or Organization.", {
    "@type": text("Person, or Organization for an organisation's words.", enum=["Person", "Organization"]),
    "name": text("Their name."),
    "url": text("Their website (the newsroom's, when configured)."),
}, required=["@type", "name"])
WORK = obj("A schema.org NewsArticle where the claim appears.", {
    "@type": text("NewsArticle.", enum=["NewsArticle"]),
    "url": text("The article's own URL, else its page on this service (with the claim's #id)."),
    "headline": text("The article's title.", nullable=True),
    "datePublished": text("When it was published (ISO 8601)."),
}, required=["@type", "url", "headline"])
RATING = obj("The verdict as a schema.org Rating.", {
    "@type": text("Rating.", enum=["Rating"]),
    "alternateName": text("The verdict in words: a rating from the scale, or \"Disputed (cue)\" for a dispute."),
    "ratingValue": {"type": "integer", "description": "Its place on the scale: the best verdict rates highest."},
    "bestRating": {"type": "integer", "description": "The best rating: the scale's length."},
    "worstRating": {"type": "integer", "description": "The worst rating: 1."},
}, required=["@type", "alternateName"])
CLAIM = obj("The schema.org Claim reviewed.", {
    "@type": text("Claim.", enum=["Claim"]),
    "author": PARTY,
    "datePublished": text("When the claim first appeared (ISO 8601)."),
    "appearance": {"description": "The article where it appears (per article), or every article where it "
                                  "appeared, oldest first (the feed).",
                   "oneOf": [WORK, {"type": "array", "items": WORK}]},
    "firstAppearance": WORK,
}, required=["@type", "author", "appearance"])
CLAIM_REVIEW = obj("One schema.org ClaimReview.", {
    "@type": text("ClaimReview.", enum=["ClaimReview"]),
    "url": text("The review: the claim's review page, the article's claim, or a fact-check on record."),
    "claimReviewed": text("The claim in words; a denial as one (\"Tokyo denies: …\")."),
    "datePublished": text("When it was reviewed (resolved, or the article's date for a dispute it reports)."),
    "author": PARTY,
    "reviewRating": RATING,
    "itemReviewed": CLAIM,
}, required=["@type", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"])
CLAIM_REVIEW_DOCUMENT = obj("schema.org ClaimReview JSON-LD.", {
    "@context": text("https://schema.org.", enum=["https://schema.org"]),
    "@graph": {"type": "array", "items": CLAIM_REVIEW, "description": "The reviews."},
}, required=["@context", "@graph"])

# PROV-JSON (https://www.w3.org/Submission/prov-json/): records keyed by qualified name, attributes by qualified name.
LITERAL = {"description": "An attribute's value: a string, a number, or a typed literal {\"$\": value, \"type\": type}.",
           "oneOf": [{"type": "string"}, {"type": "number"},
                     obj("A typed literal, e.g. a qualified name.", {
                         "$": text("The value."), "type": text("Its type: xsd:QName, xsd:dateTime, …")},
                         required=["$", "type"])]}
ATTRIBUTES = {"type": "object", "additionalProperties": LITERAL,
              "description": "The record's attributes by qualified name (prov:label, prov:type, prov:value, "
                             "schema:…)."}


def records(description: str) -> dict:
    return {"type": "object", "additionalProperties": ATTRIBUTES, "description": description}


def relations(description: str, roles: list[str], required: list[str]) -> dict:
    relation = {"type": "object", "description": "One relation: its roles by qualified name, and attributes.",
                "properties": {role: text(f"The {role.removeprefix('prov:')}: a qualified name.") for role in roles},
                "required": required, "additionalProperties": LITERAL}
    return {"type": "object", "additionalProperties": relation, "description": description}


PROV_DOCUMENT = obj("W3C PROV-JSON of the article's analysis and where its quotes come from. Ids under fc: are URLs "
                    "of this API and resolve; ids under fcid: (a tag: URI) are names, not addresses.", {
    "prefix": {"type": "object", "additionalProperties": {"type": "string"},
               "description": "Namespaces: fc (this API's URL), fcid (tag:factcheck,2025:prov/), schema (schema.org)."},
    "entity": records("The article, its claims and the statements on record they come from."),
    "agent": records("The speakers and sources, the software (with its version) and the newsroom."),
    "activity": records("The analysis of the article."),
    "used": relations("The analysis used the article.", ["prov:activity", "prov:entity"], ["prov:activity"]),
    "wasGeneratedBy": relations("Each claim was generated by the analysis.", ["prov:entity", "prov:activity"],
                                ["prov:entity"]),
    "wasAssociatedWith": relations("The software did the analysis.", ["prov:activity", "prov:agent"],
                                   ["prov:activity"]),
    "actedOnBehalfOf": relations("The software acted for the newsroom.",
                                 ["prov:delegate", "prov:responsible", "prov:activity"], ["prov:delegate"]),
    "wasAttributedTo": relations("Who said each claim, and each statement on record.", ["prov:entity", "prov:agent"],
                                 ["prov:entity", "prov:agent"]),
    "wasDerivedFrom": relations("Each claim derives from the article, and a quote from the statement it renders "
                                "(prov:type prov:Quotation).", ["prov:generatedEntity", "prov:usedEntity"],
                                ["prov:generatedEntity", "prov:usedEntity"]),
    "wasInfluencedBy": relations("A denial was influenced by the claim it disputes (schema:DisagreeAction).",
                                 ["prov:influencee", "prov:influencer"], ["prov:influencee", "prov:influencer"]),
}, required=["prefix"])
SCHEMAS = {"ClaimReviewDocument": CLAIM_REVIEW_DOCUMENT, "ProvDocument": PROV_DOCUMENT}
