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
