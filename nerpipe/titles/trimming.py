"""A title's edges and the title inside it: trailing words cut (:func:`trim_title`), the title a
title governs (:func:`inner_title`: ``помощник президента`` → ``президента``)."""

from __future__ import annotations

from dataclasses import replace

from ..morph import fold, without_former
from ..ner import Analysis
from .dependents import PREPS_ALWAYS, PREPS_BEFORE_NAME
from .grammar import Title, counts_holders
from .lexicon import CHIEFS, TitleLexicon
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


def compound_lemma(analysis: Analysis, first: int, head: int, lexicon: TitleLexicon) -> str | None:
    """The compound title two words make written apart (``премьер министр`` → ``премьер-министр``, ``генерал
    майор``), the second the head; ``None`` when they make none."""
    tokens = analysis.tokens
    if first < 0 or head != first + 1 or tokens[first].sent != tokens[head].sent:
        return None
    lemmas = lexicon.head_lemma(tokens[first].text), lexicon.head_lemma(tokens[head].text)
    joined = f"{lemmas[0]}-{lemmas[1]}"
    return joined if None not in lemmas and joined in lexicon.titles else None


def join_compounds(analysis: Analysis, titles: list[Title], lexicon: TitleLexicon) -> list[Title]:
    """A compound title written without its hyphen (``премьер министр Италии``), found as two titles, made one:
    a title of one word right before the head of the next."""
    out: list[Title] = []
    for title in titles:
        before = out[-1] if out else None
        if before is not None and before.last == before.head and before.last + 1 == title.first == title.head \
                and compound_lemma(analysis, before.head, title.head, lexicon) is not None:
            out[-1] = replace(title, start=before.start, first=before.first, acting=before.acting or title.acting,
                              former=before.former or title.former)
            continue
        out.append(title)
    return out


def read_hyphenated_role(word: str, lexicon: TitleLexicon, governs: bool = False) -> str | None:
    """The role of a hyphenated word made of two titles that no lexicon entry names whole (``режиссёра-
    постановщика`` → ``режиссёр-постановщик``, ``певица-композитор`` → ``певец-композитор``): both of them,
    not the one the word is read as; ``None`` for another word (``генерал-майор``, an entry; ``интернет-журналист``,
    one title), and where the lexicon gives the phrase a better role: a half it writes out in words
    (``замгубернатора-глава``), or a second half that heads what the title goes on to name (``governs``:
    ``замминистра-руководитель департамента``, ``министр-глава администрации``: :data:`~.lexicon.CHIEFS`)."""
    parts = without_former(fold(word)).split("-")
    if len(parts) != 2 or min(len(p) for p in parts) <= 2:
        return None  # no hyphenated word: no lexicon lookup for every title's head
    whole = lexicon.title_lemma(word) or lexicon.occupation_lemma(word)
    if whole is None or "-" in whole:
        return None
    lemmas = [lexicon.title_lemma(part) or lexicon.occupation_lemma(part) for part in parts]
    if None in lemmas or "-" in "".join(lemmas) or any(" " in lexicon.map_role(lemma) for lemma in lemmas) \
            or governs and lemmas[1] in CHIEFS:
        return None
    return "-".join(lemmas)
