"""Two surnames of a document written side by side (``… с премьером Шульга Мирошенко подал …``): a PER span of two
words each of which is a form of the surname of another person the document names in full, and not that of one
person, is two people, one span for each. Not when the first word is also a first name (``Роман Рыжов``): a name
and a surname are the likelier reading. A word after a preposition before such a surname that is no first name
(``После Гранд-Ривер Лантер уехала``) is the place the preposition governs, no part of the name. Full names
written side by side in one span told apart by their words alone (``Иван Петров Анна Смирнова``,
``Зимин Лисицыной``): :func:`split_two_names`."""

from __future__ import annotations

import re

from ...morph import Morph, fold
from ...names import agrees_with_first_name, east_asian_surname, first_name_grammemes, is_patronymic, turkic_particle
from ...names.words import known_first_name
from ...records import PER, Span
from ...resolve.forms import could_be_form
from .words import is_first_name, lone_russian_surname

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SPACED_WORD = re.compile(r"\S+")


def split_known_surnames(text: str, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with every two-word PER span of two surnames of the document's people split in two: each word a form
    of the last word of a longer PER span elsewhere, of two different surnames, the pair being no name of one of
    them (``Людмила Шульга`` and ``Павел Мирошенко`` named before: ``Шульга Мирошенко`` is both)."""
    named = [(span, _words(text, span)) for span in spans if span.type == PER]
    full = [(span, words) for span, words in named if len(words) >= 2]
    out = []
    for span in spans:
        words = _words(text, span) if span.type == PER else []
        pair = _two_surnames(words, span, full, morph) if len(words) == 2 else None
        if pair is None:
            kept = _surname_after_place(text, words, span, full, morph) if len(words) == 2 else None
            out.append(Span(span.start + kept.start(), span.end, PER) if kept is not None else span)
            continue
        first, second = pair
        out += [Span(span.start + first.start(), span.start + first.end(), PER),
                Span(span.start + second.start(), span.start + second.end(), PER)]
    return out


def _words(text: str, span: Span) -> list[re.Match]:
    return list(_WORD.finditer(text[span.start:span.end]))


def _two_surnames(words: list[re.Match], span: Span, full, morph: Morph) -> tuple[re.Match, re.Match] | None:
    """The two words of a span when each is a form of another full name's surname, of two surnames, the first no
    first name pymorphy knows, and no full name of the document is written with both (not ``Павел Мирошенко``
    again)."""
    first, second = (w.group() for w in words)
    if known_first_name(morph, first):
        return None  # "Роман Рыжов": a first name and a surname
    others = [names for other, names in full if other.end <= span.start or other.start >= span.end]
    if any(could_be_form(first, names[0].group()) for names in others):
        return None  # the first word is a first name of the document's (``Павел Мирошенко``)
    lasts_first = {names[-1].group() for names in others if could_be_form(first, names[-1].group())}
    lasts_second = {names[-1].group() for names in others if could_be_form(second, names[-1].group())}
    if not lasts_first or not lasts_second or lasts_first & lasts_second:
        return None
    return words[0], words[1]


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")


def _surname_after_place(text: str, words: list[re.Match], span: Span, full, morph: Morph) -> re.Match | None:
    """The second word of a two-word span right after a preposition (``После Уэрна Лантер``) when it is a form of
    the surname of a full name of the document whose first name pymorphy knows and the first word is none:
    no first name pymorphy knows, no first name of the document's. ``None`` otherwise."""
    previous = _PREVIOUS_WORD.search(text[max(0, span.start - 30):span.start])
    if previous is None or not any(p.tag.POS == "PREP" for p in morph.parses(previous.group(1).lower())):
        return None
    first, second = (w.group() for w in words)
    if known_first_name(morph, first.lower()) or not first[:1].isupper():
        return None
    others = [names for other, names in full if other.end <= span.start or other.start >= span.end]
    if any(could_be_form(first, names[0].group()) for names in others):
        return None
    if not any(len(names) >= 2 and could_be_form(second, names[-1].group())
               and known_first_name(morph, names[0].group().lower()) for names in others):
        return None
    return words[1]


def split_two_names(text: str, span: Span, morph: Morph) -> list[Span]:
    """A PER span of names written side by side as the names it holds (:func:`.shape.split_person` calls it on
    each piece): a family name of China or Korea after two words, a surname of the Russian families before a
    surname or a first name and surname, such a surname every second word, a first name after a word that is none
    (either side split again), four words of two names (:func:`_split_four_words`); the span as it is otherwise."""
    words = list(_SPACED_WORD.finditer(text[span.start:span.end]))
    if len(words) >= 4 and east_asian_surname(words[0].group()):
        # ``Пак Сон Ук Ли Дон Хва``: a family name after two words starts a name of its own
        for index in range(2, len(words) - 1):
            if east_asian_surname(words[index].group()):
                return [Span(span.start, span.start + words[index - 1].end(), span.type),
                        Span(span.start + words[index].start(), span.end, span.type)]
    if len(words) == 2 and all(lone_russian_surname(w.group(), morph) for w in words) \
            and not _first_name_agreeing(words[0].group(), words[1].group(), morph) or len(words) == 3 \
            and lone_russian_surname(words[0].group(), morph) and is_first_name(words[1].group(), morph) \
            and not is_patronymic(morph, words[2].group()) and not _turkic_after(text, span.end):
        # ``Зимин Лисицыной``, ``Кормилову Пётр Зимин``: a surname of the Russian families before a
        # surname or a first name and surname (no patronymic; not the father's name before ``оглы``,
        # ``Мамедов Эльчин Рамиз`` + ``оглы``) is a name of its own; not a word pymorphy reads first as a
        # surname (``Аделин``) but knows as a first name too, in the case and gender of the surname after it
        # (``Аделина Кормилова``: her first name)
        return [Span(span.start, span.start + words[0].end(), span.type),
                Span(span.start + words[1].start(), span.end, span.type)]
    if len(words) >= 6 and len(words) % 2 == 0 and all(
            lone_russian_surname(w.group(), morph) and not lone_russian_surname(before.group(), morph)
            for before, w in zip(words[::2], words[1::2])):
        # ``Севиль Гасымова Айсель Гусейнова Ситора Назарова``: a surname of the Russian families every
        # second word, a first name of any kind before each: a name of two words each
        return [Span(span.start + first.start(), span.start + last.end(), span.type)
                for first, last in zip(words[::2], words[1::2])]
    if len(words) < 4 or not is_first_name(words[0].group(), morph):
        return _split_four_words(span, words, morph)
    for index in range(2, len(words) - 1):
        left, right = words[index - 1].group(), words[index].group()
        if (left[:1].isupper() or left.split("-")[-1][:1].isupper()) and is_first_name(right, morph) \
                and not is_first_name(left, morph) \
                and not is_patronymic(morph, right) and not is_patronymic(morph, left):
            # either side may hold more names (``Клаус Беккер Мартина Хольцер Хавьер Мендоса``)
            return split_two_names(text, Span(span.start, span.start + words[index - 1].end(), span.type), morph) \
                + split_two_names(text, Span(span.start + words[index].start(), span.end, span.type), morph)
    return _split_four_words(span, words, morph)


def _first_name_agreeing(first: str, surname: str, morph: Morph) -> bool:
    """Whether a word pymorphy knows as a first name too can be one in a case and gender the surname after it is
    in (``Аделина Кормилова``, ``Аделина Лесовская``: her nominative)."""
    if agrees_with_first_name(morph, surname, first):
        return True
    return fold(surname).endswith(("ская", "цкая")) and ("nomn", "femn") in first_name_grammemes(morph, first)


def _turkic_after(text: str, end: int) -> bool:
    """Whether ``оглы``, ``кызы`` or another word of a patronymic of two words follows ``end`` after a space."""
    after = _SPACED_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return after is not None and turkic_particle(after.group().rstrip(".,;:!?»)"))


def _split_four_words(span: Span, words: list[re.Match], morph: Morph) -> list[Span]:
    """``Мартина Хольцер Хавьер Мендоса``, ``Бахтияр Рахимов Хироси Накамура``: four capitalised words,
    the first a first name (the third not read only as a surname: :func:`_double_surname`) or the second a
    surname of the Russian families, or the second in no
    nominative and the third a first name in it (``Мигелю Альваресу Хорхе …``), or the first and third first names
    of a gender each, not the same (:func:`_name_genders`), else the second no first name; none a patronymic: two
    names of a first name and surname each, whatever pymorphy knows of the third."""
    texts = [w.group() for w in words]
    if len(texts) != 4 or not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in texts) \
            or any(is_patronymic(morph, w) for w in texts):
        return [span]
    oblique_before = _oblique_word(texts[1], morph) and _nominative_first_name(texts[2], morph) \
        or _name_genders(texts[0], morph) | _name_genders(texts[2], morph) == {"masc", "femn"} \
        and len(_name_genders(texts[0], morph)) == len(_name_genders(texts[2], morph)) == 1
    if not oblique_before and (is_first_name(texts[1], morph)
                               or not (is_first_name(texts[0], morph) or lone_russian_surname(texts[1], morph))
                               or not lone_russian_surname(texts[1], morph) and _double_surname(texts[2], morph)):
        return [span]
    return [Span(span.start, span.start + words[1].end(), span.type),
            Span(span.start + words[2].start(), span.end, span.type)]


def _double_surname(word: str, morph: Morph) -> bool:
    """Whether the third of four words is read only as a surname, no first name (``Хуан Карлос Гомес Ортега``: a
    Spanish name of two given names and two surnames is one name; ``Мартина Хольцер Хавьер Мендоса`` is two)."""
    parses = morph.parses(fold(word))
    return not is_first_name(word, morph) and any("Surn" in p.tag for p in parses) \
        and not any("Name" in p.tag for p in parses)


def _name_genders(word: str, morph: Morph) -> set[str]:
    """The genders pymorphy knows a word in as a first name, in the singular (``Джейсон``: a man's; ``Эмили``: a
    woman's): the first and third of four words of one gender each, the two of them differing, are two people's
    first names (``Джейсон Уолдрон Эмили Картрайт``)."""
    if not morph.is_known(fold(word)):
        return set()
    return {p.tag.gender for p in morph.parses(fold(word)) if "Name" in p.tag and p.tag.number == "sing"} - {None}


def _oblique_word(word: str, morph: Morph) -> bool:
    """A word pymorphy reads in no nominative, known or guessed (``Альваресу``, ``Эстраде``)."""
    parses = morph.parses(fold(word))
    return len(word) > 3 and bool(parses) and not any(p.tag.case == "nomn" for p in parses)


def _nominative_first_name(word: str, morph: Morph) -> bool:
    """A first name pymorphy knows, in the nominative singular (``Хорхе``, ``Джейсон``)."""
    return is_first_name(word, morph) and any(
        "Name" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing" for p in morph.parses(fold(word)))
