"""The country of a body named after a noun in apposition whose adjective names a country, on all its mentions
(nerpipe.resolve.described_countries)."""

from __future__ import annotations

import pytest

from .conftest import org_countries


@pytest.mark.parametrize("text, mention, expected", [
    # a later mention's description gives the body its country
    ("Сделку одобрила структура Zentrix и Катара. Консорциум из швейцарского сырьевого трейдера Zentrix и "
     "катарского инвестфонда QIB договорился о продаже китайской компании.", "Zentrix", "CH"),
    # a noun of what the body is to another: the adjective is the other's
    ("Сделку одобрил Zentrix и Катар. Его российский партнёр Kedron выступил против китайской компании.",
     "Kedron", None),
    # a name in a case of its own owns the noun: a person of the body, not the body
    ("Матч выиграл «Кедр». Команду возглавил Пётр Зорин, ставший аргентинским тренером «Кедра».", "Кедра", None),
    ("Матч выиграл «Кедр». Гол забил Иван Зорин, бразильский нападающий «Кедра».", "Кедра", None),
    # a noun in apposition to the person named right after the body, in its case: the person's country
    ("Гонку в Казани выиграл финский гонщик Zentrix Ларс Нурми, вторым пришёл Пётр Зорин из Москвы.", "Zentrix", None),
    ("Кубок вручили финскому гонщику Zentrix Ларсу Нурми на трассе под Казанью, сообщили в Москве.", "Zentrix", None),
    # a name after the body in a case of its own: the noun is still the body's
    ("В Москве побывал глава швейцарского трейдера Zentrix Иван Зорин, сообщили в компании.", "Zentrix", "CH"),
    # the tree tells whom the name stands in apposition to, also when both are in the genitive
    ("В Москве отметили слова главы швейцарского трейдера Zentrix Ивана Петрова, сообщили в компании.", "Zentrix",
     "CH"),
    ("Слова финского гонщика Zentrix Ларса Нурми удивили Москву.", "Zentrix", None),
    # a quoted name in apposition, in the nominative, is the body
    ("Сделку одобрил «Кедр». Консорциум из катарского трейдера «Кедр» и банка договорился о продаже.", "Кедр",
     "QA"),
])
def test_country_of_a_description(text, mention, expected, models):
    assert org_countries(text, models)[mention] == expected
