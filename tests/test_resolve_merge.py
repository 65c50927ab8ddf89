"""Who a person is across the corpus (resolve.merge) and the corpus tables built on it (nerpipe.corpus)."""

from __future__ import annotations

import pytest

from nerpipe.corpus import person_rows, position_rows, tally_corpus
from nerpipe.records import DocResult, PersonEntity, PositionFact
from nerpipe.resolve import merge_people


@pytest.mark.parametrize("names, aliases", [
    # a surname alone and initials merge into the one full name with that surname (and first letter)
    ({"full": ("Пётр", "Орлов"), "surname": (None, "Орлов"), "initials": ("П.", "Орлов")},
     {"surname": "full", "initials": "full"}),
    # a woman's form of the family name is the same family key
    ({"full": ("Анна", "Орлова"), "surname": (None, "Орлов")}, {"surname": "full"}),
    # initials with a man's form of the surname are not a woman's of that family, nor the other way round
    ({"full": ("Ирина", "Орлова"), "initials": ("И.", "Орлов")}, {}),
    ({"full": ("Иван", "Орлов"), "initials": ("И.", "Орлова")}, {}),
    ({"full": ("Ирина", "Орлова"), "initials": ("И.", "Орлова")}, {"initials": "full"}),
    # initials that do not fit stay apart
    ({"full": ("Пётр", "Орлов"), "initials": ("И.", "Орлов")}, {}),
    # two full names with the surname: no one to merge into
    ({"a": ("Пётр", "Орлов"), "b": ("Иван", "Орлов"), "surname": (None, "Орлов")}, {}),
    # a first name alone has no surname to go by
    ({"full": ("Пётр", "Орлов"), "first": ("Пётр", None)}, {}),
    # a name in Latin letters is the one person in Cyrillic it spells
    ({"cyr": ("Грегори", "Чамитофф"), "lat": ("Gregory", "Chamitoff")}, {"lat": "cyr"}),
    ({"cyr": ("Джошуа", "Вольф"), "lat": ("Joshua", "Wolf"), "other": ("Джошуа", "Вольфсон")}, {"lat": "cyr"}),
    ({"a": ("Джон", "Смит"), "b": ("Джон", "Смитт"), "lat": ("John", "Smith")}, {}),  # two it may spell
    # a first name in ``-а`` one document left in an oblique case is the person named in the nominative
    ({"nom": ("Ёсираса", "Намики"), "acc": ("Ёсирасу", "Намики")}, {"acc": "nom"}),
    ({"nom": ("Тадамаса", "Окуни"), "dat": ("Тадамасе", "Окуни")}, {"dat": "nom"}),
    # another surname, or another stem: apart
    ({"nom": ("Ёсираса", "Намики"), "acc": ("Ёсирасу", "Ямаги")}, {}),
    # a first name in ``-и`` is a name of its own, not the genitive of one in ``-а``
    ({"a": ("Харуки", "Окуни"), "b": ("Харука", "Окуни")}, {}),
])
def test_merge_people(names, aliases):
    assert merge_people(names) == aliases


@pytest.mark.parametrize("names, written, aliases", [
    # a man's form of the surname written as a mention of its own is a man's: not the woman of that family
    ({"full": ("Анна", "Орлова"), "surname": (None, "Орлов")}, {"surname"}, {}),
    ({"full": ("Анна", "Ветлугина"), "surname": (None, "Ветлугин")}, {"surname"}, {}),
    # the man of that family, or the surname read from an oblique form only: merged as before
    ({"full": ("Пётр", "Орлов"), "surname": (None, "Орлов")}, {"surname"}, {"surname": "full"}),
    ({"full": ("Анна", "Орлова"), "surname": (None, "Орлов")}, set(), {"surname": "full"}),
    # a woman's form written so stays free to go to her
    ({"full": ("Анна", "Орлова"), "surname": (None, "Орлова")}, {"surname"}, {"surname": "full"}),
])
def test_merge_written_surnames(names, written, aliases):
    assert merge_people(names, frozenset(written)) == aliases


@pytest.mark.parametrize("names, written, kin, aliases", [
    # a surname alone whose own document names a woman of that family stays apart from the man another names
    ({"man": ("Глеб", "Ветлугин"), "woman": ("Марина", "Ветлугина"), "surname": (None, "Ветлугин")},
     {"surname"}, {("surname", "woman")}, {}),
    ({"man": ("Глеб", "Ветлугин"), "woman": ("Марина", "Ветлугина"), "surname": (None, "Ветлугин")},
     set(), {("surname", "woman")}, {}),
    # the one person it fits named in its own document too, as one the document left apart: merged
    ({"man": ("Глеб", "Ветлугин"), "surname": (None, "Ветлугин")}, {"surname"}, {("surname", "man")},
     {"surname": "man"}),
    # the family named in another document only: merged as before
    ({"man": ("Глеб", "Ветлугин"), "woman": ("Марина", "Ветлугина"), "surname": (None, "Ветлугин")},
     {"surname"}, set(), {"surname": "man"}),
    # initials go by their letter and form as before
    ({"man": ("Глеб", "Ветлугин"), "woman": ("Марина", "Ветлугина"), "initials": ("Г.", "Ветлугин")},
     set(), {("initials", "woman")}, {"initials": "man"}),
])
def test_merge_kin_in_document(names, written, kin, aliases):
    assert merge_people(names, frozenset(written), frozenset(kin)) == aliases


def test_corpus_keeps_a_surname_beside_its_kin():
    man = person("per_man", "Глеб Ветлугин", "Глеб", "Ветлугин", ("Глеб Ветлугин",))
    woman = person("per_woman", "Марина Ветлугина", "Марина", "Ветлугина", ("Марины Ветлугиной",))
    short = person("per_short", "Ветлугин", None, "Ветлугин", ("Ветлугин",))
    results = [DocResult("d1", 10, persons=(man,)), DocResult("d2", 10, persons=(woman, short))]
    corpus = tally_corpus(results)
    assert sorted(r["person_id"] for r in person_rows(corpus)) == ["per_man", "per_short", "per_woman"]


def person(pid, name, first, last, variants, n=1):
    return PersonEntity(pid, name, first, None, last, variants, n)


def test_corpus_tables_use_the_merged_person():
    full = person("per_full", "Пётр Орлов", "Пётр", "Орлов", ("Пётр Орлов",))
    short = person("per_short", "Орлов", None, "Орлов", ("Орлова",), 2)
    fact = PositionFact("per_short", "директор школы", "директор", None, None, 0, 14, 15, 21)
    results = [DocResult("d1", 10, persons=(full,)), DocResult("d2", 10, persons=(short,), positions=(fact,))]
    corpus = tally_corpus(results)
    [row] = person_rows(corpus)
    assert (row["person_id"], row["name"], row["n_docs"], row["n_mentions"]) == ("per_full", "Пётр Орлов", 2, 3)
    assert row["variants"] == ["Орлова", "Пётр Орлов"]
    assert [r["person_id"] for r in position_rows(results[1], corpus)] == ["per_full"]


@pytest.mark.parametrize("latin, cyrillic", [
    ("Chamitoff", "Чамитофф"), ("Pischetsrieder", "Пишетсридер"), ("Garriott", "Гэрриотт"),
    ("Joshua", "Джошуа"), ("John", "Джон"), ("Khaled", "Халед"), ("Klinsmann", "Клинсман"),
    ("Wallace", "Уоллес"), ("Vincent", "Винсент"), ("Wright", "Райт"), ("Knox", "Нокс"), ("Marcel", "Марсель"),
])
def test_one_name_in_two_alphabets(latin, cyrillic):
    from nerpipe.resolve.spelling import skeleton

    assert skeleton(latin) == skeleton(cyrillic)


@pytest.mark.parametrize("a, b", [("Smith", "Смирнов"), ("Orlov", "Орлик"), ("Peter", "Пётров")])
def test_different_names_in_two_alphabets(a, b):
    from nerpipe.resolve.spelling import skeleton

    assert skeleton(a) != skeleton(b)
