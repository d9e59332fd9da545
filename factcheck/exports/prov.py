"""W3C PROV-JSON of an article's claims: each quote derived from the article and attributed to its speaker;
where the registry knows the original statement, the quote wasQuotedFrom it (paraphrases, contradictions: wasDerivedFrom).
The claims wereGeneratedBy the analysis, an activity that used the article and wasAssociatedWith the software
(its version) acting on behalf of the newsroom.

Each claim's label says what its speaker does with its words ("Tokyo denies: …"), and a denial wasInfluencedBy
the claim it disputes (typed schema:DisagreeAction): a denial's value is never read as its speaker's assertion.

Identifiers: what the API serves is under `fc:`, the API's own URL, and resolves (fc:articles/12, fc:claims/12-c3,
fc:sources/ID); the rest (speakers the registry does not know, statements on record, the analysis, the software,
the newsroom) is under `fcid:`, a tag URI (RFC 4151): names, not addresses to fetch. The document is served as
`application/json` with the PROV-JSON profile (MEDIA_TYPE), PROV-JSON having no media type of its own."""
import json
from dataclasses import dataclass
from urllib.parse import quote

from prov.model import PROV_LABEL, PROV_LOCATION, PROV_TYPE, PROV_VALUE, ProvDocument

from factcheck import wording
from factcheck.storage import claim_ref

SCHEMA_ORG = "https://schema.org/"
ID_NAMESPACE = "tag:factcheck,2025:prov/"
PROFILE = "https://www.w3.org/Submission/prov-json/"
MEDIA_TYPE = f'application/json; profile="{PROFILE}"'
QUOTED = ("verbatim", "altered")
SOFTWARE = "factcheck"


@dataclass(frozen=True)
class Analysis:
    """Who analysed the article: the software's version (None when not recorded) on behalf of the newsroom."""

    software_version: str | None
    organisation: str
    organisation_url: str | None = None


class ProvBuilder:
    """One PROV document, declaring each agent and statement once however many claims refer to it."""

    def __init__(self, api_url: str):
        self.document = ProvDocument()
        self.api = self.document.add_namespace("fc", api_url)
        self.names = self.document.add_namespace("fcid", ID_NAMESPACE)
        self.schema = self.document.add_namespace("schema", SCHEMA_ORG)
        self.records = {}

    def once(self, identifier, make):
        if identifier not in self.records:
            self.records[identifier] = make(identifier)
        return self.records[identifier]

    def speaker(self, speaker: dict | None):
        """The agent a claim is attributed to: its registry source when matched, else its name as written."""
        if speaker and speaker["source"]:
            return self.source(speaker["source"]["id"], speaker["source"]["name"])
        if speaker and speaker["name"]:
            return self.once(self.names[f"speakers/{quote(speaker['name'], safe='')}"],
                             lambda id_: self.document.agent(id_, {PROV_LABEL: speaker["name"]}))
        return None

    def source(self, source_id: str, name: str | None = None):
        return self.once(self.api[f"sources/{quote(source_id, safe='')}"],
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

        return self.once(self.names[f"statements/{quote(original['statement_id'], safe='')}"], make)

    def analysis(self, article: dict, article_entity, analysis: Analysis):
        """The analysis activity: it used the article, and the software did it on behalf of the newsroom."""
        activity = self.document.activity(self.names[f"analyses/{article['id']}"], endTime=article["created_at"],
                                          other_attributes={PROV_LABEL: "claim extraction and registry matching"})
        self.document.used(activity, article_entity)
        version = analysis.software_version
        software = self.document.agent(
            self.names[f"software/{SOFTWARE}/{version}" if version else f"software/{SOFTWARE}"],
            {PROV_TYPE: self.document.valid_qualified_name("prov:SoftwareAgent"), self.schema["name"]: SOFTWARE,
             PROV_LABEL: f"{SOFTWARE} {version}" if version else f"{SOFTWARE} (version not recorded)",
             **({self.schema["softwareVersion"]: version} if version else {})})
        newsroom = self.document.agent(
            self.names["organisation"],
            {PROV_TYPE: self.document.valid_qualified_name("prov:Organization"), PROV_LABEL: analysis.organisation,
             **({self.schema["url"]: analysis.organisation_url} if analysis.organisation_url else {})})
        self.document.wasAssociatedWith(activity, software)
        self.document.actedOnBehalfOf(software, newsroom, activity)
        return activity

    def claim(self, article_entity, activity, article_id: int, claim: dict):
        entity = self.document.entity(self.api[f"claims/{claim_ref(article_id, claim['id'])}"],
                                      {PROV_TYPE: self.schema["Claim"], PROV_VALUE: claim["content"],
                                       PROV_LABEL: wording.statement(claim)})
        self.document.wasDerivedFrom(entity, article_entity)
        self.document.wasGeneratedBy(entity, activity)
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


def prov_document(article: dict, api_url: str, analysis: Analysis) -> dict:
    """PROV-JSON for `article`; the API's resources are identified by their URLs under `api_url` (e.g.
    http://host/api/v1/)."""
    builder = ProvBuilder(api_url)
    article_entity = builder.document.entity(
        builder.api[f"articles/{article['id']}"],
        {PROV_TYPE: builder.schema["NewsArticle"], PROV_LABEL: article["title"] or ""},
    )
    activity = builder.analysis(article, article_entity, analysis)
    entities = {claim["id"]: builder.claim(article_entity, activity, article["id"], claim) for claim in article["claims"]}
    builder.disputes(article["claims"], entities)
    return json.loads(builder.document.serialize(format="json"))
