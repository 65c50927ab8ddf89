"""A member of a delegation named with its place (``в составе делегации парламента Казахстана депутат X``, ``Делегация
… прибыла в Москву. В её составе депутат X``) is of the delegation's country or region, not of the host's."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows, holder_region_rows


@pytest.mark.parametrize("text, expected", [
    ("Делегация парламента Казахстана прибыла в Москву. В её составе депутат Иван Заречный и депутат Пётр "
     "Сосновский. Гостей встретил председатель Госдумы Олег Кедров.", ("Иван Заречный", "депутат", "KZ")),
    ("В Тверь прибыли гости. В составе делегации парламента Казахстана депутат Иван Заречный. Гостей встретил "
     "губернатор Олег Кедров.", ("Иван Заречный", "депутат", "KZ")),
    # a delegation of no place says nothing
    ("В составе делегации депутат Иван Заречный. Тверь встретила гостей.", ("Иван Заречный", "депутат", None)),
])
def test_a_delegations_member_is_of_its_country(models, text, expected):
    assert expected in holder_country_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Делегация Тверской области посетила Казань. В её составе депутат Иван Заречный.",
     ("Иван Заречный", "депутат", "RU-TVE")),
])
def test_a_delegations_member_is_of_its_region(models, text, expected):
    assert expected in holder_region_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # the host who meets the delegation, past a verb of the same sentence, is not its member
    ("Делегация Китая прибыла в Тверь. В её составе пять министров, их встретил губернатор Игорь Сомов.",
     ("Игорь Сомов", "губернатор", "CN")),
    ("В Тверь прибыли гости. В составе делегации Китая пять министров, гостей принимает губернатор Игорь Сомов.",
     ("Игорь Сомов", "губернатор", "CN")),
    ("Делегация Китая прибыла в Тверь. В её составе пять министров, а со стороны хозяев — губернатор Игорь Сомов.",
     ("Игорь Сомов", "губернатор", "CN")),
])
def test_a_host_is_no_member(models, text, expected):
    assert expected not in holder_country_rows(text, models)
