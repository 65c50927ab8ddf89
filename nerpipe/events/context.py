"""What the event layer reads of a document, indexed once: tokens, sentences, paragraphs, the
stretches of direct speech, and the entity spans, dates and titles earlier stages found."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..morph import fold
from ..ner import Analysis, Token
from ..records import DateFact, PositionFact, Span
from ..text import DASHES, OPENING_QUOTES, QUOTE_PAIRS

_SENTENCE_END = re.compile(r"[.!?…]\s*$")
_ATTRIBUTION = re.compile(r"^\s*[,.]?\s*[-–—]")


@dataclass
class Context:
    """A document as the event stages see it."""

    analysis: Analysis
    spans: list[Span]
    entity_of: dict  # Span -> entity id (persons, organizations, places)
    place_of: dict  # LOC Span -> nerpipe.places.Place
    dates: list[DateFact]
    titles: list[PositionFact]
    title_spans: list[Span] = field(default_factory=list)  # every POSITION mention, with a holder or not
    title_normals: dict = field(default_factory=dict)  # (start, end) of a POSITION mention -> its normal form
    quotes: list[tuple[int, int]] = field(default_factory=list)  # every quoted stretch, inner offsets
    speech: list[tuple[int, int]] = field(default_factory=list)  # the quoted stretches that are direct speech
    paragraph_starts: list[int] = field(default_factory=list)
    headline_end: int = 0  # the lines above the body: headline, dateline, labels (no full stop at their end)

    @property
    def text(self) -> str:
        return self.analysis.text

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.analysis.tokens

    def in_speech(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.speech)

    def in_quotes(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quotes)

    def speech_at(self, offset: int) -> tuple[int, int] | None:
        for start, end in self.speech:
            if start <= offset < end:
                return start, end
        return None

    def quoted_up_to(self, index: int) -> bool:
        """Whether token ``index`` ends a quoted stretch (``«круглый стол»``: the noun itself is quoted)."""
        token = self.tokens[index]
        return any(start <= token.start and token.end == end for start, end in self.quotes)

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def sentence_tokens(self, sent: int) -> list[Token]:
        start, end = self.analysis.sentences[sent]
        return self.analysis.tokens_in(start, end)

    def starts_sentence(self, index: int) -> bool:
        """Whether token ``index`` opens a sentence or a line (a headline's first word), also after an
        opening quote or a dash that opens it."""
        if self.analysis.starts_sentence(index):
            return True
        before = self.tokens[index - 1].text
        return (before in OPENING_QUOTES or before in DASHES) and self.starts_sentence(index - 1)

    def spans_of(self, *types: str) -> list[Span]:
        return [s for s in self.spans if s.type in types]

    def span_covering(self, start: int, end: int, *types: str, resolved: bool = False) -> Span | None:
        """The longest span of ``types`` that contains ``[start, end)`` (with ``resolved``, one that names an
        entity of the document)."""
        found = [s for s in self.spans if s.type in types and s.start <= start and end <= s.end
                 and (not resolved or s in self.entity_of)]
        return max(found, key=lambda s: (s.end - s.start, -s.start), default=None)

    def span_starting(self, offset: int, *types: str, resolved: bool = False) -> Span | None:
        """The longest span of ``types`` that starts at ``offset``."""
        found = [s for s in self.spans if s.type in types and s.start == offset
                 and (not resolved or s in self.entity_of)]
        return max(found, key=lambda s: s.end, default=None)


def build_context(analysis: Analysis, spans, resolved, dates, title_facts) -> Context:
    """``title_facts`` is what the titles stage found (:class:`nerpipe.positions.TitleFacts`)."""
    analysis = split_at_lines(analysis)
    context = Context(analysis, list(spans), dict(resolved.entity_of), dict(resolved.place_of), list(dates),
                      [f for f in title_facts.facts if not f.restated])
    context.title_spans = [Span(m.start, m.end, m.type) for m in title_facts.mentions]
    context.title_normals = {(m.start, m.end): m.normal for m in title_facts.mentions}
    context.quotes = find_quotes(analysis.text)
    context.speech = [q for q in context.quotes if is_speech(analysis, q)]
    context.paragraph_starts = paragraph_starts(analysis.text)
    context.headline_end = headline_end(analysis.text)
    return context


def split_at_lines(analysis: Analysis) -> Analysis:
    """The analysis with its sentences cut at line breaks too: a headline or a dateline the segmenter
    joined to the first sentence is a sentence of its own here."""
    text = analysis.text
    tokens: list[Token] = []
    units: list[list[int]] = []
    previous = None
    for token in analysis.tokens:
        if previous is None or token.sent != previous.sent or "\n" in text[previous.end:token.start]:
            units.append([token.start, token.end])
        units[-1][1] = token.end
        tokens.append(token.in_sentence(len(units) - 1))
        previous = token
    return Analysis(text, tuple((start, end) for start, end in units), tuple(tokens), analysis.spans,
                    analysis.token_starts)


_BODY_LINE = re.compile(r"[.!?…:;»”\"]\s*$")


def headline_end(text: str, max_lines: int = 8) -> int:
    """Where the body begins: after the top lines that end with no full stop (a headline, a dateline,
    a label such as ``Пресс-служба``); 0 when the text opens with a sentence."""
    end = 0
    offset = 0
    for index, line in enumerate(text.split("\n")):
        if index >= max_lines:
            break
        if line.strip():
            if _BODY_LINE.search(line) or len(line) > 250:
                break
            end = offset + len(line)
        offset += len(line) + 1
    return end


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs (non-empty lines) begin; an empty line starts none."""
    starts = [0]
    for found in re.finditer(r"\n", text):
        line_end = text.find("\n", found.end())
        if text[found.end(): line_end if line_end != -1 else len(text)].strip():
            starts.append(found.end())
    return starts


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Outermost quoted stretches as ``(start, end)`` of their inner text: ``«…»`` with nested
    quotes inside, ``“…”``, ``„…“`` and straight ``"…"``; a quote does not run past a paragraph."""
    out: list[tuple[int, int]] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        closer = QUOTE_PAIRS.get(char)
        if closer is None or (char == '"' and index + 1 < length and text[index + 1].isspace()):
            index += 1
            continue
        depth = 1
        cursor = index + 1
        end = None
        while cursor < length and text[cursor] != "\n":
            current = text[cursor]
            if current == closer and (closer != '"' or depth == 1):
                depth -= 1
                if depth == 0:
                    end = cursor
                    break
            elif current == char and char != '"':
                depth += 1
            cursor += 1
        if end is None:
            index += 1
            continue
        out.append((index + 1, end))
        index = end + 1
    return out


def is_speech(analysis: Analysis, quote: tuple[int, int]) -> bool:
    """A quoted stretch is direct speech (not a name) when it holds a finite verb, ends a sentence
    inside, or is followed by a dash that names its speaker (``», — сказал …``)."""
    start, end = quote
    inner = analysis.text[start:end]
    if len(inner.split()) < 3:
        return False
    if _SENTENCE_END.search(inner) or _ATTRIBUTION.match(analysis.text[end + 1: end + 6]):
        return True
    return any(dict(t.feats).get("VerbForm") == "Fin" for t in analysis.tokens_in(start, end))


_SUBORDINATORS = {"что", "чтобы", "который", "которая", "которое", "которые", "которого", "которой", "которых",
                  "где", "когда", "если", "хотя", "поскольку"}
_RELATIVE = {"который", "которая", "которое", "которые", "где"}


def clause_of(context: Context, index: int) -> tuple[int, int]:
    """The stretch of ``index``'s sentence between the subordinate clauses around it (``X писала о том,
    что Y примут участие …``: the clause is ``что Y примут участие …``); lists keep their commas."""
    tokens = context.tokens
    sent = tokens[index].sent
    start, end = context.analysis.sentences[sent]
    k = index - 1
    while k > 0 and tokens[k].sent == sent:
        if fold(tokens[k].text) in _SUBORDINATORS and tokens[k - 1].text == ",":
            start = tokens[k].start
            break
        if tokens[k].text in (";", ":"):
            start = tokens[k + 1].start
            break
        k -= 1
    k = index + 1
    while k + 1 < len(tokens) and tokens[k].sent == sent:
        if tokens[k].text == "," and fold(tokens[k + 1].text) in _SUBORDINATORS or tokens[k].text == ";":
            end = tokens[k].start
            break
        k += 1
    return start, end


def in_clause_of(context: Context, mention_head: int, mention_end: int, offset: int) -> bool:
    """Whether ``offset`` lies in the clause of an event mention, or in a relative clause right after it
    (``сессии, которая прошла в апреле …``)."""
    start, end = clause_of(context, mention_head)
    if start <= offset < end:
        return True
    following = context.text[mention_end:mention_end + 2]
    if following.strip() != ",":
        return False
    after = [t for t in context.analysis.tokens_in(mention_end, mention_end + 40)]
    if len(after) < 2 or fold(after[1].text) not in _RELATIVE:
        return False
    start, end = clause_of(context, after[1].index)
    return start <= offset < end
