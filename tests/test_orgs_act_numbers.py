"""The number of an act is no body: a code of capital letters with digits after ``№`` or after the date of an
act (``приказом от … № ОД-318``); a body with a number (``ТЭЦ-22``, ``школы № 12``) keeps its span, after an act's
date too (``от 2019 года ГЭС-3``). The central bank's abbreviation ``ЦБР`` names the bank."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_texts


@pytest.mark.parametrize("text, not_expected", [
    ("Банк России приказом от 14.02.2019 № ОД-318 отозвал лицензию у банка «Заречный кредит».", "ОД-318"),
    ("Приказом от 11.11.2017 № ОД-2290 лицензия банка «Луговой» отозвана.", "ОД-2290"),
    ("Регулятор приказом от 02.07.2020 № ОД-1045 ввёл временную администрацию в Заречном банке.", "ОД-1045"),
    ("Приказом Банка России от 5 04 2018 года ОД 771 назначена временная администрация банка «Вектор».", "ОД"),
])
def test_act_number_no_body(models, text, not_expected):
    assert not_expected not in org_texts(text, models)


@pytest.mark.parametrize("text, expected", [
    ("ТЭЦ-22 выработала рекордный объём тепла.", "ТЭЦ-22"),
    ("Ученики школы № 12 победили в олимпиаде.", "школы № 12"),
    # after an act's date, a code that opens with the abbreviation of a kind of body is the body
    ("Постановлением мэрии от 2019 года ГЭС-3 закрыта на ремонт.", "ГЭС-3"),
    ("Приказом министерства от 12 05 2020 года ТЭЦ-4 передана в аренду.", "ТЭЦ-4"),
    ("Постановлением мэрии от 2019 года ИК-5 закрыта на ремонт.", "ИК-5"),
])
def test_numbered_body_kept(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Решение ЦБР о санации банка «Заречный» принято в среду. Как сообщил Банк России, вкладчики получат выплаты.",
     "Центральный банк Российской Федерации"),
])
def test_central_bank_abbreviation(models, text, expected):
    result = analyze(text, models)
    ids = {m.entity_id for m in result.mentions if m.text in ("ЦБР", "Банк России")}
    assert len(ids) == 1
    assert expected in {org.name for org in result.organizations}

