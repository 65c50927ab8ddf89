"""A title the next sentence gives by a pronoun in the instrumental and a predicate (``… был выбран ректор
университета. Им снова стал Пётр Орлов``): the name after the predicate holds it."""

from __future__ import annotations

import pytest

from .conftest import holder_titles as rows


@pytest.mark.parametrize("text, expected", [
    ("На пятилетний срок был выбран ректор университета. Им снова стал Сергей Тасков.",
     ("Сергей Тасков", "ректор университета")),
    ("На заседании был избран председатель совета. Им стала Анна Котова.", ("Анна Котова", "председатель совета")),
    # a title of the name's own between the predicate and the name
    ("Сегодня состоялось представление нового руководителя этого учреждения. Им назначен бывший заведующий "
     "отделением больницы Тамаз Карпов.", ("Тамаз Карпов", "новый руководитель этого учреждения")),
])
def test_title_named_in_the_next_sentence(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text", [
    # no predicate of a title: the pronoun is whom one is pleased with
    "Губернатор поблагодарил министра за работу. Им доволен и Иван Орлов.",
    # the name is no subject
    "На заседании выступил министр. Им был представлен доклад Ивана Орлова.",
    # another noun after the title: the pronoun is that one's
    "На заседании выступил министр культуры с докладом. Им стал Иван Орлов.",
])
def test_no_title_named_in_the_next_sentence(models, text):
    assert not {r for r in rows(text, models) if r[0] == "Иван Орлов"}


@pytest.mark.parametrize("text, expected", [
    # the subject of the predicate after the title: a name past a list of descriptions in commas (and an
    # abbreviation in brackets), not the name of the sentence before
    ("Награды вручал Пётр Орлов. Новым председателем совета профессоров стал астрофизик, доктор наук, "
     "заместитель директора института (ИКР) Глеб Лаптев.",
     ("Глеб Лаптев", "новый председатель совета профессоров")),
    ("Председателем совета стал физик, заместитель директора Института прикладной химии РАН (ИПХ РАН) Глеб Лаптев.",
     ("Глеб Лаптев", "председатель совета")),
    ("Директором завода назначен уроженец Твери, выпускник университета Пётр Орлов.",
     ("Пётр Орлов", "директор завода")),
])
def test_predicate_subject_past_descriptions(models, text, expected):
    assert expected in rows(text, models)
