"""A person's name written in capitals, as headings write it (``ПЁТР СМИРНОВ``, ``ОКСАНА БЕРЕЖНАЯ``), or its surname
alone in capitals, as bylines and casts write it (``Пётр СМИРНОВ``)."""

from __future__ import annotations

from ...morph import Morph, fold
from ...names import (
    first_name_grammemes,
    first_name_readings,
    is_patronymic,
    is_russian_surname,
    known_first_name,
    surname_readings,
)
from ...ner import Analysis
from .words import is_first_name, surname_word


def find_capitals_name(analysis: Analysis, index: int, morph: Morph, free) -> int | None:
    """The index of the surname of a name in capitals starting at token ``index`` (``ПЁТР СМИРНОВ``,
    ``ИРИНА ПЕТРОВНА СОМОВА`` of a heading): a word pymorphy knows as a first name, maybe a
    patronymic, then a surname it knows as one or one of the Russian families (whatever else
    pymorphy reads it as), in a case they share, untagged and with spaces between."""
    tokens = analysis.tokens
    end = index + 1
    if end < len(tokens) and tokens[end].text.isupper() and is_patronymic(morph, tokens[end].text):
        end += 1
    if end >= len(tokens) or not all(free(i) for i in range(index, end + 1)):
        return None
    first, last = tokens[index], tokens[end]
    if not all(t.text.isupper() and t.text.isalpha() and len(t.text) > 2 for t in tokens[index:end + 1]) \
            or any(analysis.text[tokens[i].end:tokens[i + 1].start] != " " for i in range(index, end)) \
            or not known_first_name(morph, fold(first.text)):
        return None
    surname = last.text[:1] + last.text[1:].lower()
    regular = is_russian_surname(surname)
    if not is_first_name(surname, morph) and _adjective_surname_line(analysis, index, end, morph):
        return end  # ``ГЛЕБ БЕРЕЖНОЙ`` on a line of its own
    if is_first_name(surname, morph) or not (surname_word(surname, morph, unknown=True) or regular
                                             or morph.has_gram(fold(surname), "Surn")):
        return None
    firsts = {p.tag.case for p in first_name_readings(morph, first.text)}
    lasts = {p.tag.case for p in morph.parses(fold(last.text)) if "Surn" in p.tag and p.tag.number == "sing"}
    lasts |= {case for case, _gender in surname_readings(morph, surname)} if regular else set()
    return end if firsts & lasts or not morph.is_known(fold(last.text)) or regular and not lasts else None


def _adjective_surname_line(analysis: Analysis, index: int, end: int, morph: Morph) -> bool:
    """Whether a first name in capitals and the word after it fill a line of their own, and that word
    is an adjective in the first name's nominative and gender (``ОКСАНА БЕРЕЖНАЯ``): a surname
    declined as an adjective, heading an interview or a column."""
    tokens, text = analysis.tokens, analysis.text
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    line_end = text.find("\n", tokens[end].end)
    if text[line_start:tokens[index].start].strip() or text[tokens[end].end:None if line_end < 0 else line_end].strip():
        return False
    if not is_first_name(tokens[index].text, morph):
        return False  # not ``ВЕРА НОВАЯ``, ``ЛЮБОВЬ ВЕЧНАЯ``: common nouns first of all
    firsts = {p.tag.gender for p in morph.parses(fold(tokens[index].text))
              if "Name" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"}
    lowered = fold(tokens[end].text)
    adjectives = [p for p in morph.parses(lowered) if p.tag.POS == "ADJF"]
    if "masc" in firsts and lowered.endswith("ой") and adjectives:
        return True  # ``БЕРЕЖНОЙ``: a man's surname stressed on its ending, no form of the adjective
    return any(p.tag.case == "nomn" and p.tag.number == "sing" and p.tag.gender in firsts for p in adjectives)


def find_capital_surname(analysis: Analysis, index: int, morph: Morph, free) -> int | None:
    """The index of the surname in capitals after a first name written as a name is (``Яков КОРМИЛОВ``, ``Анне
    ЛИСИЦЫНОЙ`` of a byline or a cast list): a word pymorphy knows first of all as a first name (or as one at all,
    ``Роман``, before a surname of the Russian families), maybe a patronymic, then a word in capitals of three
    letters or more that pymorphy knows as a surname (not a guess of its by the ending), or not at all, or as people
    only (``ВИЧУЖАНИН``), and then ending as the Russian families do, never one it reads as an abbreviation
    (``МИНФИН``, ``УФСИН``), no first name, in a case and gender the first name
    can be in; each word untagged or tagged alone (``Яков`` a person, ``КОРМИЛОВ`` an organization), with spaces
    between."""
    tokens = analysis.tokens
    first = tokens[index]
    if not (first.text[:1].isupper() and not first.text.isupper() and first.text.isalpha()) \
            or not known_first_name(morph, fold(first.text)):
        return None
    end = index + 1
    if end < len(tokens) and is_patronymic(morph, tokens[end].text) and not tokens[end].text.isupper():
        end += 1
    if end >= len(tokens) or not all(free(i) for i in range(index, end + 1)) \
            or any(analysis.text[tokens[i].end:tokens[i + 1].start] != " " for i in range(index, end)):
        return None
    last = tokens[end].text
    if not (last.isupper() and last.isalpha() and len(last) > 2):
        return None
    surname = last[:1] + last[1:].lower()
    if is_first_name(surname, morph) or _abbreviation(surname, morph) \
            or not (surname_word(surname, morph, unknown=True) or _known_surname(surname, morph)
                    or is_russian_surname(surname) and _people_only(surname, morph)):
        return None  # not ``Сергей МИНФИН``, ``Олег УФСИН``: an abbreviation after a first name
    if not is_first_name(first.text, morph) and not is_russian_surname(surname):
        return None  # ``Роман`` a first name after all before a surname of the Russian families only
    readings = surname_readings(morph, surname)
    if readings and not first_name_grammemes(morph, first.text) & readings:
        return None
    return end


def _known_surname(word: str, morph: Morph) -> bool:
    """Whether pymorphy knows a word and knows it as a surname among its readings (not its guess by the ending)."""
    return morph.is_known(fold(word)) and morph.has_gram(fold(word), "Surn")


def _people_only(word: str, morph: Morph) -> bool:
    """Whether every reading pymorphy has of a word is animate (``вичужанин``)."""
    return all(p.tag.animacy == "anim" for p in morph.parses(fold(word)))


def _abbreviation(word: str, morph: Morph) -> bool:
    """Whether pymorphy reads a word as an abbreviation (``уфсин``, ``гибдд``), however it ends."""
    return morph.has_gram(fold(word), "Abbr")
