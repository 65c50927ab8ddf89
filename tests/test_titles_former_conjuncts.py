"""A post left by a list of holders: each title joined to the first one (``министр A, министр B и министр C``) is
left as that one is; a holder who left his own post (``покинул свой пост``) held it before. Every sentence and
name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # the verb of leaving before a list of titles: every conjunct left
    ("Свои посты покинули министр транспорта Пётр Орлов, министр культуры Анна Котова и министр спорта "
     "Глеб Ракитин.",
     {("Пётр Орлов", "министр транспорта", "министр", True),
      ("Анна Котова", "министр культуры", "министр", True),
      ("Глеб Ракитин", "министр спорта", "министр", True)}),
    # the holders, the subject, left their own posts
    ("Министр связи Олег Жуков и министр туризма Ирина Лосева разом покинули свои посты.",
     {("Олег Жуков", "министр связи", "министр", True), ("Ирина Лосева", "министр туризма", "министр", True)}),
    ("Министр связи Олег Жуков покинул пост в пятницу.", {("Олег Жуков", "министр связи", "министр", True)}),
    # near cases that stay held: a place left, not a post; a list with no verb of leaving
    ("Министр связи Олег Жуков и министр туризма Ирина Лосева покинули зал.",
     {("Олег Жуков", "министр связи", "министр", False), ("Ирина Лосева", "министр туризма", "министр", False)}),
    ("На встрече выступили министр транспорта Пётр Орлов и министр культуры Анна Котова.",
     {("Пётр Орлов", "министр транспорта", "министр", False),
      ("Анна Котова", "министр культуры", "министр", False)}),
    # the post named after the verb is another's: the subject holds his own title still
    ("Министр связи Олег Жуков покинул пост председателя совета фонда.",
     {("Олег Жуков", "министр связи", "министр", False)}),
])
def test_conjuncts_of_a_post_left(models, text, expected):
    assert expected <= rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a conjunct set against the one before (а, но, a word of time): its own time, not the first's
    ("Пётр Орлов, в прошлом журналист, а ныне депутат Госдумы, посетил завод.",
     {("Пётр Орлов", "журналист", "журналист", True), ("Пётр Орлов", "депутат Госдумы", "депутат", False)}),
    ("Анна Котова, в прошлом учитель, а теперь директор школы, выступила на форуме.",
     {("Анна Котова", "учитель", "учитель", True), ("Анна Котова", "директор школы", "директор", False)}),
    ("Глеб Ракитин, бывший министр связи, а сейчас советник губернатора, выступил на форуме.",
     {("Глеб Ракитин", "бывший министр связи", "министр", True),
      ("Глеб Ракитин", "советник губернатора", "советник губернатора", False)}),
])
def test_conjunct_of_another_time(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # one post under two names joined by a dash after the post left: both names left
    ("Президент освободил Петра Орлова от должности начальника штаба - первого заместителя командующего войсками "
     "округа.",
     {("Пётр Орлов", "начальник штаба", "начальник", True),
      ("Пётр Орлов", "первый заместитель командующего войсками округа", "первый заместитель командующего", True)}),
    ("Глеба Ракитина сняли с поста президента – председателя правления банка «Восход».",
     {("Глеб Ракитин", "президент", "президент", True),
      ("Глеб Ракитин", "председатель правления банка «Восход»", "председатель правления", True)}),
    # near cases that stay: the first post not left, only possibly; a post taken, not left
    ("Глеб Ракитин может быть освобожден от должности министра - руководителя аппарата.",
     {("Глеб Ракитин", "министр", "министр", False),
      ("Глеб Ракитин", "руководитель аппарата", "руководитель аппарата", False)}),
    ("Пётр Орлов назначен на должность начальника штаба - первого заместителя командующего войсками округа.",
     {("Пётр Орлов", "начальник штаба", "начальник", False),
      ("Пётр Орлов", "первый заместитель командующего войсками округа", "первый заместитель командующего", False)}),
])
def test_dashed_name_of_a_post_left(models, text, expected):
    assert rows(text, models) == expected
