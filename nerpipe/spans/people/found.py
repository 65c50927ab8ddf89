"""PER spans for names natasha left untagged: a surname alone where the document names the person
in full, a first name and surname, initials and a surname, a surname after a title or opening a sentence
(the people an organization is named after: :mod:`.honoured`; a Latin spelling of a Cyrillic name: :mod:`.latin`)."""

from __future__ import annotations

import re

from ...morph import Morph, fold
from ...names import (
    agrees_with_first_name,
    first_name_readings,
    is_credit_line,
    is_honorific,
    is_initial,
    is_patronymic,
    is_russian_surname,
    names_family,
)
from ...names.generation import split_generation
from ...ner import Analysis
from ...records import LOC, PER, Span
from .capitals import find_capital_surname, find_capitals_name
from .subject import governed_pair_from, opens_as_mans_feminine_noun, opens_as_surname, subject_pair_from
from .words import (
    after_named_kind,
    common_noun,
    foreign_word,
    is_first_name,
    names_a_role,
    noun_as_first_name,
    surname_word,
)

_COMMON_LEMMAS = {"день", "год", "мир", "кит", "волк", "кот", "лев", "орел"}
# grammemes of a noun's reading that make it no common word (names; slang and rare words)
_NAMED_OR_RARE = ("Name", "Surn", "Patr", "Orgn", "Infr", "Slng", "Arch", "Dist")


def find_known_surnames(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans for a surname alone where the document names the person in full elsewhere
    (``Лесков`` after ``Игорь Лесков``; ``Лесков-старший`` too) or by the surname alone in another case (``Лапину``
    after ``Лапина``), or a first name alone as the full name writes it
    (or as a span of that first name alone does), inside a sentence or opening one before a finite verb, before no
    other capitalised word and no common word or place's name too (``Тармо занимал`` after ``Тармо Куусинен``;
    not ``Роза ветров`` after ``Роза Орлова``), and natasha missed it."""
    surnames: set[str] = set()
    firsts: set[str] = set()
    for span in spans:
        if span.type == PER:
            words = analysis.words_in(span.start, span.end)
            if len(words) >= 2 and words[-1].text[:1].isupper() and len(words[-1].text) > 2:
                surnames.add(fold(words[-1].text))
                firsts |= {fold(words[0].text)} if len(words[0].text) > 2 and words[0].text[1:].islower() else set()
            elif len(words) == 1 and len(words[0].text) > 2 and words[0].text[1:].islower() \
                    and is_first_name(words[0].text, morph):
                firsts.add(fold(words[0].text))  # ``Тармо`` tagged alone elsewhere: the same form again
            elif len(words) == 1 and _lone_surname(words[0].text, morph):
                surnames.add(fold(words[0].text))  # ``Лапину`` after ``Обвиняемая Лапина``: its other forms
    if not surnames and not firsts:
        return []
    tokens = analysis.tokens
    lemmas = set().union(*(morph.forms(s) for s in surnames)) - _COMMON_LEMMAS
    covered = analysis.indices_in(spans)
    firsts -= surnames
    found = []
    for token in analysis.tokens:
        if token.index in covered or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 3:
            continue
        split = split_generation(morph, token.text)  # ``Гарбуз-старший`` beside ``Юрий Гарбуз``
        token_text = token.text if split is None else split[0]
        if fold(token_text) in surnames or (token.pos == "PROPN" and morph.forms(token_text) & lemmas):
            found.append(Span(token.start, token.end, PER))
        elif fold(token.text) in firsts \
                and (not analysis.starts_sentence(token.index) or _verb_follows(tokens, token.index)) \
                and (token.index + 1 == len(tokens) or not tokens[token.index + 1].text[:1].isupper()) \
                and not _common_word(token.text, morph):
            found.append(Span(token.start, token.end, PER))  # ``Тармо занимал`` after ``Тармо Куусинен``
    return found


def _lone_surname(word: str, morph: Morph) -> bool:
    """Whether a word tagged a name alone is a surname of the Russian families and no first name (``Лапина``):
    its forms elsewhere are the same person's."""
    return len(word) > 3 and word[:1].isupper() and word[1:].islower() and word.isalpha() \
        and is_russian_surname(word) and not is_first_name(word, morph)


def _verb_follows(tokens: list, index: int) -> bool:
    """Whether a finite verb in lower case comes right after token ``index``: a first name opening a sentence
    is its subject (``Тармо рассказал``), no heading's or phrase's first word."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is not None and after.pos in ("VERB", "AUX") and after.text[:1].islower() \
        and after.feat.get("VerbForm") == "Fin"


def _common_word(word: str, morph: Morph) -> bool:
    """Whether pymorphy knows a word also as a common noun or a place's name (``Роза``, ``Надежда``, ``Вера``)."""
    lowered = fold(word)
    return morph.is_known(lowered) and any(
        "Geox" in p.tag or p.tag.POS == "NOUN" and not any(g in p.tag for g in _NAMED_OR_RARE)
        for p in morph.parses(lowered))



def find_untagged_people(analysis: Analysis, spans: list[Span], morph: Morph, is_place) -> list[Span]:
    """``spans`` with PER spans for names natasha left untagged, or tagged as a place ``is_place``
    (a callable on a surface) does not know: a first name pymorphy knows first of all as one, maybe
    a patronymic, then a surname in the same case on the same line (``Семён Кормилов``); a surname
    alone after a title in the same case (``Губернатор Ветлугин``, also one of the Russian families
    pymorphy does not know); a surname alone opening a sentence as the subject of a verb of its gender
    (``Орешкин назвал сроки``, ``Значков усомнился``); a capitalised word after a form of address
    (``мадам Дюпон``); a first name and surname in capitals (``ПЁТР СМИРНОВ``); a surname and first name
    (``Котова Анна``); two animate proper nouns the subject of a verb (``Эво Маркес заявил``)."""
    tokens = analysis.tokens
    owner: dict[int, Span] = {t.index: s for s in spans for t in analysis.tokens_in(s.start, s.end)}

    def free(index: int) -> bool:
        span = owner.get(index)
        if span is None:
            return True  # else a one-word place the gazetteer does not know (``Губернатор`` ``Ветлугин``)
        return span.type == LOC and (span.start, span.end) == (tokens[index].start, tokens[index].end) \
            and not is_place(analysis.text[span.start:span.end])

    def alone(index: int) -> bool:
        """Whether a word is tagged in a span of its own, of no other word."""
        span = owner.get(index)
        return span is not None and (span.start, span.end) == (tokens[index].start, tokens[index].end)

    def within(index: int, first: int, last: int) -> bool:
        """Whether a word is tagged in a span of no word outside tokens ``first`` to ``last`` (``Дэмиену Крофтсу``
        tagged an organization, ``Благодаря Кэндзи`` a place)."""
        span = owner.get(index)
        return span is not None and all(first <= t.index <= last for t in analysis.tokens_in(span.start, span.end))

    found: list[Span] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if is_credit_line(analysis.text, token.start):  # ``Фото: Анна Орлова`` names no one of the news
            index += 1
            continue
        end = _name_from(analysis, index, morph, free)
        if end is None:
            end = _initials_name_from(analysis, index, morph, free, is_place)
        if end is None:
            end = find_capitals_name(analysis, index, morph, free)
        if end is None:
            end = find_capital_surname(analysis, index, morph, lambda i: free(i) or alone(i))  # ``Яков КОРМИЛОВ``
        if end is None:
            end = _surname_first_from(analysis, index, morph, free)
        if end is None:
            end = _surname_initials_from(analysis, index, morph, free)
        if end is None:
            end = subject_pair_from(analysis, index, morph, free, is_place, lambda i, at=index: free(i) or within(
                i, at, at + 1) and owner[i].type != PER)  # a speaker tagged a place the gazetteer does not know
        if end is None:
            end = governed_pair_from(analysis, index, morph, lambda i, at=index: free(i) or within(i, at - 1, at + 1),
                                     is_place)

        if end is None and free(index) and not is_place(token.text) and (
                opens_as_surname(analysis, index, morph) or opens_as_mans_feminine_noun(analysis, index, morph)
                or surname_word(token.text, morph, unknown=True) and _after_title(analysis, index, morph)
                or _capitalised_word(token.text) and _after_honorific(analysis, index, morph)
                and not names_a_role(token.text, morph)):  # not ``Президент`` of ``Господин Президент``
            end = index  # ``Губернатор Кормилов``: also a surname pymorphy does not know, after a title
        if end is not None and after_named_kind(analysis, index, morph) is None:  # not ``яхта Эсмеральда``
            found.append(Span(token.start, tokens[end].end, PER))
            index = end
        index += 1
    if not found:
        return spans
    taken = analysis.indices_in(found)
    kept = [s for s in spans if not {t.index for t in analysis.tokens_in(s.start, s.end)} & taken]
    return kept + found


def _name_from(analysis: Analysis, index: int, morph: Morph, free) -> int | None:
    """The index of the last word of a name of a first name, maybe a patronymic, and a surname
    starting at token ``index``, all untagged, in one case and on one line (a surname pymorphy knows
    as such, a word it does not know, or one the parser reads as part of the name); ``None`` when none
    starts there."""
    tokens = analysis.tokens
    first = tokens[index]
    if index + 1 < len(tokens) and free(index) and free(index + 1) \
            and _unknown_first_name(first, tokens[index + 1], morph):
        return index + 1  # ``Ерлану Кожахметову``
    noun = not is_first_name(first.text, morph) and index + 1 < len(tokens) \
        and first.feat.get("Case") == tokens[index + 1].feat.get("Case") \
        and noun_as_first_name(first.text, _opens(analysis, index), tokens[index + 1].text, morph)  # ``Славы``
    if not (free(index) and first.text[:1].isupper() and (noun or is_first_name(first.text, morph))):
        return None
    end = index + 1
    if end < len(tokens) and is_patronymic(morph, tokens[end].text) and tokens[end].text[:1].isupper():
        end += 1
    if end >= len(tokens) or not all(free(i) for i in range(index, end + 1)):
        return None
    last = tokens[end]
    if any(analysis.text[tokens[i].end:tokens[i + 1].start] != " " for i in range(index, end)):
        return None
    if not _same_case(first, last, morph) or is_first_name(last.text, morph) \
            or not (noun or surname_word(last.text, morph, unknown=True) or foreign_word(last.text, morph)
                    or _flat_name(last, tokens[end - 1], morph) or _adjective_surname(last.text)):
        return None
    return end


def _opens(analysis: Analysis, index: int) -> bool:
    """Whether token ``index`` opens the text, a line or a sentence (after a quote too), or follows a colon or a
    dash: wider than :func:`...text.sentence_starts`, a capital there says as little of a name."""
    before = analysis.text[:analysis.tokens[index].start].rstrip(" \t\u00a0«\"“„")
    return not before or before[-1] in ".!?\n:—–-"


def _unknown_first_name(first, last, morph: Morph) -> bool:
    """A capitalised animate proper noun pymorphy does not know, then a surname of the Russian families the
    parser reads as part of its name, in its case, a space between (``Ерлану`` + ``Кожахметову``)."""
    return first.pos == "PROPN" and first.feat.get("Animacy") == "Anim" and first.text[:1].isupper() \
        and first.text.isalpha() and not first.text.isupper() and not morph.is_known(fold(first.text)) \
        and last.rel == "flat:name" and last.head == first.index and last.start == first.end + 1 \
        and last.feat.get("Case") == first.feat.get("Case") and surname_word(last.text, morph, unknown=True)


_ADJECTIVE_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+[сц]к(?:ий|ая|ого|ой|ому|им|ом|ую)")


def _adjective_surname(word: str) -> bool:
    """A capitalised word of the surnames that decline as adjectives in ``-ский``, ``-цкий``
    (``Залесский``, ``Бродецкой``), which pymorphy may know as an adjective of a place."""
    return bool(_ADJECTIVE_SURNAME.fullmatch(word))


def _flat_name(token, before, morph: Morph) -> bool:
    """Whether the parser reads a capitalised word as part of the name of the word before it
    (``Андрея`` + ``Волка``: ``flat:name``), a surname that is a common noun as well; no adjective
    (``Петра Великого`` of a bridge's or a street's name)."""
    return token.rel == "flat:name" and token.head == before.index and token.text[:1].isupper() \
        and not token.text.isupper() and token.text.replace("-", "").isalpha() \
        and not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(fold(token.text)))


def _surname_first_from(analysis: Analysis, index: int, morph: Morph, free) -> int | None:
    """The index of the last word of a name written surname first (``Котова Анна``, ``Котова Анна
    Петровна``) starting at token ``index``: a surname of the Russian families and a first name
    pymorphy knows first of all as one, agreeing in a case and gender, maybe a patronymic, all
    untagged and on one line."""
    tokens = analysis.tokens
    end = index + 1
    if end >= len(tokens) or not (free(index) and free(end)) \
            or analysis.text[tokens[index].end:tokens[end].start] != " ":
        return None
    surname, first = tokens[index].text, tokens[end].text
    if not (surname[:1].isupper() and first[:1].isupper() and is_first_name(first, morph)) \
            or is_first_name(surname, morph) or not is_russian_surname(surname):
        return None
    if not agrees_with_first_name(morph, surname, first):
        return None
    after = end + 1
    if after < len(tokens) and free(after) and tokens[after].text[:1].isupper() \
            and is_patronymic(morph, tokens[after].text) and analysis.text[tokens[end].end:tokens[after].start] == " ":
        end += 1
    return end


def _surname_initials_from(analysis: Analysis, index: int, morph: Morph, free) -> int | None:
    """The index of the last dot of a surname and one or two initials starting at token ``index``
    (``Залесский А.``, ``Залесскому А. В.``), all untagged and on one line: a capitalised word that is
    a surname pymorphy knows only as one or one of the Russian families, no first name."""
    tokens = analysis.tokens
    word = tokens[index]
    if not (free(index) and surname_word(word.text, morph, unknown=True) or free(index) and
            word.text[:1].isupper() and is_russian_surname(word.text) and not is_first_name(word.text, morph)
            or free(index) and _named_by_initial(analysis, index, morph)):
        return None
    end, dots = index, 0
    while dots < 2 and end + 2 < len(tokens) and is_initial(tokens[end + 1].text + ".") \
            and len(tokens[end + 1].text) == 1 and tokens[end + 2].text == "." \
            and tokens[end + 1].end == tokens[end + 2].start \
            and analysis.text[tokens[end].end:tokens[end + 1].start] in (" ", "") and free(end + 1):
        end, dots = end + 2, dots + 1
    return end if dots else None


def _named_by_initial(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether the parser reads the initial after a capitalised word inside a sentence as part of
    its name (``Волк`` + ``А.``: ``flat:name``), a surname that is a common noun as well."""
    tokens = analysis.tokens
    word = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    inside = index > 0 and tokens[index - 1].sent == word.sent and tokens[index - 1].text[:1].isalpha()
    return after is not None and after.rel == "flat:name" and after.head == index and word.pos == "PROPN" \
        and word.text[:1].isupper() and not word.text.isupper() and word.text.isalpha() and len(word.text) > 2 \
        and inside and not is_first_name(word.text, morph)


def _same_case(first, last, morph: Morph) -> bool:
    """Whether a first name and a surname are in one case: the tagger's, or one pymorphy reads both
    in when the tagger tells them apart (``Анне`` ``Лисицыной``, the surname tagged nominative), or any
    case of a first name that does not decline before a surname pymorphy does not know."""
    case = first.feat.get("Case")
    if case and last.feat.get("Case") == case:
        return True
    names = [p for p in morph.parses(fold(first.text)) if "Name" in p.tag]
    if names and morph.is_known(fold(first.text)) and all("Fixd" in p.tag for p in names) \
            and not morph.is_known(fold(last.text)):
        return True  # ``Хорхе Бенитеса``: a first name that does not decline shows no case of its own
    firsts = {p.tag.case for p in first_name_readings(morph, first.text)}
    lasts = {p.tag.case for p in morph.parses(fold(last.text)) if "Surn" in p.tag and p.tag.number == "sing"}
    return bool(case) and bool(firsts & lasts)


def _initials_name_from(analysis: Analysis, index: int, morph: Morph, free, is_place) -> int | None:
    """The index of the surname of a name of one or two initials and a surname starting at token
    ``index``, all untagged and on one line (``Б.Орлов``, ``Дж. Веллер``); ``None`` when none starts there."""
    tokens = analysis.tokens
    end = index
    while end + 1 < len(tokens) and end - index < 4 and is_initial(tokens[end].text + ".") \
            and tokens[end + 1].text == "." and tokens[end].end == tokens[end + 1].start:
        end += 2
    if end == index or end >= len(tokens) or not all(free(i) for i in range(index, end + 1)):
        return None
    if any(analysis.text[tokens[i].end:tokens[i + 1].start] not in ("", " ") for i in range(index, end)):
        return None
    word = tokens[end].text
    if not word.replace("-", "").isalpha() or is_place(word) or not (
            surname_word(word, morph, unknown=True) or foreign_word(word, morph) or morph.has_gram(word, "Surn")):
        return None
    return end


def _capitalised_word(word: str) -> bool:
    """A capitalised word of letters, maybe hyphenated, not in capitals (``Дюпон``, ``Руа-Дюпон``)."""
    return len(word) > 1 and word[:1].isupper() and not word.isupper() and word.replace("-", "").isalpha()


def _after_honorific(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` follows a form of address on its line (``мадам`` ``Дюпон``)."""
    if index == 0:
        return False
    before, token = analysis.tokens[index - 1], analysis.tokens[index]
    return analysis.text[before.end:token.start] == " " and is_honorific(morph, before.text)


def _after_title(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` follows a title in its case with a space between (``Губернатор`` ``Ветлугин``)."""
    if index == 0:
        return False
    title, token = analysis.tokens[index - 1], analysis.tokens[index]
    return title.sent == token.sent and analysis.text[title.end:token.start] == " " \
        and common_noun(title.text, morph) and not names_family(morph, title.text) and bool(token.feat.get("Case")) \
        and title.feat.get("Case") == token.feat.get("Case")
