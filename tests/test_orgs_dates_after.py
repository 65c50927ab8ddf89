"""A date after an organization's name is not part of it (:func:`nerpipe.spans.growth.grow_right`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _orgs(text: str, models) -> set[str]:
    return {m.text for m in analyze(text, models).mentions if m.type == "ORG"}


@pytest.mark.parametrize("text, expected, absent", [
    ("Об этом министр сообщил на брифинге в областной администрации 5 марта.", "областной администрации",
     "областной администрации 5 марта"),
    ("Об этом министр сообщил на брифинге в региональном правительстве 19 января.", "региональном правительстве",
     "региональном правительстве 19 января"),
    ("Заседание прошло в министерстве финансов 3 апреля 2023 года.", "министерстве финансов",
     "министерстве финансов 3 апреля"),
])
def test_a_date_after_a_body(models, text, expected, absent):
    found = _orgs(text, models)
    assert expected in found and absent not in found


@pytest.mark.parametrize("text, expected", [
    # a number that is the body's own
    ("Команда лицея № 5 победила в олимпиаде.", "лицея № 5"),
    ("Итоги олимпиады подвела школа № 12.", "школа № 12"),
])
def test_a_number_of_the_body_kept(models, text, expected):
    assert expected in _orgs(text, models)
