"""Full names of a document that are a case form of another of its full names, read as a name of their own
(``Веселина Дражева`` beside ``Веселин Дражев``, ``Анна Ламаре`` beside ``Анна Ламара``), and the full names a span
shows a woman's, which decide which way such a pair goes."""

from __future__ import annotations

from ..morph import Morph, fold
from ..names import Name, is_russian_surname
from ..names.endings import oblique_of_consonant
from ..ner import Analysis
from ..records import Span
from .forms import (
    FIRST_NAME_OBLIQUE,
    could_be_form,
    first_name_form,
    genders_shown,
    genitive_of_a,
    oblique_of_a,
    person_gender,
)


def oblique_forms(full: list[Name], morph: Morph, womans: set[Name] = frozenset(),
                  subjects: set[Name] = frozenset(), literal: set[Name] = frozenset()) -> dict[Name, Name]:
    """Full names of a document that are a case form of another of its full names, read as a name
    of their own when a first name was unknown or ambiguous (``Веселина Дражева`` beside
    ``Веселин Дражев``): each goes to the name it is a form of; but a woman's name one of its spans
    shows a woman's (``Мирославы Орловой``, ``Мирослава Орлова сказала``) takes the man's it may be
    read as (``Мирославу Орлову``, his dative or her accusative), unless the document writes his name as it is
    (``literal``: ``Валентин Орлов`` beside ``Валентина Орлова сказала`` are two); a name written as a verb's subject
    is no oblique form of a first name in ``-а`` (``Андреу Корвини пришёл`` beside ``Андреа Корвини``)."""
    out: dict[Name, Name] = {}
    distinct = list(dict.fromkeys(full))
    for name in distinct:
        for other in distinct:
            declined = _declined_in_a(name, other, name in subjects)
            if other is name or len(other.first) + len(other.last) >= len(name.first) + len(name.last) \
                    and not declined:
                continue
            if _adjectival_genders(name.last, other.last):
                continue  # ``Александра Петровская`` is no form of ``Александр Петровский``: she is his namesake
            if declined or could_be_form(name.last, other.last) and could_be_form(name.first, other.first) \
                    and first_name_form(morph, name.first, other.first) or _declined_as_mans(name, other):
                if name in womans and other not in womans and person_gender(morph, name.first, name.last) != "masc":
                    if other not in literal:
                        out[other] = name
                else:
                    out[name] = other
                break
    return out


def _declined_in_a(name: Name, other: Name, subject: bool = False) -> bool:
    """Whether a full name is another with the same first name whose surname in ``-а`` or ``-я`` is in an
    oblique case, kept as written (``Анна Ламаре`` of ``Анна Ламара``: her dative; ``Теймураз Мчедлурию`` of
    ``Теймураз Мчедлурия``: his accusative), or with the same surname
    whose first name is so (``Ёсирасу Намики`` of ``Ёсираса Намики``: his accusative, the surname not
    declining; ``Иги Зарембек`` of ``Ига Зарембек``: her genitive); or with both declined, a first name in ``-й``
    and a surname in ``-а`` (``Сурачая Чулананту`` of ``Сурачай Чулананта``: his accusative)."""
    endings = ("е", "и", "ы", "у", "ю")
    return (fold(name.first) == fold(other.first) or _oblique_of_short_i(name.first, other.first)) \
        and oblique_of_a(name.last, other.last, endings) \
        or not subject and fold(name.last) == fold(other.last) \
        and (oblique_of_a(name.first, other.first, FIRST_NAME_OBLIQUE) or genitive_of_a(name.first, other.first))


def _oblique_of_short_i(written: str, own: str) -> bool:
    """Whether a first name is an oblique case of another in ``-й`` of the same stem (``Сурачая``, ``Сурачаю``,
    ``Сурачаем`` of ``Сурачай``)."""
    written, own = fold(written), fold(own)
    return len(own) > 3 and own.endswith("й") and written[:len(own) - 1] == own[:-1] \
        and written[len(own) - 1:] in ("я", "ю", "е", "ем")


_MANS_ADJECTIVAL = ("ский", "цкий")
_WOMANS_ADJECTIVAL = ("ская", "цкая", "скую", "цкую")


def _adjectival_genders(last: str, other: str) -> bool:
    """Whether two adjectival surnames are a woman's and a man's of one family, neither a case form of the other
    (``Петровская`` and ``Петровский``)."""
    a, b = fold(last), fold(other)
    return a.endswith(_WOMANS_ADJECTIVAL) and b.endswith(_MANS_ADJECTIVAL) \
        or a.endswith(_MANS_ADJECTIVAL) and b.endswith(_WOMANS_ADJECTIVAL)


def _declined_as_mans(name: Name, other: Name) -> bool:
    """Whether a full name is another's whose first name and foreign surname end in consonants, both with a man's
    case ending (``Кира Брэдмера`` of ``Кир Брэдмер``, read as a woman's ``Кира``): a woman's surname so ending would
    not decline."""
    if not other.first or not other.last or " " in other.last or is_russian_surname(other.last):
        return False
    return oblique_of_consonant(fold(name.first), fold(other.first)) \
        and oblique_of_consonant(fold(name.last), fold(other.last))


def womans_names(analysis: Analysis, names: dict[Span, Name], genders: dict[Span, str], morph: Morph) -> set[Name]:
    """The full names some span shows a woman's: by its verb, or by a surname only a woman's can be
    (``Орловой``)."""
    out = set()
    for span, name in names.items():
        written = analysis.text[span.start:span.end].split()[-1]
        if name.is_full and (genders.get(span) == "femn" or genders_shown(morph, written) == {"femn"}):
            out.add(name)
    return out
