"""One body for a federal agency's office in a region however a text spells it.

A text names a federal agency's territorial office by the unit's abbreviation (``ГУ МЧС России по Омской
области``), by its words (``Главное управление МЧС по Омской области``) or by one abbreviation of both
(``УФНС по Омской области`` and ``Управление ФНС России по Омской области``): the same unit (``главное
управление`` or ``управление``) of the same agency of the dictionary (``МЧС``, ``ФНС``), with or without
``России``, for the same place, is one body, named as the text first names it. A ``главное управление`` and an
``управление`` stay two (``ГУ МВД``, ``УМВД``), as do offices for two places (``по Омску``, ``по Омской
области``).
"""

from __future__ import annotations

from ..morph import fold
from ..orgs import OrgLexicon, org_key
from ..places import RUSSIA
from ..records import Span
from .organizations import ResolvedOrg

_MAIN, _PLAIN = "главное управление", "управление"
# the abbreviations of a unit before an agency's (``ГУ МЧС``, ``УФНС``)
_UNIT_ABBREVIATIONS = {"ГУ": _MAIN, "У": _PLAIN}
_RUSSIA = frozenset({"россии", "рф"})


def join_territorial_offices(organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each federal agency's office in a place, spelled in several ways, one body named as
    the first mention names it (see the module)."""
    first: dict[tuple, ResolvedOrg] = {}
    for span in sorted(organizations, key=lambda span: span.start):
        key = _office_key(organizations[span], lexicon)
        if key is not None:
            first.setdefault(key, organizations[span])
    out = dict(organizations)
    for span, org in organizations.items():
        key = _office_key(org, lexicon)
        if key is not None:
            out[span] = first[key]
    return out


def _office_key(org: ResolvedOrg, lexicon: OrgLexicon) -> tuple[str, str, str] | None:
    """``(unit, agency, place)`` of a federal agency's territorial office (``Главное управление МЧС по Омской
    области`` → ``главное управление``, the ministry's key, ``омский область``), or ``None``."""
    words = org.name.split()
    folded = [fold(word) for word in words]
    if not org.region_code or org.country not in (None, RUSSIA) or "по" not in folded:
        return None
    cut = folded.index("по")
    head = [word for word in words[:cut] if fold(word) not in _RUSSIA]
    unit, agency = _unit_and_agency(head, lexicon)
    ref = lexicon.lookup(agency) if unit else None
    if ref is None or ref.country != RUSSIA or not words[cut + 1:]:
        return None
    return unit, org_key(ref.name), " ".join(lexicon.morph.lemma(word) for word in words[cut + 1:])


def _unit_and_agency(head: list[str], lexicon: OrgLexicon) -> tuple[str | None, str]:
    """The unit and the agency's name of a territorial office's words before ``по``: ``ГУ МЧС``, ``Главное
    управление МЧС``, ``Управление ФНС``, ``УФНС``; ``(None, "")`` for others."""
    lemmas = [lexicon.morph.lemma(word) for word in head]
    if len(head) > 2 and fold(head[0]).startswith("главн") and lemmas[1] == "управление":
        return _MAIN, " ".join(head[2:])
    if len(head) > 1 and lemmas[0] == "управление":
        return _PLAIN, " ".join(head[1:])
    if len(head) == 2 and head[0] in _UNIT_ABBREVIATIONS:
        return _UNIT_ABBREVIATIONS[head[0]], head[1]
    if len(head) == 1 and head[0].isupper():
        for abbreviation, unit in sorted(_UNIT_ABBREVIATIONS.items(), key=lambda item: -len(item[0])):
            if head[0].startswith(abbreviation) and len(head[0]) > len(abbreviation) + 1:
                return unit, head[0][len(abbreviation):]
    return None, ""
