"""W3C PROV-JSON of an article's claims: each quote derived from the article and attributed to its speaker;
where the registry knows the original statement, the quote wasQuotedFrom it (paraphrases, contradictions: wasDerivedFrom).

Each claim's label says what its speaker does with its words ("Tokyo denies: …"), and a denial wasInfluencedBy
the claim it disputes (typed schema:DisagreeAction): a denial's value is never read as its speaker's assertion."""
import json
from urllib.parse import quote

from prov.model import PROV_LABEL, PROV_LOCATION, PROV_TYPE, PROV_VALUE, ProvDocument

from factcheck import wording

SCHEMA_ORG = "https://schema.org/"
QUOTED = ("verbatim", "altered")


class ProvBuilder:
    """One PROV document, declaring each agent and statement once however many claims refer to it."""

    def __init__(self, api_url: str):
        self.document = ProvDocument()
        self.api = self.document.add_namespace("fc", api_url)
        self.schema = self.document.add_namespace("schema", SCHEMA_ORG)
        self.records = {}

    def once(self, identifier: str, make):
        if identifier not in self.records:
            self.records[identifier] = make(self.api[identifier])
        return self.records[identifier]

    def speaker(self, speaker: dict | None):
        """The agent a claim is attributed to: its registry source when matched, else its name as written."""
        if speaker and speaker["source"]:
            return self.source(speaker["source"]["id"], speaker["source"]["name"])
        if speaker and speaker["name"]:
            return self.once(f"speakers/{quote(speaker['name'], safe='')}",
                             lambda id_: self.document.agent(id_, {PROV_LABEL: speaker["name"]}))
        return None

    def source(self, source_id: str, name: str | None = None):
        return self.once(f"sources/{quote(source_id, safe='')}",
                         lambda id_: self.document.agent(id_, {PROV_LABEL: name or source_id}))

    def statement(self, original: dict):
        def make(id_):
            attributes = {PROV_TYPE: self.schema["Quotation"], PROV_VALUE: original["text"]}
            attributes.update({PROV_LOCATION: original["url"]} if original["url"] else {})
            attributes.update({self.schema["dateCreated"]: original["date"]} if original["date"] else {})
            entity = self.document.entity(id_, attributes)
            if original["source_id"]:
                self.document.wasAttributedTo(entity, self.source(original["source_id"]))
            return entity

        return self.once(f"statements/{quote(original['statement_id'], safe='')}", make)

    def claim(self, article_entity, article_id: int, claim: dict):
        entity = self.document.entity(self.api[f"articles/{article_id}/claims/{claim['id']}"],
                                      {PROV_TYPE: self.schema["Claim"], PROV_VALUE: claim["content"],
                                       PROV_LABEL: wording.statement(claim)})
        self.document.wasDerivedFrom(entity, article_entity)
        agent = self.speaker(claim["speaker"])
        if agent:
            self.document.wasAttributedTo(entity, agent)
        provenance = claim["provenance"]
        if provenance and provenance["original"]:
            relation = self.document.wasQuotedFrom if provenance["status"] in QUOTED else self.document.wasDerivedFrom
            relation(entity, self.statement(provenance["original"]))
        return entity

    def disputes(self, claims: list[dict], entities: dict) -> None:
        """Each disputing claim wasInfluencedBy the claim it disputes."""
        for claim in claims:
            for dispute in claim["disputes"]:
                if dispute["claim_id"] in entities:
                    self.document.wasInfluencedBy(entities[dispute["claim_id"]], entities[claim["id"]],
                                                  other_attributes={PROV_TYPE: self.schema["DisagreeAction"]})


def prov_document(article: dict, api_url: str) -> dict:
    """PROV-JSON for `article`; identifiers are URLs under `api_url` (e.g. http://host/api/v1/)."""
    builder = ProvBuilder(api_url)
    article_entity = builder.document.entity(
        builder.api[f"articles/{article['id']}"],
        {PROV_TYPE: builder.schema["NewsArticle"], PROV_LABEL: article["title"] or ""},
    )
    entities = {claim["id"]: builder.claim(article_entity, article["id"], claim) for claim in article["claims"]}
    builder.disputes(article["claims"], entities)
    return json.loads(builder.document.serialize(format="json"))
