"""Countries and regions of bodies beside foreign ones: a consul's staff named by post alone is of the one country
whose missions the text names; a body named with a division only foreign states have (``провинции``) is no body of
the Russian region the text is about; a region's body named once with its region and elsewhere without it is that
region's body, not a foreign parliament's that shares its noun."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_country_rows, holder_region_rows, org_countries


@pytest.mark.parametrize("text, expected", [
    ("В Энске открылось консульство Лаоса. Вместе с генеральным консулом прибыли консул Ван Сомпхон и "
     "вице-консул Кхам Сипасеут.", {("Ван Сомпхон", "консул", "LA"), ("Кхам Сипасеут", "вице-консул", "LA")}),
    ("Губернатор Тверской области Пётр Котов принял генконсула Монголии Батаа Доржа. Вместе с ним прибыл "
     "вице-консул Бат Эрдэнэ.", {("Батаа Дорж", "генконсул Монголии", "MN"), ("Бат Эрдэнэ", "вице-консул", "MN")}),
    # near cases: an embassy's country is no consul's; a consul the sentence ties to Russia's ministry is not the
    # consulate's; a consulate named two sentences before is not the one the title's sentence speaks of
    ("Посольство Франции в Энске провело приём. На нём выступил консул Пётр Зорин.",
     {("Пётр Зорин", "консул", None)}),
    ("Генеральное консульство Франции в Энске провело приём. На нём выступил консул Пётр Зорин, сотрудник "
     "Министерства иностранных дел России.", {("Пётр Зорин", "консул", None)}),
    ("Консульство Лаоса открылось в Энске в марте. Город принимал гостей весь год. Выставку посетил вице-консул "
     "Кхам Сипасеут.", {("Кхам Сипасеут", "вице-консул", None)}),
])
def test_a_consuls_staff_is_of_the_missions_country(models, text, expected):
    assert {row for row in holder_country_rows(text, models) if "консул" in row[1]} == expected


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Пётр Котов встретился с губернатором провинции Хэнань Ли Мином и председателем "
     "законодательного собрания провинции Ван Ляном.",
     ("Ван Лян", "председатель законодательного собрания провинции", "CN")),
])
def test_a_title_of_a_foreign_division_is_of_its_country(models, text, expected):
    assert expected in holder_country_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Делегация Тверской области посетила провинцию Хэнань. Начальник полиции провинции Ли Мин встретил гостей.",
     ("полиции провинции", "CN", ("Ли Мин", "начальник полиции провинции", "CN"))),
    # near case: ``штата`` in a remit is a body's staff, no state's
    ("Министр образования Тверской области Иван Орлов посетил Италию. В провинции Тоскана он встретился с "
     "президентом провинции Марко Росси. Председатель комитета по сокращению штата министерства Анна Зорина "
     "сопровождала его.",
     ("комитета по сокращению штата министерства", None,
      ("Анна Зорина", "председатель комитета по сокращению штата министерства", None))),
])
def test_a_foreign_divisions_body_and_its_title_agree(models, text, expected):
    body, country, row = expected
    assert org_countries(text, models)[body] == country
    assert row in holder_country_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Делегация Тверской области начала работу в провинции Себу. Состоялась встреча с членами Законодательного "
     "Собрания провинции Хуаном Сотой и Марией Лопес.",
     ("член Законодательного Собрания провинции", {None})),
])
def test_a_foreign_divisions_body_is_of_no_russian_region(models, text, expected):
    position, regions = expected
    assert {region for _, title, region in holder_region_rows(text, models) if title == position} == regions


@pytest.mark.parametrize("text, expected", [
    ("Делегация Народного Хурала Республики Бурятия посетила Монголию. В делегацию вошёл председатель Народного "
     "Хурала Пётр Котов. Гостей принял председатель Великого Государственного Хурала Монголии Бат Дорж.",
     ("Народного Хурала", "RU-BU", "RU")),
])
def test_a_regions_body_named_without_its_region_is_its(models, text, expected):
    result = analyze(text, models)
    orgs = {org.org_id: org for org in result.organizations}
    rows = {(m.text, orgs[m.entity_id].region_code, orgs[m.entity_id].country)
            for m in result.mentions if m.type == "ORG"}
    assert expected in rows


@pytest.mark.parametrize("text, expected", [
    ("Делегация Тверской области побывала в мэрии Улан-Батора. Состоялась встреча с председателем Столичного "
     "совета граждан Батом Доржем.", ("Бат Дорж", "председатель Столичного совета граждан", None, "MN")),
    ("Председатель Столичного совета граждан Улан-Батора принял гостей. Позже председатель Столичного совета "
     "граждан Бат Дорж дал интервью.", ("Бат Дорж", "председатель Столичного совета граждан", None, "MN")),
    ("Глава столичного департамента транспорта Пётр Котов заявил о новых маршрутах.",
     ("Пётр Котов", "глава столичного департамента транспорта", "RU-MOW", None)),
    # near cases: a Moscow text that names a foreign capital as where a trip starts or ends, or as a place of
    # another body, is still Moscow's
    ("Делегация столичного департамента спорта вернулась из Вены. Руководитель столичного департамента спорта "
     "Иван Заречнов рассказал о поездке.", ("Иван Заречнов", "руководитель столичного департамента спорта",
                                            "RU-MOW", None)),
    ("Мэр Улан-Батора встретился с российскими коллегами. Глава столичного департамента связи Пётр Котов "
     "рассказал о встрече.", ("Пётр Котов", "глава столичного департамента связи", "RU-MOW", None)),
    ("В Энске прошла встреча с делегацией из Вены. Председатель Столичного совета ветеранов Пётр Котов "
     "рассказал гостям о городе.", ("Пётр Котов", "председатель Столичного совета ветеранов", "RU-MOW", None)),
    ("Глава столичного департамента музеев Анна Зорина вернулась из командировки в Вену. По её словам, "
     "австрийские музеи интересуются сотрудничеством.",
     ("Анна Зорина", "глава столичного департамента музеев", "RU-MOW", None)),
])
def test_a_capitals_body_tied_to_a_foreign_capital_is_its(models, text, expected):
    name, position, region, country = expected
    assert (name, position, region) in holder_region_rows(text, models)
    assert (name, position, country) in holder_country_rows(text, models)
