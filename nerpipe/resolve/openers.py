"""The case of a name its place tells. A woman's name opening a sentence, written as a man's name in the
genitive is (``Яна Орлова``: Яна Орлова, or the genitive of Ян Орлов), before a verb of a woman's past tense
with no subject: hers, in the nominative, where the parser hangs it elsewhere. A name inside an organization's
name after its first word: the genitive of the person it is named after (``Театр С. В. Орлова``)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span


def womans_name_opening(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a first name and surname open a sentence whose first verb after them is a woman's past tense
    with no subject of its own before it (the parser may hang the name on a verb of the sentence before), and both
    can be a woman's nominative as well as a man's genitive (``Яна Орлова`` + ``опередила``)."""
    tokens = [t for t in analysis.tokens_in(span.start, span.end) if t.text[:1].isalpha()]
    if len(tokens) != 2 or not _opens_sentence(analysis.text, span.start) \
            or not _womans_verb_after(analysis, tokens[-1].index + 1, {t.index for t in tokens}):
        return False
    first, last = (fold(t.text) for t in tokens)
    return _readings(morph, first, "Name") >= {("nomn", "femn"), ("gent", "masc")} \
        and _surname_both(morph, last)


def _womans_verb_after(analysis: Analysis, index: int, name: set[int]) -> bool:
    """Whether the first finite verb from token ``index`` to the end of the sentence is in the feminine singular
    and no word before it but the name's is its subject (the parser may take one of a list after it for one)."""
    for token in analysis.tokens[index:]:
        if token.text in (".", "!", "?"):
            return False
        if token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") not in ("Part", "Inf", "Conv"):
            return token.feat.get("Gender") == "Fem" and token.feat.get("Number") == "Sing" and not any(
                t.head == token.index and t.rel.startswith("nsubj") and t.index not in name and t.index < token.index
                for t in analysis.tokens)
    return False


def _readings(morph: Morph, word: str, gram: str) -> set[tuple[str, str]]:
    return {(p.tag.case, p.tag.gender) for p in morph.parses(word) if gram in p.tag and p.tag.number == "sing"}


def _surname_both(morph: Morph, word: str) -> bool:
    """A surname that is a woman's nominative and a man's genitive alike (``Орлова``, ``Зимина``)."""
    readings = _readings(morph, word, "Surn")
    return readings >= {("nomn", "femn"), ("gent", "masc")} or word.endswith(("ова", "ева", "ёва", "ина", "ына"))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line or a sentence (after ``.``, ``!``, ``?`` and a space)."""
    before = text[:start].rstrip(" \t\u00a0«\"“")
    return not before or before[-1] in ".!?\n"


def named_after_case(text: str, span: Span, orgs: list[Span]) -> str | None:
    """``Gen`` for a name inside an organization's span after its first word and no quote (``Театр С. В. Орлова``,
    ``музей имени Анны Зиминой``: the person it is named after, in the genitive; not ``«Анна Зимина»``, a name
    in quotes), else ``None``."""
    for org in orgs:
        if org.start < span.start and span.end <= org.end \
                and not any(q in text[org.start:span.start] for q in "«\"„“"):
            return "Gen"
    return None
