"""One-word compounds no dictionary knows (``Нацбанк``, ``Центробанка``): the one organization of the
document whose name of an adjective and a noun they shorten."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..records import Span

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

_COMPOUND_CUTS = (3, 4, 5)  # letters of the adjective a compound keeps (``нац``, ``центро``: ``центр``)


def compound_keys(name: str, morph: Morph) -> set[str]:
    """The compounds a name of an adjective and its noun is shortened to (the adjective's first letters, the
    noun's lemma): ``Национальный банк Украины`` → ``нацбанк``, ``Национальная гвардия`` → ``нацгвардия``."""
    words = name.split()
    if len(words) < 2 or not morph.has_gram(words[0], "ADJF") or not words[1].isalpha():
        return set()
    adjective, noun = fold(words[0]), morph.lemma(words[1])
    return {adjective[:cut] + noun for cut in _COMPOUND_CUTS} | {adjective[:cut] + "о" + noun for cut in _COMPOUND_CUTS}


def resolve_compounds(resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """A one-word compound no dictionary knows is the one organization of the document whose name
    it shortens (``Нацбанк`` for ``Национальный банк Украины``, ``Центробанка`` for ``Центральный
    банк Армении``): one body, not two."""
    by_compound: dict[str, dict[str, ResolvedOrg]] = {}
    for org in resolved.values():
        for key in compound_keys(org.name, morph):
            by_compound.setdefault(key, {})[org.org_id] = org
    if not by_compound:
        return
    for span, org in list(resolved.items()):
        words = org.name.split()
        if len(words) != 1 or org.abbr or not words[0].isalpha():
            continue
        candidates = by_compound.get(morph.lemma(words[0])) or by_compound.get(fold(words[0]), {})
        if len(candidates) == 1:
            resolved[span] = next(iter(candidates.values()))
