"""One body for a federal agency's office in a region however a text spells it.

A text names a federal agency's territorial office by the unit's abbreviation (``ГУ МЧС России по Омской
области``), by its words (``Главное управление МЧС по Омской области``) or by one abbreviation of both
(``УФНС по Омской области`` and ``Управление ФНС России по Омской области``): the same unit (``главное
управление`` or ``управление``) of the same agency of the dictionary (``МЧС``, ``ФНС``), with or without
``России``, for the same place (after ``по`` or in the genitive: ``УМВД Омской области``), is one body, named as
the text first names it with ``по`` (or else first). A ``главное управление`` and an
``управление`` stay two (``ГУ МВД``, ``УМВД``), as do offices for two places (``по Омску``, ``по Омской
области``). The Investigative Committee's offices are units of their own (``следственное управление``, ``СУ``;
``главное следственное управление``, ``ГСУ``), and one named by its unit alone (``СУ по Омской области``) is the
Committee's; an agency written in the genitive is the dictionary's by its words (``Управление Росреестра``,
``Управление Федеральной службы государственной регистрации, кадастра и картографии``).
"""

from __future__ import annotations

from dataclasses import replace

from ..morph import fold
from ..orgs import OrgLexicon, is_office_abbreviation, org_key
from ..places import RUSSIA, Gazetteer
from ..records import Span
from .ids import org_id_for
from .organizations import ResolvedOrg, first_named

_MAIN, _PLAIN = "главное управление", "управление"
_INVESTIGATIVE, _MAIN_INVESTIGATIVE = "следственное управление", "главное следственное управление"
# the abbreviations of a unit before an agency's (``ГУ МЧС``, ``УФНС``, ``СУ СК``)
_UNIT_ABBREVIATIONS = {"ГУ": _MAIN, "У": _PLAIN, "СУ": _INVESTIGATIVE, "ГСУ": _MAIN_INVESTIGATIVE}
# the agency whose unit an investigative office named by its unit alone is (``СУ по Омской области``)
_INVESTIGATIVE_AGENCY = "СК"
_RUSSIA = frozenset({"россии", "рф"})


def name_placed_offices(organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon, gazetteer: Gazetteer
                        ) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each office named by its region's adjective and abbreviation (``Заречное УФАС``,
    ``Заречного ГУ МВД``) named as the agency names its offices, with ``по`` and the region (``УФАС по Заречной
    области``), in that region: then one body with the office the text names so."""
    out = {}
    for span, org in organizations.items():
        words = org.name.split()
        office = len(words) > 1 and is_office_abbreviation(words[1:], lexicon)
        code = gazetteer.region_of_adjective(words[0]) if office else None
        if code is not None:
            name = f"{' '.join(words[1:])} по {gazetteer.in_case(gazetteer.region_by_code[code].name, 'datv')}"
            org = replace(org, org_id=org_id_for(name), name=name, region_code=org.region_code or code)
        out[span] = org
    return out


def join_territorial_offices(organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each federal agency's office in a place, spelled in several ways, one body named as
    the first mention with ``по`` names it, or else the first (see the module)."""
    return first_named(organizations, lambda org: _office_key(org, lexicon),
                       preferred=lambda org: "по" in org.name.split())


def _office_key(org: ResolvedOrg, lexicon: OrgLexicon) -> tuple[str, str, str] | None:
    """``(unit, agency, place)`` of a federal agency's territorial office (``Главное управление МЧС по Омской
    области`` → ``главное управление``, the ministry's key, ``омский область``), or ``None``."""
    words = org.name.split()
    folded = [fold(word) for word in words]
    if not org.region_code or org.country not in (None, RUSSIA):
        return None
    if "по" not in folded:
        return _genitive_office_key(words, lexicon)
    cut = folded.index("по")
    head = [word for word in words[:cut] if fold(word) not in _RUSSIA]
    found = _unit_and_ref(head, lexicon)
    if found is None or not words[cut + 1:]:
        return None
    return found[0], org_key(found[1].name), " ".join(lexicon.morph.lemma(word) for word in words[cut + 1:])


def _genitive_office_key(words: list[str], lexicon: OrgLexicon) -> tuple[str, str, str] | None:
    """The key of a territorial office whose place is a genitive after its agency (``ГУ МЧС Омской области``,
    ``УМВД Омской области``, ``Главное управление МВД Омской области``): the same as with ``по``, or ``None``."""
    for cut in range(1, len(words)):
        head = [word for word in words[:cut] if fold(word) not in _RUSSIA]
        found = _unit_and_ref(head, lexicon) if head else None
        if found is not None:
            place = words[cut:]
            if not place[0][:1].isupper() or place[0].isupper():
                return None
            return found[0], org_key(found[1].name), " ".join(lexicon.morph.lemma(word) for word in place)
    return None


def _unit_and_ref(head: list[str], lexicon: OrgLexicon):
    """The unit of a territorial office's words before its place and the dictionary's Russian agency it is a
    unit of, or ``None``."""
    unit, agency = _unit_and_agency(head, lexicon)
    if unit in (_INVESTIGATIVE, _MAIN_INVESTIGATIVE) and not agency:
        agency = _INVESTIGATIVE_AGENCY
    ref = _agency(agency, lexicon) if unit else None
    return (unit, ref) if ref is not None and ref.country == RUSSIA else None


def _agency(agency: str, lexicon: OrgLexicon):
    """The dictionary's body an agency's name is, nominative or genitive (``МЧС``, ``Росреестра``,
    ``Федеральной службы государственной регистрации, кадастра и картографии``), or ``None``."""
    return lexicon.lookup(agency) or lexicon.lookup_words(agency.replace(",", " ").split())


def _unit_and_agency(head: list[str], lexicon: OrgLexicon) -> tuple[str | None, str]:
    """The unit and the agency's name of a territorial office's words before ``по``: ``ГУ МЧС``, ``Главное
    управление МЧС``, ``Управление ФНС``, ``УФНС``, ``Следственное управление СК``, ``СУ`` (no agency);
    ``(None, "")`` for others."""
    lemmas = [lexicon.morph.lemma(word) for word in head]
    if len(head) > 2 and fold(head[0]).startswith("главн") and lemmas[1] == "следственный" \
            and lemmas[2] == "управление":
        return _MAIN_INVESTIGATIVE, " ".join(head[3:])
    if len(head) > 1 and lemmas[0] == "следственный" and lemmas[1] == "управление":
        return _INVESTIGATIVE, " ".join(head[2:])
    if len(head) == 1 and head[0] in ("СУ", "ГСУ"):
        return _UNIT_ABBREVIATIONS[head[0]], ""
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


# adjectives of a regional office named with no place (``регионального управления СК``)
_REGIONAL = frozenset({"региональный", "территориальный"})
# the units a regional office with no place is named by after such an adjective
_REGIONAL_UNITS = frozenset({"управление", "отделение"})


def place_regional_offices(organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each office of a federal agency named with no place, by a unit's abbreviation
    (``СУ СК``, ``ГУ МВД``) or after ``региональное`` (``регионального управления СК``, ``регионального
    отделения СК``), made the one office of that agency the text names with its place; where the text names
    none, or two, it stays as written, and so do offices in the plural (``региональных управлений МВД``)."""
    placed: dict[str, set[str]] = {}
    by_id: dict[str, ResolvedOrg] = {}
    for org in organizations.values():
        key = _office_key(org, lexicon)
        if key is not None:
            placed.setdefault(key[1], set()).add(org.org_id)
            by_id[org.org_id] = org
    out = dict(organizations)
    for span, org in organizations.items():
        agency = _unplaced_agency(org, lexicon) if placed else None
        if agency is not None and len(placed.get(agency, ())) == 1:
            out[span] = by_id[next(iter(placed[agency]))]
    return out


def _unplaced_agency(org: ResolvedOrg, lexicon: OrgLexicon) -> str | None:
    """The key of the agency an office with no place belongs to (``СУ СК``, ``Региональное управление СК``,
    ``Региональное отделение СК России`` → the Investigative Committee's), or ``None``."""
    if org.region_code or org.country not in (None, RUSSIA) or org.abbr:
        return None
    words = [word for word in org.name.split() if fold(word) not in _RUSSIA]
    if len(words) == 2 and words[0] in _UNIT_ABBREVIATIONS and words[0] != "У":
        agency = words[1]
    elif len(words) == 3 and lexicon.morph.lemma(words[0]) in _REGIONAL and lexicon.morph.has_gram(words[0], "sing") \
            and lexicon.morph.lemma(words[1]) in _REGIONAL_UNITS:  # not ``региональных управлений МВД``, many
        agency = words[2]
    else:
        return None
    ref = lexicon.lookup(agency) if agency.isupper() else None
    return org_key(ref.name) if ref is not None and ref.country == RUSSIA else None
