"""Who holds the titles of round 65's holders. A title with no name that states a country refers back to the
one the text gives a title of that country, not to the salient holder of another country's title
(:func:`nerpipe.titles.referred.refer_back`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze
from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Новый президент Франции Пьер Дюмон прибыл в Берлин. Там его принял канцлер Германии Карл Вебер. "
     "Стоит отметить, что предшественника Дюмона Карл Вебер встречал иначе. "
     "Самолёт нового главы Франции на пути в Берлин попал в грозу, после чего Дюмон вернулся в Париж.",
     {("Пьер Дюмон", "новый президент Франции", None, None, "FR"),
      ("Карл Вебер", "канцлер Германии", None, None, "DE"),
      ("Пьер Дюмон", "новый глава Франции", None, None, "FR")}),
    ("Премьер-министр Польши Ян Ковальский приехал в Прагу. На вокзале его встретил президент Чехии Павел Новак. "
     "Новак пожал гостю руку. Слова нового главы польского правительства о газе удивили журналистов.",
     {("Ян Ковальский", "премьер-министр Польши", None, None, "PL"),
      ("Павел Новак", "президент Чехии", None, None, "CZ"),
      ("Ян Ковальский", "новый глава польского правительства", "Правительство Польши", None, "PL")}),
    ("Президент Литвы Йонас Казлаускас прилетел в Ригу. Его встретил премьер-министр Латвии Янис Берзиньш. "
     "Берзиньш провёл гостя в зал. Речь нового литовского лидера длилась час.",
     {("Йонас Казлаускас", "президент Литвы", None, None, "LT"),
      ("Янис Берзиньш", "премьер-министр Латвии", None, None, "LV"),
      ("Йонас Казлаускас", "новый литовский лидер", None, None, "LT")}),
])
def test_a_countrys_title_does_not_refer_back_to_another_countrys_head(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Пётр Зорин возглавил Минздрав. Нового директора получил и Энский тракторный завод. Им стал Олег Котов.",
     {("Пётр Зорин", "руководитель Минздрава", "Министерство здравоохранения Российской Федерации", None, None),
      ("Олег Котов", "новый директор", None, None, None)}),
    ("Анна Белова возглавила областной театр. Нового главного редактора выбрала и городская газета. "
     "Им стал Игорь Седов.",
     {("Игорь Седов", "новый главный редактор", None, None, None)}),
])
def test_a_title_before_a_body_is_named_by_the_next_sentences_pronoun(models, text, expected):
    """``Нового директора получил и завод. Им стал …``: the body after the title is no one the pronoun stands
    for (:func:`nerpipe.titles.named_next.named_in_next`), so the title is not referred back to the one named
    before."""
    assert rows(text, models) == expected


def _held(text: str, models) -> set[tuple[str, str, bool]]:
    """``(person, position, former)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.former) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Бывший директор Энского института Олег Котов назначен президентом Рябовым новым министром здравоохранения. "
     "На данной должности он сменил Игоря Седова, который руководил ведомством с 2019 года.",
     {("Олег Котов", "бывший директор Энского института", True), ("Рябов", "президент", False),
      ("Олег Котов", "новый министр здравоохранения", False), ("Игорь Седов", "министр здравоохранения", True)}),
    ("Глеб Лаптев назначен губернатором Орловым новым министром финансов края. На этом посту он сменил "
     "Игоря Седова.",
     {("Орлов", "губернатор", False), ("Глеб Лаптев", "новый министр финансов края", False),
      ("Игорь Седов", "министр финансов края", True)}),
])
def test_the_one_replaced_held_the_appointees_post_not_the_appointers(models, text, expected):
    """``назначен президентом Рябовым министром. … он сменил Седова``: ``он`` is the one appointed, not the
    appointer in the instrumental (:func:`nerpipe.titles.appointers.is_appointer`), so Седов held the ministry."""
    assert _held(text, models) == expected
