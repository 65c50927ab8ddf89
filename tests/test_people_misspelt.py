"""A first name misspelt by one letter in one mention of a person the document names in full
elsewhere (invented names): one person, when no one else of the document has the surname."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Алексей Орлов выступил первым. Потом Алексей Орлов ответил на вопросы. Алекей Орлов поблагодарил зрителей.",
     {("Алексей Орлов", ("Алексей Орлов", "Алексей Орлов", "Алекей Орлов"))}),
    ("Мэдисон Крейг выиграла забег. Тренер Мэддисон Крейг доволен. Мэдисон Крейг готовится к финалу.",
     {("Мэдисон Крейг", ("Мэдисон Крейг", "Мэддисон Крейг", "Мэдисон Крейг"))}),
    ("Наталья Зуева открыла выставку. Натаья Зуева рассказала о картинах.",
     {("Наталья Зуева", ("Наталья Зуева", "Натаья Зуева"))}),
])
def test_a_misspelt_first_name_is_the_same_person(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # another person of the surname: no telling whose misspelling it is
    ("Алексей Орлов выступил первым. Алекей Орлов поблагодарил зрителей. Сергей Орлов промолчал.", 3),
    ("Алексей Орлов выступил первым. Алекей Орлов поблагодарил зрителей. Анна Орлова спела.", 3),
    # two first names a letter changed apart that are both names, whichever is said more
    ("Алина Лапина выступила. Алина Лапина спела. Алена Лапина промолчала.", 2),
    # a surname one letter apart is another person
    ("Иван Белов выступил. Иван Беллов тоже.", 2),
])
def test_names_one_letter_apart_stay_apart(models, text, expected):
    assert len(person_mentions(text, models)) == expected
