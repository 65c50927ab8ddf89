"""An event's name in the nominative, and the key that says which event a name names.

``IX Общероссийском форуме стратегического развития «…»`` → ``IX Общероссийский форум
стратегического развития «…»``: the noun and the adjectives before it are put in the
nominative, everything after it is kept as written (:func:`nerpipe.inflect.nominative`). A
common word that only starts a sentence loses its capital (``Форум «…» проводится`` →
``форум «…»``).
"""

from __future__ import annotations

import re

from ..inflect import nominative
from ..morph import fold
from ..text import tidy_spaces
from .context import Context
from .mentions import EventMention

_PUNCT = re.compile(r"[^\w\s]+")
_SUBTITLE = re.compile(r"\s*[:—–]\s+|\s+-\s+")


def event_name(context: Context, mention: EventMention, morph) -> str:
    """The mention's words with the noun and its adjectives in the nominative."""
    tokens = context.tokens[mention.first: mention.last + 1]
    if context.quoted_up_to(mention.head) and mention.last > mention.head:  # «круглый стол» «…»: not its quote
        tokens = tokens[:mention.head - mention.first + 1] + tokens[mention.head - mention.first + 2:]
    words = [t.word() for t in tokens]
    number = "keep" if mention.plural else "sing"  # "переговоры" stay plural; a tagger's plural slip does not
    name = tidy_spaces(nominative(words, morph, number=number))
    first = tokens[0]
    if first.text[:1].isupper() and context.starts_sentence(mention.first) and _common(first.text, morph):
        name = name[:1].lower() + name[1:]
    return name


def _common(word: str, morph) -> bool:
    """A word that is written in lower case inside a sentence (not a name, not an acronym)."""
    if len(word) > 1 and word[1:2].isupper():
        return False
    parses = morph.parses(fold(word))
    return bool(parses) and not any(gram in p.tag for p in parses for gram in _PROPER_GRAMS)


_PROPER_GRAMS = ("Name", "Surn", "Geox", "Orgn", "Abbr")


def name_key(name: str, mention: EventMention) -> str:
    """What a name says about which event it is, for matching across documents: the quoted name's
    main part (before a subtitle) when there is one, else the whole name; ordinals kept, case,
    punctuation and ``ё`` folded."""
    if mention.quoted:
        main = _SUBTITLE.split(mention.quoted, maxsplit=1)[0]
        key = _PUNCT.sub(" ", fold(main))
    else:
        key = _PUNCT.sub(" ", fold(name))
    key = " ".join(key.split())
    if mention.ordinal and not key.startswith(mention.ordinal):
        key = f"{mention.ordinal} {key}"
    return key


def quoted_main(quoted: str | None) -> str | None:
    """The main part of a quoted name: ``города россии: технологии лидерства`` → ``города россии``."""
    if not quoted:
        return None
    return " ".join(_PUNCT.sub(" ", _SUBTITLE.split(quoted, maxsplit=1)[0]).split())
