"""A title does not end in adjectives after a comma: they open the next title (``советника департамента …,
федерального инспектора …``)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def positions(text: str, models) -> set[str]:
    return {f.position for f in analyze(text, models).positions}


@pytest.mark.parametrize("text, expected", [
    ("До этого Иван Орлов занимал должность советника департамента по вопросам экономической и социальной "
     "политики, федерального инспектора аппарата полномочного представителя президента.",
     {"советник департамента по вопросам экономической и социальной политики",
      "федеральный инспектор аппарата полномочного представителя президента"}),
    ("Иван Орлов был советником департамента социальной политики, главным инспектором управления.",
     {"советник департамента социальной политики", "главный инспектор управления"}),
])
def test_adjectives_after_a_comma_open_the_next_title(models, text, expected):
    assert expected <= positions(text, models)
