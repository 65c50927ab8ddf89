"""Countries and regions of bodies beside foreign ones: a consul's staff named by post alone is of the one country
whose missions the text names; a body named with a division only foreign states have (``провинции``) is no body of
the Russian region the text is about; a region's body named once with its region and elsewhere without it is that
region's body, not a foreign parliament's that shares its noun."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_country_rows, holder_region_rows


@pytest.mark.parametrize("text, expected", [
    ("В Энске открылось консульство Лаоса. Вместе с генеральным консулом прибыли консул Ван Сомпхон и "
     "вице-консул Кхам Сипасеут.", ("Кхам Сипасеут", "вице-консул", "LA")),
    ("Губернатор Тверской области Пётр Котов принял генконсула Монголии Батаа Доржа. Вместе с ним прибыл "
     "вице-консул Бат Эрдэнэ.", ("Бат Эрдэнэ", "вице-консул", "MN")),
])
def test_a_consuls_staff_is_of_the_missions_country(models, text, expected):
    assert expected in holder_country_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Пётр Котов встретился с губернатором провинции Хэнань Ли Мином и председателем "
     "законодательного собрания провинции Ван Ляном.",
     ("Ван Лян", "председатель законодательного собрания провинции", "CN")),
])
def test_a_title_of_a_foreign_division_is_of_its_country(models, text, expected):
    assert expected in holder_country_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Делегация Тверской области начала работу в провинции Себу. Состоялась встреча с членами Законодательного "
     "Собрания провинции Хуаном Сотой и Марией Лопес.",
     ("Хуан Сотой", "член Законодательного Собрания провинции", None)),
])
def test_a_foreign_divisions_body_is_of_no_russian_region(models, text, expected):
    assert expected in holder_region_rows(text, models)


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
     "совета граждан Батом Доржем.", ("Бат Дорж", "председатель Столичного совета граждан", "MN")),
    ("Глава столичного департамента транспорта Пётр Котов заявил о новых маршрутах.",
     ("Пётр Котов", "глава столичного департамента транспорта", None)),
])
def test_a_capitals_body_beside_a_foreign_capital_is_its(models, text, expected):
    assert expected in holder_country_rows(text, models)
