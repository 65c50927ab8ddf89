"""A title's edges and the title inside it: trailing words cut (:func:`trim_title`), the title a
title governs (:func:`inner_title`: ``помощник президента`` → ``президента``)."""

from __future__ import annotations

from dataclasses import replace

from ..morph import fold
from ..ner import Analysis
from .dependents import PREPS_ALWAYS, PREPS_BEFORE_NAME
from .grammar import Title, counts_holders
from .lexicon import TitleLexicon
from .tokens import case_of


def inner_title(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> Title | None:
    """The title a title governs in the genitive (``помощник президента России`` → ``президента России``),
    with its own modifiers and dependents up to the title's first preposition; ``None`` if it has none."""
    tokens = analysis.tokens
    for k in range(title.head + 1, title.last + 1):
        word = fold(tokens[k].text)
        if word in PREPS_ALWAYS or word in PREPS_BEFORE_NAME:
            return None
        token = tokens[k]
        # with the tagger's gender and number: "молодёжной политики" is no title of "политик"
        if token.pos != "NOUN" or case_of(token) not in ("Gen", "Acc") \
                or lexicon.title_lemma(token.text, token.feat) is None:
            continue
        first = k
        while first - 1 > title.head and tokens[first - 1].pos == "ADJ":
            first -= 1
        last = k
        while last + 1 <= title.last and fold(tokens[last + 1].text) not in PREPS_ALWAYS | PREPS_BEFORE_NAME \
                and tokens[last + 1].text != ",":
            last += 1
        former = any(lexicon.is_former(t.text) or counts_holders(t, token, lexicon) for t in tokens[first:k])
        return Title(tokens[first].start, tokens[last].end, k, first, last, False, former)
    return None


def trim_title(analysis: Analysis, title: Title) -> Title:
    """Drop trailing conjunctions, prepositions and punctuation from a title."""
    tokens = analysis.tokens
    last = _before_spelling(tokens, title)
    while last > title.head and (
        fold(tokens[last].text) in PREPS_ALWAYS | PREPS_BEFORE_NAME | {"и", ","}
        or tokens[last].text in ("«", "(", "-", "—")
    ):
        last -= 1
    adjectives = last
    while adjectives > title.head and tokens[adjectives].pos == "ADJ":
        adjectives -= 1
    if adjectives < last and adjectives > title.head and tokens[adjectives].text == ",":
        last = adjectives - 1  # "советник департамента …, федерального": the adjectives open the next title
    if last == title.last:
        return title
    return replace(title, end=tokens[last].end, last=last)


def _before_spelling(tokens, title: Title) -> int:
    """The last token of a title before a bracket that ends it and spells a name in Latin letters, two words or
    more each with a capital (``фотограф журнала «Заря» (Gleb Rakitin)``: the holder's name, not the title's)."""
    last = title.last
    if tokens[last].text != ")":
        return last
    for k in range(last - 1, title.head, -1):
        if tokens[k].text == "(":
            words = tokens[k + 1: last]
            latin = all(w.text[:1].isupper() and w.text.isascii() and w.text.replace("-", "").replace(".", "").isalpha()
                        for w in words)
            return k - 1 if len(words) >= 2 and latin else last
    return last
