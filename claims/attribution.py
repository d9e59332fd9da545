"""Claims of one sentence: which cue, which speaker mention, which words are the reported content."""
import re
from dataclasses import dataclass, field, replace

from claims.cues import Cue
from claims.mentions import Mention, phrase_after, phrase_before, source_phrase
from claims.model import Span
from claims.patterns import (
    ADJUNCT_ONLY,
    ADJUNCT_START,
    ADJUNCT_THEN_COLON,
    AND_THAT,
    APPOSITIVE_GAP,
    CLAUSE_BREAK,
    CLAUSE_OPENER,
    CLAUSE_OR_QUOTE_AFTER,
    COLON_BEFORE,
    COORDINATION,
    DASH_AFTER,
    DISPUTE_APPOSITIVE_NOUN,
    FILLER_GAP,
    LEADING_JOINERS,
    LISTENER,
    MAX_ADJUNCT_WORDS,
    MIN_CONTENT_WORDS,
    PARENTHETICAL_REST,
    PREPOSITION_BEFORE,
    RELATIVE_GAP,
    NAMING_VERBS,
    PLURAL_NOUN_FORMS,
    SINGULAR_DETERMINER,
    SPEECH_CIRCUMSTANCE,
    SUBORDINATE_BEFORE,
    SUBORDINATOR_WINDOW,
    THAT_AFTER_ADJUNCT,
    TRAILING_JOINERS,
    TRAILING_WINDOW,
    WHAT_SAID_WAS,
)
from claims.quotes import CLOSING_MARKS, Quotation

@dataclass
class RawClaim:
    """A claim before ids and speaker resolution."""

    segments: list[Span]  # the reported words: one span, or the parts of a quotation the attribution splits
    cue: Cue | None  # None for the publication's own statements
    mention: Mention | None
    disputes: list[tuple[Mention, Cue, Span]] = field(default_factory=list)

    @property
    def content(self) -> Span:
        return (self.segments[0][0], self.segments[-1][1])


class Sentence:
    """One sentence with its quotations, mentions and cues, and the rules that pair them into claims."""

    def __init__(self, text: str, span: Span, quotations: list[Quotation], mentions: list[Mention], cues: list[Cue], refused: list[Span]):
        self.text, self.span = text, span
        self.quotations = quotations  # those overlapping the sentence
        self.mentions = mentions
        self.cues = cues
        self.refused = refused
        self.open_attribution: tuple[Mention, Cue] | None = None

    # -- speakers ------------------------------------------------------------------------------
    def speaker_before(self, cue: Cue) -> tuple[Mention | None, bool]:
        """The subject mention left of the cue, and whether it heads a relative clause ("X, who has said")."""
        before = [m for m in self.mentions if m.span[1] <= cue.span[0]]
        appositive_head = None
        for index in range(len(before) - 1, max(len(before) - 5, -1), -1):
            mention = before[index]
            gap = self.text[mention.span[1] : cue.span[0]]
            if self._appositive_name(mention, gap) and not appositive_head:
                head = before[index - 1] if index else None
                # "Oskar Bellamy, the finance minister, said": the name heads its appositive.
                if head and re.fullmatch(r"\s*,\s*", self.text[head.span[1] : mention.span[0]]):
                    return head, False
                return mention, False
            if FILLER_GAP.match(gap) and not appositive_head:
                return self._widened(mention), False
            if RELATIVE_GAP.match(gap) and not appositive_head:
                return self._relative_pronoun(mention, gap), True
            if APPOSITIVE_GAP.match(gap) and not self._quote_between(mention.span[1], cue.span[0]):
                appositive_head = mention  # keep looking left: the head of a chain of appositives
        if appositive_head:
            return appositive_head, False
        fillers = re.search(FILLER_GAP.pattern[1:], self.text[self.span[0] : cue.span[0]], re.IGNORECASE)
        subject_end = self.span[0] + fillers.start() if fillers else cue.span[0]
        phrase = phrase_before(self.text, self.span[0], subject_end)
        if phrase is None:
            return None, False
        if cue.text == cue.lemma and SINGULAR_DETERMINER.match(phrase.text) and not phrase.text.endswith("s"):
            return None, False  # "a conference call": a singular subject never takes the base form
        if cue.text in PLURAL_NOUN_FORMS or cue.lemma in NAMING_VERBS and SINGULAR_DETERMINER.match(phrase.text):
            return None, False  # "her opening remarks", "a play called 'Sons of Trump'"
        return phrase, False

    def _relative_pronoun(self, antecedent: Mention, gap: str) -> Mention:
        """"Japan's prime minister, who has said ...": the words at the claim are "who", the speaker its antecedent."""
        pronoun = re.search(r"\b(?:who|which|that)\b", gap, re.IGNORECASE)
        start = antecedent.span[1] + pronoun.start()
        return replace(antecedent, span=(start, start + len(pronoun.group())), text=pronoun.group(), possessive=False)

    def _appositive_name(self, mention: Mention, gap: str) -> bool:
        """"One hopeful, Carly Fiorina, says": a name set off by commas right before the cue."""
        return gap.strip() == "," and self.text[self.span[0] : mention.span[0]].rstrip().endswith(",")

    def _widened(self, mention: Mention) -> Mention:
        """An unnamed source with the words that qualify it ("legal experts", not "experts")."""
        if mention.kind != "anonymous":
            return mention
        phrase = phrase_before(self.text, self.span[0], mention.span[1])
        if phrase is None or phrase.span[0] >= mention.span[0]:
            return mention
        return Mention(phrase.span, phrase.text, "anonymous", phrase.text)

    def speaker_after(self, cue: Cue) -> Mention | None:
        """The speaker right after the cue in an inverted attribution ("..., said Tobias Harris of ...")."""
        following = next((m for m in self.mentions if m.span[0] >= cue.span[1]), None)
        if following and not self.text[cue.span[1] : following.span[0]].strip():
            # "..., said Harris of ..." ends there; "..., announced they were separated" goes on.
            return following if ADJUNCT_START.match(self.text, following.span[1], self.span[1]) else None
        phrase = phrase_after(self.text, cue.span[1], self.span[1])
        if phrase is None or phrase.text.lower().startswith(("that ", "the fact")):
            return None
        named = next((m for m in self.mentions if phrase.span[0] <= m.span[0] < phrase.span[1] and m.kind == "person"), None)
        if named:  # "harbour master Lena Vogt"
            phrase = replace(named, title=named.title or self.text[phrase.span[0] : named.span[0]].strip() or None)
        return phrase if ADJUNCT_START.match(self.text, phrase.span[1], self.span[1]) else None

    def subjects(self) -> list[Mention]:
        """Mentions that can be a clause's subject: not possessive, not the object of a preposition."""
        return [
            m for m in self.mentions
            if not m.possessive and not PREPOSITION_BEFORE.search(self.text, max(self.span[0], m.span[0] - 10), m.span[0])
        ]

    def source_after(self, cue: Cue) -> Mention | None:
        """The source after "according to": a named mention, or the phrase up to the next comma."""
        end = self._next_comma(cue.span[1], self.span[1]) or self.span[1]
        following = next((m for m in self.mentions if cue.span[1] <= m.span[0] < end), None)
        if following and not self.text[cue.span[1] : following.span[0]].strip():
            return following
        return source_phrase(self.text, cue.span[1], end)

    def clause_subject(self, cue: Cue) -> Mention | None:
        """The main clause's subject, for "X did this, saying ..." and "X did this but said ..."."""
        start = self._clause_start(cue.span[0])
        return next((m for m in self.subjects() if start <= m.span[0] < cue.span[0]), None)

    def _clause_start(self, position: int) -> int:
        """Where the sentence's main clause starts: after an opening participle or prepositional phrase."""
        match = CLAUSE_OPENER.match(self.text, self.span[0], position)
        return match.end() if match else self.span[0]

    def _quote_between(self, start: int, end: int) -> bool:
        return any(start <= q.outer[0] < end for q in self.quotations)

    # -- content --------------------------------------------------------------------------------
    def quotation_at(self, position: int) -> Quotation | None:
        """A quotation starting at position (after spaces, commas and colons)."""
        for quotation in self.quotations:
            gap = self.text[position : quotation.outer[0]]
            if quotation.outer[0] >= position and re.fullmatch(r"[\s,:\-—–]*", gap):
                return quotation
        return None

    def quotation_ending_at(self, position: int) -> Quotation | None:
        """A quotation that ends right before position (spaces and commas between)."""
        for quotation in self.quotations:
            if quotation.outer[1] <= position and re.fullmatch(r"[\s,]*", self.text[quotation.outer[1] : position]):
                return quotation
        return None

    def clean(self, start: int, end: int) -> Span:
        """Trim joiners and outer punctuation from a content span."""
        while True:
            segment = self.text[start:end]
            trimmed = LEADING_JOINERS.match(segment)
            tail = TRAILING_JOINERS.search(segment, max(0, len(segment) - TRAILING_WINDOW))
            new_start = start + (trimmed.end() if trimmed else 0)
            new_end = start + (tail.start() if tail else len(segment))
            if segment[-1:] in ".!?" and not self._inside_quote(end - 1):
                new_end = min(new_end, end - 1)
            if (new_start, new_end) == (start, end) or new_end <= new_start:
                return (start, end)
            start, end = new_start, new_end

    def _inside_quote(self, position: int) -> bool:
        return any(q.outer[0] <= position < q.outer[1] for q in self.quotations)

    def content_after(self, position: int, relative: bool) -> Span | None:
        """The reported words after a leading cue: a quotation, or words to the end of the clause."""
        if adjunct_colon := ADJUNCT_THEN_COLON.match(self.text, position, self.span[1]):
            position = adjunct_colon.end()  # said on Monday: "..."
        rest = self.text[position : self.span[1]]
        if (that := THAT_AFTER_ADJUNCT.match(rest)) and '"' not in that.group() and "“" not in that.group():
            position += that.end()
        quotation = self.quotation_at(position)
        if quotation and not self._continues_after(quotation):
            return quotation.inner
        end = self.span[1]
        if relative:
            comma = self._next_comma(position, end)
            end = comma if comma is not None else end
        segment = self.text[position:end]
        if (circumstance := SPEECH_CIRCUMSTANCE.search(segment)) and circumstance.start() > 0:
            end = position + circumstance.start()
        if (breaker := CLAUSE_BREAK.search(self.text, position, end)) is not None:
            end = breaker.start()
        start, end = self.clean(position, end)
        return (start, end) if end - start > 1 else None

    def _continues_after(self, quotation: Quotation) -> bool:
        """Whether unquoted words of the same clause follow the quotation (then the content is mixed)."""
        after = self.text[quotation.outer[1] : self.span[1]]
        return bool(re.match(r"\s*[a-z(]", after))

    def _next_comma(self, start: int, end: int) -> int | None:
        for match in re.finditer(r"[,;]", self.text[start:end]):
            if not self._inside_quote(start + match.start()):
                return start + match.start()
        return None

    def content_before(self, start_limit: int, end: int) -> Span | None:
        """The reported words before a trailing attribution ("C, he said"), from start_limit."""
        quotation = self.quotation_ending_at(end)
        if quotation and re.fullmatch(r"[\s,]*", self.text[start_limit : quotation.outer[0]]):
            return quotation.inner
        start, end = self.clean(start_limit, end)
        return (start, end) if end - start > 1 else None

    # -- pairing -------------------------------------------------------------------------------
    def claims(self, previous_quotation: Quotation | None) -> list[RawClaim]:
        """Every claim the sentence's cues introduce, in cue order."""
        disputed_at = self._dispute_appositives()
        cues = [cue for cue in self.cues if cue.span not in {d[1].span for d in disputed_at} and not self._refused(cue)]
        speakers = self._speakers(cues)
        cues = [cue for cue in cues if speakers[cue.span][0] is not None and self._viable(cue)]
        # Where other attributions start: (speaker, cue) positions; a dispute appositive is both at once.
        stops = sorted([(d[2][0], d[2][0]) for d in disputed_at] + [(speakers[cue.span][0].span[0], cue.span[0]) for cue in cues], key=min)
        claims: list[RawClaim] = []
        claimed_until = self.span[0]
        for cue in cues:
            mention, relative, inverted = speakers[cue.span]
            for raw in self._pair(cue, mention, relative, inverted, stops, claimed_until, previous_quotation):
                claims.append(raw)
                if raw.content[1] <= cue.span[0]:
                    claimed_until = max(claimed_until, cue.span[1], mention.span[1])
        for mention, cue, span in disputed_at:
            target = next((c for c in reversed(claims) if c.content[1] <= span[0]), None)
            if target:
                target.disputes.append((mention, cue, span))
        claimed = {segment for claim in claims for segment in claim.segments}
        claims += [raw for raw in self._punctuation_claims() if raw.segments[0] not in claimed]
        self.open_attribution = self._open_attribution(speakers, claims)
        return claims

    def _punctuation_claims(self) -> list[RawClaim]:
        """Quotations attributed by punctuation alone: `S: "Q"` and `"Q" — S`."""
        claims = []
        for quotation in self.quotations:
            before = next((m for m in reversed(self.mentions) if m.span[1] <= quotation.outer[0]), None)
            colon = COLON_BEFORE.fullmatch(self.text, before.span[1], quotation.outer[0]) if before else None
            if colon:
                claims.append(RawClaim([quotation.inner], Cue(colon.span(1), colon[1], colon[1]), before))
                continue
            dash = DASH_AFTER.match(self.text, quotation.outer[1], self.span[1])
            speaker = dash and (self.speaker_after(Cue(dash.span(1), dash[1], "—")))
            if speaker:
                claims.append(RawClaim([quotation.inner], Cue(dash.span(1), dash[1], "—"), speaker))
        return claims

    def _open_attribution(self, speakers, claims: list[RawClaim]) -> tuple[Mention, Cue] | None:
        """A sentence ending "S said:" or "S:" with nothing quoted yet: the next paragraph's quotation is theirs."""
        if claims or not self.text[self.span[0] : self.span[1]].rstrip().endswith(":"):
            return None
        colon = self.text.rindex(":", self.span[0], self.span[1])
        for cue in reversed(self.cues):
            if speakers.get(cue.span, (None,))[0] and FILLER_GAP.match(self.text[cue.span[1] : colon]):
                return speakers[cue.span][0], cue
        before = next((m for m in reversed(self.mentions) if m.span[1] <= colon), None)
        if before and not self.text[before.span[1] : colon].strip():
            return before, Cue((colon, colon + 1), ":", ":")
        return None

    def _first_stop(self, start: int, end: int, stops: list[tuple[int, int]]) -> int:
        """Where content from `start` ends (at `end` at the latest): the nearest later attribution.

        `stops` are sorted by their first position, so the scan ends as soon as no later one can come nearer.
        """
        for pair in stops:
            if min(pair) - SUBORDINATOR_WINDOW >= end:
                break
            if max(pair) > start:
                end = min(end, self._stop(start, *pair))
        return end

    def _stop(self, start: int, speaker_start: int, cue_start: int) -> int:
        """Where content starting at `start` ends because another attribution begins.

        An attribution at the very start of the content is the content ("said that Trump had said ..."),
        and one whose speaker precedes the content ends it at its cue (", saying ...").
        """
        first = min(speaker_start, cue_start)
        if first > start:
            joined = SUBORDINATE_BEFORE.search(self.text, max(start, first - SUBORDINATOR_WINDOW), first)
            return joined.start() if joined and LEADING_JOINERS.sub("", self.text[start : joined.start()]).strip() else self.span[1]
        return cue_start if cue_start > start and speaker_start < start else self.span[1]

    def _viable(self, cue: Cue) -> bool:
        """A cue that often takes a noun object counts only before "that", a colon or a quotation."""
        if not cue.needs_clause:
            return True
        after = self.text[cue.span[1] : self.span[1]]
        return bool(THAT_AFTER_ADJUNCT.match(after) or CLAUSE_OR_QUOTE_AFTER.match(after))

    def _refused(self, cue: Cue) -> bool:
        return any(start <= cue.span[0] < end for start, end in self.refused)

    def _dispute_appositives(self) -> list[tuple[Mention, Cue, Span]]:
        """", a figure Tokyo disputes": who disputes, the cue, and the appositive's span."""
        found = []
        for cue in self.cues:
            if not cue.denial:
                continue
            mention, _ = self.speaker_before(cue)
            if mention is None:
                continue
            noun = DISPUTE_APPOSITIVE_NOUN.search(self.text, self.span[0], mention.span[0])
            if noun:
                found.append((mention, cue, (noun.start("phrase"), cue.span[1])))
        return found

    def _speakers(self, cues: list[Cue]) -> dict[Span, tuple[Mention | None, bool, bool]]:
        """Each cue's speaker; "S said ..., adding that ..." gives the participle the speaker of "said"."""
        speakers: dict[Span, tuple[Mention | None, bool, bool]] = {}
        last_speaker = None
        for cue in cues:
            found = self._speaker(cue)
            if cue.participle and last_speaker is not None:
                found = (last_speaker, False, False)
            elif found[0] is not None and not cue.participle:
                last_speaker = found[0]
            speakers[cue.span] = found
        return speakers

    def _speaker(self, cue: Cue) -> tuple[Mention | None, bool, bool]:
        """The cue's speaker mention, whether it heads a relative clause, and whether it follows the cue."""
        if cue.according_to:
            return self.source_after(cue), False, True
        if cue.participle:
            return self.clause_subject(cue), False, False
        mention, relative = self.speaker_before(cue)
        if mention:
            before = self.text[max(self.span[0], mention.span[0] - 10) : mention.span[0]]
            return mention, relative or bool(re.search(r",\s*(?:which|who|whom|that)\s+$", before)), False
        lead = self.text[self.span[0] : cue.span[0]].rstrip()
        if lead.endswith((",", "—", *CLOSING_MARKS)) and (after := self.speaker_after(cue)):
            return after, False, True
        if COORDINATION.search(self.text, self.span[0], cue.span[0]):
            return self.clause_subject(cue), False, False
        return None, False, False

    def _pair(self, cue, mention, relative, inverted, stops, claimed_until, previous_quotation) -> list[RawClaim]:
        speaker_end = mention.span[1] if inverted else cue.span[1]
        speaker_start = cue.span[0] if inverted else mention.span[0]
        if cue.according_to:
            return self._according_to(cue, mention, stops, claimed_until)
        lead = self.text[claimed_until:speaker_start]
        after = speaker_end
        if cue.takes_object and (listener := LISTENER.match(self.text, after)):
            after = listener.end()
        right = self.text[after : self.span[1]]
        if not lead.strip() and previous_quotation and ADJUNCT_START.match(right):
            return [RawClaim([previous_quotation.inner], cue, mention)]
        if lead.strip(" ,\"”'—–") and not relative and not cue.participle:
            after_quote = lead.rstrip().endswith(CLOSING_MARKS)
            after_clause = lead.rstrip().endswith((",", "—", "–")) and ADJUNCT_START.match(right) and not THAT_AFTER_ADJUNCT.match(right)
            split_quote = self.quotation_ending_at(speaker_start) and self.quotation_at(after)  # "Q1," S said, "Q2"
            if after_quote or after_clause or split_quote:
                return self._trailing(cue, mention, claimed_until, speaker_start, after, [] if inverted else stops)
        if re.search(r"\bwhat\s+$", self.text[self.span[0] : mention.span[0]]) and (was := WHAT_SAID_WAS.match(right)):
            after += was.end()
        return [RawClaim([span], cue, mention) for span in self._leading_contents(cue, after, stops, relative)]

    def _trailing(self, cue, mention, claimed_until, speaker_start, after, stops) -> list[RawClaim]:
        """"C," S said — with the second half of "C1," S said, "C2" or "C1, S said, C2"."""
        before = self.content_before(claimed_until, speaker_start)
        quotation = self.quotation_at(after)
        # After an inverted speaker ("said Oren Patel, an analyst") what follows describes the speaker.
        rest = quotation.inner if quotation else self._parenthetical_rest(after, stops) if stops else None
        segments = [span for span in (before, rest) if span]
        return [RawClaim(segments, cue, mention)] if segments else []

    def _parenthetical_rest(self, after: int, stops: list[tuple[int, int]]) -> Span | None:
        """The words after an attribution set off by commas mid-sentence ("The industry, she said, is ...")."""
        match = PARENTHETICAL_REST.match(self.text, after, self.span[1])
        if not match:
            return None
        start = match.end()
        end = self._first_stop(start, self.span[1], stops)
        span = self.clean(start, end)
        return span if span[1] - span[0] > 1 else None

    def _according_to(self, cue, mention, stops, claimed_until) -> list[RawClaim]:
        """"C, according to S" — or "According to S, C" and "In addition, according to S, C"."""
        content = self.content_before(claimed_until, cue.span[0])
        if content and self._reportable(content):
            return [RawClaim([content], cue, mention)]
        return [RawClaim([span], cue, mention) for span in self._leading_contents(cue, mention.span[1], stops, False)]

    def _leading_contents(self, cue: Cue, position: int, stops: list[int], relative: bool) -> list[Span]:
        """Contents after a leading cue: one per "and that" part."""
        region = self.content_after(position, relative)
        if region is None:
            return []
        if any(q.inner == region for q in self.quotations):
            return [region]
        spans, start = [], region[0]
        for match in [*AND_THAT.finditer(self.text, region[0], region[1]), None]:
            end = match.start() if match else region[1]
            end = self._first_stop(start, end, stops)
            span = self.clean(start, end)
            if self._reportable(span):
                spans.append(span)
            if match:
                start = match.end()
        return spans

    def _reportable(self, span: Span) -> bool:
        """Whether words after a cue report something, rather than say when or where ("on Twitter", "Thursday")."""
        words = self.text[slice(*span)].split()
        if len(words) < MIN_CONTENT_WORDS:
            return False
        return len(words) > MAX_ADJUNCT_WORDS or not ADJUNCT_ONLY.match(self.text[slice(*span)])
