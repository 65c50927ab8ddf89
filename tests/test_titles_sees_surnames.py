"""A see's second adjective that the dictionary knows only as a surname (``митрополита Тверского и Заславского``,
``епископ Торопецкий и Каменский``) is the see's all the same, after ``и`` and a see's adjective; the monk's
name after it holds the title. Every sentence and name is invented; sees of invented towns."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Был заслушан рапорт митрополита Тверского и Заславского Амвросия.",
     {("Амвросий", "митрополит Тверской и Заславский", "митрополит", False)}),
    ("Преосвященным Ржевским назначен епископ Торопецкий и Каменский Всеволод.",
     {("Всеволод", "епископ Торопецкий и Каменский", "епископ", False)}),
    # near case: a surname after a name, no see
    ("На встрече были митрополит Тверской Амвросий и Пётр Каменский.",
     {("Амвросий", "митрополит Тверской", "митрополит", False)}),
])
def test_see_adjective_read_as_surname(models, text, expected):
    assert rows(text, models) == expected
