"""``отправить в отставку`` ends a post with no ``с поста`` after it: the title of the one sent into retirement,
the object of the active verb or the subject of the passive, is a former one. Every name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Президент компании Олег Ветров досрочно отправлен в отставку.", ("Олег Ветров", "президент компании", True)),
    ("Совет директоров досрочно отправил в отставку президента компании Олега Ветрова.",
     ("Олег Ветров", "президент компании", True)),
    ("Глава района Олег Ветров отправлен в командировку.", ("Олег Ветров", "глава района", False)),
])
def test_sent_into_retirement(models, text, expected):
    assert expected in holder_former_rows(text, models)
