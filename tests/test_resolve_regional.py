"""A federal body of Russia named with a region's adjective, or with a level's adjective in a text about
one region, is that region's body; a town's title with nothing named, in a text about a foreign
country, is of that country; a state or a province abroad named after its type word is its country's."""

from __future__ import annotations

import pytest

from nerpipe.places import foreign_country

from .conftest import analyze


def organizations(text: str, models) -> set[tuple[str, str | None, str | None]]:
    return {(o.name, foreign_country(o.country), o.region_code) for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    # a level's adjective in a text about one region of that level
    ("В Омской области открыли больницу. Областной минздрав сообщил, что врачей хватает.",
     ("Министерство здравоохранения Омской области", None, "RU-OMS")),
    ("В Пермском крае открыли школу. Журналисты критикуют краевое министерство образования.",
     ("Министерство образования Пермского края", None, "RU-PER")),
    ("В Республике Коми открыли больницу. Представители республиканского минздрава приехали на встречу.",
     ("Министерство здравоохранения Республики Коми", None, "RU-KO")),
    # a region's own adjective, in any text
    ("Татарстанский минздрав сообщает о новых правилах.",
     ("Министерство здравоохранения Республики Татарстан", None, "RU-TA")),
    # no adjective: Russia's federal body, whatever region the text is about
    ("В Омской области открыли больницу. Минздрав сообщил, что врачей хватает.",
     ("Министерство здравоохранения Российской Федерации", None, None)),
    # a body named by an abbreviation: the federal ministry (its office in the region)
    ("В Омской области прошли проверки. Областной МЧС сообщил о нарушениях.",
     ("Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и ликвидации "
      "последствий стихийных бедствий", None, None)),
    # a level's adjective of another level than the region's: not that region's
    ("В Пермском крае открыли больницу. Областной минздрав сообщил, что врачей хватает.",
     None),
])
def test_the_region_of_a_federal_body_named_with_an_adjective(models, text, expected):
    found = organizations(text, models)
    if expected is None:
        assert not any(region == "RU-PER" for _, _, region in found)
    else:
        assert expected in found


@pytest.mark.parametrize("text, expected", [
    # a level's adjective and the noun of a body each region has, in a text about one region of that level
    ("В Омской области прошло заседание. Спикер областной думы Пётр Смирнов заявил, что бюджет принят.",
     {("Омская областная дума", None, "RU-OMS")}),
    ("В Пермском крае прошло заседание. Краевое правительство одобрило бюджет.",
     {("Правительство Пермского края", None, "RU-PER")}),
    ("В Пермском крае прошло заседание. Краевой суд оставил приговор в силе.",
     {("Пермский краевой суд", None, "RU-PER")}),
    ("В Республике Коми прошло заседание. Республиканская администрация сообщила о новых правилах.",
     {("Администрация Республики Коми", None, "RU-KO")}),
    # a name only a region's body has
    ("В Омской области прошло заседание. Председатель Законодательного собрания Пётр Смирнов выступил.",
     {("Законодательное собрание Омской области", None, "RU-OMS")}),
    # the same body named with the region's genitive: by the name it has with the region's adjective
    ("Областной суд Омской области вынес решение. Омский областной суд отклонил жалобу.",
     {("Омский областной суд", None, "RU-OMS")}),
    # a compound of a level and a body
    ("В Омской области прошло заседание. Депутаты Облдумы собрались.", {("Омская областная дума", None, "RU-OMS")}),
    # ``городской`` in a text about one town: that town's
    ("В Омске прошло заседание. Городская дума одобрила бюджет.", {("Омская городская дума", None, "RU-OMS")}),
    ("В Перми прошло заседание. Городская администрация одобрила бюджет.",
     {("Администрация Перми", None, "RU-PER")}),
    # the body the text also names with its region written out: that one, named with the region's own name
    ("Правительство Татарстана утвердило программу. Депутаты поддержали республиканское правительство.",
     {("Правительство Республики Татарстан", None, "RU-TA")}),
    # a level's adjective of another level than any region the text names: as it is
    ("В Пермском крае прошло заседание. Областной суд оставил приговор в силе.",
     {("Областной суд", None, None)}),
    # a text about two regions, one of that level: that one's (:mod:`nerpipe.resolve.levels`)
    ("В Омской области и в Пермском крае прошли заседания. Краевое правительство одобрило бюджет.",
     {("Правительство Пермского края", None, "RU-PER")}),
])
def test_a_regions_body_named_by_its_level(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В Омской области открыли больницу. Глава областного минздрава Пётр Смирнов заявил журналистам.",
     (None, "RU-OMS")),
    ("В Париже открыли новый мост. Мэр Анна Котова заявила журналистам, что мост в Париже строили три года.",
     ("FR", None)),
    # a state or a province abroad named after its type word
    ("Губернатор штата Техас Пётр Смирнов подписал закон.", ("US", None)),
    ("Журналисты встретили премьера провинции Онтарио Анну Котову.", ("CA", None)),
    ("В Омске открыли новый мост. Мэр Анна Котова заявила журналистам, что мост в Омске строили три года.",
     (None, "RU-OMS")),
])
def test_the_country_and_region_of_a_title(models, text, expected):
    [fact] = analyze(text, models).positions
    assert (fact.country, fact.region_code) == expected


@pytest.mark.parametrize("text, expected", [
    ("штата Техас", ("штат Техас", "US")),
    ("провинции Онтарио", ("провинция Онтарио", "CA")),
    ("штате Калифорния", ("штат Калифорния", "US")),
    ("Техас", None),  # without its type word: no division of a state (a name of many things)
])
def test_a_division_abroad_after_its_type_word(models, text, expected):
    place = models.gazetteer.lookup(text)
    assert (None if place is None or place.country_code is None else (place.name, place.country_code)) == expected


@pytest.mark.parametrize("text, expected", [
    # ``региональный`` speaks of the one region a text is about, whatever its level
    ("Губернатор Омской области посетил завод в Омской области. Региональное правительство выделит средства.",
     ("Правительство Омской области", None, "RU-OMS")),
    ("В Пермском крае открыли цех. Об этом сообщил директор регионального департамента экономического развития.",
     ("Департамент экономического развития Пермского края", None, "RU-PER")),
    ("В Республике Коми растёт выпуск. Региональное министерство промышленности подвело итоги года.",
     ("Министерство промышленности Республики Коми", None, "RU-KO")),
])
def test_a_regional_body_is_of_the_region_the_text_is_about(models, text, expected):
    assert expected in organizations(text, models)


@pytest.mark.parametrize("text", [
    # a text about no one region: the body stays unplaced
    "Региональное правительство выделит средства на ремонт школ.",
])
def test_a_regional_body_without_a_region_is_of_none(models, text):
    assert all(region is None for _, _, region in organizations(text, models))


@pytest.mark.parametrize("text", [
    # ``региональный`` inside a remit places no title: a federal university's chair, a federal minister
    "В Республике Коми открыли технопарк. На форуме выступил доцент кафедры региональной экономики "
    "Российского экономического университета Пётр Смирнов.",
    "В Омской области прошёл форум. Заместитель министра по региональной политике Анна Котова выступила.",
])
def test_regional_in_a_remit_places_no_title(models, text):
    assert all(p.region_code is None for p in analyze(text, models).positions)


@pytest.mark.parametrize("text, expected", [
    # ``правительство`` alone in a text about one region: the region's
    ("В Тверской области открыли завод. Об этом сообщил заместитель председателя правительства Анна Сидорова.",
     {("Правительство Тверской области", None, "RU-TVE")}),
    ("Фонд развития Тверской области выдал займы. Об этом рассказала зампред правительства – министр экономики "
     "Тверской области Анна Сидорова.",
     {("Фонд развития Тверской области", None, "RU-TVE"), ("Правительство Тверской области", None, "RU-TVE"),
      ("Министерство экономики Тверской области", None, "RU-TVE")}),
    # the federal government named too, or two regions, or no region: not the region's
    ("В Тверской области открыли завод. Правительство РФ выделило средства. Представитель правительства отметил "
     "рост.", {("Правительство Российской Федерации", None, None)}),
    ("В Тверской области и Пермском крае открыли заводы. Об этом сообщил представитель правительства.",
     {("Правительство Российской Федерации", None, None)}),
    # the region named only by its town, or a federal city: Russia's of no level said, as it was
    ("В Твери прошёл форум. Правительство одобрило закон.", {("Правительство", None, None)}),
    ("В Москве прошёл форум. Правительство одобрило закон.", {("Правительство", None, None)}),
])
def test_a_government_named_alone_in_a_text_about_one_region(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a republic's legislature by Russia's bodies' words, with its convocation, in a text about that republic
    ("В Казани депутаты Государственного Совета пятого созыва приняли закон. Казанские власти его поддержали.",
     {("Государственный Совет Республики Татарстан", None, "RU-TA")}),
    ("В Чебоксарах прошла сессия Государственного Совета седьмого созыва. Чувашия ждёт новых законов.",
     {("Государственный Совет Чувашской Республики", None, "RU-CU")}),
    # a region of another type, or no convocation: as before
    ("В Перми депутаты Государственного Совета пятого созыва приняли закон. Пермские власти его поддержали.",
     {("Государственный Совет пятого созыва", None, None)}),
    ("В Казани прошло заседание Государственного Совета. Казанские власти его поддержали.",
     {("Государственный совет Российской Федерации", None, None)}),
])
def test_a_republics_council_named_with_its_convocation(models, text, expected):
    assert organizations(text, models) == expected
