"""A body named with a generic word for a region in the genitive, in a text about one region of that kind: that
region's body, named with it. The word may end the name (``Правительство республики`` → ``Правительство
Республики Коми``) or come before what the body is attached to or where it sits (``представительство края при
Правительстве России``, ``постоянное представительство края в Москве`` → ``Постоянное представительство Пермского
края в Москве``): a place after ``в`` there is the body's seat, not its region. A region's union of its towns named
without its region (``Совет муниципальных образований``) is that region's too."""

from __future__ import annotations

from ..places import Gazetteer
from ..records import Span

# generic words for a region → the types of federal subject they can stand for (None: any)
REGION_KINDS = {
    "регион": None, "субъект": None, "республика": ("республика",), "область": ("область", "автономная область"),
    "край": ("край",), "округ": ("автономный округ",),
}
# prepositions that open what a region's body is attached to (``при``) or where it sits (``в``)
_ATTACHED = frozenset({"при"})
_SEATED = frozenset({"в", "во"})
# the words of a region's union of its towns after its noun (``Совет муниципальных образований``), lemmas
_MUNICIPALITIES = ("муниципальный", "образование")
_UNION_WORDS = 3
_UNIONS = frozenset({"совет", "ассоциация"})  # not Russia's ``Конгресс муниципальных образований``


def name_generic_region(name: str, words: list, code: str, gazetteer: Gazetteer) -> str:
    """``name`` with its generic word for a region (see the module) replaced by the genitive of the region
    ``code`` when the word fits that region's kind; a region's union of its towns (``Совет муниципальных
    образований``) with that region's genitive after it; ``name`` itself otherwise."""
    if _of_municipalities(words, gazetteer):
        return f"{name} {gazetteer.region_genitive(code)}"
    at = _find_tail_start(words)
    if at < 1:
        return name
    generic = words[at - 1]
    tail = " ".join(word.text for word in words[at:])
    head = name[: len(name) - len(tail)].rstrip() if tail and name.endswith(tail) else (None if tail else name)
    if head is None or not _is_generic_word(generic, head, code, gazetteer):
        return name
    named = head[: -len(generic.text)] + gazetteer.region_genitive(code)
    return f"{named} {tail}" if tail else named


def _of_municipalities(words: list, gazetteer: Gazetteer) -> bool:
    """Whether a name is ``Совет`` or ``Ассоциация`` and ``муниципальных образований``: each region has such a
    union of its towns."""
    if len(words) != _UNION_WORDS:
        return False
    lemmas = [gazetteer.morph.lemma(word.text) for word in words]
    return lemmas[0] in _UNIONS and lemmas[1:] == list(_MUNICIPALITIES) and words[2].feat.get("Number") == "Plur" \
        and words[0].text[:1].isupper()


def is_seated_after_generic(words: list, seats: list[Span]) -> bool:
    """Whether every place inside a body's name comes after a generic word for a region and ``в``
    (``представительство края в Москве``): where the body sits, not the region it is of."""
    at = _find_tail_start(words)
    return 1 <= at < len(words) and words[at].text.lower() in _SEATED and bool(seats) \
        and all(seat.start >= words[at].start for seat in seats)


def _find_tail_start(words: list) -> int:
    """Where a name's words after its generic word start: at the first ``при`` or ``в`` after the second word,
    or at its end."""
    return next((i for i, word in enumerate(words) if i >= 2 and word.text.lower() in _ATTACHED | _SEATED),
                len(words))


def _is_generic_word(word, head: str, code: str, gazetteer: Gazetteer) -> bool:
    """Whether ``word``, which ends ``head``, is a lower-case singular genitive word for a region of the kind of the
    region ``code``."""
    if not word.text[:1].islower() or word.feat.get("Case") != "Gen" or word.feat.get("Number") == "Plur" \
            or not head.endswith(word.text):
        return False
    region = gazetteer.region_by_code[code]
    kinds = gazetteer.morph.forms(word.text) & REGION_KINDS.keys()
    return any(REGION_KINDS[kind] is None or region.type in REGION_KINDS[kind] for kind in kinds)
