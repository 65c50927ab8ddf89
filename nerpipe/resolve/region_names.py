"""One body of a Russian region however the text names the region: a body named by its noun and any of the
region's names in the genitive (``Правительство Югры``, ``Правительство ХМАО — Югры``, ``Правительство
Ханты-Мансийского автономного округа``) or by the region's adjective and a noun each region's body has
(``Югорское правительство``) is named with the region's own name (``Правительство Ханты-Мансийского
автономного округа — Югры``), so that all its names are one entity. A mention keeps the name as the text
writes it (:func:`names_one_region_body`, asked by ``resolve.written``).
"""

from __future__ import annotations

from dataclasses import replace

from ..ner import Analysis
from ..orgs import OrgLexicon, is_abbreviation
from ..places import FEDERAL_SUBJECT, RUSSIA, Gazetteer
from ..records import Span
from ..text import OPENING_QUOTES
from .ids import org_id_for
from .organizations import ResolvedOrg, first_named
from .russia_names import without_russia

# nouns of a body each region has, named by the region's adjective (``Югорское правительство``); not those
# whose names keep the adjective (``Пермская краевая дума``, ``Омский областной суд``)
_ADJECTIVE_BODIES = frozenset({"правительство", "администрация", "парламент", "прокуратура", "избирком"})


def name_region_bodies(organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon,
                       gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body of a Russian region named with one of the region's names or its
    adjective named with the region's own name (see the module)."""
    out = dict(organizations)
    for span, org in organizations.items():
        if not org.region_code or org.country not in (None, RUSSIA) or org.org_id != org_id_for(org.name):
            continue  # the id keyed by another decision (a town's executive, ``resolve.townhalls``): as it is
        name = region_body_name(org.name, org.region_code, lexicon, gazetteer)
        if name is not None and name != org.name:
            out[span] = replace(org, org_id=org_id_for(name), name=name, abbr=org.abbr if org.abbr else None)
    return out


def region_body_name(name: str, region: str, lexicon: OrgLexicon, gazetteer: Gazetteer) -> str | None:
    """The name of the body of ``region`` that ``name`` gives with one of the region's names or its adjective
    (``Правительство Югры`` → ``Правительство Ханты-Мансийского автономного округа — Югры``, ``Министерство
    экономики Якутии`` → ``Министерство экономики Республики Саха (Якутия)``); ``None`` for any other name."""
    words = name.split()
    if len(words) < 2 or any(ch in name for ch in OPENING_QUOTES) or lexicon.kind_of(words[0]) is None:
        return _adjective_body(words, region, gazetteer)
    morph = gazetteer.morph
    for cut in range(1, min(len(words), 6)):
        rest = words[cut:]
        if rest[0][:1].islower() and not morph.has_gram(rest[0], "Abbr"):
            continue  # ``экономики Якутии``: a word of the body's own name
        if morph.has_gram(words[cut - 1], "PREP"):
            return None  # ``МВД по РТ``: a federal body's office in the region, named so
        if names_region(rest, region, gazetteer):
            return f"{' '.join(words[:cut])} {gazetteer.region_genitive(region)}"
    return None


def names_region(words: list[str], region: str | None, gazetteer: Gazetteer) -> bool:
    """Whether ``words`` are the name of the federal subject ``region`` (``Омской области``, ``Ставрополья``)."""
    place = gazetteer.lookup(" ".join(words))
    return place is not None and place.category == FEDERAL_SUBJECT and place.region_code == region


# the remits of Russia's ministries no region has one of (``Минобороны Омской области`` is no region's ministry)
_FEDERAL_REMITS = frozenset({"оборона", "юстиция", "кавказ", "восток", "иностранный", "внутренний"})


def join_short_ministries(organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon,
                          gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """A region's ministry named by the short name of Russia's and the region's name (``Минздрав Ставрополья``)
    and in full (``Министерство здравоохранения Ставропольского края``) in one text: one body, named as the
    text first names it; each name stays as it is where the text gives only one."""
    full: dict[str, str] = {}  # a short name's id → the id of the full name it stands for
    for org in organizations.values():
        words = org.name.split()
        ministry = _short_ministry(words[0], lexicon) if org.region_code and len(words) > 1 else None
        if ministry and names_region(words[1:], org.region_code, gazetteer):
            full[org.org_id] = org_id_for(f"{ministry} {gazetteer.region_genitive(org.region_code)}")
    targets = set(full.values())
    return first_named(organizations,
                       lambda org: key if (key := full.get(org.org_id, org.org_id)) in targets else None)


def _short_ministry(word: str, lexicon: OrgLexicon) -> str | None:
    """The name without Russia of the ministry a compound of ``Мин`` names (``Минздрав`` → ``Министерство
    здравоохранения``), one each region has; ``None`` for any other word (``МЧС``, ``Минобороны``)."""
    ref = lexicon.lookup(word) if word.lower().startswith("мин") and " " not in word else None
    if ref is None or ref.country != RUSSIA or not ref.name.startswith("Министерство ") \
            or not ref.name.endswith(" Российской Федерации") \
            or _FEDERAL_REMITS & {lexicon.morph.lemma(w) for w in ref.name.split()}:
        return None
    return without_russia(ref.name)


def _adjective_body(words: list[str], region: str, gazetteer: Gazetteer) -> str | None:
    """``Югорское правительство`` → ``Правительство Ханты-Мансийского автономного округа — Югры``."""
    morph = gazetteer.morph
    if len(words) != 2 or morph.lemma(words[1]) not in _ADJECTIVE_BODIES \
            or gazetteer.region_of_adjective(words[0].lower()) != region:
        return None
    return f"{words[1][:1].upper()}{words[1][1:]} {gazetteer.region_genitive(region)}"


def names_one_region_body(written: str, org: ResolvedOrg, lexicon: OrgLexicon, gazetteer: Gazetteer) -> bool:
    """Whether ``written``, a mention's name, names ``org``'s body of a region with another of the region's
    names or its adjective (``Правительство Югры`` for ``Правительство Ханты-Мансийского автономного округа —
    Югры``)."""
    return bool(org.region_code) and region_body_name(written, org.region_code, lexicon, gazetteer) == org.name


def name_units_of_region_bodies(analysis: Analysis, organizations: dict[Span, ResolvedOrg],
                                gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each unit of no region named with a body the text names by a level alone, whose
    name ends it and is a region's body (``пресс-службе областной администрации`` beside ``Администрация
    Челябинской области``), named with that body's name in the genitive (``Пресс-служба администрации
    Челябинской области``) and of its region."""
    out = dict(organizations)
    for span, org in organizations.items():
        if org.region_code or org.country not in (None, RUSSIA):
            continue
        inner = max((other for other, body in organizations.items() if span.start < other.start
                     and other.end == span.end and body.region_code and body.country in (None, RUSSIA)),
                    key=lambda other: other.end - other.start, default=None)
        words = org.name.split()
        written = len(analysis.text[inner.start:inner.end].split()) if inner is not None else 0
        if not written or len(words) <= written:
            continue
        body = organizations[inner]
        name = f"{' '.join(words[:-written])} {_genitive_after(body.name, gazetteer)}"
        out[span] = ResolvedOrg(org_id_for(name), name, None, body.region_code, body.country)
    return out


def _genitive_after(name: str, gazetteer: Gazetteer) -> str:
    """A body's name in the genitive after a unit's words: ``администрации Челябинской области``; the
    adjective of a place or of a town keeps its capital (``Омской областной думы``, ``Кашинской межрайонной
    прокуратуры``); a name opening with an abbreviation
    as it is, the words after an abbreviation being in the genitive already (``ЗС Омской области``)."""
    first = name.split()[0]
    if is_abbreviation(first):
        return name
    genitive = gazetteer.genitive(name)
    if gazetteer.region_of_adjective(first.lower()) or gazetteer.place_of_adjective(first.lower()) \
            or gazetteer.region_of_town_adjective(first):
        return genitive
    return f"{genitive[:1].lower()}{genitive[1:]}"
