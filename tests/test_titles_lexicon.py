"""The title lexicon alone: which words are titles, and the role each maps to."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def lexicon(models):
    return models.titles


@pytest.mark.parametrize("word, feats, lemma", [
    ("директором", None, "директор"),
    ("заведующего", None, "заведующий"),  # a participle that is a title
    ("управляющим", None, "управляющий"),
    ("шахматистка", None, "шахматист"),  # a feminine form counts for its title
    ("помощница", None, "помощник"),
    ("экс-губернатор", None, "губернатор"),  # a former holder
    ("госсоветника", None, "госсоветник"),
    ("медиаменеджером", None, "медиаменеджер"),
    ("блогер-путешественник", None, "блогер"),  # a hyphenated word: the title it is built on
    ("губернатора-то", None, "губернатор"),  # a particle is not part of the word
    ("политики", {"Number": "Plur"}, "политик"),
    ("политики", {"Number": "Sing", "Gender": "Fem"}, None),  # "региональной политики": the tagger says so
    ("политики", {"Case": "Gen", "Number": "Sing", "Gender": "Fem"}, None),  # a form the word can take
    # a case and number the form cannot take: the tagger's number and gender are not trusted
    ("гиду", {"Case": "Dat", "Number": "Plur", "Gender": "Fem"}, "гид"),
    ("Председателя", {"Case": "Nom", "Number": "Plur", "Gender": "Masc"}, "председатель"),
    ("пресс-секретарём", {"Case": "Ins", "Number": "Plur", "Gender": "Masc"}, "пресс-секретарь"),
    # a gender no noun reading of the word has: the tagger's gender is not trusted
    ("полпреде", {"Case": "Loc", "Number": "Sing", "Gender": "Neut"}, "полпред"),
    ("постпреда", {"Case": "Gen", "Number": "Sing", "Gender": "Fem"}, "постпред"),
    ("торгпредом", {"Case": "Ins", "Number": "Sing", "Gender": "Neut"}, "торгпред"),
    ("стол", None, None),
    ("кто-то", None, None),
    # occupations from the professions dictionary, in their feminine forms too
    ("хирургом", None, "хирург"),
    ("сержанта", None, "сержант"),
    ("певица", None, "певец"),
    ("поп-дивой", None, "дива"),
    ("марафонка", None, "марафонец"),
    ("танцовщицей", None, "танцовщик"),
    ("монахиня", None, "монах"),
    ("актрисой", None, "актриса"),  # listed as it is: its role maps to "актер"
    # a prefix and a title make a title
    ("спецпредставителя", None, "спецпредставитель"),
    ("сорежиссёр", None, "сорежиссер"),
    # a relative, a resident, a patient are no titles
    ("дочь", None, None),
    ("житель", None, None),
    ("пациентка", None, None),
])
def test_title_lemma(lexicon, word, feats, lemma):
    assert lexicon.title_lemma(word, feats) == lemma


@pytest.mark.parametrize("word, role", [
    ("вице-губернатор", "заместитель губернатора"),
    ("гендиректор", "генеральный директор"),
    ("директор", "директор"),  # a word with no variant is its own role
    ("спецпредставитель", "специальный представитель"),
    ("актриса", "актер"),  # feminine forms map to one role
])
def test_map_role(lexicon, word, role):
    assert lexicon.map_role(word) == role


@pytest.mark.parametrize("question, word, expected", [
    ("is_unit", "кафедрой", True),
    ("is_unit", "школы", False),
    ("is_modifier", "генерального", True),
    ("is_modifier", "новый", False),
    ("is_former", "бывшего", True),
    ("is_former", "нынешний", False),
    ("is_qualifier", "известного", True),  # a word of the list, inflected
    ("is_qualifier", "45-летний", True),  # an age in digits
    ("is_qualifier", "пятидесятилетнему", True),  # an age in words
    ("is_qualifier", "летний", False),  # the summer's
    ("is_qualifier", "генеральный", False),  # a word of the post
])
def test_word_groups(lexicon, question, word, expected):
    assert getattr(lexicon, question)(word) is expected


@pytest.mark.parametrize("word, lemma", [
    ("битмейкера", "битмейкер"),  # an animate noun of a suffix of occupations that no list names
    ("клипмейкер", "клипмейкер"),
    ("пенсионер", None),  # the suffix, but no occupation
    ("террорист", None),
    ("хирург", None),  # listed already: a title, not a guess
    ("стол", None),  # not animate
    ("Иванов", None),  # a surname
])
def test_occupation_lemma(lexicon, word, lemma):
    assert lexicon.occupation_lemma(word) == lemma


@pytest.mark.parametrize("word, expected", [("дочери", True), ("вдова", True), ("супругой", True),
                                            ("директор", False), ("помощник", False)])
def test_relatives(lexicon, word, expected):
    assert lexicon.is_relative(word) is expected


def test_the_professions_dictionary_is_distinct_from_its_exclusions(lexicon):
    assert len(lexicon.professions) > 700
    assert not lexicon.professions & lexicon.not_occupations
    assert {"актриса", "рэпер", "модель", "геолог", "марафонец", "сержант", "кинорежиссер", "композитор", "хирург",
            "епископ", "дипломат"} <= lexicon.titles
