"""A one-word dictionary name that a body the document named before is written with, followed by
more words (``Совбез`` after ``Совет Безопасности ООН``, whose dictionary names hold ``Совбез ООН``):
that body, not the one the dictionary reads the word alone as (Russia's security council). A body named after
its leader with and without the leader's title (``Администрация Орлова``, ``Администрация президента Орлова``) is
one body. A body named without the lower-case adjectives that open another's mention (``Комитет по разведке``,
``сенатского комитета по разведке``) is that one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import OrgLexicon, is_abbreviation, org_key
from ..records import Span
from ..text import split_words
from .org_spellings import name_words

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def join_short_variants(analysis: Analysis, resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """Every span of a dictionary body whose words start a longer dictionary name of exactly one other
    body the document named before it takes that body (``Совбеза``, ``Совете Безопасности`` after ``Совета
    Безопасности ООН``), and so does a bare abbreviation nothing else names that starts that body's
    abbreviation (``СБ`` after ``Совет Безопасности (СБ) ООН``); words no such name starts, or that two bodies
    share, stay as they are, and so do words of more than one whose own body the document named before
    (``Министерство обороны`` after both ``Министерство обороны России`` and ``… США``)."""
    for span, org in list(resolved.items()):
        surface = analysis.text[span.start:span.end]
        words = surface.split()
        known = lexicon.lookup(org.name) is not None
        if not known and not (len(words) == 1 and is_abbreviation(surface) and org.name == surface):
            continue
        earlier = [(before, other) for before, other in resolved.items() if before.end <= span.start]
        if len(words) > 1 and any(other.org_id == org.org_id for _, other in earlier):
            continue
        written = [{fold(word), fold(lexicon.morph.lemma(word))} for word in words]
        candidates = {other.org_id: other for _, other in earlier
                      if other.org_id != org.org_id
                      and (_starts_a_variant(written, other.name, lexicon) if known
                           else _starts_abbreviation(surface, other))}
        if len(candidates) == 1:
            resolved[span] = next(iter(candidates.values()))


def _starts_a_variant(written: list[set[str]], name: str, lexicon: OrgLexicon) -> bool:
    """Whether one of the dictionary's names of the body ``name`` is longer than the ``written`` words
    and starts with them (each one in one of its forms)."""
    for variant in lexicon.variants.get(org_key(name), ()):
        words = split_words(variant)
        if len(words) > len(written) and all(fold(word) in forms for word, forms in zip(words, written)):
            return True
    return False


def _starts_abbreviation(surface: str, other: ResolvedOrg) -> bool:
    """Whether the abbreviation ``surface`` is the first word of ``other``'s abbreviation of two words
    or more (``СБ`` of ``СБ ООН``)."""
    words = (other.abbr or "").split()
    return len(words) > 1 and words[0] == surface


def join_bare_units(resolved: dict[Span, ResolvedOrg]) -> None:
    """Every organization of two words or more whose words start the name of exactly one organization
    named before it, a unit named with its body's abbreviation (``Совет управляющих ЗАА`` … ``Совета
    управляющих``), takes that one; a unit named with a body's words (``Совет директоров компании
    «Кедр»``) is left to other rules, and so is a name of one word."""
    for span, org in list(resolved.items()):
        words = name_words(org)
        if len(words) < 2 or any(is_abbreviation(word) for word in words):
            continue
        candidates = {other.org_id: other for before, other in resolved.items()
                      if before.end <= span.start and other.org_id != org.org_id
                      and _unit_of_abbreviated(name_words(other), words)}
        if len(candidates) == 1:
            resolved[span] = next(iter(candidates.values()))


def _unit_of_abbreviated(longer: list[str], words: list[str]) -> bool:
    rest = longer[len(words):]
    return bool(rest) and [w.casefold() for w in longer[:len(words)]] == [w.casefold() for w in words] \
        and all(is_abbreviation(word) for word in rest)


# titles of a leader a body is named after, written or left out before the leader's name
_LEADER_TITLES = frozenset({"президент", "премьер", "премьер-министр", "канцлер", "губернатор", "мэр", "король",
                            "председатель", "лидер"})


def join_titled_owners(resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Every organization named after its leader without the leader's title takes the one organization of the
    document named with it (``Администрация Орлова`` → ``Администрация президента Орлова``), the leader's
    name the same (a person's name: not a place or a body, ``Совет лидеров Евросоюза``, ``Администрация
    губернатора Заречной области``); two such, or none, leave it as it is."""
    fuller: dict[tuple[str, ...], dict[str, ResolvedOrg]] = {}
    for org in resolved.values():
        words = name_words(org)
        for at in range(1, len(words) - 1):
            if words[at][:1].islower() and morph.forms(words[at]) & _LEADER_TITLES \
                    and all(_person_word(word, morph) for word in words[at + 1:]):
                key = tuple(fold(word) for word in words[:at] + words[at + 1:])
                fuller.setdefault(key, {})[org.org_id] = org
    if not fuller:
        return
    for span, org in list(resolved.items()):
        candidates = fuller.get(tuple(fold(word) for word in name_words(org)), {})
        if len(candidates) == 1 and org.org_id not in candidates:
            resolved[span] = next(iter(candidates.values()))


# readings of a word that name a place or a body, and of one that names a person
_NOT_PERSONS = ("Geox", "Orgn", "Abbr")
_PERSONS = ("Surn", "Name", "Patr")


def _person_word(word: str, morph: Morph) -> bool:
    """Whether a capitalised word can be of a person's name: pymorphy reads it as a surname, a first name or a
    patronymic, or else as neither a place, a body nor a full adjective (``Орлова``, ``Сомова``; not ``Евросоюза``,
    ``Заречной``)."""
    if not word[:1].isupper() or is_abbreviation(word):
        return False
    parses = morph.parses(fold(word))
    if any(gram in parse.tag for parse in parses for gram in _PERSONS):
        return True
    return not any(gram in parse.tag for parse in parses for gram in _NOT_PERSONS) \
        and not (parses and parses[0].tag.POS == "ADJF")


def join_unqualified_names(text: str, resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """Every body of two words or more the dictionary does not know whose name is the name of exactly one other
    body of the document without the lower-case adjectives that open the other's mention (``Комитет по разведке``
    beside ``сенатского комитета по разведке``) takes that body; two such, a body the dictionary knows
    (``Министерство иностранных дел``), or adjectives of the other's own name (``Федеральное авиационное
    управление``, ``Заречный областной суд``: the name as the text writes it) leave it as it is. The adjectives
    written and of the name are compared by lemma: the name's agrees with its noun (``Городская служба``)."""
    morph = lexicon.morph
    tails: dict[tuple[str, ...], dict[str, ResolvedOrg]] = {}
    for span, org in resolved.items():
        words = org.name.split()
        written = text[span.start:span.end].split()
        for at in range(1, min(len(words), len(written)) - 1):
            parses = morph.parses(fold(words[at - 1]))
            if not parses or parses[0].tag.POS != "ADJF" or not written[at - 1][:1].islower() \
                    or fold(morph.lemma(written[at - 1])) != fold(morph.lemma(words[at - 1])):
                break
            tails.setdefault(tuple(fold(word) for word in words[at:]), {})[org.org_id] = org
    if not tails:
        return
    for span, org in list(resolved.items()):
        words = org.name.split()
        candidates = tails.get(tuple(fold(word) for word in words), {})
        if len(words) > 1 and len(candidates) == 1 and org.org_id not in candidates \
                and org.country is None and org.region_code is None and lexicon.lookup(org.name) is None:
            resolved[span] = next(iter(candidates.values()))

