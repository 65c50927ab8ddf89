"""Names natasha leaves untagged that the syntax reads as the subject of a verb, or after a preposition:
two animate proper nouns, the second in apposition to the first (``Эво Маркес заявил``, ``Благодаря Эво
Маркесу``)."""

from __future__ import annotations

from ...morph import Morph, fold
from ...names.shown import shows_no_case
from ...ner import Analysis
from ...resolve.syntax import verb_gender
from .words import common_noun, mans_surname_only_nominative, names_a_role, surname_word

# feminine nouns that name a person by renown or worth and are said of men with a man's verb (``Легенда высказался``,
# ``Звезда признался``): a kind of word, like a title, never a surname opening a sentence
_RENOWN_NOUNS = frozenset({
    "легенда", "звезда", "икона", "знаменитость", "величина", "фигура", "глыба", "личность", "персона", "особа",
    "гордость", "надежда", "находка", "сенсация", "любимица", "жертва",
})


def subject_pair_from(analysis: Analysis, index: int, morph: Morph, free, is_place, loose=None) -> int | None:
    """The index of the second of two words starting at token ``index`` that the tagger reads as animate
    proper nouns in the nominative, the first the subject of a verb of its gender and the second in
    apposition to it or part of its name (``Эво Маркес заявил``, ``Ана Медина стала``: names pymorphy
    does not know as names), or the two the speaker of a line of an interview (:func:`speaker_pair_from`, where
    words are free by ``loose``, when given); ``None`` otherwise."""
    tokens = analysis.tokens
    if (speaker := speaker_pair_from(analysis, index, morph, loose or free, is_place)) is not None:
        return speaker
    if index + 1 >= len(tokens) or not (free(index) and free(index + 1)):
        return None
    first, last = tokens[index], tokens[index + 1]
    if not all(_animate_nominative(t) for t in (first, last)) or last.head != index \
            or last.rel not in ("appos", "flat:name", "flat") or not first.rel.startswith("nsubj") \
            or first.head is None or analysis.text[first.end:last.start] != " " or first.sent != last.sent \
            or is_place(analysis.text[first.start:last.end]) or any(common_noun(t.text, morph) for t in (first, last)):
        return None
    verb = tokens[first.head]
    gender = verb_gender(morph, verb) if verb.pos == "VERB" else None
    tagged = {"Masc": "masc", "Fem": "femn"}.get(first.feat.get("Gender", ""))
    return index + 1 if gender in ("masc", "femn") and gender == tagged else None


def speaker_pair_from(analysis: Analysis, index: int, morph: Morph, free, is_place) -> int | None:
    """The index of the second of two words opening a line that the tagger reads as animate proper nouns, the first
    in the nominative (the tagger may read the second otherwise), the speaker of an interview: a colon ends the
    line's opening within a few words, which name no one (``Эво Маркес:``, ``Эво Маркес, «Вестник»:``: names
    pymorphy does not know as names); ``None`` otherwise."""
    tokens = analysis.tokens
    if index + 1 >= len(tokens) or not (free(index) and free(index + 1)):
        return None
    first, last = tokens[index], tokens[index + 1]
    text = analysis.text
    if text[:first.start].rstrip(" \t\u00a0")[-1:] not in ("", "\n") or text[first.end:last.start] != " " \
            or not _animate_nominative(first) or not _animate_proper(last) or is_place(text[first.start:last.end]) \
            or any(common_noun(t.text, morph) or names_a_role(t.text, morph) for t in (first, last)):
        return None
    for token in tokens[index + 2:index + 2 + _SPEAKER_REACH]:
        if "\n" in text[last.end:token.start] or _animate_nominative(token) and token.index > index + 2:
            return None
        if token.text == ":":
            return index + 1 if text[token.end:token.end + 1] in (" ", "\u00a0") else None
    return None


# the words between a speaker's name and the colon: a medium's or body's name (``ИА «Вестник»``)
_SPEAKER_REACH = 6


def governed_pair_from(analysis: Analysis, index: int, morph: Morph, free, is_place) -> int | None:
    """The index of the second of two words starting at token ``index`` that the tagger reads as animate
    proper nouns in one oblique case (the second maybe one that shows none, ``Ватанабэ``), the first governed
    by the preposition right before it and the second part of its name (``Благодаря Эво Маркесу``, ``При
    Тэцуо Хараде``: names pymorphy does not know as names; a first name that is a common noun too,
    ``Финну``); ``None`` otherwise, or when the first word is a title, profession or kin word, the second a
    common noun, or either a place's or an organization's name. Words natasha tags are ``free`` when their
    span has no word outside the preposition and the two (``Благодаря Кэндзи`` tagged a place)."""
    tokens = analysis.tokens
    if index < 1 or index + 1 >= len(tokens) or not (free(index) and free(index + 1)):
        return None
    before, first, last = tokens[index - 1], tokens[index], tokens[index + 1]
    case = first.feat.get("Case")
    if before.pos != "ADP" or before.head != index or case in (None, "Nom") \
            or last.feat.get("Case") != case and not shows_no_case(morph, last.text) \
            or not all(_animate_proper(t) for t in (first, last)) or last.head != index or last.rel != "flat:name" \
            or analysis.text[first.end:last.start] != " " or analysis.text[before.end:first.start] != " " \
            or is_place(analysis.text[first.start:last.end]) \
            or common_noun(last.text, morph) or names_a_role(first.text, morph) \
            or any(_names_a_place(t.text, morph) for t in (first, last)):
        return None
    return index + 1


def _names_a_place(word: str, morph: Morph) -> bool:
    """Whether pymorphy knows a word as the name of a place or an organization by its likeliest reading."""
    parses = morph.parses(fold(word))
    return morph.is_known(fold(word)) and bool(parses) and ("Geox" in parses[0].tag or "Orgn" in parses[0].tag)


def _animate_proper(token) -> bool:
    """A capitalised word the tagger reads as an animate proper noun in the singular."""
    return token.pos == "PROPN" and token.feat.get("Animacy") == "Anim" and token.feat.get("Number") == "Sing" \
        and token.text[:1].isupper() and not token.text.isupper() and token.text.replace("-", "").isalpha()


def _animate_nominative(token) -> bool:
    """A capitalised word the tagger reads as an animate proper noun in the nominative singular."""
    return token.pos == "PROPN" and token.feat.get("Animacy") == "Anim" and token.feat.get("Case") == "Nom" \
        and token.feat.get("Number") == "Sing" and token.text[:1].isupper() and not token.text.isupper() \
        and token.text.replace("-", "").isalpha()


def opens_as_surname(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` is a surname (:func:`.words.surname_word`) opening a sentence as the subject of a
    past-tense verb of the gender pymorphy gives it (``Орешкин назвал``), or a man's surname the tagger reads as a
    proper noun that pymorphy reads in the nominative as nothing else (:func:`.words.mans_surname_only_nominative`:
    ``Значков усомнился``)."""
    token = analysis.tokens[index]
    plain = token.pos == "PROPN" and mans_surname_only_nominative(token.text, morph)
    if not (surname_word(token.text, morph) or plain):
        return False
    if not analysis.starts_sentence(index) or not token.rel.startswith("nsubj") or token.head is None:
        return False
    verb = analysis.tokens[token.head]
    gender = verb_gender(morph, verb)
    return verb.pos == "VERB" and gender in ("masc", "femn") and (any(
        p.tag.gender == gender and p.tag.case == "nomn" for p in morph.parses(fold(token.text)))
        or gender == "masc" and plain)  # ``Значков усомнился``


def opens_as_mans_feminine_noun(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` is a feminine common noun opening a sentence, right before the past-tense verb of a man
    whose subject it is (``Сорока сообщил``, ``Ворона заявил``): a noun no man is named by, read in the nominative
    only as a feminine noun and no title, profession or kin word, nor a word of renown or worth (``Легенда
    высказался``, ``Суперзвезда признался``), names him by his surname."""
    tokens = analysis.tokens
    token = tokens[index]
    if not (analysis.starts_sentence(index) and token.rel.startswith("nsubj") and token.head == index + 1
            and token.text[:1].isupper() and token.text[1:].islower() and token.text.isalpha()
            and len(token.text) > 3) or names_a_role(token.text, morph) or _names_renown(token.text, morph):
        return False
    verb = tokens[index + 1]
    if verb.pos != "VERB" or verb_gender(morph, verb) != "masc" or verb.feat.get("Number") == "Plur":
        return False
    nouns = [p for p in morph.parses(fold(token.text)) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    return morph.is_known(fold(token.text)) and bool(nouns) and all(p.tag.gender == "femn" for p in nouns) \
        and not any("Name" in p.tag or "Surn" in p.tag for p in nouns)


def _names_renown(word: str, morph: Morph) -> bool:
    """Whether a word is a noun of renown or worth said of a person (``Легенда``, ``Звезда``), by one of pymorphy's
    lemmas or as a compound ending in one (``Суперзвезда``, ``Кинозвезда``)."""
    lowered = fold(word)
    lemmas = {fold(p.normal_form) for p in morph.parses(lowered)} | {lowered}
    return any(lemma.endswith(noun) for lemma in lemmas for noun in _RENOWN_NOUNS)
