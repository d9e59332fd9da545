"""The publication's evidence set against an account it names by its owner: "Footage filmed by a bystander appears
to contradict the police statement." disputes what the police said before it, each of their claims (DISPUTES.md
rule 1: the article's own voice)."""
import re
from typing import Final

from claims.lexicon import CONTENT_NOUNS, EVIDENCE_AGAINST, EVIDENCE_SHOWING, STATEMENT_NOUNS
from claims.model import Claim, Dispute, Speaker

from claims.disputes.keys import KeyWords
from claims.disputes.quoted_denials import GROUP_HEADS, SPOKESPERSON
from claims.disputes.voice import ARTICLE_VOICE_RULE
from claims.disputes.words import STOPWORDS, alternation, same_entry, sentence_start

# A sentence (matched from its start) opening with the publication's evidence ("Footage filmed by a bystander and
# shared widely online"), then a verb setting it against an account named by its owner ("the police statement",
# "the company's account").
EVIDENCE_AGAINST_ACCOUNT: Final = re.compile(
    rf"[\"“]?(?:(?:the|new|this|that)\s+)?(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{alternation(EVIDENCE_SHOWING['noun'])})\b[^.;!?\"“”]{{0,80}}?\s(?:(?:appears?|seems?)\s+to\s+)?(?:{alternation(EVIDENCE_AGAINST)})\s+"
    rf"(?:the|his|her|their|its)\s+(?P<owner>[\w’'-]+?)(?:['’]s?)?\s+(?:{alternation(CONTENT_NOUNS | STATEMENT_NOUNS)})\b",
    re.IGNORECASE,
)
KEYS: Final = KeyWords(EVIDENCE_AGAINST)  # the sentences holding one of these are read
SENTENCE_BREAK: Final = re.compile(r"[.!?][\"”’]?\s+|\n")  # where every sentence may start, when the keys cannot tell
OWNED_REACH: Final = 1500  # characters back that the owner's claims may stand: the paragraphs before


def evidence_against_disputes(text: str, claims: list[Claim], publisher: str) -> None:
    """Add the publication's dispute to each earlier claim, close by in the same entry, of the owner of an account
    that the publication's evidence contradicts."""
    starts = KEYS.starts(text)
    if starts is not None:
        sentences = sorted({sentence_start(text, start) for start in starts})
    else:
        sentences = [0, *(m.end() for m in SENTENCE_BREAK.finditer(text))]
    for found in filter(None, (EVIDENCE_AGAINST_ACCOUNT.match(text, start) for start in sentences)):
        owner = found.group("owner").lower()
        for claim in claims:
            if claim.span[1] > found.start() or found.start() - claim.span[1] > OWNED_REACH or claim.attribution == "unattributed":
                continue
            if claim.speaker and owner in _parties(claim.speaker) and same_entry(text, claim.span[1], found.start()) \
                    and not any(d.rule == ARTICLE_VOICE_RULE for d in claim.disputes):
                claim.disputes.append(Dispute(publisher, "the publication", found.group(), found.span(), None, ARTICLE_VOICE_RULE))


def _parties(speaker: Speaker) -> set[str]:
    """The words an account of the speaker's is named by: the words of a proper name in their name or party
    ("Calder" for Calder Mining), and the head of their name, mention and party ("Police", "the company") or, when
    that head is one who speaks for a party ("a police official", "a company spokesman"), the word before it.
    Not any word: "the official account" is no police official's."""
    heads: set[str] = set()
    for named in (speaker.name, speaker.mention, speaker.affiliation or ""):
        words = named.lower().split()
        heads.update(word.lower() for word in named.split() if word[:1].isupper() and word.lower() not in STOPWORDS)
        if words and _speaks_for_party(words[-1]):
            heads.update(words[-2:-1])
        else:
            heads.update(words[-1:])
    return heads


def _speaks_for_party(head: str) -> bool:
    """Whether a mention's head is one who speaks for a party: a spokesperson, or one of its people ("officials")."""
    return SPOKESPERSON.fullmatch(head) is not None or head in GROUP_HEADS or f"{head}s" in GROUP_HEADS
