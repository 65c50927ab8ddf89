"""Which region's branch of a party a text means by ``региональное отделение`` with no region.

A text names a party's regional branch with its region once (``Псковского регионального отделения партии
«Зелёный путь»``) and then by ``регионального отделения партии`` or ``регионального отделения «Зелёного
пути»``: that branch, when it is the one branch with a region the text names (of the same party, where the
mention names one). A text that names no such branch and is about one region named as a region names that
region's branch: ``Омское региональное отделение партии «Зелёный путь»`` (the region's adjective), or
``Региональное отделение партии «Зелёный путь» в Республике Татарстан`` for a region whose name opens with
no adjective. A branch that names no party, or a text about no one region, is left as it is.
"""

from __future__ import annotations

from ..places import RUSSIA, Gazetteer, Place
from ..records import Span
from ..text import OPENING_QUOTES
from .ids import org_id_for
from .locations import Scope
from .organizations import ResolvedOrg
from .regional import region_named

_BRANCH = ("региональный", "отделение")


def place_party_branches(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place], scope: Scope,
                         gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each party's regional branch named with no region made the branch the text
    names with its region, or its region's (see the module)."""
    morph = gazetteer.morph
    placed: dict[str, ResolvedOrg] = {}  # in the order the text names them
    for span in sorted(organizations, key=lambda span: span.start):
        if organizations[span].region_code and _is_branch(organizations[span], morph):
            placed.setdefault(organizations[span].org_id, organizations[span])
    own = region_named(places, scope, gazetteer)
    out = dict(organizations)
    for span, org in organizations.items():
        if org.region_code or org.country not in (None, RUSSIA) or not _is_branch(org, morph):
            continue
        party = _party_lemmas(org.name, morph)
        ones = [one for one in placed.values() if party <= _party_lemmas(one.name, morph)]
        if len({one.region_code for one in ones}) == 1:
            out[span] = ones[0]  # of one region however spelled: the first
        elif not placed and own and party and _opens_with_branch(org, morph):
            out[span] = _of_region(org, scope.region, gazetteer)
    return out


def _is_branch(org: ResolvedOrg, morph) -> bool:
    """Whether ``org`` is named a regional branch, after adjectives only (``Региональное отделение …``,
    ``Псковское региональное отделение …``, ``Московское областное региональное отделение …``; not
    ``Конференция Псковского регионального отделения …``)."""
    words = org.name.split()
    lemmas = [morph.lemma(word) for word in words[:4]]
    return any(tuple(lemmas[i:i + 2]) == _BRANCH and all(morph.has_gram(word, "ADJF") for word in words[:i])
               for i in range(3))


def _opens_with_branch(org: ResolvedOrg, morph) -> bool:
    return tuple(morph.lemma(word) for word in org.name.split()[:2]) == _BRANCH


def _party_lemmas(name: str, morph) -> frozenset[str]:
    """The lemmas of the quoted name of the party a branch's name gives (``«Зелёного пути»`` → ``зелёный``,
    ``путь``); empty for a name that quotes none."""
    start = next((i for i, ch in enumerate(name) if ch in OPENING_QUOTES), None)
    if start is None:
        return frozenset()
    words = "".join(ch if ch.isalnum() or ch == "-" else " " for ch in name[start:]).split()
    return frozenset(morph.lemma(word) for word in words)


def _of_region(org: ResolvedOrg, region: str, gazetteer: Gazetteer) -> ResolvedOrg:
    """``Региональное отделение партии «Зелёный путь»`` of Omsk Oblast → ``Омское региональное отделение
    партии «Зелёный путь»``; of a region whose name opens with no adjective, ``… в Республике Татарстан``."""
    morph = gazetteer.morph
    words = org.name.split()
    region_words = gazetteer.region_by_code[region].name.split()
    adjective = morph.inflect(region_words[0], {"neut", "nomn", "sing"}, prefer={"POS": "ADJF"}) \
        if len(region_words) == 2 and morph.has_gram(region_words[0], "ADJF") else None
    if adjective:
        name = " ".join([adjective.capitalize(), words[0].lower(), *words[1:]])
    else:
        name = f"{org.name} в {gazetteer.in_case(gazetteer.region_by_code[region].name, 'loct')}"
    return ResolvedOrg(org_id_for(name), name, org.abbr, region, RUSSIA)
