"""The see a bishop's title names by adjectives after its head (``митрополиту Казанскому и Татарстанскому``):
part of the title (:func:`see_end`), and in the nominative with the head (``митрополит Казанский и Татарстанский``,
:func:`see_adjectives`), not left in the head's case."""

from __future__ import annotations

import re

from ..inflect import Word
from ..morph import Morph, fold, restore_case
from ..ner import Token
from .lexicon import TitleLexicon
from .tokens import case_of

_SEE_ENDING = re.compile(r"[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую)$")  # "Казанский", "Пермскому", "Новгородского"
# "Московский и всея Руси": a see's land after "и" and an old genitive of "весь", as written in every case
_ALL_OF = frozenset({"всея", "всего", "всей", "всех"})


def starts_all_of(words, k: int) -> bool:
    """``и всея Руси``, ``и всей России`` from ``k`` (``и``) on: the land a see or a body's reach goes on to, kept
    as written."""
    return k + 2 < len(words) and fold(words[k].text) == "и" and fold(words[k + 1].text) in _ALL_OF \
        and words[k + 2].text[:1].isupper()


def spans_whole_land(words, head: int, lexicon: TitleLexicon) -> bool:
    """A church rank's title (its head at ``head`` of ``words``) whose see goes on to a whole land (``патриарх
    Московский и всея Руси``): of no one region. Another title keeps the region it names (``председатель союза
    Москвы и всей России``)."""
    return lexicon.head_lemma(words[head].text) in lexicon.clergy_ranks \
        and any(starts_all_of(words, k) for k in range(head + 1, len(words)))


def see_adjectives(words: list[Word], head: int, lexicon: TitleLexicon) -> tuple[int, str] | None:
    """How many words after a church rank's head name its see, capitalised adjectives joined by ``и``, and their
    nominative masculine (``Казанскому и Татарстанскому`` → ``Казанский и Татарстанский``); ``None`` where the
    head is no such rank or no such adjective follows it."""
    if lexicon.head_lemma(words[head].text) not in lexicon.clergy_ranks:
        return None
    count, out = 0, []
    for k, word in enumerate(words[head + 1:], head + 1):
        if out and out[-1] != "и" and starts_all_of(words, k):
            out.extend(w.text for w in words[k: k + 3])
            count += 3
            break
        if fold(word.text) == "и" and out and out[-1] != "и":
            out.append("и")
        elif word.text[:1].isupper() and word.pos in ("ADJ", "PROPN") and _SEE_ENDING.search(fold(word.text)) \
                and (lexicon.morph.has_gram(word.text, "ADJF") or out and lexicon.morph.has_gram(word.text, "Surn")) \
                and (not out or out[-1] == "и"):
            inflected = lexicon.morph.inflect(word.text, {"nomn", "sing", "masc"}, prefer={"POS": "ADJF"})
            out.append(restore_case(inflected, word.text) if inflected else word.text)
        else:
            break
        count += 1
    if out and out[-1] == "и":
        out.pop()
        count -= 1
    return (count, " ".join(out)) if out else None


def see_end(tokens: list[Token], k: int, head: Token, morph: Morph) -> int:
    """The index past the see's adjectives that follow a church rank's head at ``k`` (``Митрополит Казанский и
    Татарстанский``, ``епископа Копейского``): capitalised adjectives in the head's case, joined by ``и``; ``k``
    where there are none."""
    end = k
    while end < len(tokens) and tokens[end].sent == head.sent and _see_word(tokens[end], head, morph):
        end += 1
        if starts_all_of(tokens, end) and tokens[end + 2].sent == head.sent:
            return end + 3
        if end + 1 < len(tokens) and fold(tokens[end].text) == "и" \
                and _see_word(tokens[end + 1], head, morph, coordinated=True):
            end += 1
            if not _see_word(tokens[end], head, morph):
                end += 1  # "Торопецкий и Каменский": a surname's form, the see's all the same
    return end


def _see_word(token: Token, head: Token, morph: Morph, coordinated: bool = False) -> bool:
    """A capitalised adjective of a see in the case of the rank's head, made with ``-ск-``/``-цк-`` (the tagger may
    read it as a name; a monk's name after it is none: ``Мефодию``); after ``и`` and another (``coordinated``),
    also a word the dictionary reads only as a surname (``Торопецкий и Каменский``)."""
    return token.text[:1].isupper() and token.pos in ("ADJ", "PROPN") \
        and (morph.has_gram(token.text, "ADJF") or coordinated and morph.has_gram(token.text, "Surn")) \
        and bool(_SEE_ENDING.search(fold(token.text))) \
        and (case_of(token) in (case_of(head), None) or {case_of(token), case_of(head)} <= {"Gen", "Acc"})
