"""A one-word dictionary name that a body the document named before is written with, followed by
more words (``Совбез`` after ``Совет Безопасности ООН``, whose dictionary names hold ``Совбез ООН``):
that body, not the one the dictionary reads the word alone as (Russia's security council)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import fold
from ..ner import Analysis
from ..orgs import OrgLexicon, is_abbreviation, org_key
from ..records import Span
from ..text import split_words
from .org_spellings import name_words

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def join_short_variants(analysis: Analysis, resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """Every one-word span of a dictionary body that starts a longer dictionary name of exactly one
    other body the document named before it takes that body (``Совбеза`` after ``Совета Безопасности
    ООН``); a word no such name starts, or that two bodies share, stays as it is."""
    for span, org in list(resolved.items()):
        surface = analysis.text[span.start:span.end]
        if len(surface.split()) != 1 or lexicon.lookup(org.name) is None:
            continue
        written = {fold(surface), fold(lexicon.morph.lemma(surface))}
        candidates = {other.org_id: other for before, other in resolved.items()
                      if before.end <= span.start and other.org_id != org.org_id
                      and _starts_a_variant(written, other.name, lexicon)}
        if len(candidates) == 1:
            resolved[span] = next(iter(candidates.values()))


def _starts_a_variant(written: set[str], name: str, lexicon: OrgLexicon) -> bool:
    """Whether one of the dictionary's names of the body ``name`` is longer than a word and starts with
    one of the ``written`` forms."""
    for variant in lexicon.variants.get(org_key(name), ()):
        words = split_words(variant)
        if len(words) > 1 and fold(words[0]) in written:
            return True
    return False


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
