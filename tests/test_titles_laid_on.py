"""The one a post's duties are laid on acts in it (``Исполнение обязанностей ректора возложено на профессора Петра
Орлова``): the name after the ``на`` of the verb of laying holds the acting title. Every sentence and name is
invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows

_ACTING_RECTOR = ("Пётр Орлов", "ректор", "исполняющий обязанности ректора", False)
_ACTING_MINISTER = ("Глеб Ракитин", "министр финансов", "исполняющий обязанности министра", False)


@pytest.mark.parametrize("text, expected", [
    ("Исполнение обязанностей ректора возложено на Петра Орлова.", {_ACTING_RECTOR}),
    ("Исполнение обязанностей ректора временно возложено на первого проректора Петра Орлова.",
     {_ACTING_RECTOR, ("Пётр Орлов", "первый проректор", "первый проректор", False)}),
    ("Губернатор возложил исполнение обязанностей министра финансов на Глеба Ракитина.", {_ACTING_MINISTER}),
    ("На Глеба Ракитина возложено исполнение обязанностей министра финансов.", {_ACTING_MINISTER}),
    ("Обязанности директора завода возложены на Анну Котову.",
     {("Анна Котова", "директор завода", "исполняющий обязанности директора", False)}),
    # near cases: the verb negated; responsibility laid on someone is no post's duties
    ("Обязанности директора завода не возложены на Анну Котову.", set()),
    ("Ответственность за работу министерства возложена на Глеба Ракитина.", set()),
])
def test_duties_laid_on(models, text, expected):
    assert rows(text, models) == expected
