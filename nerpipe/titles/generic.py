"""Generic titles: a title with no holder that speaks of a class of people (``эксперты``,
``134 журналиста``, ``каждый третий журналист``), not of one person."""

from __future__ import annotations

from ..ner import Analysis
from ..text import CLOSING_QUOTES, OPENING_QUOTES, line_ends, line_starts
from .grammar import Title
from .lexicon import TitleLexicon
from .tokens import is_word, number_of

# words before a title that make it a count or a class, not one holder: "134 журналиста", "каждый журналист"
_QUANTIFIERS = {"каждый", "любой", "всякий", "некоторый", "многий", "иной", "весь", "оба", "обе", "несколько",
                "много", "немало", "ряд", "множество", "большинство", "число", "количество", "сотня", "десяток",
                "тысяча", "пара", "группа"}


def is_generic(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title with no holder that speaks of a class of people, not of one person.

    Plurals (``эксперты``, ``представители партии``), counts (``134 журналиста``,
    ``каждый третий журналист``), quoted names of titles (``звание «Чемпион мира»``)
    and headings (a line that is only the word ``Политика``).
    """
    tokens = analysis.tokens
    head = tokens[title.head]
    if number_of(head) == "Plur":
        return True
    if line_starts(analysis.text, title.start) and line_ends(analysis.text, title.end):
        return True  # a heading: "Политика"
    before = title.first - 1
    if before < 0 or tokens[before].sent != head.sent:
        return False
    prev = tokens[before]
    if prev.pos == "NUM" or prev.text.isdigit():
        return True
    if prev.text in OPENING_QUOTES and title.last + 1 < len(tokens) and tokens[title.last + 1].text in CLOSING_QUOTES:
        return True
    for index in range(before, max(before - 3, -1), -1):  # "каждый третий заключённый журналист"
        if not is_word(tokens[index]) or tokens[index].sent != head.sent:
            break
        if lexicon.morph.lemma(tokens[index].text) in _QUANTIFIERS:
            return True
    return False
