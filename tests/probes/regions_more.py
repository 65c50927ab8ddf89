"""More probes of the country and region of bodies and titles (:mod:`.regions` holds the templates):

- a town's duma named with its convocation (``Омской городской думы пятого созыва``), by a compound of the
  town's stem (``Омгордумы``) or by the town's adjective alone (``Омская дума``): the town's, of its region;
- a deputy of a state's title (``заместитель министра юстиции``) in a text about one foreign country: that
  country's, with that country's ministry;
- an all-Russian body named without its adjective (``Народный фронт``) in a text about one foreign country:
  that country's body of the name;
- a federal ministry named bare (``Минздрав``) in a text about one region's cabinet: the region's ministry;
  ``Кабинет министров`` alone in a text about one region: the region's;
- a bare ``депутат`` in a text about one foreign country: that country's;
- a ministry named bare (``Минфин``) in a text whose minister's title names it with a foreign country
  (``министр финансов Канады``): that country's ministry.
"""

from __future__ import annotations

from . import Case
from .regions import _ABROAD, _DUMA, _FEMININE, _OFFICIAL, _TOWN_ADJECTIVES, REGIONS, bodies, row, titled, within

_DEPUTY = ("заместитель", "заместителя", "заместителю", "заместителя", "заместителем", "заместителе")
_FRONT = ("Народный фронт", "Народного фронта", "Народному фронту", "Народный фронт", "Народным фронтом",
          "Народном фронте")
_SOVIETS = ("Москвы", "Сочи")  # towns whose duma a dictionary names otherwise, or whose stem is too short


def town_dumas() -> list[Case]:
    out = []
    for town, feminine, code in _TOWN_ADJECTIVES:
        if town in _SOVIETS:
            continue
        name = f"{feminine} городская дума"
        stem = feminine[:-2]
        forms = tuple(f"{stem}{e} городск{e} дум{n} пятого созыва" for e, n in zip(_FEMININE, _DUMA))
        out += bodies("orgname:town_duma_convocation", forms, frozenset({(name, None, code)}))
        compound = feminine[:3]
        forms = tuple(f"{compound}гордум{n}" for n in _DUMA)
        out += bodies("orgname:town_duma_compound", forms, frozenset({(name, None, code)}),
                      f"{name} приняла бюджет.")
    return out


def deputies_abroad() -> list[Case]:
    out = []
    for locative, _genitive, code in _ABROAD:
        before = f"{'Во' if locative[:1] in 'ВФ' else 'В'} {locative} сменилось правительство."
        out += within(titled("title:foreign_deputy_minister", _DEPUTY, "министра юстиции",
                             row(code, None, (code, None))), before)
    return out


def fronts_abroad() -> list[Case]:
    out = []
    for locative, genitive, code in (("Казахстане", "Казахстана", "KZ"), ("Белоруссии", "Белоруссии", "BY")):
        out += bodies("orgname:all_russian_abroad", _FRONT, frozenset({(f"Народный фронт {genitive}", code, None)}),
                      f"В {locative} прошли выборы.")
    return out


_MINZDRAV = ("Минздрав", "Минздрава", "Минздраву", "Минздрав", "Минздравом", "Минздраве")
_CABINET = ("Кабинет министров", "Кабинета министров", "Кабинету министров", "Кабинет министров",
            "Кабинетом министров", "Кабинете министров")


def cabinet_ministries() -> list[Case]:
    out = []
    for region in REGIONS[:4]:
        official = _OFFICIAL.get(region.code, region.genitive)
        out += bodies("orgname:cabinet_ministry", _MINZDRAV,
                      frozenset({(f"Министерство здравоохранения {official}", None, region.code),
                                 (f"Правительство {official}", None, region.code)}),
                      f"Губернатор утвердил новый состав правительства {region.genitive}.")
        out += bodies("orgname:region_cabinet", _CABINET,
                      frozenset({(f"Кабинет министров {official}", None, region.code)}),
                      f"В {region.locative} прошло заседание.")
    return out


_DEPUTAT = ("депутат", "депутата", "депутату", "депутата", "депутатом", "депутате")
_MINFIN = ("Минфин", "Минфина", "Минфину", "Минфин", "Минфином", "Минфине")


def members_abroad() -> list[Case]:
    out = []
    for locative, _genitive, code in _ABROAD:
        before = f"{'Во' if locative[:1] in 'ВФ' else 'В'} {locative} прошли выборы в парламент."
        out += within(titled("title:foreign_member", _DEPUTAT, "", row(code, None)), before)
    return out


def titled_ministries() -> list[Case]:
    out = []
    for _locative, genitive, code in _ABROAD:
        out += bodies("orgname:titled_ministry", _MINFIN,
                      frozenset({(f"Министерство финансов {genitive}", code, None)}),
                      f"Министр финансов {genitive} представил бюджет в Москве и Петербурге.")
    return out


def cases() -> list[Case]:
    return [*town_dumas(), *deputies_abroad(), *fronts_abroad(), *cabinet_ministries(), *members_abroad(),
            *titled_ministries()]
