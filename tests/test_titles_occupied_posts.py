"""A post held before, in the civil service's words (``замещал должность``) or ``в качестве`` after a verb of
working in the past (:mod:`nerpipe.titles.former`); the holder of a title a copula gives when the parser hangs the
name on another verb (:func:`nerpipe.titles.predicate_subjects.find_name_before_copula`)."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов назначен начальником отдела кадров. До этого назначения Пётр Орлов замещал должность "
     "заместителя начальника управления делами мэрии.",
     ("Пётр Орлов", "заместитель начальника управления делами мэрии", True)),
    ("Если говорить об Иване Зорине, то в 2011 году он уже трудился в качестве советника мэра.",
     ("Иван Зорин", "советник мэра", True)),
    # held now: no verb in the past
    ("Иван Зорин работает в качестве заместителя министра.",
     ("Иван Зорин", "заместитель министра", False)),
    ("Иван Зорин замещает должность руководителя секретариата.",
     ("Иван Зорин", "руководитель секретариата", False)),
])
def test_post_held_before(models, text, expected):
    assert expected in holder_former_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Иван Зорин будет художественным руководителем «Камерного театра», он также сохранит свою должность в "
     "энском музыкальном училище.",
     ("Иван Зорин", "художественный руководитель «Камерного театра»", False)),
])
def test_name_before_copula(models, text, expected):
    assert expected in holder_former_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # ready or meaning to leave: the post is held still
    ("Министр финансов Пётр Орлов заявил, что готов покинуть пост министра.", ("Пётр Орлов", "министр", False)),
    ("Министр финансов Пётр Орлов заявил, что намерен покинуть пост министра.", ("Пётр Орлов", "министр", False)),
    ("Министр финансов Пётр Орлов покинул пост министра.", ("Пётр Орлов", "министр", True)),
])
def test_post_only_to_be_left(models, text, expected):
    assert expected in holder_former_rows(text, models)
