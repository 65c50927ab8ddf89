"""An adjective the tagger took as a place of its own right before a district's noun (``Дзержинский`` of
``Дзержинский район``, ``Октябрьского`` of ``Октябрьского района``) is that district of no region, as when the
span holds the noun (:func:`nerpipe.resolve.unknown_places.name_districts`): not the town of the adjective's name,
so a governor of the text is not given that town's region. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import places_of
from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Иван Кедров возглавил Дзержинский район\nМестные депутаты единогласно избрали его главой муниципального округа, "
     "сообщил губернатор Олег Пастухов.",
     ("Олег Пастухов", "губернатор", None, None, None)),
])
def test_a_district_adjective_is_no_town_of_its_name(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, surface, expected", [
    ("Иван Кедров возглавил Дзержинский район\nМестные депутаты единогласно избрали его главой муниципального "
     "округа, сообщил губернатор Олег Пастухов.",
     "Дзержинский", ("Дзержинский район", None, None)),
])
def test_a_district_adjective_is_the_district(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
