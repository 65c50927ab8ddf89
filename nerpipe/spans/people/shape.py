"""PER spans reshaped: a Latin name in brackets split off, a name cut at a line break, two names
written side by side told apart, forms of address and common nouns cut off (one-word spans that
name no one person dropped or recast: :mod:`.recast`; parts of one name are joined by :mod:`.grow`)."""

from __future__ import annotations

import re

from ...morph import FORMER_PREFIXES, Morph, fold
from ...names import (
    PARTICLES,
    east_asian_surname,
    is_east_asian,
    is_honorific,
    is_initial,
    is_kin,
    is_patronymic,
    is_russian_surname,
    names_family,
    surname_readings,
)
from ...names.cases import after_consonant
from ...orgs import is_latin_name
from ...records import PER, Span
from ...text import sentence_starts
from .pairs import split_two_names
from .sees import CLERICS
from .words import (
    PROPER_GRAMMEMES,
    common_noun,
    foreign_word,
    function_word,
    is_first_name,
    lone_russian_surname,
    names_a_role,
    nominative_noun,
    surname_word,
    thing_noun,
)

_WORD = re.compile(r"\S+")


_DASH = re.compile(r"\s[—–]\s+")


def split_latin_name(text: str, span: Span) -> list[Span]:
    """``Тома Брауна (Tom Brown)`` or ``Тома Брауна — Tom Brown`` → the name and the Latin name, two PER
    spans; any other bracket is cut off (``Бернс (Рой`` → ``Бернс``, ``Анна Орлова (Зорина)`` → ``Анна Орлова``)."""
    inside = text[span.start:span.end]
    dash = _DASH.search(inside)
    if dash and "(" not in inside[:dash.start()] and is_latin_name(inside[dash.end():].rstrip(") ")) \
            and not is_latin_name(inside[:dash.start()]):
        latin = inside[dash.end():].rstrip(") ")
        return [Span(span.start, span.start + dash.start(), span.type),
                Span(span.start + dash.end(), span.start + dash.end() + len(latin), span.type)]
    if "(" not in inside:
        if inside.endswith(")"):  # natasha's ``Зорина)`` of ``(Зорина)``
            return [Span(span.start, span.start + len(inside[:-1].rstrip()), span.type)]
        return [span]
    open_at = inside.index("(")
    head = Span(span.start, span.start + len(inside[:open_at].rstrip()), span.type)
    if head.end <= head.start:
        return [span]
    if inside.endswith(")") and inside.count("(") == 1:
        inner = inside[open_at + 1:-1]
        start = span.start + open_at + 1 + len(inner) - len(inner.lstrip())
        if is_latin_name(inner.strip()):
            return [head, *_latin_names_joined(Span(start, start + len(inner.strip()), span.type), text)]
    inner = inside[open_at + 1:].rstrip(")")
    if inside.count("(") == 1 and (inside.endswith(")") or text[span.end:span.end + 1] == ")") \
            and _cleric_secular_surname(text, head, inner.strip()):
        start = span.start + open_at + 1 + len(inner) - len(inner.lstrip())
        return [head, Span(start, start + len(inner.strip()), span.type)]  # ``епископ Варсонофий (Петров)``
    return [head]  # a former surname in brackets is no part of the name (``Анна Орлова (Зорина)``)


_LATIN_AND = re.compile(r"\s+(?:and|&)\s+")


def _latin_names_joined(span: Span, text: str) -> list[Span]:
    """A Latin name in brackets as the names ``and`` joins in it, each of two words or more
    (``Walter Kronbach and Andrea Leif``: two people)."""
    inside = text[span.start:span.end]
    joins = list(_LATIN_AND.finditer(inside))
    bounds = [0] + [at for j in joins for at in (j.start(), j.end())] + [len(inside)]
    parts = [Span(span.start + bounds[i], span.start + bounds[i + 1], span.type) for i in range(0, len(bounds), 2)]
    if not joins or any(len(text[p.start:p.end].split()) < 2 or not is_latin_name(text[p.start:p.end]) for p in parts):
        return [span]
    return parts


# a cleric's rank, then no full stop nor bracket up to his name (the adjectives of his see may come between)
# (each rank of :data:`.sees.CLERICS` in any case: ``игумена``, ``игумении``)
_CLERIC_BEFORE = re.compile(r"\b(?:" + "|".join(f"[{rank[0].upper()}{rank[0]}]{rank[1:].rstrip('яй')}"
                                                 for rank in sorted(CLERICS, key=len, reverse=True))
                            + r")(?:а|у|ом|е|я|й|и|ю|ей|ем|ии|ию|ией)?\b[^.!?()\n]{0,60}$")


def _cleric_secular_surname(text: str, head: Span, inner: str) -> bool:
    """Whether a one-word surname in brackets follows a monk's or hierarch's one name after his rank
    (``епископ Варсонофий (Петров)``, ``игумена Савватия (Орешкина)``): his name in the world, a name of its own
    that resolution joins to him, no former surname to cut off."""
    word = text[head.start:head.end]
    return word.isalpha() and word[:1].isupper() and inner.isalpha() and inner[:1].isupper() \
        and not inner.isupper() and bool(_CLERIC_BEFORE.search(text, max(0, head.start - 120), head.start))


def split_person(text: str, span: Span, morph: Morph) -> list[Span]:
    """A PER span as the names it holds: cut at a line break (a name does not run on into the
    heading below it: ``Пётр Сидоров`` ⏎ ``Новости``; but a first name alone does into its surname,
    ``Пётр`` ⏎ ``Смирнов``), before a slash (a credit's agency after it) and at a list's bullet (``• Пётр
    Сидоров``), and two full names written side by side told apart (``Иван Петров Анна Смирнова``: a first
    name after a surname starts a new name, and so does the third of four words after a first name and a
    word that is none;
    a surname of the Russian families before a surname, or before a first name and surname, is a
    name of its own;
    ``Пак Сон Ук Ли Дон Хва``: so does a family name of China or Korea after two words)."""
    out = []
    slash = text.find("/", span.start, span.end)
    if slash > span.start and text[span.start:slash].strip():
        span = Span(span.start, span.start + len(text[span.start:slash].rstrip()), span.type)  # ``Brian
        # Hollis/Northpix Images``: a photographer, then his agency
    for piece in re.finditer(r"[^\n•·▪●◦‣]+", text[span.start:span.end]):
        start = span.start + piece.start() + len(piece.group()) - len(piece.group().lstrip())
        end = span.start + piece.start() + len(piece.group().rstrip())
        if end > start:
            out.append(Span(start, end, span.type))
    if len(out) == 2 and _wrapped_name(text[out[0].start:out[0].end], text[out[1].start:out[1].end], morph):
        out = [Span(out[0].start, out[1].end, span.type)]  # a first name, the line wrapped, its surname
    if len(out) > 1:
        # the name is the first line; a later line joins only when it is a name of its own
        out = [out[0]] + [s for s in out[1:] if _is_full_name(text[s.start:s.end], morph)]
    out = [_without_leading_nouns(text, without_honorifics(text, piece, morph), morph) for piece in out]
    out = [_without_trailing_adjective(text, piece, morph) for piece in out]
    return [part for piece in out for part in _split_kin(text, piece, morph)
            for part in split_two_names(text, part, morph)]


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _without_trailing_adjective(text: str, span: Span, morph: Morph) -> Span:
    """A name of a first name and a surname without the capitalised adjective natasha took in after it, that
    agrees with the lower-case noun after the span and not with the first name in gender and case
    (``Петру Зимину Почётной`` + ``грамоты``): the noun's, no part of the name."""
    words = list(_WORD.finditer(text[span.start:span.end]))
    following = _NEXT_WORD.match(text, span.end)
    if len(words) != 3 or following is None or not following.group(1)[:1].islower() \
            or is_patronymic(morph, words[1].group()) or not morph.is_known(fold(words[2].group())):
        return span
    firsts = [p for p in morph.parses(fold(words[0].group())) if "Name" in p.tag]
    adjectives = [p for p in morph.parses(fold(words[2].group())) if p.tag.POS == "ADJF"]
    if not firsts or not adjectives or any("Surn" in p.tag for p in adjectives) \
            or any(a.tag.case == f.tag.case and a.tag.gender == f.tag.gender for a in adjectives for f in firsts):
        return span  # ``Анны Львовой Лесной``: her surname may agree with her first name
    nouns = [p for p in morph.parses(fold(following.group(1))) if p.tag.POS == "NOUN"]
    if not any(a.tag.case == n.tag.case and a.tag.number == n.tag.number and a.tag.gender == n.tag.gender
               for a in adjectives for n in nouns):
        return span
    return Span(span.start, span.start + words[1].end(), span.type)


def _split_kin(text: str, span: Span, morph: Morph) -> list[Span]:
    """``внучка Кормилова Анна``: after a noun of kin, a man's surname in the genitive and a first
    name in the nominative are two people, the relative and the person."""
    words = list(_WORD.finditer(text[span.start:span.end]))
    before = text[:span.start].split()
    if len(words) != 2 or not before or not is_kin(morph, before[-1]):
        return [span]
    surname, first = words[0].group(), words[1].group()
    if ("gent", "masc") not in surname_readings(morph, surname) or not is_first_name(first, morph) \
            or "nomn" not in {p.tag.case for p in morph.parses(fold(first)) if "Name" in p.tag}:
        return [span]
    return [Span(span.start, span.start + words[0].end(), span.type),
            Span(span.start + words[1].start(), span.end, span.type)]


def without_honorifics(text: str, span: Span, morph: Morph) -> Span:
    """A span without the forms of address it starts with (``Мистер`` of ``Мистер Смит``,
    ``господину`` of ``господину Орлову``) or a word that names a family (``Сёстры`` of ``Сёстры
    Зимины``), when a word is left."""
    words = list(_WORD.finditer(text[span.start:span.end]))
    if words and words[0].group()[:1].isupper() and is_east_asian([w.group() for w in words], morph):
        return span  # ``Пан Ги Сок``: a family name of Korea, no ``пан`` of address
    index = 0
    while len(words) - index > 1 and (is_honorific(morph, words[index].group())
                                      or names_family(morph, words[index].group())):
        index += 1
    return Span(span.start + words[index].start(), span.end, span.type) if index else span


def name_after_honorific(text: str, span: Span, morph: Morph) -> Span | None:
    """A PER span for the name in an organization's or place's span that starts with a form of
    address (``Мадам Дюпон`` tagged as an organization): one to three capitalised words after it."""
    rest = without_honorifics(text, span, morph)
    words = text[rest.start:rest.end].split()
    if rest == span or not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                                            and not w.isupper() for w in words):
        return None
    return Span(rest.start, rest.end, PER)


def _without_leading_nouns(text: str, span: Span, morph: Morph) -> Span:
    """A PER span without a common noun natasha took in at the start of a sentence (``Астронавт``
    of ``Астронавт Пётр Орлов``): a word pymorphy knows as an animate noun, and not as a name,
    before a first name and one more word, or before one name alone (``Доктор`` of ``Доктор Веллер``,
    ``Шейх`` of ``Шейх Мансур``), or a common noun in its nominative (or an inanimate one of the masculine written
    as its nominative, ``Дубль``) opening a sentence before two words (``Модель`` of ``Модель Лин Сяо``), a man of
    a town pymorphy does not know before a first name and a surname (``Сухотуровец``), or an animate noun before a
    name of Korea or China (``Полузащитник Пак Дон Рим``), or a word opening with ``экс-`` and the abbreviations
    after it (``Экс-аким ОЗО``); and without an adverb or another word of no name's part of
    speech opening it (``Вчера`` of ``Вчера Марко Иванович``)."""
    words = list(_WORD.finditer(text[span.start:span.end]))
    index = 0
    if len(words) > 1 and _locative_preposition(text, span.start + words[0].end(), words[0].group(), words[1].group(),
                                                morph):
        index = 1  # ``О`` of ``О Марке Ильиче`` opening a sentence: no initial
    while len(words) - index > 1 and function_word(words[index].group(), morph) and (
            sentence_starts(text, span.start + words[index].start()) or not _verb_only(words[index].group(), morph)):
        index += 1  # ``Вчера`` of ``Вчера Марко Иванович``; not a capitalised verb inside a sentence (``к Жилю``)
    while len(words) - index > 2 and is_first_name(words[index + 1].group(), morph) \
            and (common_noun(words[index].group(), morph) or thing_noun(words[index].group(), morph)
                 or _unknown_demonym(words[index].group(), morph) and not is_patronymic(morph, words[-1].group())):
        index += 1  # ``Астронавт``, ``Интродукцию`` (a work's name) of ``Интродукцию Петра Ломакина``
    if index == 0 and len(words) == 3 and sentence_starts(text, span.start) \
            and (nominative_noun(words[0].group(), morph) or _is_mans_thing(words[0].group(), morph)
                 and not is_east_asian([w.group() for w in words], morph)) \
            and not is_russian_surname(words[0].group()) and not is_patronymic(morph, words[2].group()):
        index = 1  # ``Модель`` of ``Модель Лин Сяо``, ``Дубль`` of ``Дубль Сейду Вамбия``
    if index == 0 and len(words) in (4, 5) and common_noun(words[0].group(), morph) \
            and is_east_asian([w.group() for w in words[1:]], morph):
        index = 1  # ``Полузащитник`` of ``Полузащитник Пак Дон Рим``: a name of Korea or China after it
    if len(words) == 2 and words[1].group()[:1].isupper() and not is_initial(words[1].group()) and (
            common_noun(words[0].group(), morph) and not _first_name_inside(text, span.start, words[0].group(), morph)
            or sentence_starts(text, span.start) and _is_mans_thing(words[0].group(), morph)
            and _is_mans_genitive(text, words[1].group(), morph)):
        index = 1  # not ``Волком`` of ``Волком А.``: a surname before initials; ``Гол`` of ``Гол Петрова``: his thing
    if index == 0 and len(words) > 1 and fold(words[0].group()).startswith(FORMER_PREFIXES):
        index = 1  # ``Экс-аким ОЗО`` before a name: a former title and the abbreviations after it
        while len(words) - index > 1 and words[index].group().isupper() and len(words[index].group()) > 1:
            index += 1
    return Span(span.start + words[index].start(), span.end, span.type) if index else span


# the suffixes of a man from a town or a land (``хасавюртовец``, ``кизлярец``, ``урюпинец``, ``горожанин``)
_DEMONYM_SUFFIXES = ("овец", "евец", "инец", "анец", "янец", "енец", "ярец", "арец", "чанин", "анин", "янин")


def _unknown_demonym(word: str, morph: Morph) -> bool:
    """A capitalised word pymorphy does not know, with the suffix of a man from a town or a land, that it guesses
    as an animate noun in the nominative (``Сухотуровец`` of ``Сухотуровец Бекхан Далгиреев``): a common noun
    before a first name, no part of the name."""
    lowered = fold(word)
    parses = morph.parses(lowered)
    return word[:1].isupper() and word.isalpha() and not morph.is_known(lowered) \
        and lowered.endswith(_DEMONYM_SUFFIXES) and bool(parses) and parses[0].tag.POS == "NOUN" \
        and parses[0].tag.animacy == "anim" and parses[0].tag.case == "nomn"


def _is_mans_thing(word: str, morph: Morph) -> bool:
    """A word pymorphy knows as a noun only as an inanimate common noun of the masculine, written as its nominative
    (``Дубль``; ``Гол``, whatever it reads as an adjective): before a man's surname in the genitive, no first name
    (a man's would be in the genitive with it)."""
    lowered = fold(word)
    nouns = [p for p in morph.parses(lowered) if p.tag.POS == "NOUN"]
    return morph.is_known(lowered) and bool(nouns) and not is_russian_surname(word) and all(
        p.tag.animacy == "inan" and not p.tag.grammemes & PROPER_GRAMMEMES and p.tag.gender == "masc"
        and fold(p.normal_form) == lowered for p in nouns)


def _is_mans_genitive(text: str, word: str, morph: Morph) -> bool:
    """A capitalised word that is a man's surname in the genitive only: ``-а`` after a consonant of a word pymorphy
    does not know whose nominative the text writes too (``Гарвиса`` beside ``Гарвис``; not ``Ривера`` alone, which
    may be a nominative), or the genitive of the Russian families, which pymorphy does not read as a first name
    (``Петрова``)."""
    lowered = fold(word)
    if not word[:1].isupper() or not word.isalpha() or len(lowered) < 4 or is_initial(word):
        return False
    if not morph.is_known(lowered):
        return after_consonant(lowered, "а") \
            and re.search(rf"\b{re.escape(word[:-1])}\b", text) is not None
    return is_russian_surname(word) and lowered.endswith(("ова", "ева", "ёва", "ина", "ына")) \
        and not any("Name" in p.tag for p in morph.parses(lowered))


def _first_name_inside(text: str, start: int, word: str, morph: Morph) -> bool:
    """Whether a capitalised common noun inside a sentence, before a name, is a first name
    (``Финном`` of ``с Финном Ларкином``): no title, profession or kin word (``с Доктором Веллером``)."""
    return not sentence_starts(text, start) and not names_a_role(word, morph)


def _locative_preposition(text: str, end: int, word: str, following: str, morph: Morph) -> bool:
    """Whether a word opening a PER span is the preposition ``О``, ``Об``, ``Обо`` (no dot after it: no initial) before
    a word pymorphy reads in the locative or in no nominative (``Умару``), and no family name of Korea (``О`` of
    ``О Сон Ми`` is one)."""
    cases = {p.tag.case for p in morph.parses(fold(following))}
    return fold(word) in ("о", "об", "обо") and text[end:end + 1] != "." and east_asian_surname(word) is None \
        and bool(cases) and ("loct" in cases or "nomn" not in cases)


def _verb_only(word: str, morph: Morph) -> bool:
    """A word pymorphy knows as a verb only (``Жилю``): written with a capital inside a sentence, a
    name it does not know."""
    return all(p.tag.POS in ("VERB", "INFN") for p in morph.parses(fold(word)))


def _wrapped_name(line: str, next_line: str, morph: Morph) -> bool:
    """Whether a name runs on across a line break: a first name alone (or with its patronymic), then
    its surname alone (``Пётр`` ⏎ ``Смирнов``, ``Олег`` ⏎ ``Гриценко``, ``Хорхе`` ⏎ ``Мантеро``), or its
    patronymic and maybe a surname (``Иваном`` ⏎ ``Петровичем``)."""
    first, rest = line.split(), next_line.split()
    if not 1 <= len(first) <= 2 or not 1 <= len(rest) <= 2 or not is_first_name(first[0], morph):
        return False
    if len(first) == 2:
        return not is_patronymic(morph, first[0]) and is_patronymic(morph, first[1]) and len(rest) == 1 \
            and _wrapped_surname(rest[0], morph)
    if is_patronymic(morph, rest[0]):
        return len(rest) == 1 or _wrapped_surname(rest[1], morph)
    return len(rest) == 1 and _wrapped_surname(rest[0], morph)


def _wrapped_surname(word: str, morph: Morph) -> bool:
    """A word on the line after a first name that is its surname: of the Russian families, one pymorphy
    knows only as a surname, or a capitalised word it does not know; no first name."""
    return not is_first_name(word, morph) and (lone_russian_surname(word, morph) or surname_word(word, morph)
                                               or foreign_word(word, morph))


def _is_full_name(surface: str, morph: Morph) -> bool:
    """Whether a line is a name of its own: two to four capitalised words (a particle between, ``ван``),
    the first a first name pymorphy knows, or each a word it reads as a part of a name or does not
    know at all (``Лусия Ортега``, ``Клер Дюпре`` in a list of names a line each; not a heading
    ``Новые Технологии``), or a name of China, Korea or Vietnam (``Ван Хаосин``)."""
    words = [w for w in surface.split() if w not in PARTICLES]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    return is_first_name(words[0], morph) or all(_name_word(w, morph) for w in words) \
        or is_east_asian(words, morph)  # ``Гао Мэнлун`` after a heading's last word


def _name_word(word: str, morph: Morph) -> bool:
    lowered = fold(word)
    return word.replace("-", "").isalpha() and (not morph.is_known(lowered) or any(
        gram in parse.tag for parse in morph.parses(lowered) for gram in ("Name", "Surn", "Patr")))
