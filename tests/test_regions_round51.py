"""Places and bodies of round 51's fresh pages, by mechanism: a village or a district of no region takes
the region named nearest before it in a text about no one region; a place named by its name alone is the one the
text names with its noun; a village whose name a town shares is of the text's region; a state's body named without
a country in a text that never names Russia is of the one foreign country its sentence names."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, places_of


@pytest.mark.parametrize("text, surface, expected", [
    # the region named nearest before, where the text is about no one region
    ("Паводок охватил Хабаровский край. В Магаданской области введен режим ЧС. В поселке Зорькино уровень воды "
     "превысил критический.", "поселке Зорькино", ("поселок Зорькино", "RU-MAG", "RU")),
    ("В Магаданской области введен режим ЧС. Паводок охватил Хабаровский край. В поселке Зорькино уровень воды "
     "превысил критический.", "поселке Зорькино", ("поселок Зорькино", "RU-KHA", "RU")),
    ("В Хабаровском крае горят леса. Тем временем в Красноярском крае зарегистрировано 70 пожаров. Их площадь "
     "растёт. В Заречинском районе огонь подошёл к дорогам.", "Заречинском районе",
     ("Заречинский район", "RU-KYA", "RU")),
    # a river may cross several regions: none
    ("В Оренбургской области и Алтайском крае паводок. Вода в реке Кедровке поднялась на метр.", "реке Кедровке",
     ("река Кедровка", None, None)),
    # a foreign country named between: not the region named before it
    ("В Магаданской области и Хабаровском крае прошли дожди. В Китае наводнение затопило деревню Линьцунь.",
     "деревню Линьцунь",
     ("деревня Линьцунь", None, None)),
])
def test_a_village_takes_the_region_named_before_it(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a village named by its name alone after its noun: one place
    ("Жители покинули поселок Мирошкино, расположенный в Заречинском районе Карелии. Огонь перекинулся на "
     "Мирошкино в воскресенье.", "Мирошкино", ("поселок Мирошкино", "RU-KR", "RU")),
    ("В Нигерии боевики напали на деревню Малабу. Жителям Малабу удалось бежать.", "Малабу",
     ("деревня Малабу", None, "NG")),
    # a hamlet whose name a town of another region shares: the text's region's hamlet
    ("Праздник пройдет в Ульяновской области. Его проведут на хуторе Радужный, сообщили в администрации "
     "Ульяновской области.", "хуторе Радужный", ("хутор Радужный", "RU-ULY", "RU")),
])
def test_a_place_named_alone_is_the_one_named_with_its_noun(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, expected", [
    # a text that never names Russia: the one country of the sentence
    ("Президент Киргизии Алмаз Сатыбалдиев прилетел в Душанбе. В аэропорту его встретил премьер-министр "
     "Таджикистана Кахор Бобоев. Киргизского лидера сопровождают несколько членов Кабмина. Киргизия и "
     "Таджикистан обсудят границу.", "Правительство Киргизии"),
    # a text that names Russia: the dictionary's
    ("Президент Киргизии Алмаз Сатыбалдиев прилетел в Москву. В аэропорту его встретил премьер-министр "
     "Таджикистана Кахор Бобоев. Киргизского лидера сопровождают несколько членов Кабмина. Киргизия и "
     "Таджикистан обсудят границу.", "Правительство Российской Федерации"),
])
def test_a_state_body_of_a_text_that_never_names_russia(models, text, expected):
    assert org_entity_names(text, models)["Кабмина"] == expected
