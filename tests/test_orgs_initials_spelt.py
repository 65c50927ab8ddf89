"""An abbreviation written with the lower-case conjunction of its name (``ГУЭБиПК``), spelt in Cyrillic from a
Latin one (``ИИХФ`` for ``IIHF``) or of the parts of a one-word bank's name (``ТФБ`` for ``Татфондбанк``) is the
body of the text whose initials or Latin abbreviation it is (:mod:`nerpipe.resolve.initialisms`)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("В Институте почвоведения лесов и лугов прошла конференция. Сотрудники ИПЛиЛ выступили с докладами.",
     "ИПЛиЛ", "Институт почвоведения лесов и лугов"),
    ("Суд арестовал сотрудников Управления кадровой безопасности и противодействия коррупции. Бывший глава "
     "УКБиПК Иван Заречный вины не признал.", "УКБиПК", "Управление кадровой безопасности и противодействия коррупции"),
])
def test_an_abbreviation_with_its_conjunction(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Международная лига бобслея (IBSL) провела заседание в Берлине. Решение ИБСЛ вступит в силу в мае.",
     "ИБСЛ", "Международная лига бобслея"),
])
def test_a_latin_abbreviation_spelt_in_cyrillic(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Перед закрытием Кедрфондбанком своих офисов холдинг погасил долг перед КФБ досрочно.", "КФБ",
     "Кедрфондбанк"),
    ("Клиенты Зарсвязьбанка получили письма. В ЗСБ объяснили сбой.", "ЗСБ", "Зарсвязьбанк"),
])
def test_an_abbreviation_of_a_compound_banks_name(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention", [
    # its letters not in the name in that order: not that bank
    ("Клиенты Зарсвязьбанка получили письма. В ЗКБ объяснили сбой.", "ЗКБ"),
])
def test_other_letters_are_another_body(models, text, mention):
    assert org_entity_names(text, models)[mention] != "Зарсвязьбанк"


@pytest.mark.parametrize("surface, expected", [
    ("ИПЛиЛ", "ИПЛЛ"), ("ГУЭБиПК", "ГУЭБПК"), ("ФХР", "ФХР"), ("Иван", None), ("иПК", None),
])
def test_abbreviation_key(surface, expected):
    from nerpipe.resolve.initialisms import abbreviation_key

    assert abbreviation_key(surface) == expected


@pytest.mark.parametrize("latin, expected", [
    ("IIHF", "ИИХФ"), ("WADA", "ВАДА"), ("ICC", None), ("XYZ", None),
])
def test_cyrillic_spelling(latin, expected):
    from nerpipe.resolve.initialisms import cyrillic_spelling

    assert cyrillic_spelling(latin) == expected
