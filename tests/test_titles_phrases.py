"""Whole title phrases beside a name (the grid of tests/probes/title_phrases.py): long titles, two titles of one
person, ordinals, ``ныне покойный``, ``врио`` and ``и. о.``. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze
from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # an organization ending in a "по" phrase, taken whole, leaves that phrase open: "с обращениями граждан" goes on
    ("Заместитель руководителя управления по работе с обращениями граждан Пётр Смирнов открыл школу.",
     {("Пётр Смирнов", "заместитель руководителя управления по работе с обращениями граждан",
       "заместитель руководителя", False)}),
    ("Встреча с начальником управления по работе с жалобами жителей администрации Твери Анной Котовой прошла.",
     {("Анна Котова", "начальник управления по работе с жалобами жителей администрации Твери",
       "начальник управления", False)}),
])
def test_a_phrase_that_goes_on_past_an_organization(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural title noun names no one person: "директоров" is a dependent, not the name's own title
    ("По словам председателя совета директоров Петра Смирнова, школа откроется.",
     {("Пётр Смирнов", "председатель совета директоров", "председатель совета", False)}),
    ("Журналисты поздравили председателя совета директоров банка «Опора» Анну Котову.",
     {("Анна Котова", "председатель совета директоров банка «Опора»", "председатель совета", False)}),
])
def test_a_plural_title_noun_inside_a_title(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # two coordinated titles, one read as a genitive and one as an accusative: both the name's
    ("Журналисты поздравили директора завода «Заря» и депутата Глеба Ракитина с юбилеем.",
     {("Глеб Ракитин", "директор завода «Заря»", "директор", False),
      ("Глеб Ракитин", "депутат", "депутат", False)}),
    ("Журналисты поздравили ректора и профессора Тверского университета Петра Смирнова.",
     {("Пётр Смирнов", "ректор", "ректор", False),
      ("Пётр Смирнов", "профессор Тверского университета", "профессор", False)}),
])
def test_coordinated_titles_in_the_accusative(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # "ныне покойный" opens the title in every case, normalized with its adverb
    ("По словам ныне покойного ректора Тверского университета Глеба Ракитина, школа откроется.",
     {("Глеб Ракитин", "ныне покойный ректор Тверского университета", "ректор", True)}),
    ("Газета написала о ныне покойном ректоре Тверского университета Глебе Ракитине.",
     {("Глеб Ракитин", "ныне покойный ректор Тверского университета", "ректор", True)}),
    ("Встреча с ныне покойным директором завода «Заря» Петром Смирновым прошла в Твери.",
     {("Пётр Смирнов", "ныне покойный директор завода «Заря»", "директор", True)}),
])
def test_a_late_holder(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # "врио" and "и. о." do not decline: the apposition agrees with a name in any case
    ("По словам Ольги Ершовой, врио губернатора Тверской области, школа откроется.",
     {("Ольга Ершова", "врио губернатора Тверской области", "исполняющий обязанности губернатора", False)}),
    ("Пётр Смирнов, и. о. директора завода «Заря», открыл новую школу.",
     {("Пётр Смирнов", "и. о. директора завода «Заря»", "исполняющий обязанности директора", False)}),
    ("Встреча с Анной Котовой, врио ректора Тверского университета, прошла в Твери.",
     {("Анна Котова", "врио ректора Тверского университета", "исполняющий обязанности ректора", False)}),
    # ... and is still no object's title
    ("Пётр Смирнов направил письмо врио губернатора Тверской области.", set()),
])
def test_an_indeclinable_acting_title_in_apposition(models, text, expected):
    assert rows(text, models) == expected
    assert all(f.acting for f in analyze(text, models).positions)


@pytest.mark.parametrize("text, expected", [
    # a participle that is a title and no modifier governs a title noun in the genitive after it
    ("По словам уполномоченного губернатора по правам ребёнка Анны Котовой, школа откроется.",
     {("Анна Котова", "уполномоченный губернатора по правам ребёнка", "уполномоченный", False)}),
    ("Уполномоченный мэра по делам молодёжи Пётр Смирнов открыл школу.",
     {("Пётр Смирнов", "уполномоченный мэра по делам молодёжи", "уполномоченный", False)}),
    # ... a modifier qualifies the title noun, in the role too, in any case and whatever the tagger reads it as
    ("Журналисты поздравили управляющего директора банка «Опора» Глеба Ракитина.",
     {("Глеб Ракитин", "управляющий директор банка «Опора»", "управляющий директор", False)}),
    ("Встреча с управляющим директором банка «Опора» Петром Смирновым прошла в Твери.",
     {("Пётр Смирнов", "управляющий директор банка «Опора»", "управляющий директор", False)}),
    ("По словам председательствующего судьи Петра Смирнова, заседание отложено.",
     {("Пётр Смирнов", "председательствующий судья", "председательствующий судья", False)}),
])
def test_a_participle_title_and_a_participle_modifier(models, text, expected):
    assert rows(text, models) == expected
