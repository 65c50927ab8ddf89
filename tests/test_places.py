"""Places: every federal subject and its capital, by name and by common forms."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from .conftest import analyze

REGIONS = list(csv.DictReader(resources.files("nerpipe.resources").joinpath("regions.csv").open(encoding="utf-8")))


@pytest.fixture(scope="module")
def gazetteer(models):
    return models.gazetteer


def test_there_are_89_federal_subjects():
    assert len(REGIONS) == 89
    assert len({r["code"] for r in REGIONS}) == 89


def test_iso_codes_agree_with_pycountry():
    pycountry = pytest.importorskip("pycountry")
    iso = {s.code for s in pycountry.subdivisions.get(country_code="RU")}
    assert {r["code"] for r in REGIONS if r["iso"] == "yes"} == iso


@pytest.mark.parametrize("row", REGIONS, ids=[r["code"] for r in REGIONS])
def test_every_subject_resolves_by_its_name(gazetteer, row):
    place = gazetteer.lookup(row["name"])
    assert place is not None and place.kind == "federal_subject" and place.region_code == row["code"]


@pytest.mark.parametrize("row", REGIONS, ids=[r["code"] for r in REGIONS])
def test_every_capital_is_a_city_of_its_subject(gazetteer, row):
    place = gazetteer.lookup("г. " + row["capital"])
    assert place is not None and place.region_code == row["code"]
    if row["code"] not in ("RU-MOW", "RU-SPE", "RU-SEV"):  # cities that are subjects themselves
        assert place.kind == "city"


@pytest.mark.parametrize("text, name, code", [
    ("Калининградской области", "Калининградская область", "RU-KGD"),
    ("Якутии", "Республика Саха (Якутия)", "RU-SA"),
    ("Республики Саха (Якутия)", "Республика Саха (Якутия)", "RU-SA"),
    ("Коми", "Республика Коми", "RU-KO"),
    ("Татарстана", "Республика Татарстан", "RU-TA"),
    ("Подмосковье", "Московская область", "RU-MOS"),
    ("Кубани", "Краснодарский край", "RU-KDA"),
    ("Югре", "Ханты-Мансийский автономный округ — Югра", "RU-KHM"),
    ("ХМАО", "Ханты-Мансийский автономный округ — Югра", "RU-KHM"),
    ("Башкирии", "Республика Башкортостан", "RU-BA"),
    ("Чувашии", "Чувашская Республика", "RU-CU"),
    ("Петербурге", "Санкт-Петербург", "RU-SPE"),
    ("Свердловской обл.", "Свердловская область", "RU-SVE"),
    ("Кузбассе", "Кемеровская область — Кузбасс", "RU-KEM"),
    ("Татарстане", "Республика Татарстан", "RU-TA"),
    ("Якутию", "Республика Саха (Якутия)", "RU-SA"),
    ("Кубанью", "Краснодарский край", "RU-KDA"),
    ("Югры", "Ханты-Мансийский автономный округ — Югра", "RU-KHM"),
    ("Подмосковья", "Московская область", "RU-MOS"),
    ("Ставрополье", "Ставропольский край", "RU-STA"),
    ("Приморья", "Приморский край", "RU-PRI"),
    ("Забайкалье", "Забайкальский край", "RU-ZAB"),
    ("Прикамье", "Пермский край", "RU-PER"),
    ("Кузбассе", "Кемеровская область — Кузбасс", "RU-KEM"),
    ("Ямале", "Ямало-Ненецкий автономный округ", "RU-YAN"),
    ("Чукотке", "Чукотский автономный округ", "RU-CHU"),
    ("Камчатке", "Камчатский край", "RU-KAM"),
    ("Сахалине", "Сахалинская область", "RU-SAK"),
    ("Карелии", "Республика Карелия", "RU-KR"),
    ("Удмуртии", "Удмуртская Республика", "RU-UD"),
    ("Мордовии", "Республика Мордовия", "RU-MO"),
    ("Чечне", "Чеченская Республика", "RU-CE"),
    ("Ингушетии", "Республика Ингушетия", "RU-IN"),
    ("Дагестане", "Республика Дагестан", "RU-DA"),
    ("Северной Осетии", "Республика Северная Осетия — Алания", "RU-SE"),
    ("Бурятии", "Республика Бурятия", "RU-BU"),
    ("Тыве", "Республика Тыва", "RU-TY"),
    ("Хакасии", "Республика Хакасия", "RU-KK"),
    ("Калмыкии", "Республика Калмыкия", "RU-KL"),
    ("Адыгее", "Республика Адыгея", "RU-AD"),
    ("Марий Эл", "Республика Марий Эл", "RU-ME"),
    ("Кабардино-Балкарии", "Кабардино-Балкарская Республика", "RU-KB"),
    ("Карачаево-Черкесии", "Карачаево-Черкесская Республика", "RU-KC"),
    ("Горном Алтае", "Республика Алтай", "RU-AL"),
    ("Алтайском крае", "Алтайский край", "RU-ALT"),
    ("Санкт-Петербурга", "Санкт-Петербург", "RU-SPE"),
    ("Питере", "Санкт-Петербург", "RU-SPE"),
    ("Москве", "Москва", "RU-MOW"),
    ("Севастополе", "Севастополь", "RU-SEV"),
    ("Крыму", "Республика Крым", "RU-CR"),
    ("ЯНАО", "Ямало-Ненецкий автономный округ", "RU-YAN"),
    ("НАО", "Ненецкий автономный округ", "RU-NEN"),
    ("ЕАО", "Еврейская автономная область", "RU-YEV"),
    ("Еврейской автономной области", "Еврейская автономная область", "RU-YEV"),
    ("Нижегородской обл.", "Нижегородская область", "RU-NIZ"),
    ("респ. Коми", "Республика Коми", "RU-KO"),
    ("Ленобласти", "Ленинградская область", "RU-LEN"),
    ("Свердловской обл", "Свердловская область", "RU-SVE"),
    ("Башкортостане", "Республика Башкортостан", "RU-BA"),
    ("Удмуртской Республике", "Удмуртская Республика", "RU-UD"),
    ("Тюменской области", "Тюменская область", "RU-TYU"),
    ("Ставропольского края", "Ставропольский край", "RU-STA"),
])
def test_common_forms_resolve(gazetteer, text, name, code):
    place = gazetteer.lookup(text)
    assert (place.name, place.kind, place.region_code) == (name, "federal_subject", code)


@pytest.mark.parametrize("text, name, code", [
    ("Гусеве", "Гусев", "RU-KGD"),
    ("г. Гусеве", "Гусев", "RU-KGD"),
    ("Сыктывкаре", "Сыктывкар", "RU-KO"),
    ("Екатеринбургу", "Екатеринбург", "RU-SVE"),
    ("Ирбита", "Ирбит", "RU-SVE"),
    ("Нижнем Новгороде", "Нижний Новгород", "RU-NIZ"),
    ("Ростове-на-Дону", "Ростов-на-Дону", "RU-ROS"),
    ("Набережных Челнах", "Набережные Челны", "RU-TA"),
    ("Новосибирске", "Новосибирск", "RU-NVS"),
    ("Казани", "Казань", "RU-TA"),
    ("Самаре", "Самара", "RU-SAM"),
    ("Уфе", "Уфа", "RU-BA"),
    ("Перми", "Пермь", "RU-PER"),
    ("Воронежа", "Воронеж", "RU-VOR"),
    ("Волгограде", "Волгоград", "RU-VGG"),
    ("Красноярске", "Красноярск", "RU-KYA"),
    ("Омска", "Омск", "RU-OMS"),
    ("Челябинске", "Челябинск", "RU-CHE"),
    ("Тольятти", "Тольятти", "RU-SAM"),
    ("Ижевске", "Ижевск", "RU-UD"),
    ("Барнауле", "Барнаул", "RU-ALT"),
    ("Ульяновске", "Ульяновск", "RU-ULY"),
    ("Владивостоке", "Владивосток", "RU-PRI"),
    ("Хабаровске", "Хабаровск", "RU-KHA"),
    ("Ярославле", "Ярославль", "RU-YAR"),
    ("Иркутске", "Иркутск", "RU-IRK"),
    ("Махачкале", "Махачкала", "RU-DA"),
    ("Оренбурге", "Оренбург", "RU-ORE"),
    ("Кемерове", "Кемерово", "RU-KEM"),
    ("Новокузнецке", "Новокузнецк", "RU-KEM"),
    ("Рязани", "Рязань", "RU-RYA"),
    ("Астрахани", "Астрахань", "RU-AST"),
    ("Пензе", "Пенза", "RU-PNZ"),
    ("Липецке", "Липецк", "RU-LIP"),
    ("Туле", "Тула", "RU-TUL"),
    ("Кирове", "Киров", "RU-KIR"),
    ("Чебоксарах", "Чебоксары", "RU-CU"),
    ("Калининграде", "Калининград", "RU-KGD"),
    ("Брянске", "Брянск", "RU-BRY"),
    ("Курске", "Курск", "RU-KRS"),
    ("Иванове", "Иваново", "RU-IVA"),
    ("Магнитогорске", "Магнитогорск", "RU-CHE"),
    ("Твери", "Тверь", "RU-TVE"),
    ("Ставрополе", "Ставрополь", "RU-STA"),
    ("Белгороде", "Белгород", "RU-BEL"),
    ("Сочи", "Сочи", "RU-KDA"),
    ("Нижнем Тагиле", "Нижний Тагил", "RU-SVE"),
    ("Архангельске", "Архангельск", "RU-ARK"),
    ("Владимире", "Владимир", "RU-VLA"),
    ("Сургуте", "Сургут", "RU-KHM"),
    ("Смоленске", "Смоленск", "RU-SMO"),
    ("Калуге", "Калуга", "RU-KLU"),
    ("Чите", "Чита", "RU-ZAB"),
    ("Орле", "Орёл", "RU-ORL"),
    ("Волжском", "Волжский", "RU-VGG"),
    ("Череповце", "Череповец", "RU-VLG"),
    ("Вологде", "Вологда", "RU-VLG"),
    ("Мурманске", "Мурманск", "RU-MUR"),
    ("Саранске", "Саранск", "RU-MO"),
    ("Тамбове", "Тамбов", "RU-TAM"),
    ("Грозном", "Грозный", "RU-CE"),
    ("Стерлитамаке", "Стерлитамак", "RU-BA"),
    ("Костроме", "Кострома", "RU-KOS"),
    ("Петрозаводске", "Петрозаводск", "RU-KR"),
    ("Нижневартовске", "Нижневартовск", "RU-KHM"),
    ("Йошкар-Оле", "Йошкар-Ола", "RU-ME"),
    ("Новороссийске", "Новороссийск", "RU-KDA"),
    ("Комсомольске-на-Амуре", "Комсомольск-на-Амуре", "RU-KHA"),
    ("Таганроге", "Таганрог", "RU-ROS"),
    ("Нальчике", "Нальчик", "RU-KB"),
    ("Шахтах", "Шахты", "RU-ROS"),
    ("Дзержинске", "Дзержинск", "RU-NIZ"),
    ("Орске", "Орск", "RU-ORE"),
    ("Братске", "Братск", "RU-IRK"),
    ("Благовещенске", "Благовещенск", "RU-AMU"),
    ("Энгельсе", "Энгельс", "RU-SAR"),
    ("Ангарске", "Ангарск", "RU-IRK"),
    ("Великом Новгороде", "Великий Новгород", "RU-NGR"),
    ("Старом Осколе", "Старый Оскол", "RU-BEL"),
    ("Пскове", "Псков", "RU-PSK"),
    ("Мытищах", "Мытищи", "RU-MOS"),
    ("Люберцах", "Люберцы", "RU-MOS"),
    ("Южно-Сахалинске", "Южно-Сахалинск", "RU-SAK"),
    ("Норильске", "Норильск", "RU-KYA"),
    ("Петропавловске-Камчатском", "Петропавловск-Камчатский", "RU-KAM"),
    ("Апатитах", "Апатиты", "RU-MUR"),
    ("Новом Уренгое", "Новый Уренгой", "RU-YAN"),
    ("Салехарде", "Салехард", "RU-YAN"),
    ("Ханты-Мансийске", "Ханты-Мансийск", "RU-KHM"),
    ("Анадыре", "Анадырь", "RU-CHU"),
    ("Магадане", "Магадан", "RU-MAG"),
    ("Биробиджане", "Биробиджан", "RU-YEV"),
    ("Абакане", "Абакан", "RU-KK"),
    ("Кызыле", "Кызыл", "RU-TY"),
    ("Элисте", "Элиста", "RU-KL"),
    ("Майкопе", "Майкоп", "RU-AD"),
    ("Черкесске", "Черкесск", "RU-KC"),
    ("Владикавказе", "Владикавказ", "RU-SE"),
    ("Магасе", "Магас", "RU-IN"),
    ("Улан-Удэ", "Улан-Удэ", "RU-BU"),
    ("Симферополе", "Симферополь", "RU-CR"),
    ("Ялте", "Ялта", "RU-CR"),
    ("Керчи", "Керчь", "RU-CR"),
    ("Евпатории", "Евпатория", "RU-CR"),
])
def test_towns_resolve_to_their_subject(gazetteer, text, name, code):
    place = gazetteer.lookup(text)
    assert (place.name, place.kind, place.region_code) == (name, "city", code)


@pytest.mark.parametrize("word, code", [
    ("томские", "RU-TOM"), ("свердловских", "RU-SVE"), ("подмосковного", "RU-MOS"), ("калужской", "RU-KLU"),
    ("якутский", "RU-SA"), ("кубанских", "RU-KDA"),
    ("калининградский", "RU-KGD"),
    ("нижегородского", "RU-NIZ"),
    ("пермских", "RU-PER"),
    ("краснодарские", "RU-KDA"),
    ("ставропольских", "RU-STA"),
    ("татарстанских", "RU-TA"),
    ("московских", "RU-MOW"),
    ("петербургский", "RU-SPE"),
    ("питерские", "RU-SPE"),
    ("крымские", "RU-CR"),
    ("башкирские", "RU-BA"),
    ("дагестанские", "RU-DA"),
    ("чеченских", "RU-CE"),
    ("приморских", "RU-PRI"),
    ("новосибирские", "RU-NVS"),
    ("омского", "RU-OMS"),
    ("тюменских", "RU-TYU"),
    ("челябинской", "RU-CHE"),
    ("кузбасских", "RU-KEM"),
    ("ямальских", "RU-YAN"),
    ("югорских", "RU-KHM"),
    ("карельских", "RU-KR"),
    ("мордовских", "RU-MO"),
    ("бурятских", "RU-BU"),
    ("алтайских", "RU-ALT"),
    ("хабаровские", "RU-KHA"),
    ("иркутских", "RU-IRK"),
    ("столичных", "RU-MOW"),
    ("севастопольских", "RU-SEV"),
])
def test_adjectives_resolve_to_their_subject(gazetteer, word, code):
    assert gazetteer.region_of_adjective(word) == code


@pytest.mark.parametrize("word", ["уральских", "сибирских", "синий", "большой", "японского", "американских"])
def test_adjectives_of_no_subject(gazetteer, word):
    assert gazetteer.region_of_adjective(word) is None


@pytest.mark.parametrize("word, country", [
    ("японского", "Япония"),
    ("американских", "США"),
    ("китайской", "Китай"),
    ("украинского", "Украина"),
    ("белорусские", "Белоруссия"),
    ("российского", "Россия"),
    ("германского", "Германия"),
    ("немецкой", "Германия"),
    ("израильского", "Израиль"),
    ("кипрское", "Кипр"),
])
def test_adjectives_of_countries(gazetteer, word, country):
    place = gazetteer.place_of_adjective(word)
    assert (place.name, place.kind) == (country, "country")


@pytest.mark.parametrize("text, name, kind, category", [
    ("России", "Россия", "country", "country"), ("РФ", "Россия", "country", "country"),
    ("США", "США", "country", "country"), ("Германии", "Германия", "country", "country"),
    ("Дальнем Востоке", "Дальний Восток", "other", "macro_region"),
    ("ЦФО", "Центральный федеральный округ", "other", "federal_district"),
    ("Соединённых Штатах", "США", "country", "country"),
    ("Соединенных Штатов", "США", "country", "country"),
    ("Америке", "США", "country", "country"),
    ("Китая", "Китай", "country", "country"),
    ("КНР", "Китай", "country", "country"),
    ("ФРГ", "Германия", "country", "country"),
    ("Великобритании", "Великобритания", "country", "country"),
    ("Британии", "Великобритания", "country", "country"),
    ("Японии", "Япония", "country", "country"),
    ("Беларуси", "Белоруссия", "country", "country"),
    ("Белоруссии", "Белоруссия", "country", "country"),
    ("Казахстане", "Казахстан", "country", "country"),
    ("Украине", "Украина", "country", "country"),
    ("Франции", "Франция", "country", "country"),
    ("Италии", "Италия", "country", "country"),
    ("Израиле", "Израиль", "country", "country"),
    ("Турции", "Турция", "country", "country"),
    ("Индии", "Индия", "country", "country"),
    ("Бразилии", "Бразилия", "country", "country"),
    ("Канаде", "Канада", "country", "country"),
    ("Польше", "Польша", "country", "country"),
    ("Финляндии", "Финляндия", "country", "country"),
    ("Нидерландах", "Нидерланды", "country", "country"),
    ("Голландии", "Нидерланды", "country", "country"),
    ("Южной Корее", "Южная Корея", "country", "country"),
    ("КНДР", "КНДР", "country", "country"),
    ("ОАЭ", "ОАЭ", "country", "country"),
    ("Сирии", "Сирия", "country", "country"),
    ("Ирана", "Иран", "country", "country"),
    ("Египте", "Египет", "country", "country"),
    ("Грузии", "Грузия", "country", "country"),
    ("Армении", "Армения", "country", "country"),
    ("Азербайджане", "Азербайджан", "country", "country"),
    ("Молдове", "Молдавия", "country", "country"),
    ("Сибири", "Сибирь", "other", "macro_region"),
    ("Урале", "Урал", "other", "macro_region"),
    ("Северном Кавказе", "Северный Кавказ", "other", "macro_region"),
    ("Поволжье", "Поволжье", "other", "macro_region"),
    ("ПФО", "Приволжский федеральный округ", "other", "federal_district"),
    ("Приволжском федеральном округе", "Приволжский федеральный округ", "other", "federal_district"),
    ("Уральского федерального округа", "Уральский федеральный округ", "other", "federal_district"),
    ("СФО", "Сибирский федеральный округ", "other", "federal_district"),
    ("Арктике", "Арктика", "other", "macro_region"),
    ("Европе", "Европа", "other", "continent"),
    ("Азии", "Азия", "other", "continent"),
    ("Ближнем Востоке", "Ближний Восток", "other", "macro_region"),
    ("Прибалтике", "Прибалтика", "other", "macro_region"),
    ("Дальнего Востока", "Дальний Восток", "other", "macro_region"),
    ("Центральной России", "Центральная Россия", "other", "macro_region"),
    ("МКС", "Международная космическая станция", "other", "other"),
])
def test_countries_and_macro_regions(gazetteer, text, name, kind, category):
    place = gazetteer.lookup(text)
    assert (place.name, place.kind, place.category) == (name, kind, category)


@pytest.mark.parametrize("text, name, country, capital", [
    ("Лондоне", "Лондон", "GB", True),
    ("Нью-Йорка", "Нью-Йорк", "US", False),
    ("г. Пекине", "Пекин", "CN", True),
    ("Алма-Ате", "Алматы", "KZ", False),  # an older name
    ("Эдмонтона", "Эдмонтон", "CA", False),  # from CLDR's cities of time zones
    # large towns of the curated list beyond capitals, in an oblique case
    ("Мангейме", "Мангейм", "DE", False),
    ("Гренобля", "Гренобль", "FR", False),
    ("Тимишоаре", "Тимишоара", "RO", False),
    ("Шираза", "Шираз", "IR", False),
])
def test_foreign_cities(gazetteer, text, name, country, capital):
    place = gazetteer.lookup(text)
    assert (place.name, place.kind, place.category, place.region_code, place.country_code, place.capital) == (
        name, "other", "foreign_city", None, country, capital)


@pytest.mark.parametrize("text", ["реки Нарвы", "штата Вашингтон", "острова Лондон"])
def test_a_river_or_a_state_is_not_the_town_of_its_name(gazetteer, text):
    found = gazetteer.lookup(text)
    assert found is None or found.category not in ("city", "foreign_city")


def test_every_foreign_city_has_a_country_and_a_name_of_its_own(gazetteer):
    rows = list(csv.DictReader(resources.files("nerpipe.resources").joinpath("world_cities.csv").open(
        encoding="utf-8")))
    assert len(rows) > 400 and all(len(row["country_code"]) == 2 and row["country_code"] != "RU" for row in rows)
    assert len({row["name"] for row in rows}) == len(rows)
    assert {row["source"] for row in rows} == {"curated", "cldr"}
    for row in rows:  # no town of Russia, country or region is shadowed
        assert gazetteer.lookup(row["name"]).category == "foreign_city", row["name"]


@pytest.mark.parametrize("text", ["Осетии", "Петров", "Сидоров", "дом", "Новый", "Россиянин"])
def test_not_a_known_place(gazetteer, text):
    assert gazetteer.lookup(text) is None


@pytest.mark.parametrize("row", REGIONS, ids=[r["code"] for r in REGIONS])
def test_every_subject_in_the_genitive_is_itself(gazetteer, row):
    genitive = gazetteer.region_genitive(row["code"])
    assert genitive != row["name"]
    assert gazetteer.lookup(genitive).region_code == row["code"]


@pytest.mark.parametrize("word, code", [
    ("Гусевского", "RU-KGD"), ("ирбитского", "RU-SVE"), ("Томского", "RU-TOM"), ("сургутский", "RU-KHM"),
    ("норильского", "RU-KYA"), ("Апатитского", "RU-MUR"), ("большого", None), ("городского", None),
    # a town in -ка (Ивантеевка); a soft stem only where asked for (тверской: Тверь)
    ("ивантеевского", "RU-MOS"), ("Тверского", None),
])
def test_subject_of_a_town_adjective(gazetteer, word, code):
    assert gazetteer.region_of_town_adjective(word) == code


@pytest.mark.parametrize("word, code", [("Тверского", "RU-TVE"), ("казанской", "RU-TA"), ("ивантеевской", "RU-MOS"),
                                        ("Донского", None), ("новой", None)])
def test_subject_of_a_soft_town_adjective(gazetteer, word, code):
    assert gazetteer.region_of_town_adjective(word, soft=True) == code


@pytest.mark.parametrize("word, kind", [
    ("городе", "город"), ("г", "город"), ("реки", "река"), ("штата", "штат"), ("посёлка", "поселок"),
    ("села", "село"), ("площади", "площадь"), ("Площадь", None), ("дома", None),
])
def test_place_types(gazetteer, word, kind):
    assert gazetteer.place_type(word) == kind


@pytest.mark.parametrize("text, surface, name, kind, code", [
    ("Делегация побывала в г. Ирбите.", "Ирбите", "Ирбит", "city", "RU-SVE"),
    ("Томские инноваторы разрабатывают дорожную карту.", "Томские", "Томская область", "federal_subject", "RU-TOM"),
    ("Главы свердловских муниципалитетов приняли участие.", "свердловских", "Свердловская область",
     "federal_subject", "RU-SVE"),
    ("Представители администрации Гусевского городского округа приехали.", "Гусевского городского округа",
     "Гусевский городской округ", "other", "RU-KGD"),
    ("Рыба погибла в реке Славянке.", "реке Славянке", "река Славянка", "other", None),
    ("Самолёт приземлился в городе Феникс.", "городе Феникс", "Феникс", "city", None),
    ("Фестиваль прошёл в штате Аризона.", "штате Аризона", "штат Аризона", "other", None),
    ("Саммит прошёл в Мадриде.", "Мадриде", "Мадрид", "other", None),  # a city abroad: kind other
    ("Экипаж вернулся с МКС.", "МКС", "Международная космическая станция", "other", None),
    ("Заявление сделал генеральный секретарь Совета Европы.", "Европы", "Европа", "other", None),
    ("Об этом рассказал корреспондент «Голоса Америки».", "Америки", "США", "country", None),
    ("Барак Обама принимает в Белом доме французского коллегу.", "Белом доме", "Белый дом", "other", None),
    ("Регистрация сайтов в доменной зоне .РФ началась.", None, None, None, None),
    ("Все станции работают по московскому времени.", None, None, None, None),
    ("Крымские татары провели митинг.", None, None, None, None),
])
def test_places_in_text(models, text, surface, name, kind, code):
    result = analyze(text, models)
    locations = {loc.location_id: loc for loc in result.locations}
    found = {m.text: locations[m.entity_id] for m in result.mentions if m.type == "LOC"}
    if surface is None:
        assert found == {}
    else:
        place = found[surface]
        assert (place.name, place.kind, place.region_code) == (name, kind, code)


def test_country_named_in_a_phrase(models):
    from nerpipe.ner import analyze_text

    gazetteer = models.gazetteer
    italy = gazetteer.lookup("Италии")
    assert gazetteer.country_named_in([italy], []) == "IT"
    analysis = analyze_text("японского министерства", models.tagger)
    assert gazetteer.country_named_in([], analysis.tokens) == "JP"
    analysis = analyze_text("томского завода", models.tagger)
    assert gazetteer.country_named_in([], analysis.tokens) == "RU"
    assert gazetteer.country_named_in([], []) is None


@pytest.mark.parametrize("text, places", [
    # adjectives of countries and of federal subjects are mentions of those places
    ("Американские санкции ударили по японским компаниям и томским заводам.",
     [("Американские", "США"), ("японским", "Япония"), ("томским", "Томская область")]),
    ("Российские учёные приехали в Норвегию.", [("Российские", "Россия"), ("Норвегию", "Норвегия")]),
    ("Он вернулся из шанхайского офиса в венский отель.", [("шанхайского", "Шанхай"), ("венский", "Вена")]),
    # not in set phrases, nor inside an organization's name
    ("Крымские татары живут по московскому времени.", []),
    ("Он работает в Японском агентстве космических исследований.", []),
])
def test_place_adjectives_are_mentions_of_their_place(models, text, places):
    mentions = [(m.text, m.normal) for m in analyze(text, models).mentions if m.type == "LOC"]
    assert mentions == places


@pytest.mark.parametrize("name, adjectives", [
    ("Лондон", ("лондонский",)),
    ("Женева", ("женевский",)),
    ("Шанхай", ("шанхайский",)),
    ("Минск", ("минский",)),
    ("Рим", ()),  # too short to be sure of
    ("Буэнос-Айрес", ("буэнос-айресский",)),
    ("Кейп Код", ()),
])
def test_city_adjectives(name, adjectives):
    from nerpipe.place_adjectives import city_adjectives

    assert city_adjectives(name) == adjectives


@pytest.mark.parametrize("text, name, country", [
    ("Калифорнии", "штат Калифорния", "US"),
    ("Огайо", "штат Огайо", "US"),
    ("Баварии", "Бавария", "DE"),
    ("Тоскане", "Тоскана", "IT"),
    ("Минской области", "Минская область", "BY"),
    ("Северной Ирландии", "Северная Ирландия", "GB"),
    ("Сектора Газа", "Сектор Газа", "PS"),
])
def test_divisions_abroad_by_their_name_alone(gazetteer, text, name, country):
    place = gazetteer.lookup(text) or gazetteer.lookup_bare_division(text)
    assert (place.name, place.kind, place.country_code) == (name, "other", country)


@pytest.mark.parametrize("text", ["Плато", "Центральной"])
def test_no_division_by_a_common_word_or_a_shared_name(gazetteer, text):
    assert gazetteer.lookup_bare_division(text) is None


@pytest.mark.parametrize("text, country", [
    ("Кыргызской Республики", "KG"),
    ("Киргизской Республике", "KG"),
])
def test_countries_by_their_official_names(gazetteer, text, country):
    place = gazetteer.lookup(text)
    assert (place.kind, place.country_code) == ("country", country)


@pytest.mark.parametrize("text, surface, name, country", [
    ("Кандидат провёл митинги в Неваде и Аризоне.", "Неваде", "штат Невада", "US"),
    ("Фермеры Онтарио собрали урожай.", "Онтарио", "провинция Онтарио", "CA"),
    ("Туристы вернулись из Баварии.", "Баварии", "Бавария", "DE"),
])
def test_divisions_abroad_in_text(models, text, surface, name, country):
    result = analyze(text, models)
    locations = {loc.location_id: loc for loc in result.locations}
    found = {m.text: locations[m.entity_id] for m in result.mentions if m.type == "LOC"}
    assert (found[surface].name, found[surface].country_code) == (name, country)


@pytest.mark.parametrize("place, scope_country, expected", [
    (("Снежнолесье", "other", None, None), "CA", ("other", "CA")),  # unknown: the country the text is about
    (("Кедровка", "city", None, None), "NO", ("other", "NO")),  # an unknown town abroad: no town of Russia
    (("Снежнолесье", "other", None, None), None, ("other", None)),  # a text about no one country: as it was
    (("Европа", "continent", None, None), "CA", ("other", None)),  # the gazetteer's own place: as it is
    (("Томск", "city", "RU-TOM", "RU"), "CA", ("city", "RU")),
])
def test_unknown_places_of_a_text_about_one_country(gazetteer, place, scope_country, expected):
    from nerpipe.places import Place
    from nerpipe.records import LOC, Span
    from nerpipe.resolve.locations import Scope, placed_abroad

    span = Span(0, len(place[0]), LOC)
    found = placed_abroad({span: Place(*place)}, Scope(None, scope_country), gazetteer)[span]
    assert (found.kind, found.country_code) == expected


def test_a_place_span_across_a_line_break_is_cut_into_its_lines():
    from nerpipe.records import LOC, Span
    from nerpipe.spans.edges import split_at_lines

    text = "Пожар в Нью-Йорке\nКвинс\nПожарные работали всю ночь."
    pieces = split_at_lines(text, Span(8, 23, LOC))
    assert [text[p.start:p.end] for p in pieces] == ["Нью-Йорке", "Квинс"]


@pytest.mark.parametrize("text, surface, country", [
    # a place the gazetteer does not know, followed by a place abroad in the locative or in brackets
    ("Он вырос в Мбалеве в Танзании, а учился в Лондоне.", "Мбалеве", "TZ"),
    ("Завод построили в Кларенвиле (шт. Огайо), а станки привезли из Германии.", "Кларенвиле", "US"),
    # after an adjective of a country
    ("Финал пройдёт в бразильском Сан-Жозе-ду-Норти, а полуфинал в Москве.", "Сан-Жозе-ду-Норти", "BR"),
    # a place abroad after the accusative of where to is not where the first one is
    ("Семья переехала из Кедровки в Германию, а затем во Францию.", "Кедровки", None),
])
def test_an_unknown_place_takes_the_country_its_phrase_names(models, text, surface, country):
    result = analyze(text, models)
    locations = {loc.location_id: loc for loc in result.locations}
    found = {m.text: locations[m.entity_id] for m in result.mentions if m.type == "LOC"}
    assert found[surface].country_code == country


@pytest.mark.parametrize("text, name", [
    ("ЮВАО", "Юго-Восточный административный округ"),
    ("САО", "Северный административный округ Москвы"),
    ("Северо-Западном административном округе", "Северо-Западный административный округ"),
    ("Зеленоградского административного округа", "Зеленоградский административный округ"),
])
def test_moscow_okrugs_are_moscow_places(gazetteer, text, name):
    place = gazetteer.lookup(text)
    assert (place.name, place.region_code) == (name, "RU-MOW")


@pytest.mark.parametrize("text, expected", [
    ("Префект ЮЗАО встретится с жителями в четверг.", ("Юго-Западный административный округ", "RU-MOW")),
])
def test_a_moscow_okrug_in_text(models, text, expected):
    from .conftest import analyze

    assert expected in {(p.name, p.region_code) for p in analyze(text, models).locations}


@pytest.mark.parametrize("text, name", [
    # a district or a street named with a town's adjective is not the town's subject's
    ("Депутаты сократили финансирование Октябрьского района и больниц.", "Октябрьский район"),
    ("Туристы гуляли по Братскому саду весь день.", "Братский сад"),
])
def test_a_district_or_a_street_named_after_a_town_is_not_of_its_subject(models, text, name):
    from .conftest import analyze

    assert (name, None) in {(p.name, p.region_code) for p in analyze(text, models).locations}


def test_a_town_okrug_named_after_its_town_is_of_its_subject(models):
    from .conftest import analyze

    found = {(p.name, p.region_code) for p in analyze("Дороги Гусевского городского округа починят.", models).locations}
    assert ("Гусевский городской округ", "RU-KGD") in found


@pytest.mark.parametrize("text, expected", [
    # a name after a street's noun is the street's, never the town's it shares
    ("Магазин открылся на улице Пушкина в Твери.", ("улица Пушкина", "RU-TVE")),
    ("Кафе стоит на улице Чехова, дом 12.", ("улица Чехова", None)),
    ("Митинг собрал сотню людей на проспекте Калинина у вокзала.", None),
])
def test_a_street_named_after_a_person_is_no_town(models, text, expected):
    from .conftest import analyze

    found = {(p.name, p.region_code) for p in analyze(text, models).locations}
    assert not any(kind == "city" for kind in {p.kind for p in analyze(text, models).locations if p.name != "Тверь"})
    assert expected is None or expected in found


@pytest.mark.parametrize("text, code", [
    ("РТ", "RU-TA"),
    ("УР", "RU-UD"),
    ("РМЭ", "RU-ME"),
])
def test_abbreviations_of_republics(gazetteer, text, code):
    assert gazetteer.lookup(text).region_code == code


def test_a_body_named_with_a_republics_abbreviation_is_of_it(models):
    from .conftest import analyze

    result = analyze("Об этом сообщает пресс-служба президента РТ.", models)
    found = {(o.name, o.region_code) for o in result.organizations}
    assert ("Пресс-служба президента Республики Татарстан", "RU-TA") in found


@pytest.mark.parametrize("text, expected", [
    # a text about one region names its small places without it
    ("В Омской области урезали бюджет. Депутаты Омской области сократили финансирование Советского района.",
     ("Советский район", "RU-OMS")),
    ("Делегация прибыла в Астраханскую область. Гости посетили Братский сад.", ("Братский сад", "RU-AST")),
    # a text about no one region: no region
    ("Магазин открылся на улице Пушкина.", ("улица Пушкина", None)),
])
def test_a_small_place_is_of_the_region_the_text_is_about(models, text, expected):
    from .conftest import analyze

    assert expected in {(p.name, p.region_code) for p in analyze(text, models).locations}


@pytest.mark.parametrize("text, expected", [
    # adjectives that share one plural noun of a kind of place: a place of each, the noun in the singular
    ("Компания вложила средства в Октябрьском, Сургутском районах.", {"Октябрьский район", "Сургутский район"}),
    ("Праздник прошёл в Заречинском и Верхнелесском районах.", {"Заречинский район", "Верхнелесский район"}),
    # a hyphenated adjective keeps the capitals of its parts
    ("Дороги отремонтируют в Заречно-Ямском и Верхнелесском районах.", {"Заречно-Ямский район", "Верхнелесский район"}),
    ("Рост отмечен в Сибирском и Дальневосточном федеральных округах.",
     {"Сибирский федеральный округ", "Дальневосточный федеральный округ"}),
    # each with its own noun, or a region's adjectives the gazetteer joins: as they were
    ("Рост отмечен в Тверской области и Пермском крае.", {"Тверская область", "Пермский край"}),
    ("Рост отмечен в Тверской и Тульской областях.", {"Тверская область", "Тульская область"}),
    ("В Сибирском федеральном округе открыли завод.", {"Сибирский федеральный округ"}),
])
def test_places_that_share_a_plural_noun(models, text, expected):
    from .conftest import analyze

    assert {place.name for place in analyze(text, models).locations} == expected


@pytest.mark.parametrize("text, expected", [
    # ``Федерации`` alone as a place: the Russian Federation
    ("Закон принят во всех субъектах Федерации.", {("Россия", "RU")}),
    ("Бюджеты всех субъектов Федерации выросли.", {("Россия", "RU")}),
])
def test_the_federation_alone_is_russia(models, text, expected):
    from .conftest import analyze

    assert {(place.name, place.country_code) for place in analyze(text, models).locations} == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised noun of a kind of place alone: the one place the text names in full with it
    ("Губернатор встретился с генконсулом Республики Узбекистан. Эти вопросы он обсуждал с вице-премьером "
     "Республики.", {"Узбекистан"}),
    # two such places, or none: as it was
    ("Губернатор посетил Республику Узбекистан и Республику Казахстан. Премьер Республики выступил.",
     {"Узбекистан", "Казахстан", "Республика"}),
    ("Премьер Республики выступил с речью.", {"Республика"}),
])
def test_a_place_named_by_its_kind_alone(models, text, expected):
    from .conftest import analyze

    assert {place.name for place in analyze(text, models).locations} == expected


@pytest.mark.parametrize("text, expected", [
    # a place the gazetteer does not know named with a region's adjective: of that region, before a town's
    ("Губернатор поприветствовал гостей на Амурской земле.", {("Амурская земля", "RU-AMU")}),
    ("В Гусевском городском округе открыли школу.", {("Гусевский городской округ", "RU-KGD")}),
])
def test_an_unknown_place_of_a_regions_adjective(models, text, expected):
    from .conftest import analyze

    assert {(place.name, place.region_code) for place in analyze(text, models).locations} == expected


@pytest.mark.parametrize("text, expected", [
    # a division only foreign states have, in a text about a Russian region that names one foreign country
    ("Делегация области побывала в столице провинции Цзянбэй. Отдельно обсудили торговлю с Китаем. Губернатор "
     "Амурской области пригласил гостей в Благовещенск.", "CN"),
    # two foreign countries named: of neither
    ("В провинции Цзянбэй прошла ярмарка. Делегации Китая и Монголии обсудили торговлю.", None),
])
def test_a_foreign_division_of_the_one_foreign_country(models, text, expected):
    from .conftest import analyze

    found = {place.country_code for place in analyze(text, models).locations if place.name.startswith("провинция")}
    assert found == {expected}
