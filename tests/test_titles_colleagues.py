"""A colleague of another country (``его белорусский коллега Пётр Сидоренко``) holds the other's post, of the
country the adjective names (:mod:`nerpipe.titles.colleagues`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str, str | None]]:
    """``(person, position, role, country)`` of every ``positions`` row of a text."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.role, f.country) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел России Игорь Лапин провёл телефонный разговор со своим белорусским коллегой "
     "Петром Сидоренко.",
     ("Пётр Сидоренко", "министр иностранных дел Белоруссии", "министр", "BY")),
    # the other named in the sentence before
    ("Министр иностранных дел России Игорь Лапин провёл переговоры в Минске. Его белорусский коллега Пётр "
     "Сидоренко заявил о готовности к диалогу.",
     ("Пётр Сидоренко", "министр иностранных дел Белоруссии", "министр", "BY")),
    # a foreign post, a Russian colleague: no country in the table
    ("Премьер-министр Белоруссии Игорь Лапин рассчитывает провести переговоры со своим российским коллегой "
     "Петром Сидоренко.",
     ("Пётр Сидоренко", "премьер-министр России", "премьер-министр", None)),
    ("Президент Франции Жан Дюкло и его российский коллега Игорь Лапин провели переговоры.",
     ("Игорь Лапин", "президент России", "президент", None)),
])
def test_colleague_holds_the_post_of_his_country(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text", [
    # a region's post has no colleague abroad
    "Губернатор Тверской области Игорь Лапин встретился с белорусским коллегой Петром Сидоренко.",
    # no country: a colleague at work holds no post
    "Игорь Лапин и его бывший коллега по заводу Пётр Сидоренко открыли кафе.",
    "Министр финансов Игорь Лапин и его коллега Пётр Сидоренко открыли кафе.",
])
def test_colleague_without_a_post(models, text):
    assert not {r for r in rows(text, models) if r[0] == "Пётр Сидоренко"}


@pytest.mark.parametrize("text, expected", [
    # the other's post named with no holder: the colleague of the post
    ("Встреча министра иностранных дел России и его немецкого коллеги Ганса Мюллера началась в Берлине.",
     ("Ганс Мюллер", "министр иностранных дел Германии", "министр", "DE")),
    ("Переговоры главы МИД России и его белорусского коллеги Петра Сидоренко прошли в Минске.",
     ("Пётр Сидоренко", "глава МИД Белоруссии", "министр", "BY")),
    ("Встреча министра иностранных дел России со своим немецким коллегой Гансом Мюллером прошла в Берлине.",
     ("Ганс Мюллер", "министр иностранных дел Германии", "министр", "DE")),
    ("Переговоры главы МИД России с его белорусским коллегой Петром Сидоренко прошли в Минске.",
     ("Пётр Сидоренко", "глава МИД Белоруссии", "министр", "BY")),
])
def test_a_colleague_of_a_post_no_one_is_named_for(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text", [
    # "с" opens no link when other words stand between the post and the colleague
    "Встреча министра иностранных дел России с журналистами и немецким коллегой Гансом Мюллером прошла в Берлине.",
])
def test_no_colleague_of_a_post_past_other_words(models, text):
    assert not {r for r in rows(text, models) if r[0] == "Ганс Мюллер" and r[1].startswith("министр")}


@pytest.mark.parametrize("text, expected, absent", [
    # the one named last before "коллега", by his surname alone, not the spokeswoman quoted earlier in the sentence
    ("Министр сельского хозяйства России Игорь Лапин отправится в Казахстан. Как сообщила пресс-секретарь "
     "ведомства Анна Котова, там Лапин обсудит поставки зерна со своим казахстанским коллегой Петром Сидоренко.",
     ("Пётр Сидоренко", "министр сельского хозяйства Казахстана", "министр", "KZ"),
     ("Пётр Сидоренко", "пресс-секретарь ведомства Казахстана", "пресс-секретарь", "KZ")),
])
def test_colleague_of_the_one_named_last(models, text, expected, absent):
    found = rows(text, models)
    assert expected in found and absent not in found
