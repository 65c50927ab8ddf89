"""A quoted name after a noun of a programme, a broadcast or a launch site names no organization."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mentions", [
    ("Сюжет показали в выпуске программы «Вечер» на Первом канале.", {"Первом канале"}),
    ("Победители увидят запуск с космодрома «Заречный».", set()),
    ("Ведущий телепередачи «Угадай» покинул канал «Вектор-ТВ».", {"Вектор-ТВ"}),
    # a body after such a noun keeps its span
    ("Программа развития ООН выделила средства.", {"ООН"}),
])
def test_quoted_name_of_no_body(models, text, mentions):
    assert set(org_entity_names(text, models)) == mentions
