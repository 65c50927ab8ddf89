"""Organization spans: a second body of the same noun after ``и`` (:mod:`nerpipe.spans.dependents`),
a noun of a person before a body the dictionary knows in quoted speech (:mod:`nerpipe.spans.chrome`), quoted
names of projects, one or a list (:mod:`nerpipe.spans.vehicles`)."""

from __future__ import annotations

import pytest

from .conftest import org_texts


@pytest.mark.parametrize("text, expected", [
    # two bodies of one noun joined by ``и``: two spans
    ("Полномочия департамента связей и департамента культуры Омской области расширят.",
     ["департамента связей", "департамента культуры Омской области"]),
    ("Глава комитета по связям и комитета по культуре Тверской области выступил.",
     ["комитета по связям", "комитета по культуре Тверской области"]),
])
def test_a_second_body_of_the_same_noun(models, text, expected):
    assert [t for t in org_texts(text, models) if t in expected] == expected


@pytest.mark.parametrize("text, expected", [
    # one body with a remit of several nouns stays one
    ("Министерство промышленности и торговли Омской области сообщило о планах.",
     "Министерство промышленности и торговли Омской области"),
    ("Департамент физической культуры и спорта Тверской области провёл турнир.",
     "Департамент физической культуры и спорта Тверской области"),
])
def test_one_body_with_a_remit_of_several_nouns(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, absent, present", [
    # a noun of a person before a body the dictionary knows is cut away, in quoted speech too
    ("«Дознавателем МЧС было возбуждено уголовное дело по статье», — сообщили в пресс-службе прокуратуры края.",
     "Дознавателем МЧС", "МЧС"),
    ("Дознавателем МЧС было возбуждено дело о пожаре.", "Дознавателем МЧС", "МЧС"),
    # a quoted name of a person's noun and a word the dictionary does not know stays a name
    ("Газета «Друзья Вереска» вышла тиражом в тысячу экземпляров.", None, "Газета «Друзья Вереска»"),
])
def test_a_persons_noun_before_a_known_body(models, text, absent, present):
    found = org_texts(text, models)
    assert absent is None or absent not in found
    assert present in found


@pytest.mark.parametrize("text, absent, present", [
    # quoted names of projects, one or a list, after a dash too
    ("В рамках национальных проектов «Долгая жизнь» и «Семья» открыты центры.", "Семья", None),
    ("Итоги подвели по двум нацпроектам — «Кадры» и «Семья».", "Семья", None),
    ("Компания «Вектор» запустила проект «Светлый город».", "Светлый город", "Вектор"),
    # a name in the genitive after a project noun is who runs it
    ("Проект «Вектора» получил грант, сообщила компания «Вектор».", None, "Вектора"),
    # films listed: works, no bodies
    ("Фильмы «Север», «Юг» и «Восток» покажут осенью.", "Восток", None),
    # shares of a company listed: the companies stay
    ("Акции «Вектор» и «Квадрат» подорожали.", None, "Квадрат"),
])
def test_quoted_names_of_projects(models, text, absent, present):
    found = org_texts(text, models)
    assert absent is None or not any(absent in f for f in found)
    assert present is None or any(present in f for f in found)


@pytest.mark.parametrize("text, expected", [
    # a federal body's abbreviation with Russia's name, then the place its territorial body serves
    ("Автомобиль принадлежит ГУ МЧС России по Тверской области.", "ГУ МЧС России по Тверской области"),
    ("Сотрудники УФСБ России по Тверской области задержали мужчину.", "УФСБ России по Тверской области"),
    ("Начальник УМВД России по Омской области выступил на брифинге.", "УМВД России по Омской области"),
    # with no Russia's name, as before
    ("Начальник УМВД по Омской области выступил на брифинге.", "УМВД по Омской области"),
])
def test_a_territorial_body_after_russias_name(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, expected", [
    # a ``по`` phrase of no place stays out
    ("Эксперты МЧС России по традиции проверили склады.", "МЧС России"),
    ("Представитель УФСБ России по его словам не комментировал дело.", "УФСБ России"),
])
def test_no_place_after_russias_name(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, present", [
    # a body's abbreviation after a project's noun, not quoted, is whose the project is
    ("Он руководитель проекта ОНФ «Доступная медицина» в регионе. ОНФ поддержал инициативу.", "ОНФ"),
    ("Участники проекта Ростеха получили гранты.", "Ростеха"),
])
def test_a_body_whose_project_it_is(models, text, present):
    assert present in org_texts(text, models)
