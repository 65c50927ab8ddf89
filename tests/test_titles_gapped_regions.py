"""A title of a region said once for a list of regions and holders (``Врио губернатора Тверской области стал Пётр
Орлов, Псковской области — Глеб Ракитин``): each listed name holds the title of its region. Every sentence and
name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_region_rows

_TVER = ("Пётр Орлов", "врио губернатора Тверской области", "RU-TVE")


@pytest.mark.parametrize("text, expected", [
    ("Врио губернатора Тверской области стал Пётр Орлов, Псковской области — Глеб Ракитин.",
     {_TVER, ("Глеб Ракитин", "врио губернатора Псковской области", "RU-PSK")}),
    ("Врио губернатора Тверской области стал Пётр Орлов, Псковской области — Глеб Ракитин, а Омской области — Анна "
     "Котова.",
     {_TVER, ("Глеб Ракитин", "врио губернатора Псковской области", "RU-PSK"),
      ("Анна Котова", "врио губернатора Омской области", "RU-OMS")}),
    ("Губернатором Тверской области избран Пётр Орлов, Псковской области — Глеб Ракитин.",
     {("Пётр Орлов", "губернатор Тверской области", "RU-TVE"),
      ("Глеб Ракитин", "губернатор Псковской области", "RU-PSK")}),
    # near case: no region listed after the holder, no other row
    ("Врио губернатора Тверской области стал Пётр Орлов, сообщил Глеб Ракитин.", {_TVER}),
])
def test_regions_listed_after_holder(models, text, expected):
    assert holder_region_rows(text, models) == expected
