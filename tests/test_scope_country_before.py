"""``страны`` ending a body's name in a sentence that names no place is the one country the sentence right before
names (``Делегация прибыла в Заморье. Глава МИД страны …``); where that sentence names two, or a place of Russia
stands in the body's own sentence, it stays as written. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows, org_entity_names


@pytest.mark.parametrize("text, expected", [
    ("Делегация прибыла в Армению. Глава МИД страны Пётр Орлов встретил гостей.",
     {("Пётр Орлов", "глава МИД страны", "AM")}),
])
def test_titles_of_the_country_of_the_sentence_before(models, text, expected):
    assert holder_country_rows(text, models) == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Делегация прибыла в Армению. Глава МИД страны Пётр Орлов встретил гостей.", "МИД страны",
     "Министерство иностранных дел Армении"),
    ("Выборы прошли в Чили. Министерство финансов страны объявило итоги.", "Министерство финансов страны",
     "Министерство финансов Чили"),
    # two countries before: none of them
    ("Делегация России прибыла в Армению. Глава МИД страны Пётр Орлов встретил гостей.", "МИД страны",
     "МИД страны"),
    # a town of Russia in the body's sentence: Russia's as well
    ("Делегация прибыла в Армению. В Москве глава МИД страны Пётр Орлов встретил гостей.", "МИД страны",
     "МИД страны"),
])
def test_bodies_of_the_country_of_the_sentence_before(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # the country the sentence before names only where travel or trade goes: the author's own country's body
    ("Туристы массово отказываются от поездок в Турцию. Минэкономразвития страны оценило потери туротрасли в "
     "пять миллиардов рублей.", "Минэкономразвития",
     "Министерство экономического развития Российской Федерации"),
    ("Экспорт пшеницы в Египет вырос вдвое. Минсельхоз страны рассчитывает на новые контракты. Губернатор "
     "Тверской области Иван Котов поддержал аграриев.", "Минсельхоз",
     "Министерство сельского хозяйства Российской Федерации"),
])
def test_no_country_of_where_trade_or_travel_goes(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
