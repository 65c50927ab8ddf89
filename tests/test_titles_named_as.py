"""A name right before ``как`` holds the title after it in its case, the capacity it is named in: ``утвердил Петра
Орлова как гендиректора``, ``Игорю Валову как главе района``, ``Игорь Валов как министр заявил``; not a title that
agrees with no name there."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Совет директоров утвердил Игоря Валова как гендиректора компании.",
     ("Игорь Валов", "гендиректор компании", False)),
    ("Встреча прошла с участием Игоря Валова как генерального директора компании.",
     ("Игорь Валов", "генеральный директор компании", False)),
    ("Игорю Валову как главе района вручили грамоту.", ("Игорь Валов", "глава района", False)),
    ("Игорь Валов как министр заявил о поддержке.", ("Игорь Валов", "министр", False)),
])
def test_named_as(models, text, expected):
    assert expected in holder_former_rows(text, models)


def test_not_named_as_across_a_comma(models):
    rows = holder_former_rows("Решение поддержал Игорь Валов, как и министр Пётр Кротов.", models)
    assert not {r for r in rows if r[0] == "Игорь Валов" and r[1] == "министр"}
