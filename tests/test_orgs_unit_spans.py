"""Spans of units and kinds of bodies: a unit's span that took the first adjective of the body after it
gives way, a unit's words alone give way to the unit named with its organization, and a kind's abbreviation
joins the quoted name apposed to it."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span
from nerpipe.spans.bodies import drop_crossed_bodies

from .conftest import org_entity_names


def _spans(text: str, parts: list[str]) -> list[Span]:
    return [Span(text.index(part), text.index(part) + len(part), ORG) for part in parts]


_LETTER = "Письмо жителей Кашина передали в приёмную Заречной межрайонной прокуратуры."


# the bodies found are given: whether the tagger takes an adjective for a place apart depends on its words
@pytest.mark.parametrize("text, found, kept", [
    # ``приёмную Заречной`` took the first adjective of the prosecutor's office after it for a place
    (_LETTER, ["приёмную Заречной", "Заречной межрайонной прокуратуры"], ["Заречной межрайонной прокуратуры"]),
    # a body inside another one, or one right after it, crosses nothing
    (_LETTER, ["приёмную Заречной межрайонной прокуратуры", "Заречной межрайонной прокуратуры"],
     ["приёмную Заречной межрайонной прокуратуры", "Заречной межрайонной прокуратуры"]),
    ("Склад закрыли инспекторы Кашинского отдела Заречной прокуратуры.",
     ["Кашинского отдела", "Заречной прокуратуры"], ["Кашинского отдела", "Заречной прокуратуры"]),
    # bodies crossing over more than a word: neither is the other's misreading
    ("Проект внесли члены комитета думы по культуре Кашина и Заречья.",
     ["комитета думы по культуре", "думы по культуре Кашина"],
     ["комитета думы по культуре", "думы по культуре Кашина"]),
])
def test_unit_crossing_the_body_after_it_gives_way(text, found, kept):
    assert drop_crossed_bodies(text, _spans(text, found)) == _spans(text, kept)


@pytest.mark.parametrize("text, expected", [
    # the branch named with its company: no second body of the branch's words alone
    ("По словам директора Тверского отделения «Кедра» Ивана Котова, новый склад откроют к осени.",
     {"Тверского отделения «Кедра»": "Тверское отделение «Кедра»", "Кедра": "Кедр"}),
    ("Склад откроют к осени, сообщили в Омском отделении «Кедра».",
     {"Омском отделении «Кедра»": "Омское отделение «Кедра»", "Кедра": "Кедр"}),
])
def test_unit_words_alone_give_way_to_the_unit_with_its_body(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, mention, name", [
    # ``ЧВК`` apposed to a quoted name: one company, not a kind and a name apart
    ("Бойцы ЧВК «Зорянка» покинули город.", "ЧВК «Зорянка»", "ЧВК «Зорянка»"),
    # a legal form tagged apart joins it as well
    ("Договор с ООО «Зорянка» подписан.", "ООО «Зорянка»", "ООО «Зорянка»"),
])
def test_kind_abbreviation_joins_its_quoted_name(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, absent", [
    ("Бойцы ЧВК «Зорянка» покинули город.", "ЧВК"),
    ("Сотрудники ЧВК охраняют объект. Компания «Зорянка» молчит.", "ЧВК «Зорянка»"),
])
def test_kind_abbreviation_alone(models, text, absent):
    assert absent not in org_entity_names(text, models)
