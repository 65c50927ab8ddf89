"""A unit named by a superlative adjective (``высшего совета``), a ``по`` noun's object in the
instrumental kept in a body's name (``по управлению государственным имуществом``), and a company's
name whose locative pymorphy lemmatizes with a soft sign joined to the same name in another case."""

from __future__ import annotations

import pytest

from nerpipe.morph import fold

from .conftest import org_entity_names


@pytest.mark.parametrize("text, expected", [
    ("Заседание высшего совета партии «Заря» прошло вчера.",
     {"высшего совета партии «Заря»": "Высший совет партии «Заря»"}),
    ("Член высшего совета ЛДПР Олег Сомов выступил на съезде.", {"высшего совета ЛДПР": "Высший совет ЛДПР"}),
])
def test_a_superlative_names_a_unit(models, text, expected):
    names = org_entity_names(text, models)
    assert {k: v for k, v in names.items() if k in expected} == expected
    assert not any(k.startswith("совета") for k in names)


@pytest.mark.parametrize("text", [
    "Решение высшего руководства банка «Вектор» поддержал совет директоров.",
    "Губернатор встретился с высшим руководством банка «Заря».",
    "Высшим органом управления компании «Вектор» является общее собрание.",
    "Верховное командование армии Заречии сменилось.",
])
def test_a_superlative_before_a_bodys_leaders_names_no_unit(models, text):
    assert not any(fold(k).startswith(("высш", "верховн")) for k in org_entity_names(text, models))


@pytest.mark.parametrize("text, expected", [
    ("Доля регионального министерства по управлению государственным имуществом не изменилась.",
     "регионального министерства по управлению государственным имуществом"),
    ("Глава областного комитета по управлению имуществом Олег Сомов ушёл в отставку.",
     "областного комитета по управлению имуществом"),
])
def test_the_object_of_a_po_noun_stays_in_the_name(models, text, expected):
    assert expected in org_entity_names(text, models)


@pytest.mark.parametrize("text, expected", [
    ('Владельцы "Стройкапитала" ждут ответа. В "Стройкапитале" от комментариев отказались.',
     {"Стройкапитала": "Стройкапитал", "Стройкапитале": "Стройкапитал"}),
])
def test_a_guessed_soft_sign_is_the_same_company(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ('Завод Ремсталь выпустил новую продукцию. Завод Ремстал из соседнего района тоже вырос.',
     {"Завод Ремсталь": "Ремсталь", "Завод Ремстал": "Ремстал"}),
    ('Акции завода Ремсталь выросли. Завод Ремстал из Заречья закрыт.',
     {"завода Ремсталь": "Ремсталь", "Завод Ремстал": "Ремстал"}),
])
def test_a_soft_sign_written_is_a_name_of_its_own(models, text, expected):
    names = org_entity_names(text, models)
    assert {k: v for k, v in names.items() if k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("Сотрудники МО МВД России «Лесное» задержали водителя.", "МО МВД России «Лесное»"),
    ("Двое сотрудников МУ МВД России «Заречное» остановили местного жителя.", "МУ МВД России «Заречное»"),
])
def test_an_office_named_by_its_quoted_town(models, text, expected):
    assert org_entity_names(text, models).get(expected) == expected


@pytest.mark.parametrize("text, expected", [
    ("Руководители Вельского и Устьинского филиалов УГТУ подписали соглашение.",
     {"Вельского": "Вельский филиал УГТУ", "Устьинского филиалов УГТУ": "Устьинский филиал УГТУ"}),
    ("Директора Вельского, Лесного и Устьинского филиалов университета встретились.",
     {"Вельского": "Вельский филиал университета", "Лесного": "Лесной филиал университета",
      "Устьинского филиалов университета": "Устьинский филиал университета"}),
    ("В церемонии участвовали ректор УГТУ О.В. Сомов, руководители Вельского и Устьинского филиалов УГТУ.",
     {"Вельского": "Вельский филиал УГТУ", "Устьинского филиалов УГТУ": "Устьинский филиал УГТУ"}),
    # the owner quoted, the noun in the locative or the genitive
    ("В Тверском, Заречном и Лесном филиалах банка «Вектор» открылись новые кассы.",
     {"Тверском": "Тверской филиал банка «Вектор»", "Заречном": "Заречный филиал банка «Вектор»",
      "Лесном филиалах банка «Вектор»": "Лесной филиал банка «Вектор»"}),
    ("Директора Тверского и Заречного филиалов банка «Вектор» Иван Орлов и Анна Зорина подписали соглашение.",
     {"Тверского": "Тверской филиал банка «Вектор»", "Заречного филиалов банка «Вектор»":
      "Заречный филиал банка «Вектор»"}),
    # a person's surname is no body
    ("Анна Зорина поблагодарила Андрея Тверского и Заречного филиалов банка «Вектор».", {"Тверского": None}),
])
def test_adjectives_sharing_a_units_noun_each_name_a_unit(models, text, expected):
    names = org_entity_names(text, models)
    assert {k: v for k, v in names.items() if k in expected} == {k: v for k, v in expected.items() if v}
    assert all(len(name.split()) > 1 for name in names.values() if name[:1].isupper() and " " not in name
               and name.endswith(("ого", "ом", "ому")))


@pytest.mark.parametrize("text, expected", [
    ("Рабочие Трубопрокатного завода бастуют. Руководство ТПЗ обещало повысить зарплату.",
     {"Трубопрокатного завода": "Трубопрокатный завод", "ТПЗ": "Трубопрокатный завод"}),
    ("Цех Машиностроительного завода закрыт. В МСЗ готовят ремонт.",
     {"Машиностроительного завода": "Машиностроительный завод", "МСЗ": "Машиностроительный завод"}),
])
def test_initials_of_both_stems_of_a_solid_compound(models, text, expected):
    names = org_entity_names(text, models)
    assert {k: v for k, v in names.items() if k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("Двое сотрудников патрульно-постовой службы МУ МВД России «Заречное» остановили жителя.",
     {"патрульно-постовой службы МУ МВД России «Заречное»", "МУ МВД России «Заречное»"}),
])
def test_a_unit_of_an_office_named_by_its_town(models, text, expected):
    names = org_entity_names(text, models)
    assert expected <= set(names)
    assert not any(k in ("МУ", "Заречное") or k.endswith(("МУ", "России")) for k in names if k not in expected)
