"""PER spans grown: parts of one name natasha tagged apart joined (``Орлов`` + ``П. И.``), and a
span grown to the surname or first name before or after it that natasha left out (``Лапину`` +
``Игорю Олеговичу``, ``Динара`` + ``Жумабаева``)."""

from __future__ import annotations

import re

from ...morph import UD_CASE, Morph, fold, unshouted
from ...names import (
    PARTICLES,
    REGNAL,
    WOMANS_NOMINATIVE,
    agrees_with_first_name,
    east_asian_surname,
    first_name_grammemes,
    first_name_readings,
    is_east_asian,
    is_east_asian_nominative,
    is_initial,
    is_patronymic,
    is_russian_surname,
    known_first_name,
    patronymic_after_surname,
    patronymic_readings,
    regular_surname,
    surname_readings,
)
from ...names.endings import MASC_STEMS
from ...ner import Analysis
from ...records import LOC, ORG, PER, Span
from ...resolve.forms import could_be_form
from .words import (
    common_noun,
    first_and_patronymic,
    foreign_word,
    initials_only,
    is_first_name,
    lone_russian_surname,
    surname_word,
)


def merge_adjacent_people(text: str, spans: list[Span], morph: Morph) -> list[Span]:
    """One PER span for parts of a name natasha tagged apart with nothing but a space between
    them: a surname and initials (``Орлов`` + ``П. И.``), a name ending in a patronymic and a
    surname (``Анны Петровны`` + ``Зориной``), a first name and a patronymic (``Иветта`` +
    ``Евгеньевна``), or a surname and a first name and patronymic
    (``Зориной`` + ``Анны Петровны``), a first name and a patronymic and surname (``Анны`` + ``Петровны
    Зориной``); a first name and a word that can only be a surname or that
    pymorphy does not know (``Ануш`` + ``Карапетян``); a family name of China or Korea and the given
    name after it (``Квона`` + ``Тэ Ука``); initials and the surname after their dot (``Дж`` + ``.Бартон``)."""
    spans = _split_surname_pairs(text, spans, morph)
    people = sorted((s for s in spans if s.type == PER), key=lambda s: s.start)
    merged: dict[Span, Span] = {}
    for left, right in zip(people, people[1:]):
        gap = text[left.end:right.start]
        left_words, right_words = text[left.start:left.end].split(), text[right.start:right.end].split()
        if gap.strip() == "." and "\n" not in gap and left not in merged \
                and all(is_initial(w.rstrip(".") + ".") for w in left_words) and not initials_only(right_words):
            merged[left] = merged[right] = Span(left.start, right.end, PER)  # ``Дж`` + ``.`` + ``Бартон``
            continue
        if left in merged or gap.strip() or "\n" in gap:
            continue
        initials = initials_only(left_words) != initials_only(right_words) and not (
            initials_only(left_words) and first_and_patronymic(right_words, morph))
        # not ``Орешиной О.А.`` + ``Ольга Александровна`` opening a sentence: split_after_initials cut them
        patronymic = len(right_words) == 1 and is_patronymic(morph, left_words[-1])
        surname_first = len(left_words) == 1 and len(right_words) == 2 and _surname_before(morph, left_words[0],
                                                                                          right_words)
        first_and_surname = len(left_words) == 1 and len(right_words) == 1 \
            and is_first_name(left_words[0], morph) and not is_first_name(right_words[0], morph) \
            and (surname_word(right_words[0], morph, unknown=True) or foreign_word(right_words[0], morph))
        first_patronymic = len(left_words) == 1 and len(right_words) == 2 and is_first_name(left_words[0], morph) \
            and is_patronymic(morph, right_words[0]) and not is_patronymic(morph, right_words[1])
        east_asian = len(left_words) == 1 and east_asian_surname(left_words[0]) is not None \
            and is_east_asian(left_words + right_words, morph)  # ``Квона`` + ``Тэ Ука``
        regnal = (bool(REGNAL.match(right_words[0])) and left_words[-1][:1].isupper() and len(right_words) <= 2) \
            or (bool(REGNAL.match(left_words[-1])) and len(left_words) == 2 and len(right_words) == 1
                and right_words[0][:1].isupper() and right_words[0].isalpha())  # ``Рагнара II`` + ``Сверкера``
        listed_surname_first = len(left_words) == 1 and len(right_words) == 1 \
            and _listed_surname_first(text, left, right, morph)  # ``Сидорова`` + ``Анна`` in a list
        written_whole = len(left_words) == 1 and len(right_words) == 1 \
            and _written_whole(text, people, left_words[0], right_words[0])  # ``Эррол`` + ``Квасек``
        first_then_patronymic = len(left_words) == 1 and len(right_words) == 1 and left_words[0].isalpha() \
            and is_patronymic(morph, right_words[0])  # ``Иветта`` + ``Евгеньевна``: a first name pymorphy does not
        # know, and the patronymic after it (a patronymic on the left is ``patronymic``'s, merged as well)
        if initials or patronymic or surname_first or first_and_surname or first_patronymic or east_asian or regnal \
                or listed_surname_first or written_whole or first_then_patronymic:
            merged[left] = merged[right] = Span(left.start, right.end, PER)
    out = [merged.get(s, s) for s in spans]
    return list(dict.fromkeys(out))


def _written_whole(text: str, people: list[Span], first: str, last: str) -> bool:
    """Whether a word and the word after it, each tagged alone, are the first name and surname of a name the
    document writes as one span of two words elsewhere (``Эррол Квасек`` … ``Эррол`` + ``Квасек``), the first word
    capitalised and no surname there (not two surnames of two people side by side)."""
    if not (first[:1].isupper() and first.isalpha() and last[:1].isupper()):
        return False
    for span in people:
        words = text[span.start:span.end].split()
        if len(words) == 2 and words[0] == first and could_be_form(last, words[1]):
            return True
    return False


def _split_surname_pairs(text: str, spans: list[Span], morph: Morph) -> list[Span]:
    """Two words natasha tags as one name that are each a surname the document writes after a first name
    of two different people (``Гордей Шпидла``, ``Матвей Рыжов``, then ``с премьером Шпидла Рыжов``), the
    first no first name pymorphy knows (not ``Роман Рыжов`` beside ``Игорь Роман``): two names."""
    named = [s for s in spans if s.type == PER and len(text[s.start:s.end].split()) >= 2]
    out = []
    for span in spans:
        words = text[span.start:span.end].split()
        if span.type == PER and len(words) == 2 and all(w.replace("-", "").isalpha() for w in words) \
                and not first_name_readings(morph, words[0]):
            surnames = {fold(text[s.start:s.end].split()[-1]) for s in named if s != span}
            owners = [{s for s in surnames if _surname_form(fold(w), s)} for w in words]
            if owners[0] and owners[1] and not owners[0] & owners[1]:
                second = text.index(words[1], span.start + len(words[0]))
                out += [Span(span.start, span.start + len(words[0]), PER), Span(second, span.end, PER)]
                continue
        out.append(span)
    return out


# what comes before and after a name of a list, of one line or of lines (``: Сидорова Анна, …``)
_LIST_BEFORE = re.compile(r"(?:^|[,:;(\n]|\d[.)]|\s[и—–-])\s*$")
_LIST_AFTER = re.compile(r"^\s*(?:$|[,;.)(\n—–-]|и\s)")


def _listed_surname_first(text: str, left: Span, right: Span, morph: Morph) -> bool:
    """Whether two one-word PER spans are a surname of the Russian families and a first name after it, as a
    list writes them (``Сидорова`` + ``Анна`` between commas): a woman's surname natasha takes for a man's
    genitive; not ``у Петрова Анна взяла …``, whose words a verb and a preposition around tell apart."""
    surname, first = text[left.start:left.end], text[right.start:right.end]
    if not is_russian_surname(surname) or is_first_name(surname, morph) or not is_first_name(first, morph):
        return False
    womans = fold(surname).endswith(WOMANS_NOMINATIVE) \
        and ("nomn", "femn") in first_name_grammemes(morph, first)  # ``Лапина``: no surname to pymorphy
    return (womans or agrees_with_first_name(morph, surname, first)) \
        and bool(_LIST_BEFORE.search(text[max(0, left.start - 12):left.start])) \
        and bool(_LIST_AFTER.match(text[right.end:right.end + 4]))


def _surname_form(written: str, surname: str) -> bool:
    """Whether a word can be a case form of a surname (``шпидлой`` of ``шпидла``, ``рыжова`` of ``рыжов``)."""
    stem = surname[:-1] if surname[-1:] in "аеёиоуыэюяьй" else surname
    return len(stem) >= 3 and written.startswith(stem) and len(written) - len(stem) <= 3


def _surname_before(morph: Morph, surname: str, named: list[str]) -> bool:
    """Whether a word is the surname of the first name and patronymic after it (``Зориной`` + ``Анны Петровны``;
    ``Орозбаев`` + ``Эсенбек Кулжанович``, whose first name pymorphy does not know: by the patronymic's case)."""
    if is_first_name(surname, morph) or is_patronymic(morph, surname):
        return False
    if is_patronymic(morph, named[-1]):
        return agrees_with_first_name(morph, surname, named[0])
    firsts = first_name_grammemes(morph, named[0])
    return patronymic_after_surname(morph, surname, named[-1]) \
        and (not firsts or bool(firsts & patronymic_readings(named[-1])))


def extend_by_leading_surname(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """A PER span grows to the word before it natasha left out, in the same case and with a space
    between: a first name and patronymic (``Лапину`` + ``Игорю Олеговичу``), or a first name alone
    (``Котов`` + ``Игорь``), to the surname before them: a capitalised word pymorphy knows as a
    surname or that ends as the regular families do, not an animate common noun (``Директору``);
    a surname alone, or a patronymic and surname (``Анны`` + ``Игоревны Лыковой``), to the first name
    before it (``Пётр`` + ``Смирнов``, ``Кайей`` + ``Каллас``), or a surname alone to
    a proper noun pymorphy does not know (``Эйлис`` + ``Доннелли``). The word is part of no
    other span, or is a one-word place that pymorphy knows as a first name too (``Миланом`` +
    ``Петровичем``: the place is dropped)."""
    owner = {t.index: s for s in spans for t in analysis.tokens_in(s.start, s.end)}
    out, dropped = [], set()
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type == PER and tokens[0].index > 0 and tokens[0].text[:1].isupper():
            before = analysis.tokens[tokens[0].index - 1]
            place = owner.get(before.index)
            named = place is not None and (_first_name_place(place, before, tokens, morph)
                                           or _surname_tagged_apart(place, before, tokens, morph)
                                           or place.type == ORG and _shouted_before_patronymic(
                                               analysis, place, before, tokens, morph))  # ``ЗАРЕЦКАЯ Анна …``
            initialled = _surname_before_initials(place, before, tokens, morph)
            if (place is None or named or initialled) and before.sent == tokens[0].sent \
                    and analysis.text[before.end:span.start] == " " \
                    and (initialled or _leading_word(before, tokens, morph, named)):
                span = Span(before.start, span.end, PER)
                dropped.add(place)
        out.append(span)
    return [s for s in out if s not in dropped]


def extend_by_trailing_surname(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """A word tagged alone that pymorphy knows as a first name (``Динара``, a coin's genitive too)
    grows to the surname after it natasha left out, in the case the
    tagger reads both in, with a space between (``Динара`` + ``Жумабаева``): a capitalised word of
    no other span that pymorphy knows only as a surname, ends as the regular families do, or does
    not know at all, and is no first name; a surname of the Russian families written in lower case
    (``Иван петров``, :func:`_lower_surname`); or a surname in capitals natasha took for an organization
    (``Катериной`` + ``ТОЛМАЧЁВОЙ``), which is then no organization."""
    shouted = {tokens[0].index: s for s in spans if s.type == ORG
               and len(tokens := analysis.tokens_in(s.start, s.end)) == 1 and _shouted_surname(tokens[0].text, morph)
               and not fold(tokens[0].text).endswith(MASC_STEMS)}  # ``МИНФИН`` is none
    owned = analysis.indices_in(spans) - set(shouted)
    taken = set()
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        after = tokens[-1].index + 1 if tokens else len(analysis.tokens)
        if span.type == PER and len(tokens) == 1 and after < len(analysis.tokens) and after not in owned \
                and known_first_name(morph, fold(tokens[0].text)):
            word = analysis.tokens[after]
            case = tokens[0].feat.get("Case")
            if analysis.text[span.end:word.start] == " " and case and word.feat.get("Case") == case \
                    and (surname_word(word.text, morph, unknown=True) or foreign_word(word.text, morph)
                         or _shouted_surname(word.text, morph)) \
                    and not is_first_name(word.text, morph) \
                    or analysis.text[span.end:word.start] == " " and _lower_surname(tokens[0].text, word.text, morph):
                span = Span(span.start, word.end, PER)
                taken.add(shouted.get(after))
        out.append(span)
    return [s for s in out if s not in taken]


def _lower_surname(first: str, word: str, morph: Morph) -> bool:
    """A surname written in lower case after a first name (``Иван петров``): a word of the Russian families
    pymorphy reads as a surname and as no common word (not ``кузнецов`` of ``кузнец``; a possessive of a name,
    ``петров``, is none), in a case and gender of the first name."""
    if not word.isalpha() or not word.islower() or not lone_russian_surname(word.capitalize(), morph):
        return False
    parses = morph.parses(word)
    if not parses or any("Surn" not in p.tag and "Name" not in p.tag and "Poss" not in p.tag for p in parses):
        return False
    return agrees_with_first_name(morph, word.capitalize(), first)


def _shouted_before_patronymic(analysis: Analysis, place: Span, before, tokens, morph: Morph) -> bool:
    """Whether an organization's span is one word, a surname in capitals (:func:`_shouted_surname`), right before a
    first name and patronymic (``ЗАРЕЦКАЯ`` + ``Анна Викторовна``, a list of awards): the surname, written first."""
    return len(tokens) == 2 and is_patronymic(morph, tokens[1].text) and is_first_name(tokens[0].text, morph) \
        and analysis.tokens_in(place.start, place.end) == [before] and _shouted_surname(before.text, morph)


def _shouted_surname(word: str, morph: Morph) -> bool:
    """A surname of the Russian families written in capitals (``ТОЛМАЧЁВОЙ``), long enough to be no
    abbreviation."""
    return word.isupper() and word.isalpha() and len(word) >= 6 and lone_russian_surname(unshouted(word), morph)


def extend_east_asian_names(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """A PER span of a family name of China or Korea and one syllable (``Квон Тэ``) grown to the capitalised word
    right after it on its line natasha left out, when the three make such a name (``Квон Тэ Ук``: a syllable,
    no Russian word nor surname, :func:`~nerpipe.names.is_east_asian`), of no other span; a PER span of two words
    grown to a family name natasha left out before it, capitalised inside a sentence, where it is no word of the
    language written alike (``президент Но Мин Сок``: not the conjunction ``но``)."""
    owned = analysis.indices_in(spans)
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        before = free_word_before(analysis, span, owned) if span.type == PER and len(tokens) == 2 else None
        if before is not None and before.text[:1].isupper() and is_east_asian_nominative(before.text) \
                and is_east_asian([before.text] + [t.text for t in tokens], morph):
            span, tokens = Span(before.start, span.end, PER), [before, *tokens]
        after = tokens[-1].index + 1 if tokens else len(analysis.tokens)
        if span.type == PER and len(tokens) == 2 and after < len(analysis.tokens) and after not in owned:
            word = analysis.tokens[after]
            texts = [t.text for t in tokens] + [word.text]
            if analysis.text[span.end:word.start] == " " and word.text[:1].isupper() and word.text.isalpha() \
                    and not word.text.isupper() and east_asian_surname(texts[0]) is not None \
                    and is_east_asian(texts, morph) and not _russian_word(word.text, morph):
                span = Span(span.start, word.end, PER)
        out.append(span)
    return out


def free_word_before(analysis: Analysis, span: Span, owned: set[int]):
    """The token right before a span, one space between, in no span (``owned``: the indexes of the tokens of the
    spans) and inside the sentence (not its first word); else ``None``."""
    before = analysis.token_before(span.start)
    if before is not None and before.index not in owned and before.index > 0 \
            and analysis.tokens[before.index - 1].sent == before.sent and analysis.text[before.end:span.start] == " ":
        return before
    return None


def _russian_word(text: str, morph: Morph) -> bool:
    """A word pymorphy reads first as no name (``Политика``, ``Цены``): not one of two letters, nor one it reads first
    as an abbreviation (``Ук``, ``Ын``), which syllables of names are written as."""
    lowered = fold(text)
    if len(lowered) <= 2 or not morph.is_known(lowered) or "Abbr" in morph.parses(lowered)[0].tag:
        return False
    return not any(gram in morph.parses(lowered)[0].tag for gram in ("Name", "Surn", "Patr"))


def _first_name_place(place: Span, token, tokens, morph: Morph) -> bool:
    """Whether a span is a one-word place that is read as a first name in the case of the word after
    it: by pymorphy, or by the tagger as an animate noun before a patronymic or two words of a name
    (``Миланом`` before ``Петровичем``; not a town's genitive before a surname alone, ``кортах Мирска
    Валенко``); or a one-word organization pymorphy reads so (``Левоном`` before ``Оганесяном``)."""
    first = tokens[0]
    if place.type not in (LOC, ORG) or (place.start, place.end) != (token.start, token.end) \
            or token.feat.get("Case") != first.feat.get("Case"):
        return False
    return (place.type == LOC and token.feat.get("Animacy") == "Anim"
            and (len(tokens) > 1 or is_patronymic(morph, first.text))) or any(
        "Name" in p.tag and p.tag.case == UD_CASE.get(first.feat.get("Case", ""))
        for p in morph.parses(fold(token.text)))


def _surname_tagged_apart(other: Span, token, tokens, morph: Morph) -> bool:
    """Whether a one-word span of another type is a surname of the Russian families before a first
    name and patronymic (``Лыковой`` tagged as an organization + ``Натальи Андреевны``), in a case
    and gender the first name is in."""
    if other.type == PER or (other.start, other.end) != (token.start, token.end) or len(tokens) != 2 \
            or not is_patronymic(morph, tokens[1].text) or not is_russian_surname(token.text):
        return False
    lowered = fold(token.text)
    endings = {(case, gender) for case in ("gent", "datv", "accs", "ablt", "loct") for gender in ("masc", "femn")
               if regular_surname(lowered, case, gender)}  # ``Лыковой``: also an adjective pymorphy knows
    return bool(first_name_grammemes(morph, tokens[0].text) & endings) \
        or agrees_with_first_name(morph, token.text, tokens[0].text)


def _surname_before_initials(other: Span | None, token, tokens, morph: Morph) -> bool:
    """Whether the word before a PER span of initials alone is a surname of the Russian families natasha left
    out or tagged as a one-word place or organization (``г. Сосновки Ракитиной`` + ``Е.В.``): capitalised,
    no first name."""
    return initials_only([t.text for t in tokens]) and (
        other is None or other.type in (LOC, ORG) and (other.start, other.end) == (token.start, token.end)) \
        and token.text.isalpha() and token.text[:1].isupper() and token.text[1:].islower() \
        and is_russian_surname(token.text) and not is_first_name(token.text, morph)


def _leading_word(before, tokens, morph: Morph, named: bool = False) -> bool:
    """Whether the word before a PER span's ``tokens`` is a part of the name natasha left out
    (``named``: a place read as a first name)."""
    first = tokens[0]
    if (len(tokens) == 1 or len(tokens) == 2 and is_patronymic(morph, tokens[1].text)) \
            and is_first_name(first.text, morph):
        return _leading_surname(before, first, morph) \
            or len(tokens) == 2 and _shouted_surname(before.text, morph)  # ``ЛЕСКОВ Игорь Петрович``
    if len(tokens) == 2 and before.text[:1].isupper() and before.text.isalpha() \
            and _surname_before(morph, before.text, [first.text, tokens[1].text]):
        return True  # ``Орозбаев`` + ``Эсенбек Кулжанович``: a patronymic of a first name pymorphy does not know
    if len(tokens) == 2 and is_patronymic(morph, first.text) and not is_patronymic(morph, tokens[1].text):
        # ``Прасковьи`` (tagged a place) + ``Дмитриевны Шереметевой``: the first name before a patronymic
        return before.text[:1].isupper() and before.feat.get("Case") == first.feat.get("Case") \
            and (named or is_first_name(before.text, morph))
    if len(tokens) == 1 and first.text.replace("-", "").isalpha() and not first.text.isupper() \
            and not is_first_name(first.text, morph):
        return before.text[:1].isupper() and _same_case(before, first, morph) \
            and (named or is_first_name(before.text, morph) or morph.has_gram(fold(before.text), "Name")
                 or before.pos == "PROPN" and before.text.isalpha() and not morph.is_known(fold(before.text)))
    return False


def _same_case(before, surname, morph: Morph) -> bool:
    """Whether the word before a surname is in a case the surname can be in: the tagger's of both, or
    the surname's by its ending (``Севиль`` + ``Гасымова``, tagged a man's genitive)."""
    case = before.feat.get("Case")
    return case == surname.feat.get("Case") or UD_CASE.get(case or "") in {
        reading for reading, _gender in surname_readings(morph, surname.text)}


def _leading_surname(token, first, morph: Morph) -> bool:
    word = token.text
    if not (word[:1].isupper() and word.isalpha() and len(word) > 2 and not word.isupper()) \
            or token.feat.get("Case") != first.feat.get("Case") or common_noun(word, morph):
        return False
    lowered = fold(word)
    return morph.has_gram(lowered, "Surn") or not morph.is_known(lowered) or is_russian_surname(lowered)


# particles that open a surname, in lower case, and are no Russian word (not ``да``, ``ла``, ``ад``, ``ас``, ``ду``;
# nor ``бинт``)
_SURNAME_PARTICLES = frozenset(PARTICLES - {"да", "ла", "ад", "ас", "ду", "бинт"})


def extend_by_particle(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """A PER span grows to the particle of its surname natasha left out before it (``де`` +
    ``Брие``, ``ван дер`` + ``Берга``): lower-case particles of no other span, a space apart."""
    owned = analysis.indices_in(spans)
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        at = tokens[0].index if tokens and span.type == PER else 0
        start = span.start
        while at > 0 and analysis.tokens[at - 1].text in _SURNAME_PARTICLES and at - 1 not in owned \
                and analysis.text[analysis.tokens[at - 1].end:start] == " ":
            at -= 1
            start = analysis.tokens[at].start
        out.append(Span(start, span.end, PER) if start != span.start else span)
    return out
