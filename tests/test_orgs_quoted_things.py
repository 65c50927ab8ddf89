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
    # a body's declined name after a noun that is also a handing over or a body's plan: its owner or recipient
    ("После передачи «Кедрнефти» пакета акций завода компания сменила руководство.", {"Кедрнефти"}),
    ("После передачи «Кедрбанку» здания школы ремонт начался сразу.", {"Кедрбанку"}),
    ("Участники программы «Кедрбанка» получат кредиты.", {"Кедрбанка"}),
    ("Программа «Кедр» выиграла тендер, а программы «Кедрсофта» проиграли.", {"Кедрсофта"}),
    # a title that does not decline with the noun is the programme's own name
    ("Ведущий передачи «Угадай» покинул канал «Вектор-ТВ».", {"Вектор-ТВ"}),
    ("Зрители программы «Кедровка» увидели сюжет на канале «Вектор-ТВ».", {"Вектор-ТВ"}),
])
def test_quoted_name_of_no_body(models, text, mentions):
    assert set(org_entity_names(text, models)) == mentions
