"""A capitalised verb opening a sentence that the tagger takes for a name is tagged as the verb it is."""

from __future__ import annotations

import pytest

from nerpipe.ner import analyze_text, retag_predicates

from .conftest import holder_titles


def first_word_tag(text: str, models, sentence: int = 1) -> tuple[str, str | None]:
    analysis = retag_predicates(analyze_text(text, models.tagger), models.morph)
    token = next(t for t in analysis.tokens if t.sent == sentence)
    return token.pos, token.feat.get("Tense")


@pytest.mark.parametrize("text, expected", [
    ("Иван Орлов окончил институт. Работал министром.", ("VERB", "Past")),
    ("Анна Котова окончила институт. Работала директором школы.", ("VERB", "Past")),
])
def test_a_verb_opening_a_sentence_is_a_verb(models, text, expected):
    assert first_word_tag(text, models) == expected


@pytest.mark.parametrize("text", [
    # a surname, and a word pymorphy knows as a noun too (``Стали``: of steel), keep the tagger's reading
    "Иван Орлов окончил институт. Орлов работал министром.",
    "Иван Орлов окончил институт. Стали в цехе хватит на год.",
])
def test_names_and_nouns_keep_their_tag(models, text):
    analysis = analyze_text(text, models.tagger)
    assert retag_predicates(analysis, models.morph).tokens == analysis.tokens


@pytest.mark.parametrize("text, expected", [
    # a biography with no subject: the verb the tagger read as a name gives the title
    ("Иван Орлов родился в Твери в 1960 году. Работал министром экономики области.",
     ("Иван Орлов", "министр экономики области")),
    ("Пётр Лаптев окончил институт. Работал министром.", ("Пётр Лаптев", "министр")),
])
def test_biography_titles_after_a_verb_read_as_a_name(models, text, expected):
    assert expected in holder_titles(text, models)
