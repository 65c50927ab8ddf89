"""Who holds a title an appointment speaks of, and the region of a regional deputy's or a district's title.

- a title after ``о назначении`` whose words do not decline (``и.о. замгубернатора``) is the appointee's, never
  the signer's (:func:`nerpipe.titles.appointees.names_by_noun`);
- a name after a title with its own dependents holds it though a phrase with a preposition follows
  (``главы Заречного района Виктора Семенова по собственному желанию``);
- ``заместителями Председателя Правительства области``: the capital ``Председателя`` the tagger reads as an
  adjective is still the title a deputy governs, not the body's first word;
- ``заместитель губернатора``, ``глава района`` in a text about one region are of that region.
"""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str, str | None, str | None]]:
    """``(person, position, role, organization, region)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return {(names[f.person_id], f.position, f.role, orgs.get(f.org_id), f.region_code) for f in result.positions}


def holders(text: str, models) -> set[tuple[str, str]]:
    return {(person, position) for person, position, *_ in rows(text, models)}


@pytest.mark.parametrize("text, signer, own", [
    ("Олег Бурков подписал распоряжение о назначении и.о. замгубернатора региона.", "Олег Бурков", set()),
    ("Глава Тверской области Олег Бурков подписал указ о назначении врио главы района.", "Олег Бурков",
     {"глава Тверской области"}),
    ("Мэр Глеб Лаптев подписал постановление о назначении и. о. замглавы города.", "Глеб Лаптев", {"мэр"}),
])
def test_undeclined_title_of_an_appointment_is_not_the_signers(models, text, signer, own):
    assert {position for person, position in holders(text, models) if person == signer} == own


@pytest.mark.parametrize("text, expected", [
    # the appointee named after it holds it
    ("Олег Бурков подписал указ о назначении и.о. министра Антона Жукова.", ("Антон Жуков", "и.о. министра")),
    ("Олег Бурков подписал указ о назначении замгубернатора Антона Жукова.", ("Антон Жуков", "замгубернатора")),
    # the signer's own title stays his
    ("Врио губернатора Олег Бурков подписал указ о назначении министра.", ("Олег Бурков", "врио губернатора")),
])
def test_appointee_and_signer_keep_their_titles(models, text, expected):
    assert expected in holders(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Павел Лужин согласовал отставку главы Заречного района Виктора Семенова по собственному желанию.",
     ("Виктор Семенов", "глава Заречного района")),
    ("На встрече заместителя председателя правительства Анны Котовой по вопросам экологии обсудили планы.",
     ("Анна Котова", "заместитель председателя правительства")),
])
def test_name_after_a_whole_title_before_a_preposition(models, text, expected):
    assert expected in holders(text, models)


@pytest.mark.parametrize("text, person", [
    # a bare head: the name is whose assistant, not the assistant
    ("Совещание провёл помощник Ольги Зайцевой по европейским делам.", "Ольга Зайцева"),
])
def test_name_governed_by_a_bare_head_holds_nothing(models, text, person):
    assert not any(holder == person for holder, _ in holders(text, models))


def test_capitalized_chairman_after_plural_deputies(models):
    found = rows("Иван Кротов и Пётр Силин назначены заместителями Председателя Правительства Тверской области.",
                 models)
    for person in ("Иван Кротов", "Пётр Силин"):
        assert (person, "заместитель Председателя Правительства Тверской области", "заместитель председателя",
                "Правительство Тверской области", "RU-TVE") in found


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Олег Бурков провёл совещание. Заместителем губернатора стал Антон Жуков.",
     ("Антон Жуков", "заместитель губернатора", "RU-TVE")),
    ("Губернатор Тверской области Олег Бурков провёл совещание. Главой района избран Антон Жуков.",
     ("Антон Жуков", "глава района", "RU-TVE")),
    ("Губернатор Тверской области Олег Бурков провёл совещание. Первым заместителем главы районной администрации "
     "стал Олег Рыбин.",
     ("Олег Рыбин", "первый заместитель главы районной администрации", "RU-TVE")),
    # a place of its own is the title's region
    ("Губернатор Тверской области Олег Бурков провёл совещание. Заместитель губернатора Новгородской области "
     "Антон Жуков приехал.",
     ("Антон Жуков", "заместитель губернатора Новгородской области", "RU-NGR")),
    # no region in the text: none
    ("Олег Бурков провёл совещание. Заместителем губернатора стал Антон Жуков.",
     ("Антон Жуков", "заместитель губернатора", None)),
])
def test_region_of_a_deputy_or_a_district(models, text, expected):
    assert expected in {(person, position, region) for person, position, _, _, region in rows(text, models)}


@pytest.mark.parametrize("text, expected", [
    # an indeclinable head: its adjective shows the case
    ("Первым избавился первый замгубернатора Алексей Шмелёв.", ("Алексей Шмелёв", "первый замгубернатора")),
    ("Встреча с первым замгубернатора Алексеем Шмелёвым прошла вчера.",
     ("Алексей Шмелёв", "первый замгубернатора")),
])
def test_first_deputy_of_an_indeclinable_title(models, text, expected):
    assert expected in holders(text, models)


@pytest.mark.parametrize("text, person", [
    # a genitive title is not the nominative name's after it
    ("По приглашению первого замгубернатора Анна Котова приехала в село.", "Анна Котова"),
    ("Указом замгубернатора Пётр Орлов назначен директором.", "Пётр Орлов"),
])
def test_oblique_indeclinable_title_is_not_the_names(models, text, person):
    assert not any(holder == person and "замгуб" in position for holder, position in holders(text, models))


@pytest.mark.parametrize("text, mention", [
    # a noun the tagger reads as an adjective is no modifier of the title after it
    ("Пётр Орлов стал министром. Ранее он занимал кресло заместителя премьер-министра Республики Карелия.",
     "заместителя премьер-министра Республики Карелия"),
    # adjectives and participles stay
    ("Управляющий директор Анна Котова выступила.", "Управляющий директор"),
    ("Временно исполняющий обязанности мэра Глеб Ракитин выступил.", "Временно исполняющий обязанности мэра"),
])
def test_title_grows_left_over_adjectives_only(models, text, mention):
    assert mention in [m.text for m in analyze(text, models).mentions if m.type == "POSITION"]
