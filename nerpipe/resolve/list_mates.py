"""The case a name of a list is in, told by the other names of the list: ``Валерию`` between ``Ани Тамар,``
and ``и Иосифа Горского, Кристину …`` is her accusative, not his dative, as the names around it can be; and what a
word alone is, listed with surnames alone (``Коста, Реккетти и Паски``: a surname too)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from ..morph import CASE_UD, UD_CASE, Morph, fold
from ..names import (
    agrees_with_first_name,
    first_name_grammemes,
    first_name_readings,
    is_nominative_only,
    known_first_name,
    part_nominative,
    read_mans_stem,
    surname_readings,
)
from ..ner import Analysis
from ..records import PER, Span
from .syntax import word_before

_LIST_GAPS = {",", "и", ",и"}  # what stands between two names of one list, spaces aside


def list_mates_case(analysis: Analysis, span: Span, people: list[Span], morph: Morph) -> str | None:
    """The tagger's name of the oblique case a name opening with a first name pymorphy knows in two or more
    cases is in, when the names of its list (spans joined to it by commas and ``и``, in one sentence) can be
    in that case more often than in the one the tagger reads, and in no other as often; else ``None``. ``people``: the
    document's PER spans ordered by :func:`people_in_order`."""
    own = _cases(morph, analysis.text[span.start:span.end].split()[0])
    if len(own) < 2:
        return None
    tokens = analysis.tokens_in(span.start, span.end)
    tagged = UD_CASE.get(tokens[0].feat.get("Case", "")) if tokens else None
    counts = Counter()
    for mate in find_list_mates(analysis.text, span, people):
        counts.update(own & _cases(morph, analysis.text[mate.start:mate.end].split()[0]))
    if not counts:
        return None
    best = counts.most_common(2)
    case, count = best[0]
    if case == "nomn" or case == tagged or count <= counts.get(tagged, 0) or len(best) > 1 and best[1][1] == count:
        return None
    return CASE_UD[case]


def nominative_mates(analysis: Analysis, span: Span, people: list[Span], morph: Morph) -> str | None:
    """``Nom`` for a name whose first name pymorphy knows in the nominative and in oblique cases (``Александра``: hers,
    or his genitive), the tagger reading it in an oblique one, when a later name of its list, which the parser hangs
    on it as its conjunct, opens with a first name pymorphy knows in the nominative only (``Александра Сомова и
    Денис Ракитин выиграли``, ``В парах – Александра Сомова и Денис Ракитин``): names joined by ``и`` are in one
    case; only a name the parser hangs on a verb, or beside a noun (``parataxis``), never one it hangs on a noun as
    its dependent; else ``None``. ``people``: as :func:`list_mates_case`'s."""
    own = _cases(morph, analysis.text[span.start:span.end].split()[0])
    tokens = analysis.tokens_in(span.start, span.end)
    if "nomn" not in own or len(own) < 2 or not tokens or tokens[0].feat.get("Case") in (None, "Nom") \
            or tokens[0].head is not None and analysis.tokens[tokens[0].head].pos not in ("VERB", "AUX") \
            and tokens[0].rel != "parataxis":
        return None  # not a name the parser hangs on a noun (``Дочь Евгения Лаптева и Игорь Сомов``: his genitive)
    inside = {t.index for t in tokens}
    for mate in find_list_mates(analysis.text, span, people):
        words = analysis.tokens_in(mate.start, mate.end)
        if mate.start > span.start and words and words[0].rel == "conj" and words[0].head in inside \
                and words[0].feat.get("Case") == "Nom" \
                and _cases(morph, analysis.text[mate.start:mate.end].split()[0]) == {"nomn"}:
            return "Nom"
    return None


def read_listed_surname_case(analysis: Analysis, span: Span, people: list[Span]) -> str | None:
    """``Nom`` for a surname alone written as a woman's of the regular families is, or as a man's genitive
    (``Шилова``), listed with a surname alone in a nominative which has no other case (``Депутаты Кормилов,
    Шилова и Лыкин``, ``Лесковский и Шилова``): names of one list are in one case, so hers; else ``None``; and
    ``None`` for one right after a noun in the singular outside the genitive, whose genitive it is, and no item
    of the list (``Тарасенков, ученик Бурцева, и Лукьянин``: his). ``people``: as :func:`list_mates_case`'s."""
    if read_mans_stem(analysis.text[span.start:span.end]) is None or _follows_singular_noun(analysis, span):
        return None
    mates = find_list_mates(analysis.text, span, people)
    return "Nom" if any(is_nominative_only(analysis.text[m.start:m.end]) for m in mates) else None


def _follows_singular_noun(analysis: Analysis, span: Span) -> bool:
    """Whether the word right before a span, in its sentence, is a noun in the singular and in a case but the
    genitive (``ученик``, ``сын``, ``заместитель``; not ``жюри`` of ``Члены жюри``, nor ``Депутаты``)."""
    before = word_before(analysis, span)
    return before is not None and before.pos == "NOUN" and before.feat.get("Number") == "Sing" \
        and before.feat.get("Case") != "Gen"


def _cases(morph: Morph, word: str, number: str | None = None, undeclined: bool = False) -> set[str]:
    """The cases pymorphy's dictionary reads a word in as a first name, in a number when one is given: none of a
    name that does not decline, nor the vocative, unless ``undeclined`` (then all its cases)."""
    readings = first_name_readings(morph, word) if morph.is_known(fold(word)) else []
    return {p.tag.case for p in readings if (undeclined or "Fixd" not in p.tag and p.tag.case != "voct")
            and (number is None or p.tag.number == number)}


def people_in_order(spans) -> list[Span]:
    """The PER spans in the order of the text, sorted once for the lookups of :func:`find_list_mates`."""
    return sorted((s for s in spans if s.type == PER), key=lambda s: s.start)


def find_list_mates(text: str, span: Span, people: list[Span], across_lines: bool = False) -> list[Span]:
    """The PER spans of the list a span is in (``people``: the document's, ordered by :func:`people_in_order`): those
    before and after it each joined to the next by a comma or ``и``, with no line break between (``across_lines``: a
    line break allowed)."""
    index = bisect_left(people, span.start, key=lambda s: s.start)
    while people[index] != span:
        index += 1
    mates = []
    for step in (-1, 1):
        at = index
        while 0 <= at + step < len(people):
            left, right = sorted((people[at], people[at + step]), key=lambda s: s.start)
            gap = text[left.end:right.start]
            if "\n" in gap and not across_lines or "".join(gap.split()) not in _LIST_GAPS:
                break
            at += step
            mates.append(people[at])
    return mates


def swap_surname_first_mates(text: str, names: dict, morph: Morph) -> None:
    """A name of two words read first name first (``Кравец Олег``: ``Кравец`` no surname of the Russian families)
    whose second word is a first name pymorphy knows, agreeing with the first read as a surname, and its first no
    first name, on a line where the other names of two words are mostly written surname first (``Зимин Пётр``,
    ``Орлова Анна``; in any case, ``Кравцу Олегу`` beside ``Зимину Петру``): surname first too, in place, the
    surname in the nominative of the first name's case (``Кравец``)."""
    breaks = [at for at, char in enumerate(text) if char == "\n"]
    lines: dict[int, list] = {}
    for span in names:
        lines.setdefault(bisect_left(breaks, span.start), []).append(span)
    for spans in lines.values():
        order = {span: _written_order(text, span, names[span]) for span in spans}
        firsts = sum(1 for o in order.values() if o == "first")
        lasts = sum(1 for o in order.values() if o == "last")
        if lasts < 2 or lasts <= firsts:
            continue
        for span, written in order.items():
            if written != "first":
                continue
            name = names[span]
            surname, first = text[span.start:span.end].split()
            if known_first_name(morph, fold(name.last)) \
                    and not known_first_name(morph, fold(name.first)) and agrees_with_first_name(morph, surname, first):
                case, gender = sorted(first_name_grammemes(morph, first) & surname_readings(morph, surname))[0]
                names[span] = replace(name, first=name.last, last=part_nominative(morph, surname, "last", case, gender))


def recast_listed_surnames(text: str, names: dict, morph: Morph) -> None:
    """A word alone read as a first name (``Хамили``) whose list mates (names joined to it by commas and ``и``) are
    all surnames alone (``Хамили, Реккетти и Паски``, ``с Зорькиной и Хамили``), when pymorphy knows the word as
    no first name in the nominative singular (not ``Ольга и Петров``, ``Ольга, Петров и Сидоров``): a surname among
    surnames."""
    people = people_in_order(names)
    for span, name in names.items():
        written = text[span.start:span.end].strip()
        if _one_word(text, span, name) != "first" or "nomn" in _cases(morph, written, "sing", undeclined=True):
            continue
        mates = find_list_mates(text, span, people)
        if mates and all(_one_word(text, mate, names[mate]) == "last" for mate in mates):
            names[span] = replace(name, first=None, last=name.first)


def _one_word(text: str, span: Span, name) -> str | None:
    """``"first"`` for a name of one written word read as a first name alone, ``"last"`` as a surname alone, else
    ``None``."""
    if name.middle or " " in text[span.start:span.end].strip() or bool(name.first) == bool(name.last):
        return None
    return "first" if name.first else "last"


def _written_order(text: str, span: Span, name) -> str | None:
    """``"last"`` for a name of two words written surname first, ``"first"`` first name first, else ``None``: each
    word matched on its stem with the part of the name read in the nominative, in any case (``Кравца Олега`` read
    first name first as ``Кравц Олег``)."""
    words = text[span.start:span.end].split()
    if len(words) != 2 or not name.first or not name.last or name.middle:
        return None
    if _same_word(words[0], name.first) and _same_word(words[1], name.last):
        return "first"
    if _same_word(words[0], name.last) and _same_word(words[1], name.first):
        return "last"
    return None


def _same_word(written: str, nominative: str) -> bool:
    """Whether a word as written is a case form of a part of a name in the nominative: both open with the
    nominative's letters but its last two, at least three (``Петру``, ``Пётр``; ``Кравца``, ``Кравец``)."""
    stem = fold(nominative)[:max(3, len(nominative) - 2)]
    return fold(written).startswith(stem)
