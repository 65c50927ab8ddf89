"""Posts left, by more words: ``прошлый`` before a title as ``бывший``; ``с поста тренера был уволен``, the leaving
verb after the title and its auxiliary in the past; ``завершил работу в должности начальника``, the work at a post
ended; a post named again by a demonstrative goes to the last post named before, not to a bare rank
(``Ранее этот пост занимал …`` after ``генерал-лейтенант``); and ``пригласил Петра Орлова на пост тренера``
names the one invited as appointing does."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Прошлый начальник управления Игорь Валов возглавлял ведомство с 2010 года.",
     ("Игорь Валов", "прошлый начальник управления", True)),
    ("Отмечается, что прошлая директор школы Анна Зорина переехала в Лесногорск.",
     ("Анна Зорина", "прошлая директор школы", True)),
    ("24 октября в связи с плохими результатами команды с поста главного тренера «Кедра» был уволен Пётр Кротов.",
     ("Пётр Кротов", "главный тренер «Кедра»", True)),
    ("С поста главного тренера «Кедра» будет уволен Пётр Кротов.", ("Пётр Кротов", "главный тренер «Кедра»", False)),
    ("Генерал-майор Игорь Валов завершил работу в должности начальника управления и возглавил ведомство в Твери.",
     ("Игорь Валов", "начальник управления", True)),
    ("Полковник Игорь Валов завершил службу в должности командира полка.", ("Игорь Валов", "командир полка", True)),
    ("Полковник Игорь Валов завершит работу в должности начальника управления в мае.",
     ("Игорь Валов", "начальник управления", False)),
    ("Клуб пригласил Игоря Валова на пост главного тренера.", ("Игорь Валов", "главный тренер", False)),
    ("Новым командующим округа стал генерал-лейтенант Игорь Валов. Ранее этот пост занимал Пётр Кротов.",
     ("Пётр Кротов", "командующий округа", True)),
])
def test_posts_left(models, text, expected):
    assert expected in holder_former_rows(text, models)


@pytest.mark.parametrize("text, absent", [
    # a bare rank is no post another takes over
    ("Новым командующим округа стал генерал-лейтенант Игорь Валов. Ранее этот пост занимал Пётр Кротов.",
     ("Пётр Кротов", "генерал-лейтенант", True)),
])
def test_rank_not_taken_over(models, text, absent):
    assert absent not in holder_former_rows(text, models)
