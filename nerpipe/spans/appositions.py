"""Names written right after the word that says what they are, which natasha misses or takes for a
person: a capitalised word no dictionary knows after a word of a kind of organization
(``компания Зентрикс``, ``корпорация Ноктюрн Системс``), a name after a legal form
(``ООО Вектор-Плюс`` tagged as a person), and a quoted name after a word of a player or a fan
(``хоккеисты «Северной звезды»``: the club); an abbreviation of a unit before an organization's
abbreviation is the unit of it (``ГУ МВД``)."""

from __future__ import annotations

from functools import cache

from ..morph import Morph
from ..names import oblique_first_name
from ..ner import Analysis, Token
from ..orgs import LEGAL_FORMS, UNIT_ABBREVIATIONS, OrgLexicon
from ..records import ORG, PER, Span
from ..resources import read_word_groups
from .descriptors import quoted_after

# legal forms a person's name follows (``ИП Орлов``: an entrepreneur, no organization)
_PERSONAL_FORMS = frozenset({"ИП"})
# grammemes of words that name a person or a place, not an organization
_NOT_ORG = ("Name", "Surn", "Patr", "Geox")
_MAX_WORDS = 3  # capitalised words of a name after its kind


def recast_legal_people(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """A PER span right after a legal form is the organization's name, the form with it:
    ``ООО`` + ``Вектор-Плюс`` → ``ООО Вектор-Плюс``; not a person's first name and surname in an
    oblique case, which no company's name is in (``директором ПАО`` + ``Ильёй Сомовым``: the director)."""
    tokens = analysis.tokens
    out = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end) if span.type == PER else []
        if inner and inner[0].index > 0 and not _oblique_person(inner, morph):
            form = tokens[inner[0].index - 1]
            if form.text in LEGAL_FORMS and form.text not in _PERSONAL_FORMS and form.sent == inner[0].sent:
                span = Span(form.start, span.end, ORG)
        out.append(span)
    return out


def _oblique_person(inner: list[Token], morph: Morph) -> bool:
    """Whether the words of a PER span open with a first name in oblique cases only and go on (``Ильёй Сомовым``)."""
    return len(inner) > 1 and oblique_first_name(morph, inner[0].text)


def find_named_kinds(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with an ORG span for a word of a kind of organization (``компания``, ``концерн``) and
    the capitalised words no dictionary knows right after it that no span holds (``компания Зентрикс``,
    ``холдинга Ноктюрн Групп``): a name in apposition; not a person's (``фонда Орлова``) nor a place's
    name, nor a word pymorphy knows (``банк Открытие``)."""
    tokens = analysis.tokens
    morph = lexicon.morph
    covered = analysis.indices_in(spans)
    found = []
    for token in tokens:
        if token.index in covered or token.pos != "NOUN" or lexicon.kind_of(token.text) != "descriptor":
            continue
        last = token.index
        while last + 1 < len(tokens) and last - token.index < _MAX_WORDS and last + 1 not in covered \
                and _unknown_name(tokens[last + 1], token, morph):
            last += 1
        if last > token.index:
            found.append(Span(token.start, tokens[last].end, ORG))
    return spans + found


def _unknown_name(word: Token, kind: Token, morph: Morph) -> bool:
    """A capitalised Cyrillic word of the sentence of ``kind``, not all in capitals, read as an
    organization's name (:func:`_read_as_name`)."""
    text = word.text
    letters = text.replace("-", "")
    return word.sent == kind.sent and text[:1].isupper() and not text.isupper() and letters.isalpha() \
        and all("а" <= c.lower() <= "я" or c.lower() == "ё" for c in letters) \
        and _read_as_name(text, morph)


def _read_as_name(text: str, morph: Morph) -> bool:
    """Whether pymorphy's first reading of a word is an organization's name (``Майкрософт``) or a
    guess for a word it does not know (``Зентрикс``), and no person's or place's name."""
    parses = morph.parses(text.lower())
    if not parses or any(gram in parses[0].tag for gram in _NOT_ORG):
        return False
    return "Orgn" in parses[0].tag or not morph.is_known(text)


# people of a team besides the sports of ``professions.txt``: its fans
_SUPPORTERS = frozenset({"болельщик", "фанат"})
# people of sports whose quoted names after them are races, not clubs (``гонщик «Дакара»``)
_RACERS = frozenset({"гонщик", "велогонщик", "автогонщик", "мотогонщик", "пилот-гонщик", "раллист", "картингист"})


@cache
def _team_people() -> frozenset[str]:
    return frozenset(read_word_groups("professions.txt").get("sport", set())) - _RACERS | _SUPPORTERS


def find_quoted_clubs(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with an ORG span for a quoted name no span touches right after a word of a player, a
    coach or a fan (``футболисты «Северной звезды»``, ``вратарь «Метеора»``): the club they play for."""
    tokens = analysis.tokens
    found = []
    for token in tokens:
        if not token.text.isalpha() or not morph.forms(token.text) & _team_people():
            continue
        closing = quoted_after(analysis, token.index)
        if closing is None or not tokens[token.index + 2].text[:1].isupper():
            continue
        name = Span(tokens[token.index + 2].start, tokens[closing - 1].end, ORG)
        if not any(span.overlaps(name) for span in spans):
            found.append(name)
    return spans + found


def extend_by_unit_abbreviations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span of the unit for an ORG span of an abbreviation after an abbreviation
    of a unit no other span holds (or an ORG span of it alone, which gives way): ``ГУ`` + ``МВД`` →
    ``ГУ МВД`` and ``МВД`` (the place after it joins the unit when names grow: ``ГУ МВД по …``)."""
    tokens = analysis.tokens
    lone = {(s.start, s.end) for s in spans if s.type == ORG and analysis.text[s.start:s.end] in UNIT_ABBREVIATIONS}
    covered = analysis.indices_in(s for s in spans if (s.start, s.end) not in lone)
    joined: set[tuple[int, int]] = set()
    out = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        if inner and inner[0].text.isupper() and inner[0].index > 0:
            unit = tokens[inner[0].index - 1]
            if unit.text in UNIT_ABBREVIATIONS and unit.index not in covered and unit.sent == inner[0].sent:
                out.append(Span(unit.start, span.end, ORG))
                joined.add((unit.start, unit.end))
        out.append(span)
    return [s for s in out if (s.start, s.end) not in joined or s.type != ORG]
