"""Places of round 53's fresh pages, by mechanism: a country's adjective that says a language is no place; a
village's name written alike after its noun is one village, as written where the tagger reads it in different
nominatives; a plural village name in the locative alone is the village the text names with its noun."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names, places_of


@pytest.mark.parametrize("text, gone, kept", [
    ("Журнал выходит на азербайджанском, русском и английском языках.", ("азербайджанском", "английском"), ()),
    ("Посол Заречья ответил журналистам на немецком языке в Берлине.", ("немецком",), ("Берлине",)),
    # a country's adjective before another noun stays a place
    ("Немецкие власти ответили журналистам на английском языке.", ("английском",), ("Немецкие",)),
])
def test_an_adjective_of_a_language_is_no_place(models, text, gone, kept):
    places = places_of(text, models)
    assert not set(gone) & set(places)
    assert set(kept) <= set(places)


_VILLAGE = ("Режим ЧС ввели в дагестанском селе Хутрах, где при пожаре сгорели сараи, сообщили в администрации "
            "района. В субботу в высокогорном селе Хутрах загорелся склад. В селе Хутрах работают спасатели.")


def test_a_village_written_alike_is_one_village(models):
    # one village whose mentions the tagger reads in different nominatives: named as written (a name in `-ах`
    # after a singular noun of a settlement is no locative of a singular, so no reading of it can be trusted)
    result = analyze(_VILLAGE, models)
    places = {m.text: m.entity_id for m in result.mentions if m.type == "LOC"}
    named = {loc.location_id: (loc.name, loc.region_code) for loc in result.locations}
    assert named[places["селе Хутрах"]] == ("село Хутрах", "RU-DA")
    assert len({m.entity_id for m in result.mentions if m.text == "селе Хутрах"}) == 1


@pytest.mark.parametrize("text, surface, expected", [
    ("В селе Кардасы Заречного района Чувашии сгорела школа. В Кардасах загорелся дом.", "Кардасах",
     ("село Кардасы", "RU-CU", "RU")),
    ("В деревне Кедрачи Кировской области прошел сход. В Кедрачах отремонтируют дорогу.", "Кедрачах",
     ("деревня Кедрачи", "RU-KIR", "RU")),
])
def test_a_plural_village_alone_is_the_one_named_with_its_noun(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a body the text names with two foreign countries: the one its sentence names by a noun
    ("Министр обороны Португалии Жуан Пиментейру обсудит учения со своим испанским коллегой Пабло Арресабалой, "
     "сообщило министерство обороны. Ранее министр обороны Испании приезжал в Португалию в октябре.",
     "министерство обороны", "Министерство обороны Португалии"),
])
def test_a_body_of_two_countries_is_the_one_its_sentence_names(models, text, surface, expected):
    assert org_entity_names(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # districts listed after their plural noun, a region's genitive and a dash: each a district of the region
    ("В Тверской области горят леса. Очаги зарегистрированы в трех районах области – Заречинском, Луговом и "
     "Озёрском.", "Луговом", ("Луговой район", "RU-TVE", "RU")),
    ("В Республике Мордовия горят леса. Пожары вспыхнули в трех районах республики – Заречинском, Озёрском и Луговом.",
     "Заречинском", ("Заречинский район", "RU-MO", "RU")),
])
def test_districts_listed_after_a_dash_are_districts(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


_THREE_REGIONS = ("В селе Кедрово в Карелии сгорел Дом культуры. В конце августа в Тверской области сгорело здание "
                  "администрации. В деревне Горицы в Псковской области открыли школу.")


@pytest.mark.parametrize("text, surface, expected", [
    # a village right before a subject in the locative: of that subject
    (_THREE_REGIONS, "селе Кедрово", ("село Кедрово", "RU-KR", "RU")),
    # not the region the sentence before names
    (_THREE_REGIONS, "деревне Горицы", ("деревня Горицы", "RU-PSK", "RU")),
    ("В деревне Луговое во Владимирской области открыли школу.", "деревне Луговое",
     ("деревня Луговое", "RU-VLA", "RU")),
    # a subject in the accusative is where one goes from the village: not its region
    ("Семья Орловых жила в Карелии. В 1990 году Анна переехала из деревни Кедрово в Тверскую область.",
     "деревни Кедрово", ("деревня Кедрово", "RU-KR", "RU")),
    ("Зорины жили в Карелии. Потом они переехали из села Кедрово в Псковскую область.", "села Кедрово",
     ("село Кедрово", "RU-KR", "RU")),
])
def test_a_village_before_a_subject_in_the_locative_is_of_it(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a body whose name opens with another country's town's adjective: not of the text's country
    ("Архитектор из Ганы Квеси Атомбо прошел лечение в лондонской больнице, рассказал его брат. В Гане "
     "архитектор построил три школы.", "лондонской больнице", None),
    ("Министр финансов Ганы прошел обследование в Парижском госпитале. В Гане его ждут к пятнице.",
     "Парижском госпитале", None),
    # of the text's country
    ("Министр финансов Ганы прошел обследование в Аккрском госпитале. В Гане его ждут к пятнице.",
     "Аккрском госпитале", "GH"),
])
def test_a_body_opened_by_a_foreign_town_is_not_the_texts(models, text, surface, expected):
    result = analyze(text, models)
    countries = {org.org_id: org.country for org in result.organizations}
    assert {m.text: countries.get(m.entity_id) for m in result.mentions if m.type == "ORG"}[surface] == expected


@pytest.mark.parametrize("text, surface, quoted", [
    # a country inside the quoted name of an act places nothing of its sentence
    ("Белый дом изучает сенатский «Акт о помощи фермерам на Украине». Об этом сообщил представитель Белого "
     "дома Дэн Корвиц. Он также упомянул поставки зерна из России.", "Белый дом", "UA"),
])
def test_a_country_in_quotes_places_nothing(models, text, surface, quoted):
    assert places_of(text, models)[surface][2] != quoted
