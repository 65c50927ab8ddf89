"""One organization named once with the words that say what it is before its name (``Заречный футбольный
клуб ТФК``, ``нефтяного концерна Би-Эм``) and elsewhere by its name alone (``ТФК``, ``Би-Эм``): the
normalizers keep the descriptor with adjectives before it as part of a name (``Социалистической рабочей
партии Британии``), so the described one is the named one when the document names that one too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..orgs import OrgLexicon, is_abbreviation
from ..places import Gazetteer
from ..records import Span
from .org_spellings import name_words, point_at_joined

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def join_described_names(resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon, gazetteer: Gazetteer) -> None:
    """Every organization whose name is adjectives, a descriptor and the whole name of another
    organization of the document takes that one: ``Тверской футбольный клуб ТФК`` beside ``ТФК``;
    not when the dictionary knows the other as a body of another kind (``Детский фонд ООН`` beside
    ``ООН``: a fund of the organization), nor a unit's noun before it (``Пресс-служба ТФК``). An abbreviation
    may be the genitive of the body a unit belongs to (``Координационный центр ЗГУ``), so before one the
    adjectives open with a place's (``Тверской футбольный клуб ТФК``)."""
    names = {_key(org): org for org in resolved.values()}
    targets: dict[str, ResolvedOrg] = {}
    for org in dict.fromkeys(resolved.values()):
        words = name_words(org)
        for size in range(1, len(words) - 1):
            other = names.get(" ".join(w.casefold() for w in words[-size:]))
            if other is not None and other.org_id != org.org_id \
                    and _describes(words[:-size], other, lexicon) \
                    and (not all(is_abbreviation(w) for w in words[-size:])
                         or gazetteer.place_of_adjective(words[0]) is not None):
                targets[org.org_id] = other
                break
    point_at_joined(resolved, targets)


def _key(org: ResolvedOrg) -> str:
    return " ".join(w.casefold() for w in name_words(org))


def _describes(words: list[str], other: ResolvedOrg, lexicon: OrgLexicon) -> bool:
    """Whether ``words`` are adjectives and a descriptor (at least one adjective) that may say what
    ``other`` is: the dictionary knows no kind of it, or knows the descriptor's."""
    *adjectives, noun = words
    if not adjectives or not _descriptor_phrase(adjectives, noun, lexicon):
        return False
    kinds = lexicon.kind_lemmas(other.name)
    return not kinds or lexicon.morph.lemma(noun) in kinds


def _descriptor_phrase(adjectives: list[str], noun: str, lexicon: OrgLexicon) -> bool:
    """Whether ``noun`` is a descriptor and ``adjectives`` (none or more) are all alphabetic full adjectives."""
    return lexicon.kind_of(noun) == "descriptor" \
        and all(word.isalpha() and lexicon.morph.has_gram(word, "ADJF") for word in adjectives)


def join_described_abbreviations(text: str, resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """A mention in lower case of a descriptor (adjectives before it or none) and the abbreviation the text gives
    another body (``независимого профсоюза КРС`` beside ``Межрегионального профсоюза «Рабочее братство» (КРС)``)
    is that body, where the text names it elsewhere with the same descriptor noun; a noun of another kind is left
    alone, a unit and not that body (``координационного центра ЗГУ`` beside ``Заречный государственный университет
    (ЗГУ)``)."""
    morph = lexicon.morph
    by_abbr: dict[str, dict[str, ResolvedOrg]] = {}
    for org in resolved.values():
        if org.abbr and is_abbreviation(org.abbr):
            by_abbr.setdefault(org.abbr, {})[org.org_id] = org
    if not by_abbr:
        return
    nouns: dict[str, set[str]] = {}  # an organization → the lemmas of the words its mentions are written with
    joined: dict[str, ResolvedOrg] = {}
    for span, org in resolved.items():
        *described, last = text[span.start:span.end].split()
        targets = by_abbr.get(last, {})
        if len(targets) != 1 or org.org_id in targets or not described or not described[0][:1].islower():
            continue
        *adjectives, noun = described
        target = next(iter(targets.values()))
        if not _descriptor_phrase(adjectives, noun, lexicon):
            continue
        if target.org_id not in nouns:  # built once per body, and only for one a mention may join
            nouns[target.org_id] = {morph.lemma(word) for other, body in resolved.items()
                                    if body.org_id == target.org_id for word in text[other.start:other.end].split()}
        if morph.lemma(noun) in nouns[target.org_id]:
            joined[org.org_id] = target
    point_at_joined(resolved, joined)  # its other mentions too (``профсоюза`` referring back to it)
