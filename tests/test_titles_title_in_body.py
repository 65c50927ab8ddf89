"""A title natasha takes into the name of the body after it (``[Главным врачом] Тверской областной клинической
больницы``) is cut off the organization (:func:`nerpipe.spans.chrome.drop_leading_nouns_of_no_body`), so that the
title and its holder are read."""

from __future__ import annotations

import pytest

from .conftest import holder_titles as rows
from .conftest import org_entity_names


@pytest.mark.parametrize("text, expected", [
    ("В тверской областной больнице сменился главный врач\n\nГлавным врачом Тверской областной клинической "
     "больницы назначен Михаил Осокин. О назначении сообщает пресс-служба.",
     ("Михаил Осокин", "главный врач Тверской областной клинической больницы")),
    ("Главным врачом Тверской областной клинической больницы назначен Михаил Осокин.",
     ("Михаил Осокин", "главный врач Тверской областной клинической больницы")),
])
def test_title_cut_off_the_body(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, body", [
    # a body whose name opens with a noun of people stays whole
    ("Вчера Союз журналистов Тверской области провёл конкурс.", "Союз журналистов Тверской области"),
])
def test_body_of_people_stays(models, text, body):
    assert body in org_entity_names(text, models).values()
