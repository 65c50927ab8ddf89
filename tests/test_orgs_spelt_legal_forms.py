"""A legal form spelt out before a quoted name (``Коммерческий банк «Вектор»``, ``Акционерное общество
«Вектор»``) is dropped by the key of the name, as its abbreviation is (``КБ «Вектор»``): the name alone elsewhere
is the same body."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, one", [
    # a legal form spelt out before a quoted name, then the name alone: one bank
    ("Банк России отозвал лицензию у Коммерческого Банка «Новый Луговой Банк». Как отметил регулятор, Новый Луговой "
     "Банк не кредитовал экономику.", ("Коммерческого Банка «Новый Луговой Банк»", "Новый Луговой Банк")),
])
def test_spelt_legal_form_one_body(models, text, one):
    result = analyze(text, models)
    assert len({m.entity_id for m in result.mentions if m.text in one}) == 1
