"""A region named by initials several regions share (``РБ``) in a text about one of them is that region. Every
sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _places(text: str, models) -> dict[str, tuple[str, str | None, str | None]]:
    result = analyze(text, models)
    places = {p.location_id: p for p in result.locations}
    return {m.text: (places[m.entity_id].name, places[m.entity_id].region_code, places[m.entity_id].country_code)
            for m in result.mentions if m.type == "LOC"}


@pytest.mark.parametrize("text, mention, expected", [
    ("Жители Уфы вышли на субботник. В РБ в этом году высадят тысячу деревьев.", "РБ",
     ("Республика Башкортостан", "RU-BA", "RU")),
    ("В Улан-Удэ открыли школу. Всего в РБ в этом году откроют пять школ.", "РБ",
     ("Республика Бурятия", "RU-BU", "RU")),
    # a text about Belarus: the country (its Республика Беларусь initials)
    ("В Минске прошло совещание. В РБ в этом году высадят тысячу деревьев.", "РБ", ("Белоруссия", None, "BY")),
])
def test_initials_of_the_texts_region(models, text, mention, expected):
    assert _places(text, models)[mention] == expected
