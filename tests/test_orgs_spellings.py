"""One organization written in Latin and Cyrillic letters in one document (nerpipe.resolve.org_spellings)."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span
from nerpipe.resolve.ids import org_id_for
from nerpipe.resolve.org_spellings import join_org_spellings, join_short_latin_names
from nerpipe.resolve.organizations import ResolvedOrg

from .conftest import analyze, org_entity_names


def _org(name: str) -> ResolvedOrg:
    return ResolvedOrg(org_id_for(name), name, None, None)


@pytest.mark.parametrize("names, expected", [
    # a one-word Cyrillic name that spells the Latin one is that organization
    (["Zentrix", "Зентрикс"], ["Zentrix", "Zentrix"]),
    (["Brightwood", "Брайтвуд"], ["Brightwood", "Brightwood"]),  # w as в, gh silent
    (["Philcom", "Филком"], ["Philcom", "Philcom"]),  # ph as ф
    (["Thornex", "Торнекс"], ["Thornex", "Thornex"]),  # th as т
    (["Stackmore", "Стакмор"], ["Stackmore", "Stackmore"]),  # ck as к
    (["Wallberg", "Уоллберг"], ["Wallberg", "Wallberg"]),  # initial w as у, double letters
    (["Delmac", "Делмак"], ["Delmac", "Delmac"]),  # final c as к
    (["«Зентрикс»", "Zentrix"], ["Zentrix", "Zentrix"]),
    # a Cyrillic name that differs beyond spelling stays apart
    (["Zentrix", "Зенит"], ["Zentrix", "Зенит"]),
    (["Zentrix", "Зентрикон"], ["Zentrix", "Зентрикон"]),
    # two Latin names it could spell: neither is taken
    (["Delmak", "Delmac", "Делмак"], ["Delmak", "Delmac", "Делмак"]),
    # names of more words, and short names, are left to other rules
    (["Zentrix Group", "Зентрикс"], ["Zentrix Group", "Зентрикс"]),
    (["Oka", "Ока"], ["Oka", "Ока"]),
])
def test_join_org_spellings(names, expected):
    resolved = {Span(i * 20, i * 20 + len(name), ORG): _org(name) for i, name in enumerate(names)}
    text = "".join(name.ljust(20) for name in names)
    join_org_spellings(text, resolved)
    assert [org.name for org in resolved.values()] == expected


@pytest.mark.parametrize("written, name, expected", [
    ("холдингом Филком", "Филок", "Philcom"),  # a name the dictionary misread: its written word spells it
    ("холдингом Филином", "Филин", "Филин"),
])
def test_join_org_spellings_written(written, name, expected):
    text = "Philcom " + written
    resolved = {Span(0, 7, ORG): _org("Philcom"), Span(8, len(text), ORG): _org(name)}
    join_org_spellings(text, resolved)
    assert resolved[Span(8, len(text), ORG)].name == expected


@pytest.mark.parametrize("text, expected", [
    # a Cyrillic word spelling the Latin name of an organization of the document names it too
    ("Компания Zentrix открыла офис. Зентрикс нанял сто инженеров.", [("Zentrix", 2)]),
    ("Компания Brightwood открыла офис. Представитель Брайтвуда рассказал о планах.", [("Brightwood", 2)]),
    ("Концерн Thornex построил завод. Торнекс вложил в него миллиард рублей.", [("Thornex", 2)]),
    # a word that spells no Latin name of the document is left alone
    ("Компания Zentrix открыла офис. Зенит выиграл матч.", [("Zentrix", 1)]),
    # a surname of a person named in full stays the person's
    ("Компания Walden открыла офис. Директор Марк Уолден рассказал, что Уолден доволен.", [("Walden", 1)]),
])
def test_spelled_org_mentions(text, expected, models):
    result = analyze(text, models)
    assert [(org.name, org.n_mentions) for org in result.organizations if org.name in {"Zentrix", "Brightwood",
                                                                                          "Thornex", "Walden"}] \
        == expected


@pytest.mark.parametrize("names, expected", [
    # a Latin name repeated by its first words is the one longer name before it
    (["Helix Biotech", "Helix"], ["Helix Biotech", "Helix Biotech"]),
    (["Blue Harbor Trust", "Blue Harbor"], ["Blue Harbor Trust", "Blue Harbor Trust"]),
    (["«Nordwind Systems»", "Nordwind"], ["«Nordwind Systems»", "«Nordwind Systems»"]),
    # two longer names it could shorten: neither
    (["Helix Biotech", "Helix Media", "Helix"], ["Helix Biotech", "Helix Media", "Helix"]),
    # a short name before the longer one, another first word, a Cyrillic name: apart
    (["Helix", "Helix Biotech"], ["Helix", "Helix Biotech"]),
    (["Helix Biotech", "Biotech"], ["Helix Biotech", "Biotech"]),
    (["Хеликс Биотех", "Хеликс"], ["Хеликс Биотех", "Хеликс"]),
])
def test_join_short_latin_names(names, expected):
    resolved = {Span(i * 20, i * 20 + len(name), ORG): _org(name) for i, name in enumerate(names)}
    join_short_latin_names(resolved)
    assert [org.name for org in resolved.values()] == expected


@pytest.mark.parametrize("names, expected", [
    # a name of abbreviations alone is the one longer name it starts before it
    (["МХТ имени Сомова", "МХТ"], ["МХТ имени Сомова", "МХТ имени Сомова"]),
    (["ГУ МВД по Тверской области", "ГУ МВД"], ["ГУ МВД по Тверской области", "ГУ МВД по Тверской области"]),
    # two longer names, a name before the longer one, a name of words: apart
    (["ТЦ «Кедр»", "ТЦ «Дуб»", "ТЦ"], ["ТЦ «Кедр»", "ТЦ «Дуб»", "ТЦ"]),
    (["МХТ", "МХТ имени Сомова"], ["МХТ", "МХТ имени Сомова"]),
    (["Хеликс Биотех", "Хеликс"], ["Хеликс Биотех", "Хеликс"]),
])
def test_join_short_abbreviations(names, expected):
    resolved = {Span(i * 30, i * 30 + len(name), ORG): _org(name) for i, name in enumerate(names)}
    join_short_latin_names(resolved)
    assert [org.name for org in resolved.values()] == expected


@pytest.mark.parametrize("text, short, name", [
    # a quoted company's name without the genitive of its country its full name ends with is that company
    ("Прокуратура ведёт ряд дел по «Кедрогазу». Глава НАК «Кедрогаз Белоруссии» уволен.", "Кедрогазу",
     "НАК «Кедрогаз Белоруссии»"),
    ("Компания «Лесэнерго» подала иск. Совет директоров АО «Лесэнерго Казахстана» собрался.", "Компания «Лесэнерго»",
     "АО «Лесэнерго Казахстана»"),
    # another name stays its own
    ("Компания «Кедр» подала иск. Глава НАК «Кедрогаз Белоруссии» уволен.", "Компания «Кедр»", "Кедр"),
])
def test_name_without_its_country(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


def test_name_without_its_country_beside_a_unit(models):
    text = ("Прокуратура ведёт ряд дел по «Кедрогазу». Глава НАК «Кедрогаз Белоруссии» просил уволить членов "
            "правления НАК «Кедрогаз Белоруссии».")
    assert org_entity_names(text, models)["Кедрогазу"] == "НАК «Кедрогаз Белоруссии»"


@pytest.mark.parametrize("full, short, country, joined", [
    # a foreign body named once with its country, once without: one body
    ("Партия зелёного роста Германии", "Партия зелёного роста", "DE", True),
    ("Партия зелёного роста Германии", "Партия зелёного роста", None, True),
    # of another country: another body
    ("Партия зелёного роста Германии", "Партия зелёного роста", "AT", False),
])
def test_countryless_name_joins_the_country_s_body(models, full, short, country, joined):
    from nerpipe.resolve.org_spellings import join_countryless_names

    body = ResolvedOrg(org_id_for(full), full, None, None, "DE")
    other = ResolvedOrg(org_id_for(short), short, None, None, country)
    resolved = {Span(0, 10, ORG): body, Span(20, 30, ORG): other}
    join_countryless_names(resolved, models.orgs, models.gazetteer)
    assert (resolved[Span(20, 30, ORG)] == body) is joined
