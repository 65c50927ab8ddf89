"""Titles whose head governs the instrumental (``командующий войсками``, ``заведующий кафедрой``): the noun after
it shares its case only, it is governed, not qualified (``управляющий директор`` agrees, and stays one title);
such a title opening a sentence is no body's name; an inner title of that kind takes its instrumental too; a time
after a preposition (``с января``) is when, not whose."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Генерал-майор Иван Сидоров назначен командующим войсками Северного военного округа.",
     ("Иван Сидоров", "командующий войсками Северного военного округа")),
    ("Командующим войсками Озёрного военного округа с марта назначен генерал-майор Пётр Орлов.",
     ("Пётр Орлов", "командующий войсками Озёрного военного округа")),
    ("Генерал-майор Иван Сидоров стал заместителем командующего войсками Северного военного округа.",
     ("Иван Сидоров", "заместитель командующего войсками Северного военного округа")),
    ("Заведующим кафедрой истории назначен доцент Пётр Орлов.", ("Пётр Орлов", "заведующий кафедрой истории")),
    ("Управляющим директором банка стал Пётр Орлов.", ("Пётр Орлов", "управляющий директор банка")),
])
def test_a_head_of_the_instrumental_governs_its_noun(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # a participle governing the instrumental before a named body: its first adjective agrees, it is still governed
    ("Президент назначил Петра Орлова командующим Озёрным военным округом.",
     ("Пётр Орлов", "командующий Озёрным военным округом")),
    ("Глеб Ракитин назначен командующим Северным флотом.", ("Глеб Ракитин", "командующий Северным флотом")),
    # a rank before the name appointed: the verb of appointing stands past it
    ("Президент своим указом назначил генерал-полковника Петра Орлова командующим Озёрным военным округом.",
     ("Пётр Орлов", "командующий Озёрным военным округом")),
    ("Президент назначил генерал-лейтенанта Глеба Ракитина командующим войсками Озёрного военного округа.",
     ("Глеб Ракитин", "командующий войсками Озёрного военного округа")),
    ("Указ о назначении генерал-майора Петра Орлова командующим Северным флотом подписан.",
     ("Пётр Орлов", "командующий Северным флотом")),
    # the relative pronoun the object of the appointing verb: the name its clause qualifies
    ("Генерал-майор Пётр Орлов, которого назначили командующим войсками округа, прибыл в город.",
     ("Пётр Орлов", "командующий войсками округа")),
    ("Анна Котова, которую избрали председателем совета, выступила на форуме.",
     ("Анна Котова", "председатель совета")),
    # an honour before the rank: passed over as the rank is
    ("Указ о назначении Героя России генерал-майора Петра Орлова командующим Северным флотом подписан.",
     ("Пётр Орлов", "командующий Северным флотом")),
    # a noun of kin with its possessive: the name in apposition to it is the one appointed
    ("Губернатор назначил своего сына Петра Орлова министром культуры.", ("Пётр Орлов", "министр культуры")),
    # near case that stays: the noun of appointing right before the name
    ("Министр спорта Глеб Ракитин прокомментировал назначение Петра Орлова главным тренером сборной.",
     ("Пётр Орлов", "главный тренер сборной")),
    # a participle the tagger reads as a plural before a noun it cannot agree with ("командующим войсками")
    ("Президент Озёрной республики Глеб Ракитин своим указом назначил генерал-полковника Петра Орлова "
     "командующим войсками Сибирского военного округа.",
     ("Пётр Орлов", "командующий войсками Сибирского военного округа")),
])
def test_appointed_commander_of_a_named_body(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, absent", [
    # a noun of kin before the name, no title: the kin is the one appointed, the name is not
    ("Губернатор назначил сына Петра Орлова министром культуры.", ("Пётр Орлов", "министр культуры")),
    ("Губернатор назначил вдову Петра Орлова министром культуры.", ("Пётр Орлов", "министр культуры")),
    ("Указ о назначении сына Петра Орлова министром культуры подписан.", ("Пётр Орлов", "министр культуры")),
])
def test_appointed_kin_of_the_name(models, text, absent):
    assert absent not in holder_titles(text, models)


@pytest.mark.parametrize("text, absent", [
    # near cases that stay: a participle that agrees with the noun after it qualifies it
    ("Пётр Орлов назначен управляющим директором банка.", ("Пётр Орлов", "управляющий")),
    ("Совет стал руководящим органом фонда, заявил Пётр Орлов.", ("Пётр Орлов", "руководящий")),
    ("Компания стала управляющей компанией фонда, сообщил Пётр Орлов.", ("Пётр Орлов", "управляющий")),
])
def test_agreeing_participle_stays_a_modifier(models, text, absent):
    assert absent not in holder_titles(text, models)
