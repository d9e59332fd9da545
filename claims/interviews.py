"""Interviews in question-and-answer form: the answers are the interviewee's own words, though no quotation mark
or reporting verb says so.

An article is read as one when at least two of its paragraphs are questions put to someone ("you", "your"), each
followed by a paragraph that is not a question and quotes no one, and at least half the answers speak in the first
person (an explainer's questions to the reader are answered by the writer). Every such question starts an answer:
the paragraphs up to the next question, or the one paragraph after the last question (what follows it is the
writer's again). The interviewee is the person the article quotes most before the first answer.
"""
import re
from collections import Counter
from typing import Final

from claims.model import Claim, Span, Speaker
from claims.rules.registry import rule
from claims.text import Paragraph

INTERVIEW_ANSWER: Final = rule(
    "interview-answer",
    "In a question-and-answer interview, each answer is a claim by the interviewee, the person quoted most before the first answer (not a direct one: no quotation marks bound its words).",
    "Mara Lindqvist said the tram line would open in June. She said fares would not rise.\n\nWhy did you choose June?\n\n"
    "Because the rails arrive in May.\n\nWill you ride it on the first day?\n\nI will be driving the first tram.",
)
MIN_QUESTIONS: Final = 2  # questions put to someone: one alone is a rhetorical question, not an interview
MAX_QUESTION_WORDS: Final = 60
ADDRESSED: Final = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
FIRST_PERSON: Final = re.compile(r"\b(?:I|I['’]\w+|me|my|mine|myself|we|we['’]\w+|us|our|ours)\b", re.IGNORECASE)
QUOTE_MARKS: Final = re.compile(r"[\"“”]")
QUESTION_LABEL: Final = re.compile(r"Q\s*[:.]\s*")
ANSWER_LABEL: Final = re.compile(r"A\s*[:.]\s*")


def _is_question(paragraph: Paragraph) -> bool:
    text = QUESTION_LABEL.sub("", paragraph.text, count=1)
    return text.endswith("?") and not QUOTE_MARKS.search(text) and len(text.split()) <= MAX_QUESTION_WORDS


def _answers_freely(paragraph: Paragraph) -> bool:
    return not paragraph.text.endswith("?") and not QUOTE_MARKS.search(paragraph.text)


def answer_spans(paragraphs: list[Paragraph]) -> list[Span]:
    """The answers of an interview in question-and-answer form, one span each; none in other articles."""
    readable = [p for p in paragraphs if p.claimable]
    # A paragraph without a question mark is passed over before its label is taken off (most are).
    questions = [i for i, p in enumerate(readable[:-1]) if "?" in p.text and _is_question(p) and _answers_freely(readable[i + 1])]
    if sum(bool(ADDRESSED.search(readable[i].text)) for i in questions) < MIN_QUESTIONS:
        return []
    spans = []
    for question, following in zip(questions, [*questions[1:], None]):
        last = readable[following - 1] if following is not None and following - question > 1 else readable[question + 1]
        if following is not None and any(not _answers_freely(p) for p in readable[question + 1 : following]):
            last = readable[question + 1]
        first = readable[question + 1]
        label = ANSWER_LABEL.match(first.text)
        spans.append((first.span[0] + (label.end() if label else 0), last.span[1]))
    first_person = [span for span in spans if any(FIRST_PERSON.search(p.text) for p in readable if p.span[0] < span[1] and span[0] < p.span[1])]
    return spans if 2 * len(first_person) >= len(spans) else []


def interviewee(claims: list[Claim], before: int) -> Speaker | None:
    """The person quoted most before `before`, the first answer (the earliest of them on a tie)."""
    counts = Counter(c.speaker.name for c in claims if c.span[0] < before and c.attribution in ("named", "pronoun") and c.speaker)
    if not counts:
        return None
    most = max(counts.values())
    name = next(c.speaker.name for c in claims if c.speaker and counts.get(c.speaker.name) == most)
    return Speaker(name, None, name)


def answer_claims(text: str, paragraphs: list[Paragraph], claims: list[Claim]) -> tuple[list[Claim], list[Span]]:
    """A claim for every answer of an interview, by the interviewee, and the answers' spans. An answer is the
    interviewee's own words, but no quotation marks bound them, and a direct claim's words lie within quotation
    marks: it is indirect, as what an article reports without quoting is."""
    spans = answer_spans(paragraphs)
    speaker = interviewee(claims, spans[0][0]) if spans else None
    if speaker is None:
        return [], []
    return [
        Claim(
            id=f"a{number}", content=text[start:end], span=(start, end), kind="indirect", cue="", cue_span=None,
            speaker=Speaker(speaker.mention, None, speaker.name), attribution="named", quote=None,
            segments=[(start, end)], rule=INTERVIEW_ANSWER,
        )
        for number, (start, end) in enumerate(spans, start=1)
    ], spans
