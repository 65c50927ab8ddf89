"""The case a whole name is in: the tagger's reading of its words checked against pymorphy's
readings of first names, patronymics and surnames and against the endings of the Russian families
(``Анне Лисицыной`` tagged nominative is a dative); its gender is :mod:`.genders`'s to tell, what a
word shows by itself :mod:`.shown`'s."""

from __future__ import annotations

from ..morph import UD_CASE, Morph, fold
from .cases import (
    after_consonant,
    case_shown,
    ends_unknown_consonant,
    name_cases,
    read_womans_first_case,
    shows_instrumental,
)
from .endings import CONSONANTS, TURKIC_PATRONYMICS, regular_surname
from .first_endings import MASC_ENDINGS, known_name
from .generation import generation_cases
from .shown import (
    CASE_ORDER,
    WOMANS_NOMINATIVE,
    indeclinable_name,
    japanese_sounds,
    shows_no_case,
    surname_readings,
    word_gender,
)
from .words import first_name_readings, name_words


def name_case(morph: Morph, parts, roles, oblique: bool = False, adjacent: bool = False) -> str | None:
    """The case of the whole name: the tagger's, unless the first name or patronymic cannot be in it
    and can be in one case only (``Эльмиры`` is genitive, and so is an unknown name in ``-ы``), or
    the surname cannot be in it (``Анне Лисицыной`` tagged nominative, ``Кормилову`` genitive): then
    the first case both the first name and the surname can be in. A surname alone the syntax hangs on a
    word keeps the tagger's case when it can be in it in either gender (``видели Орлову``); a name right
    before another and their verb (``adjacent``) is in the case its words agree in (:func:`_agreed_case`)."""
    texts = [text for text, _word in parts]
    if roles == ["first", "last"] and parts[0][1].feat.get("Case") == "Acc" and _womans_noun_accusative(
            morph, texts[0], UD_CASE.get(parts[0][1].feat.get("Case", "")), surname_readings(morph, texts[-1])):
        return "accs"  # ``наградило Эрику Сомову``: her accusative, not his dative, as the tagger reads
    case = _tagged_name_case(morph, parts, roles, oblique)
    if case == "accs" and roles == ["first", "last"] and _reads_first_declension_genitive(morph, texts):
        return "gent"  # ``Криса Валлеолы`` tagged an accusative: no accusative ends in ``-ы``
    if case in (None, "nomn") and roles == ["first", "last"] and ends_unknown_consonant(morph, texts[-1]) \
            and (womans := read_womans_first_case(morph, parts[0][0])) is not None:
        return womans  # ``и Донне Мирстон`` tagged a nominative: no nominative ``Донне``; her surname does not decline
    if roles[-1] == "middle" and morph.is_known(fold(texts[-1])):
        shown = name_cases(morph, texts[-1], ("Patr",))  # ``Гульшат Ильдаровне`` tagged a nominative: the
        return case if not shown or case in shown else min(shown, key=CASE_ORDER.index)  # patronymic's case
    if roles[-1] != "last" or roles[0] == "middle":
        return case
    agreed = _agreed_case(morph, texts, case) if adjacent and roles == ["first", "last"] else None
    if agreed is not None:
        return agreed  # ``Петра Шульгу Семён Кочерга встретил``: the one case both words can be in
    shown_by_first = undeclined_in_u(morph, texts, case) if roles == ["first", "last"] else None
    if shown_by_first is not None:
        return shown_by_first  # ``Жаира Корсонару``: the first name's ending shows the case, ``-у`` is none of it
    readings = surname_readings(morph, texts[-1])
    if oblique and len(parts) == 1 and case not in (None, "nomn") and case in {c for c, name_gender in readings}:
        return case  # ``видели Орлову``: an object in the case the tagger gives, whatever gender it guesses
    agreed = _first_name_agreed(morph, texts[0], readings) if roles == ["first", "last"] else None
    if agreed is not None:  # ``Дильноза Рашидова`` tagged a man's genitive: no man's ``Дильноз``
        return agreed
    womans = _undeclined_womans_cases(morph, texts, roles, readings)
    if womans:
        return case if case in womans else min(womans, key=CASE_ORDER.index)
    shown = _womans_first_case(morph, texts, roles, readings)
    if shown is not None:
        return shown  # ``Хуаниной Мендес``: her surname in a consonant does not decline, her first name does
    # the tagger's gender of the first name, which heads the name, else of the surname
    tagged_gender = (word_gender(parts[0][1]) if roles[0] == "first" else None) or word_gender(parts[-1][1])
    if any(gender == tagged_gender for _case, gender in readings) \
            and not _womans_accusative_first(morph, texts[0], case, readings) \
            and not _womans_accusative_pair(morph, texts[0], case, readings, roles):
        readings = {reading for reading in readings if reading[1] == tagged_gender}  # ``Кормилову``: a man's
    surname = {case for case, name_gender in readings}
    if not surname or case in surname:
        return case
    both = surname & name_cases(morph, texts[0], ("Name",)) if roles[0] == "first" else surname
    if not both and roles[0] == "first" and not morph.is_known(fold(texts[0])):
        # a first name pymorphy does not know shows no case, the surname's ending does in either gender
        # (``Севиль Гасымовой`` tagged a nominative)
        either = {reading_case for reading_case, _gender in surname_readings(morph, texts[-1])}
        both = {case} if case in either else surname
    if both:
        return min(both, key=CASE_ORDER.index)
    own = UD_CASE.get(parts[-1][1].feat.get("Case", ""))
    # ``Гарету Моррисону``: a first name pymorphy knows in another case only (of a woman's ``Гарета``)
    # before a surname that agrees with the tagger: the surname's case
    return own if own in surname and own != "nomn" else case


def _reads_first_declension_genitive(morph: Morph, texts: list[str]) -> bool:
    """A surname pymorphy does not know in ``-ы`` after a consonant, the genitive of one in ``-а`` (``Валлеолы``; no
    accusative singular ends so), after a first name pymorphy knows as a man's genitive or accusative only
    (``Криса``), which the two cases write alike; not one that may be a woman's nominative (``Яна``)."""
    first, last = fold(texts[0]), fold(texts[-1])
    names = [p for p in first_name_readings(morph, first) if "Fixd" not in p.tag]
    return len(last) > 4 and after_consonant(last, "ы") and not morph.is_known(last) \
        and not last.endswith(TURKIC_PATRONYMICS) and bool(names) \
        and all(p.tag.gender == "masc" and p.tag.case in ("gent", "accs") for p in names)


def _first_name_agreed(morph: Morph, first: str, readings) -> str | None:
    """The one case a first name pymorphy knows and the surname after it agree in by pymorphy's readings of
    both, case and gender (``Дильноза`` is a woman's nominative only, and so can ``Рашидова`` be, whatever
    case and gender the tagger reads); ``None`` when they agree in more or none, or pymorphy does not know it."""
    if not morph.is_known(fold(first)):
        return None
    own = {(p.tag.case, p.tag.gender) for p in first_name_readings(morph, first) if "Fixd" not in p.tag}
    agreed = own & set(readings)
    return next(iter(agreed))[0] if len(agreed) == 1 else None


def _undeclined_womans_cases(morph: Morph, texts: list[str], roles: list[str], readings) -> set[str]:
    """The cases a woman's surname can be in after a first name pymorphy knows only as a woman's that
    does not decline (``Айсель Гусейнова``: no man's genitive), or does not know and that ends in a
    consonant: a man's such name would decline with his surname (``Севиль Гасымову``: no man's dative,
    which would be ``Севилю``); none for other names."""
    first = fold(texts[0])
    if roles != ["first", "last"] or len(first) < 3 or not first[-1].isalpha():
        return set()
    if morph.is_known(first):
        names = first_name_readings(morph, first)
        if not names or not all("Fixd" in p.tag and p.tag.gender == "femn" for p in names):
            return set()
    elif first[-1] in "аеёиоуыэюяй":
        return set()
    return {reading_case for reading_case, gender in readings if gender == "femn"}


def _womans_first_case(morph: Morph, texts: list[str], roles: list[str], readings) -> str | None:
    """The one oblique case a first name pymorphy knows only as a woman's, declined, is in, before a surname
    in a consonant it reads as a man's nominative only (``Хуаниной Мендес``: a woman's such surname does not
    decline, a man's would with his name, so the surname tells no case and the first name does); ``None``
    for other names."""
    if roles != ["first", "last"] or readings != {("nomn", "masc")} or fold(texts[-1])[-1:] not in CONSONANTS:
        return None
    first = fold(texts[0])
    names = [p for p in first_name_readings(morph, first) if "Fixd" not in p.tag]
    cases = {p.tag.case for p in names}
    if not names or len(cases) != 1 or any(p.tag.gender != "femn" for p in names):
        return None
    case = cases.pop()
    if not morph.is_known(first) and not (case == "ablt" and len(first) > 5 and first.endswith(("ой", "ей"))):
        return None  # a name pymorphy guesses: only the instrumental's ending tells (``Хуаниной``)
    return case if case not in ("nomn", "voct") else None


def _agreed_case(morph: Morph, texts: list[str], case: str | None) -> str | None:
    """The oblique case a first name and a surname hung on a word can both be in by pymorphy's readings
    (its guesses too, of a declined word), when the tagger's is not one of them (``Петра Шульгу`` tagged a
    genitive: ``Петра`` the genitive or accusative of ``Пётр``, ``Шульгу`` the accusative of ``Шульга``);
    the first of them by :data:`CASE_ORDER`. ``None`` when either shows no case (``Морелли``)."""
    first = {p.tag.case for p in first_name_readings(morph, texts[0]) if "Fixd" not in p.tag}
    last = {p.tag.case for p in morph.parses(fold(texts[-1]))
            if p.tag.POS == "NOUN" and p.tag.number == "sing" and "Fixd" not in p.tag}
    both = (first & last) - {"nomn", "voct"}
    if not first or not last or case in both or not both or len(first - {"nomn"}) == len(CASE_ORDER) - 1:
        return None
    return min(both, key=CASE_ORDER.index)


def _womans_accusative_first(morph: Morph, first: str, case: str | None, readings) -> bool:
    """A first name pymorphy does not know, in ``-у`` after a consonant, in the accusative the tagger
    reads, before a surname that can be a woman's accusative (``Гульшату Нурмакову``): a man's name would
    end there in ``-а``, so the name is a woman's whatever gender the tagger reads."""
    lowered = fold(first)
    return case == "accs" and ("accs", "femn") in readings and not morph.is_known(lowered) and len(lowered) > 3 \
        and after_consonant(lowered, "у") and not japanese_sounds(lowered)


def _womans_noun_accusative(morph: Morph, first: str, case: str | None, readings) -> bool:
    """A first name pymorphy knows as a man's dative only, and as the accusative of a common noun in ``-а`` (``Эрику``:
    his ``Эрик`` or the plant ``эрика``; ``Доминику``), in the accusative the tagger reads before a surname that
    can be a woman's accusative (``Сомову``): her name in ``-а``, which pymorphy does not know as one."""
    lowered = fold(first)
    parses = morph.parses(lowered)
    return case == "accs" and ("accs", "femn") in readings and lowered.endswith("у") \
        and {p.tag.case for p in parses if "Name" in p.tag} == {"datv"} \
        and any(p.tag.POS == "NOUN" and "Name" not in p.tag and p.tag.case == "accs" and p.tag.number == "sing"
                and p.tag.gender == "femn" and fold(p.normal_form) == lowered[:-1] + "а" for p in parses)


def _womans_accusative_pair(morph: Morph, first: str, case: str | None, readings, roles) -> bool:
    """A first name pymorphy knows as a woman's accusative (``Евгению``: his dative, her accusative) before a
    surname that can be hers too (``Котову``), both in the accusative the tagger reads: the case the syntax
    tells holds, and in it the name is a woman's, whatever gender the tagger guesses."""
    return case == "accs" and roles[0] == "first" and ("accs", "femn") in readings and any(
        p.tag.case == "accs" and p.tag.gender == "femn" for p in first_name_readings(morph, first)
        if "Fixd" not in p.tag)


def _tagged_name_case(morph: Morph, parts, roles, oblique: bool) -> str | None:
    if roles[-1] == "last" and len(parts) >= 2 and parts[-1][1].feat.get("Case") not in (None, "Nom") \
            and shows_instrumental(morph, parts[-1][0]):
        return "ablt"  # ``с Юрки Катайвиненом``: the surname's ending shows the instrumental the tagger reads, or an
        # oblique case it reads wrong (``Умару Балтаром`` tagged a dative), whatever cases a first name written
        # alike to another's oblique form (``Юрки`` of ``Юрка``) may be in
    generation = generation_cases(morph, parts[-1][0])
    tagged = None
    before = set()  # the tagger's cases of the words before that show none, initials too
    for (text, word), role in zip(parts, roles):
        if role == "initial":
            before.add(UD_CASE.get(word.feat.get("Case", "")))
            continue
        tagged = UD_CASE.get(word.feat.get("Case", ""))
        if not shows_no_case(morph, text):
            break  # else a later word may tell better (``Фелипе`` ``Арруды``)
        before.add(tagged)
    shown = case_shown(morph, parts[-1][0], before - {tagged, None, "nomn"}) if roles[-1] == "last" else None
    if shown is not None:
        return shown  # ``с Хосе Мендесом``, ``с Н. Забарой``: the surname's ending agrees with the case of
        # the words before it, not with its own tag
    agreed = (before - {None, "nomn"}) & _singular_cases(morph, parts[-1][0]) \
        if roles[-1] == "last" and tagged not in before else set()
    if len(agreed) == 1:
        return agreed.pop()  # ``к Ксавьеру Гарсии``: the case of the words before, which the surname can
        # be in as well (``Гарсии`` tagged a genitive)
    if generation and tagged not in generation:
        return min(generation, key=CASE_ORDER.index)  # ``Санчеса-младшего``: ``младшего`` tells the case
    iberian = len(parts) > 1 and fold(parts[0][0]) in name_words("spanish_first")
    for (text, word), role in zip(parts, roles):
        lowered = fold(text)
        if role in ("first", "last") and (not morph.is_known(lowered) or role == "last" and iberian) \
                and after_consonant(lowered, "ы") and len(lowered) > 3 and not lowered.endswith(TURKIC_PATRONYMICS) \
                and not (role == "last" and tagged in _NOT_GENITIVE and shows_no_case(morph, parts[0][0])
                         and not iberian):
            return "gent"  # a name ends so only in the genitive of one in ``-а`` (``Нарендры``, ``Коллины``),
            # whatever the tagger; not a surname in ``-ы`` after a first name that shows no case, where the
            # tagger reads a case no word in ``-ы`` is in (``Иржи Новотны`` hung on a dative), unless the first
            # name is of Spain or Portugal, whose surnames never end so (``Пабло Аранды``, ``Пабло Эстрады``)
        if role == "first" and "-" in text.strip("-") and not morph.is_known(lowered):
            cases = _hyphenated_cases(morph, text)
            if tagged not in cases and len(cases) == 1:
                return cases.pop()  # ``Анной-Марией`` tagged a nominative: each part an instrumental
        if role not in ("first", "middle") or not morph.is_known(fold(text)) or indeclinable_name(morph, text):
            continue  # pymorphy's guesses for names it does not know say nothing of the case, nor do
            # the forms of another name written alike (``Тони`` is no genitive of ``Тоня``)
        cases = {p.tag.case for p in morph.parses(fold(text))  # no vocative (``Тамар``) in a news text
                 if ("Name" in p.tag or "Patr" in p.tag) and p.tag.number != "plur" and "Fixd" not in p.tag
                 and p.tag.case != "voct"}
        if tagged in cases:
            return tagged
        if cases == {"loct"} and tagged not in (None, "loct") and fold(text).endswith("е"):
            continue  # ``Жорже`` tagged a nominative: a name that does not decline, no locative of ``Жорж``, which
            # only a preposition before it, read by the tagger, would show
        if cases == {"accs"} and tagged in ("gent", "datv", "ablt", "loct"):
            return tagged  # ``с Паулу Баррету``: a name that does not decline, not a woman's ``Паулу`` of ``Паула``
        if tagged == "loct" and cases <= {"accs", "datv"} and fold(text).endswith(("у", "ю")):
            return tagged  # ``об Умару Кейтаре``: a name in ``-у`` that does not decline after a preposition of the
            # locative, not the dative of a man's ``Умар``, whose locative ends in ``-е``
        gendered = {p.tag.case for p in morph.parses(fold(text)) if ("Name" in p.tag or "Patr" in p.tag)
                    and p.tag.number != "plur" and "Fixd" not in p.tag and p.tag.gender == word_gender(word)
                    and p.tag.case != "voct"}
        if tagged == "nomn" and len(gendered) == 1 and "nomn" not in cases:
            return gendered.pop()  # ``Халиду`` tagged a man's nominative: a man's ``Халид`` in the dative
        if len(cases) == 1 and not (oblique and cases == {"nomn"} and tagged not in (None, "nomn")):
            return cases.pop()
        one = _one_name_oblique(morph, text, cases, tagged)
        if one is not None:
            return one  # ``всеми любимой Пенелопе Дальмас`` tagged an instrumental: her dative or locative
    if tagged is None and len(before - {None}) == 1:
        return next(iter(before - {None}))  # ``при Жиле Фурнье``: the surname untagged, the first name's case
    return tagged


def _one_name_oblique(morph: Morph, text: str, cases: set[str], tagged: str | None) -> str | None:
    """The first of the oblique cases a first name pymorphy knows is in when they are all of one name and
    gender and the tagger reads a case it cannot be in (``Пенелопе``, the dative or locative of ``Пенелопа``,
    tagged an instrumental): its nominative is the same in each; ``None`` for a name that can be a nominative,
    or be forms of two names (``Валерию``: his dative, her accusative), or is tagged a nominative (``Мунира``: a
    woman's name pymorphy lacks that looks like a man's genitive)."""
    if tagged in (None, "nomn") or tagged in cases or not cases or "nomn" in cases:
        return None
    names = {(p.normal_form, p.tag.gender) for p in morph.parses(fold(text))
             if "Name" in p.tag and p.tag.number != "plur" and "Fixd" not in p.tag and p.tag.case != "voct"}
    return min(cases, key=CASE_ORDER.index) if len(names) == 1 else None


def _singular_cases(morph: Morph, text: str) -> set[str]:
    """The cases pymorphy reads a word in, in the singular."""
    return {p.tag.case for p in morph.parses(fold(text)) if p.tag.number == "sing"}


def _hyphenated_cases(morph: Morph, text: str) -> set[str]:
    """The cases every part of a hyphenated first name pymorphy knows as a name can be in
    (``Анной-Марией``: the instrumental); none when a part is no name it knows."""
    cases = None
    for part in text.split("-"):
        if not part:
            continue
        shown = name_cases(morph, part, ("Name",)) if known_name(morph, part) else set()
        cases = shown if cases is None else cases & shown
    return cases or set()


# the cases no name of the first declension ends in ``-ы`` in
_NOT_GENITIVE = ("datv", "ablt", "loct")


def subject_case(surname: str, case: str | None, gender: str | None, verb_gender: str | None):
    """The case and gender of a name the syntax reads as a subject, when no first name tells them
    (initials, or first names that show no case): the nominative (``Хорхе Кальдерра`` tagged as
    an accusative); a woman's when the verb is feminine or the surname ends as a woman's does
    (``Е. Орлова`` tagged as the genitive of ``Орлов``) and the verb is not masculine."""
    if verb_gender == "femn" or (verb_gender != "masc" and fold(surname).endswith(WOMANS_NOMINATIVE)):
        return "nomn", "femn"
    return "nomn", verb_gender or gender


def undeclined_in_u(morph: Morph, texts: list[str], case: str | None) -> str | None:
    """The case a man's first name shows by its ending before a surname in ``-у``, ``-ю`` pymorphy does not know,
    which then does not decline, no noun ending so in that case: the instrumental the tagger reads (``Жаиром
    Корсонару``, also after a first name that shows no case: ``с президентом Дипали Мурсу``); the genitive of a
    first name pymorphy does not know, tagged a genitive or a dative, which no first name in ``-а`` after a
    consonant is in (``Жаира``, ``Жаилсона``). Not a man's genitive pymorphy knows, his
    accusative too (``Глеба Бурдыгу``), nor the dative ``Шмидту`` of ``Гансу Шмидту``, nor a Russian surname."""
    first, last = fold(texts[0]), fold(texts[-1])
    if not last.endswith(("у", "ю")) or len(last) <= 4 or morph.is_known(last) \
            or regular_surname(last, "datv", "masc"):
        return None
    if case == "ablt" and (any(after_consonant(first, ending) for ending in MASC_ENDINGS["ablt"])
                           or shows_no_case(morph, texts[0])):
        return "ablt"
    if case in ("gent", "datv") and not known_name(morph, first) \
            and any(after_consonant(first, ending) for ending in MASC_ENDINGS["gent"]):
        return "gent"
    return None


def undeclined_before_particle(morph: Morph, part, case: str | None) -> bool:
    """Whether a word of a name before a Portuguese particle (``part``: its text and tagged word) ends in ``-у``
    and does not decline: no first name pymorphy reads it as is in the case of the name that the tagger reads the
    word in too (``Ормелу Кастейру ди Валенса заявил``: no nominative ``Ормелу``, whatever dative of ``Ормел``
    the name's case is read from), where ``Луку`` of ``пригласил Луку ди …`` is the accusative of ``Лука``."""
    text, word = part
    tagged = UD_CASE.get(word.feat.get("Case", ""))
    return fold(text).endswith("у") and not (case == tagged and any(
        p.tag.case == case for p in first_name_readings(morph, text)))
