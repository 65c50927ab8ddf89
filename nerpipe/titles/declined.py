"""Predicates that give no title: negated (``так и не стал министром``, ``не был директором``) or a post
refused (``отказался от поста губернатора``)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis

_DECLINING = {"отказаться", "отказываться", "отказ"}


def declined(analysis: Analysis, word: int, morph: Morph) -> bool:
    """Whether a predicate (or a post word, ``от поста``) gives no title: ``не`` before it or on it, or, for a
    post word, on the verb it hangs on (``не занимал пост``), or that verb refuses."""
    tokens = analysis.tokens
    head = tokens[word].head
    if _negated(analysis, word) or tokens[word].pos == "NOUN" and head is not None and _negated(analysis, head):
        return True
    return head is not None and morph.lemma(tokens[head].text) in _DECLINING


def _negated(analysis: Analysis, word: int) -> bool:
    """``не`` right before a word or hanging on it."""
    tokens = analysis.tokens
    start, end = analysis.sentences[tokens[word].sent]  # a word's dependents are in its sentence
    return any(_negates(analysis, t.index) for t in tokens[max(word - 1, 0): word]) \
        or any(t.head == word and _negates(analysis, t.index) for t in analysis.tokens_in(start, end))


def _negates(analysis: Analysis, index: int) -> bool:
    """``не``, but not of ``не только`` (``не только стал министром, но и …``)."""
    tokens = analysis.tokens
    return fold(tokens[index].text) == "не" and not (index + 1 < len(tokens)
                                                      and fold(tokens[index + 1].text) in ("только", "лишь"))
