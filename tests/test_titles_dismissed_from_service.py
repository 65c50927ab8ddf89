"""A decree ``об освобождении от должности и увольнении с гражданской службы министра A и министра B``: the
nouns of leaving are one decision, the service left takes the post in it, and the leaving governs every
conjunct. A minister appointed after a dismissal is current. Every name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows

DECREE = ("Губернатор подписал распоряжение об освобождении от должности и увольнении с гражданской службы министра "
          "культуры Петра Орлова и министра спорта Ивана Сидорова.")


@pytest.mark.parametrize("text, expected", [
    (DECREE, ("Пётр Орлов", "министр культуры", True)),
    (DECREE, ("Иван Сидоров", "министр спорта", True)),
    ("Губернатор подписал распоряжение об увольнении с государственной гражданской службы министра культуры Петра "
     "Орлова.", ("Пётр Орлов", "министр культуры", True)),
    ("Губернатор уволил министра культуры Петра Орлова и назначил министра спорта Ивана Сидорова.",
     ("Иван Сидоров", "министр спорта", False)),
    ("Губернатор обсудил увольнение с гражданской службы министра культуры Петра Орлова.",
     ("Пётр Орлов", "министр культуры", False)),
])
def test_dismissed_from_the_service(models, text, expected):
    assert expected in holder_former_rows(text, models)
