"""One body for a region's legislature however a text names it (:mod:`nerpipe.resolve.legislatures`):
``Парламент`` of a region, ``Заксобрание`` and a level's ``парламент`` are the legislature the text names by
its own name."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # the region's parliament beside its legislature's own name: that legislature
    ("Законодательное собрание Омской области приняло закон о парках. Парламент Омской области собрался "
     "в мае.", "Парламент Омской области", "Законодательное собрание Омской области"),
    ("Дума Ставропольского края приняла закон о рынках. Парламент Ставропольского края соберётся вновь в мае.",
     "Парламент Ставропольского края", "Дума Ставропольского края"),
    # the compound written out, and one body with the name written in full
    ("Заксобрание Тверской области одобрило бюджет. Законодательное собрание Тверской области соберётся вновь "
     "в мае.", "Заксобрание Тверской области", "Законодательное собрание Тверской области"),
    # a level's parliament in a text naming one legislature
    ("Депутаты Законодательного собрания Новгородской области собрались на сессию. На сессии регионального "
     "парламента обсудили дороги.", "регионального парламента", "Законодательное собрание Новгородской области"),
    ("Законодательное собрание области собралось на сессию. На сессии регионального парламента выступил "
     "губернатор.", "регионального парламента", "Законодательное собрание области"),
    ("Депутаты Законодательного собрания Омской области собрались на сессию. Областной парламент обсудил "
     "дороги.", "Областной парламент", "Законодательное собрание Омской области"),
])
def test_a_regions_legislature_is_one_body(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, absent", [
    # two legislatures named: a level's parliament is neither
    ("Законодательное собрание Омской области и Законодательное собрание Тверской области подписали соглашение. "
     "Региональный парламент обсудил его в мае.", "Региональный парламент",
     {"Законодательное собрание Омской области", "Законодательное собрание Тверской области"}),
    # a foreign parliament stays its country's
    ("Законодательное собрание Омской области приняло закон. Парламент Грузии обсудил его в мае.",
     "Парламент Грузии", {"Законодательное собрание Омской области"}),
    # a town's parliament is not the region's
    ("Законодательное собрание Омской области приняло закон. Городской парламент Омска обсудил его в мае.",
     "Городской парламент Омска", {"Законодательное собрание Омской области"}),
    # another region's parliament is not this region's legislature
    ("Законодательное собрание Омской области приняло закон. Парламент Тверской области обсудил его в мае.",
     "Парламент Тверской области", {"Законодательное собрание Омской области"}),
])
def test_a_parliament_not_made_a_legislature(models, text, mention, absent):
    assert org_entity_names(text, models).get(mention) not in absent
