"""A dictionary body named by its name and its country's one-word name after it (``ФБР США``,
:meth:`nerpipe.orgs.OrgLexicon.lookup`): that body when the dictionary gives it that country; another
country's name, no body; a name of an adjective, its noun and an owner is the body the dictionary names by their
compound (``Генеральный штаб РФ`` → ``Генштаб России``)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("name, expected", [
    ("ФБР США", "Федеральное бюро расследований"),
    ("МИ-6 Великобритании", "Секретная разведывательная служба Великобритании"),
    ("ЦРУ США", "Центральное разведывательное управление"),
    # the country is not the body's own: no body
    ("ФБР Канады", None),
    ("ЦРУ Британии", None),
    # Russia's bodies as before
    ("Генштаб России", "Генеральный штаб Вооружённых сил Российской Федерации"),
    ("Генштаб РФ", "Генеральный штаб Вооружённых сил Российской Федерации"),
    # the compound of the adjective and its noun
    ("Генеральный штаб РФ", "Генеральный штаб Вооружённых сил Российской Федерации"),
    ("Генеральный штаб России", "Генеральный штаб Вооружённых сил Российской Федерации"),
    ("Генеральный штаб Украины", None),
    ("Генеральный штаб", None),
])
def test_a_body_with_its_country_after(models, name, expected):
    ref = models.orgs.lookup(name)
    assert (ref.name if ref else None) == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Агентство Financial Wire сообщает, что ФБР США проверит фирму «Кедрон». Источник в ФБР это подтвердил.",
     "ФБР США", "Федеральное бюро расследований"),
    ("Газета «Вечерний Кедров» пишет, что сотрудник МИ6 встречался с Иваном Сосной.",
     "МИ6", "Секретная разведывательная служба Великобритании"),
])
def test_one_row_for_the_body_and_its_country(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
