"""A foreign first name alone in a case form natasha leaves untagged is the person the document names in full with
it, a first name of the document opening a sentence before a verb is the person too, and a common noun natasha
takes in before a name of Korea or China is cut (invented names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> list[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(m.text, names[m.entity_id]) for m in result.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("Благодарность выразили Лореле. Затем выступила Лорела Кинг.",
     [("Лореле", "Лорела Кинг"), ("Лорела Кинг", "Лорела Кинг")]),
    ("О Жоане рассказали журналисты. Жоана Силва выиграла турнир.",
     [("Жоане", "Жоана Силва"), ("Жоана Силва", "Жоана Силва")]),
    # no first name of the document: nothing
    ("Благодарность выразили Лореле. Затем выступила Мирта Кинг.", [("Мирта Кинг", "Мирта Кинг")]),
])
def test_foreign_first_name_alone(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Полузащитник Пак Дон Рим забил гол.", [("Пак Дон Рим", "Пак Дон Рим")]),
    ("Вратарь Хон Ду Бо заявил о составе.", [("Хон Ду Бо", "Хон Ду Бо")]),
])
def test_noun_before_east_asian_name(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name of the document opening a sentence before a finite verb is the person
    ("Вчера Марк Ольшанский выступил на заводе.\n\nМарк рассказал журналистам о забастовке.",
     [("Марк Ольшанский", "Марк Ольшанский"), ("Марк", "Марк Ольшанский")]),
    ("На митинге была Лорела Кинг. Лорела заявила, что протест продолжится.",
     [("Лорела Кинг", "Лорела Кинг"), ("Лорела", "Лорела Кинг")]),
    # a first name the document tags alone elsewhere, again opening a sentence before a verb
    ("По телефону с завода Марк, рабочий из цеха, сообщил о захвате.\n\nМарк рассказал, что выплат не будет.",
     [("Марк", "Марк"), ("Марк", "Марк")]),
    # a common noun that is also a first name stays a word; a heading without a verb too
    ("Вчера выступила Роза Орлова.\n\nРоза ветров изменилась.", [("Роза Орлова", "Роза Орлова")]),
    ("Вчера Тармо Куусинен выступил на заводе.\n\nТармо и забастовка", [("Тармо Куусинен", "Тармо Куусинен")]),
])
def test_first_name_opening_sentence(models, text, expected):
    assert _people(text, models) == expected
