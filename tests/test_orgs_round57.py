"""Organizations of the fifty-seventh round: a company's quoted name after its legal form declined alone
elsewhere, ``ГД`` for the State Duma, a bare ``Совбез`` in a text on the United Nations."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, declined, name", [
    # pymorphy reads ``Зорянки`` as a plural nominative: after ``ЗАО «Зорянка»`` it is that company's genitive
    ("Договор подписало ЗАО «Зорянка». Представитель «Зорянки» заявил, что «Зорянке» нужны деньги.",
     "Зорянки", "ЗАО «Зорянка»"),
    # ``Ирда`` read as a man's name ``Ирд``: the company's quoted name decides
    ("Подрядчиком стало ООО «Ирда» из Заречья. К «Ирде» присоединили директора «Ирды».",
     "Ирде", "ООО «Ирда»"),
    ("Подрядчиком стало ООО «Ирда» из Заречья. К «Ирде» присоединили директора «Ирды».",
     "ООО «Ирда»", "ООО «Ирда»"),
    # a region's abbreviation between the legal form and the name: the name alone, as written or declined
    ("Работы выполнит ГБУ РО «Заречдор». Директор «Заречдора» заявил, что «Заречдор» справится.",
     "Заречдора", "ГБУ РО «Заречдор»"),
    ("Работы выполнит ГБУ РО «Заречдор». Директор «Заречдора» заявил, что «Заречдор» справится.",
     "Заречдор", "ГБУ РО «Заречдор»"),
    # any abbreviation of two to four capitals there: a region's (``ЯНАО``) or a kind of enterprise's (``ТД``,
    # ``НПО``), the quoted name the company's own
    ("Работы выполнит ГКУ ЯНАО «Заречдор». Директор «Заречдора» заявил, что «Заречдор» справится.",
     "Заречдора", "ГКУ ЯНАО «Заречдор»"),
    ("Договор подписало ООО ТД «Зорянка». Представитель «Зорянки» заявил, что «Зорянка» справится.",
     "Зорянки", "ООО ТД «Зорянка»"),
    ("Договор подписало АО НПО «Зорянка». Представитель «Зорянки» заявил, что «Зорянка» справится.",
     "Зорянки", "АО НПО «Зорянка»"),
])
def test_declined_name_of_a_company_with_its_legal_form(models, text, declined, name):
    assert org_entity_names(text, models).get(declined) == name


@pytest.mark.parametrize("text, mention", [
    # a name that is no form of the company's stays its own company
    ("Договор подписало ООО «Зорянка». Конкурент «Вектор» отказался.", "Вектор"),
    ("Договор подписало ООО «Зорянка». Конкурент «Зорянкин» отказался.", "Зорянкин"),
])
def test_other_names_stay_their_own(models, text, mention):
    names = org_entity_names(text, models)
    assert names.get(mention) != "ООО «Зорянка»"


@pytest.mark.parametrize("text, mention, name", [
    # ``ГД`` beside ``Госдума``: the State Duma, one body
    ("Лидер фракции в Госдуме Иван Петров выступил на брифинге перед заседанием ГД.", "ГД",
     "Государственная Дума Федерального Собрания Российской Федерации"),
    # a bare ``Совбез`` where the text speaks of the United Nations' permanent members: its Security Council
    ("Речь идёт о постоянном членстве в Совбезе и о пересмотре положений Устава ООН.", "Совбезе",
     "Совет Безопасности ООН"),
    ("Генассамблея ООН без согласия Совбеза продлила полномочия генсека.", "Совбеза", "Совет Безопасности ООН"),
    # Russia's, where nothing of the United Nations' is said
    ("Секретарь Совбеза Иван Петров заявил, что Россия поднимет вопрос в ООН.", "Совбеза",
     "Совет Безопасности Российской Федерации"),
    ("Совет безопасности РФ провёл заседание. Совбез обсудил ситуацию.", "Совбез",
     "Совет Безопасности Российской Федерации"),
    # the council's own abbreviation names the United Nations: its body with or without the context words
    ("Проект резолюции внесли в СБ ООН в пятницу.", "СБ ООН", "Совет Безопасности ООН"),
])
def test_bodies_of_shared_short_names(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a dictionary name with its owner's genitive after it is the owner's body or title, not the dictionary's
    ("ГД компании «Заречный хлеб» Иван Петров заявил о росте продаж.", "ГД",
     "Государственная Дума Федерального Собрания Российской Федерации"),
    ("Совет безопасности компании «Вектор» собрался в среду.", "Совет безопасности",
     "Совет Безопасности Российской Федерации"),
    ("Совбез банка «Кедровый» одобрил сделку.", "Совбез", "Совет Безопасности Российской Федерации"),
])
def test_dictionary_name_before_its_owner_is_the_owners(models, text, mention, name):
    names = org_entity_names(text, models)
    assert name not in names.values()


@pytest.mark.parametrize("text, mention, name", [
    # the owner's council named with its owner, as any body's unit is
    ("Совет безопасности компании «Вектор» собрался в среду.", "Совет безопасности компании «Вектор»",
     "Совет безопасности компании «Вектор»"),
    ("Вопрос обсудили в Совете безопасности банка «Кедровый».", "Совете безопасности банка «Кедровый»",
     "Совет безопасности банка «Кедровый»"),
])
def test_dictionary_name_grows_to_its_owner(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # the other way: no owner after it, the dictionary's body
    ("Депутаты ГД приняли законопроект о налогах.", "ГД",
     "Государственная Дума Федерального Собрания Российской Федерации"),
    ("Совет безопасности собрался в среду, сообщил Кремль.", "Совет безопасности",
     "Совет Безопасности Российской Федерации"),
    ("Совбез поддержал решение компании «Вектор».", "Совбез", "Совет Безопасности Российской Федерации"),
    # an owner the dictionary knows too: the dictionary's body of that parent
    ("Против них работает ГРУ Генштаба, сказал Иван Петров.", "ГРУ", "Главное разведывательное управление"),
])
def test_dictionary_name_without_an_owner_stays(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a unit named by what it deals with before ``и`` and another unit of a body named after it: that body's
    ("Вопрос обсудили члены комитета по бюджету и подкомитета по налогам Озёрного сейма.", "комитета по бюджету",
     "Комитет по бюджету Озёрного сейма"),
    ("На совместном заседании комитета по обороне и подкомитета по правам человека Озёрного сейма решили иначе.",
     "комитета по обороне", "Комитет по обороне Озёрного сейма"),
])
def test_unit_shares_the_body_after_the_next_unit(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # ``и в``: two places of the sentence, not one list of units
    ("Письмо направили в комитет по образованию и в управление культуры администрации Лесогорска.",
     "комитет по образованию", "Комитет по образованию"),
    # the other unit's span holds another list (``… и комитета по праву …``): no one owner to share
    ("Вопрос обсудили члены комитета по экономике и подкомитета по налогам Заречного сейма и комитета по праву "
     "Озёрной думы.", "комитета по экономике", "Комитет по экономике"),
])
def test_unit_keeps_its_own_name(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # one capitalised word the tagger read as a nominative, the ``nmod`` of a noun with no preposition: a genitive
    ("Ректор Иван Петров в эфире Лайфа рассказал о вузе.", "Лайфа", "Лайф"),
])
def test_one_word_name_a_genitive_by_its_place(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a name after its descriptor is a span of both; a Latin name has no genitive of its own
    ("Об этом сообщила газета Ведомости.", "газета Ведомости", "Ведомости"),
    ("Акции компании Microsoft подорожали.", "компании Microsoft", "Microsoft"),
])
def test_names_in_apposition_stay(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
