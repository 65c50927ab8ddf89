"""One body per name in a document: the mentions of a company or an agency its document names alike — in
capitals in a headline and in lower case after it (``KEDRON`` / ``Kedron``), with and without a Latin legal form
after it (``Kedron Plc`` / ``Kedron``), once with a country's adjective and once without (``китайской Kedron``
/ ``компании Kedron``) — are one body, the one of a country where any of them has one; and so are a foreign body's
names that end with its country spelt two ways (``МИД Беларуси`` / ``Министерство иностранных дел Белоруссии``)."""

from __future__ import annotations

import re

from ..morph import fold
from ..orgs import DIPLOMATIC_BODIES, LATIN_LEGAL_FORMS, is_abbreviation, is_latin_name, org_key
from ..places import RUSSIA, Gazetteer
from ..records import Span
from .initialisms import initials
from .organizations import ResolvedOrg, first_named

# legal forms written after a Latin name, and ``Group`` (``Kedron Plc``, ``Kedron Co. Ltd.``, ``Kedron Group``)
_LATIN_LEGAL = re.compile(rf"(?:[\s,]+(?:{'|'.join(sorted(LATIN_LEGAL_FORMS | {'group'}))})\.?)+$", re.IGNORECASE)


def join_same_names(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """``organizations`` with the bodies of one Latin or quoted name made one (:func:`join_named_alike`), and a
    country's mission named without its host place the one the text names with it (:func:`join_missions`)."""
    return join_missions(join_named_alike(organizations))


def join_named_alike(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """``organizations`` with the bodies of one name (:func:`name_key`) made one: the one with a country
    (and most mentions), where no two of them have two countries or two regions. Only names that are
    no words of the language join (Latin names, quoted names, words of no dictionary): ``Парламент`` of one
    country and ``Парламент`` of none may be two bodies."""
    groups: dict[str, dict[str, list[ResolvedOrg]]] = {}
    for org in organizations.values():
        key = name_key(org.name)
        if key is not None:
            groups.setdefault(key, {}).setdefault(org.org_id, []).append(org)
    chosen: dict[str, ResolvedOrg] = {}
    for bodies in groups.values():
        if len(bodies) < 2:
            continue
        countries = {orgs[0].country for orgs in bodies.values()} - {None}
        regions = {orgs[0].region_code for orgs in bodies.values()} - {None}
        if len(countries) > 1 or len(regions) > 1:
            continue
        target = max(bodies.values(), key=lambda orgs: (orgs[0].country is not None,
                                                         orgs[0].abbr is not None, len(orgs)))[0]
        for org_id in bodies:
            chosen[org_id] = target
    if not chosen:
        return organizations
    return {span: chosen.get(org.org_id, org) for span, org in organizations.items()}


def name_key(name: str) -> str | None:
    """The key of a name whose bodies join (see the module), or ``None`` for a name of words of the language:
    a Latin name without a legal form after it, case-blind (``Kedron Plc`` → ``kedron``), or a name in quotes."""
    if is_latin_name(name):
        bare = _LATIN_LEGAL.sub("", name).strip(" .,")
        return fold(bare) or None
    if any(quote in name for quote in "«\""):
        return org_key(name)
    return None


# the first words of the names of a country's missions abroad, and the compounds spelled out as full names have them
_MISSION_WORDS = DIPLOMATIC_BODIES | {"генеральное"}
_SPELLED_OUT = {"генконсульство": "генеральное консульство"}
# a host place after a mission's name (``Посольство США в Москве``)
_HOST = re.compile(r"\s+во?\s+\S.*$")


def join_missions(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """``organizations`` with a country's mission named without its host place (``посольства Заречья``, ``заречного
    генконсульства``) made the one mission of its kind and country the text names with one (``посольства Заречья в
    Лиме``, ``Генерального консульства Заречья в Казани``); where the text names two (``… в Москве`` and
    ``… в Киеве``), the one without a place stays apart."""
    placed: dict[str, dict[str, ResolvedOrg]] = {}
    for org in organizations.values():
        key = _mission_key(org.name)
        if key is not None and _HOST.search(org.name):
            placed.setdefault(key, {})[org.org_id] = org
    if not placed:
        return organizations
    out = dict(organizations)
    for span, org in organizations.items():
        key = _mission_key(org.name)
        hosts = placed.get(key, {}) if key is not None and not _HOST.search(org.name) else {}
        if len(hosts) == 1:
            out[span] = next(iter(hosts.values()))
    return out


def _mission_key(name: str) -> str | None:
    """A mission's kind and country without its host place (``Генконсульство Заречья в Казани`` →
    ``генеральное консульство заречья``), or ``None`` for a name of no mission."""
    words = fold(_HOST.sub("", name)).split()
    if not words or words[0] not in _MISSION_WORDS or len(words) < 2:
        return None
    return org_key(" ".join([_SPELLED_OUT.get(words[0], words[0]), *words[1:]]))


def join_country_spellings(organizations: dict[Span, ResolvedOrg], gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with a foreign body named or abbreviated as another body of the document but for the
    spelling of the country its name ends with made that body (``МИД Беларуси`` beside ``Министерство иностранных
    дел Белоруссии``, its initials and its country; ``Посольство Кыргызстана`` beside ``Посольство Киргизии``):
    the one with an abbreviation, else the one with more words, else the one the text names first."""
    bodies: dict[str, str] = {}  # a name, abbreviation or initials with the country respelt, folded → the body's id
    for org in sorted(organizations.values(), key=lambda org: (org.abbr is None, -len(org.name.split()))):
        for name in (org.name, org.abbr, _initialled(org.name)):
            if (respelt := respell_country(name, org.country, gazetteer)) is not None:
                bodies.setdefault(fold(respelt), org.org_id)

    def key_of(org: ResolvedOrg) -> str | None:
        respelt = respell_country(org.name, org.country, gazetteer)
        return bodies.get(fold(respelt)) if respelt is not None else None

    return first_named(organizations, key_of, preferred=lambda org: org.abbr is not None or len(org.name.split()) > 2)


def _initialled(name: str) -> str | None:
    """A name of three words or more with the words before its last written as their initials (``Министерство
    иностранных дел Белоруссии`` → ``МИД Белоруссии``), the abbreviation a text may write for it; ``None`` for a
    shorter name or one that opens with an abbreviation."""
    words = name.split()
    if len(words) < 3 or is_abbreviation(words[0]):
        return None
    return f"{initials(' '.join(words[:-1]))} {words[-1]}"


def respell_country(name: str | None, country: str | None, gazetteer: Gazetteer) -> str | None:
    """``name`` with the genitive of its own foreign ``country`` it ends with written as the gazetteer writes that
    country (``МИД Беларуси`` → ``МИД Белоруссии``, ``Посольство Кыргызстана`` → ``Посольство Киргизии``);
    ``None`` for no name, a name of one word, a body of Russia or of no country, or a name that ends with no name
    of its country."""
    head, _, last = (name or "").rpartition(" ")
    if country in (None, RUSSIA) or not head or country not in gazetteer.country_names:
        return None
    place = gazetteer.lookup(last)
    if place is None or place.kind != "country" or place.country_code != country:
        return None
    return f"{head} {gazetteer.genitive(gazetteer.country_names[country])}"
