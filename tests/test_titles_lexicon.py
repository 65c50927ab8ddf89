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
    ("интернет-журналист", None, "журналист"),  # a hyphenated word: the title it is built on
    ("губернатора-то", None, "губернатор"),  # a particle is not part of the word
    ("политики", {"Number": "Plur"}, "политик"),
    ("политики", {"Number": "Sing", "Gender": "Fem"}, None),  # "региональной политики": the tagger says so
    ("стол", None, None),
    ("кто-то", None, None),
])
def test_title_lemma(lexicon, word, feats, lemma):
    assert lexicon.title_lemma(word, feats) == lemma


@pytest.mark.parametrize("word, role", [
    ("вице-губернатор", "заместитель губернатора"),
    ("гендиректор", "генеральный директор"),
    ("директор", "директор"),  # a word with no variant is its own role
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
])
def test_word_groups(lexicon, question, word, expected):
    assert getattr(lexicon, question)(word) is expected
