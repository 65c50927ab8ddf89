"""A company's two spellings the normalizer cannot tell apart are one body (nerpipe.resolve.misread_names): a
one-word mention pymorphy misread beside the name it declines from, and a bank's name with ``банк`` run into it
beside the bank's name."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # a misread oblique form of the document's one-word name
    ("Центробанк отозвал лицензию у банка «Зорькотраст». Контрагенты 'Зорькотраста' закрыли на него лимиты.",
     "Зорькотраста", "Зорькотраст"),
    # a bank's name with ``банк`` run into it, beside the bank's name
    ("Центробанк отозвал лицензию у банка «Зорькотраст». Проблемы у Зорькотрастбанка начались после отзыва.",
     "Зорькотрастбанка", "Зорькотраст"),
    # a body the text never calls a bank stays apart from the bank of its name
    ("Акции «Нефтепрома» выросли. Председатель правления Нефтепромбанка Иван Дорин выступил.",
     "Нефтепромбанка", "Нефтепромбанк"),
    # alone, nothing to join
    ("Проблемы у Зорькотрастбанка начались после отзыва лицензии.", "Зорькотрастбанка", "Зорькотрастбанк"),
])
def test_spellings_of_one_company(text, mention, expected, models):
    assert org_entity_names(text, models)[mention] == expected
