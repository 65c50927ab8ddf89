"""A noun in the instrumental after a title: a document by whose order the post is given (``начальника управления
приказом министра назначен …``), or what a word of governing before it takes (``куратор управления рисками``,
``заместитель начальника управления распоряжением имуществом``)."""

from __future__ import annotations

from .lexicon import TitleLexicon
from .tokens import case_of

# documents by which a post is given or taken: in the instrumental after a title, whose order, not what it governs
DECREES = frozenset({"приказ", "указ", "распоряжение", "постановление", "решение"})
_GOVERNING = frozenset({"управление", "руководство", "командование", "заведование"})  # nouns of governing


def governs_instrumental(tokens, k: int, head: int, lexicon: TitleLexicon) -> bool:
    """Whether the word before ``k`` takes an instrumental: a noun of governing (``куратор управления рисками``) or an
    inner title that governs it (``заместитель командующего войсками``)."""
    return lexicon.morph.lemma(tokens[k - 1].text) in _GOVERNING \
        or k - 1 > head and lexicon.title_lemma(tokens[k - 1].text) in lexicon.instrumental


def by_decree(tokens, k: int, governed: bool, lexicon: TitleLexicon) -> bool:
    """Whether the instrumental at ``k`` is a document by which a post is given (``приказом министра``): not when a
    word of governing takes it and an instrumental of its own follows (``управления распоряжением имуществом``: what
    the body manages)."""
    nxt = k + 1
    own_object = governed and nxt < len(tokens) and tokens[nxt].sent == tokens[k].sent \
        and tokens[nxt].pos in ("NOUN", "ADJ") and case_of(tokens[nxt]) == "Ins"
    return lexicon.morph.lemma(tokens[k].text) in DECREES and not own_object
