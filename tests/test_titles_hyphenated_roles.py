"""The role of a hyphenated word made of two titles keeps both, unless the lexicon gives the phrase a better role
(:func:`nerpipe.titles.trimming.read_hyphenated_role`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze


def roles(text: str, models) -> set[tuple[str, str]]:
    """``(position, role)`` of every ``positions`` row."""
    return {(f.position, f.role) for f in analyze(text, models).positions}


@pytest.mark.parametrize("text, expected", [
    # two titles joined: both make the role, in the masculine nominative
    ("Режиссёр-постановщик Игнат Лорский поставил пьесу.", ("режиссёр-постановщик", "режиссер-постановщик")),
    ("Врач-терапевт Анна Сомова приняла больных.", ("врач-терапевт", "врач-терапевт")),
    ("Певица-композитор Анна Сомова выступила в Твери.", ("певица-композитор", "певец-композитор")),
    # with a modifier, which agrees with the first title
    ("Главный режиссёр-постановщик театра Игнат Лорский поставил пьесу.",
     ("главный режиссёр-постановщик театра", "главный режиссер-постановщик")),
    # a compound the lexicon names whole, and a word with one title, as before
    ("Генерал-майор Игнат Лорский прибыл в Тверь.", ("генерал-майор", "генерал-майор")),
    ("Экс-министр Игнат Лорский прибыл в Тверь.", ("экс-министр", "министр")),
    # a half the lexicon writes out in words, or a head whose role comes from what it governs: the phrase's role
    ("Замгубернатора-глава минздрава Заречной области Игнат Лорский доложил о ремонте больниц.",
     ("замгубернатора-глава минздрава Заречной области", "министр")),
    ("Замминистра-руководитель департамента Игнат Лорский выступил в Твери.",
     ("замминистра-руководитель департамента", "руководитель департамента")),
    ("Министр-руководитель департамента Игнат Лорский выступил в Твери.",
     ("министр-руководитель департамента", "руководитель департамента")),
])
def test_a_hyphenated_pair_of_titles_keeps_both_in_its_role(models, text, expected):
    assert expected in roles(text, models)


@pytest.mark.parametrize("text, expected", [
    # both halves decline: both are put in the nominative
    ("Жалобу на главного врача-терапевта больницы Игната Лорского рассмотрят завтра.",
     "главный врач-терапевт больницы"),
    ("Награду вручили министру-председателю правительства Игнату Лорскому.", "министр-председатель правительства"),
    ("Встреча с инженером-конструктором Анной Сомовой прошла вчера.", "инженер-конструктор"),
    # a first half that does not decline stays as written
    ("Встреча с генерал-майором Игнатом Лорским прошла вчера.", "генерал-майор"),
    ("Встреча с вице-премьером Игнатом Лорским прошла вчера.", "вице-премьер"),
    ("Встреча с контр-адмиралом Игнатом Лорским прошла вчера.", "контр-адмирал"),
])
def test_both_halves_of_a_hyphenated_title_in_the_nominative(models, text, expected):
    assert expected in {position for position, _ in roles(text, models)}
