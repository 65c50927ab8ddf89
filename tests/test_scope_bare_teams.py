"""A national team named without its country (``молодёжной сборной``) after the text names it with its country
(``Молодёжная сборная России по хоккею``) is that team, of that country. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Молодёжная сборная России по хоккею обыграла финнов. Главный тренер молодёжной сборной Пётр Орлов доволен.",
     "молодёжной сборной", "Молодёжная сборная России по хоккею"),
    ("Женская сборная Сербии по волейболу вышла в финал. Капитан женской сборной Мила Петрович получила травму.",
     "женской сборной", "Женская сборная Сербии по волейболу"),
])
def test_a_bare_team_after_its_full_name(models, text, mention, expected):
    assert org_entity_names(text, models).get(mention) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # words that open no team's name named with a country: not joined
    ("Женская сборная Сербии по волейболу вышла в финал. Тренер молодёжной сборной Пётр Орлов доволен.",
     "молодёжной сборной", "Молодёжная сборная"),
])
def test_a_bare_team_of_other_words(models, text, mention, expected):
    assert org_entity_names(text, models).get(mention) == expected
