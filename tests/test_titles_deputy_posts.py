"""A bare deputy's title after a post word, with a name in the genitive right after it (``пост заместителя
Петрова займёт Котов``): the name is the principal's, not the holder's; and a post someone is only promoted for
(``продвигать на пост``) is held by no one. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("В канцелярии мэра заявили, что пост заместителя Петрова займёт Иван Котов.",
     {("Иван Котов", "заместитель", "заместитель", False)}),
    ("Орлов назначен на должность помощника Анны Котовой.",
     {("Орлов", "помощник", "помощник", False)}),
    # near cases that stay: a chief's title after the deputy, a deputy before a name in the nominative
    ("Орлов назначен на должность помощника губернатора.",
     {("Орлов", "помощник губернатора", "помощник губернатора", False)}),
    ("Заместитель Петрова Иван Котов открыл выставку.",
     {("Иван Котов", "заместитель", "заместитель", False)}),
    # near cases that stay: a word that only begins like a word of a post holds the name after the deputy
    ("Постановлением заместителя Петра Орлова Иван Котов назначен директором.",
     {("Пётр Орлов", "заместитель", "заместитель", False), ("Иван Котов", "директор", "директор", False)}),
    ("Поступлением заместителя Петра Орлова на службу заинтересовались газеты.",
     {("Пётр Орлов", "заместитель", "заместитель", False)}),
])
def test_deputy_post_names_principal(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Совет намерен продвигать на пост президента банка Ивана Котова.", set()),
    # near case that stays: one appointed to the post
    ("Совет назначил на пост президента банка Ивана Котова.",
     {("Иван Котов", "президент банка", "президент", False)}),
])
def test_promoted_for_post(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # "в" before a common noun in the accusative is whither, not where the post is
    ("Министр Пётр Орлов пригласил на пост своего заместителя в министерство выходца из банка Ивана Котова.",
     {("Пётр Орлов", "министр", "министр", False), ("Иван Котов", "заместитель министра", "заместитель министра",
                                                     False)}),
    # near case: a place in the locative stays in the title
    ("Посол в Грузии Иван Котов выступил.", {("Иван Котов", "посол в Грузии", "посол", False)}),
])
def test_direction_ends_title(models, text, expected):
    assert rows(text, models) == expected
