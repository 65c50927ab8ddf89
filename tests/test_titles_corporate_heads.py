"""A title of a state that heads a company, a club or an academy as well (``президент``, ``вице-президент``) with
a dependent that names no state (``президент компании``, ``вице-президент по финансам``) is a body's post: the
country a document is about, which a state's bare title takes, is not its country. Every name is invented."""

from __future__ import annotations

import pytest

from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Совет директоров завода утвердил в должности президента компании Пера Линдберга. Пер Линдберг является "
     "выпускником Стокгольмского университета, 12 лет он отдал службе в Вооруженных силах Швеции.",
     ("Пер Линдберг", "президент компании", None, None, None)),
    ("Совет директоров завода назначил Пера Линдберга вице-президентом по финансам. Пер Линдберг является "
     "выпускником Стокгольмского университета, 12 лет он отдал службе в Вооруженных силах Швеции.",
     ("Пер Линдберг", "вице-президент по финансам", None, None, None)),
])
def test_a_body_s_president_takes_no_country_of_the_text(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Парламент Киргизии принял закон. Президент страны Азамат Турсунов подписал его.",
     ("Азамат Турсунов", "президент страны", None, None, "KG")),
])
def test_a_state_s_president_keeps_it(models, text, expected):
    assert expected in rows(text, models)
