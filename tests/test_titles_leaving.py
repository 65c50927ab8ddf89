"""Titles of regional appointments and resignations: a title that runs on
into a phrase of the reason for leaving, a participle of leaving before a title, a post created or abolished,
a bishop's see taken for his surname. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze
from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # the reason a post was left is no dependent of the title
    ("Пётр Орлов уволился с поста вице-губернатора по собственному желанию.",
     {("Пётр Орлов", "вице-губернатор", "заместитель губернатора", True)}),
    ("Анна Котова покинула пост министра культуры по состоянию здоровья.",
     {("Анна Котова", "министр культуры", "министр", True)}),
    # ... after a place or a numbered body inside the title, which the body's span does not take either
    ("Глеб Ракитин покинул пост начальника полиции Твери по собственному желанию.",
     {("Глеб Ракитин", "начальник полиции Твери", "начальник", True)}),
    ("Анна Котова покинула пост главного врача городской больницы № 3 по собственному желанию.",
     {("Анна Котова", "главный врач городской больницы № 3", "главный врач", True)}),
    # a remit after "по" stays
    ("Заместитель губернатора по социальным вопросам Пётр Орлов открыл школу.",
     {("Пётр Орлов", "заместитель губернатора по социальным вопросам", "заместитель губернатора", False)}),
    ("Первый заместитель главы района по экономике Анна Котова провела совещание.",
     {("Анна Котова", "первый заместитель главы района по экономике", "первый заместитель главы", False)}),
])
def test_reason_for_leaving_ends_title(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle of leaving before a title: the title was held before (the position keeps it, as it keeps
    # "бывший")
    ("Уволившийся вице-губернатор Пётр Орлов стал советником губернатора.",
     {("Пётр Орлов", "уволившийся вице-губернатор", "заместитель губернатора", True),
      ("Пётр Орлов", "советник губернатора", "советник губернатора", False)}),
    # near cases that stay: a former word, an adjective after the head
    ("Бывший вице-губернатор Пётр Орлов открыл школу.",
     {("Пётр Орлов", "бывший вице-губернатор", "заместитель губернатора", True)}),
    ("Директор нового музея Анна Котова открыла выставку.",
     {("Анна Котова", "директор нового музея", "директор", False)}),
])
def test_qualifiers_before_title(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a post created or abolished is no post of the one who does it
    ("Губернатор Тверской области Пётр Орлов упразднил должность советника губернатора.",
     {("Пётр Орлов", "губернатор Тверской области", "губернатор", False)}),
    ("Мэр Твери Анна Котова ввела новую должность помощника мэра по молодёжной политике.",
     {("Анна Котова", "мэр Твери", "мэр", False)}),
    ("Пётр Орлов сократил должность заместителя министра.", set()),
    # near cases that stay: a post taken or held
    ("Пётр Орлов занял должность заместителя министра.",
     {("Пётр Орлов", "заместитель министра", "заместитель министра", False)}),
    ("Анна Котова создала фонд и заняла пост директора фонда.",
     {("Анна Котова", "директор фонда", "директор", False)}),
])
def test_post_made_or_abolished(models, text, expected):
    assert rows(text, models) == expected


def people(text: str, models) -> list[str]:
    return [m.normal for m in analyze(text, models).mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    # the adjective of a see after a hierarch's rank is no surname: the hierarch is his first name
    ("Епископ Луговской Варсонофий совершил литургию.", ["Варсонофий"]),
    # ... nor a person where no first name follows
    ("В день памяти Димитрия, архиепископа Луговского, служба прошла в храме.", ["Димитрий"]),
    ("В день памяти сщмч. Димитрия, архиеп. Луговского, служба прошла в храме.", ["Димитрий"]),
    # near cases that stay: a first name before a surname, a surname after another title
    ("Епископ Пётр Орловский совершил литургию.", ["Пётр Орловский"]),
    ("Директор Луговской Пётр провёл совещание.", ["Пётр Луговской"]),
])
def test_see_is_no_name(models, text, expected):
    assert people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # hierarchs listed after a plural rank and a dash
    ("Ему сослужили епископы – Луговской Варсонофий, Озёрский Пафнутий.", ["Варсонофий", "Пафнутий"]),
    # near case: names listed after a plural title of no see
    ("Ему помогли дьяконы – Луговской Варсонофий, Озёрский Пафнутий.", ["Варсонофий Луговской", "Пафнутий Озёрский"]),
])
def test_listed_hierarchs(models, text, expected):
    assert people(text, models) == expected


def bodies(text: str, models) -> list[str]:
    return [text[m.start:m.end] for m in analyze(text, models).mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, expected", [
    # a reason after "по" is no field of a body
    ("Глеб Ракитин покинул пост начальника полиции Твери по собственному желанию.", ["полиции Твери"]),
    # near cases that stay: a body's field or territory after "по"
    ("Комитет по делам молодёжи провёл конкурс.", ["Комитет по делам молодёжи"]),
    ("Сотрудники управления МВД по Тверской области задержали подозреваемого.",
     ["управления МВД по Тверской области", "МВД"]),
])
def test_reason_is_no_field_of_body(models, text, expected):
    assert bodies(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject resigned: its title is a former one
    ("Глава администрации Кедровска Пётр Орлов сложил полномочия в связи с истечением их срока.",
     {("Пётр Орлов", "глава администрации Кедровска", "глава", True)}),
    ("Пётр Орлов, глава города, сложил полномочия.", {("Пётр Орлов", "глава города", "глава", True)}),
    ("Министр финансов Глеб Ракитин ушёл в отставку.", {("Глеб Ракитин", "министр финансов", "министр", True)}),
    # a resignation the sentence states done, the title in the genitive after it
    ("Депутаты Кедровска приняли отставку главы города Петра Орлова.",
     {("Пётр Орлов", "глава города", "глава", True)}),
    ("Губернатор объявил об увольнении министра финансов Глеба Ракитина.",
     {("Глеб Ракитин", "министр финансов", "министр", True)}),
    # near cases: negated, conditional, only possible, still to come, only asked for, only handed in
    ("Депутаты не приняли отставку главы города Петра Орлова.", {("Пётр Орлов", "глава города", "глава", False)}),
    ("Глава города Пётр Орлов не сложил полномочия.", {("Пётр Орлов", "глава города", "глава", False)}),
    ("Если бы глава города Пётр Орлов сложил полномочия, выборы прошли бы весной.",
     {("Пётр Орлов", "глава города", "глава", False)}),
    ("Глава города Пётр Орлов может сложить полномочия.", {("Пётр Орлов", "глава города", "глава", False)}),
    ("Глава города Пётр Орлов сложит полномочия в мае.", {("Пётр Орлов", "глава города", "глава", False)}),
    ("Жители потребовали отставки главы города Петра Орлова.", {("Пётр Орлов", "глава города", "глава", False)}),
    ("Глава города Пётр Орлов подал в отставку.", {("Пётр Орлов", "глава города", "глава", False)}),
])
def test_resignation_stated_done(models, text, expected):
    assert rows(text, models) == expected
