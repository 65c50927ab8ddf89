"""A ministry a text names only inside a minister's title with a country (``министр иностранных дел Украины``)
is the body the text's bare mentions of it mean (``МИД``, ``Минобороны``), as after ``МИД Украины``; where the
text names the ministry of two countries, or as Russia's, the bare mention is left as it was
(:mod:`nerpipe.resolve.titled_ministries`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("В МИД провели брифинг для журналистов. Говорил на нём министр иностранных дел Украины Остап Гринько, "
     "вспоминавший о торговле с Россией и РФ.", "МИД", "Министерство иностранных дел Украины"),
    ("Министр финансов Латвии Янис Озолс представил бюджет. В Минфине пообещали снизить налоги, сообщили в "
     "Москве и в России.", "Минфине", "Министерство финансов Латвии"),
    ("Бывший министр внутренних дел Молдавии Ион Чебан задержан в Москве. В МВД России подтвердили задержание.",
     "МВД России", "Министерство внутренних дел Российской Федерации"),
])
def test_a_ministry_named_in_a_ministers_title(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # two countries' ministers of one remit: the bare mention is not decided by the titles
    ("Министр иностранных дел России Олег Петров встретился с министром иностранных дел Украины Остапом "
     "Гринько. В МИД рассказали о встрече.", "МИД", "Министерство иностранных дел Российской Федерации"),
    # the ministry named as Russia's: its bare mention stays Russia's
    ("Министр финансов Германии Клаус Бергер заявил о санкциях. Минфин России ответил. В Минфине подчеркнули, "
     "что ответ будет.", "Минфине", "Министерство финансов Российской Федерации"),
    # a mention that names its country itself keeps its own name
    ("Министр иностранных дел Латвии Янис Озолс прибыл в Москву. Накануне визита главы латвийского МИДа в "
     "Москву премьер пообещал перемены.", "латвийского МИДа", "МИД Латвии"),
    # another remit than the title's: left alone
    ("Министр обороны Латвии Янис Озолс посетил Москву и Петербург в России. В МИД сообщили о визите.",
     "МИД", "Министерство иностранных дел Российской Федерации"),
])
def test_a_ministers_title_decides_no_other_body(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
