"""Whom a title serves and who holds it: a plural deputy's one name in the genitive is his chief's
(``заместителей министра Ивана Котова``); after a bare title in an oblique case, a name in the genitive and then
another, the second holds it (``отставку заместителя Ивана Котова Петра Орлова``); a see ``и всея Руси`` is
part of a hierarch's title; ``статс-секретарь`` is a role of its own; after ``назначен`` a name past a
description of its bearer (``уроженец Твери``) is the one appointed."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.role) for f in result.positions}


@pytest.mark.parametrize("text, expected, absent", [
    ("На должности заместителей министра образования Ивана Котова назначены Пётр Орлов и Анна Зорина.",
     {("Иван Котов", "министр образования", "министр"),
      ("Пётр Орлов", "заместитель министра образования", "заместитель министра")},
     {("Иван Котов", "заместитель министра образования", "заместитель министра")}),
    # names in a list are the plural title's own
    ("Набсовет одобрил отставку заместителей министра Петра Орлова и Анны Зориной.",
     {("Пётр Орлов", "заместитель министра", "заместитель министра"),
      ("Анна Зорина", "заместитель министра", "заместитель министра")},
     {("Пётр Орлов", "министр", "министр")}),
    ("Набсовет одобрил отставку заместителя Ивана Котова Петра Орлова.",
     {("Пётр Орлов", "заместитель", "заместитель")}, {("Иван Котов", "заместитель", "заместитель")}),
    ("Набсовет одобрил отставку заместителей Ивана Котова Петра Орлова и Анны Зориной.",
     {("Пётр Орлов", "заместитель", "заместитель"), ("Анна Зорина", "заместитель", "заместитель")},
     {("Иван Котов", "заместитель", "заместитель")}),
    ("Набсовет одобрил отставку заместителя Ивана Котова.", {("Иван Котов", "заместитель", "заместитель")}, set()),
])
def test_whom_a_deputy_serves_and_who_holds_it(models, text, expected, absent):
    found = rows(text, models)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, expected", [
    ("Это сообщение Святейшего Патриарха Московского и всея Руси Филарета было заслушано.",
     ("Филарет", "патриарх Московский и всея Руси", "патриарх")),
    ("Патриарх Московский и всея Руси Филарет провёл службу.",
     ("Филарет", "патриарх Московский и всея Руси", "патриарх")),
    ("Митрополиту Казанскому и Татарстанскому Феодосию вручили орден.",
     ("Феодосий", "митрополит Казанский и Татарстанский", "митрополит")),
])
def test_a_see_of_all_the_land(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Премьер-министр Иван Котов назначил Петра Орлова статс-секретарем — заместителем министра транспорта.",
     {("Пётр Орлов", "статс-секретарь", "статс-секретарь"),
      ("Пётр Орлов", "заместитель министра транспорта", "заместитель министра")}),
    ("Пётр Орлов назначен статс-секретарём министерства.",
     {("Пётр Орлов", "статс-секретарь министерства", "статс-секретарь")}),
    ("Секретарь совета Пётр Орлов заявил об этом.", {("Пётр Орлов", "секретарь совета", "секретарь совета")}),
])
def test_a_state_secretary_is_no_secretary(models, text, expected):
    assert expected <= rows(text, models)


@pytest.mark.parametrize("text, expected, absent", [
    ("Главой района назначен 45-летний уроженец Твери Пётр Орлов.", ("Пётр Орлов", "глава района", "глава"), None),
    ("Временно исполняющим обязанности главы района назначен 45-летний уроженец Твери Пётр Орлов.",
     ("Пётр Орлов", "временно исполняющий обязанности главы района", "исполняющий обязанности главы"), None),
    ("Директором завода стал выпускник университета Иван Котов.", ("Иван Котов", "директор завода", "директор"),
     None),
    ("Директором завода назначен сын Петра Орлова.", None, ("Пётр Орлов", "директор завода", "директор")),
])
def test_the_one_appointed_after_a_description(models, text, expected, absent):
    found = rows(text, models)
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("Викарием патриарха избран наместник Данилова монастыря архимандрит Алексий.",
     {("Алексий", "наместник Данилова монастыря", "наместник"), ("Алексий", "викарий патриарха", "викарий")}),
    ("Епископом Урюпинским избран клирик Волгоградской епархии игумен Елисей.",
     {("Елисей", "клирик Волгоградской епархии", "клирик"), ("Елисей", "епископ Урюпинский", "епископ")}),
])
def test_a_monastery_superior_and_a_cleric(models, text, expected):
    assert expected <= rows(text, models)


def test_a_hierarch_of_all_the_land_taken_for_a_body(models):
    """``Святейшего Патриарха`` read as an organization still heads a title; a see of the whole land is of no
    region."""
    result = analyze("Было заслушано сообщение Святейшего Патриарха Московского и всея Руси Геронтия о необходимости "
                     "иметь ещё двух викарных епископов.", models)
    names = {p.person_id: p.name for p in result.persons}
    found = {(names[f.person_id], f.position, f.region_code) for f in result.positions}
    assert ("Геронтий", "патриарх Московский и всея Руси", None) in found
