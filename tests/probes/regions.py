"""Probes of the country and region a title's body and an organization are given.

Built from general tables: countries with their genitive, adjective and ISO 3166-1 code; cities abroad;
Russia's federal subjects (codes of the package's gazetteer, ``nerpipe/resources/regions.csv``) with
their genitive and locative; kinds of ministries. Templates put each title before an invented
person's name in every grammatical case and in apposition after it, and each body in every case:

- a foreign body is never Russia's (``глава МВД Казахстана``, ``французский министр обороны``,
  ``казахстанское МВД``, ``парламент Норвегии``, ``мэр Парижа``, ``губернатор штата Техас``);
- a region's ministry is the region's, not Russia's federal one (``министр здравоохранения Татарстана``,
  ``областной минздрав``, ``краевой министр образования``, ``председатель областного суда`` in a text about
  one region); a federal body's office in a region is that office (``начальник ГУ МВД по Свердловской
  области``);
- a foreign head of state or government has the country and no region (``канцлер Германии``);
- a regional title that names no region (``губернатор``) has the region of a text about one region, and
  none where several regions are named alike;
- Russia's federal bodies keep no country and no region (``министр финансов России``, ``Минздрав`` in a
  text about a region);
- a place of kind country carries its own code;
- a region's or a town's body named by a level's adjective (``краевое правительство``, ``областной суд``,
  ``городская дума``) or by a name only a region's body has (``Законодательное собрание``) in a text about
  one region or town is that one's, named as where the region is written out; a national body or a
  chamber named alone (``Сенат``, ``Палата представителей``) in a text about one foreign country is its.

``answer`` gives, by the kind's prefix: for ``title``, the ``(person, country, region_code)`` rows of the
``positions`` table, with the ``(country, region_code)`` of the title's organization as a fourth item
where the case expects one; for ``org``, the ``(country, region_code)`` of the document's
organizations, for ``orgname`` with their names first; for ``place``, the ``country_code`` of its places
of kind country. Countries as the tables give them: ``None`` for Russia's bodies.
"""

from __future__ import annotations

from dataclasses import dataclass

from nerpipe.places import COUNTRY, foreign_country

from . import Case
from .titles import PEOPLE, Person

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


@dataclass(frozen=True)
class Country:
    code: str
    forms: tuple[str, ...]  # nom gen dat acc ins loc
    adjective: str  # the stem of its adjective before -ий / -ого … (``французск``)


COUNTRIES = (
    Country("FR", ("Франция", "Франции", "Франции", "Францию", "Францией", "Франции"), "французск"),
    Country("JP", ("Япония", "Японии", "Японии", "Японию", "Японией", "Японии"), "японск"),
    Country("NO", ("Норвегия", "Норвегии", "Норвегии", "Норвегию", "Норвегией", "Норвегии"), "норвежск"),
    Country("KZ", ("Казахстан", "Казахстана", "Казахстану", "Казахстан", "Казахстаном", "Казахстане"),
            "казахстанск"),
    Country("IT", ("Италия", "Италии", "Италии", "Италию", "Италией", "Италии"), "итальянск"),
    Country("PL", ("Польша", "Польши", "Польше", "Польшу", "Польшей", "Польше"), "польск"),
    Country("CA", ("Канада", "Канады", "Канаде", "Канаду", "Канадой", "Канаде"), "канадск"),
    Country("DE", ("Германия", "Германии", "Германии", "Германию", "Германией", "Германии"), "германск"),
)

# cities abroad: genitive and country
CITIES = (("Парижа", "FR"), ("Берлина", "DE"), ("Рима", "IT"), ("Варшавы", "PL"), ("Мадрида", "ES"),
          ("Праги", "CZ"))


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2, as the gazetteer has it
    genitive: str
    locative: str  # after ``в``
    type: str  # область, край, республика
    town_locative: str = ""  # its administrative centre after ``в``


REGIONS = (
    Region("RU-TA", "Татарстана", "Татарстане", "республика", "Казани"),
    Region("RU-SVE", "Свердловской области", "Свердловской области", "область", "Екатеринбурге"),
    Region("RU-OMS", "Омской области", "Омской области", "область", "Омске"),
    Region("RU-KO", "Республики Коми", "Республике Коми", "республика", "Сыктывкаре"),
    Region("RU-KDA", "Краснодарского края", "Краснодарском крае", "край", "Краснодаре"),
    Region("RU-PER", "Пермского края", "Пермском крае", "край", "Перми"),
    Region("RU-TVE", "Тверской области", "Тверской области", "область", "Твери"),
    Region("RU-NVS", "Новосибирской области", "Новосибирской области", "область", "Новосибирске"),
)

# title heads in the six cases
_HEADS = {
    "министр": ("министр", "министра", "министру", "министра", "министром", "министре"),
    "глава": ("глава", "главы", "главе", "главу", "главой", "главе"),
    "президент": ("президент", "президента", "президенту", "президента", "президентом", "президенте"),
    "премьер-министр": ("премьер-министр", "премьер-министра", "премьер-министру", "премьер-министра",
                        "премьер-министром", "премьер-министре"),
    "канцлер": ("канцлер", "канцлера", "канцлеру", "канцлера", "канцлером", "канцлере"),
    "мэр": ("мэр", "мэра", "мэру", "мэра", "мэром", "мэре"),
    "губернатор": ("губернатор", "губернатора", "губернатору", "губернатора", "губернатором", "губернаторе"),
    "председатель": ("председатель", "председателя", "председателю", "председателя", "председателем",
                     "председателе"),
    "начальник": ("начальник", "начальника", "начальнику", "начальника", "начальником", "начальнике"),
}
# a masculine adjective before an animate noun, in the six cases
_ANIMATE = ("ий", "ого", "ому", "ого", "им", "ом")
# a neuter adjective before an inanimate noun
_NEUTER = ("ое", "ого", "ому", "ое", "им", "ом")
_MASCULINE = ("ий", "ого", "ому", "ий", "им", "ом")
_ADJECTIVE_OJ = ("ой", "ого", "ому", "ой", "ым", "ом")
# the neuter forms of the same adjectives before an inanimate noun
_NEUTER_OF = {_MASCULINE: _NEUTER, _ADJECTIVE_OJ: ("ое", "ого", "ому", "ое", "ым", "ом")}

# what a minister is minister of, and a head of an agency the head of (its abbreviation, undeclined)
_FIELDS = ("обороны", "иностранных дел", "финансов", "здравоохранения", "образования", "культуры")
_AGENCIES = ("МВД", "МИД", "Минобороны")
# a federal body's regional office and the region (of ``REGIONS``, in order) after ``по``, in the dative
_OFFICES = (("МВД", "Татарстану"), ("ГУ МВД", "Свердловской области"), ("УФСБ", "Омской области"),
            ("МВД", "Республике Коми"), ("ГУ МЧС", "Краснодарскому краю"), ("УФСИН", "Пермскому краю"))

# a title before a name, by the title's case; the person takes the same case
_BEFORE = {
    "nom": "{T} {P} {заявил} журналистам, что решение уже принято.",
    "gen": "Журналисты дождались {t} {P} у входа.",
    "dat": "Вопросы направили {t} {P} заранее.",
    "acc": "Журналисты встретили {t} {P} у входа.",
    "ins": "Переговоры с {t} {P} продолжатся завтра.",
    "loc": "Газеты много писали о {t} {P} в прошлом году.",
}
_APPOSITION = "{P}, {t}, {заявил} журналистам, что решение уже принято."
# a name before a predicate with a title in the instrumental, and before a dash
_PREDICATE = "{P} {назначен} {t} в прошлом году."
_DASH = "{P} — {t}."

# a body in the six cases
_BODY = {
    "nom": "{B} сообщает о новых правилах.",
    "gen": "Представители {b} приехали на встречу.",
    "dat": "Журналисты направили запрос {b}.",
    "acc": "Журналисты критикуют {b} за медлительность.",
    "ins": "Переговоры с {b} продолжатся завтра.",
    "loc": "В {b} отказались от комментариев.",
}


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def titled(kind: str, head: tuple[str, ...], tail: str, expected_of, people: tuple[Person, ...] = PEOPLE,
           orders: bool = False) -> list[Case]:
    """A title (``head`` in six cases + an undeclined ``tail``) before a name in every case and in
    apposition after it (``orders``: also as a predicate and after a dash), each person in turn;
    ``expected_of(person)`` is the answer."""
    out = []
    for index, case in enumerate(CASES):
        person = people[index % len(people)]
        title = f"{head[index]} {tail}".strip()
        text = _BEFORE[case].format(T=capital(title), t=title, P=person.forms[index], заявил=person.verb("заявил"))
        out.append(Case("regions", kind, text, expected_of(person)))
    person = people[len(CASES) % len(people)]
    text = _APPOSITION.format(P=person.name, t=f"{head[0]} {tail}".strip(), заявил=person.verb("заявил"))
    out.append(Case("regions", kind, text, expected_of(person)))
    if orders:
        person = people[(len(CASES) + 1) % len(people)]
        text = _PREDICATE.format(P=person.name, t=f"{head[4]} {tail}".strip(), назначен=person.verb("назначен"))
        out.append(Case("regions", kind, text, expected_of(person)))
        person = people[(len(CASES) + 2) % len(people)]
        out.append(Case("regions", kind, _DASH.format(P=person.name, t=f"{head[0]} {tail}".strip()),
                        expected_of(person)))
    return out


def bodies(kind: str, forms: tuple[str, ...], expected, before: str = "", after: str = "") -> list[Case]:
    """A body in its six case forms, in a sentence of its own between ``before`` and ``after``."""
    out = []
    for index, case in enumerate(CASES):
        sentence = _BODY[case].format(B=capital(forms[index]), b=forms[index])
        text = " ".join(part for part in (before, sentence, after) if part)
        out.append(Case("regions", kind, text, expected))
    return out


def row(country: str | None, region: str | None, org: tuple | None = None):
    """The expected answer of a title: ``(person, country, region[, org's country and region])``."""
    def expected(person: Person) -> frozenset:
        item = (person.name, country, region) if org is None else (person.name, country, region, org)
        return frozenset({item})
    return expected


def foreign_titles() -> list[Case]:
    out = []
    for index, field in enumerate(_FIELDS[:4]):
        country = COUNTRIES[index % len(COUNTRIES)]
        out += titled("title:foreign_minister", _HEADS["министр"], f"{field} {country.forms[1]}",
                      row(country.code, None, (country.code, None)))
    for index, agency in enumerate(_AGENCIES):
        country = COUNTRIES[(index + 4) % len(COUNTRIES)]
        out += titled("title:foreign_agency_head", _HEADS["глава"], f"{agency} {country.forms[1]}",
                      row(country.code, None, (country.code, None)))
    for index, country in enumerate(COUNTRIES[:6]):
        adjective = tuple(country.adjective + ending for ending in _ANIMATE)
        head = tuple(f"{a} {m}" for a, m in zip(adjective, _HEADS["министр"]))
        out += titled("title:country_adjective_minister", head, _FIELDS[index % 3],
                      row(country.code, None, (country.code, None)))
    for genitive, code in CITIES:
        out += titled("title:foreign_mayor", _HEADS["мэр"], genitive, row(code, None))
    # a state or a province abroad, after its type word
    for division, code in (("штата Техас", "US"), ("штата Калифорния", "US"), ("штата Флорида", "US"),
                           ("провинции Онтарио", "CA"), ("провинции Альберта", "CA")):
        out += titled("title:foreign_governor", _HEADS["губернатор"], division, row(code, None))
    return out


def heads_of_state() -> list[Case]:
    out = []
    for index, country in enumerate(COUNTRIES[:5]):
        out += titled("title:foreign_president", _HEADS["президент"], country.forms[1], row(country.code, None))
        other = COUNTRIES[(index + 3) % len(COUNTRIES)]
        out += titled("title:foreign_premier", _HEADS["премьер-министр"], other.forms[1], row(other.code, None))
    out += titled("title:foreign_chancellor", _HEADS["канцлер"], "Германии", row("DE", None))
    out += titled("title:foreign_chancellor", _HEADS["канцлер"], "Австрии", row("AT", None))
    return out


def regional_ministries() -> list[Case]:
    out = []
    for index, region in enumerate(REGIONS[:6]):
        field = _FIELDS[3 + index % 3]
        out += titled("title:regional_minister", _HEADS["министр"], f"{field} {region.genitive}",
                      row(None, region.code, (None, region.code)))
        forms = tuple(f"{noun} {field} {region.genitive}" for noun in (
            "министерство", "министерства", "министерству", "министерство", "министерством", "министерстве"))
        out += bodies("org:regional_ministry", forms, frozenset({(None, region.code)}))
    # the adjective of a region's type (``областной``, ``краевой``, ``республиканский``) in six cases
    adjectives = {"область": ("областн", _ADJECTIVE_OJ), "край": ("краев", _ADJECTIVE_OJ),
                  "республика": ("республиканск", _MASCULINE)}
    for region in REGIONS[:6]:
        stem, endings = adjectives[region.type]
        forms = tuple(f"{stem}{ending} {noun}" for ending, noun in zip(endings, (
            "минздрав", "минздрава", "минздраву", "минздрав", "минздравом", "минздраве")))
        out += bodies("org:regional_adjective_ministry", forms, frozenset({(None, region.code)}),
                      before=f"В {region.locative} открыли новую больницу.",
                      after=f"Врачей в {region.locative} не хватает.")
        forms = tuple(f"{stem}{ending} {noun} образования" for ending, noun in zip(_NEUTER_OF[endings], (
            "министерство", "министерства", "министерству", "министерство", "министерством", "министерстве")))
        out += bodies("org:regional_adjective_ministry", forms, frozenset({(None, region.code)}),
                      before=f"В {region.locative} открыли новую школу.")
        head = tuple(f"{form} {stem}{_ADJECTIVE_OJ[1]} минздрава" for form in _HEADS["глава"])
        for case in titled("title:regional_adjective_ministry_head", head, "",
                           row(None, region.code, (None, region.code))):
            out.append(Case(case.area, case.kind, f"В {region.locative} открыли новую больницу. {case.text}",
                            case.expected))
    # the adjective of a region's type before a minister's title, in a text about one region of that type
    for index, region in enumerate(REGIONS[:6]):
        stem, endings = adjectives[region.type]
        head = tuple(f"{stem}{ending} {form}" for ending, form in zip(_ANIMATE if endings is _MASCULINE
                                                                       else ("ой", "ого", "ому", "ого", "ым", "ом"),
                                                                       _HEADS["министр"]))
        out += within(titled("title:level_adjective_minister", head, _FIELDS[3 + index % 3],
                             row(None, region.code, (None, region.code))),
                      f"В {region.locative} открыли новую школу.", f"Учителей в {region.locative} не хватает.")
    # ... and before a body of that level in a title (``председатель областного суда``)
    for region in REGIONS[:6]:
        stem, _endings = adjectives[region.type]
        out += within(titled("title:level_adjective_body", _HEADS["председатель"], f"{stem}ого суда",
                             row(None, region.code)),
                      f"В {region.locative} открыли новую школу.", f"Учителей в {region.locative} не хватает.")
    # a body only a region has, named with no region, in a text about one region
    for region, body in zip(REGIONS[:6], ("законодательного собрания", "Законодательного собрания", "заксобрания",
                                          "Заксобрания", "законодательного собрания", "облдумы")):
        out += within(titled("title:regional_body", _HEADS["председатель"], body, row(None, region.code)),
                      f"В {region.locative} открыли новую школу.", f"Учителей в {region.locative} не хватает.")
    # a federal body's office in a region (``ГУ МВД по Свердловской области``)
    for (office, dative), region in zip(_OFFICES, REGIONS[:6]):
        out += titled("title:territorial_office", _HEADS["начальник"], f"{office} по {dative}",
                      row(None, region.code, (None, region.code)))
    # a region's own adjective (``татарстанский``)
    for stem, code in (("татарстанск", "RU-TA"), ("свердловск", "RU-SVE"), ("омск", "RU-OMS")):
        forms = tuple(f"{stem}{ending} {noun}" for ending, noun in zip(_MASCULINE, (
            "минздрав", "минздрава", "минздраву", "минздрав", "минздравом", "минздраве")))
        out += bodies("org:region_adjective_ministry", forms, frozenset({(None, code)}))
    return out


def bare_titles() -> list[Case]:
    out = []
    for region in REGIONS[:6]:
        about_region = (f"В {region.locative} открыли новую больницу.", f"Врачей в {region.locative} не хватает.")
        about_town = (f"В {region.town_locative} открыли новую больницу.",
                      f"Врачей в {region.town_locative} не хватает.")
        heads = (("governor", _HEADS["губернатор"], about_region), ("mayor", _HEADS["мэр"], about_town),
                 ("head_of_region", tuple(f"{form} региона" for form in _HEADS["глава"]), about_region))
        for name, head, (before, after) in heads:
            for case in titled(f"title:bare_{name}_one_region", head, "", row(None, region.code)):
                out.append(Case(case.area, case.kind, f"{before} {case.text} {after}", case.expected))
    for index, region in enumerate(REGIONS[:6]):
        other = REGIONS[(index + 1) % 6]
        context = f"В {region.locative} и в {other.locative} открыли новые больницы."
        for case in titled("title:bare_governor_two_regions", _HEADS["губернатор"], "", row(None, None)):
            out.append(Case(case.area, case.kind, f"{context} {case.text}", case.expected))
        # one region named far more often than another: the text is about it
        context = (f"В {region.locative} открыли новые больницы. Врачей в {region.locative} не хватает, "
                   f"и в {region.locative} ждут выпускников из {other.genitive}.")
        for case in titled("title:bare_governor_main_region", _HEADS["губернатор"], "", row(None, region.code)):
            out.append(Case(case.area, case.kind, f"{context} {case.text}", case.expected))
    # a town's title in a text about a foreign city
    for locative, code in (("Париже", "FR"), ("Берлине", "DE"), ("Риме", "IT"), ("Варшаве", "PL")):
        for case in titled("title:bare_mayor_abroad", _HEADS["мэр"], "", row(code, None)):
            out.append(Case(case.area, case.kind,
                            f"В {locative} открыли новый мост. {case.text} Мост в {locative} строили три года.",
                            case.expected))
    # a state's body with no country in a text about a foreign country
    for country in COUNTRIES[:4]:
        if country.forms[5][:1] in "ВФ":
            continue
        for case in titled("title:agency_head_abroad", _HEADS["глава"], "МВД",
                           row(country.code, None, (country.code, None))):
            out.append(Case(case.area, case.kind, f"В {country.forms[5]} прошли выборы. {case.text} "
                            f"Выборы в {country.forms[5]} прошли спокойно.", case.expected))
    return out


def federal() -> list[Case]:
    out = []
    for index, field in enumerate(("финансов", "обороны", "культуры")):
        russia = ("России", "РФ", "Российской Федерации")[index]
        out += titled("title:federal_minister", _HEADS["министр"], f"{field} {russia}",
                      row(None, None, (None, None)))
    out += titled("title:federal_agency_head", _HEADS["глава"], "МВД РФ", row(None, None, (None, None)))
    out += titled("title:federal_agency_head", _HEADS["глава"], "МИД России", row(None, None, (None, None)))
    for region in REGIONS[:6]:
        forms = ("Минздрав", "Минздрава", "Минздраву", "Минздрав", "Минздравом", "Минздраве")
        out += bodies("org:federal_ministry_in_region", forms, frozenset({(None, None)}),
                      before=f"В {region.locative} открыли новую больницу.",
                      after=f"Врачей в {region.locative} не хватает.")
    return out


def foreign_bodies() -> list[Case]:
    out = []
    for country in COUNTRIES[:4]:
        forms = tuple(f"{noun} иностранных дел {country.forms[1]}" for noun in (
            "министерство", "министерства", "министерству", "министерство", "министерством", "министерстве"))
        out += bodies("org:foreign_ministry", forms, frozenset({(country.code, None)}))
        forms = tuple(f"{noun} {country.forms[1]}" for noun in (
            "парламент", "парламента", "парламенту", "парламент", "парламентом", "парламенте"))
        out += bodies("org:foreign_parliament", forms, frozenset({(country.code, None)}))
    for country in COUNTRIES[:6]:
        forms = tuple(f"{country.adjective}{ending} МВД" for ending in _NEUTER)
        out += bodies("org:country_adjective_agency", forms, frozenset({(country.code, None)}))
        forms = tuple(f"{country.adjective}{ending} МИД" for ending in _MASCULINE)
        out += bodies("org:country_adjective_agency", forms, frozenset({(country.code, None)}))
        out += bodies("org:foreign_agency", (f"МИД {country.forms[1]}",) * 6, frozenset({(country.code, None)}))
    return out


# districts of towns named by adjectives other towns share (``Ленинского района``, a town Ленинск)
_DISTRICTS = ("Ленинского", "Октябрьского", "Кировского", "Советского")
_TOWNS = (("Омска", "RU-OMS"), ("Твери", "RU-TVE"), ("Перми", "RU-PER"))


# bodies of a town's district, in the six cases
_DISTRICT_NOUNS = (
    ("суд", "суда", "суду", "суд", "судом", "суде"),
    ("прокуратура", "прокуратуры", "прокуратуре", "прокуратуру", "прокуратурой", "прокуратуре"),
    ("администрация", "администрации", "администрации", "администрацию", "администрацией", "администрации"),
)


def district_bodies() -> list[Case]:
    """A court, a prosecutor's office or an administration of a town's district is of the town: its
    region, or its country abroad (the court abroad only)."""
    out = []
    for district in _DISTRICTS:
        for town, code in _TOWNS:
            for nouns in _DISTRICT_NOUNS:
                forms = tuple(f"{noun} {district} района города {town}" for noun in nouns)
                out += bodies("org:town_district", forms, frozenset({(None, code)}))
        for town, code in CITIES[:3]:
            forms = tuple(f"{noun} {district} района города {town}" for noun in _DISTRICT_NOUNS[0])
            out += bodies("org:town_district_abroad", forms, frozenset({(code, None)}))
    return out


def in_a_foreign_country() -> list[Case]:
    """Titles that name no country in a text about one foreign country: that country's, with its body."""
    out = []
    for country in COUNTRIES[:6]:
        if country.forms[5][:1] in "ВФ":
            continue
        before = f"В {country.forms[5]} прошли выборы."
        after = f"Выборы в {country.forms[5]} прошли спокойно."
        out += within(titled("title:bare_abroad", _HEADS["министр"], "обороны",
                             row(country.code, None, (country.code, None)), orders=True), before, after)
        out += within(titled("title:bare_abroad", _HEADS["премьер-министр"], "", row(country.code, None),
                             orders=True), before, after)
    return out


def several_places() -> list[Case]:
    """Regional titles that name nothing in a text about two towns or regions named alike: no region."""
    out = []
    for index, region in enumerate(REGIONS[:4]):
        other = REGIONS[index + 4]
        before = f"В {region.town_locative} и в {other.town_locative} открыли новые мосты."
        out += within(titled("title:bare_mayor_two_towns", _HEADS["мэр"], "", row(None, None)), before)
        before = f"В {region.locative} и в {other.locative} открыли новые больницы."
        head = tuple(f"{form} региона" for form in _HEADS["глава"])
        out += within(titled("title:bare_head_of_region_two_regions", head, "", row(None, None)), before)
    return out


_PLACE = {
    "nom": "{C} готовится к выборам.",
    "gen": "Делегация вернулась из {c} вчера.",
    "dat": "Журналисты посвятили {c} целый выпуск.",
    "acc": "Делегация посетила {c} в мае.",
    "ins": "Переговоры с {c} продолжатся завтра.",
    "loc": "Выборы в {c} назначены на осень.",
}


# countries named by two words, in the plural, by an abbreviation
_MORE_COUNTRIES = (
    Country("KR", ("Южная Корея", "Южной Кореи", "Южной Корее", "Южную Корею", "Южной Кореей", "Южной Корее"),
            "южнокорейск"),
    Country("GB", ("Великобритания", "Великобритании", "Великобритании", "Великобританию", "Великобританией",
                   "Великобритании"), "британск"),
    Country("US", ("США",) * 6, "американск"),
    Country("NL", ("Нидерланды", "Нидерландов", "Нидерландам", "Нидерланды", "Нидерландами", "Нидерландах"),
            "нидерландск"),
    Country("AE", ("ОАЭ",) * 6, "эмиратск"),
    Country("NZ", ("Новая Зеландия", "Новой Зеландии", "Новой Зеландии", "Новую Зеландию", "Новой Зеландией",
                   "Новой Зеландии"), "новозеландск"),
)


def places() -> list[Case]:
    out = []
    for country in COUNTRIES + _MORE_COUNTRIES:
        for index, case in enumerate(CASES):
            if case == "loc" and country.forms[5][:1] in "ВФ":
                continue  # "во Франции": the preposition changes
            text = _PLACE[case].format(C=country.forms[index], c=country.forms[index])
            out.append(Case("regions", "place:country", text, frozenset({country.code})))
    return out


def within(cases: list[Case], before: str, after: str = "") -> list[Case]:
    """The same cases in a text that says ``before`` and ``after`` around them."""
    return [Case(c.area, c.kind, " ".join(part for part in (before, c.text, after) if part), c.expected)
            for c in cases]


def in_a_region() -> list[Case]:
    """Foreign and regional titles of every kind in a text about one Russian region (not theirs), in the
    orders of news: the title keeps its own country or region."""
    out = []
    for index, region in enumerate(REGIONS[:4]):
        before = f"В {region.locative} открыли новую больницу."
        after = f"Врачей в {region.locative} не хватает."
        country = COUNTRIES[index]
        other = REGIONS[index + 4]
        out += within(titled("title:foreign_in_region_text", _HEADS["министр"], f"обороны {country.forms[1]}",
                             row(country.code, None, (country.code, None)), orders=True), before, after)
        out += within(titled("title:foreign_in_region_text", _HEADS["президент"], country.forms[1],
                             row(country.code, None), orders=True), before, after)
        genitive, code = CITIES[index]
        out += within(titled("title:foreign_in_region_text", _HEADS["мэр"], genitive, row(code, None), orders=True),
                      before, after)
        out += within(titled("title:other_region_in_region_text", _HEADS["губернатор"], other.genitive,
                             row(None, other.code), orders=True), before, after)
        out += within(titled("title:other_region_in_region_text", _HEADS["министр"], f"культуры {other.genitive}",
                             row(None, other.code, (None, other.code)), orders=True), before, after)
        out += within(titled("title:federal_in_region_text", _HEADS["министр"], "финансов России",
                             row(None, None, (None, None)), orders=True), before, after)
    # the head of a Russian republic is the republic's, not a state's
    for region in (REGIONS[0], REGIONS[3]):
        out += titled("title:head_of_republic", _HEADS["глава"], region.genitive, row(None, region.code), orders=True)
        out += titled("title:head_of_republic", _HEADS["президент"], region.genitive, row(None, region.code))
    return out


def two_countries() -> list[Case]:
    """A foreign title and Russia's in one sentence, either first; an ambassador of a country to another."""
    out = []
    fields = ("иностранных дел", "обороны", "финансов")
    for index, country in enumerate(COUNTRIES):
        first, second = PEOPLE[index % 4], PEOPLE[(index + 1) % 4]
        field = fields[index % 3]
        foreign = (f"министр {field} {country.forms[1]}", f"министром {field} {country.forms[1]}", country.code)
        russian = (f"министр {field} России", f"министром {field} России", None)
        for one, other in ((foreign, russian), (russian, foreign)):
            text = (f"{capital(one[0])} {first.name} {first.verb('встретился')} с {other[1]} {second.forms[4]} "
                    f"в понедельник.")
            expected = frozenset({(first.name, one[2], None, (one[2], None)),
                                  (second.name, other[2], None, (other[2], None))})
            out.append(Case("regions", "title:two_countries", text, expected))
        if country.forms[5][:1] in "ВФ":
            continue
        out += titled("title:ambassador", ("посол", "посла", "послу", "посла", "послом", "после"),
                      f"{country.forms[1]} в России", row(country.code, None))
        out += titled("title:ambassador", ("посол", "посла", "послу", "посла", "послом", "после"),
                      f"России в {country.forms[5]}", row(None, None))
    return out


# a region's adjective (masculine, feminine) for the bodies whose names keep their level (``областной суд``)
_REGION_ADJECTIVES = {"RU-SVE": ("Свердловский", "Свердловская"), "RU-OMS": ("Омский", "Омская"),
                      "RU-KDA": ("Краснодарский", "Краснодарская"), "RU-PER": ("Пермский", "Пермская")}
# a region's name in the genitive as the gazetteer writes it, where the tables shorten it
_OFFICIAL = {"RU-TA": "Республики Татарстан"}
_TOWN_GENITIVES = {"RU-TA": "Казани", "RU-SVE": "Екатеринбурга", "RU-OMS": "Омска", "RU-KO": "Сыктывкара",
                   "RU-KDA": "Краснодара", "RU-PER": "Перми"}
_LEVEL_STEMS = {"область": "областн", "край": "краев", "республика": "республиканск"}
_FEMININE = ("ая", "ой", "ой", "ую", "ой", "ой")


def level_bodies() -> list[Case]:
    """A region's body named by a level's adjective and its noun (``краевое правительство``, ``областной
    суд``) or by a name only a region's body has (``Законодательное собрание``), in a text about one region
    of that level: that region's, named as where the region is written out; in a text about two, as it is;
    ``городской`` and a body's noun in a text about one town: that town's."""
    out = []
    for index, region in enumerate(REGIONS[:6]):
        stem = _LEVEL_STEMS[region.type]
        official = _OFFICIAL.get(region.code, region.genitive)
        about = (f"В {region.locative} прошло заседание.", f"Бюджет {region.genitive} вырос.")
        bodies_named = [
            (tuple(f"{stem}{e} правительств{n}" for e, n in zip(
                _NEUTER_OF[_ADJECTIVE_OJ] if stem != "республиканск" else _NEUTER, ("о", "а", "у", "о", "ом", "е"))),
             f"Правительство {official}"),
            (tuple(f"{stem}{e} администраци{n}" for e, n in zip(_FEMININE, ("я", "и", "и", "ю", "ей", "и"))),
             f"Администрация {official}"),
            (tuple(f"Законодательн{e} собрани{n}" for e, n in zip(_NEUTER_OF[_ADJECTIVE_OJ],
                                                                 ("е", "я", "ю", "е", "ем", "и"))),
             f"Законодательное собрание {official}"),
        ]
        if region.code in _REGION_ADJECTIVES:
            masculine, feminine = _REGION_ADJECTIVES[region.code]
            bodies_named.append((tuple(f"{stem}{e} суд{n}" for e, n in zip(
                _ADJECTIVE_OJ, ("", "а", "у", "", "ом", "е"))), f"{masculine} {stem}ой суд"))
            bodies_named.append((tuple(f"{stem}{e} дум{n}" for e, n in zip(_FEMININE, ("а", "ы", "е", "у", "ой", "е"))),
                                 f"{feminine} {stem}ая дума"))
        for forms, name in bodies_named:
            out += bodies("orgname:level_body", forms, frozenset({(name, None, region.code)}), *about)
        other = REGIONS[(index + 1) % 6]
        two = f"В {region.locative} и в {other.locative} прошли заседания."
        forms, name = bodies_named[0]
        # the level of one of the two: that one's; of both: as it is
        expected = (capital(forms[0]), None, None) if _LEVEL_STEMS.get(other.type) == stem \
            else (name, None, region.code)
        out += bodies("orgname:level_body_two_regions", forms, frozenset({expected}), two)
    # a body whose name keeps its level, with the region's genitive: named with the region's adjective
    for code, (masculine, _feminine) in _REGION_ADJECTIVES.items():
        region = next(r for r in REGIONS if r.code == code)
        stem = _LEVEL_STEMS[region.type]
        forms = tuple(f"{stem}{e} суд{n} {region.genitive}"
                      for e, n in zip(_ADJECTIVE_OJ, ("", "а", "у", "", "ом", "е")))
        out += bodies("orgname:level_body_genitive", forms, frozenset({(f"{masculine} {stem}ой суд", None, code)}))
    # a town's body by ``городской``, in a text about one town; a compound of a level and a body (``облдума``)
    for region in REGIONS[:6]:
        town = _TOWN_GENITIVES[region.code]
        forms = tuple(f"городск{e} администраци{n}" for e, n in zip(_FEMININE, ("я", "и", "и", "ю", "ей", "и")))
        out += bodies("orgname:town_body", forms, frozenset({(f"Администрация {town}", None, region.code)}),
                      f"В {region.town_locative} прошло заседание.")
    for code, name in (("RU-OMS", "Омская городская дума"), ("RU-KDA", "Краснодарская городская дума")):
        region = next(r for r in REGIONS if r.code == code)
        forms = tuple(f"городск{e} дум{n}" for e, n in zip(_FEMININE, ("а", "ы", "е", "у", "ой", "е")))
        out += bodies("orgname:town_body", forms, frozenset({(name, None, code)}),
                      f"В {region.town_locative} прошло заседание.")
    for region in (REGIONS[1], REGIONS[2]):
        feminine = _REGION_ADJECTIVES[region.code][1]
        forms = ("Облдума", "Облдумы", "Облдуме", "Облдуму", "Облдумой", "Облдуме")
        out += bodies("orgname:level_body", forms, frozenset({(f"{feminine} областная дума", None, region.code)}),
                      f"В {region.locative} прошло заседание.")
    for code, name in (("RU-OMS", "Омская городская дума"), ("RU-KDA", "Краснодарская городская дума")):
        region = next(r for r in REGIONS if r.code == code)
        forms = ("Гордума", "Гордумы", "Гордуме", "Гордуму", "Гордумой", "Гордуме")
        out += bodies("orgname:town_body", forms, frozenset({(name, None, code)}),
                      f"В {region.town_locative} прошло заседание.")
    # compounds of a level and a body, in upper or lower case
    masculine_endings, neuter_endings = ("", "а", "у", "", "ом", "е"), ("е", "я", "ю", "е", "ем", "и")
    compounds = (("RU-OMS", "облсуд", masculine_endings, "Омский областной суд", False),
                 ("RU-OMS", "облизбирком", masculine_endings, "Избирательная комиссия Омской области", False),
                 ("RU-PER", "крайизбирком", masculine_endings, "Избирательная комиссия Пермского края", False),
                 ("RU-OMS", "заксобрани", neuter_endings, "Законодательное собрание Омской области", False),
                 ("RU-SVE", "облдум", _DUMA, "Свердловская областная дума", False),
                 ("RU-OMS", "горсовет", masculine_endings, "Омский городской совет", True),
                 ("RU-OMS", "горизбирком", masculine_endings, "Избирательная комиссия Омска", True),
                 ("RU-KDA", "гордум", _DUMA, "Краснодарская городская дума", True))
    for code, stem, endings, name, town in compounds:
        region = next(r for r in REGIONS if r.code == code)
        about = f"В {region.town_locative if town else region.locative} прошло заседание."
        for written in (stem, capital(stem)):
            out += bodies("orgname:level_compound", tuple(written + e for e in endings),
                          frozenset({(name, None, code)}), about)
    # the body written out and by its level's adjective in one text: one organization
    for region in REGIONS[:6]:
        stem = _LEVEL_STEMS[region.type]
        text = (f"Правительство {region.genitive} утвердило программу. Депутаты поддержали {stem}ое "
                f"правительство.")
        out.append(Case("regions", "orgname:level_body_written_out", text,
                        frozenset({(f"Правительство {_OFFICIAL.get(region.code, region.genitive)}", None,
                                    region.code)})))
    return out


# regions by several of their names in the genitive, and the genitive of their own name
_NAMINGS = (("RU-KHM", ("Югры", "ХМАО — Югры", "ХМАО-Югры", "Ханты-Мансийского автономного округа"),
             "Ханты-Мансийского автономного округа — Югры"),
            ("RU-SA", ("Якутии", "Республики Саха", "Республики Саха (Якутия)"), "Республики Саха (Якутия)"),
            ("RU-LEN", ("Ленобласти", "Ленинградской области"), "Ленинградской области"),
            ("RU-TA", ("Татарстана", "Республики Татарстан"), "Республики Татарстан"))


def region_namings() -> list[Case]:
    """A region's government named in one text with two of the region's names: one body, named with the
    region's own name; ``правительство`` alone in a text about one region: the region's."""
    out = []
    for code, names, official in _NAMINGS:
        expected = frozenset({(f"Правительство {official}", None, code)})
        for first in names:
            for second in names:
                if first != second:
                    text = f"Правительство {first} утвердило программу. Депутаты поддержали правительство {second}."
                    out.append(Case("regions", "orgname:region_namings", text, expected))
    for region in REGIONS[:6]:
        text = f"В {region.locative} открыли завод. Об этом сообщил заместитель председателя правительства Анна Орлова."
        official = _OFFICIAL.get(region.code, region.genitive)
        out.append(Case("regions", "orgname:lone_government", text,
                        frozenset({(f"Правительство {official}", None, region.code)})))
    return out


# towns with the feminine of their adjective, regular or not, and their region
_TOWN_ADJECTIVES = (("Москвы", "Московская", "RU-MOW"), ("Омска", "Омская", "RU-OMS"), ("Казани", "Казанская", "RU-TA"),
                    ("Сочи", "Сочинская", "RU-KDA"), ("Твери", "Тверская", "RU-TVE"),
                    ("Екатеринбурга", "Екатеринбургская", "RU-SVE"), ("Новосибирска", "Новосибирская", "RU-NVS"))
_DUMA = ("а", "ы", "е", "у", "ой", "е")
_ADMINISTRATION = ("я", "и", "и", "ю", "ей", "и")


# countries by their adjective's stem (in ``-ский``) and their genitive
_COUNTRY_STEMS = (("армянск", "Армении", "AM"), ("казахстанск", "Казахстана", "KZ"), ("грузинск", "Грузии", "GE"),
                  ("белорусск", "Белоруссии", "BY"))
_MASCULINE_SKIJ = ("ий", "ого", "ому", "ий", "им", "ом")


def level_of_adjective() -> list[Case]:
    """A town's adjective that names a region too (``московский``) before the level of an oblast: the oblast's
    body (``Московская областная дума``); before ``городской``: the town's."""
    out = []
    named = (("областн", _FEMININE, _FEMININE, "дум", _DUMA, "Московская областная дума", "RU-MOS"),
             ("областн", _MASCULINE_SKIJ, _ADJECTIVE_OJ, "суд", ("", "а", "у", "", "ом", "е"),
              "Московский областной суд", "RU-MOS"),
             ("городск", _FEMININE, _FEMININE, "дум", _DUMA, "Московская городская дума", "RU-MOW"))
    for level, endings, level_endings, noun, noun_endings, name, code in named:
        forms = tuple(f"Московск{e} {level}{f} {noun}{n}" for e, f, n in zip(endings, level_endings, noun_endings))
        out += bodies("orgname:level_of_adjective", forms, frozenset({(name, None, code)}))
    return out


def compounds_abroad() -> list[Case]:
    """A compound naming Russia's body in the dictionary (``Центробанк``) after a country's adjective: that
    country's body, in upper or lower case."""
    out = []
    for stem, genitive, code in _COUNTRY_STEMS:
        for compound in ("Центробанк", "центробанк"):
            forms = tuple(f"{stem}{e} {compound}{n}" for e, n in zip(_MASCULINE_SKIJ, ("", "а", "у", "", "ом", "е")))
            out += bodies("orgname:compound_abroad", forms,
                          frozenset({(f"Центральный банк {genitive}", code, None)}))
    return out


def two_namings() -> list[Case]:
    """A region's or a town's body named in one text by its noun and the place's genitive (``Дума Пермского
    края``) and by the place's adjective, its level's and its noun (``Пермская краевая дума``), in either
    order: one organization, named with the adjectives for ``дума`` and with the genitive for others; so is the
    noun alone after both (``Думы``)."""
    out = []
    for code, (masculine, feminine) in _REGION_ADJECTIVES.items():
        region = next(r for r in REGIONS if r.code == code)
        stem = _LEVEL_STEMS[region.type]
        adjective_name = f"{feminine} {stem}ая дума"
        forms = tuple(f"дум{n} {region.genitive}" for n in _DUMA)
        out += bodies("orgname:two_namings", forms, frozenset({(adjective_name, None, code)}),
                      f"{adjective_name} приняла закон.")
        forms = tuple(f"{feminine[:-2]}{e} {stem}{e} дум{n}" for e, n in zip(_FEMININE, _DUMA))
        out += bodies("orgname:two_namings", forms, frozenset({(adjective_name, None, code)}),
                      f"Дума {region.genitive} приняла закон.")
        # and then by its noun alone
        forms = tuple(f"Дум{n}" for n in _DUMA)
        out += bodies("orgname:two_namings_lone", forms, frozenset({(adjective_name, None, code)}),
                      f"Дума {region.genitive} приняла закон. Депутаты {feminine[:-2]}ой {stem}ой думы его поддержали.")
        neuter = f"{masculine[:-2]}ое {stem}ое законодательное собрание"
        out.append(Case("regions", "orgname:two_namings",
                        f"Законодательное собрание {region.genitive} приняло закон. {neuter} его поддержало.",
                        frozenset({(f"Законодательное собрание {region.genitive}", None, code)})))
    for town, feminine, code in _TOWN_ADJECTIVES:
        adjective_name = f"{feminine} городская дума"
        forms = tuple(f"дум{n} {town}" for n in _DUMA)
        out += bodies("orgname:two_namings_town", forms, frozenset({(adjective_name, None, code)}),
                      f"{adjective_name} приняла закон.")
        forms = tuple(f"{feminine[:-2]}{e} городск{e} администраци{n}" for e, n in zip(_FEMININE, _ADMINISTRATION))
        out += bodies("orgname:two_namings_town", forms, frozenset({(f"Администрация {town}", None, code)}),
                      f"Администрация {town} приняла закон.")
    return out


# a national body named alone, in a text about one foreign country (its locative after ``в``), and its name
_LONE_FORMS = {"Сенат": ("сенат", "сената", "сенату", "сенат", "сенатом", "сенате"),
               "Конгресс": ("конгресс", "конгресса", "конгрессу", "конгресс", "конгрессом", "конгрессе"),
               "Парламент": ("парламент", "парламента", "парламенту", "парламент", "парламентом", "парламенте"),
               "Правительство": ("правительство", "правительства", "правительству", "правительство",
                                 "правительством", "правительстве"),
               "Верховный суд": ("Верховный суд", "Верховного суда", "Верховному суду", "Верховный суд",
                                 "Верховным судом", "Верховном суде"),
               "Палата представителей": ("Палата представителей", "Палаты представителей", "Палате представителей",
                                         "Палату представителей", "Палатой представителей", "Палате представителей"),
               "Национальное собрание": ("Национальное собрание", "Национального собрания", "Национальному собранию",
                                         "Национальное собрание", "Национальным собранием", "Национальном собрании")}
_ABROAD = (("США", "США", "US"), ("Франции", "Франции", "FR"), ("Японии", "Японии", "JP"),
           ("Польше", "Польши", "PL"), ("Канаде", "Канады", "CA"))


def lone_bodies_abroad() -> list[Case]:
    """A national body named by its noun alone (``Сенат``, ``парламент``, ``МИД``) or a chamber by its words
    alone (``Палата представителей``) in a text about one foreign country: that country's, named with the
    country's genitive; a chamber in a text about a Russian region stays as it is."""
    out = []
    for locative, genitive, code in _ABROAD:
        before = f"{'Во' if locative[:1] in 'ВФ' else 'В'} {locative} прошли выборы."
        for body, forms in _LONE_FORMS.items():
            out += bodies("orgname:lone_body_abroad", forms, frozenset({(f"{body} {genitive}", code, None)}),
                          before)
        out += bodies("orgname:lone_body_abroad", ("МИД",) * 6,
                      frozenset({(f"Министерство иностранных дел {genitive}", code, None)}), before)
    # a chamber in a text about a Russian region: no foreign country's, as it is
    for region in REGIONS[:3]:
        out += bodies("orgname:chamber_in_region", _LONE_FORMS["Палата представителей"],
                      frozenset({("Палата представителей", None, None)}), f"В {region.locative} прошли выборы.")
    return out


def cases() -> list[Case]:
    return [*foreign_titles(), *heads_of_state(), *regional_ministries(), *bare_titles(), *federal(),
            *foreign_bodies(), *places(), *in_a_region(), *in_a_foreign_country(), *several_places(),
            *two_countries(), *level_bodies(), *two_namings(), *compounds_abroad(), *level_of_adjective(),
            *lone_bodies_abroad(), *district_bodies(), *region_namings(), *_more()]


def _more() -> list[Case]:
    from .regions_more import cases as more  # it builds on this module's templates

    return more()


def answer(result, case: Case) -> frozenset:
    kind = case.kind.split(":")[0]
    if kind == "orgname":
        return frozenset((o.name, foreign_country(o.country), o.region_code) for o in result.organizations)
    if kind == "org":
        return frozenset((foreign_country(o.country), o.region_code) for o in result.organizations)
    if kind == "place":
        return frozenset(place.country_code for place in result.locations if place.kind == COUNTRY)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o for o in result.organizations}
    with_org = any(len(item) == 4 for item in case.expected)
    out = set()
    for fact in result.positions:
        item = (names.get(fact.person_id), fact.country, fact.region_code)
        if with_org:
            org = orgs.get(fact.org_id)
            item += ((foreign_country(org.country), org.region_code) if org is not None else None,)
        out.add(item)
    return frozenset(out)


# cases still answered wrong (their full text)
KNOWN_WRONG: frozenset[str] = frozenset()
