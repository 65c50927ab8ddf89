"""``страны`` ending a body's name in a text about one Russian region, with no foreign country named before it nor in
its sentence or the next one, is Russia: ``Министерство финансов Российской Федерации``, not the words as written.
Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Губернатор Тверской области Иван Рыков встретился с ректором. Речь шла о подготовке приказа министерства "
     "финансов страны о субсидиях.", "министерства финансов страны", "Министерство финансов Российской Федерации"),
    ("В Тверской области открыли новую больницу. Как сообщили в министерстве здравоохранения страны, таких "
     "больниц будет десять.", "министерстве здравоохранения страны",
     "Министерство здравоохранения Российской Федерации"),
    # a foreign country named before it: not Russia's
    ("Губернатор Тверской области Иван Рыков посетил Чехию, где правительство страны обещало помощь.",
     "правительство страны", "Правительство страны"),
    # a foreign country named after it, in the next sentence or later in its own: not Russia's
    ("Делегация Тверской области провела переговоры в министерстве сельского хозяйства страны. Визит в Казахстан "
     "продлится три дня.", "министерстве сельского хозяйства страны", "Министерство сельского хозяйства страны"),
    ("Губернатор Тверской области посетит министерство экономики страны в ходе визита в Узбекистан.",
     "министерство экономики страны", "Министерство экономики страны"),
])
def test_a_country_word_in_a_text_about_a_region(models, text, mention, expected):
    names = org_entity_names(text, models)
    assert names.get(mention) == expected, names
