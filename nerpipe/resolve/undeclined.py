"""Names whose words the document shows do not decline, or decline otherwise than read: a surname written
alike beside a first name in different cases, a patronymic written alone as a surname, a name in an oblique
case read as a woman's nominative beside its surname alone in the nominative, a surname kept in an oblique case
(alone or after a first name) beside the same surname written alone in the nominative."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container
from dataclasses import replace
from os.path import commonprefix

from ..morph import Morph, fold, restore_case, unshouted
from ..names import Name, is_russian_surname, masculine_nominative
from ..names.cases import after_consonant
from ..names.endings import oblique_of_consonant
from ..names.first_endings import HISSING
from ..ner import Analysis
from ..records import Span
from .forms import could_be_form, oblique_of_a, regular_family


def keep_undeclined_surnames(analysis: Analysis, names: dict[Span, Name]) -> None:
    """A surname the document writes alike beside a first name in different cases, the first name written
    otherwise, does not decline (``Олега Кырба``, ``Олегом Кырба``): it stays as written in every mention. A
    first name written alike each time shows no case of its own, whatever cases the tagger reads it in
    (``Освальда Тримбока`` twice, once read as a genitive and once as an accusative: ``Освальд Тримбок``)."""
    cases: dict[str, set[str]] = defaultdict(set)  # a surname as written → the cases of its first names
    firsts: dict[str, set[str]] = defaultdict(set)  # a surname as written → its first names as written
    written: dict[Span, str] = {}
    for span, name in names.items():
        words = analysis.words_in(span.start, span.end)
        if name.is_full and len(words) >= 2 and could_be_form(words[-1].text, name.last):
            written[span] = words[-1].text
            cases[fold(words[-1].text)].add(words[0].feat.get("Case", ""))
            firsts[fold(words[-1].text)].add(fold(words[0].text))
    for span, word in written.items():
        name = names[span]
        particle, _, own = name.last.rpartition(" ")  # ``де Брие``: the particle stays
        if len(cases[fold(word)] - {""}) > 1 and len(firsts[fold(word)]) > 1 and fold(own) != fold(word) \
                and not regular_family(word):
            names[span] = replace(name, last=f"{particle} {unshouted(word)}".lstrip())


def keep_undeclined_first_names(analysis: Analysis, names: dict[Span, Name]) -> None:
    """A first name the document writes alike beside two forms of one foreign surname does not decline
    (``Ули Корнер``, ``Ули Корнером``: not the genitive of ``Уля``; a declining first name changes with its
    surname, ``Ивана Корнера``, ``Иваном Корнером``): it stays as written in every mention. Surnames of the
    Russian families are left alone (``Саши Орлова`` and ``Саши Орловой`` are two people)."""
    written: dict[Span, tuple[str, str]] = {}  # a two-word full name → its first name and surname as written
    for span, name in names.items():
        words = analysis.words_in(span.start, span.end)
        if name.is_full and len(words) == 2 and not name.middle and not name.family_first \
                and not regular_family(words[-1].text):
            written[span] = (words[0].text, words[-1].text)
    read = dict(names)
    for span, (first, last) in written.items():
        others = [other for other, (other_first, other_last) in written.items()
                  if fold(other_first) == fold(first) and fold(other_last) != fold(last)
                  and (could_be_form(other_last, last) or could_be_form(last, other_last))]
        if not others or fold(read[span].first) == fold(first):
            continue
        names[span] = replace(read[span], first=unshouted(first),
                              last=_common_stem([written[s][1] for s in (span, *others)]) or read[span].last)


# the endings a man's foreign surname ending in a consonant takes in the cases
_MANS_ENDINGS = ("", "а", "у", "ом", "е")


def _common_stem(forms: list[str]) -> str | None:
    """The surname that case forms of one man's surname share when each adds one of its endings to it
    (``Корнера``, ``Корнером`` → ``Корнер``), else None."""
    stem = commonprefix([fold(form) for form in forms])
    if len(stem) < 3 or stem[-1] in "аеёиоуыэюяйь" \
            or any(fold(form)[len(stem):] not in _MANS_ENDINGS for form in forms):
        return None
    return restore_case(stem, unshouted(forms[0]))


def patronymics_as_surnames(analysis: Analysis, names: dict[Span, Name]) -> None:
    """A first name and patronymic with no surname whose patronymic the document writes alone is a
    first name and surname (``Милан Петрович`` beside ``Петровичу``: a surname of the Serbian
    families, and the word alone names the person)."""
    alone = [analysis.text[s.start:s.end] for s in names if len(analysis.text[s.start:s.end].split()) == 1]
    for span, name in names.items():
        if name.first and name.middle and not name.last and " " not in name.middle \
                and any(could_be_form(word, name.middle) for word in alone):
            names[span] = Name(name.first, None, name.middle)


# the endings a man's foreign name takes in the genitive, dative and instrumental
_OBLIQUE_ENDINGS = {"а": "gent", "я": "gent", "у": "datv", "ю": "datv", "ом": "ablt", "ем": "ablt"}
_SOFT_ENDINGS = ("я", "ю", "ем")  # a stem in ``-й`` takes these (``Бараоя``, ``Бараою``, ``Бараоем``)


def decline_by_nominative(analysis: Analysis, names: dict[Span, Name], morph: Morph) -> None:
    """A full name kept as written (``Яна Брекса``: read as a woman's, in the nominative) is a
    man's name in an oblique case when the document writes the surname alone in the nominative
    as its stem (``Брекс``), or its stem and ``-й`` (``Бараоя`` beside ``Бараой``), or alone in the dative or
    instrumental of a man's surname ending in a consonant (``Гальдесу`` tagged a dative, ``Гальдесом``; the dative
    of ``Гальдеса`` is ``Гальдесе``): the surname is that, the first name loses the same case ending (``Ян``).
    Surnames pymorphy knows, and Russian ones, are left alone (``Анна Петрова`` beside ``Петров``)."""
    alone = set()
    for span, name in names.items():
        words = analysis.words_in(span.start, span.end)
        if len(words) == 1 and name.last and not name.first:
            case = words[0].feat.get("Case")
            stem = _consonant_stem(words[0].text, case)
            if case == "Nom" or stem is not None:
                alone.add(stem or fold(words[0].text))
    if not alone:
        return
    for span, name in list(names.items()):
        words = analysis.words_in(span.start, span.end)
        if not name.is_full or len(words) != 2 or fold(words[-1].text) != fold(name.last) \
                or regular_family(name.last):
            continue
        for ending, case in _OBLIQUE_ENDINGS.items():
            stem = _alone_stem(fold(name.last), ending, alone, morph)
            if stem is not None:
                first = masculine_nominative(words[0].text.lower(), case) or name.first.lower()
                names[span] = replace(name, first=restore_case(first, name.first), last=restore_case(stem, name.last))
                break


def _alone_stem(last: str, ending: str, alone: set[str], morph: Morph) -> str | None:
    """The surname alone of ``alone`` that ``last`` is with a case ending, or ``None``: its stem (not of a surname
    pymorphy knows), or for a soft ending after a vowel its stem and ``-й``, when pymorphy does not know the word
    (its guesses read any word in ``-я`` as a surname)."""
    stem = last[: -len(ending)]
    if not last.endswith(ending):
        return None
    if stem in alone and not morph.has_gram(last, "Surn"):
        return stem
    if not morph.is_known(last) and ending in _SOFT_ENDINGS and stem[-1:] in "аеёиоуыэюя" and stem + "й" in alone:
        return stem + "й"  # ``Мариано Бараоя`` beside ``Бараой``
    return None


# the endings of a man's surname ending in a consonant in the dative and instrumental, which no surname in ``-а`` has
_CONSONANT_ENDINGS = {"Dat": ("у",), "Ins": ("ом", "ем")}


def _consonant_stem(word: str, case: str | None) -> str | None:
    """The nominative of a surname alone in the dative or instrumental of a man's surname ending in a consonant
    (``Гальдесу`` tagged a dative, ``Гальдесом``), folded; else ``None``."""
    lowered = fold(word)
    for ending in _CONSONANT_ENDINGS.get(case or "", ()):
        stem = lowered[: -len(ending)]
        if len(stem) > 2 and after_consonant(lowered, ending) and stem[-1] not in HISSING:
            return stem
    return None


# the endings a surname in ``-а`` or ``-я`` takes in the oblique cases of the singular
_A_OBLIQUE = ("ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею")


def _declined_alone(written: str, nominative: str) -> bool:
    """Whether a surname written alone is another written alone in an oblique case, folded both: a man's ending in a
    consonant with the ending of a case (``Брумквисту`` of ``Брумквист``), or one in ``-а`` or ``-я``
    (``Тамукаде``, ``Тамукадой`` of ``Тамукада``)."""
    return len(nominative) >= 4 and oblique_of_consonant(written, nominative) \
        or oblique_of_a(written, nominative, _A_OBLIQUE)


def _surnames_alone(analysis: Analysis, names: dict[Span, Name]) -> dict[Span, str]:
    """The one-word spans of a surname with no first name nor patronymic → the word as written, folded."""
    return {span: fold(analysis.text[span.start:span.end]) for span, name in names.items()
            if name.last and not name.first and not name.middle and len(analysis.words_in(span.start, span.end)) == 1}


def join_surnames_alone(analysis: Analysis, names: dict[Span, Name], subjects: Container[Span]) -> None:
    """The surnames the document writes alone, read once for two steps: a full name keeping one of them in an oblique
    case of ``-а`` or ``-я`` takes it (:func:`decline_a_by_nominative`), then a surname alone in an oblique case joins
    one (:func:`join_declined_alone`). The first step changes full names only, none of the surnames alone."""
    alone = _surnames_alone(analysis, names)
    own = {span: written for span, written in alone.items()
           if written == fold(names[span].last) and not regular_family(written)}
    if not own:
        return
    decline_a_by_nominative(analysis, names, set(own.values()))
    join_declined_alone(analysis, names, alone, own, subjects)


def decline_a_by_nominative(analysis: Analysis, names: dict[Span, Name], alone: set[str]) -> None:
    """A full name whose surname is kept as written in an oblique case of a surname in ``-а`` or ``-я``
    (``библиотекарю … Сэйдзи Тамукаде``, too far from its noun for the case to be read) takes the surname the document
    writes alone as it is written (``Тамукада открыл``), of ``alone`` (folded): the one such surname alone it declines.
    Surnames of the Russian families are left alone (``Анна Орловой`` is no one's)."""
    for span, name in list(names.items()):
        words = analysis.words_in(span.start, span.end)
        if not name.is_full or len(words) < 2 or fold(words[-1].text) != fold(name.last) \
                or regular_family(name.last) or fold(name.last) in alone:
            continue
        nominatives = [last for last in alone if oblique_of_a(name.last, last, _A_OBLIQUE)]
        if len(nominatives) == 1:
            names[span] = replace(name, last=restore_case(nominatives[0], name.last))


def join_declined_alone(analysis: Analysis, names: dict[Span, Name], alone: dict[Span, str], own: dict[Span, str],
                        subjects: Container[Span]) -> None:
    """A foreign surname written alone in an oblique case (``сказала Брумквисту``), no form of any full name of the
    document, is the surname the document writes alone as it is (``Брумквист ошибся``), when it is that one's only:
    a man's ending in a consonant with the ending of a case, or one in ``-а`` or ``-я`` declined. ``alone``: the
    surnames written alone, folded; ``own``: those of them written as they are, not of the regular families. Not the
    subject of a verb (it is in the nominative), nor surnames of the Russian families, whose forms a woman's surname
    shares (``Орлову``: his dative, or Орлова's accusative)."""
    full = [name.last for name in names.values() if name.is_full and name.last]
    nominative_names = {written: names[span] for span, written in own.items() if not is_russian_surname(written)}
    for span, written in alone.items():
        if span in subjects:
            continue
        nominatives = [name for nominative, name in nominative_names.items() if _declined_alone(written, nominative)]
        if len(nominatives) == 1 and not any(could_be_form(written, last) for last in full):
            names[span] = nominatives[0]
