"""One name in Latin and Cyrillic letters: a spelling-blind key to match them.

``Martin Görlich`` and ``Мартин Гёрлих``, ``Joshua Wendt`` and ``Джошуа Вендт`` are one person
written in two alphabets. Both are reduced to a skeleton: transliterated to Latin letters, the
common ways of writing one sound made one (``sch`` and ``sh``; ``ch``, ``tch``, ``kh`` — which
stand for ``ч`` in English and ``х`` in German — alike), vowels dropped but the first, doubled
letters single, a silent ``h``, ``gh`` and initial ``w`` before ``r`` and ``k`` before ``n`` left out, a
``c`` before ``e``, ``i``, ``y`` read as ``s``. Two names with the same skeletons of first and last name
are taken for one.
"""

from __future__ import annotations

import re

from ..morph import fold
from ..names import japanese_sounds

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
# ways of writing one sound in the Latin alphabets of the languages news transliterates from
_SOUNDS = (
    ("dzh", "j"), ("tsch", "h"), ("sch", "sh"), ("tch", "h"), ("zh", "j"), ("dj", "j"), ("kh", "h"),
    ("chr", "kr"), ("ch", "h"), ("ck", "k"),  # ``Christoph``, ``Кристоф``
    ("ph", "f"), ("th", "t"), ("qu", "kv"), ("x", "ks"), ("w", "v"), ("c", "k"), ("q", "k"), ("j", "j"),
    ("ts", "z"), ("tz", "z"),
)
_VOWELS = set("aeiouy")


# the syllables of Japanese the Hepburn way writes with ``ш``, ``ч``, ``дж``, and the ones Russian writes them with
_HEPBURN = (("джи", "дзи"), ("джа", "дзя"), ("джу", "дзю"), ("джо", "дзё"), ("ши", "си"), ("ша", "ся"),
            ("шу", "сю"), ("шо", "сё"), ("чи", "ти"), ("ча", "тя"), ("чу", "тю"), ("чо", "тё"))


def russian_japanese(word: str) -> str:
    """A Japanese word written the Hepburn way in Cyrillic letters as Russian writes it (``Киширо`` →
    ``кисиро``, ``Кошиба`` → ``косиба``), in lower case, when it is then made of the syllables Russian writes
    Japanese with; else the word in lower case (``Шишкин``)."""
    lowered = fold(word)
    respelled = lowered
    for hepburn, russian in _HEPBURN:
        respelled = respelled.replace(hepburn, russian)
    return respelled if respelled != lowered and japanese_sounds(respelled) else lowered


def skeleton(word: str) -> str:
    """The spelling-blind key of one word of a name: ``Görlich`` and ``Гёрлих`` → ``grlh``."""
    text = fold(word)
    text = re.sub(r"^у(?=[аеиоэ])", "w", text)  # ``Уилкс``, ``Уоррен``: Russian writes an initial w so
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    text = text.replace("ü", "u").replace("ö", "o").replace("ä", "a").replace("é", "e").replace("ß", "ss")
    text = re.sub(r"[^a-z]", "", text)
    text = re.sub(r"(?<=[aeiouy])h(?![aeiouy])", "", text)  # a silent h: John, Sarah
    text = re.sub(r"w(?=r)|^k(?=n)", "", text)  # a silent w before r, initial k: Wright, Cartwright, Knox
    text = re.sub(r"gh(?![aeiouy])", "", text)  # silent gh: Wright, Knight
    text = re.sub(r"c(?=[eiy])", "s", text)  # a soft c: Wallace, Vincent, Marcel
    for written, sound in _SOUNDS:
        text = text.replace(written, "\0" + sound + "\0")
    text = text.replace("\0", "")
    head, rest = text[:1], text[1:]
    rest = "".join(ch for ch in rest if ch not in _VOWELS)
    out = []
    for ch in head + rest:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


# how the letters of a Latin word may sound in the languages news transliterates from, besides the
# readings :func:`skeleton` gives: Italian ``gi``, ``ci`` before a vowel and ``g``, ``c`` before ``e``, ``i``
# (``Giorgio``, ``Luciano``: ``Джорджо``, ``Лучано``), and English ``dg`` there (``Bridget``: ``Бриджит``);
# Spanish ``j`` and ``z`` (``Javier``, ``Mendoza``: ``Хавьер``, ``Мендоса``), a French final consonant left
# unspoken (``Dupont``: ``Дюпон``); English ``w`` after a vowel, a vowel itself (``Farrow``: ``Фэрроу``);
# Polish ``cz``, ``sz``, ``rz`` and ``j`` after a vowel (``Kowalczyk``, ``Szymanski``: ``Ковальчик``, ``Шиманский``)
_READINGS = (
    ((r"dg(?=[eiy])", "dzh"), (r"gi(?=[aou])", "dzh"), (r"g(?=[ei])", "dzh"), (r"ci(?=[aou])", "ch"),
     (r"c(?=[ei])", "ch")),
    ((r"j", "kh"), (r"z", "s"), (r"ll", "y")),
    ((r"(?<=[aeioun])[tdsx]$", ""),),
    ((r"(?<=[aeo])w", "u"),),
    ((r"cz", "ch"), (r"sz", "sh"), (r"rz", "zh"), (r"(?<=[aeiou])j", "y"), (r"ł", "l")),
)


def spellings(word: str) -> set[str]:
    """The skeletons (:func:`skeleton`) a word in Latin letters may be written in Cyrillic with:
    as it is read in English and German, and in the Italian, Spanish and French readings of its letters."""
    text = fold(word)
    out = {skeleton(text)}
    for rules in _READINGS:
        variant = text
        for pattern, sound in rules:
            variant = re.sub(pattern, sound, variant)
        out.add(skeleton(variant))
    return out


def spells(latin: str, cyrillic: str) -> bool:
    """Whether a word in Latin letters can be written as a word in Cyrillic (``Dupont``, ``Дюпон``)."""
    return skeleton(cyrillic) in spellings(latin)


def spells_first_name(latin: str, cyrillic: str) -> bool:
    """Whether a first name in Latin letters can be one in Cyrillic: spelled so (:func:`spells`), or
    with one sound other (``Stephen``, ``Стивен``) in a skeleton of three letters or more, and either
    ending in a vowel alike (``Martina`` is no ``Мартин``, ``Klaus`` no ``Клара``) but for a silent ``-e`` after a
    consonant (``Christophe``, ``Кристоф``)."""
    if _ends_in_vowel(latin) != _ends_in_vowel(cyrillic) and not _silent_final_e(latin, cyrillic):
        return False
    if spells(latin, cyrillic):
        return True
    other = skeleton(cyrillic)
    return len(other) >= 3 and any(len(word) == len(other) and word[0] == other[0]
                                   and sum(a != b for a, b in zip(word, other)) == 1 for word in spellings(latin))


def _silent_final_e(latin: str, cyrillic: str) -> bool:
    """Whether a Latin name ends in an ``-e`` after a consonant that its Cyrillic form, ending in a consonant, leaves
    unsaid (``Christophe``, ``Кристоф``; ``Pierre``, ``Пьер``)."""
    word = fold(latin)
    return len(word) > 3 and word.endswith("e") and not _ends_in_vowel(word[:-1]) and not _ends_in_vowel(cyrillic)


def _ends_in_vowel(word: str) -> bool:
    return fold(word).rstrip("ьъ")[-1:] in set("aeiouyаеёиоуыэюя")


def name_skeleton(first: str | None, last: str | None) -> tuple[str, str] | None:
    """The key of a full name, ``None`` when it is not one (no first name, or an initial)."""
    if not first or not last or first.endswith("."):
        return None
    return skeleton(first), skeleton(last)


_MIN_SPELLED_LETTERS = 4  # shorter one-word names (abbreviations, ``Ока``) spell too many others


def is_spelled_word(word: str) -> bool:
    """Whether a one-word name is long enough to be matched across alphabets: letters only, not
    all capitals, :data:`_MIN_SPELLED_LETTERS` letters or more."""
    return word.isalpha() and len(word) >= _MIN_SPELLED_LETTERS and not word.isupper()


def is_cyrillic_word(word: str) -> bool:
    return bool(word) and all("а" <= ch <= "я" or ch == "ё" for ch in word.lower())
