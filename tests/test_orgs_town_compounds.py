"""A town's legislature named with its convocation (``Тульской городской Думы пятого созыва``) is the town's body
of the town's region, one with the body named without it; a compound of a town's stem and ``гордума``
(``Тулгордума``) is that body too, or of the region of the document's town the stem begins; a town's duma
named by its adjective alone (``Тюменская дума``) and a bare ``Контрольно-счетная палата`` in a text about one
town that names its bodies are the town's (:mod:`nerpipe.resolve.municipal`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def orgs_of(text: str, models) -> dict[str, tuple[str, str | None]]:
    """Each ORG mention's text → its organization's name and region."""
    result = analyze(text, models)
    orgs = {o.org_id: o for o in result.organizations}
    return {m.text: (orgs[m.entity_id].name, orgs[m.entity_id].region_code)
            for m in result.mentions if m.type == "ORG" and m.entity_id in orgs}


@pytest.mark.parametrize("text, mention, expected", [
    ("В Туле 12 марта пройдет IV сессия Тульской городской Думы пятого созыва. Депутаты обсудят бюджет.",
     "Тульской городской Думы пятого созыва", ("Тульская городская Дума", "RU-TUL")),
    ("Очередная сессия Тулгордумы пройдет в четверг. Депутаты Тульской городской Думы обсудят бюджет Тулы.",
     "Тулгордумы", ("Тульская городская Дума", "RU-TUL")),
    ("Секретарем Тулгордумы избрали Анну Белову. Также депутаты выбрали заместителя главы Тулы.",
     "Тулгордумы", ("Тулгордума", "RU-TUL")),
])
def test_a_town_legislature_by_convocation_or_compound_is_of_the_towns_region(models, text, mention, expected):
    assert orgs_of(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a stem no town of the text begins: no region
    ("Секретарем Тулгордумы избрали Анну Белову. Депутаты выбрали заместителя главы Твери.",
     "Тулгордумы", ("Тулгордума", None)),
])
def test_a_compound_of_no_town_of_the_text_has_no_region(models, text, mention, expected):
    assert orgs_of(text, models).get(mention, expected) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a town's duma named by the town's adjective without "городская"
    ("Депутаты Тюменской думы приняли бюджет Тюмени. Председатель Тюменской думы Иван Петров доволен.",
     "Тюменской думы", ("Тюменская дума", "RU-TYU")),
    ("Депутаты Сургутской думы приняли бюджет. Председатель Сургутской думы Иван Петров доволен.",
     "Сургутской думы", ("Сургутская дума", "RU-KHM")),
    # a bare audit chamber in a text about one town that names the town's bodies
    ("В Твери проверили расходы. Контрольно-счетная палата выявила нарушения в мэрии Твери. Председатель палаты "
     "Анна Белова доложила депутатам Тверской городской думы.",
     "Контрольно-счетная палата", ("Контрольно-счетная палата Твери", "RU-TVE")),
])
def test_a_towns_duma_and_audit_chamber_named_bare_are_the_towns(models, text, mention, expected):
    assert orgs_of(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a federal body's name and "города" after it: the town's body, and so are its bare mentions
    ("В Твери прошла проверка. Счётная палата города выявила нарушения. Председатель Счётной палаты Иван Котов "
     "доложил мэру.", "Счётной палаты", ("Счётная палата Твери", "RU-TVE")),
    # the text names the federal one too: only the mention with "города" is the town's
    ("В Твери прошла проверка. Счётная палата России выявила нарушения, а Счётная палата города подтвердила их. В "
     "Счётной палате пообещали отчёт.", "Счётной палате", ("Счётная палата Российской Федерации", None)),
    # "города" not right after the body: the federal one
    ("В Твери прошла проверка. Счётная палата выявила нарушения в бюджете города.", "Счётная палата",
     ("Счётная палата Российской Федерации", None)),
    # a ministry or an agency, which no town has: as it was
    ("В Твери прошла проверка. Следственный комитет города возбудил дело.", "Следственный комитет",
     ("Следственный комитет Российской Федерации", None)),
])
def test_a_federal_chamber_of_the_town(models, text, mention, expected):
    assert orgs_of(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a text about a region, no town's body: the audit chamber is left as it is
    ("В Тверской области проверили расходы. Контрольно-счетная палата выявила нарушения в правительстве Тверской "
     "области.", "Контрольно-счетная палата", ("Контрольно-счетная палата", None)),
    # the State Duma is no town's
    ("Депутаты Государственной думы приняли закон. В Твери его обсудили.", "Государственной думы",
     ("Государственная Дума Федерального Собрания Российской Федерации", None)),
])
def test_bodies_of_no_town_stay(models, text, mention, expected):
    assert orgs_of(text, models).get(mention, expected) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a town's adjective and a noun only a town's body has: of the town's region
    ("В Казанской ратуше обсудили бюджет.", "Казанской ратуше", "RU-TA"),
    ("Омская мэрия сообщила о ремонте дорог.", "Омская мэрия", "RU-OMS"),
    # ... not a foreign town's
    ("Пражская ратуша открыта для туристов.", "Пражская ратуша", None),
])
def test_a_town_body_by_the_towns_adjective(models, text, mention, expected):
    result = analyze(text, models)
    regions = {o.org_id: o.region_code for o in result.organizations}
    assert {m.text: regions.get(m.entity_id) for m in result.mentions if m.type == "ORG"}[mention] == expected
