"""Lists of quoted names: the rest of a list the tagger tagged half or more of as organizations are
organizations too, unless a plural noun before the list says they are something else."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names, org_texts


def spans_of(text, models, kind) -> list[str]:
    return [m.text for m in analyze(text, models).mentions if m.type == kind]


@pytest.mark.parametrize("text, expected", [
    ("В турнире сыграют «Метеор», «Северная звезда», «Текстильщик» и «Заря».",
     ["Метеор", "Северная звезда", "Текстильщик", "Заря"]),
    ("Контракты получили «Стройресурс», «Техноком» и «Балтпроект».", ["Стройресурс", "Техноком", "Балтпроект"]),
    ("Сделку заключили «Вектор-Инвест» и «Ромашка».", ["Вектор-Инвест", "Ромашка"]),
])
def test_rest_of_a_list_of_organizations(models, text, expected):
    found = spans_of(text, models, "ORG")
    assert all(name in found for name in expected)


@pytest.mark.parametrize("text, absent", [
    ("Фильмы «Сад», «Кедр», «Вектор» и «Дорога» покажут в мае.", ["Сад", "Дорога"]),
    ("Компания «Вектор» выпустила игры «Сад» и «Кедр».", ["Сад"]),
    ("Песни «Сад» и «Кедр» исполнила группа «Вектор».", ["Сад"]),
])
def test_lists_of_works_stay_works(models, text, absent):
    found = spans_of(text, models, "ORG")
    assert not any(name in found for name in absent)


@pytest.mark.parametrize("text, expected", [
    # the subject of what bodies do, right after or before a plural verb: all of the list
    ("Договор подписали «Зимородок» и «Полярная сова».", ["Зимородок", "Полярная сова"]),
    ("«Зимородок», «Полярная сова» и «Кремень» заключили договор.", ["Зимородок", "Полярная сова", "Кремень"]),
    ("Гранты получили «Лесная тропа» и «Серебряный ключ».", ["Лесная тропа", "Серебряный ключ"]),
])
def test_a_list_that_acts_as_bodies_do(models, text, expected):
    found = spans_of(text, models, "ORG")
    assert all(name in found for name in expected)


@pytest.mark.parametrize("text, absent", [
    # another verb, an object not in the nominative: no list of bodies
    ("В прокат вышли «Тихий сад» и «Белый парус».", ["Тихий сад", "Белый парус"]),
    ("Зрители получили «Тихого сада» и «Белого паруса» меньше, чем ждали.", ["Тихого сада"]),
])
def test_a_list_that_does_not_act(models, text, absent):
    found = spans_of(text, models, "ORG")
    assert not any(name in found for name in absent)


@pytest.mark.parametrize("text, name, found", [
    # a quoted name with its count after a dash among organizations counted so is one of them
    ("По данным комиссии, партия «Заря» получает 120 мандатов, партия «Рассвет» - 40, партия «Кедр» - 21, "
     "«Светлые люди» - 13.", "Светлые люди", True),
    ("Доли распределились так: банк «Вектор» - 30%, компания «Ромашка» - 25%, «Кедровый капитал» - 10%.",
     "Кедровый капитал", True),
    # no tally of organizations around it
    ("Фильм «Вечерний сад» - 12 тысяч зрителей за неделю.", "Вечерний сад", False),
    # the tally is a list in a row: a count in another sentence of its line, or a name with a number joined by a
    # hyphen, is no entry of it
    ("Партия «Заря» - 40, партия «Рассвет» - 21. Фильм «Вечерний сад» - 12 тысяч зрителей за неделю.",
     "Вечерний сад", False),
    ("Партия «Заря» - 40, партия «Рассвет» - 21, фильм «Вечерний сад»-2 снят.", "Вечерний сад", False),
])
def test_tallied_quoted_name(models, text, name, found):
    assert (name in org_texts(text, models)) is found


@pytest.mark.parametrize("text, name", [
    # a quoted name runs on over a dash to its closing quote
    ("Партия «Заречная Русь - за правду» набрала 5% голосов.", "Заречная Русь - за правду"),
])
def test_quoted_name_over_dash(models, text, name):
    assert name in org_entity_names(text, models).values()


@pytest.mark.parametrize("text, name", [
    # a list of quoted names after a party's singular kind noun, counts in brackets between them: the rest are
    # parties too
    ("В пятёрке также партия «Кедровая Россия» (7,14%) и «Новые люди» (6,87%).", "Новые люди"),
    ("Барьер преодолели партия «Северный путь» (8%) и «Честные люди» (5,2%).", "Честные люди"),
])
def test_list_after_kind_noun_with_counts(models, text, name):
    assert name in org_texts(text, models)
