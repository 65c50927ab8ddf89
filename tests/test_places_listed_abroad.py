"""A small Russian town listed beside a place of the one foreign country a text is about, in a text naming no
other place of its region, is a town of that country of the same name (:func:`nerpipe.resolve.locations.
placed_abroad`): ``городов Семея и Курчатова`` in a text about Kazakhstan is no town of Kursk Oblast."""

from __future__ import annotations

import pytest

from .conftest import analyze, places_of


def place_of(text: str, models, surface: str) -> set[tuple[str, str | None, str | None]]:
    """``(name, region, country)`` of the places of the LOC mentions ``surface``."""
    result = analyze(text, models)
    by_id = {p.location_id: p for p in result.locations}
    return {(by_id[m.entity_id].name, by_id[m.entity_id].region_code, by_id[m.entity_id].country_code)
            for m in result.mentions if m.type == "LOC" and m.text == surface and m.entity_id in by_id}


KAZAKH = ("Аким Восточно-Казахстанской области Ерлан Сапаров рассказал о планах. Новые школы откроют в городах "
          "Семее и Курчатове. Восточно-Казахстанская область получит средства из бюджета Казахстана.")


@pytest.mark.parametrize("text, surface, expected", [
    (KAZAKH, "Курчатове", ("Курчатов", None, "KZ")),
])
def test_a_town_listed_abroad_is_the_countrys(models, text, surface, expected):
    assert place_of(text, models, surface) == {expected}


@pytest.mark.parametrize("text, surface, expected", [
    # a text about Russia: the Russian town
    ("Губернатор Курской области Иван Котов рассказал о планах. Новые школы откроют в городах Льгове и Курчатове. "
     "Курская область получит средства.",
     "Курчатове", ("Курчатов", "RU-KRS", "RU")),
    # the town's region is named: the Russian town
    ("Делегация Курской области приехала в Казахстан. Новые школы откроют в городах Семее и Курчатове. "
     "Казахстан получит средства из бюджета Казахстана.",
     "Курчатове", ("Курчатов", "RU-KRS", "RU")),
    # a region's centre listed abroad stays Russia's
    ("В Казахстане открыли выставку. Гости приехали из Павлодара и Омска. Казахстан принял гостей.",
     "Омска", ("Омск", "RU-OMS", "RU")),
])
def test_a_town_not_listed_abroad_stays(models, text, surface, expected):
    assert place_of(text, models, surface) == {expected}


@pytest.mark.parametrize("text, surface, expected", [
    # a place the gazetteer does not know, said to be near a town abroad: of that town's country
    ("Премьеры Армении и Азербайджана провели встречу в Кедрани, неподалеку от Тбилиси.", "Кедрани",
     ("Кедрани", None, "GE")),
    ("Министры Турции и Ирана посетили лагерь в Кедрани, в 30 км от Дамаска.", "Кедрани", ("Кедрани", None, "SY")),
    ("Лидеры Египта и Израиля встретились в Кедрани близ Аммана.", "Кедрани", ("Кедрани", None, "JO")),
    # a place in the locative after it is where the place is not: no country from it
    ("Премьеры Армении и Азербайджана провели встречу в Кедрани. В Тбилиси их ждали позже.", "Кедрани",
     ("Кедрани", None, None)),
])
def test_a_place_near_a_town_abroad_is_of_its_country(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
