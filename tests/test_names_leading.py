"""Words a PER span holds that are no part of the name, and surnames pymorphy knows in one form only (invented
names): a pronoun or adjective opening the span, a regnal number after a first name, a woman's form of a
Russian family pymorphy lists as a man's only, a woman's surname that declines as an adjective."""

from __future__ import annotations

import pytest

from nerpipe.resolve.people import resolve_people

from .conftest import analyze
from .hand import tagged


@pytest.mark.parametrize("tokens, span, expected", [
    # a pronoun or particle before the name is no first name
    ([("Сама", "DET Nom Sing Fem"), ("Хольцер", "PROPN Nom Sing Fem"), ("описывала", "VERB"), ("дом", "NOUN"),
      (".", "PUNCT")], (0, 1), "Хольцер"),
    ([("Сам", "DET Nom Sing Masc"), ("Мортимер", "PROPN Nom Sing Masc"), ("пришёл", "VERB"), (".", "PUNCT")],
     (0, 1), "Мортимер"),
    # nor an adjective
    ([("Шестидесятилетняя", "ADJ Nom Sing Fem"), ("Корнеефф", "PROPN Nom Sing Fem"), ("выступила", "VERB"),
      (".", "PUNCT")], (0, 1), "Корнеефф"),
    # one pymorphy does not know, made of a numeral and an adjective it knows
    ([("Семидесятитрёхлетняя", "ADJ Nom Sing Fem"), ("Корнеефф", "PROPN Nom Sing Fem"), ("выступила", "VERB"),
      (".", "PUNCT")], (0, 1), "Корнеефф"),
    # but a first name that is also a pronoun, before a surname in the singular, stays
    ([("Сами", "PROPN Nom Sing Masc"), ("Хедиран", "PROPN Nom Sing Masc"), ("забил", "VERB"), ("гол", "NOUN"),
      (".", "PUNCT")], (0, 1), "Сами Хедиран"),
])
def test_leading_word_is_no_name(models, tokens, span, expected):
    analysis = tagged(*tokens, spans=[(*span, "PER")])
    names, _genders = resolve_people(analysis, list(analysis.spans), models.morph)
    assert [name.full for name in names.values()] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a regnal number after a first name is no initial
    ("Встреча прошла у памятника Николаю I в центре.", ["Николай I"]),
    ("Король Карл V отрёкся от престола.", ["Карл V"]),
    # a woman's surname of a family pymorphy lists as a man's only (``Раков``): her nominative, not his genitive
    ("На пост назначена заместительница министра Анастасия Ракова, которая работала с ним.",
     ["Анастасия Ракова"]),
    ("Встреча Петра Ракова с коллегами прошла вчера.", ["Пётр Раков"]),
    # a woman's surname that declines as an adjective: ``-ая`` in the nominative, not ``-а``
    ("Депутаты приняли пакет Яровой в первом чтении.", ["Яровая"]),
    ("Интервью Марии Боровой вышло вчера.", ["Мария Боровая"]),
    ("Интервью Марии Беловой вышло вчера.", ["Мария Белова"]),
])
def test_name_parts(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("tokens", [
    [("И", "PROPN Nom Sing Masc"), ("вот", "PART"), ("мы", "PRON"), ("пришли", "VERB"), ("домой", "ADV")],
    [("Б", "PROPN Nom Sing Masc"), ("сказал", "VERB"), ("что", "SCONJ"), ("рад", "ADJ Short")],
])
def test_one_letter_alone_is_no_one(models, tokens):
    from nerpipe.spans import refine_spans

    analysis = tagged(*tokens, spans=[(0, 0, "PER")])
    found = refine_spans(analysis, models.morph, models.orgs, models.gazetteer)
    assert [s for s in found if s.type == "PER"] == []


@pytest.mark.parametrize("text, expected", [
    # a patronymic before a surname is no first name
    ("Портрет Дмитриевны Корнеевой висит в зале.", [(None, "Дмитриевна", "Корнеева")]),
    ("Письмо Саввича Корнеева нашли в архиве.", [(None, "Саввич", "Корнеев")]),
])
def test_patronymic_and_surname(models, text, expected):
    assert [(p.first, p.middle, p.last) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # ``О`` opening a sentence before a name in the locative is the preposition, no initial
    ("О Гордее Ильиче вспоминают до сих пор.", [("Гордей Ильич", "Гордей", None)]),
    ("О Святославе Брагине написали в газете.", [("Святослав Брагин", "Святослав", "Брагин")]),
    ("Об Игнате Полозове написали в газете.", [("Игнат Полозов", "Игнат", "Полозов")]),
])
def test_opening_preposition_no_initial(models, text, expected):
    assert [(p.name, p.first, p.last) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised common noun inside a sentence, before a surname, is a first name (``Финн``, ``Кит``)
    ("Вчера к нам приехал Финн Олдридж.", ["Финн Олдридж"]),
    ("Письмо от Финна Олдриджа пришло утром.", ["Финн Олдридж"]),
    ("Контракт с Финном Олдриджем продлили.", ["Финн Олдридж"]),
    # a title, profession or kin word is cut off all the same
    ("Контракт с Доктором Веллером продлили.", ["Веллер"]),
    ("Вчера к нам приехал Шейх Мансур.", ["Мансур"]),
])
def test_common_noun_inside_sentence_is_first_name(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected
