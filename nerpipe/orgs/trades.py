"""One-word names of companies made of a stem and the trade they work in (``Кедрпром``, ``Лесэнерго``, ``Заречнефть``,
``Кедрстрой``, ``Лесмаш``): the last parts of such names, a kept dictionary of the trades of business, and the
endings each takes in its cases."""

from __future__ import annotations

from ..morph import Morph, fold

# the trades of business and the case forms of each: a masculine noun in a consonant (``Кедрпрома``, ``Кедрпромом``),
# ``строй``, a feminine noun in ``-ь`` (``Заречнефти``), a word not declined (``Лесэнерго``)
_HARD_TRADES = ("пром", "торг", "флот", "маш", "транс", "газ", "телеком", "холдинг", "инвест", "лизинг", "снаб", "сбыт",
                "металл", "фарм")
_SOFT_TRADES = ("нефть", "сталь", "связь")
_FIXED_TRADES = ("энерго", "агро", "авиа")
_TRADE_FORMS = {
    **{trade: frozenset(trade + ending for ending in ("", "а", "у", "ом", "е")) for trade in _HARD_TRADES},
    "строй": frozenset({"строй", "строя", "строю", "строем", "строе"}),
    **{trade: frozenset(trade[:-1] + ending for ending in ("ь", "и", "ью")) for trade in _SOFT_TRADES},
    **{trade: frozenset({trade}) for trade in _FIXED_TRADES},
}
_MIN_STEM = 3  # letters at least before the trade (``Газпром``, ``Мосэнерго``; not ``Транс``, ``Рахим``)
# readings that make a word no company's name: a person's, a place's
_NOT_A_COMPANY = ("Name", "Surn", "Patr", "Geox")


def trade_of(word: str) -> str | None:
    """The trade a word's last part names when the word is a stem of three letters or more and a trade in one of
    its case forms (``Лесхимпрома`` → ``пром``, ``Кедрстроем`` → ``строй``, ``Заречнефти`` → ``нефть``); ``None`` for
    any other word (``Транс``, ``Промышленность``)."""
    folded = fold(word).replace("-", "")
    if not folded.isalpha():
        return None
    return next((trade for trade, forms in _TRADE_FORMS.items() for form in forms
                 if ends_compound(folded, form)), None)


def ends_compound(folded: str, part: str) -> bool:
    """Whether a folded word is a stem of three letters or more and ``part`` after it (``кедрбанк`` and ``банк``;
    not ``банк`` itself)."""
    return folded.endswith(part) and len(folded) - len(part) >= _MIN_STEM


def is_person_or_place_name(word: str, morph: Morph) -> bool:
    """Whether pymorphy reads a word as a person's or a place's name in some reading (``Кавказа``, ``Лесков``):
    no company's own name."""
    return any(gram in p.tag for p in morph.parses(fold(word)) for gram in _NOT_A_COMPANY)


def is_trade_compound(word: str, morph: Morph) -> bool:
    """Whether a capitalised word is a company's one-word name of a stem and a trade (:func:`trade_of`): not in
    capitals, and read as no person's or place's name (``Кавказа``)."""
    if not word[:1].isupper() or word.isupper() or trade_of(word) is None:
        return False
    return not is_person_or_place_name(word, morph)
