"""PER spans: a Latin name in brackets split off, a name cut at a line break, two names written
side by side told apart, parts of one name joined, a surname alone found where the document names
the person in full."""

from __future__ import annotations

import re

from ..morph import Morph, fold
from ..names import (
    east_asian_surname,
    is_credit_line,
    is_honorific,
    is_initial,
    is_patronymic,
    is_russian_surname,
    names_family,
)
from ..ner import Analysis
from ..orgs import is_latin_name
from ..records import LOC, ORG, PER, Span
from ..resolve.spelling import skeleton

# lemmas a surname can share with common words
_COMMON_LEMMAS = {"день", "год", "мир", "кит", "волк", "кот", "лев", "орел"}


def merge_adjacent_people(text: str, spans: list[Span], morph: Morph) -> list[Span]:
    """One PER span for parts of a name natasha tagged apart with nothing but a space between
    them: a surname and initials (``Орлов`` + ``П. И.``), a name ending in a patronymic and a
    surname (``Анны Петровны`` + ``Зориной``); initials and the surname after their dot
    (``Дж`` + ``.Коми``)."""
    people = sorted((s for s in spans if s.type == PER), key=lambda s: s.start)
    merged: dict[Span, Span] = {}
    for left, right in zip(people, people[1:]):
        gap = text[left.end:right.start]
        left_words, right_words = text[left.start:left.end].split(), text[right.start:right.end].split()
        if gap.strip() == "." and "\n" not in gap and left not in merged \
                and all(is_initial(w.rstrip(".") + ".") for w in left_words) and not _initials_only(right_words):
            merged[left] = merged[right] = Span(left.start, right.end, PER)  # ``Дж`` + ``.`` + ``Коми``
            continue
        if left in merged or gap.strip() or "\n" in gap:
            continue
        initials = _initials_only(left_words) != _initials_only(right_words)
        patronymic = len(right_words) == 1 and is_patronymic(morph, left_words[-1])
        if initials or patronymic:
            merged[left] = merged[right] = Span(left.start, right.end, PER)
    out = [merged.get(s, s) for s in spans]
    return list(dict.fromkeys(out))


def extend_by_leading_surname(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """A PER span of a first name and patronymic grows to the surname written before them that
    natasha left out (``Лапину`` + ``Игорю Олеговичу``): a capitalised word in the same case, one
    pymorphy knows as a surname or that ends as the regular families do, not an animate common
    noun (``Директору``) nor part of another span."""
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type == PER and len(tokens) == 2 and is_patronymic(morph, tokens[1].text) \
                and tokens[0].index > 0 and _is_first_name(tokens[0].text, morph):
            before = analysis.tokens[tokens[0].index - 1]
            if before.index not in covered and before.sent == tokens[0].sent \
                    and analysis.text[before.end:span.start] == " " and _leading_surname(before, tokens[0], morph):
                span = Span(before.start, span.end, PER)
        out.append(span)
    return out


def _leading_surname(token, first, morph: Morph) -> bool:
    word = token.text
    if not (word[:1].isupper() and word.isalpha() and len(word) > 2 and not word.isupper()) \
            or token.feat.get("Case") != first.feat.get("Case") or _common_noun(word, morph):
        return False
    lowered = fold(word)
    return morph.has_gram(lowered, "Surn") or not morph.is_known(lowered) or is_russian_surname(lowered)


def _initials_only(words: list[str]) -> bool:
    letters = " ".join(words).replace(".", " ").split()
    return bool(letters) and all(len(w) == 1 and w.isupper() for w in letters)


def split_latin_name(text: str, span: Span) -> list[Span]:
    """``Тома Брауна (Tom Brown)`` → the name and the Latin name, two PER spans; any other bracket
    is cut off (``Бернс (Рой`` → ``Бернс``, ``Анна Орлова (Зорина)`` → ``Анна Орлова``)."""
    inside = text[span.start:span.end]
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
            return [head, Span(start, start + len(inner.strip()), span.type)]
    return [head]  # a former surname in brackets is no part of the name (``Анна Орлова (Зорина)``)


def find_known_surnames(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans for a surname alone where the document names the person in full elsewhere
    (``Лесков`` after ``Игорь Лесков``) and natasha missed it."""
    surnames: set[str] = set()
    for span in spans:
        if span.type == PER:
            words = [t for t in analysis.tokens_in(span.start, span.end) if t.text[:1].isalpha()]
            if len(words) >= 2 and words[-1].text[:1].isupper() and len(words[-1].text) > 2:
                surnames.add(fold(words[-1].text))
    if not surnames:
        return []
    lemmas = set().union(*(morph.forms(s) for s in surnames)) - _COMMON_LEMMAS
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
    found = []
    for token in analysis.tokens:
        if token.index in covered or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 3:
            continue
        if fold(token.text) in surnames or (token.pos == "PROPN" and morph.forms(token.text) & lemmas):
            found.append(Span(token.start, token.end, PER))
    return found


_WORD = re.compile(r"\S+")


def find_honoured_people(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """PER spans for the people an organization is named after (``театра имени Пушкина и Гоголя``,
    ``университета им. И. И. Орлова``): the capitalised words after ``имени``, name by name."""
    people = {(s.start, s.end) for s in spans if s.type == PER}
    found = []
    for org in (s for s in spans if s.type == ORG):
        tokens = analysis.tokens_in(org.start, org.end)
        after = next((i + 1 for i, t in enumerate(tokens) if fold(t.text) in ("имени", "им")), None)
        if after is None:
            continue
        name: list = []
        for token in tokens[after:] + [None]:
            if token is not None and (token.text[:1].isupper() or (token.text == "." and name)):
                name.append(token)
                continue
            while name and not name[-1].text[:1].isalpha():
                name.pop()
            if name and any(len(t.text) > 2 for t in name) and (name[0].start, name[-1].end) not in people:
                found.append(Span(name[0].start, name[-1].end, PER))
            name = []
            if token is None or token.text not in ("и", ","):
                break
    return found


def split_person(text: str, span: Span, morph: Morph) -> list[Span]:
    """A PER span as the names it holds: cut at a line break (a name does not run on into the
    heading below it: ``Пётр Сидоров`` ⏎ ``Новости``), and two full names written side by side
    told apart (``Иван Петров Анна Смирнова``: a first name after a surname starts a new name;
    a surname of the Russian families before a surname, or before a first name and surname, is a
    name of its own;
    ``Пак Сон Ук Ли Мин Хо``: so does a family name of China or Korea after two words)."""
    out = []
    for piece in re.finditer(r"[^\n]+", text[span.start:span.end]):
        start = span.start + piece.start() + len(piece.group()) - len(piece.group().lstrip())
        end = span.start + piece.start() + len(piece.group().rstrip())
        if end > start:
            out.append(Span(start, end, span.type))
    if len(out) > 1:
        # the name is the first line; a later line joins only when it is a name of its own
        out = [out[0]] + [s for s in out[1:] if _is_full_name(text[s.start:s.end], morph)]
    out = [_without_leading_nouns(text, without_honorifics(text, piece, morph), morph) for piece in out]
    return [part for piece in out for part in _split_two_names(text, piece, morph)]


def without_honorifics(text: str, span: Span, morph: Morph) -> Span:
    """A span without the forms of address it starts with (``Мистер`` of ``Мистер Смит``,
    ``господину`` of ``господину Орлову``) or a word that names a family (``Сёстры`` of ``Сёстры
    Зимины``), when a word is left."""
    words = list(_WORD.finditer(text[span.start:span.end]))
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
    ``Шейх`` of ``Шейх Мансур``)."""
    words = list(_WORD.finditer(text[span.start:span.end]))
    index = 0
    while len(words) - index > 2 and _common_noun(words[index].group(), morph) \
            and _is_first_name(words[index + 1].group(), morph):
        index += 1
    if len(words) == 2 and _common_noun(words[0].group(), morph) and words[1].group()[:1].isupper():
        index = 1
    return Span(span.start + words[index].start(), span.end, span.type) if index else span


def _common_noun(word: str, morph: Morph) -> bool:
    lowered = fold(word)
    parses = morph.parses(lowered)
    return morph.is_known(lowered) and bool(parses) and parses[0].tag.POS == "NOUN" \
        and parses[0].tag.animacy == "anim" and not any(
        gram in p.tag for p in parses for gram in ("Name", "Surn", "Patr", "Geox", "Orgn"))


def _split_two_names(text: str, span: Span, morph: Morph) -> list[Span]:
    words = list(_WORD.finditer(text[span.start:span.end]))
    if len(words) >= 4 and east_asian_surname(words[0].group()):
        # ``Пак Сон Ук Ли Мин Хо``: a family name after two words starts a name of its own
        for index in range(2, len(words) - 1):
            if east_asian_surname(words[index].group()):
                return [Span(span.start, span.start + words[index - 1].end(), span.type),
                        Span(span.start + words[index].start(), span.end, span.type)]
    if len(words) == 2 and all(_lone_russian_surname(w.group(), morph) for w in words) or len(words) == 3 \
            and _lone_russian_surname(words[0].group(), morph) and _is_first_name(words[1].group(), morph) \
            and not is_patronymic(morph, words[2].group()):
        # ``Зимин Лисицыной``, ``Кормилову Пётр Зимин``: a surname of the Russian families before a
        # surname or a first name and surname (no patronymic) is a name of its own
        return [Span(span.start, span.start + words[0].end(), span.type),
                Span(span.start + words[1].start(), span.end, span.type)]
    if len(words) < 4 or not _is_first_name(words[0].group(), morph):
        return [span]
    for index in range(2, len(words) - 1):
        left, right = words[index - 1].group(), words[index].group()
        if left[:1].isupper() and _is_first_name(right, morph) and not _is_first_name(left, morph) \
                and not is_patronymic(morph, right) and not is_patronymic(morph, left):
            return [Span(span.start, span.start + words[index - 1].end(), span.type),
                    Span(span.start + words[index].start(), span.end, span.type)]
    return [span]


def _lone_russian_surname(word: str, morph: Morph) -> bool:
    """A capitalised surname of the Russian families that is no first name nor patronymic."""
    return word[:1].isupper() and is_russian_surname(word) and not _is_first_name(word, morph) \
        and not is_patronymic(morph, word)


def _is_first_name(word: str, morph: Morph) -> bool:
    """A word pymorphy knows first of all as a first name (``Анна``, not ``Роза`` or ``Орлов``);
    of a compound first name, its first part (``Ахмед-Хаджи``)."""
    if "-" in word.strip("-") and not morph.is_known(fold(word)):
        return _is_first_name(word.split("-", 1)[0], morph)
    parses = morph.parses(fold(word))
    return bool(parses) and morph.is_known(fold(word)) and "Name" in parses[0].tag


def _is_full_name(surface: str, morph: Morph) -> bool:
    words = surface.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and _is_first_name(words[0], morph)


def is_person_name(words: list[str], morph: Morph) -> bool:
    """Words natasha tagged as an organization or a place that are a person's name: a first name pymorphy
    knows first of all as one, then one or two capitalised words, the last a surname
    (``Савватий Луговской``), with no quotes, digits or Latin letters."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(w.isupper() or is_latin_name(w) for w in words) or not _is_first_name(words[0], morph):
        return False
    last = fold(words[-1])
    return morph.has_gram(last, "Surn") or last.endswith(("ов", "ев", "ин", "ский", "цкий", "ова", "ева", "ина",
                                                           "ская", "цкая"))


def is_lone_surname(word: str, morph: Morph) -> bool:
    """One word natasha tagged as a place that pymorphy knows only as a surname or a first name (``Рейган``,
    ``Свиридове``): a person. A word that may also be a place (``Королёв``, ``Киров``) is not."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper() or not morph.is_known(word):
        return False
    return _known_only_as(word, morph, ("Surn", "Name"))


def _known_only_as(word: str, morph: Morph, grams: tuple[str, ...]) -> bool:
    """Whether every reading pymorphy gives ``word`` has one of ``grams`` (``Surn``, ``Name``), and it gives one."""
    parses = morph.parses(word)
    return bool(parses) and all(any(gram in parse.tag for gram in grams) for parse in parses)


def recast_single_words(analysis: Analysis, spans: list[Span], morph: Morph, is_place) -> list[Span]:
    """One-word PER spans that name no one person: a family in the plural (``Ивановых``: dropped), or
    after a word that names one (``супругов Смит``: dropped); a
    capitalised common noun opening a sentence (``Внук бывшего мэра``, ``Сцена``: dropped), unless another
    name of the document ends in it; a place ``is_place`` (a callable on a surface) knows that pymorphy
    reads as a place and not as a name, and that has no surname's form (``Калуга``: a LOC span)."""
    text = analysis.text
    surnames = {fold(text[s.start:s.end].split()[-1]) for s in spans if s.type == PER and " " in text[s.start:s.end]}
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type != PER or len(tokens) != 1 or not tokens[0].text.isalpha():
            out.append(span)
            continue
        word = tokens[0].text
        index = tokens[0].index
        if index > 0 and names_family(morph, analysis.tokens[index - 1].text) and not _is_first_name(word, morph):
            continue  # a family: "супругов Смит"
        tags = [str(parse.tag) for parse in morph.parses(word)] if morph.is_known(word) else []
        named = any(("Name" in t or "Surn" in t or "Patr" in t) and "plur" not in t for t in tags)
        if not tags or named or fold(word) in surnames:
            out.append(span)
        elif any("Surn" in t and "plur" in t for t in tags):
            continue  # a family: "Ивановых"
        elif any("Geox" in t for t in tags):  # "Орлова" is a surname before it is the genitive of a town
            out.append(Span(span.start, span.end, LOC) if is_place(word) and not is_russian_surname(word) else span)
        elif not analysis.starts_sentence(tokens[0].index):
            out.append(span)
        # else a common noun opening a sentence: "Внук", "Сцена"
    return out


def find_untagged_people(analysis: Analysis, spans: list[Span], morph: Morph, is_place) -> list[Span]:
    """``spans`` with PER spans for names natasha left untagged, or tagged as a place ``is_place``
    (a callable on a surface) does not know: a first name pymorphy knows first of all as one, maybe
    a patronymic, then a surname in the same case on the same line (``Семён Кормилов``); a surname
    alone after a title in the same case (``Губернатор Ветлугин``, also one of the Russian families
    pymorphy does not know); a surname alone opening a
    sentence as the subject of a verb of its gender (``Орешкин назвал сроки``)."""
    tokens = analysis.tokens
    owner: dict[int, Span] = {t.index: s for s in spans for t in analysis.tokens_in(s.start, s.end)}

    def free(index: int) -> bool:
        span = owner.get(index)
        if span is None:
            return True  # else a one-word place the gazetteer does not know (``Губернатор`` ``Ветлугин``)
        return span.type == LOC and (span.start, span.end) == (tokens[index].start, tokens[index].end) \
            and not is_place(analysis.text[span.start:span.end])

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
        if end is None and free(index) and not is_place(token.text) and (
                _surname_word(token.text, morph) and _subject_opening(analysis, index, morph)
                or _surname_word(token.text, morph, unknown=True) and _after_title(analysis, index, morph)):
            end = index  # ``Губернатор Кормилов``: also a surname pymorphy does not know, after a title
        if end is not None:
            found.append(Span(token.start, tokens[end].end, PER))
            index = end
        index += 1
    if not found:
        return spans
    taken = {t.index for s in found for t in analysis.tokens_in(s.start, s.end)}
    kept = [s for s in spans if not {t.index for t in analysis.tokens_in(s.start, s.end)} & taken]
    return kept + found


def _name_from(analysis: Analysis, index: int, morph: Morph, free) -> int | None:
    """The index of the last word of a name of a first name, maybe a patronymic, and a surname
    starting at token ``index``, all untagged, in one case and on one line; ``None`` when none starts there."""
    tokens = analysis.tokens
    first = tokens[index]
    if not (free(index) and _is_first_name(first.text, morph) and first.text[:1].isupper()):
        return None
    end = index + 1
    if end < len(tokens) and is_patronymic(morph, tokens[end].text) and tokens[end].text[:1].isupper():
        end += 1
    if end >= len(tokens) or not all(free(i) for i in range(index, end + 1)):
        return None
    last = tokens[end]
    if any(analysis.text[tokens[i].end:tokens[i + 1].start] != " " for i in range(index, end)):
        return None
    if not _same_case(first, last, morph) or _is_first_name(last.text, morph) \
            or not (_surname_word(last.text, morph, unknown=True) or _foreign_word(last.text, morph)):
        return None
    return end


def _same_case(first, last, morph: Morph) -> bool:
    """Whether a first name and a surname are in one case: the tagger's, or one pymorphy reads both
    in when the tagger tells them apart (``Анне`` ``Лисицыной``, the surname tagged nominative)."""
    case = first.feat.get("Case")
    if case and last.feat.get("Case") == case:
        return True
    firsts = {p.tag.case for p in morph.parses(fold(first.text)) if "Name" in p.tag and p.tag.number == "sing"}
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
            _surname_word(word, morph, unknown=True) or _foreign_word(word, morph) or morph.has_gram(word, "Surn")):
        return None
    return end


def _surname_word(word: str, morph: Morph, unknown: bool = False) -> bool:
    """A capitalised word that can only be a surname: pymorphy knows it as one and as nothing else
    (``Ветлугин``), or (``unknown``) knows it not at all and it ends as the Russian families do
    (``Кормилов``)."""
    if not (word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 2 and not word.isupper()):
        return False
    lowered = fold(word)
    if morph.is_known(lowered):
        return _known_only_as(lowered, morph, ("Surn",))
    return unknown and is_russian_surname(lowered)


def _foreign_word(word: str, morph: Morph) -> bool:
    """A capitalised Cyrillic word pymorphy does not know at all (``Гарсия``), as a surname after a first name."""
    return word[:1].isupper() and not word.isupper() and word.isalpha() and len(word) > 2 \
        and not is_latin_name(word) and not morph.is_known(fold(word))


def _after_title(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` follows a title in its case with a space between (``Губернатор`` ``Ветлугин``)."""
    if index == 0:
        return False
    title, token = analysis.tokens[index - 1], analysis.tokens[index]
    return title.sent == token.sent and analysis.text[title.end:token.start] == " " \
        and _common_noun(title.text, morph) and not names_family(morph, title.text) and bool(token.feat.get("Case")) \
        and title.feat.get("Case") == token.feat.get("Case")


def _subject_opening(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` opens a sentence as the subject of a past-tense verb of the gender
    pymorphy gives the surname (``Орешкин назвал``)."""
    token = analysis.tokens[index]
    if not analysis.starts_sentence(index) or not token.rel.startswith("nsubj") or token.head is None:
        return False
    verb = analysis.tokens[token.head]
    gender = {"Masc": "masc", "Fem": "femn"}.get(verb.feat.get("Gender", ""))
    return verb.pos == "VERB" and gender is not None and any(
        p.tag.gender == gender and p.tag.case == "nomn" for p in morph.parses(fold(token.text)))


_LATIN_WORD = re.compile(r"[A-Z][a-z'’-]+|[A-Z][a-z]*[A-Z][a-z]+")


def find_latin_spellings(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` with PER spans for a name in Latin letters natasha left untagged, or tagged as an
    organization of just those words, that spells a person the document names in Cyrillic
    (``Brandon Wilkes`` beside ``Брэндон Уилкс`` or ``Уилкс``, ``Wilkes`` alone): the same skeleton
    of the surname (:mod:`nerpipe.resolve.spelling`)."""
    people = [[w for w in analysis.text[s.start:s.end].split() if w[:1].isalpha()] for s in spans if s.type == PER]
    pairs = {(skeleton(words[0]), skeleton(words[-1])) for words in people
             if len(words) >= 2 and not is_latin_name(" ".join(words)) and not words[0].endswith(".")}
    surnames = {last for _first, last in pairs} | {
        skeleton(words[0]) for words in people if len(words) == 1 and not is_latin_name(words[0])}
    covered = {t.index for s in spans if s.type != ORG for t in analysis.tokens_in(s.start, s.end)}
    found = []
    tokens = analysis.tokens
    index = 0
    while index < len(tokens):
        end = index
        while end < len(tokens) and end - index < 3 and end not in covered and _LATIN_WORD.fullmatch(tokens[end].text) \
                and (end == index or analysis.text[tokens[end - 1].end:tokens[end].start] == " "):
            end += 1
        words = [t.text for t in tokens[index:end]]
        keys = [skeleton(word) for word in words]
        if (len(keys) == 2 and any(_spells(keys[1], last) for last in surnames)) \
                or (len(keys) == 1 and len(words[0]) > 3 and any(_spells(keys[0], last) for last in surnames)):
            found.append(Span(tokens[index].start, tokens[end - 1].end, PER))
        index = max(end, index + 1)
    orgs = [s for s in spans if s.type == ORG]
    found = [f for f in found
             if all((o.start, o.end) == (f.start, f.end) for o in orgs if o.start < f.end and f.start < o.end)]
    extents = {(f.start, f.end) for f in found}
    return [s for s in spans if s.type != ORG or (s.start, s.end) not in extents] + found


def _spells(latin: str, cyrillic: str) -> bool:
    """Whether the skeleton of a Latin word is that of a Cyrillic one, maybe with a case ending
    (``Wilkes`` of ``Уилксом``)."""
    return len(latin) > 1 and cyrillic.startswith(latin) and len(cyrillic) - len(latin) <= 1
