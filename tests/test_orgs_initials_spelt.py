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
    ("Вкладчики Кедринвестбанка получили письма. В КИБ объяснили сбой.", "КИБ", "Кедринвестбанк"),
    # a compound of another noun than a bank's (``Зарнефтьгаз``: ``зар``, ``нефть``, ``газ``)
    ("Акции Зарнефтьгаза выросли. Глава ЗНГ объяснил рост.", "ЗНГ", "Зарнефтьгаз"),
])
def test_an_abbreviation_of_a_compound_banks_name(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention", [
    # its letters not in the name in that order: not that bank
    ("Клиенты Зарсвязьбанка получили письма. В ЗКБ объяснили сбой.", "ЗКБ"),
    # its letters in the name in that order, but not the initials of its stems (``С`` inside ``инвест``)
    ("Клиенты Кедринвестбанка получили письма. В КСБ объяснили сбой.", "КСБ"),
])
def test_other_letters_are_another_body(models, text, mention):
    assert org_entity_names(text, models).get(mention) not in ("Зарсвязьбанк", "Кедринвестбанк")


@pytest.mark.parametrize("surface, expected", [
    ("ИПЛиЛ", "ИПЛЛ"), ("ГУЭБиПК", "ГУЭБПК"), ("ФХР", "ФХР"), ("Иван", None), ("иПК", None),
])
def test_key_abbreviation(surface, expected):
    from nerpipe.resolve.initialisms import key_abbreviation

    assert key_abbreviation(surface) == expected


@pytest.mark.parametrize("latin, expected", [
    ("IIHF", "ИИХФ"), ("WADA", "ВАДА"), ("NASA", "НАСА"), ("ICC", None), ("XYZ", None),
    # read by the names of its letters, not as a word: no letter-by-letter Cyrillic spelling
    ("FBI", None), ("WHO", None), ("BBS", None),
])
def test_spell_in_cyrillic(latin, expected):
    from nerpipe.resolve.initialisms import spell_in_cyrillic

    assert spell_in_cyrillic(latin) == expected


@pytest.mark.parametrize("word, expected", [
    ("Кедринвестбанк", {"КИБ"}), ("Зарсвязьбанк", {"ЗСБ"}), ("Банк", set()),
])
def test_the_initials_of_a_compounds_stems(models, word, expected):
    from nerpipe.resolve.initialisms import read_compound_initials

    assert expected <= read_compound_initials(word, models.gazetteer.morph) if expected \
        else read_compound_initials(word, models.gazetteer.morph) == expected
