"""One of natasha's spans repaired as it is added to the spans of a document (:func:`add_span`): dropped when it
names no one (a domain, a credit line, a role noun, a function word, people of an occupation), retyped (a place
that is a person's name, a facility, an organization named after a kind of place) or trimmed at its edges and split
(an abbreviation, a slash, a district's form)."""

from __future__ import annotations

from functools import cache

from ..morph import Morph, fold
from ..names import is_credit_line, looks_like_person
from ..names.roles import is_role_noun
from ..ner import Analysis, Token
from ..places import OTHER, STREET_TYPES, Gazetteer
from ..records import LOC, ORG, PER, Span
from ..resources import read_word_groups
from ..text import OPENING_QUOTES
from .chrome import drop_trailing_marks, is_page_chrome, is_university_acronym, mark_before
from .district_forms import cut_district_form
from .edges import (
    close_bracket,
    close_quotes,
    drop_full_stop,
    drop_unopened_bracket,
    drop_verb_end,
    finish_adjective,
    finish_quoted,
    split_abbreviation,
    split_place_bracket,
    trim_edges,
)
from .organizations import common_noun, is_generic_org
from .people import is_foreign_name, is_lone_surname, is_person_name, name_after_honorific
from .people.adjectival import modifies_next_noun
from .people.places import after_place_preposition
from .people.words import names_a_role
from .slashes import split_slashed

# articles that open names of places of Spanish and French (``Эль Сальвадор``)
_ARTICLES = {"эль", "ла", "лос", "лас"}


def add_span(analysis: Analysis, span: Span, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> None:
    """Add one of natasha's spans to ``spans``, repaired, or nothing when it names no one."""
    text = analysis.text
    if _is_domain(text, span):
        return
    if span.type == PER:
        words = [t.word() for t in analysis.tokens_in(span.start, span.end)]
        if not looks_like_person(words, morph) or is_credit_line(text, span.start) \
                or is_role_noun(analysis, span, morph) or modifies_next_noun(analysis, span, morph):
            # ``роль Горничной``, ``Заречный райсуд``
            return
        if _named_street(analysis, span, gazetteer, morph):
            spans.append(Span(span.start, span.end, LOC))  # ``на улице Петра Кормилова``: the street's name
            return
        if len(words) == 2 and (gazetteer.lookup("-".join(w.text for w in words)) is not None
                                or fold(words[0].text) in _ARTICLES and gazetteer.lookup(words[1].text) is not None):
            spans.append(Span(span.start, span.end, LOC))  # ``Коста Рика``, ``Эль Сальвадор``: a place written
            # without its hyphen
            return
    person = name_after_honorific(text, span, morph) if span.type in (ORG, LOC) else None
    if person is not None:
        spans.append(person)  # ``Мадам Дюпон`` tagged as an organization
        return
    if span.type == LOC:
        pieces = split_place_bracket(text, drop_verb_end(analysis, span, morph), gazetteer)
        if len(pieces) != 1:
            spans.extend(pieces)
            return
        span = pieces[0]
    surface = text[span.start:span.end]
    words = surface.split()
    if span.type == LOC and gazetteer.lookup(surface) is None and not after_place_preposition(analysis, span) \
            and not _named_street(analysis, span, gazetteer, morph) and (
            is_person_name(words, morph) or is_foreign_name(analysis.tokens_in(span.start, span.end), morph)
            or len(words) == 1 and is_lone_surname(words[0], morph)
            and not _after_place_type(analysis, span, gazetteer)):
        spans.append(Span(span.start, span.end, PER))  # ``президента Ахмеда Орлова`` tagged as a place
        return
    if span.type == LOC and is_university_acronym(surface) and gazetteer.lookup(surface) is None:
        span = Span(span.start, span.end, ORG)  # ``ТулГУ`` tagged as a place
    if span.type == ORG:
        if is_generic_org(text[span.start:span.end]) or _function_word(analysis, span, morph) \
                or _people_word(analysis, span, morph) or is_page_chrome(analysis, span, morph):
            return
        if _is_facility(gazetteer, text[span.start:span.end]) or _facility_noun(analysis, span, morph) \
                or _named_after_place_type(analysis, span, gazetteer):
            spans.append(Span(span.start, span.end, LOC))
            return
        span = drop_unopened_bracket(text, drop_trailing_marks(text, span))
        span = finish_quoted(analysis, close_quotes(text, drop_full_stop(text, span)))
        span = finish_adjective(analysis, trim_edges(analysis, close_bracket(text, span), morph), morph)
        span, district = cut_district_form(analysis, span)  # ``УВД по [ЗАО] ГУ МВД``: a district, no legal form
        if district is not None:
            spans.append(district)
        if span is None:
            return
        span, slashed = split_slashed(text, span)
        span, abbr = split_abbreviation(text, span, gazetteer)
        for found in (slashed, abbr):
            if found is not None:
                spans.append(found)
        if is_person_name(text[span.start:span.end].split(), morph):
            spans.append(Span(span.start, span.end, PER))  # ``архиепископ Савватий Луговской``
            return
    spans.append(span)


def _after_place_type(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    """A name after a kind of place (``улица Достоевского``, ``округа Чарльз``) names the place."""
    first = analysis.tokens_in(span.start, span.end)[0].index
    return first > 0 and gazetteer.place_type(analysis.tokens[first - 1].text) is not None


def _named_street(analysis: Analysis, span: Span, gazetteer: Gazetteer, morph: Morph) -> bool:
    """A name in the genitive right after the noun of a street or a square and depending on it, maybe and ``имени``
    (``на улице Петра Кормилова``, ``проспект имени Семёна Ветлугина``), names the street after a person, no person
    of the news; not a name listed with people (``встретили на площади Ивана Котова и его брата``) nor the object
    of the verb the street is the place of (``задержали на улице Ивана Котова``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    index = tokens[0].index if tokens else 0
    if index > 1 and fold(analysis.tokens[index - 1].text) == "имени":
        index -= 1
    if not tokens or index < 1 or tokens[0].feat.get("Case") != "Gen":
        return False
    noun = analysis.tokens[index - 1]
    return analysis.text[noun.end:tokens[0].start].strip() in ("", "имени") \
        and gazetteer.place_type(noun.text, abbreviations=False) in STREET_TYPES \
        and _depends_on_street(analysis, tokens[0], noun) and not _listed_with_people(analysis, tokens) \
        and not _verb_object(analysis, tokens[0], noun, morph)


def _depends_on_street(analysis: Analysis, first: Token, noun: Token) -> bool:
    """Whether the first word of a name hangs on the street noun, maybe through ``имени``."""
    head = first.head
    if head is not None and head != noun.index and fold(analysis.tokens[head].text) == "имени":
        head = analysis.tokens[head].head
    return head == noun.index and first.rel in _STREET_NAME_RELATIONS


_STREET_NAME_RELATIONS = frozenset({"nmod", "appos", "flat:name"})


def _listed_with_people(analysis: Analysis, tokens: list[Token]) -> bool:
    """Whether a word not of a name is joined to the name by a conjunction (``Ивана Котова и его брата``)."""
    inside = {t.index for t in tokens}
    sentence = tokens[0].sent
    return any(t.rel == "conj" and t.head in inside and t.index not in inside and t.text[:1].islower()
               for t in analysis.tokens if t.sent == sentence)


def _verb_object(analysis: Analysis, first: Token, noun: Token, morph: Morph) -> bool:
    """Whether a name that reads as an accusative is the object a transitive verb lacks, the street the place of
    the verb (``задержали на улице Ивана Котова``; not ``Акция прошла на улице Петра Кормилова``, whose subject is
    a thing)."""
    if noun.head is None or noun.rel != "obl" or not any(p.tag.case == "accs" for p in morph.parses(fold(first.text))):
        return False
    verb = analysis.tokens[noun.head]
    if verb.pos != "VERB" or verb.feat.get("VerbForm") == "Part" or verb.feat.get("Voice") == "Pass" \
            or not all("tran" in p.tag for p in morph.parses(fold(verb.text)) if p.tag.POS == "VERB"):
        return False
    dependents = [t for t in analysis.tokens if t.sent == verb.sent and t.head == verb.index]
    return not any(t.rel in ("obj", "ccomp", "xcomp") or t.rel == "nsubj" and t.feat.get("Animacy") == "Inan"
                   for t in dependents)  # ``Акция прошла``: a thing passes, no one is taken


# parts of speech of no name (``Вчера`` opening a sentence, tagged an organization)
_FUNCTION_POS = frozenset({"ADVB", "PREP", "CONJ", "PRCL", "INTJ", "PRED", "NPRO", "COMP"})


def _function_word(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a span is one Cyrillic word that pymorphy reads only as an adverb, a pronoun or a
    word of grammar."""
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 1 or not tokens[0].text.isalpha() or tokens[0].text.isupper():
        return False
    parses = morph.parses(fold(tokens[0].text))
    return bool(parses) and all(p.tag.POS in _FUNCTION_POS for p in parses)


@cache
def _occupations() -> frozenset[str]:
    """The words of people's occupations (``professions.txt``: ``солдат``, ``сотрудник``)."""
    return frozenset(word for words in read_word_groups("professions.txt").values() for word in words)


def _people_word(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a span is one common noun of people of an occupation, or a plural of a title naming people
    (``Депутатов`` opening a headline before a party's name; not ``Советов``), not in quotes (``Солдаты``
    opening a line before ``НАТО``; not the studio ``«Пилот»``): people, no organization."""
    tokens = analysis.tokens_in(span.start, span.end)
    before = mark_before(analysis.text, span.start)
    return len(tokens) == 1 and before not in OPENING_QUOTES and common_noun(tokens[0], morph) \
        and (bool(morph.forms(tokens[0].text) & _occupations())
             or tokens[0].feat.get("Number") == "Plur" and names_a_role(tokens[0].text, morph)
             and morph.has_gram(tokens[0].text, "anim"))


def _named_after_place_type(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    """A name of a word or two in capitals after a kind of place names the place (``в районе Челси``,
    ``аэропорта Кедровый``), whatever club or company has that name too."""
    tokens = analysis.tokens_in(span.start, span.end)
    first = tokens[0].index if tokens else 0
    return 0 < len(tokens) <= 2 and all(t.text[:1].isupper() for t in tokens) and first > 0 \
        and gazetteer.place_type(analysis.tokens[first - 1].text, abbreviations=False) is not None


# nouns of places that are no organization whatever their name (``на Новом кладбище``)
_FACILITY_NOUNS = frozenset({"кладбище", "вокзал", "аэропорт"})


def _facility_noun(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether the first common noun of a span names such a place (``Новом Городском кладбище``,
    ``Северного вокзала``, ``Бостонском аэропорту``; not ``Администрация вокзала``)."""
    noun = next((t for t in analysis.tokens_in(span.start, span.end) if t.pos == "NOUN"), None)
    return noun is not None and bool(morph.forms(noun.text) & _FACILITY_NOUNS)


def _is_domain(text: str, span: Span) -> bool:
    """A top-level domain written after a dot (``в зоне .РФ``) names no place."""
    return span.start >= 1 and text[span.start - 1] == "." and (span.start == 1 or text[span.start - 2].isspace())


def _is_facility(gazetteer: Gazetteer, surface: str) -> bool:
    """A name the gazetteer knows as a place other than a country, region or town (``МКС``)."""
    place = gazetteer.lookup(surface)
    return place is not None and place.kind == OTHER and place.category == "other"
