"""One body for a region's legislature however a text names it.

A text names a region's legislature by its own name (``Законодательное собрание Омской области``, ``Дума
Ставропольского края``, ``Псковское областное собрание``) and by words any region's legislature is called
(``Парламент Омской области``, ``областной парламент``, ``регионального парламента``). The compound
``Заксобрание`` is written out (``Законодательное собрание``) and the region in the legislature's own name is
written with the region's own name (``Законодательное собрание Ленобласти`` → ``… Ленинградской области``).
A region's parliament is the one legislature of that region the text names by its own name; a level's
parliament with no region (``регионального парламента``) is the one legislature the text names. Where the
text names two, or none, each stays as it was (:func:`join_legislatures`). ``Закдума`` and ``ЗакС`` are written
out as ``Заксобрание`` is; a time's adjective before a level's parliament and the convocation after it (``в новом
краевом парламенте``, ``краевой Думы седьмого созыва``) leave it that parliament; and a region's legislature named
by its level's noun (``краевой думы`` → ``Пермская краевая дума``) is the one the text names in full with the
same noun (``Законодательная Дума Пермского края``), not one of another noun (a chamber: ``областной думы``
beside ``Законодательного Собрания``). A foreign state's parliament (``парламент``, ``Парламент Израиля``) and the
noun alone of its legislature the text names in more words (``Рада``) are the one legislature of that state the
text names by its own name (:func:`join_national_parliaments`).
"""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph
from ..orgs import is_time_adjective
from ..places import RUSSIA, Gazetteer
from ..records import Span
from .ids import org_id_for
from .level_compounds import spell_compound
from .organizations import ResolvedOrg
from .region_names import names_region
from .regional import LEVELS

# the noun any legislature is called by (``Парламент Омской области``)
_PARLIAMENT = "парламент"
# nouns of a region's legislature's own name (``Дума Ставропольского края``, ``Псковское областное собрание``)
_OWN_NOUNS = frozenset({"собрание", "дума"})
# the first word only a region's legislature's own name opens with (``Законодательное собрание``)
_LEGISLATIVE = "законодательный"
# adjectives of a body below a region (``Городской парламент``, ``районное собрание``)
_BELOW_REGION = frozenset({"городской", "районный", "муниципальный", "сельский", "поселковый"})
# the word of a convocation after a legislature's name (``краевой Думы седьмого созыва``), and its lemma
_CONVOCATION = frozenset({"созыва", "созыв"})
# adjectives of any region's level (``регионального парламента``, ``областной парламент``)
_REGION_LEVELS = frozenset(LEVELS) | {"региональный"}


def join_legislatures(organizations: dict[Span, ResolvedOrg], gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each region's legislature named by its own name with the region's, and each
    parliament of a region, or of a level with no region, made the one legislature the text names (see the
    module)."""
    out = {span: _spelled_out(org, gazetteer) for span, org in organizations.items()}
    own: dict[str, ResolvedOrg] = {}
    for org in out.values():
        if _own_name(org, gazetteer):
            own.setdefault(org.org_id, org)  # as the text first names it
    official = _official_names(own.values(), gazetteer)
    own = {org_id: _official(org, official, gazetteer) for org_id, org in own.items()}
    for span, org in out.items():
        words = _without_times(org.name.split(), gazetteer.morph)
        if org.country not in (None, RUSSIA) or not words:
            continue
        if org.org_id in own:
            if own[org.org_id].org_id != org.org_id:
                out[span] = own[org.org_id]
            continue
        if words[0] == _PARLIAMENT and org.region_code:
            ones = [one for one in own.values() if one.region_code == org.region_code]
        elif len(words) == 2 and words[0] in _REGION_LEVELS and words[1] in _OWN_NOUNS | {_PARLIAMENT} \
                and not org.region_code:
            ones = [one for one in own.values() if words[1] == _PARLIAMENT or _noun(one, gazetteer) == words[1]]
        else:
            continue
        ones = list({one.org_id: one for one in ones}.values())
        if len(ones) == 1:
            out[span] = ones[0]
    return join_national_parliaments(out, gazetteer)


# nouns of a state's legislature's own name (``Верховная рада``, ``Бундестаг``, ``Конгресс США``): a text names it
# ``парламент`` too, or by its noun alone (``Рада``)
_NATIONAL_NOUNS = frozenset({"рада", "бундестаг", "кнессет", "сейм", "меджлис", "мажилис", "конгресс", "хурал",
                             "скупщина", "стортинг", "риксдаг", "фолькетинг", "альтинг", "саэйма", "сабор",
                             "кортес"})


def join_national_parliaments(organizations: dict[Span, ResolvedOrg], gazetteer: Gazetteer
                              ) -> dict[Span, ResolvedOrg]:
    """Each parliament of a foreign state (``парламент``, ``Парламент Украины``) and each noun of a state's
    legislature alone that the text names in more words (``Рада`` beside ``Верховная рада Украины``, ``Конгресс``
    beside ``Конгресс США``) made the one legislature of that state the text names by its own name; two such, or
    none, leave it as it is."""
    named = {org.org_id: (org, noun) for org in organizations.values()
             if org.country not in (None, RUSSIA) and (noun := _national_noun(org, gazetteer)) is not None}
    # the nouns the text writes alone for a longer name (``Рада``), where the noun alone is no name of its own
    shorts = {noun for org, noun in named.values() if len(org.name.split()) > 1}
    own: dict[str, dict[str, ResolvedOrg]] = {}
    for org_id, (org, noun) in named.items():
        if len(org.name.split()) > 1 or noun not in shorts:
            own.setdefault(org.country, {})[org_id] = org
    if not own:
        return organizations
    out = dict(organizations)
    anywhere = {org_id: org for ones in own.values() for org_id, org in ones.items()}
    for span, org in organizations.items():
        # ``Рада`` of no country: the one such legislature of any state the text names
        ones = own.get(org.country, {}) if org.country is not None or org.name.lower() == _PARLIAMENT else anywhere
        if len(ones) == 1 and org.org_id not in ones and _parliament_of(org, shorts, gazetteer):
            out[span] = next(iter(ones.values()))
    return out


def _national_noun(org: ResolvedOrg, gazetteer: Gazetteer) -> str | None:
    """The noun of a state's legislature that opens a body's name, or comes second after an adjective, when the
    name ends there or with its state (``Кнессет``, ``Верховная рада Украины``, ``Конгресс США``; not ``Всемирный
    конгресс садоводов Канады``, a body of people of the state): the noun's lemma, or ``None``."""
    morph = gazetteer.morph
    words = org.name.split()
    lemmas = [morph.lemma(word) for word in words[:2]]
    if lemmas[0] in _NATIONAL_NOUNS:
        at = 0
    elif len(lemmas) > 1 and lemmas[1] in _NATIONAL_NOUNS and (parses := morph.parses(words[0].lower())) \
            and parses[0].tag.POS == "ADJF":
        at = 1
    else:
        return None
    rest = " ".join(words[at + 1:])
    place = gazetteer.lookup(rest) if rest else None
    if rest and (place is None or place.category != "country" or place.country_code != org.country):
        return None
    return lemmas[at]


def _parliament_of(org: ResolvedOrg, shorts: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a body is named ``парламент``, alone or with its state's genitive (``Парламент Украины``), or by
    one noun of ``shorts``, the nouns of legislatures the text names in more words (``Рада``)."""
    morph = gazetteer.morph
    words = org.name.split()
    if len(words) == 1:
        return morph.lemma(words[0]) in shorts | {_PARLIAMENT}
    name = gazetteer.country_names.get(org.country or "")
    return morph.lemma(words[0]) == _PARLIAMENT and name is not None \
        and " ".join(words[1:]) == gazetteer.genitive(name)


def _without_times(words: list[str], morph: Morph) -> list[str]:
    """The lemmas of a legislature's name without the adjectives of a time before it and its convocation after
    it (``новый краевой парламент`` → ``краевой парламент``, ``краевая дума седьмого созыва`` → ``краевой
    дума``); a time adjective known by any of its lemmas (``действующий``, whose first is ``действовать``)."""
    start = 0
    while start < len(words) - 1 and is_time_adjective(words[start], morph):
        start += 1
    return _without_convocation([morph.lemma(word) for word in words[start:]])


def _without_convocation(words: list[str]) -> list[str]:
    """``words`` without the convocation that closes them (``… седьмого созыва``)."""
    if len(words) > 3 and words[-1].lower() in _CONVOCATION:
        return words[:-2]
    return words


def _official(org: ResolvedOrg, official: dict[str, ResolvedOrg], gazetteer: Gazetteer) -> ResolvedOrg:
    """The legislature of ``org``'s region named in full when ``org`` names it by the same noun (``краевой думы``
    for ``Законодательная Дума …``); a chamber of another noun (``областной думы`` beside ``Законодательное
    Собрание …`` of two chambers) stays as it is."""
    full = official.get(org.region_code)
    return full if full is not None and _noun(full, gazetteer) == _noun(org, gazetteer) else org


def _noun(org: ResolvedOrg, gazetteer: Gazetteer) -> str | None:
    """The noun of a legislature's own name (``дума``, ``собрание``), or ``None``."""
    return next((lemma for word in org.name.split() if (lemma := gazetteer.morph.lemma(word)) in _OWN_NOUNS), None)


def _official_names(own, gazetteer: Gazetteer) -> dict[str, ResolvedOrg]:
    """For each region whose legislature the text names in several ways by its own name (``Законодательная
    Дума Пермского края``, ``Пермская краевая дума`` made of ``краевой думы``), the one that opens with
    ``законодательный``: a region has one legislature."""
    by_region: dict[str, list[ResolvedOrg]] = {}
    for org in own:
        if org.region_code:
            by_region.setdefault(org.region_code, []).append(org)
    out = {}
    for region, orgs in by_region.items():
        full = [org for org in orgs if gazetteer.morph.lemma(org.name.split()[0]) == _LEGISLATIVE]
        if len(orgs) > 1 and len({org.org_id for org in full}) == 1:
            out[region] = full[0]
    return out


def _spelled_out(org: ResolvedOrg, gazetteer: Gazetteer) -> ResolvedOrg:
    """``Заксобрание Тверской области`` → ``Законодательное собрание Тверской области``; ``Законодательное
    собрание Ленобласти`` → ``Законодательное собрание Ленинградской области``; any other as it is."""
    words = org.name.split()
    if not org.region_code or org.country not in (None, RUSSIA) or len(words) < 2:
        return org
    words = _without_convocation(words)
    morph = gazetteer.morph
    spelled = spell_compound(words[0], morph)
    if spelled is not None and morph.lemma(spelled.split()[0]) == _LEGISLATIVE:
        words = [*spelled.split(), *words[1:]]
    if morph.lemma(words[0]) != _LEGISLATIVE or morph.lemma(words[1]) not in _OWN_NOUNS or len(words) < 3:
        return org
    if not names_region(words[2:], org.region_code, gazetteer):
        return org
    name = f"{words[0]} {words[1]} {gazetteer.region_genitive(org.region_code)}"
    return org if name == org.name else replace(org, org_id=org_id_for(name), name=name)


def _own_name(org: ResolvedOrg, gazetteer: Gazetteer) -> bool:
    """Whether ``org`` is a region's legislature named by its own name: ``Законодательное собрание …``, or a
    legislature's noun with a level's adjective (``Псковское областное собрание``) or the region's genitive
    (``Дума Ставропольского края``); not a town's (``Омская городская дума``)."""
    morph = gazetteer.morph
    words = org.name.split()
    lemmas = [morph.lemma(word) for word in words]
    if org.country not in (None, RUSSIA) or len(words) < 2 or _BELOW_REGION & set(lemmas):
        return False
    if lemmas[0] == _LEGISLATIVE:
        return lemmas[1] in _OWN_NOUNS
    if not _OWN_NOUNS & set(lemmas):
        return False
    if set(LEVELS) & set(lemmas):
        return bool(org.region_code)  # ``Краевая дума`` with no region: the one the text names (above)
    return lemmas[0] in _OWN_NOUNS and names_region(words[1:], org.region_code, gazetteer)
