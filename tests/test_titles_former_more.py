"""When a title is no longer held: ``ранее`` after words that open the sentence dates the verb (``Напомним, ранее
губернатор Орлов принял …``), as at the sentence's start; a post a predicate gives is not left by a participle of
leaving before the name (``Покинувший больницу Орлов назначен главврачом …``)."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Напомним, ранее губернатор Алексей Тесленко принял отставку Руслана Гарина.",
     ("Алексей Тесленко", "губернатор", False)),
    ("Напомним, ранее врио губернатора Алексей Тесленко принял отставку Руслана Гарина.",
     ("Алексей Тесленко", "врио губернатора", False)),
    ("Ранее врио губернатора Алексей Тесленко посетил завод.", ("Алексей Тесленко", "врио губернатора", False)),
    ("Покинувший больницу Александр Корнеев назначен главным врачом больницы № 3.",
     ("Александр Корнеев", "главный врач больницы № 3", False)),
    # a name in apposition: "ранее" is the title's
    ("Иван Орлов, ранее министр культуры, заявил о поддержке.", ("Иван Орлов", "министр культуры", True)),
    ("Иван Орлов, ранее врио губернатора, заявил о поддержке.", ("Иван Орлов", "врио губернатора", True)),
    # a post left after its leaving verb
    ("Александр Корнеев покинул пост главного врача больницы.", ("Александр Корнеев", "главный врач больницы", True)),
])
def test_when_a_title_is_held(models, text, expected):
    assert expected in holder_former_rows(text, models)


@pytest.mark.parametrize("text, title", [
    # a post only possible or wanted is no one's, not even through "он"
    ("Напомним, что глава Полевого района Игорь Башин подал заявление об отставке. Он может стать новым мэром "
     "Лесногорска.", "новый мэр Лесногорска"),
    ("Игорь Башин подал заявление. Он хочет стать мэром Лесногорска.", "мэр Лесногорска"),
])
def test_possible_post_through_a_pronoun(models, text, title):
    assert not {r for r in holder_former_rows(text, models) if r[1] == title}


def test_post_taken_through_a_pronoun(models):
    assert ("Игорь Башин", "новый мэр Лесногорска", False) in holder_former_rows(
        "Игорь Башин родился в Твери. Он стал новым мэром Лесногорска.", models)


@pytest.mark.parametrize("text, title, held", [
    # a post taken only if something else happens
    ("Если Сенат примет дело к рассмотрению, то Анна Руссо будет отстранена от должности, и исполняющим "
     "обязанности президента станет вице-президент страны Мишел Тамер.", "исполняющий обязанности президента", False),
    ("Исполняющим обязанности президента станет вице-президент страны Мишел Тамер.",
     "исполняющий обязанности президента", True),
    ("Новым мэром может стать Мишел Тамер.", "новый мэр", False),
    ("Новым мэром стал Мишел Тамер.", "новый мэр", True),
])
def test_post_on_a_condition(models, text, title, held):
    assert any(r[0] == "Мишел Тамер" and r[1] == title for r in holder_former_rows(text, models)) == held
