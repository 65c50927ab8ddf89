"""The words of the event layer (``resources/events.txt``): event nouns by kind, the adjectives
around them, and the verbs and nouns that tie people, organizations, dates and places to an event.

Every question is asked by lemma (:meth:`nerpipe.morph.Morph.forms`), so any case form answers.
"""

from __future__ import annotations

import re
from functools import cache

from ..morph import Morph, fold
from ..resources import read_word_groups

KINDS = ("session", "forum", "conference", "meeting", "visit", "exhibition", "other")
GENERIC = "generic"
PLURAL = "plural"


@cache
def read_event_nouns() -> frozenset[str]:
    """The lemmas that name an event on their own: the nouns of every kind, the generic ones
    (``мероприятие``) and the plural ones (``слушания``); not those that need an adjective
    (``круглый стол``)."""
    groups = read_word_groups("events.txt")
    return frozenset(word for group in (*KINDS, GENERIC, PLURAL) for word in groups.get(group, ())
                     if "+" not in word)

# "двухдневная", "3-дневный", "трехдневного": how many days an event lasts
_NUMBER_WORDS = {
    "одно": 1, "двух": 2, "двух-": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6,
    "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10,
}
_DAYS_ADJECTIVE = re.compile(r"(?i)^(\d{1,2}|одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)"
                             r"-?дневн\w*$")


def days_of_adjective(word: str) -> int | None:
    """``двухдневная`` → 2, ``3-дневный`` → 3; ``None`` for any other word."""
    found = _DAYS_ADJECTIVE.match(word)
    if not found:
        return None
    part = fold(found.group(1))
    return int(part) if part.isdigit() else _NUMBER_WORDS.get(part)


_COUNT_WORDS = {"один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
                "девять": 9, "десять": 10}


def count_of(word: str, morph: Morph) -> int | None:
    """``двух`` → 2, ``3`` → 3: a small cardinal as digits or words, in any case."""
    if word.isdigit():
        value = int(word)
        return value if 0 < value <= 31 else None
    for form in morph.forms(word):
        if form in _COUNT_WORDS:
            return _COUNT_WORDS[form]
    return None


class EventLexicon:
    """The event lexicon; one instance per process (it lives in :class:`nerpipe.models.Models`)."""

    def __init__(self, morph: Morph):
        self.morph = morph
        groups = read_word_groups("events.txt")
        self.kinds: dict[str, str] = {}
        self.compounds: dict[str, dict[str, str]] = {}  # noun -> adjective -> kind ("круглый стол")
        for kind in KINDS:
            for word in groups.get(kind, ()):
                if "+" in word:
                    adjective, noun = word.split("+", 1)
                    self.compounds.setdefault(noun, {})[adjective] = kind
                else:
                    self.kinds[word] = kind
        for word in groups.get("generic", ()):
            self.kinds[word] = GENERIC
        self.groups = {name: frozenset(words) for name, words in groups.items()}

    def kind_of(self, word: str, before: str | None = None) -> tuple[str, str] | None:
        """``(kind, lemma)`` of an event noun (``kind`` is ``generic`` for ``мероприятие``), or ``None``.

        ``before`` is the word in front of it, for nouns that need an adjective (``круглый стол``).
        """
        forms = self.morph.forms(word)
        for form in forms:
            kind = self.kinds.get(form)
            if kind:
                return kind, form
        if before is not None:
            for form in forms:
                adjectives = self.compounds.get(form)
                if adjectives:
                    for adjective in self.morph.forms(before):
                        if adjective in adjectives:
                            return adjectives[adjective], f"{adjective} {form}"
        return None

    def is_(self, group: str, word: str) -> bool:
        """Whether some lemma of ``word`` is in ``group`` of the lexicon."""
        members = self.groups.get(group, frozenset())
        return bool(self.morph.forms(word) & members)
