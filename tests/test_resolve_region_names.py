"""A body of a Russian region named with any of the region's names, or with its adjective, is one body named
with the region's own name; each mention keeps the name as the text writes it."""

from __future__ import annotations

import pytest

from .conftest import analyze

_KHM = "Правительство Ханты-Мансийского автономного округа — Югры"


def organizations(text: str, models) -> set[tuple[str, str | None]]:
    return {(o.name, o.region_code) for o in analyze(text, models).organizations}


def normals(text: str, models) -> list[str]:
    return [m.normal for m in analyze(text, models).mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, expected", [
    ("Правительство Югры одобрило соглашение с компанией «Вектор». Правительство Ханты-Мансийского "
     "автономного округа — Югры утвердило план.", {(_KHM, "RU-KHM"), ("Вектор", None)}),
    ("Правительство ХМАО-Югры одобрило соглашение. Югорское правительство утвердило план. Заседание "
     "правительства Ханты-Мансийского автономного округа прошло в среду.", {(_KHM, "RU-KHM")}),
    ("Правительство Ханты-Мансийского автономного округа-Югры одобрило план.", {(_KHM, "RU-KHM")}),
    # a republic named without the name in brackets, a region by its short name
    ("Глава Республики Саха Иван Петров открыл завод. Правительство Якутии выделило средства.",
     {("Правительство Республики Саха (Якутия)", "RU-SA")}),
    ("Правительство Ленобласти выделило средства. Правительство Ленинградской области одобрило план.",
     {("Правительство Ленинградской области", "RU-LEN")}),
    ("Министерство экономики Якутии сообщило о росте. Министерство экономики Республики Саха опубликовало "
     "отчёт.", {("Министерство экономики Республики Саха (Якутия)", "RU-SA")}),
])
def test_a_region_body_under_several_names_is_one(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # two regions' bodies, a town's body, a body with a quoted name: each its own
    ("Правительство Югры и правительство Ямала подписали соглашение.",
     {(_KHM, "RU-KHM"), ("Правительство Ямало-Ненецкого автономного округа", "RU-YAN")}),
    ("Администрация Твери и правительство Тверской области подписали соглашение.",
     {("Администрация Твери", "RU-TVE"), ("Правительство Тверской области", "RU-TVE")}),
    ("Пермская краевая дума приняла закон.", {("Пермская краевая дума", "RU-PER")}),
    # a federal body's office in a region, named with a preposition: as it is
    ("Управление МВД по РТ сообщило о задержании.", {("Управление МВД по РТ", "RU-TA"),
                                                     ("Министерство внутренних дел Российской Федерации", None)}),
])
def test_other_bodies_stay_apart(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Правительство Югры одобрило соглашение. Югорское правительство утвердило план.",
     ["Правительство Югры", "Югорское правительство"]),
    ("Правительство Якутии выделило средства.", ["Правительство Якутии"]),
])
def test_mentions_keep_the_name_as_written(models, text, expected):
    assert normals(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit named with a body the text names by its level alone: named with that body, of its region
    ("Гостей встретил губернатор Тверской области. Как сообщили в пресс-службе областной администрации, "
     "программа готова.", {("Пресс-служба администрации Тверской области", "RU-TVE"),
                           ("Администрация Тверской области", "RU-TVE")}),
    # a unit of a body of no region: as it is
    ("Как сообщили в пресс-службе областной администрации, программа готова.",
     {("Пресс-служба областной администрации", None), ("Областная администрация", None)}),
])
def test_a_unit_of_a_body_named_by_its_level(models, text, expected):
    assert organizations(text, models) == expected
