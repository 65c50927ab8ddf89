"""A kind written after an abbreviation and a hyphen (``ЗКБ-банка``) is the body the document names by that
abbreviation alone (:func:`nerpipe.resolve.org_spellings.join_prefixed_abbreviations`); with no body of that
abbreviation, a common noun as before (``ИТ-компании``, :mod:`nerpipe.resolve.prefixed_kinds`)."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # the document calls the abbreviation by the noun elsewhere (``Банк ЗКБ``, ``банке «КЛФ»``)
    ("Акционеры ЗКБ одобрили сделку. Банк ЗКБ сообщил о прибыли. Совет директоров ЗКБ-банка собрался в мае.",
     "ЗКБ-банка", "ЗКБ"),
    ("Владельцы КЛФ подали иск. В банке «КЛФ» его не комментируют. Претензия участников КЛФ-банка к фирме "
     "«Кедрон» отклонена.", "КЛФ-банка", "КЛФ"),
])
def test_a_kind_after_an_abbreviation_named_alone(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, other", [
    # the company named alone is no bank: its bank is another body
    ("Акции ЗТС выросли на бирже. Клиенты ЗТС-банка получили письма.", "ЗТС-банка", "ЗТС"),
    ("Выручка КЛФ выросла. Глава КЛФ-лизинга Иван Сосна ушёл в отставку.", "КЛФ-лизинга", "КЛФ"),
])
def test_a_kind_after_an_abbreviation_of_another_kind_is_another_body(models, text, mention, other):
    assert org_entity_names(text, models).get(mention) != other


@pytest.mark.parametrize("text", [
    "Акции ИТ-компании выросли на бирже в Кедрове.",
    "Акционеры ЗКБ одобрили сделку. Акции ИТ-компании выросли.",
])
def test_a_prefixed_kind_without_its_body_is_no_body(models, text):
    assert not [m for m in analyze(text, models).mentions if m.type == "ORG" and "-" in m.text]
