"""A federal body of Russia named with a town's level (``муниципальной счётной палаты``, ``городской счётной
палаты``): the body of that name of the town the text is about, not Russia's (``Счётная палата Заречинска``);
a body named by a town's adjective and ``городской`` (``Казанская городская дума``), also with its convocation
(``… третьего созыва``): of the town's region; a compound of a town's stem and a town body's compound
(``Казгордума``): that body of the town whose name or adjective the stem begins; ``Екатеринбургская дума``
(no ``городская``), ``Казанская ратуша``, ``Омская мэрия`` likewise; a body named by a town's adjective and a
district's or a town's level (``Гусевская центральная районная больница``): of the town's region, unless the text
is about a town of another region (``В Москве Бабушкинский районный суд``: the city's district); a bare
``Контрольно-счётная палата`` in a text about one town that names a body of that town: the town's.

The organization dictionary knows Russia's federal bodies by their short names (``Счётная палата``); a town
has a body of the same name, and an adjective of the municipal or town level before the name says which one
is meant. Without a town the text is plainly about the body stays as resolve made it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..morph import fold
from ..ner import Analysis
from ..places import CITY, RUSSIA, Gazetteer, Place
from ..records import Span
from .abroad import main_town
from .ids import org_id_for
from .level_compounds import TOWN_CUT, spell_compound
from .organizations import ResolvedOrg
from .russia_names import is_russian, without_russia
from .syntax import word_before
from .unknown_places import find_district_town_region

# nouns of a town's bodies of state (``городская дума``, ``городская администрация``), as a region's
_TOWN_BODIES = frozenset({"администрация", "дума", "совет", "собрание", "палата", "комиссия", "прокуратура",
                           "суд"})
# nouns that, after a town's adjective alone, name a body of that town (``Казанская ратуша``, ``Омская мэрия``)
_TOWN_ONLY = frozenset({"дума", "ратуша", "мэрия"})
# adjectives of a town's level of government
_TOWN_LEVELS = frozenset({"муниципальный", "городской"})
# adjectives of a district's or a town's body (``районная больница``, ``межрайонная прокуратура``)
_LOCAL_LEVELS = frozenset({"районный", "межрайонный", "городской"})
_LEVEL_AT = 3  # words of a name the level's adjective may be among (``Заречная центральная районная больница``)
# a body's convocation ending its name: "третьего созыва", "VII созыва", "27-го созыва"
CONVOCATION = re.compile(r"\s+(?:[IVXLC]+|\d+(?:-?[а-яё]+)?|[а-яё]+ого|[а-яё]+его)\s+созыва$")
_MIN_STEM = 3  # letters of a town's stem in a compound
_AUDIT = "контрольно-сч"  # a town's audit chamber: "Контрольно-счётная палата"
_TOWN_GENITIVE = "города"
# a town's bodies a federal one shares a name with ("Счётная палата", "Общественная палата")
_TOWN_CHAMBERS = frozenset({"палата", "комиссия", "совет", "собрание"})


def bodies_of_town_level(analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                         gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each federal body of Russia named with a town level's adjective made the body of
    the town the text is about (see the module)."""
    town = main_town(places, gazetteer)
    home = town.region_code if town is not None and town.country_code in (None, RUSSIA) else None
    out = {span: _placed_by_town_adjective(org, gazetteer) or _placed_by_district_adjective(org, home, gazetteer)
           or org for span, org in organizations.items()}
    out = {span: _town_compound(org, out, places, gazetteer) or org for span, org in out.items()}
    if town is None or town.country_code != RUSSIA:
        return out
    moved: dict[str, ResolvedOrg] = {}
    for span, org in organizations.items():
        if _federal(org) and (_town_level_before(analysis, span, gazetteer)
                              or _town_after(analysis, span, org, gazetteer)) \
                or _town_audit(org, out, town, gazetteer):
            name = f"{without_russia(org.name)} {gazetteer.genitive(town.name)}"
            out[span] = moved[org.org_id] = ResolvedOrg(org_id_for(name), name, None, town.region_code, RUSSIA)
    if any(is_russian(analysis.text[span.start:span.end]) for span, org in organizations.items()
           if org.org_id in moved):
        return out  # the text names the federal body too: a bare mention may be either
    # "Счётная палата города …, председатель Счётной палаты": the bare mentions are the town's body too
    return {span: moved.get(org.org_id, out[span]) if out[span] is org else out[span]
            for span, org in organizations.items()}


def _town_after(analysis: Analysis, span: Span, org: ResolvedOrg, gazetteer: Gazetteer) -> bool:
    """Whether the word right after a mention of a chamber, commission or council, in its sentence, is ``города``
    (``Счётная палата города``): the body of the town the text is about (not a ministry or an agency, which a
    town has none of: ``Следственный комитет города`` is the committee's office)."""
    if not any(gazetteer.morph.lemma(word) in _TOWN_CHAMBERS for word in without_russia(org.name).split()):
        return False
    tokens = analysis.tokens_in(span.start, span.end)
    after = analysis.tokens[tokens[-1].index + 1] if tokens and tokens[-1].index + 1 < len(analysis.tokens) else None
    return after is not None and after.sent == tokens[-1].sent and fold(after.text) == _TOWN_GENITIVE


def _placed_by_town_adjective(org: ResolvedOrg, gazetteer: Gazetteer) -> ResolvedOrg | None:
    """A body of no region named by a town's adjective, ``городской`` and the noun of a body each town has
    (``Казанская городская дума``, ``Гатчинской городской администрации``) made of the town's region, and
    named without its convocation (``… пятого созыва``); ``None`` for any other."""
    name = CONVOCATION.sub("", org.name)
    words = name.split()
    morph = gazetteer.morph
    if (org.region_code and name == org.name) or org.country not in (None, RUSSIA) or not _town_body(words, morph):
        return None
    region = org.region_code or gazetteer.region_of_town_adjective(words[0], soft=True)
    if region is None or (len(words) == 2 and gazetteer.region_of_adjective(words[0]) not in (None, region)):
        return None
    return replace(org, region_code=region) if name == org.name \
        else ResolvedOrg(org_id_for(name), name, org.abbr, region, org.country)


def _placed_by_district_adjective(org: ResolvedOrg, home: str | None, gazetteer: Gazetteer) -> ResolvedOrg | None:
    """A body of no region named by a town's adjective and a district's or a town's level (``Заречная центральная
    районная больница``, ``Заречный районный суд``): of the region of the town the adjective is made from
    (:func:`~nerpipe.resolve.unknown_places.find_district_town_region`: not an adjective many districts share,
    ``Советский``), unless the town the text is about lies in another region (``home``, its region: ``В Москве
    Бабушкинский районный суд`` is a district of the city, not of a town of the same name elsewhere); ``None`` for
    any other."""
    words = org.name.split()
    if org.region_code or org.country not in (None, RUSSIA) or len(words) < _LEVEL_AT \
            or not any(gazetteer.morph.lemma(word) in _LOCAL_LEVELS for word in words[1:_LEVEL_AT]):
        return None
    region = find_district_town_region(words[0], gazetteer)
    if region is None or home not in (None, region):
        return None
    return replace(org, region_code=region)


def _town_body(words: list[str], morph) -> bool:
    """Whether a name is an adjective, ``городской`` and a town body's noun (``Казанская городская дума``), or an
    adjective and a noun only a town's body has (``Екатеринбургская дума``, ``Казанская ратуша``)."""
    if not words or not words[0][:1].isupper():
        return False
    if len(words) == 2:
        return morph.lemma(words[1]) in _TOWN_ONLY
    return len(words) == 3 and morph.lemma(words[1]) == "городской" and morph.lemma(words[2]) in _TOWN_BODIES


def _town_audit(org: ResolvedOrg, organizations: dict[Span, ResolvedOrg], town: Place, gazetteer: Gazetteer) -> bool:
    """Whether a body is a bare ``Контрольно-счётная палата`` (every town has one) in a text that names a body of
    the town it is about (``мэрия Заречинска``, ``городская дума``): that town's."""
    words = org.name.split()
    if org.region_code or org.country not in (None, RUSSIA) or len(words) != 2 \
            or not fold(words[0]).startswith(_AUDIT) or gazetteer.morph.lemma(words[1]) not in _TOWN_BODIES:
        return False
    genitive = gazetteer.genitive(town.name)
    return any(other.region_code == town.region_code and (other.name.endswith(genitive) or any(
        gazetteer.morph.lemma(word) == "городской" for word in other.name.split()[1:2]))
        for other in organizations.values())


def _town_compound(org: ResolvedOrg, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                   gazetteer: Gazetteer) -> ResolvedOrg | None:
    """A one-word body of no region made of a town's stem and a town body's compound (``Казгордума``): the
    document's body of that noun named by a town's adjective the stem begins (``Казанская городская дума``),
    else of the region of the document's town whose name the stem begins; ``None`` for any other."""
    word = org.name
    cut = word.lower().find(TOWN_CUT, _MIN_STEM)
    if " " in word or org.region_code or org.country not in (None, RUSSIA) or cut < 0 or not word[:1].isupper():
        return None
    stem, spelled = word[:cut].lower(), spell_compound(word[cut:], gazetteer.morph)
    if spelled is None:
        return None
    noun = gazetteer.morph.lemma(spelled.split()[-1])
    for other in organizations.values():
        words = other.name.split()
        if other.region_code and len(words) == 3 and words[0].lower().startswith(stem) \
                and gazetteer.morph.lemma(words[2]) == noun and gazetteer.morph.lemma(words[1]) == "городской":
            return other
    towns = {place.region_code for place in places.values() if place.kind == CITY and place.region_code
             and place.country_code in (None, RUSSIA) and place.name.lower().startswith(stem)}
    return replace(org, region_code=towns.pop()) if len(towns) == 1 else None


def _federal(org: ResolvedOrg) -> bool:
    """A body of Russia the dictionary names as the state's (``Счётная палата Российской Федерации``), of no
    region."""
    return org.country in (None, RUSSIA) and not org.region_code and is_russian(org.name)


def _town_level_before(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the word right before a mention, in its sentence, is a town level's adjective that agrees with
    the mention's first word (``муниципальной счетной палаты``)."""
    before = word_before(analysis, span)
    return before is not None and bool(gazetteer.morph.forms(before.text) & _TOWN_LEVELS) \
        and before.feat.get("Case") == analysis.tokens_in(span.start, span.end)[0].feat.get("Case")
