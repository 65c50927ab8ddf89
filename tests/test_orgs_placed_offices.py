"""A federal agency's regional office named by its region's adjective and its abbreviation: the adjective is part
of the span, and the office is named with ``по`` and its region, one body with the office the text names so."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    ("Руководитель свердловского УФАС Петр Кедров заявил о штрафе.", "свердловского УФАС",
     "УФАС по Свердловской области"),
    ("Томское УФАС возбудило дело против компании «Кедр».", "Томское УФАС", "УФАС по Томской области"),
    ("Сотрудники омского ГУ МВД задержали Петра Кедрова.", "омского ГУ МВД", "ГУ МВД по Омской области"),
    # the office named so elsewhere in the text: one body
    ("УФАС по Томской области возбудило дело. Томское УФАС уже оштрафовало компанию «Кедр».", "Томское УФАС",
     "УФАС по Томской области"),
])
def test_office_named_by_its_region_adjective(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    # a dictionary's body takes no adjective
    ("Российское МВД сообщило о задержании Петра Кедрова.", "МВД", "Министерство внутренних дел Российской Федерации"),
])
def test_other_bodies_take_no_adjective(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    # an abbreviation that opens with ``У`` but names no agency's office: the adjective's company as written
    ("Ульяновский УАЗ увеличил выпуск машин.", "Ульяновский УАЗ", "Ульяновский УАЗ"),
    ("Свердловская УГМК отчиталась о прибыли.", "Свердловская УГМК", "Свердловская УГМК"),
    ("Томский УКЗ сократил выпуск кирпича.", "Томский УКЗ", "Томский УКЗ"),
])
def test_other_u_abbreviations_are_no_offices(models, text, mention, name):
    assert org_entity_names(text, models).get(mention, mention) == name
