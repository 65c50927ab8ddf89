"""Streets: the noun of a street or a square right before a LOC span (``улице Чехова``, ``пер. Заречный``) makes
the span the street's name, never a town's it may share, and the street's name in the nominative (``переулке
Заречном`` → переулок Заречный)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..places import STREET_TYPES, Gazetteer
from ..records import Span
from .syntax import word_before

# the genders of places.STREET_TYPES, which an adjective naming the street agrees with
_GENDERS = {"улица": "femn", "площадь": "femn", "проспект": "masc", "переулок": "masc", "бульвар": "masc",
            "проезд": "masc", "тупик": "masc"}
# the abbreviations of places.STREET_TYPES, as written before a full stop (``пер. Заречный``)
_STREET_ABBREVIATIONS = {"ул": "улица", "пер": "переулок", "пр-т": "проспект", "просп": "проспект", "пл": "площадь",
                         "б-р": "бульвар"}


def street_before(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> str | None:
    """The noun of a street or a square right before a span (``улица`` for ``Чехова`` in ``улице Чехова``, or
    abbreviated before a full stop: ``переулок`` for ``пер. Заречный``), else ``None``; not one in the plural before
    a place the gazetteer knows, named in the genitive (``на улицах Каракаса``, ``переулки Твери``: the town's
    streets, no street's name; but ``на улицах Ленина и Гагарина``: the streets)."""
    before = word_before(analysis, span)
    if before is None:
        return None
    if before.text == ".":
        return _abbreviated_street(analysis, before)
    kind = gazetteer.place_type(before.text, abbreviations=False)
    if kind not in STREET_TYPES:
        return None
    return None if before.feat.get("Number") == "Plur" and _names_known_place(analysis, span, gazetteer) else kind


def street_in(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> str | None:
    """The name of the street a span names (:func:`street_name`) with a street's noun first in it (``улице
    Садовой``), or right before it (:func:`street_before`); else ``None``."""
    tokens = analysis.tokens_in(span.start, span.end)
    first = gazetteer.place_type(tokens[0].text, abbreviations=False) if len(tokens) > 1 else None
    if first in STREET_TYPES:
        street, noun, named = first, tokens[0], tokens[1:]
    elif (street := street_before(analysis, span, gazetteer)) is not None:
        noun, named = word_before(analysis, span), tokens
    else:
        return None
    return street_name(analysis, street, noun, named, gazetteer.morph)


def street_name(analysis: Analysis, street: str, noun, named: list, morph: Morph) -> str:
    """A street's name: its noun and the words after it, those in the nominative where they are all adjectives
    agreeing with the noun (``переулке Заречном`` → ``переулок Заречный``, ``улице Малой Кедровой`` → ``улица
    Малая Кедровая``); as written otherwise (``улица Чехова``, ``переулок Красной Зари``, ``пер. Заречный``)."""
    written = f"{street} {analysis.text[named[0].start:named[-1].end]}"
    gender = _GENDERS.get(street)
    if noun.text == "." or gender is None:
        return written
    cases = {p.tag.case for p in morph.parses(fold(noun.text)) if fold(p.normal_form) == street
             and p.tag.number == "sing"}
    words = []
    for token in named:
        agreeing = any(p.tag.POS == "ADJF" and not {"Poss", "Surn"} & p.tag.grammemes and p.tag.case in cases
                       and p.tag.number == "sing" and p.tag.gender in (gender, None)
                       for p in morph.parses(fold(token.text)))
        inflected = morph.inflect(token.text, {gender, "nomn", "sing"}, prefer={"POS": "ADJF"}) if agreeing else None
        if inflected is None:
            return written
        words.append(_as_written(inflected, token.text))
    return f"{street} {' '.join(words)}"


def _as_written(inflected: str, written: str) -> str:
    """An inflected word with the capital and the ``ё`` of the word as written (``Зелёном`` → ``Зелёный``)."""
    word = with_yo(inflected, written)
    return word.capitalize() if written[:1].isupper() else word


def with_yo(inflected: str, written: str) -> str:
    """``inflected`` with the ``ё`` that ``written`` has in their common stem (``обручевское`` and
    ``Обручёвском`` → ``обручёвское``)."""
    return "".join("ё" if a == "е" and w == "ё" else a for a, w in zip(inflected, written.lower())) \
        + inflected[len(written):]


def _abbreviated_street(analysis: Analysis, stop) -> str | None:
    """The street's noun a full stop right after its abbreviation stands for (``пер.`` → ``переулок``, ``ул.`` →
    ``улица``), by :data:`_STREET_ABBREVIATIONS`; else ``None`` (``на улице.``: a street's noun, no abbreviation)."""
    if stop.index == 0:
        return None
    abbreviation = analysis.tokens[stop.index - 1]
    if abbreviation.sent != stop.sent or abbreviation.end != stop.start:
        return None
    return _STREET_ABBREVIATIONS.get(fold(abbreviation.text))


def _names_known_place(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a span is the genitive of the name of a place the gazetteer knows (``Твери``, ``Каракаса``; not
    ``Кедрова``, which the gazetteer reads as a town of another name)."""
    surface = analysis.text[span.start:span.end]
    place = gazetteer.lookup(surface)
    return place is not None and place.category != "other" and fold(gazetteer.genitive(place.name)) == fold(surface)
