"""Who a person is within a document: partial names resolved to the full name they fit.

Surname-only, first-name-only and initial forms resolve to the one full name of
the document they fit (``Орлов`` → ``Пётр Орлов``); which words can be forms of a full name is
:mod:`.forms`'s to tell.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..morph import Morph, fold
from ..names import (
    Name,
    is_initial,
    is_patronymic,
    parse_name,
)
from ..names.endings import oblique_of_consonant
from ..ner import Analysis
from ..records import ORG, PER, Span
from .antecedent import full_name_spans, latest_before
from .cases import (
    in_case,
    in_list_case,
    in_object_case,
    in_preposition_case,
    read_apposed_mans_genitive,
    read_apposed_nominative,
    read_apposed_subject_case,
    read_dash_apposition_case,
    read_honoured_case,
    strip_soft_hyphens,
)
from .families import drop_kin_named, read_kin_genitives, share_family_name
from .forms import (
    could_be_form,
    first_of_double,
    genders_shown,
    person_gender,
    regular_family,
    respelled,
    spelled_in_other_letters,
    surname_key,
    surnames_before_initials,
    undeclined_feminine,
    vowel_misspelt,
)
from .generations import find_kin_names, generation_forms, strip_generations
from .given_names import by_last_given, double_surnames, find_pilgrim_firsts, join_first_surnames, middle_stems
from .given_names import distinct_names as _distinct
from .ids import person_id
from .latin_names import join_latin_names, join_latin_spellings
from .list_mates import (
    list_mates_case,
    nominative_mates,
    people_in_order,
    read_listed_surname_case,
    recast_listed_surnames,
    swap_surname_first_mates,
)
from .nicknames import drop_nickname, join_nicknamed, join_secular_names
from .oblique_names import oblique_forms, womans_names
from .openers import after_dash, after_list_number, line_of_its_own, named_after_case, opens_speech, womans_name_opening
from .particles import particle_surnames_alone
from .respellings import (
    find_arabic_respellings,
    find_article_respellings,
    find_east_asian_respellings,
    find_fleeting_vowel_forms,
    misspelt_first_alone,
    misspelt_first_names,
    same_written_names,
    vowel_respellings,
)
from .short_forms import find_short_forms, stands_for
from .spelt_initials import find_fuller_initials, read_mans_nominative, spell_out_initials
from .subject_spellings import keep_subject_spellings
from .subject_surnames import keep_subject_surnames
from .syntax import (
    adjacent_subjects,
    after_preposition,
    apposed_title_case,
    direct_object,
    elliptical_case,
    listed_case,
    listed_subject,
    oblique,
    patronymic_after,
    preposition_case,
    subject_of,
)
from .undeclined import (
    decline_by_nominative,
    join_surnames_alone,
    keep_undeclined_first_names,
    keep_undeclined_surnames,
    patronymics_as_surnames,
)
from .unknown_patronymics import names_listed_beside, read_patronymics_as_surnames
from .womans_readings import recast_womans_undeclined, womans_accusatives


def resolve_people(analysis: Analysis, spans: list[Span], morph: Morph) -> tuple[dict[Span, Name], dict[Span, str]]:
    """The canonical name of every PER span, partial names resolved to the full name they fit."""
    names: dict[Span, Name] = {}
    genders: dict[Span, str] = {}  # the gender the verb of a subject shows
    subjects: dict[Span, str | None] = {}  # the spans the syntax reads as a verb's subject, and its gender
    obliques: set[Span] = set()  # the spans the syntax hangs on a word as its object or modifier
    adjacent = adjacent_subjects(analysis, spans, morph)
    before_subject = {second: gender for second, gender in adjacent.values()}
    orgs = [s for s in spans if s.type == ORG]
    people = people_in_order(spans)  # once, for the list mates of every span
    for span in spans:
        if span.type != PER:
            continue
        words = strip_soft_hyphens([t.word() for t in drop_nickname(analysis.tokens_in(span.start, span.end))]
                                     + patronymic_after(analysis, span))  # ``Эдсон «Малыш» Каррейра``: no nickname
        honoured = read_honoured_case(analysis.text, span.start)  # ``вуза имени И. М. Губкина``: no subject
        subject, verb_gender = (False, None) if honoured else subject_of(analysis, span, morph)
        dash_case = read_dash_apposition_case(analysis, span)  # ``до главного судьи – Вадима …``
        if span in before_subject:
            subject, verb_gender = True, before_subject[span]  # ``Анне Котовой Пётр Орлов вручил``
        elif span in adjacent:
            subject, verb_gender = False, None
        elliptical = None if subject else elliptical_case(analysis, span)  # ``видели Орлова …, а Орлову — …``
        if not subject:  # a list of subjects is one of nominatives, whatever the tagger reads its first in
            words = in_case(words, named_after_case(analysis.text, span, orgs) or honoured)  # ``Театр С. В. Орлова``
            words = in_list_case(words, listed_case(analysis, span))
            words = in_case(words, list_mates_case(analysis, span, people, morph))  # ``…, Валерию и Иосифа …``
            words = in_case(words, nominative_mates(analysis, span, people, morph))  # ``Александра … и Денис …``
            words = in_case(words, read_apposed_nominative(analysis, span, morph))  # ``призёр Александра …``
            words = in_object_case(words, direct_object(analysis, span))
            words = in_case(words, elliptical)
            governed = preposition_case(analysis, span) or apposed_title_case(analysis, span, morph) \
                or dash_case
            words = in_preposition_case(words, governed)  # ``при Бруно …``, ``о советнике министра Луизе …``
        # ``Айсель Гусейнова, Ситора Назарова и …`` + ``подписали``: a list of subjects is of nominatives
        words = in_case(words, listed_subject(analysis, span, morph))
        words = in_case(words, read_listed_surname_case(analysis, span, people))  # ``Кормилов, Шилова и …``
        words = in_case(words, read_apposed_subject_case(analysis, span))  # ``Адвокат Сомова, Бека Мчедлурая,``
        # the subject of her verb the parser lost, unless a name beside it is the verb's (``Давида Орлова Анна …``)
        womans = not subject and span not in adjacent and womans_name_opening(analysis, span, morph)
        if verb_gender or womans:
            genders[span] = verb_gender or "femn"
        if subject or womans:
            subjects[span] = verb_gender or ("femn" if womans else None)
        in_oblique = oblique(analysis, span, morph) or span in adjacent or elliptical is not None
        if in_oblique or after_preposition(analysis, span):
            obliques.add(span)
        apposed = None if subject else read_apposed_mans_genitive(analysis, span, morph)  # ``акима, Ерика …,``: his
        name = apposed or parse_name(words, morph, subject, verb_gender, in_oblique,
                                     speaker=opens_speech(analysis.text, span)
                                     or line_of_its_own(analysis.text, span, morph)
                                     or after_dash(analysis.text, span, morph) and not dash_case
                                     or after_list_number(analysis.text, span, morph)
                                     or womans,
                                     adjacent=span in adjacent)
        if name is not None and (name.first or name.last):
            names[span] = name
    particle_surnames_alone(names)
    join_nicknamed(analysis.text, names)  # ``Сауль «Кордеро» Гальдамес``
    join_secular_names(analysis.text, names)  # ``епископ Варсонофий (в миру — Петров)``
    womans_accusatives(analysis, names, genders, morph)
    recast_womans_undeclined(analysis, names, genders, people, morph)  # ``Андрее Тез``: her dative
    keep_undeclined_surnames(analysis, names)
    keep_undeclined_first_names(analysis, names)
    surnames_before_initials(names)
    swap_surname_first_mates(analysis.text, names, morph)  # ``Кравец Олег`` beside ``Зимин Пётр``
    recast_listed_surnames(analysis.text, names, morph)  # ``Хамили, Реккетти и Паски``
    patronymics_as_surnames(analysis, names)
    read_patronymics_as_surnames(analysis, names, morph)  # ``Эрмекбай Кулжанович`` beside ``Эрмекбай Орозбаев``
    share_family_name(analysis, names, morph)
    read_kin_genitives(analysis, names, genders, subjects, morph)  # ``Вдова Орлова`` + ``Орлов``: his
    decline_by_nominative(analysis, names, morph)
    join_surnames_alone(analysis, names, subjects)  # ``Сэйдзи Тамукаде``, ``Брумквисту`` + ``Тамукада``, ``Брумквист``
    keep_subject_surnames(analysis, names, subjects, morph)
    keep_subject_spellings(analysis, names, subjects)  # ``концерт Ани Ларук`` + ``Ани Ларук исполнила``
    same_written_names(analysis.text, names)
    join_latin_names(analysis.text, names)
    join_latin_spellings(names)
    full = [n for n in names.values() if n.is_full]
    as_subjects = {names[span] for span in subjects if span in names}
    articles = find_article_respellings(full)  # ``… аз-Зуби`` beside ``… аль-Зуби``
    literal = {name for span, name in names.items()
               if name.is_full and fold(" ".join(analysis.text[span.start:span.end].split())) == fold(name.full)}
    forms = oblique_forms(full, morph, womans_names(analysis, names, genders, morph), as_subjects, literal) \
        | double_surnames(full, morph) | find_short_forms(full) | vowel_respellings(full, morph) \
        | misspelt_first_names(full, morph) | generation_forms(full, find_kin_names(analysis, names, morph)) \
        | find_pilgrim_firsts(full) | find_arabic_respellings(full) | articles \
        | find_fleeting_vowel_forms(full, literal) \
        | find_east_asian_respellings(full)
    names = {span: forms.get(name, name) for span, name in names.items()}
    full = [n for n in full if n not in forms]
    initialed = _distinct([n for n in names.values() if n.last and is_initial(n.first)])  # ``А. С. Орлов``
    by_last: dict[str, list[Name]] = defaultdict(list)
    by_first: dict[str, list[Name]] = defaultdict(list)
    for name in full:
        if name not in by_last[surname_key(name.last)]:
            by_last[surname_key(name.last)].append(name)
        if name not in by_first[fold(name.first)]:
            by_first[fold(name.first)].append(name)
    for form, name in articles.items():  # ``аз-Зуби`` alone finds ``… аль-Зуби``, the full name its form went to
        if forms.get(form) == name and name in full and form.last and name not in by_last[surname_key(form.last)]:
            by_last[surname_key(form.last)].append(name)
    for head, name in strip_generations(full):  # ``Смит`` alone finds ``Джон Смит-младший``
        if name not in by_last[surname_key(head)]:
            by_last[surname_key(head)].append(name)
    resolved: dict[Span, Name] = {}
    starts = full_name_spans(names)
    told = _told_genders(analysis, names, genders)
    for span, name in names.items():
        if not name.is_full:
            target = None
            surface = analysis.text[span.start:span.end].split()
            written = surface[-1]
            if name.first and not name.last and not name.middle and len(surface) == 1:
                # one word read as a first name may be a surname of the document (``Сато``)
                as_surname = _without_undeclined_women(
                    _distinct([c for c in full if could_be_form(written, c.last)]
                              or [c for c in full if spelled_in_other_letters(written, c.last)]), written, morph)
                if as_surname:  # ``Орлов`` beside Пётр Орлов and Иван Орлов: a surname all the same
                    name = Name(None, None, name.first)
            if name.last and not name.first and not name.middle and len(surface) == 1 \
                    and not any(could_be_form(written, c.last) for c in full):
                # one word read as a surname, none of the document's, may be a first name of it (``Мин``)
                as_first = _first_name_of(written, full, morph)
                if len(as_first) == 1 and not by_last.get(surname_key(name.last)):
                    name = Name(name.last, None, None)
            if name.last:
                fuller = find_fuller_initials(name, initialed)  # ``А. Орлов`` of ``А. С. Орлов``
                candidates = _distinct([c for c in full if could_be_form(written, c.last)]
                                       or by_last.get(surname_key(name.last), [])
                                       or [c for c in full if spelled_in_other_letters(written, c.last)]
                                       or [c for c in full if first_of_double(written, c.last)]
                                       or [c for c in full if respelled(written, c.last)]
                                       or [c for c in full if vowel_misspelt(name.last, c.last, morph)]
                                       or ([c for c in initialed if fold(c.last) == fold(name.last)]
                                           if not name.first else [])  # ``Орлов`` after ``А. С. Орлов``; its
                                       # nominative the same (not ``Орлова рассказала``)
                                       or fuller
                                       or _by_patronymic(written, full, morph, name)
                                       or (by_last_given(written, full, morph) if len(surface) == 1 else []))
                if name.first:  # initials: the first letter must agree
                    candidates = [c for c in candidates if fold(c.first)[:1] == fold(name.first)[:1]]
                if span in genders:  # ``Орлова сказала`` is not ``Пётр Орлов``
                    candidates = [c for c in candidates if person_gender(morph, c.first, c.last)
                                  in (None, genders[span]) or told.get(c) == genders[span]
                                  or _read_in_gender(morph, c, written, genders[span])]
                shown = genders_shown(morph, written) or (read_mans_nominative(written) if name.first else set())
                if len(shown) == 1 and (not name.first or is_initial(name.first)):  # ``Орловой``, ``А. Орлов``
                    # are not ``Пётр Орлов``, ``Анна Орлова``; ``Бреннер`` as written
                    # may be Ангела Бреннер's, whose surname does not change
                    candidates = [c for c in candidates
                                  if person_gender(morph, c.first, c.last) in (None, *shown) or told.get(c) in shown
                                  or fold(c.last) == fold(written) and not regular_family(written)]
                candidates = candidates or fuller  # none of another gender: its initials
                if len(candidates) > 1:  # ``По словам Орлова`` beside Пётр Орлов and Анна Орлова: his
                    candidates = [c for c in candidates if fold(c.last) == fold(name.last)] or candidates
                if len(candidates) > 1:  # Петрова beside Андрей Петров and Ольга Петрова
                    candidates = [c for c in candidates if fold(c.last) == fold(written)] or candidates
                candidates = _without_undeclined_women(candidates, written, morph)
                if len(candidates) > 1 and span in obliques and not name.first and undeclined_feminine(written):
                    candidates = [c for c in candidates
                                  if person_gender(morph, c.first, c.last) == "femn"] or candidates
                if len(candidates) > 1 and not name.first:  # ``Вадеев`` after ``Тимур Вадеев``
                    candidates = latest_before(analysis.text, drop_kin_named(analysis, candidates, span, starts,
                                                                                morph), span, starts) or candidates
                if len(candidates) == 1:
                    target = candidates[0]
            elif name.first:
                candidates = _distinct(by_first.get(fold(name.first), [])
                                       or [c for c in full if stands_for(name.first, c.first)]
                                       or (_first_name_of(written, full, morph) if len(surface) == 1 else [])
                                       or (by_last_given(written, full, morph) if len(surface) == 1 else []))
                listed = names_listed_beside(analysis.text, span, names)  # ``Иван Радкович и Иван Петров``
                candidates = [c for c in candidates if c not in listed]
                if name.middle:  # ``Анна Петровна`` is not ``Анна Сергеевна Лыкова``
                    candidates = [c for c in candidates if not c.middle or fold(c.middle) == fold(name.middle)]
                elif not candidates:  # ``Рамиль`` after ``Рамиль Фаритович``, no surname in the document
                    candidates = _distinct([c for c in names.values() if c.middle and not c.last
                                            and c.first and fold(c.first) == fold(name.first)])
                if len(candidates) == 1:
                    target = candidates[0]
            if target is not None:  # keeping a patronymic only the partial name gives
                name = replace(target, middle=name.middle) if name.middle and not target.middle else target
        resolved[span] = name
    spelt = spell_out_initials(list(resolved.values()), full)  # ``О. А. Орешина`` + ``Ольга Александровна``
    resolved = {span: spelt.get(name, name) for span, name in resolved.items()}
    # the fullest form of each person (with a middle name when one mention gives it)
    best: dict[str, Name] = {}
    for name in resolved.values():
        key = name.key
        if key not in best or _fuller_middle(name.middle, best[key].middle):
            best[key] = name
    stems = middle_stems(list(resolved.values()))  # ``Ниязип`` of ``Ниязипе`` and ``Ниязипом``
    best = {key: replace(name, middle=stems.get(key, name.middle)) for key, name in best.items()}
    final = join_first_surnames(analysis.text, {span: best[name.key] for span, name in resolved.items()}, morph)
    ids = {span: person_id(name) for span, name in final.items()}
    return final, ids


def _by_patronymic(written: str, full: list[Name], morph: Morph, name: Name) -> list[Name]:
    """The full names with a patronymic a word alone is a form of, when it is a patronymic and no first name
    or initial comes with it (``Лукич``, ``о Лукиче`` of ``Алексей Лукич Петухов``)."""
    if name.first or not is_patronymic(morph, written):
        return []
    return [c for c in full if c.middle and " " not in c.middle and could_be_form(written, c.middle)]


def _without_undeclined_women(candidates: list[Name], written: str, morph: Morph) -> list[Name]:
    """Of two or more people a surname alone can stand for, written otherwise than all their surnames
    (``Лантера`` beside Глеб Лантер and Дина Лантер), those but the women whose surname ends in a
    consonant: it does not decline."""
    if len(candidates) < 2 or any(fold(c.last or "") == fold(written) for c in candidates):
        return candidates
    return [c for c in candidates if person_gender(morph, c.first, c.last) != "femn"
            or not undeclined_feminine(c.last or "")] or candidates


def _told_genders(analysis: Analysis, names: dict[Span, Name], genders: dict[Span, str]) -> dict[Name, str]:
    """The gender the verbs of a full name's mentions show, when they show one only (``Андреа Корвини забил``: a
    man's, whatever gender pymorphy reads the first name in), or a man's its words declined as a man's show
    (``Лорана Фабрена``: a woman's ``Лоран`` would not decline, nor would her surname in a consonant): a surname
    alone of that gender may be its."""
    seen: dict[Name, set[str]] = defaultdict(set)
    for span, name in names.items():
        if name.is_full and span in genders:
            seen[name].add(genders[span])
        if name.is_full and _declined_as_mans(analysis.words_in(span.start, span.end), name):
            seen[name].add("masc")
    return {name: next(iter(told)) for name, told in seen.items() if len(told) == 1}


def _read_in_gender(morph: Morph, name: Name, written: str, gender: str) -> bool:
    """Whether a full name whose surname a surname alone writes alike, one that does not decline (``Гвенетадзе
    заявил`` beside ``Бидзиной Гвенетадзе``), may be of the gender the verb of the surname alone shows: pymorphy reads
    the first name as a name of that gender in some case (``Бидзина``: a woman's nominative, the genitive of a man's
    ``Бидзин``)."""
    return fold(name.last or "") == fold(written) and not regular_family(written) and any(
        "Name" in p.tag and p.tag.gender == gender for p in morph.parses(fold(name.first or "")))


def _declined_as_mans(words, name: Name) -> bool:
    """Whether a full name of two words is written with the first name and surname its nominative ends in a
    consonant each with a man's case ending (``Лорана Фабрена`` of ``Лоран Фабрен``)."""
    if len(words) != 2 or name.middle:
        return False
    pairs = ((fold(words[0].text), fold(name.first)), (fold(words[1].text), fold(name.last)))
    return all(oblique_of_consonant(written, nominative) for written, nominative in pairs)


def _first_name_of(written: str, full: list[Name], morph: Morph) -> list[Name]:
    """The full names of a document whose first name a word is (``Анна``), else those whose first name
    it is a case form of (``Мартину`` of ``Мартина Хольцер``, ``Паолу`` of ``Паола Эстрада``); not a surname made
    of a first name (``Алексеев`` beside ``Алексей Квасек``: no form of a first name ends so); else those whose
    first name it misspells (:func:`.respellings.misspelt_first_alone`)."""
    return _distinct([c for c in full if fold(c.first) == fold(written)]
                     or [c for c in full if c.first and could_be_form(written, c.first)
                         and not fold(written).endswith(_SURNAME_OF_A_NAME)]) \
        or misspelt_first_alone(written, full, morph)


_SURNAME_OF_A_NAME = ("ов", "ев", "ёв")


def _fuller_middle(middle: str | None, kept: str | None) -> bool:
    """Whether a mention's middle name says more than the one kept: any beside none, a patronymic written out beside
    its initial (``Авдеевич`` beside ``А.`` of ``Г. А. Орлов``)."""
    if not middle:
        return False
    return not kept or kept.endswith(".") and not middle.endswith(".") and fold(middle[:1]) == fold(kept[:1])
