"""Abbreviations resolved by initials: the one organization of a document whose initials an abbreviation is."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import LEGAL_FORMS, is_abbreviation
from ..records import Span
from ..text import strip_acronym_ending
from .legal_names import find_closing_quoted_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..orgs import OrgLexicon
    from .organizations import ResolvedOrg

_FUNCTION_WORDS = {"и", "по", "в", "во", "на", "при", "для", "с", "со", "о", "об", "от", "к", "за", "из", "имени", "им",
                   "of", "and", "the", "for"}


def initials(name: str, keep_capitals: bool = False) -> str:
    """The initials of a name, as its abbreviation would have them: ``Городская газета`` → ``ГГ``,
    ``Торгово-промышленная палата`` → ``ТПП`` (prepositions and conjunctions left out); with ``keep_capitals``, its
    capitalised prepositions kept, as a name of a slogan's words has them: ``Новая сила — За правду`` → ``НСЗП``."""
    letters = []
    for word in re.findall(r"[\w-]+", name):
        if word.lower() in _FUNCTION_WORDS and not (keep_capitals and word[:1].isupper()):
            continue
        letters.extend(part[:1] for part in word.split("-") if part[:1].isalpha())
    return letters_key("".join(letters))


def spell_solid_compound_initials(name: str, morph: Morph) -> str | None:
    """The initials of a name whose compound adjective written solid gives a letter of each of its two stems
    (``Трубопрокатный завод`` → ``ТПЗ``: ``труб(о)`` + ``прокатный``), the second a known adjective and the
    first a known word before the linking vowel; ``None`` when no word of it splits so."""
    letters, split = [], False
    for word in re.findall(r"[\w-]+", name):
        if word.lower() in _FUNCTION_WORDS:
            continue
        letters.extend(part[:1] for part in word.split("-") if part[:1].isalpha())
        second = _second_stem(fold(word), morph) if word.isalpha() else None
        if second is not None:
            letters.append(second)
            split = True
    return letters_key("".join(letters)) if split else None


def _second_stem(word: str, morph: Morph) -> str | None:
    """The first letter of the second stem of a compound adjective (``трубопрокатный`` → ``п``), or ``None``."""
    if not any(p.tag.POS == "ADJF" for p in morph.parses(word)) or morph.is_known(word) and len(word) < 9:
        return None
    for start in range(len(word) - 6, 3, -1):  # the longest first stem first (``самолёт``, not ``сам``)
        if word[start - 1] in "ое" and (morph.is_known(word[:start - 1]) or _is_stem(word[:start], morph)) \
                and any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(word[start:])) \
                and morph.is_known(word[start:]):
            return word[start]
    return None


def letters_key(text: str) -> str:
    """An abbreviation's letters as a key: capitals, ``Ё`` as ``Е``."""
    return text.upper().replace("Ё", "Е")


def apposed_initials(name: str) -> tuple[str, str | None]:
    """A name that ends with its own abbreviation in apposition, the initials of the words before it
    (``Главное оперативное управление ГОУ``), or in brackets between them and a quoted name or a place (``Особая
    экономическая зона (ОЭЗ) «Березка»``, ``Фонд развития (ФР) Тверской области``) or ``имени`` (``Заречный
    университет (ЗУ) им. Петрова``): the name without it and the
    abbreviation; one in brackets of the last words only (a unit's: ``Пресс-служба Главного управления (ГУ) МВД
    …``), the name without it and ``None``; else the name and ``None``."""
    inside = _BRACKETED.search(name)  # ``Особая экономическая зона (ОЭЗ) «Березка»``: before a quoted name
    if inside is not None and inside[1] in LEGAL_FORMS:
        # ``Федеральное государственное унитарное предприятие (ФГУП) «…»``: its legal form's, which many share
        return f"{name[:inside.start()]} {name[inside.end():]}", None
    if inside is not None and is_abbreviation(inside[1]) and letters_key(inside[1]) == initials(name[:inside.start()]):
        return f"{name[:inside.start()]} {name[inside.end():]}", inside[1]
    if inside is not None and is_abbreviation(inside[1]) and of_last_words(name[:inside.start()], inside[1]):
        # ``Пресс-служба Главного управления (ГУ) МВД …``: a unit's abbreviation inside, not the whole's
        return f"{name[:inside.start()]} {name[inside.end():]}", None
    *words, last = name.split() or [""]
    if len(words) < 2 or not is_abbreviation(last) or letters_key(last) != initials(" ".join(words)):
        return name, None
    return " ".join(words), last


# kinds of org_types.csv a body's own name opens with, before the Latin abbreviation it ends with
_APPOSING_KINDS = frozenset({"descriptor", "body", "ministry"})


def split_apposed_latin(name: str, lexicon: OrgLexicon) -> tuple[str, str | None]:
    """A Russian name that ends with its Latin abbreviation in apposition (``Всемирная ассоциация гребных федераций
    WRA``, ``Агентство спортивной информации SID``): the name without it and the abbreviation, whose letters are
    the foreign name's, not the Russian words'. Only where the head noun (the first after adjectives) names a kind
    of body, not a unit (``Совет ассоциации WRA``: the association's), and names of its own follow it: neither a
    kind and the Latin name of the firm (``Немецкий концерн BMW``) nor a body of another kind named in its genitive
    (``Представительство компании IBM``); else the name and ``None``."""
    *words, last = name.split() or [""]
    if not (last.isascii() and last.isalpha() and is_abbreviation(last)) or len(words) < 2 \
            or not all(word.replace("-", "").isalpha() and not word.isascii() for word in words):
        return name, None
    head = next((i for i, word in enumerate(words) if not lexicon.morph.has_gram(word, "ADJF")), None)
    if head is None or head == len(words) - 1 or lexicon.kind_of(words[head]) not in _APPOSING_KINDS \
            or any(lexicon.kind_of(word) in ("descriptor", "unit") for word in words[head + 1:]):
        return name, None
    return " ".join(words), last


def of_last_words(before: str, abbreviation: str) -> bool:
    """Whether ``abbreviation`` is the initials of the last words of ``before``, not of all of them (a unit's
    body's: ``Пресс-служба Главного управления (ГУ)``); a legal form before them is no unit (``ОАО «Заречная
    ткацкая компания» (ЗТК)``: the company's own)."""
    words = before.split()
    size = len(abbreviation)
    return 1 < size < len(words) and letters_key(abbreviation) == initials(" ".join(words[-size:])) \
        and not all(word in LEGAL_FORMS for word in words[:-size])


# an abbreviation in brackets inside a name, before a quoted name, a capitalised word, or ``имени`` and whom the
# body is named after (``Заречный университет (ЗУ) им. Петрова``)
_BRACKETED = re.compile(r" \((\w+)\) (?=[«\"“„]|[А-ЯЁA-Z]|им\.|имени )")


# an abbreviation of a first word's syllable and the initials of the rest (``ТулГУ``, ``КубГТУ``)
_SYLLABIC = re.compile(r"([А-ЯЁ][а-яё]{1,3})([А-ЯЁ]{2,})")

# an abbreviation that keeps the conjunction ``и`` of its name in lower case (``ГУЭБиПК``, ``ИЭРиЖ``): the
# initials of its name leave the conjunction out
_WITH_CONJUNCTION = re.compile(r"[А-ЯЁ]+(?:и[А-ЯЁ]+)+")

# a Latin letter as an abbreviation of a foreign body is spelt in Cyrillic letter by letter (``IIHF`` → ``ИИХФ``,
# ``WADA`` → ``ВАДА``); letters of more than one reading (``C``, ``J``, ``Q``, ``X``, ``Y``) are left out
_CYRILLIC_LETTERS = str.maketrans("ABDEFGHIKLMNOPRSTUVWZ", "АБДЕФГХИКЛМНОПРСТУВВЗ")
_LATIN_VOWELS = frozenset("AEIOU")


def key_abbreviation(surface: str) -> str | None:
    """The key of an abbreviation as its name's initials would have it: ``ГУЭБиПК`` → ``ГУЭБПК``; ``None``
    for no abbreviation."""
    if _WITH_CONJUNCTION.fullmatch(surface):
        return letters_key(surface.replace("и", ""))
    return letters_key(surface) if is_abbreviation(surface) else None


def spell_in_cyrillic(abbreviation: str) -> str | None:
    """A Latin abbreviation read as a word spelt letter by letter in Cyrillic (``IIHF`` → ``ИИХФ``, ``NASA`` →
    ``НАСА``); ``None`` when it holds a letter of more than one reading or none, or is read by the names of its
    letters (no vowel among its first two: ``FBI``, ``WHO``), whose Cyrillic letters would be another
    abbreviation's."""
    upper = abbreviation.upper()
    spelt = upper.translate(_CYRILLIC_LETTERS)
    if spelt == upper or re.search(r"[A-Z]", spelt) or not _LATIN_VOWELS & set(upper[:2]):
        return None
    return spelt


def _syllabic(surface: str, orgs) -> dict[str, ResolvedOrg]:
    """The organizations of several words whose first word opens with an abbreviation's syllable and whose
    other words' initials are its capitals (``ТулГУ`` → ``Тульский государственный университет``)."""
    found = _SYLLABIC.fullmatch(surface)
    if found is None:
        return {}
    syllable, capitals = found.group(1).lower(), letters_key(found.group(2))
    return {org.org_id: org for org in orgs
            if len(words := org.name.split()) > 1 and words[0].lower().startswith(syllable)
            and initials(" ".join(words[1:])) == capitals}


def read_compound_initials(word: str, morph: Morph) -> frozenset[str]:
    """The initials of three letters or more a one-word compound name may be abbreviated by: the first letters of
    its stems, every way it splits into a first stem of two letters or more and known words of three or more
    after it, the last a noun (``Кедринвестбанк``: ``кедр``, ``инвест``, ``банк`` → ``КИБ``); a word of a linking
    vowel counts as its noun (``нефте`` for ``нефть``). Never any letters of it in order: ``С`` inside ``инвест``
    is no stem's."""
    word = fold(word)

    def heads(stop: int) -> set[str]:  # the initials of every split of word[:stop]
        out = {word[0]}
        for start in range(2, stop - 2):
            if _is_stem(word[start:stop], morph):
                out |= {head + word[start] for head in heads(start)}
        return out

    found = set()
    for start in range(2, len(word) - 2):
        if any(parse.tag.POS == "NOUN" for parse in morph.parses(word[start:])) and morph.is_known(word[start:]):
            found |= {head + word[start] for head in heads(start)}
    return frozenset(letters_key(letters) for letters in found if len(letters) >= 3)


def _is_stem(piece: str, morph: Morph) -> bool:
    """Whether a piece of a compound is a known word, or one before a linking vowel (``нефте``: ``нефть``)."""
    return morph.is_known(piece) or piece[-1] in "ео" and morph.is_known(piece[:-1] + "ь")


def _index_compounds(orgs, morph: Morph) -> dict[str, dict[str, ResolvedOrg]]:
    """The organizations of a one-word compound name and no abbreviation of their own by the initials of their
    name's stems (:func:`read_compound_initials`)."""
    index: dict[str, dict[str, ResolvedOrg]] = {}
    for org in dict.fromkeys(orgs):
        if org.name.isalpha() and not org.abbr:
            for key in read_compound_initials(org.name, morph):
                index.setdefault(key, {})[org.org_id] = org
    return index


# a state university's, institute's or academy's abbreviation (``СГУ``, ``ЮОГИ``): its place's initials, ``Г`` of
# ``государственный`` and the kind's initial
_STATE_SCHOOL = re.compile(r"([А-ЯЁ]+)Г([УИА])")
STATE_STEM = "государствен"  # the stem of ``государственный`` in any case


def _without_state(surface: str, orgs) -> dict[str, ResolvedOrg]:
    """The organizations a state school's abbreviation names when the text writes its name without
    ``государственный`` (``СГУ`` → ``Саратовский университет``): their initials are the abbreviation's without
    ``Г``."""
    found = _STATE_SCHOOL.fullmatch(surface)
    if found is None:
        return {}
    capitals = letters_key(found.group(1) + found.group(2))
    return {org.org_id: org for org in orgs
            if len(org.name.split()) > 1 and STATE_STEM not in org.name.lower() and initials(org.name) == capitals}


def _named_by(org: ResolvedOrg, surface: str) -> bool:
    """Whether a mention names its body by the body's own abbreviation only (``КПК`` the dictionary gives
    ``Коммунистическая партия Китая``): no mention that names it in full."""
    return org.abbr is not None and strip_acronym_ending(surface.strip("«»\"“”„ ")) == org.abbr


# what a body's name says it is attached to (``Совет … при президенте``): its abbreviation leaves it out
_ATTACHED_TO = " при "


def resolve_initialisms(analysis: Analysis, resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon,
                        changed: frozenset[str] | None = None) -> None:
    """An abbreviation no dictionary knows and the text does not define is the one organization
    of the document whose initials it is (``ГГ`` for ``Городская газета``): one body, not two; so is
    one the dictionary gives another body that the text never names in full (``МГУ`` after
    ``Мордовского государственного университета``, not Moscow's). A body ``при`` another is also known by the
    initials of the words before ``при`` (``КПК`` for ``Комитет партийного контроля при ЦК``). Read again after
    later rules changed the bodies ``changed`` (their ids), only the abbreviations that are or may be one of
    those are read: the others were read as they are."""
    by_initials: dict[str, dict[str, ResolvedOrg]] = {}
    by_quoted: dict[str, dict[str, ResolvedOrg]] = {}  # weaker: never over an abbreviation the dictionary knows
    own_names = {org.name for org in resolved.values()}  # the bodies a quoted name names on its own
    for span, org in resolved.items():
        if len(org.name.split()) > 1 and not _named_by(org, analysis.text[span.start:span.end]):
            plain = initials(org.name)
            by_initials.setdefault(plain, {})[org.org_id] = org
            if (solid := spell_solid_compound_initials(org.name, lexicon.morph)) not in (None, plain):
                by_initials.setdefault(solid, {})[org.org_id] = org  # ``ТПЗ``: ``Трубопрокатный завод``
            if (capitals := initials(org.name, keep_capitals=True)) != plain:  # ``ОПЗЖ``: ``… За жизнь``
                by_initials.setdefault(capitals, {})[org.org_id] = org
            if (quoted := find_closing_quoted_name(org.name)) is not None and quoted not in own_names:
                # ``ЗТК``: ``АО «Заречная торговая компания»``, not ``фракция «…»`` of a party the text names on its own
                by_quoted.setdefault(initials(quoted), {})[org.org_id] = org
            attached, at, _ = org.name.partition(_ATTACHED_TO)
            if at and len(attached.split()) > 1:  # ``КПК``: ``Комитет партийного контроля при ЦК``
                by_initials.setdefault(initials(attached), {})[org.org_id] = org
            if org.abbr and not is_abbreviation(analysis.text[span.start:span.end]):
                by_initials.setdefault(letters_key(org.abbr), {})[org.org_id] = org
                if spelt := spell_in_cyrillic(org.abbr):  # ``ИИХФ`` for ``… федерация хоккея (IIHF)``
                    by_initials.setdefault(spelt, {})[org.org_id] = org
    among = None if changed is None else [org for org in resolved.values() if org.org_id in changed]
    orgs = list(resolved.values())  # as they are before the loop below replaces some
    index: dict[str, dict[str, ResolvedOrg]] | None = None

    def compounds(key: str | None) -> dict[str, ResolvedOrg]:  # ``ТФБ``: ``Татфондбанк``, read at the first need
        nonlocal index
        if index is None:
            index = _index_compounds(orgs, lexicon.morph)
        return index.get(key, {})

    for span, org in list(resolved.items()):
        legal = _quoted_legal_abbreviation(org.name)  # ``ПАО «КМК»``: the company its letters are of
        surface = legal or strip_acronym_ending(analysis.text[span.start:span.end].strip("«»\"“”„ "))
        key = key_abbreviation(surface)
        if key is None and _SYLLABIC.fullmatch(surface) is None:
            continue
        if among is not None and org.org_id not in changed \
                and not (changed & (by_initials.get(key, {}) | by_quoted.get(key, {})).keys()
                         or _syllabic(surface, among) or _without_state(surface, among)
                         or changed & compounds(key).keys()):
            continue  # none of the changed bodies: as the first reading left it
        candidates = by_initials.get(key, {}) or (by_quoted.get(key, {}) if org.abbr is None else {}) \
            or _syllabic(surface, resolved.values()) or _without_state(surface, resolved.values()) or compounds(key)
        if org.abbr and org.abbr == surface and len(org.name.split()) > 1:
            candidates = {key: other for key, other in candidates.items() if other.abbr is None} \
                if org.org_id not in candidates else {}
        elif (org.abbr or len(org.name.split()) > 1) and legal is None:
            continue
        if legal is not None:  # a company's initials: another company's, never a body of state (``ООО «ГДК»``)
            candidates = {key: other for key, other in candidates.items()
                          if other.org_id != org.org_id and not lexicon.names_state_body(other.name)}
        if len(candidates) == 1:
            target = next(iter(candidates.values()))
            resolved[span] = replace(target, abbr=target.abbr or surface)
            if target.abbr is None and org.abbr is None:  # letters no dictionary gives: the body's own (``КТК``)
                resolved.update({at: replace(other, abbr=surface) for at, other in resolved.items()
                                 if other.org_id == target.org_id})
    _resolve_shared_abbreviations(analysis, resolved)
    _join_initials_before_tail(resolved, lexicon.morph)
    _join_named_abbreviations(resolved)


def _quoted_legal_abbreviation(name: str) -> str | None:
    """The quoted abbreviation a legal form opens a company's name with (``ПАО «КМК»`` → ``КМК``), else ``None``."""
    form, _, quoted = name.partition(" ")
    if form not in LEGAL_FORMS or len(quoted) < 4 or quoted[0] not in "«\"" or quoted[-1] not in "»\"":
        return None
    inner = quoted[1:-1]
    return inner if is_abbreviation(inner) and inner.isalpha() else None


def _join_named_abbreviations(resolved: dict[Span, ResolvedOrg]) -> None:
    """A body named by an abbreviation alone (``агентством KEDROX``: its descriptor aside) is the one other body of
    the document that abbreviation is of (``агентством по сбору проб KEDROX``)."""
    _join_by_abbreviation(resolved, lambda org: bool(org.abbr),
                          lambda span, org: org.name if org.abbr is None and " " not in org.name
                          and is_abbreviation(org.name) else None)


def _resolve_shared_abbreviations(analysis: Analysis, resolved: dict[Span, ResolvedOrg]) -> None:
    """An abbreviation the dictionary gives two bodies (``ВС РФ``: the supreme court and the armed forces),
    written as it is, is the other one when the text names only that other in full (``Вооружённых сил
    Российской Федерации``): the one the text speaks of."""
    text = analysis.text
    in_full = {org.org_id for span, org in resolved.items()
               if org.abbr and text[span.start:span.end] != org.abbr and len(text[span.start:span.end].split()) > 1}
    _join_by_abbreviation(resolved, lambda org: org.org_id in in_full,
                          lambda span, org: org.abbr if org.abbr == text[span.start:span.end]
                          and org.org_id not in in_full else None)


def _join_by_abbreviation(resolved: dict[Span, ResolvedOrg], indexed: Callable[[ResolvedOrg], bool],
                          abbreviation: Callable[[Span, ResolvedOrg], str | None]) -> None:
    """Each mention ``abbreviation`` gives an abbreviation becomes the one other body with that abbreviation
    among the bodies ``indexed`` keeps (by the abbreviations they had before any mention changed)."""
    by_abbr: dict[str, dict[str, ResolvedOrg]] = {}
    for org in resolved.values():
        if indexed(org):
            by_abbr.setdefault(org.abbr, {})[org.org_id] = org
    for span, org in list(resolved.items()):
        abbr = abbreviation(span, org)
        if abbr is None:
            continue
        others = {org_id: other for org_id, other in by_abbr.get(abbr, {}).items() if org_id != org.org_id}
        if len(others) == 1:
            resolved[span] = next(iter(others.values()))


def _join_initials_before_tail(resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """A body named by an abbreviation and a tail (``ВС Заморья``, ``ГУ МВД``) is the one body of the document
    named with the same tail after the words whose initials the abbreviation is (``Вооружённые силы Заморья``,
    ``Главное управление МВД``); one named by adjectives and an abbreviation (``Заречная ОКБ``) is the one named with
    the same adjectives before those words (``Заречная областная клиническая больница``): the abbreviation holds the
    name's noun, not a body it is of (``Совет РПЦ`` is a council, which a church's abbreviation does not name)."""
    def full_keys(words: list[str]) -> list[tuple[str, str, str]]:
        if not words or is_abbreviation(words[0]):  # a name of no words or beginning with an abbreviation
            return []
        sizes = range(1, len(words) - 1)
        tails = [("tail", initials(" ".join(words[:-size])), " ".join(words[-size:])) for size in sizes]
        return tails + [("head", " ".join(words[:size]), initials(" ".join(words[size:]))) for size in sizes
                        if all(morph.has_gram(word, "ADJF") for word in words[:size])]

    def short_key(words: list[str]) -> tuple[str, str, str] | None:
        if len(words) >= 2 and is_abbreviation(words[0]) and len(words[0]) >= 2:
            return "tail", letters_key(words[0]), " ".join(words[1:])
        if len(words) >= 2 and is_abbreviation(words[-1]) \
                and all(not is_abbreviation(w) and morph.has_gram(w, "ADJF") for w in words[:-1]):
            return "head", " ".join(words[:-1]), letters_key(words[-1])
        return None

    by_key: dict[tuple[str, str, str], dict[str, ResolvedOrg]] = {}
    for org in dict.fromkeys(resolved.values()):
        for key in full_keys(org.name.split()):
            by_key.setdefault(key, {})[org.org_id] = org
    joins: dict[str, ResolvedOrg] = {}  # the id of a body → the body its mentions become
    for org in list(dict.fromkeys(resolved.values())):
        key = short_key(org.name.split())
        if key is None:
            continue
        others = {org_id: other for org_id, other in by_key.get(key, {}).items() if org_id != org.org_id}
        if len(others) == 1:
            other = next(iter(others.values()))
            joined = replace(other, abbr=other.abbr or org.name)  # ``ВС Заморья``: the short name kept
            for org_id, target in joins.items():
                if target.org_id == other.org_id:  # the body joined before: the later join is its
                    joins[org_id] = joined
            joins[org.org_id] = joins[other.org_id] = joined
    for each, named in list(resolved.items()):
        if named.org_id in joins:
            resolved[each] = joins[named.org_id]
