"""Stage 2: segmentation, morphology, syntax and named entities with natasha.

The result, :class:`Analysis`, is what every later stage reads: the text, its
sentences, its tagged tokens (as :class:`nerpipe.inflect.Word`, with syntax
heads) and natasha's PER/ORG/LOC spans.

A sentence longer than :data:`MAX_SENTENCE_TOKENS` tokens (a list of lines
without punctuation, a run of the same word, a table pasted as text) is cut
into pieces before morphology and syntax: the syntax parser scores every pair
of tokens of a sentence, so its memory grows with the square of the length,
and every later stage works sentence by sentence. Pieces end at a line break
when there is one, else after punctuation, else at the limit.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .inflect import Word
from .records import Span

MAX_SENTENCE_TOKENS = 200  # a long news sentence has 60-80 tokens
_PUNCTUATION_BREAKS = frozenset(",;:—–-)»\"")


@dataclass(frozen=True, slots=True)
class Token:
    """A tagged token with its place in the syntax tree (indices into ``Analysis.tokens``)."""

    index: int
    start: int
    end: int
    text: str
    pos: str
    feats: tuple[tuple[str, str], ...]
    head: int | None  # index of the syntactic head, None for a root
    rel: str
    sent: int  # index of the sentence

    @property
    def feat(self) -> dict:
        return dict(self.feats)

    def word(self) -> Word:
        return Word(self.start, self.end, self.text, self.pos, self.feats)


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    sentences: tuple[tuple[int, int], ...]
    tokens: tuple[Token, ...]
    spans: tuple[Span, ...]  # natasha's NER spans
    token_starts: tuple[int, ...] = ()  # token start offsets, for bisection

    def line_break_between(self, left: int, right: int) -> bool:
        """Whether a line break separates token ``left`` from token ``right``."""
        return "\n" in self.text[self.tokens[left].end: self.tokens[right].start]

    def starts_sentence(self, index: int) -> bool:
        """Whether token ``index`` opens a sentence or a line (a headline has no full stop)."""
        if index == 0:
            return True
        return self.tokens[index - 1].sent != self.tokens[index].sent or self.line_break_between(index - 1, index)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens lying inside ``[start, end)``."""
        lo = bisect_left(self.token_starts, start)
        out = []
        for token in self.tokens[lo:]:
            if token.start >= end:
                break
            if token.end <= end:
                out.append(token)
        return out


def analyze_text(text: str, segmenter, morph_tagger, syntax_parser, ner_tagger) -> Analysis:
    """Run natasha's segmenter, morphology tagger, syntax parser and NER tagger on ``text``."""
    from natasha import Doc

    if not text.strip():
        return Analysis(text, (), (), ())
    doc = Doc(text)
    doc.segment(segmenter)
    doc.sents = split_long_sentences(doc.sents, text)
    doc.tag_morph(morph_tagger)
    doc.parse_syntax(syntax_parser)
    doc.tag_ner(ner_tagger)
    return analysis_from_doc(doc)


def split_long_sentences(sents: list, text: str, limit: int = MAX_SENTENCE_TOKENS) -> list:
    """natasha's sentences with every one of more than ``limit`` tokens cut into pieces of at most ``limit``."""
    from natasha.doc import DocSent

    out = []
    for sent in sents:
        tokens = sent.tokens or []
        if len(tokens) <= limit:
            out.append(sent)
            continue
        for lo, hi in sentence_pieces([(t.start, t.stop, t.text) for t in tokens], text, limit):
            start, stop = tokens[lo].start, tokens[hi - 1].stop
            out.append(DocSent(start, stop, text[start:stop], tokens=tokens[lo:hi]))
    return out


def sentence_pieces(tokens: list[tuple[int, int, str]], text: str, limit: int) -> list[tuple[int, int]]:
    """Cut a run of ``(start, end, text)`` tokens into ``[lo, hi)`` index ranges of at most ``limit`` tokens.

    A piece ends at the last line break in its second half, else after the last
    punctuation token there, else at the limit.
    """
    pieces = []
    lo = 0
    while len(tokens) - lo > limit:
        newline = punctuation = None
        for cut in range(lo + limit, lo + limit // 2, -1):  # the piece would be tokens[lo:cut]
            if newline is None and "\n" in text[tokens[cut - 1][1]:tokens[cut][0]]:
                newline = cut
                break
            if punctuation is None and tokens[cut - 1][2] in _PUNCTUATION_BREAKS:
                punctuation = cut
        cut = newline or punctuation or lo + limit
        pieces.append((lo, cut))
        lo = cut
    pieces.append((lo, len(tokens)))
    return pieces


def analysis_from_doc(doc) -> Analysis:
    """Convert a processed natasha ``Doc`` into an :class:`Analysis`."""
    tokens: list[Token] = []
    for sent_index, sent in enumerate(doc.sents):
        ids = {token.id: len(tokens) + offset for offset, token in enumerate(sent.tokens)}
        for token in sent.tokens:
            tokens.append(
                Token(
                    index=len(tokens),
                    start=token.start,
                    end=token.stop,
                    text=token.text,
                    pos=token.pos or "X",
                    feats=tuple(sorted((token.feats or {}).items())),
                    head=ids.get(token.head_id),
                    rel=token.rel or "",
                    sent=sent_index,
                )
            )
    sentences = tuple((sent.start, sent.stop) for sent in doc.sents)
    spans = tuple(Span(span.start, span.stop, span.type) for span in doc.spans or ())
    return Analysis(doc.text, sentences, tuple(tokens), spans, tuple(t.start for t in tokens))
