"""Which body a mention is by what names it around: a word for the place the text is about (``МИД
республики``: nerpipe.resolve.place_words), an adjective of a part of Russia (``Уральский завод``), a
kind noun describing a quoted adjective (``банк «Северный»``), a unit's body by its kind noun (``ЦК
партии``: nerpipe.resolve.unit_heads)."""

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # a text about one foreign country: ``страны``, ``республики``, ``государства`` are that country
    ("Премьер-министр Кении выступил в Найроби. По его словам, министерство финансов страны подготовило бюджет.",
     "министерство финансов страны", ("Министерство финансов Кении", "KE")),
    ("В Чехии прошли выборы. Правительство страны ушло в отставку. Прага встретила новость спокойно.",
     "Правительство страны", ("Правительство Чехии", "CZ")),
    # an abbreviation with the word: the country's body of the dictionary's full name, one with its full mention
    ("Президент Белоруссии подписал указ. Министерство иностранных дел Белоруссии направило ноту. "
     "В МИД республики пояснили, что нота касается границы.",
     "МИД республики", ("Министерство иностранных дел Белоруссии", "BY")),
    # a text about one Russian republic: the word after a federal body's name is that republic
    ("В Казани прошло совещание. Минздрав республики выделит средства на ремонт больниц.",
     "Минздрав", ("Министерство здравоохранения Республики Татарстан", "RU")),
    ("В Уфе прошло совещание. По данным Минфина республики, средства выделены.",
     "Минфина", ("Министерство финансов Республики Башкортостан", "RU")),
    ("В Твери прошло совещание. По данным Минздрава области, средства выделены.",
     "Минздрава", ("Министерство здравоохранения Тверской области", "RU")),
    # a text about Russia: the country is Russia
    ("Минздрав страны выделит средства на ремонт больниц. Об этом сообщили в Москве и Твери.",
     "Минздрав", ("Министерство здравоохранения Российской Федерации", "RU")),
    # ``области`` does not name a republic
    ("В Казани прошло совещание. По данным Минздрава области, средства выделены.",
     "Минздрава", ("Министерство здравоохранения Российской Федерации", "RU")),
])
def test_a_body_of_the_place_the_text_is_about(models, text, mention, expected):
    result = analyze(text, models)
    orgs = {org.org_id: org for org in result.organizations}
    found = [orgs[m.entity_id] for m in result.mentions if m.type == "ORG" and m.text == mention]
    assert [(org.name, org.country) for org in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    # one body by its full name and the word for its country: one entity
    ("Президент Белоруссии подписал указ. Министерство иностранных дел Белоруссии направило ноту. "
     "В МИД республики пояснили, что нота касается границы.",
     {"Министерство иностранных дел Белоруссии": "Министерство иностранных дел Белоруссии",
      "МИД республики": "Министерство иностранных дел Белоруссии"}),
])
def test_the_word_for_the_country_joins_the_full_name(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # an adjective of a federal district of Russia names no town abroad (not Уральск): a body of Russia
    ("Акционеры ОАО «Уральский завод буровых машин» одобрили сделку.", "RU"),
    ("Сибирский инвестиционный банк выдал кредит фермерам.", "RU"),
    ("Приволжский центр сертификации выдал лицензию.", "RU"),
    # an adjective of a town abroad still names its country
    ("Парижский фонд искусства «Северная звезда» объявил конкурс.", "FR"),
])
def test_the_country_of_a_body_named_by_a_district_adjective(models, text, expected):
    assert [org.country for org in analyze(text, models).organizations] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a quoted name a kind noun describes is a body of its own, not the longer name its adjective opens
    ("Банк «Северный» и Северный банк развития подписали соглашение.",
     {"Банк «Северный»": "Северный", "Северный банк развития": "Северный банк развития"}),
    ("Банк «Западный» выдал кредит, а Западный инвестиционный банк отказал.",
     {"Банк «Западный»": "Западный", "Западный инвестиционный банк": "Западный инвестиционный банк"}),
    # an adjective alone still is the name it opens
    ("Премьера прошла на сцене Большого театра. Солисты Большого продолжили гастроли.",
     {"Большого театра": "Большой театр", "Большого": "Большой театр"}),
])
def test_a_described_quoted_adjective_is_its_own_body(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit named again with its body's kind noun: the unit named before
    ("Решение принял ЦК КПРФ. Позже ЦК партии собрался снова.",
     {"ЦК КПРФ": "ЦК КПРФ", "КПРФ": "Коммунистическая партия Российской Федерации", "ЦК партии": "ЦК КПРФ"}),
    ("Решение принял ЦК ЛДПР. Позже ЦК партии собрался снова.",
     {"ЦК ЛДПР": "ЦК ЛДПР", "ЛДПР": "Либерально-демократическая партия России", "ЦК партии": "ЦК ЛДПР"}),
])
def test_a_unit_named_again_with_its_body_kind(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Решение принял ЦК партии «Зелёный путь». Позже ЦК партии собрался снова.",
     {"ЦК партии «Зелёный путь»": "ЦК партии «Зелёный путь»", "партии «Зелёный путь»": "Зелёный путь",
      "ЦК партии": "ЦК партии «Зелёный путь»"}),
])
def test_a_unit_named_again_with_the_kind_noun_after_it(models, text, expected):
    assert org_entity_names(text, models) == expected
