"""Names of invented people read wrong on fresh news (round 66): a surname read from an oblique case without the
fleeting vowel the document writes in its nominative is that name (``Олега Гарбузка`` beside ``Олег Гарбузок``); a
capitalised participle before the common noun it agrees with is no name (``Заслуженная артистка``); a first name that is
a title too (``Эмир``) after a title in lower case (``режиссёра``, its lemma's ``ё`` read as ``е``) stays the name's;
a word pymorphy reads as nothing but a place's name is no person (``представляет Алабаму``); a man's first name pymorphy
reads only as a woman's declines as hers in the dative (``Николе Петрову`` → ``Никола Петров``)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Олег Гарбузок возглавил клуб. Контракт Олега Гарбузка рассчитан на год.",
     {("Олег Гарбузок", ("Олег Гарбузок", "Олега Гарбузка"))}),
    ("Контракт Олега Гарбузка рассчитан на год. Позже Олег Гарбузок уехал в Энск.",
     {("Олег Гарбузок", ("Олега Гарбузка", "Олег Гарбузок"))}),
])
def test_oblique_without_fleeting_vowel(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Главную роль исполняет Заслуженная артистка Энской области Вера Котова.",
     {("Вера Котова", ("Вера Котова",))}),
    ("Ей помогала Признанная мастерица Вера Котова.", {("Вера Котова", ("Вера Котова",))}),
])
def test_capitalised_participle_before_noun(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Губернатор наградил режиссёра Эмира Пастурицу орденом Дружбы.",
     {("Эмир Пастурица", ("Эмира Пастурицу",))}),
    ("Губернатор наградил тренера Эмира Пастурова орденом Дружбы.",
     {("Эмир Пастуров", ("Эмира Пастурова",))}),
])
def test_title_first_name_after_lower_title(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # one word the tagger takes for a name that pymorphy reads as nothing but a place's name
    ("Джефф Морленд представляет Алабаму в Сенате с 1997 года.", {("Джефф Морленд", ("Джефф Морленд",))}),
    ("Сенатор Джим Морли представляет Небраску с 2001 года.", {("Джим Морли", ("Джим Морли",))}),
])
def test_place_only_word_is_no_person(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a man's first name pymorphy reads only as a woman's, in the dative a man's surname settles
    ("Награду вручили Николе Петрову.", {("Никола Петров", ("Николе Петрову",))}),
    ("Награду вручили Николе Бертрану.", {("Никола Бертран", ("Николе Бертрану",))}),
])
def test_mans_first_name_of_first_declension(models, text, expected):
    assert person_mentions(text, models) == expected
