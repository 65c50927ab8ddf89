"""One person named in full in two ways within a document (invented names): one foreign name written
with other vowels, and the same written name read in two ways."""

from __future__ import annotations

import pytest

from nerpipe.resolve.respellings import vowel_respelled

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    # a foreign first name written with another vowel: the spelling more mentions give
    ("Актриса Кэрри Лоуден приехала в Москву. Кэрри Лоуден представила фильм. "
     "За свою карьеру Керри Лоуден снялась в двадцати фильмах.",
     {("Кэрри Лоуден", ("Кэрри Лоуден", "Кэрри Лоуден", "Керри Лоуден"))}),
    # … or a foreign surname so, with its suffix
    ("Посол Брюс Хантер-младший прибыл в Москву. Брюс Хантер-младший встретился с министром. "
     "Как сообщили в посольстве, Брюс Хантор-младший пробудет в Москве неделю.",
     {("Брюс Хантер-младший", ("Брюс Хантер-младший", "Брюс Хантер-младший", "Брюс Хантор-младший"))}),
    # two first names pymorphy knows are two people
    ("Алина Шмидт и Алена Шмидт открыли кафе в Твери.",
     {("Алина Шмидт", ("Алина Шмидт",)), ("Алена Шмидт", ("Алена Шмидт",))}),
    # Russian surnames with other vowels are other families
    ("Ларс Петров и Ларс Петрав открыли кафе в Твери.",
     {("Ларс Петров", ("Ларс Петров",)), ("Ларс Петрав", ("Ларс Петрав",))}),
])
def test_vowel_respellings(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("word, other, expected", [
    ("Кэрри", "Керри", True), ("Хантсман", "Хантсмен", True), ("Лоуден", "лоуден", True),
    # other consonants, another last letter, other lengths, short words
    ("Картер", "Кантер", False), ("Мария", "Марио", False), ("Даниэле", "Даниэль", False), ("Ким", "Кем", False),
])
def test_vowel_respelled(word, other, expected):
    assert vowel_respelled(word, other) is expected


@pytest.mark.parametrize("text, expected", [
    # a name written alike in a line of its own and after a title: one reading, the first span's
    ("Ровелле выиграл золото\nДаниэле Ровелле\nПобедителем турнира фехтовальщиков стал итальянец Даниэле Ровелле.",
     {("Даниэле Ровелле", ("Ровелле", "Даниэле Ровелле", "Даниэле Ровелле"))}),
])
def test_same_written_names(models, text, expected):
    assert person_mentions(text, models) == expected
