"""Stage names opened by a performer's prefix in Latin letters (``DJ``, ``MC``): one person of the prefix and the
name after it, whether the tagger left it untagged or ran a noun before it into the name."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Рэпер MC Dorel выпустил клип.", {("MC Dorel", ("MC Dorel",))}),
    ("На фестивале выступили DJ Tumbler и MC Dorel.",
     {("DJ Tumbler", ("DJ Tumbler",)), ("MC Dorel", ("MC Dorel",))}),
    ("Сет DJ Грув длился два часа.", {("DJ Грув", ("DJ Грув",))}),
    # after a noun of an award, a name in Cyrillic or the subject of the verb after it is a performer's
    ("На церемонии вручения премии DJ Грув исполнил новую песню.", {("DJ Грув", ("DJ Грув",))}),
    ("На вручении премии DJ Tumbler исполнил новую песню.", {("DJ Tumbler", ("DJ Tumbler",))}),
    ("В финале конкурса MC Dorel прочитал новый текст.", {("MC Dorel", ("MC Dorel",))}),
])
def test_stage_name_after_prefix(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text", [
    "Лучшие DJ России выступят на фестивале в Заречье в августе.",
    "Многие MC Германии приедут на фестиваль в Заречье.",
    "По версии журнала DJ Weekly, фестиваль вошёл в десятку лучших.",
    "Лауреатом премии DJ Awards стал клуб из Заречья.",
    "Финал конкурса MC Battle прошёл в Заречье.",
])
def test_no_stage_name(models, text):
    """A prefix in the plural or before a place's genitive names performers of a kind, and one inside a body's name
    opened by its kind's noun names the body, and one right after a noun of a contest or an award opens its name:
    no person."""
    assert person_mentions(text, models) == set()
