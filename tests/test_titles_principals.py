"""Whom a title serves and who holds it: a plural deputy's one name in the genitive is his chief's
(``заместителей министра Ивана Котова``); after a bare title in an oblique case, a name in the genitive and then
another in the title's case, the second holds it (``отставку заместителя Ивана Котова Петра Орлова``; not ``с
заместителем …``); a see ``и всея Руси`` is part of a hierarch's title, and only a hierarch's goes on to the whole
land; ``наместник`` is a post, not an occupation; ``статс-секретарь`` is a role of its own; after ``назначен`` a
name past a description of its bearer (``уроженец Твери``) is the one appointed."""

from __future__ import annotations

import pytest

from nerpipe.titles.sees import spans_whole_land

from .conftest import analyze, holder_role_rows
from .hand import tagged


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
    # the second name is in the genitive, the title in the instrumental: it holds nothing
    ("Встреча прошла с заместителем Петра Орлова Ивана Котова.", set(),
     {("Иван Котов", "заместитель", "заместитель")}),
])
def test_whom_a_deputy_serves_and_who_holds_it(models, text, expected, absent):
    found = holder_role_rows(text, models)
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
    assert expected in holder_role_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Премьер-министр Иван Котов назначил Петра Орлова статс-секретарем — заместителем министра транспорта.",
     {("Пётр Орлов", "статс-секретарь", "статс-секретарь"),
      ("Пётр Орлов", "заместитель министра транспорта", "заместитель министра")}),
    ("Пётр Орлов назначен статс-секретарём министерства.",
     {("Пётр Орлов", "статс-секретарь министерства", "статс-секретарь")}),
    ("Секретарь совета Пётр Орлов заявил об этом.", {("Пётр Орлов", "секретарь совета", "секретарь совета")}),
])
def test_a_state_secretary_is_no_secretary(models, text, expected):
    assert expected <= holder_role_rows(text, models)


@pytest.mark.parametrize("text, expected, absent", [
    ("Главой района назначен 45-летний уроженец Твери Пётр Орлов.", ("Пётр Орлов", "глава района", "глава"), None),
    ("Временно исполняющим обязанности главы района назначен 45-летний уроженец Твери Пётр Орлов.",
     ("Пётр Орлов", "временно исполняющий обязанности главы района", "исполняющий обязанности главы"), None),
    ("Директором завода стал выпускник университета Иван Котов.", ("Иван Котов", "директор завода", "директор"),
     None),
    ("Директором завода назначен сын Петра Орлова.", None, ("Пётр Орлов", "директор завода", "директор")),
])
def test_the_one_appointed_after_a_description(models, text, expected, absent):
    found = holder_role_rows(text, models)
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("Викарием патриарха избран наместник Данилова монастыря архимандрит Алексий.",
     {("Алексий", "наместник Данилова монастыря", "наместник"), ("Алексий", "викарий патриарха", "викарий")}),
    ("Епископом Урюпинским избран клирик Волгоградской епархии игумен Елисей.",
     {("Елисей", "клирик Волгоградской епархии", "клирик"), ("Елисей", "епископ Урюпинский", "епископ")}),
])
def test_a_monastery_superior_and_a_cleric(models, text, expected):
    assert expected <= holder_role_rows(text, models)


def test_a_hierarch_of_all_the_land_taken_for_a_body(models):
    """``Святейшего Патриарха`` read as an organization still heads a title; a see of the whole land is of no
    region."""
    result = analyze("Было заслушано сообщение Святейшего Патриарха Московского и всея Руси Геронтия о необходимости "
                     "иметь ещё двух викарных епископов.", models)
    names = {p.person_id: p.name for p in result.persons}
    found = {(names[f.person_id], f.position, f.region_code) for f in result.positions}
    assert ("Геронтий", "патриарх Московский и всея Руси", None) in found


@pytest.mark.parametrize("text, absent", [
    # a governor's post of old, not an occupation to give the one the text is about
    ("Пётр Орлов приехал в Тверь. Он посетил музей. Вечером наместник края принял делегацию. Орлов остался доволен.",
     ("Пётр Орлов", "наместник края", "наместник")),
])
def test_a_viceroy_is_a_post(models, text, absent):
    assert absent not in holder_role_rows(text, models)


CLERGY = [("патриарх", "NOUN Nom Sing Masc"), ("Московский", "ADJ Nom Sing Masc", 0, "amod"),
          ("и", "CCONJ", 3, "cc"), ("всея", "DET Gen Sing Fem", 3, "det"), ("Руси", "PROPN Gen Sing Fem", 1, "conj")]
UNION = [("председатель", "NOUN Nom Sing Masc"), ("союза", "NOUN Gen Sing Masc", 0, "nmod"),
         ("Москвы", "PROPN Gen Sing Fem", 1, "nmod"), ("и", "CCONJ", 5, "cc"),
         ("всей", "DET Gen Sing Fem", 5, "det"), ("России", "PROPN Gen Sing Fem", 2, "conj")]


@pytest.mark.parametrize("tokens, expected", [
    (CLERGY, True),
    # only a hierarch's see goes on to the whole land; another title keeps the region it names
    (UNION, False),
])
def test_only_a_see_spans_the_whole_land(models, tokens, expected):
    analysis = tagged(*tokens)
    assert spans_whole_land(list(analysis.tokens), 0, models.titles) is expected
