"""Stage 4: between NER and normalization: repair and complete natasha's spans, in this order.

- PER spans that are not people (credit lines such as ``Источник: …``, acronyms,
  digits) are dropped; a Latin name in brackets is a span of its own; parts of a
  name tagged apart are joined (``Орлов`` + ``П. И.``);
- an ORG span of adjectives alone joins the name after it (``Государственного академического`` +
  ``Малого театра``; :mod:`.adjective_fragments`);
- ORG spans lose an event noun natasha took in before the body (``[Заседание] комитета``) and are
  dropped when they are one (:mod:`.occasions`);
- a name after a legal form natasha took for a person is the organization's (``ООО Вектор-Плюс``), and
  capitalised words no dictionary knows after a word of a kind of organization are its name
  (``компания Зентрикс``), and so is a quoted name after a player or a fan (``хоккеисты «Метеора»``);
  an abbreviation of a unit joins the organization's after it (``ГУ МВД``; :mod:`.appositions`);
- ORG spans that name a kind of thing (``СМИ``) or a vehicle (``шаттл «Орион»``)
  are dropped, those that are a person's name become PER (so do LOC spans the gazetteer
  does not know), facilities the
  gazetteer knows become LOC (``МКС``), an unclosed ``«…`` is closed and an
  abbreviation in brackets split off;
- places natasha tags whose first noun names a kind of body (``онкологическому центру``) are ORG;
- names of the organization dictionary are found in any case form, also in lower
  case (``министерство промышленности и торговли РФ``), and replace natasha's LOC
  of the same extent (``ЕС``); so do one-word names of bodies (``Мосгоризбиркому``,
  ``Афросоюза``);
- a place or an acronym in the genitive right after an organization belongs to its
  name (``Минпромторга`` + ``России``, ``Институт экономики`` + ``РАН``);
- organizations named by a common noun (``правительство Китая``, ``Кипрское
  правительство``, ``сборной``) become ORG spans;
- a word that says what a name is joins it (``партии «Единая Россия»``, ``реки
  Славянки``), and a name grows to the phrases and adjectives of it that natasha left out
  (``Судом`` + ``Ленинского района``, ``Совета при …``, ``синодального`` + ``Отдела``);
- places named inside organizations are LOC spans of their own, adjectives inside
  them are not; adjectives of federal subjects elsewhere are (``томские``);
- an organization's own name is ORG wherever it recurs (``Vestas`` after ``компании
  Vestas``); abbreviations defined in the text (``… палаты (ТПП)``) are ORG wherever they
  recur, and so is a common noun that refers back to the organization named with it
  (``концерна`` after ``концерн «Вектор»``), and so is the name without its first adjectives
  (``Дорожное управление`` after ``Федеральное дорожное управление``); a unit named with its
  organization is one too (``пресс-служба`` + ``концерна``); the people an organization is named after are PER
  (``театра имени Орлова``); a surname alone is PER where the document names the person in full;
- quoted names natasha tagged few of in a list of quoted titles are titles, the rest of a list it tagged half
  or more of as organizations are organizations, and a quoted name right
  before an organization's abbreviation in brackets is the organization (:mod:`.quoted_lists`);
- an abbreviation spelled out in brackets in lower case with no word of an organization is a term
  (``ПЭТ (позитронно-эмиссионная томография)``);
- an online platform named as where something was written (``в Телеграме``, ``пользователь ЖЖ``) is
  no organization (:mod:`.platforms`).
"""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES
from .act_numbers import drop_act_numbers
from .adjective_fragments import join_adjective_fragments
from .anaphora import find_org_anaphora, find_shortened_names
from .appositions import (
    extend_by_unit_abbreviations,
    find_named_kinds,
    find_quoted_clubs,
    recast_legal_people,
)
from .bodies import find_body_orgs
from .bodies_trades import find_trade_companies
from .chrome import (
    cut_at_verbs,
    cut_heads_of_bodies,
    cut_unattached_nouns,
    drop_leading_nouns_of_no_body,
    drop_plural_kinds,
    drop_trailing_people,
)
from .datelines import place_datelines
from .defined import drop_expanded_terms, find_defined_abbreviations
from .dependents import split_shared_heads
from .descriptors import extend_by_descriptors
from .edges import (
    drop_leading_nouns,
    drop_unopened_quote,
    grow_named_after,
    split_at_lines,
)
from .growth import grow_orgs
from .kind_named import find_kind_named, find_latin_legal_names
from .kind_words import join_kind_words
from .listed import refine_listed, split_before_named_kind, split_listed_bodies
from .occasions import drop_event_nouns
from .organizations import (
    extend_orgs_by_places,
    find_compound_bodies,
    find_dictionary_orgs,
    retype_kind_places,
)
from .people import (
    drop_played_characters,
    drop_quoted_names,
    extend_by_leading_surname,
    extend_by_particle,
    extend_by_trailing_surname,
    extend_east_asian_names,
    find_honoured_people,
    find_known_surnames,
    find_latin_spellings,
    find_stage_names,
    find_untagged_people,
    merge_adjacent_people,
    recast_bracketed_spellings,
    recast_named_lists,
    recast_single_words,
    split_latin_name,
    split_person,
)
from .people.affiliations import recast_bracketed_affiliations
from .people.bodies import cut_body_nouns
from .people.completed import complete_document_names
from .people.duos import split_hyphened_duos
from .people.family_firsts import find_family_firsts
from .people.first_names import find_known_first_names
from .people.given_first import extend_given_first
from .people.governments import recast_government_surnames
from .people.initials import find_initialled_in_orgs, split_after_initials, split_before_initials
from .people.mates import find_listed_mates
from .people.openers import cut_opening_adjectives
from .people.pairs import split_known_surnames
from .people.places import named_after_town, recast_town_names, split_leading_place
from .people.regnal import find_regnal_names
from .people.repeated import find_repeated_foreign_names
from .people.retyped import recast_named_people
from .people.sees import drop_sees
from .phrased import grow_over_bracketed_abbreviations, grow_to_phrase_kinds
from .placed_clubs import recast_placed_clubs
from .placed_offices import grow_placed_offices
from .places import (
    drop_adjectives_in_orgs,
    find_place_adjectives,
    find_places_in_orgs,
    recast_surname_places,
    retype_joined_names,
)
from .platforms import drop_platform_places
from .quoted_lists import drop_lone_listed_names, find_listed_names, find_names_before_abbreviations
from .recurring import find_adjective_names, find_recurring_orgs
from .repair import add_span
from .routes import split_route
from .shared_adjectives import find_shared_adjectives
from .spelled_orgs import find_spelled_orgs
from .time_words import drop_time_adjectives
from .units import (
    cut_placed_parents,
    drop_bare_units,
    drop_letter_names,
    drop_nested_unit_abbreviations,
    find_unit_orgs,
)
from .untagged_places import find_contest_places, find_untagged_countries
from .vehicles import drop_vehicle_names


def refine_spans(analysis: Analysis, morph: Morph, orgs: OrgLexicon, gazetteer: Gazetteer) -> list[Span]:
    """natasha's spans, repaired and completed (sorted by start, nested spans allowed)."""
    text = analysis.text

    def is_place(surface: str) -> bool:
        return gazetteer.lookup(surface) is not None

    spans: list[Span] = []
    for natasha_span in analysis.spans:
        pieces = [natasha_span]
        if natasha_span.type == PER:
            pieces = [part for piece in split_person(text, natasha_span, morph)
                      for placed in split_leading_place(analysis, piece, morph, gazetteer)
                      for latin in split_latin_name(text, placed) for part in split_after_initials(text, latin, morph)]
            if named_after_town(text, natasha_span, morph):
                pieces = [Span(piece.start, piece.end, ORG) for piece in pieces]  # ``Нью-Ривер Фалконс``
        elif natasha_span.type in (ORG, LOC):
            pieces = [end for line in split_at_lines(text, natasha_span)
                      for end in (split_route(text, line, is_place) if line.type == LOC else [line])]
            if natasha_span.type == ORG:
                pieces = [part for piece in pieces for listed in split_listed_bodies(text, piece, orgs)
                          for part in split_before_named_kind(analysis, listed, orgs)]
        for span in pieces:
            add_span(analysis, span, spans, morph, gazetteer)
    spans = recast_legal_people(analysis, drop_event_nouns(analysis, spans, orgs), morph)
    spans = join_adjective_fragments(analysis, spans, morph)  # ``Государственного академического`` + ``Театра``
    spans = extend_by_leading_surname(analysis, merge_adjacent_people(text, spans, morph), morph)
    spans = extend_by_particle(analysis, extend_by_trailing_surname(analysis, spans, morph))
    spans = extend_given_first(analysis, extend_east_asian_names(analysis, spans, morph), morph)
    spans = recast_single_words(analysis, recast_named_lists(analysis, spans, morph), morph, is_place)
    spans = find_listed_mates(analysis, find_untagged_people(analysis, spans, morph, is_place), morph, is_place)
    spans = recast_government_surnames(analysis, recast_surname_places(analysis, spans, morph, gazetteer), morph)
    spans = cut_opening_adjectives(analysis, recast_named_people(analysis, spans, morph, gazetteer), morph)
    spans = drop_leading_nouns(analysis, drop_vehicle_names(analysis, drop_lone_listed_names(analysis, spans), morph),
                               orgs)
    spans = cut_body_nouns(analysis, spans, orgs)  # ``[Лицея] Кравцова``: no first name
    spans = find_compound_bodies(analysis, find_dictionary_orgs(analysis, spans, orgs, gazetteer), morph, gazetteer)
    spans = find_trade_companies(analysis, spans, morph, gazetteer)  # ``Лесхимпрома``, ``Заречнефти``
    spans = extend_orgs_by_places(analysis, retype_kind_places(analysis, spans, orgs, gazetteer), gazetteer)
    spans = find_body_orgs(analysis, spans, orgs, gazetteer)
    spans = find_named_kinds(analysis, extend_by_descriptors(analysis, spans, orgs, gazetteer), orgs)
    spans = join_kind_words(analysis, spans, orgs)  # ``Политической партии`` + ``ЛДПР``: one span
    spans = grow_over_bracketed_abbreviations(analysis, grow_to_phrase_kinds(analysis, spans, orgs), orgs)
    spans = extend_by_unit_abbreviations(analysis, find_quoted_clubs(analysis, spans, morph))
    spans = grow_placed_offices(analysis, grow_orgs(analysis, spans, orgs), orgs, gazetteer)  # ``заречного УФАС``
    spans = drop_vehicle_names(analysis, find_recurring_orgs(analysis, spans, orgs, gazetteer), morph)
    spans = find_kind_named(analysis, find_spelled_orgs(analysis, spans, morph), morph)  # ``Хоувер Банком``
    spans = find_latin_legal_names(analysis, spans)  # ``News Corp.``
    spans = split_shared_heads(analysis, drop_adjectives_in_orgs(analysis, spans), orgs)
    spans = find_shared_adjectives(analysis, spans, orgs)  # ``Вельского`` + ``и Устьинского филиалов``
    spans = retype_joined_names(analysis, spans, gazetteer)
    spans.extend(find_places_in_orgs(analysis, spans, gazetteer))
    spans.extend(find_place_adjectives(analysis, spans, gazetteer))
    spans.extend(find_contest_places(analysis, spans, gazetteer))  # ``чемпионат Европы``: untagged
    spans.extend(find_untagged_countries(analysis, spans, gazetteer))  # ``• Эфиопия •``: untagged
    spans.extend(find_defined_abbreviations(analysis, spans))
    spans.extend(find_names_before_abbreviations(analysis, spans))
    spans.extend(find_adjective_names(analysis, spans, orgs))
    spans.extend(find_shortened_names(analysis, spans, morph))
    spans.extend(find_org_anaphora(analysis, spans, orgs))
    units = drop_vehicle_names(analysis, find_unit_orgs(analysis, spans, orgs), morph)  # not ``суда компании``
    spans = drop_bare_units(analysis, spans, units, orgs) + units  # not ``отделения`` beside ``отделения «Кедра»``
    spans = cut_placed_parents(analysis, drop_letter_names(analysis, spans), orgs)  # ``«К»`` of ``управления «К» МВД``
    spans.extend(find_honoured_people(analysis, spans, orgs))
    spans.extend(find_initialled_in_orgs(text, spans))  # ``Театр С. В. Кормилова``
    spans.extend(find_regnal_names(analysis, spans, morph))
    spans.extend(find_known_surnames(analysis, spans, morph))
    spans.extend(find_repeated_foreign_names(analysis, spans, morph))  # ``Ндиайе забил`` opening the text
    spans.extend(find_known_first_names(analysis, spans, morph))  # ``Лореле`` beside ``Лорела Кинг``
    spans.extend(find_family_firsts(analysis, spans, morph))  # ``Зиявар`` of ``Зиявар и Магомед Кормиловы``
    spans = [drop_unopened_quote(text, span)
             for span in recast_bracketed_spellings(text, find_latin_spellings(analysis, spans, morph))]
    spans = find_stage_names(analysis, spans, morph)  # ``DJ Smash``, ``MC Doni``
    spans = drop_lone_listed_names(analysis, drop_platform_places(analysis, spans, morph))  # and their recurrences
    spans = find_listed_names(analysis, spans, orgs, gazetteer)
    spans = split_known_surnames(text, drop_expanded_terms(analysis, spans, orgs), morph)
    spans = split_hyphened_duos(analysis, spans)  # ``дуэт Котова-Вельцер``: two people
    spans = recast_bracketed_affiliations(analysis, spans)  # ``Пётр Орлов (Вектор-Спорт), …``: teams, no people
    spans = drop_leading_nouns_of_no_body(analysis, drop_trailing_people(analysis, spans, orgs), orgs, gazetteer)
    spans = cut_unattached_nouns(analysis, cut_heads_of_bodies(analysis, spans, orgs), orgs)  # ``[Руководство] мэрии``
    spans = drop_plural_kinds(analysis, cut_at_verbs(analysis, spans, morph), orgs)  # ``Партия [набрала 17,3]``
    spans = split_before_initials(text, spans)  # ``Петра Орлова Е. Н. Зиминой``: two names
    spans = drop_played_characters(analysis, drop_quoted_names(text, spans), morph)  # ``на «Пётр Орлов»``, ``роль X``
    spans = drop_sees(analysis, spans, morph)  # ``епископ Заречный Варсонофий``: a see, then the name
    spans = complete_document_names(text, spans)  # ``Хуан Карлос`` + ``Гомес Ортега`` named in full elsewhere
    spans = [span for span in spans if span.type != ORG or not in_act_title(analysis, span)]
    spans = drop_time_adjectives(analysis, refine_listed(analysis, spans, orgs), orgs)  # ``[нового] правительства``
    spans = place_datelines(text, spans, gazetteer)  # ``НИЖНИЙ НОВГОРОД, 12 мар``: a place
    spans = recast_town_names(analysis, spans, morph)  # ``Ватакуро`` beside ``в городе Ватакуро``: the town
    spans = drop_nested_unit_abbreviations(analysis, spans)  # ``СУ`` of ``пресс-служба СУ СК России по …``
    spans = grow_named_after(text, spans)  # ``Института им.`` cut at a wrong end of a sentence
    spans = drop_act_numbers(analysis, spans)  # ``приказом … № ОД-512``: a document, no body
    spans = recast_placed_clubs(analysis, spans, gazetteer)  # ``краснодарская [Кубань]``: the club
    spans.sort(key=lambda s: (s.start, -s.end))
    return _dedupe(spans)


_ACT_OPENINGS = frozenset({"о", "об", "обо"})


def in_act_title(analysis: Analysis, span: Span) -> bool:
    """Whether a span lies inside the quoted title of an act that opens with ``О`` (``закон «О
    гражданской службе РФ»``): what the act is about, no body the text speaks of."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    index = tokens[0].index - 1
    while index > 0 and analysis.tokens[index].sent == tokens[0].sent:
        word = analysis.tokens[index].text
        if word in CLOSING_QUOTES and word not in OPENING_QUOTES:
            return False
        if word in OPENING_QUOTES:
            after = analysis.tokens[index + 1]
            return after.index < tokens[0].index and after.text[:1].isupper() and after.text.lower() in _ACT_OPENINGS
        index -= 1
    return False


def _dedupe(spans: list[Span]) -> list[Span]:
    seen = set()
    out = []
    for span in spans:
        key = (span.start, span.end, span.type)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out
