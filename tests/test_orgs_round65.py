"""Organizations of the sixty-fifth round: a legal form before a person's first name and surname in an oblique
case is no company's name (the person heads the company the title names); a quoted name whose last word the text
declines beside the name in the nominative is that company; a unit named with its body's abbreviation (as written or
as the dictionary writes it) and with the body's name in the genitive is one unit; the plural of a kind's noun
before a country is no dictionary body of that country."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, org_texts, person_mentions


@pytest.mark.parametrize("text, person, mention", [
    # a legal form closing a title, the person in the instrumental after it
    ("Мэр обсудил планы с гендиректором АО Виктором Шамриным.", "Виктор Шамрин", "Виктором Шамриным"),
    ("Гендиректор АО Виктором Шамриным подписал приказ.", "Виктор Шамрин", "Виктором Шамриным"),
    # the dative
    ("Мэр вручил награду директору ООО Ирине Сомовой.", "Ирина Сомова", "Ирине Сомовой"),
])
def test_oblique_person_after_legal_form_stays_a_person(models, text, person, mention):
    assert (person, (mention,)) in person_mentions(text, models)
    assert not [t for t in org_texts(text, models) if mention in t]


@pytest.mark.parametrize("text, org", [
    # a company's name after a legal form stays the company's
    ("Контракт получило ООО Вектор-Плюс из Кашина.", "ООО Вектор-Плюс"),
])
def test_name_after_legal_form_stays_a_company(models, text, org):
    assert org in org_texts(text, models)


@pytest.mark.parametrize("text, mention, name", [
    # a quoted name whose last word the text declines, beside the name in the nominative: one company
    ("«Вектор нефть» открыла месторождение. Запасы «Вектор нефти» выросли.", "Вектор нефти", "Вектор нефть"),
    ("«Кедр сталь» купила завод. Акционеры «Кедр стали» одобрили сделку.", "Кедр стали", "Кедр сталь"),
])
def test_declined_last_word_is_the_named_company(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, expected", [
    # a last word that may be a plural nominative is read as declined only where a noun or a preposition governs
    # the name's case: a name opening a sentence, or after the word of its kind, is a name of its own
    ("«Омега сети» и «Омега сеть» заключили соглашение.", {"Омега сети": "Омега сети", "Омега сеть": "Омега сеть"}),
    ("Фирма «Дом посуды» открыла склад. «Дом посуда» закрылась.",
     {"Фирма «Дом посуды»": "Дом посуды", "Дом посуда": "Дом посуда"}),
    # governed by a noun: one company
    ("Выручка «Омега сети» выросла. «Омега сеть» открыла офис.",
     {"Омега сети": "Омега сеть", "Омега сеть": "Омега сеть"}),
    # the quotes escaped with a backslash, as some pages write them
    ('«Омега сеть» открыла офис. Один из центров \\"Омега сети\\" вырос.',
     {"Омега сеть": "Омега сеть", "Омега сети": "Омега сеть"}),
])
def test_plural_reading_declined_only_where_governed(models, text, expected):
    assert org_entity_names(text, models) == expected



@pytest.mark.parametrize("text, short, full", [
    # a unit with its body's abbreviation, and with the body's name in the genitive, the abbreviation given
    # elsewhere than right after the unit: one unit
    ("Заречная федерация гребли (ЗФГ) провела турнир. Исполком Заречной федерации гребли собрался в мае. "
     "На исполкоме ЗФГ обсудили календарь.", "исполкоме ЗФГ", "Исполком Заречной федерации гребли"),
    # the body's abbreviation written in Latin letters, which its dictionary writes otherwise
    ("Совет Международной федерации хоккея обсудил календарь. Совет IIHF соберётся в мае.",
     "Совет IIHF", "Совет Международной федерации хоккея"),
])
def test_unit_with_abbreviation_and_genitive_name(models, text, short, full):
    assert org_entity_names(text, models).get(short) == full


@pytest.mark.parametrize("text, expected", [
    # a plural of a kind's noun before a country: many banks, not the dictionary's bank of the country; the body
    # the text names besides stays
    ("Банки РФ в марте подняли ставки по вкладам, сообщила Ассоциация заречных банков.",
     ["Ассоциация заречных банков"]),
    ("Банки России в марте подняли ставки, сообщило агентство «Заречье-Инфо».", ["агентство «Заречье-Инфо»"]),
    ("Банки России в январе сократили выдачу кредитов.", []),
])
def test_plural_kind_is_no_dictionary_body(models, text, expected):
    assert org_texts(text, models) == expected
