"""W3C PROV-JSON of an article's claims: each quote derived from the article, attributed to its speaker."""
import json
from urllib.parse import quote

from prov.model import PROV_LABEL, PROV_TYPE, PROV_VALUE, ProvDocument

SCHEMA_ORG = "https://schema.org/"


def prov_document(article: dict, api_url: str) -> dict:
    """PROV-JSON for `article`; identifiers are URLs under `api_url` (e.g. http://host/api/v1/)."""
    document = ProvDocument()
    api = document.add_namespace("fc", api_url)
    schema = document.add_namespace("schema", SCHEMA_ORG)
    article_entity = document.entity(
        api[f"articles/{article['id']}"], {PROV_TYPE: schema["NewsArticle"], PROV_LABEL: article["title"] or ""}
    )
    agents = {}
    for claim in article["claims"]:
        quote_entity = document.entity(
            api[f"articles/{article['id']}/claims/{claim['id']}"], {PROV_TYPE: schema["Claim"], PROV_VALUE: claim["content"]}
        )
        document.wasDerivedFrom(quote_entity, article_entity)
        name = (claim.get("speaker") or {}).get("name")
        if name:
            if name not in agents:
                agents[name] = document.agent(api[f"speakers/{quote(name, safe='')}"], {PROV_LABEL: name})
            document.wasAttributedTo(quote_entity, agents[name])
    return json.loads(document.serialize(format="json"))
