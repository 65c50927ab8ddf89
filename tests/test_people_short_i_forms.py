"""A full name with a first name in ``-й`` and a surname in ``-а`` both declined (``Прачая Вонгсаву``) is the case
form of the one written in the nominative in the document (invented names)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Премьер Сурачай Чулананта прибыл в Токио. Визит Сурачая Чулананты продлится три дня.",
     {("Сурачай Чулананта", ("Сурачай Чулананта", "Сурачая Чулананты"))}),
    ("Премьер Сурачай Чулананта прибыл в Токио. Сурачаю Чулананте показали завод.",
     {("Сурачай Чулананта", ("Сурачай Чулананта", "Сурачаю Чулананте"))}),
    # another first name: another person
    ("Премьер Сурачай Чулананта прибыл в Токио. Прачая Чулананту встретил министр.",
     {("Сурачай Чулананта", ("Сурачай Чулананта",)), ("Прачай Чулананта", ("Прачая Чулананту",))}),
])
def test_short_i_forms(models, text, expected):
    assert person_mentions(text, models) == expected
