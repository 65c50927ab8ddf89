"""A body named by a district's adjective (``Кировский райсуд``) is of the region the text is about, not of the
town or region of the same adjective, and a place in the person a body is named after (``имени …``) is none
of the body's (:func:`nerpipe.resolve.locations.placing_tokens`, :mod:`nerpipe.resolve.districts`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _regions(text, models):
    return {o.name: o.region_code for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, name, region", [
    ("Омский областной суд отменил приговор бывшему главе администрации Омска. Дело вернули в Кировский райсуд.",
     "Кировский райсуд", "RU-OMS"),
    ("В Омске прошло заседание. Ленинский районный суд оправдал чиновника мэрии Омска.",
     "Ленинский районный суд", "RU-OMS"),
    ("Тверской областной суд рассмотрел жалобу жителя Твери. Дело направлено в Кировский районный суд.",
     "Кировский районный суд", "RU-TVE"),
    # a district's assembly as well
    ("В Тверской области прошли выборы. Депутаты Кашинского районного Собрания утвердили бюджет.",
     "Кашинское районное Собрание", "RU-TVE"),
    ("В Омской области прошли выборы. Глава Кировского районного собрания Иван Котов переизбран.",
     "Кировское районное собрание", "RU-OMS"),
])
def test_a_district_body_is_of_the_texts_region(models, text, name, region):
    assert _regions(text, models)[name] == region


@pytest.mark.parametrize("text, name, region", [
    # no region the text is about: none from the adjective
    ("Приговор вынес Кировский райсуд.", "Кировский райсуд", None),
    # a town named after the district's adjective
    ("Дело рассмотрел Ленинский районный суд Омска.", "Ленинский районный суд Омска", "RU-OMS"),
    # an adjective of a region before the body's own noun stays the region's
    ("Приговор вынес Кировский областной суд.", "Кировский областной суд", "RU-KIR"),
    # a district's institution is of the region of the town its adjective is made from (Кашин's), not the text's
    ("В Омской области открыли школу. Сотрудники Кашинской районной больницы довольны.",
     "Кашинская районная больница", "RU-TVE"),
])
def test_other_bodies_keep_their_places(models, text, name, region):
    assert _regions(text, models)[name] == region


@pytest.mark.parametrize("text, name, region", [
    ("Заявку подала Вологодская государственная сельскохозяйственная академия имени Н. В. Верещагина.",
     "Вологодская государственная сельскохозяйственная академия имени Н. В. Верещагина", "RU-VLG"),
    ("Грант получил Омский аграрный университет имени П. А. Тобольского.",
     "Омский аграрный университет имени П. А. Тобольского", "RU-OMS"),
])
def test_the_name_after_imeni_is_no_place(models, text, name, region):
    assert _regions(text, models)[name] == region
