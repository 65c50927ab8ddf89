"""A ministry named by a compound of ``Мин`` and the first letters of its remit (``Минобразования``,
``Минсельхоз``, ``Минобрнауки``) in a text that names one ministry of that remit in full (``Министерство
образования Тверской области``, ``Министерство образования и науки``): the compound is that ministry.

Only compounds the dictionary does not know reach this rule (one it knows is named by the dictionary's full name),
and only a Russian ministry named in full takes one (a foreign one is :mod:`.abroad`'s); a compound the text says is
Russia's (``российского Минлесхоза``) takes only a federal one, a region's ministry beside it being
:mod:`.cabinet`'s decision. Where the text names two ministries the compound may stand for, it stays as it is."""

from __future__ import annotations

import re

from ..morph import fold
from ..places import RUSSIA
from ..records import Span
from .organizations import ResolvedOrg

MINISTRY_COMPOUND = re.compile(r"Мин([а-яё]{3,})")  # a compound of one word: ``Минобразования``, ``Минэнерго``
_MINISTRY = "министерство "
_JOINING = frozenset({"и"})
_MIN_PART = 3  # the fewest letters of a remit word a compound keeps (``обр`` of ``образования``)
_LINKING = "о"  # the vowel that links the parts of a compound (``Минэнерго``, ``Минэкономразвития``)


def join_ministry_compounds(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each ministry named by a compound made the one Russian ministry the text names in
    full whose remit the compound spells (see the module)."""
    remits = {org.org_id: (org, remit) for org in organizations.values()
              if org.country in (None, RUSSIA) and (remit := remit_words(org.name))}
    if not remits:
        return organizations
    taken: dict[str, ResolvedOrg] = {}
    for org in organizations.values():
        compound = MINISTRY_COMPOUND.fullmatch(org.name)
        if compound is None or org.org_id in taken:
            continue
        federal_only = org.country == RUSSIA and org.region_code is None
        if org.country not in (None, RUSSIA) or org.country is None and org.region_code is not None:
            continue
        found = {full.org_id: full for full, remit in remits.values() if full.org_id != org.org_id
                 and spells_remit(fold(compound[1]), remit)
                 and (not federal_only or full.region_code is None)}
        if len(found) == 1:
            taken[org.org_id] = next(iter(found.values()))
    return {span: taken.get(org.org_id, org) for span, org in organizations.items()}


def remit_words(name: str) -> list[str]:
    """The words of a ministry's remit after ``Министерство``, to its first capitalised word (``Министерство
    образования и науки Тверской области`` → ``образования``, ``и``, ``науки``); none for another name."""
    if not fold(name).startswith(_MINISTRY):
        return []
    words = []
    for word in name.split()[1:]:
        if not word.isalpha() or not word.islower():
            break
        words.append(fold(word))
    return words


def spells_remit(stem: str, remit: list[str]) -> bool:
    """Whether a compound's letters after ``Мин`` (``обрнауки``, ``сельхоз``, ``энерго``) are the first letters of
    the remit's words in their order, at least three of each word it keeps, a linking ``о`` allowed between
    them and at the end; the compound may leave the last words out (``Минтруд`` of ``труда и социальной
    защиты``)."""
    at = 0
    for word in (w for w in remit if w not in _JOINING):
        if at == len(stem):
            return True
        if at and stem[at] == _LINKING and not word.startswith(_LINKING):
            at += 1
        kept = 0
        while at + kept < len(stem) and kept < len(word) and stem[at + kept] == word[kept]:
            kept += 1
        if kept < min(_MIN_PART, len(word)):
            return False
        at += kept
    return at == len(stem) or stem[at:] == _LINKING
