"""Who holds the titles of round 66's holders. A name that is an object or an adverbial of the verb a title with
no name is the subject of is someone else than the title's holder (:func:`nerpipe.titles.subjects.is_object_of_verb`);
a title a verb makes a person in the accusative is that person's, not the verb's subject's, whatever the parser
hangs the person on (:func:`nerpipe.titles.subjects.subject_title`); after the title of one who serves a person, a
foreign name that may be a genitive and then a name that cannot is whom the title serves, the second name its holder
(:func:`nerpipe.titles.holders._holder_after_undeclined`); a person's origin counts against other countries a text
may be about, not against its own (:func:`nerpipe.resolve.locations.document_scope`). Every sentence and name is
invented."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows, holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Новым главой ведомства стал Пётр Орлов. Новому министру Петру Орлову глава государства пожелал удачи.",
     {("Пётр Орлов", "новый глава ведомства"), ("Пётр Орлов", "новый министр")}),
    ("Новым министром культуры стал Олег Зорин. Олегу Зорину министр пожелал удачи.",
     {("Олег Зорин", "новый министр культуры")}),
    # a title pointing back ("новый …") passes over the name its verb acts on, to the one named before
    ("Олегу Зорину новый директор вручил грамоту.", set()),
    ("Глеб Лаптев возглавил управление. Олегу Зорину новый начальник вручил грамоту.",
     {("Глеб Лаптев", "новый начальник")}),
    ("Глеб Лаптев возглавил управление. Вместе с Олегом Зориным новый начальник осмотрел склад.",
     {("Глеб Лаптев", "новый начальник")}),
])
def test_object_of_the_titles_verb_is_not_its_holder(text, expected, models):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Старший сын министра Олег Зорин уступил место брату, а глава Энской республики Пётр Орлов назначил свою "
     "дочь Анну Орлову послом в Заморье.",
     {("Пётр Орлов", "глава Энской республики"), ("Анна Орлова", "посол в Заморье")}),
    ("Младший сын судьи Глеб Лаптев уступил кресло сестре, а президент Заречья Остап Гуров назначил свою дочь Веру "
     "Гурову послом в Лотарии.",
     {("Остап Гуров", "президент Заречья"), ("Вера Гурова", "посол в Лотарии")}),
])
def test_title_made_of_an_object_is_not_the_subjects(text, expected, models):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Врач Хиллари Смит Лиза Бардин сообщила, что пациентка чувствует себя хорошо.", {("Лиза Бардин", "врач")}),
    ("Агент Кэти Ли Анна Зорина рассказала о планах.", {("Анна Зорина", "агент")}),
    ("Адвокат Дженни Ли Ольга Седова подала жалобу.", {("Ольга Седова", "адвокат")}),
    # a title of one's own (an actress, a singer) serves no one: the name after it is not whose it is
    ("Актриса Дженни Ли Ольга Седова и Вера Котова вышли на сцену.", {("Дженни Ли", "актриса")}),
    ("Певица Мэри Смит Анна Зорина вышла на сцену.", {("Мэри Смит", "певица")}),
])
def test_undeclined_name_after_a_title_is_whom_it_serves(text, expected, models):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Председатель Центральной избирательной комиссии Анна Котова рассказала о выборах. Белорусский чиновник "
     "признался, что живёт в Минске.",
     {("Анна Котова", "председатель Центральной избирательной комиссии", "BY")}),
    ("Министр юстиции Пётр Орлов выступил в университете Астаны. Его слушал казахстанский журналист Иван Лаптев.",
     {("Пётр Орлов", "министр юстиции", "KZ"), ("Иван Лаптев", "казахстанский журналист", "KZ")}),
])
def test_origin_of_a_country_counts_not_against_it(text, expected, models):
    assert holder_country_rows(text, models) == expected
