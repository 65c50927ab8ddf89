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

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .inflect import Word
from .morph import UD_GENDER, UD_NUMBER, fold, is_predicate
from .records import Span
from .text import unify_quotes, unify_scripts, wrapped_line

if TYPE_CHECKING:
    from .morph import Morph
    from .neural import BatchTagger, Tagged

_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
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

    def in_sentence(self, sent: int) -> Token:
        """This token as part of sentence ``sent`` (what ``dataclasses.replace`` gives, faster)."""
        return Token(self.index, self.start, self.end, self.text, self.pos, self.feats, self.head, self.rel, sent)


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    sentences: tuple[tuple[int, int], ...]
    tokens: tuple[Token, ...]
    spans: tuple[Span, ...]  # natasha's NER spans
    token_starts: tuple[int, ...] = ()  # token start offsets, for bisection

    def line_break_between(self, left: int, right: int) -> bool:
        """Whether a line break separates token ``left`` from token ``right``; not one that only wraps a line at a
        width (:func:`nerpipe.text.wrapped_line`: ``министр\nэкономики``)."""
        gap = self.text[self.tokens[left].end: self.tokens[right].start]
        return "\n" in gap and not wrapped_line(gap, self.tokens[left].text, self.tokens[right].text)

    def starts_sentence(self, index: int) -> bool:
        """Whether token ``index`` opens a sentence or a line (a headline has no full stop)."""
        if index == 0:
            return True
        return self.tokens[index - 1].sent != self.tokens[index].sent or self.line_break_between(index - 1, index)

    def token_before(self, offset: int) -> Token | None:
        """The last token that ends at or before ``offset``."""
        index = bisect_left(self.token_starts, offset) - 1
        while index >= 0 and self.tokens[index].end > offset:
            index -= 1
        return self.tokens[index] if index >= 0 else None

    def token_after(self, offset: int) -> Token | None:
        """The first token that starts at or after ``offset``."""
        index = bisect_left(self.token_starts, offset)
        return self.tokens[index] if index < len(self.tokens) else None

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

    def indices_in(self, spans: Iterable[Span]) -> set[int]:
        """The indices of the tokens inside any of ``spans``: the words those spans already hold."""
        return {t.index for s in spans for t in self.tokens_in(s.start, s.end)}

    def words_in(self, start: int, end: int) -> list[Token]:
        """The tokens inside ``[start, end)`` that open with a letter: a span's words without its punctuation
        and numbers."""
        return [t for t in self.tokens_in(start, end) if t.text[:1].isalpha()]


def analyze_text(text: str, tagger: BatchTagger) -> Analysis:
    """Segment ``text`` and run slovnet's morphology tagger, syntax parser and NER tagger on it."""
    return analyze_texts([text], tagger)[0]


def analyze_texts(texts: list[str], tagger: BatchTagger) -> list[Analysis]:
    """:func:`analyze_text` of many texts, their sentences going through the models together (the
    same result as one by one, faster)."""
    texts = [unify_scripts(unify_quotes(text)).translate(_HYPHENS) for text in texts]  # names in apostrophes read
    # as quoted, a word typed in two alphabets in one, a non-breaking hyphen as a hyphen (``Анна‑Мария``: one word;
    # same offsets)
    segmented = [segment_text(text) for text in texts]
    documents = [([[t[2] for t in tokens] for _s, _e, tokens in sentences], [t[2] for t in words])
                 for sentences, words in segmented]
    tagged = tagger.tag(documents)
    return [build_analysis(text, sentences, words, result, tagger)
            for text, (sentences, words), result in zip(texts, segmented, tagged)]


Sentence = tuple[int, int, list]  # start, end, tokens as (start, end, text)


def segment_text(text: str, limit: int = MAX_SENTENCE_TOKENS) -> tuple[list[Sentence], list[tuple[int, int, str]]]:
    """razdel's sentences of ``text`` with their tokens, as natasha's ``Doc.segment`` makes them, every
    sentence of more than ``limit`` tokens cut into pieces; and every token of the text."""
    from razdel import sentenize, tokenize

    if not text.strip():
        return [], []
    words = [piece for t in tokenize(text) for piece in split_symbols(t.start, t.stop, t.text)]
    sentences = []
    index = 0
    for sent in sentenize(text):  # natasha's envelop_spans: the tokens inside each sentence
        tokens = []
        while index < len(words):
            token = words[index]
            index += 1
            if token[0] < sent.start:
                continue
            if token[1] <= sent.stop:
                tokens.append(token)
            else:
                index -= 1
                break
        sentences.append((sent.start, sent.stop, tokens))
    return split_long_sentences(split_paragraphs(sentences, text), text, limit), words


def split_symbols(start: int, stop: int, text: str) -> list[tuple[int, int, str]]:
    """A token razdel glues to a symbol (an emoji of a web post: ``❗️Министр``) as the symbol and the word, the
    offsets kept; any other token as it is."""
    if text[:1].isalnum() and text[-1:].isalnum() or len(text) < 2:
        return [(start, stop, text)]
    first = next((k for k, ch in enumerate(text) if not _is_symbol(ch)), len(text))
    last = next((k for k in range(len(text), 0, -1) if not _is_symbol(text[k - 1])), 0)
    if first >= last or not (first or last < len(text)):
        return [(start, stop, text)]
    pieces = [(start, start + first, text[:first])] if first else []
    pieces.append((start + first, start + last, text[first:last]))
    if last < len(text):
        pieces.append((start + last, stop, text[last:]))
    return pieces


def _is_symbol(char: str) -> bool:
    """An emoji or a pictograph, with its variation selectors and joiners (not a letter, a digit or a mark of
    punctuation)."""
    return unicodedata.category(char) in ("So", "Sk", "Mn", "Cf") and not char.isalnum()


def split_paragraphs(sentences: list[Sentence], text: str) -> list[Sentence]:
    """``sentences`` cut at every blank line inside them: a headline or a line with no full stop (``Губернатор
    уволил министра⏎⏎Губернатор края Пётр Орлов …``) ends where its paragraph does; and at a line break before a
    line that opens as a sentence does (``Губернатор уволил министра⏎Пётр Орлов⏎Губернатор края …``: a headline,
    a caption), unless the line before breaks off at a comma or a hyphen (a text wrapped at a width)."""
    out = []
    for start, end, tokens in sentences:
        lo = 0
        for cut in range(1, len(tokens)):
            if _BLANK_LINE.search(text, tokens[cut - 1][1], tokens[cut][0]) or _new_line(tokens, cut, text):
                out.append((tokens[lo][0], tokens[cut - 1][1], tokens[lo:cut]))
                lo = cut
        out.append((start, end, tokens) if lo == 0 else (tokens[lo][0], end, tokens[lo:]))
    return out


def _new_line(tokens: list[tuple[int, int, str]], cut: int, text: str) -> bool:
    """Whether a line break before ``tokens[cut]`` opens a new sentence: the line starts with a capital, a digit,
    a quote or a dash, and the line before ends in no comma or hyphen."""
    if "\n" not in text[tokens[cut - 1][1]:tokens[cut][0]]:
        return False
    first = tokens[cut][2][:1]
    return (first.isupper() or first.isdigit() or first in "«\"—–-(") and tokens[cut - 1][2] not in (",", "-", "‐")


def split_long_sentences(sentences: list[Sentence], text: str, limit: int = MAX_SENTENCE_TOKENS) -> list[Sentence]:
    """``sentences`` with every one of more than ``limit`` tokens cut into pieces of at most ``limit``."""
    out = []
    for start, end, tokens in sentences:
        if len(tokens) <= limit:
            out.append((start, end, tokens))
            continue
        for lo, hi in sentence_pieces(tokens, text, limit):
            out.append((tokens[lo][0], tokens[hi - 1][1], tokens[lo:hi]))
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


def climb_heads(tokens: tuple[Token, ...], token: Token, goes_on) -> Token:
    """The highest token reached from ``token`` up its heads while ``goes_on(index of the next head)`` holds. The
    parser picks each word's head on its own, so the heads may close a loop (two words each the head of the other):
    reaching a word met before ends the climb, as reaching a root does."""
    seen = {token.index}
    while token.head is not None and token.head not in seen and goes_on(token.head):
        seen.add(token.head)
        token = tokens[token.head]
    return token


def build_analysis(text: str, sentences: list[Sentence], words: list[tuple[int, int, str]], tagged: Tagged,
                   tagger: BatchTagger) -> Analysis:
    """The :class:`Analysis` of a segmented text from what the models said about it."""
    if not sentences and not words:
        return Analysis(text, (), (), ())
    tokens: list[Token] = []
    for sent_index, (_start, _end, sent_tokens) in enumerate(sentences):
        offset = len(tokens)
        tags, heads, rels = tagged.tags[sent_index], tagged.heads[sent_index], tagged.rels[sent_index]
        for position, (start, end, word) in enumerate(sent_tokens):
            pos, feats = tagger.morphology(tags[position]) if position < len(tags) else ("X", ())
            head = heads[position] if position < len(heads) else 0
            tokens.append(Token(
                index=len(tokens), start=start, end=end, text=word, pos=pos, feats=feats,
                head=offset + head - 1 if 0 < head <= len(heads) else None,  # 0: the root
                rel=tagger.relation(rels[position]) if position < len(rels) else "",
                sent=sent_index,
            ))
    spans = tuple(Span(start, end, kind) for start, end, kind in tagger.entities(text, words, tagged.ner_tags))
    return Analysis(text, tuple((start, end) for start, end, _ in sentences), tuple(tokens), spans,
                    tuple(t.start for t in tokens))


# pymorphy's grammemes of a verb as natasha's features (gender and number: morph's UD tables, reversed)
_VERB_FEATS = {"past": ("Tense", "Past"), "pres": ("Tense", "Pres"), "futr": ("Tense", "Fut"),
               "perf": ("Aspect", "Perf"), "impf": ("Aspect", "Imp"),
               **{grammeme: ("Gender", ud) for ud, grammeme in UD_GENDER.items()},
               **{grammeme: ("Number", ud) for ud, grammeme in UD_NUMBER.items()}}


def retag_predicates(analysis: Analysis, morph: Morph) -> Analysis:
    """The analysis with a capitalised word opening a sentence that the tagger took for a name or a noun but
    pymorphy knows only as a finite verb or a short participle (``Работал министром …``, ``Назначен …`` in a
    biography with no subject) tagged as the verb it is, its features from pymorphy; the syntax is kept."""
    tokens = list(analysis.tokens)
    changed = False
    for index, token in enumerate(analysis.tokens):
        if token.pos in ("PROPN", "NOUN") and token.text[:1].isupper() and analysis.starts_sentence(index) \
                and is_predicate(token.text, morph):
            tokens[index] = Token(token.index, token.start, token.end, token.text, *_verb_tag(token.text, morph),
                                  token.head, token.rel, token.sent)
            changed = True
    return replace(analysis, tokens=tuple(tokens)) if changed else analysis


def _verb_tag(word: str, morph: Morph) -> tuple[str, tuple[tuple[str, str], ...]]:
    """natasha's part of speech and features of a word pymorphy reads as a verb (its first reading)."""
    tag = morph.parses(fold(word))[0].tag
    if tag.POS == "PRTS":
        feats = {"VerbForm": "Part", "Variant": "Short", "Voice": "Pass"}
    else:
        feats = {"VerbForm": "Fin", "Mood": "Ind"}
    feats.update(dict(value for grammeme, value in _VERB_FEATS.items() if grammeme in tag))
    return "VERB", tuple(sorted(feats.items()))
