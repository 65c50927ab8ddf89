"""A body named in full and shorter in one document: without its rank adjectives, by its kind and the name of
the person it is named after, a national team without its sport."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, short, full", [
    ("Гастроли провёл Государственный театр юных зрителей. Руководство Театра юных зрителей поблагодарило город.",
     "Театра юных зрителей", "Государственный театр юных зрителей"),
    ("Национальный музей ремёсел открыл выставку. Коллекцию Музея ремёсел в Заречье пополнили вазы.",
     "Музея ремёсел", "Национальный музей ремёсел"),
    ("Национальный театр оперы открыл сезон. Солисты Театра оперы выступили в Заречье.",
     "Театра оперы", "Национальный театр оперы"),
])
def test_body_without_its_rank_adjectives(models, text, short, full):
    names = org_entity_names(text, models)
    assert names.get(short) == names.get(full) == full


def _join(join, names: list[str], models, source=None) -> list[str]:
    from nerpipe.records import ORG, Span
    from nerpipe.resolve.organizations import ResolvedOrg

    resolved = {Span(at * 80, at * 80 + len(name), ORG): ResolvedOrg(f"org_{at}", name, None, None)
                for at, name in enumerate(names)}
    join(resolved, models.morph if source is None else source)
    return [org.name for org in resolved.values()]


@pytest.mark.parametrize("text, short, full", [
    # a name of its own that opens with a rank adjective: another body
    ("Центральный государственный архив Заречной области передал документы музею. Государственный архив Заречной "
     "области открыл выставку старых карт.",
     "Государственный архив Заречной области", "Центральный государственный архив Заречной области"),
])
def test_body_named_as_another_with_rank_adjectives(models, text, short, full):
    names = org_entity_names(text, models)
    assert names.get(full) == full and names.get(short) != full


@pytest.mark.parametrize("names, expected", [
    (["Государственный академический театр юных зрителей", "Театр юных зрителей"],
     ["Государственный академический театр юных зрителей"] * 2),
    # ``Центральный`` is a word of the name, and a name opening with a rank adjective is a name of its own
    (["Центральный музей ремёсел", "Музей ремёсел"], ["Центральный музей ремёсел", "Музей ремёсел"]),
    (["Центральная районная больница", "Районная больница"], ["Центральная районная больница", "Районная больница"]),
    (["Центральный государственный архив Заречья", "Государственный архив Заречья"],
     ["Центральный государственный архив Заречья", "Государственный архив Заречья"]),
    (["Национальный академический театр оперы", "Академический театр оперы"],
     ["Национальный академический театр оперы", "Академический театр оперы"]),
])
def test_names_without_rank_adjectives(models, names, expected):
    from nerpipe.resolve.rank_variants import join_rank_variants

    assert _join(join_rank_variants, names, models) == expected


@pytest.mark.parametrize("names, expected", [
    (["Заречный академический театр драмы имени И.П. Сомова", "Театр Сомова"],
     ["Заречный академический театр драмы имени И.П. Сомова"] * 2),
    (["Северный театр кукол им. Ивана Лунина", "Театр Ивана Лунина"],
     ["Северный театр кукол им. Ивана Лунина"] * 2),
    (["МХТ им. Сомова", "МХТ Сомова"], ["МХТ им. Сомова"] * 2),
    # without the person's name
    (["Северный театр драмы имени Ивана Сомова", "Северный театр драмы"],
     ["Северный театр драмы имени Ивана Сомова"] * 2),
    (["Северный театр драмы имени Ивана Сомова", "Северный театр"],
     ["Северный театр драмы имени Ивана Сомова", "Северный театр"]),
    # another kind, or another person: another body
    (["Заречный театр драмы имени И.П. Сомова", "Музей Сомова"], ["Заречный театр драмы имени И.П. Сомова",
                                                                  "Музей Сомова"]),
    (["Заречный театр драмы имени И.П. Сомова", "Театр Лунина"], ["Заречный театр драмы имени И.П. Сомова",
                                                                  "Театр Лунина"]),
    # a noun that names a body only with the words after it: the short name must hold them too
    (["Дом культуры имени Лыкова", "Дом Лыкова"], ["Дом культуры имени Лыкова", "Дом Лыкова"]),
    (["Дворец спорта имени Ивана Лыкова", "Дворец Ивана Лыкова"],
     ["Дворец спорта имени Ивана Лыкова", "Дворец Ивана Лыкова"]),
    (["Заречный дом культуры имени Лыкова", "Дом культуры Лыкова"], ["Заречный дом культуры имени Лыкова"] * 2),
    (["Северный театр кукол им. Ивана Лунина", "Театр кукол Лунина"], ["Северный театр кукол им. Ивана Лунина"] * 2),
    # two theatres named after the same person: either
    (["Заречный театр драмы имени И.П. Сомова", "Северный театр кукол имени И.П. Сомова", "Театр Сомова"],
     ["Заречный театр драмы имени И.П. Сомова", "Северный театр кукол имени И.П. Сомова", "Театр Сомова"]),
])
def test_body_by_its_kind_and_the_person_it_is_named_after(models, names, expected):
    from nerpipe.resolve.rank_variants import join_named_after

    assert _join(join_named_after, names, models, models.orgs) == expected


@pytest.mark.parametrize("text, short, full", [
    ("Дом культуры имени Лыкова провёл концерт в субботу. Экскурсоводы Дома Лыкова, купеческого особняка "
     "позапрошлого века, рассказали о его первом владельце.", "Дома Лыкова", "Дом культуры имени Лыкова"),
])
def test_building_by_the_head_noun_of_a_body_named_after_a_person(models, text, short, full):
    names = org_entity_names(text, models)
    assert names.get(full) == full and names.get(short) != full


@pytest.mark.parametrize("text, short, full, joined", [
    ("Защитник сборной Италии по хоккею Иван Сомов сменил клуб. За сборную Италии он сыграл десять матчей.",
     "сборную Италии", "сборной Италии по хоккею", True),
    # two sports: the team without one is either
    ("Сборная Италии по хоккею и сборная Италии по футболу сыграли вничью. Сборная Италии уехала домой.",
     "Сборная Италии", "Сборная Италии по хоккею", False),
    # the players of its sport: the team
    ("Сборная Польши по хоккею проиграла в финале. Хоккеисты сборной Польши вернулись домой в среду.",
     "сборной Польши", "Сборная Польши по хоккею", True),
    # another sport, or its players, in the sentence or the one before: another team
    ("Сборная Чехии по хоккею проиграла шведам в финале. Футболисты тоже расстроили болельщиков: сборная Чехии "
     "уступила Польше со счётом 0:2.", "сборная Чехии", "Сборная Чехии по хоккею", False),
    ("Сборная Польши по волейболу выиграла турнир. Баскетболисты сборной Польши проиграли Литве.",
     "сборной Польши", "Сборная Польши по волейболу", False),
    ("Сборная Польши по волейболу выиграла турнир в Гданьске. В футбол сборная Польши проиграла Литве.",
     "сборная Польши", "Сборная Польши по волейболу", False),
    ("Сборная Польши по хоккею выиграла турнир. Боксёры сборной Польши проиграли Литве.",
     "сборной Польши", "Сборная Польши по хоккею", False),
])
def test_team_without_its_sport(models, text, short, full, joined):
    names = org_entity_names(text, models)
    assert (names.get(short) == names.get(full)) is joined


@pytest.mark.parametrize("text, mention, name", [
    # an abbreviation's ending dropped and its adjective declined; the person after ``имени`` stays as written
    ("Руководство Заречного ТЮЗа имени И.П. Сомова прибыло в город.", "Заречного ТЮЗа имени И.П. Сомова",
     "Заречный ТЮЗ имени И.П. Сомова"),
    ("Артисты Заречного театра имени И.П. Сомова прибыли в город.", "Заречного театра имени И.П. Сомова",
     "Заречный театр имени И.П. Сомова"),
])
def test_name_of_a_body_named_after_a_person(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
