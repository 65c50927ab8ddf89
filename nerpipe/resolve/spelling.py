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

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
# ways of writing one sound in the Latin alphabets of the languages news transliterates from
_SOUNDS = (
    ("dzh", "j"), ("tsch", "h"), ("sch", "sh"), ("tch", "h"), ("zh", "j"), ("dj", "j"), ("kh", "h"),
    ("ch", "h"), ("ck", "k"),
    ("ph", "f"), ("th", "t"), ("qu", "kv"), ("x", "ks"), ("w", "v"), ("c", "k"), ("q", "k"), ("j", "j"),
    ("ts", "z"), ("tz", "z"),
)
_VOWELS = set("aeiouy")


def skeleton(word: str) -> str:
    """The spelling-blind key of one word of a name: ``Görlich`` and ``Гёрлих`` → ``grlh``."""
    text = fold(word)
    text = re.sub(r"^у(?=[аеиоэ])", "w", text)  # ``Уилкс``, ``Уоррен``: Russian writes an initial w so
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    text = text.replace("ü", "u").replace("ö", "o").replace("ä", "a").replace("é", "e").replace("ß", "ss")
    text = re.sub(r"[^a-z]", "", text)
    text = re.sub(r"(?<=[aeiouy])h(?![aeiouy])", "", text)  # a silent h: John, Sarah
    text = re.sub(r"^w(?=r)|^k(?=n)", "", text)  # a silent initial w, k: Wright, Knox
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


def name_skeleton(first: str | None, last: str | None) -> tuple[str, str] | None:
    """The key of a full name, ``None`` when it is not one (no first name, or an initial)."""
    if not first or not last or first.endswith("."):
        return None
    return skeleton(first), skeleton(last)


def same_person(latin: tuple[str, str], cyrillic: tuple[str, str]) -> bool:
    """Whether two name keys (:func:`name_skeleton`) can be one person: the same surname, first
    names that start alike (``Joshua`` and ``Джошуа``)."""
    return latin[1] == cyrillic[1] and latin[0][:1] == cyrillic[0][:1]
