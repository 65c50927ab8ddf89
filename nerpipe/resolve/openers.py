"""The case of a name its place tells. A woman's name opening a sentence, written as a man's name in the
genitive is (``Яна Орлова``: Яна Орлова, or the genitive of Ян Орлов), before a verb of a woman's past tense
with no subject before or after it: hers, in the nominative, where the parser hangs it elsewhere. A name inside an
organization's name after its first word: the genitive of the person it is named after (``Театр С. В. Орлова``). A
name that opens a line before a colon (a speaker), that is a line of its own, that follows a dash or the number of an
item of a list: a nominative."""

from __future__ import annotations

import re
from itertools import takewhile

from ..morph import Morph, fold
from ..names import family_plural, is_initial
from ..names.shown import shows_no_case
from ..ner import Analysis
from ..records import Span
from ..text import line_ends, line_starts, sentence_starts


def womans_name_opening(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a first name (or initials) and surname open a sentence (or follow adverbs opening it) whose first verb
    after them is a woman's past tense with no subject of its own (the parser may hang the name on a verb of the
    sentence before, or take it for an object), and both can be a woman's nominative as well as a man's genitive
    (``Яна Орлова`` + ``опередила``, ``Р. К. Орлова``, ``Лучия Ферро``)."""
    tokens = analysis.words_in(span.start, span.end)
    if len(tokens) < 2 or not _womans_or_mans_genitive(morph, [fold(t.text) for t in tokens]):
        return False
    opens = sentence_starts(analysis.text, span.start) or _after_opening_adverbs(analysis, tokens[0].index)
    return opens and _womans_verb_after(analysis, tokens[-1].index + 1, {t.index for t in tokens}, morph)


def _after_opening_adverbs(analysis: Analysis, index: int) -> bool:
    """Whether one or two adverbs alone open the sentence before token ``index`` (``Позже``, ``Вчера вечером``): by
    the tagger's parts of speech, not by what the words hang on as a title's adverbials do
    (:func:`..titles.subjects.continues_subject`): the parser may hang such a name on the sentence before."""
    before = [t for t in analysis.tokens[max(0, index - 2):index] if t.sent == analysis.tokens[index].sent]
    return bool(before) and all(t.pos == "ADV" for t in before) \
        and sentence_starts(analysis.text, before[0].start)


def _womans_or_mans_genitive(morph: Morph, words: list[str]) -> bool:
    """Whether a name's words read as a woman's nominative and a man's genitive alike: a first name of both and a
    surname of both or of no case (``Яна Орлова``, ``Лучия Ферро``), or initials, which tell neither, and a surname
    of both (``Р. К. Орлова``)."""
    *firsts, last = words
    if len(firsts) == 1 and _readings(morph, firsts[0], "Name") >= {("nomn", "femn"), ("gent", "masc")}:
        return _surname_both(morph, last) or shows_no_case(morph, last)  # ``Ферро``: no case, no gender
    return len(firsts) <= 2 and all(is_initial(w.upper()) for w in firsts) and _surname_both(morph, last)


def _womans_verb_after(analysis: Analysis, index: int, name: set[int], morph: Morph) -> bool:
    """Whether the first finite verb from token ``index`` to the end of the sentence is in the feminine singular
    and has no subject but the name: no word before it but the name's is its subject (the parser may take one of a
    list after it for one), and no word after it can be (:func:`_subject_after`)."""
    for token in analysis.tokens[index:]:
        if token.text in (".", "!", "?"):
            return False
        if token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") not in ("Part", "Inf", "Conv"):
            return token.feat.get("Gender") == "Fem" and token.feat.get("Number") == "Sing" and not any(
                t.head == token.index and t.rel.startswith("nsubj") and t.index not in name and t.index < token.index
                for t in analysis.tokens) and not _subject_after(analysis, token.index, morph)
    return False


def _subject_after(analysis: Analysis, verb: int, morph: Morph) -> bool:
    """Whether a noun, a name or a pronoun after the verb ``verb`` up to a punctuation mark (its clause, not a list
    of another verb's subjects after a comma), with no preposition of its own, can be the subject of a woman's verb: a
    nominative singular of a woman's or of an animate man's noun (``поздравила команда``, ``наградила его дочь``,
    ``поздравила губернатор``), whatever the parser reads (it takes ``дочь`` for an object); then the name before the
    verb is its object, a man's genitive."""
    governed = {t.head for t in analysis.tokens if t.rel == "case"}
    clause = takewhile(lambda t: t.pos != "PUNCT" and t.sent == analysis.tokens[verb].sent, analysis.tokens[verb + 1:])
    return any(_can_be_womans_subject(morph, fold(t.text)) for t in clause
               if t.pos in ("NOUN", "PROPN", "PRON") and t.index not in governed)


def _can_be_womans_subject(morph: Morph, word: str) -> bool:
    return any(p.tag.case == "nomn" and p.tag.number == "sing" and (
        p.tag.gender == "femn" or p.tag.gender == "masc" and p.tag.animacy == "anim") for p in morph.parses(word))


def _readings(morph: Morph, word: str, gram: str) -> set[tuple[str, str]]:
    return {(p.tag.case, p.tag.gender) for p in morph.parses(word) if gram in p.tag and p.tag.number == "sing"}


def _surname_both(morph: Morph, word: str) -> bool:
    """A surname that is a woman's nominative and a man's genitive alike (``Орлова``, ``Зимина``)."""
    readings = _readings(morph, word, "Surn")
    return readings >= {("nomn", "femn"), ("gent", "masc")} or word.endswith(("ова", "ева", "ёва", "ина", "ына"))


def named_after_case(text: str, span: Span, orgs: list[Span]) -> str | None:
    """``Gen`` for a name inside an organization's span after its first word and no quote (``Театр С. В. Орлова``,
    ``музей имени Анны Зиминой``: the person it is named after, in the genitive; not ``«Анна Зимина»``, a name
    in quotes), else ``None``."""
    for org in orgs:
        if org.start < span.start and span.end <= org.end \
                and not any(q in text[org.start:span.start] for q in "«\"„“"):
            return "Gen"
    return None


def opens_speech(text: str, span: Span) -> bool:
    """Whether a span opens a line and a colon follows it (``Мартина Хольцер: «Мы готовы»``, a
    heading's speaker): a name in the nominative."""
    return line_starts(text, span.start) and text[span.end:span.end + 2].lstrip(" ").startswith(":")


def line_of_its_own(text: str, span: Span, morph: Morph) -> bool:
    """Whether a span of two words or more is a line of its own (a list of names a line each, a heading)
    and its first word can be a first name in the nominative singular, or is one pymorphy does not know
    (``Ситора Назарова``, not ``Олега Кравцова`` under ``Памяти друга``): a name in the nominative."""
    words = text[span.start:span.end].split()
    if len(words) < 2 or not line_starts(text, span.start) or not line_ends(text, span.end):
        return False
    return _nominative_first(morph, words[0])


def after_dash(text: str, span: Span, morph: Morph) -> bool:
    """Whether a span of two words or more follows a dash between spaces (``Пострадавшая — Руслана Кравцова``) and
    its first word can be a first name in the nominative singular, or is one pymorphy does not know: a name after
    a dash is a nominative (not a man's ``Руслана Кравцова``), unless it can be none (``кандидатов —
    Олега Кравцова, …``: a list that keeps the case of the word before the dash)."""
    words = text[span.start:span.end].split()
    if len(words) < 2 or not text[max(0, span.start - 3):span.start].endswith((" — ", " – ")):
        return False
    return _nominative_first(morph, words[0], declined=True)


def after_list_number(text: str, span: Span, morph: Morph) -> bool:
    """Whether a span of two words or more opens a line after the number of a list's item (``3. Руслана
    Кравцова – 200 очков``, ``12)Руслана Кравцова``) and its first word can be a first name in the
    nominative singular, or is one pymorphy does not know: an item of a list names its person in the
    nominative."""
    words = text[span.start:span.end].split()
    line = text.rfind("\n", 0, span.start) + 1
    if len(words) < 2 or not _LIST_NUMBER.fullmatch(text[line:span.start]):
        return False
    return _nominative_first(morph, words[0], declined=True)


_LIST_NUMBER = re.compile(r"[ \t\u00a0]*\d{1,3}[.)][ \t\u00a0]*")


def _nominative_first(morph: Morph, word: str, declined: bool = False) -> bool:
    """A word pymorphy does not know, or one it knows as a first name in the nominative singular; ``declined``:
    of a name that declines (not ``Анне``, an indeclinable name of its own and the dative of ``Анна``)."""
    first = fold(word)
    if first.endswith(("ых", "их")) and family_plural(morph, first) is not None:
        return False  # ``Лепехиных Надежду``: a family's genitive or accusative, written before a first name
    return not morph.is_known(first) or any(
        "Name" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing" and not (declined and "Fixd" in p.tag)
        for p in morph.parses(first))
