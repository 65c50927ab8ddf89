"""A title does not end in adjectives after a comma: they open the next title (``советника департамента …,
федерального инспектора …``)."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_titles


def positions(text: str, models) -> set[str]:
    return {f.position for f in analyze(text, models).positions}


@pytest.mark.parametrize("text, expected", [
    ("До этого Иван Орлов занимал должность советника департамента по вопросам экономической и социальной "
     "политики, федерального инспектора аппарата полномочного представителя президента.",
     {"советник департамента по вопросам экономической и социальной политики",
      "федеральный инспектор аппарата полномочного представителя президента"}),
    ("Иван Орлов был советником департамента социальной политики, главным инспектором управления.",
     {"советник департамента социальной политики", "главный инспектор управления"}),
])
def test_adjectives_after_a_comma_open_the_next_title(models, text, expected):
    assert expected <= positions(text, models)


@pytest.mark.parametrize("text, position, region", [
    # "этого же района": a determiner with "же" before its noun is a word of the dependent, and the place it names
    ("Бывший прокурор Ореховского района Тверской области Анна Котова стала заместителем прокурора этого же района.",
     "заместитель прокурора этого же района", "RU-TVE"),
    # "номер 3" as "№ 3": the number of the body, and the title goes on past it
    ("Мировой судья судебного участка номер 3 Ленинского района Саратова Елена Котова признала его виновным.",
     "мировой судья судебного участка номер 3 Ленинского района Саратова", "RU-SAR"),
])
def test_dependents_past_a_particle_or_a_number(models, text, position, region):
    result = analyze(text, models)
    assert (position, region) in {(f.position, f.region_code) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    # a remark in brackets after the title is no part of it; an abbreviation or a Latin name is
    ("Президент подписал указ о назначении Петра Орлова послом Заречной Республики в Армении (резиденция в Ереване).",
     ("Пётр Орлов", "посол Заречной Республики в Армении")),
    ("Выступил заместитель директора института (ИКР) Пётр Орлов.",
     ("Пётр Орлов", "заместитель директора института (ИКР)")),
])
def test_remark_in_brackets_ends_title(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # the remark left out of the first title does not part it from the second: both the name's
    ("Анна Котова - российская оперная певица (сопрано), солистка Зареченского театра.",
     ("Анна Котова", "солистка Зареченского театра")),
    ("Директор школы (гимназия № 5), депутат городской думы Пётр Орлов выступил на сессии.",
     ("Пётр Орлов", "директор школы")),
])
def test_remark_in_brackets_keeps_titles_together(models, text, expected):
    assert expected in holder_titles(text, models)
