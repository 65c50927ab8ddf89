"""A rank conferred (``звание генерал-майора присвоено …``, ``получил звание полковника``) is held by the one it
is conferred on; a rank still to be conferred, or refused, by no one."""

from __future__ import annotations

import pytest

from .conftest import analyze


def facts(text: str, models) -> set[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Звание генерал-майора полиции присвоено начальнику управления Ивану Котову.",
     {("Иван Котов", "генерал-майор полиции"), ("Иван Котов", "начальник управления")}),
    ("Указом звание генерал-полковника присвоено министру Петру Орлову и его первому заместителю Олегу Лапину.",
     {("Пётр Орлов", "генерал-полковник"), ("Олег Лапин", "генерал-полковник")}),
    ("Среди тех, кому присвоены звания генерал-майора, — начальник штаба Иван Котов и заместитель министра "
     "Пётр Орлов.", {("Иван Котов", "генерал-майор"), ("Пётр Орлов", "генерал-майор")}),
    ("Пётр Орлов получил звание генерал-лейтенанта полиции и назначен начальником управления.",
     {("Пётр Орлов", "генерал-лейтенант полиции"), ("Пётр Орлов", "начальник управления")}),
    ("Тем же указом звание контр-адмирала получил Иван Котов.", {("Иван Котов", "контр-адмирал")}),
    ("Звание народной артистки присвоено певице Анне Котовой.", {("Анна Котова", "народная артистка")}),
    ("Указ о присвоении звания генерал-майора начальнику штаба Ивану Котову подписал президент Пётр Орлов.",
     {("Иван Котов", "генерал-майор"), ("Пётр Орлов", "президент")}),
])
def test_a_rank_conferred_is_held_by_the_one_it_is_conferred_on(models, text, expected):
    assert expected <= facts(text, models)


@pytest.mark.parametrize("text, rank", [
    ("Пётр Орлов не получил звание генерал-лейтенанта.", "генерал-лейтенант"),
    ("Ивану Котову будет присвоено звание полковника.", "полковник"),
    ("Пётр Орлов может получить звание контр-адмирала.", "контр-адмирал"),
    # the one who signs the decree holds no rank it confers
    ("Указ о присвоении звания генерал-майора начальнику штаба Ивану Котову подписал президент Пётр Орлов.",
     "генерал-майор"),
])
def test_a_rank_not_conferred_or_not_yet_is_held_by_no_one_named(models, text, rank):
    found = facts(text, models)
    assert not {(name, title) for name, title in found if title == rank} - {("Иван Котов", rank)}
    if "Котову будет" in text:
        assert ("Иван Котов", rank) not in found
