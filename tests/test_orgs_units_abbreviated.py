"""Organizations in news of parliaments, sports bodies and the UN: a unit named by abbreviation beside
its full name, a bare name or abbreviation of a body named before with its parent, a deputy's
district, people's plurals and platforms' channels that are no bodies."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, org_texts


@pytest.mark.parametrize("text, short, name", [
    # a faction by its party's abbreviation beside the faction by the party's quoted name
    ("Самыми активными были члены думской фракции «Новая Заря» (НЗ). Законопроекты внесли члены фракции НЗ.",
     "фракции НЗ", "Думская фракция «Новая Заря»"),
    ("Законопроекты членов фракции «Новая Заря» проверят. Об этом сообщил источник в думской фракции НЗ.",
     "думской фракции НЗ", "Фракция «Новая Заря»"),
    ("Выступила фракция «Зелёный путь». Позже фракция ЗП провела встречу.", "фракция ЗП", "Фракция «Зелёный путь»"),
    # a committee by its initials before the same body's abbreviation
    ("Лесной футбольный союз (ЛФС) провёл заседание контрольно-дисциплинарного комитета ЛФС. Также КДК ЛФС "
     "дисквалифицировал игрока.", "КДК", "Контрольно-дисциплинарный комитет ЛФС"),
])
def test_abbreviated_unit_joins_its_full_name(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, short, name", [
    # another party's faction, and a committee whose initials differ, stay their own
    ("Выступила фракция «Зелёный путь». Позже фракция НЗ провела встречу.", "фракция НЗ", "Фракция НЗ"),
    ("Лесной футбольный союз (ЛФС) провёл заседание дисциплинарного комитета ЛФС. Также КДК ЛФС "
     "дисквалифицировал игрока.", "КДК", "КДК"),
])
def test_other_unit_stays_apart(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text", [
    # a unit with a hyphened adjective is one span, not also its noun and body apart
    "Состоялось заседание контрольно-дисциплинарного комитета ЛФС.",
    "Решение принял контрольно-ревизионный комитет ЛФС в пятницу.",
])
def test_hyphened_unit_not_found_twice(models, text):
    texts = org_texts(text, models)
    assert not any(found.startswith(("комитета", "комитет ")) for found in texts)


@pytest.mark.parametrize("text, short, name", [
    # a council named bare, or by its first abbreviation, after the UN's council it is
    ("Совет Безопасности ООН обсудил кризис. Позже в Совете Безопасности заявили о новых мерах.",
     "Совете Безопасности", "Совет Безопасности ООН"),
    ("Совет Безопасности (СБ) ООН обсудил кризис, но членам СБ не удалось договориться.",
     "СБ", "Совет Безопасности ООН"),
])
def test_bare_name_of_parent_named_body(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, short, name", [
    # the bare name stays the dictionary's body when no longer one was named, or when that body was named too
    ("Совет Безопасности России обсудил кризис. Позже в Совете Безопасности заявили о новых мерах.",
     "Совете Безопасности", "Совет Безопасности Российской Федерации"),
    ("Министерство обороны США и Министерство обороны России провели переговоры. Министерство обороны "
     "заявило об итогах.", "Министерство обороны", "Министерство обороны Российской Федерации"),
])
def test_bare_name_stays_when_not_shortened(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, body, name", [
    # the district or list a deputy was elected by is no field of the parliament
    ("Депутат был избран в Госдуму по одномандатному округу в прошлом году.", "Госдуму",
     "Государственная Дума Федерального Собрания Российской Федерации"),
    ("Кандидат прошёл в Законодательное собрание Заречной области по партийному списку «Кедра».",
     "Законодательное собрание Заречной области", "Законодательное собрание Заречной области"),
])
def test_electoral_district_not_in_the_name(models, text, body, name):
    assert org_entity_names(text, models)[body] == name


@pytest.mark.parametrize("text, body", [
    # an election commission of a district keeps it, and so does a police directorate of a city's district
    ("Окружная избирательная комиссия по одномандатному округу № 5 зарегистрировала кандидата.",
     "Окружная избирательная комиссия по одномандатному округу"),
    ("Обыски прошли в Управлении внутренних дел по Юго-Западному округу Заречья.",
     "Управлении внутренних дел по Юго-Западному округу"),
])
def test_district_of_a_body_kept(models, text, body):
    assert any(found.startswith(body) for found in org_texts(text, models))


@pytest.mark.parametrize("text, absent, kept", [
    # a plural of a title opening a headline is people, not a body; the party after it stays
    ("Депутатов «Партии роста» попросили прислать предложения.", "Депутатов", "Партии роста"),
    ("Сенаторов «Партии роста» пригласили на встречу.", "Сенаторов", "Партии роста"),
    # a platform's channel is a kind of medium before the channel's name
    ("Об этом сообщил Telegram-канал Kedr.", "Telegram-канал", "Kedr"),
    ("Ранее Телеграм-канал «Заречье» писал о том же.", "Телеграм-канал", "Заречье"),
])
def test_no_body_word_dropped(models, text, absent, kept):
    texts = org_texts(text, models)
    assert absent not in texts
    assert kept in texts


@pytest.mark.parametrize("text, kept", [
    # a quoted studio and a one-word club stay bodies
    ("Студия «Пилот» выпустила фильм.", "Пилот"),
    ("Телеканал «Заречье» показал фильм.", "Телеканал «Заречье»"),
])
def test_named_bodies_kept(models, text, kept):
    assert any(kept in found for found in org_texts(text, models))


@pytest.mark.parametrize("text, short, name", [
    # a club's abbreviated kind before its unquoted name, and a company's before its quoted name, written
    # later by the name alone: one body
    ("«Кедр» – ВМК. За действия болельщиков оштрафовать ПФК ВМК на 100 тысяч рублей.", "ПФК ВМК", "ВМК"),
    ("АФК «Кедр» подала ходатайство. «Кедр» и компания «Вектор» уже подали заявки.", "Кедр", "АФК «Кедр»"),
    ("ТД «Кедр» открыл магазин. Позже «Кедр» закрыл его.", "Кедр", "ТД «Кедр»"),
])
def test_abbreviated_kind_joins_the_bare_name(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, short, name", [
    # the investigative committee's abbreviation is no kind before a place
    ("СК России возбудил дело. Компания «Россия» отказалась от комментариев.", "СК России",
     "Следственный комитет Российской Федерации"),
])
def test_kind_abbreviation_not_dropped_before_place(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, short, name", [
    # a name opening with the abbreviation of the words another name of the text opens with, the rest the same
    ("В УВД по Северному округу Заречья проходит обыск. В здании Управления внутренних дел по Северному "
     "округу Заречья проходят обыски.", "УВД по Северному округу", "Управление внутренних дел по Северному округу"),
    ("В здании Главного управления внутренних дел по Заречной области прошли обыски. ГУВД по Заречной области "
     "отказалось от комментариев.", "ГУВД по Заречной области",
     "Главное управление внутренних дел по Заречной области"),
])
def test_spelled_out_abbreviation_joins(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, short, name", [
    # another district's directorate stays apart
    ("В УВД по Северному округу проходит обыск. Управление внутренних дел по Южному округу отказалось от "
     "комментариев.", "УВД по Северному округу", "УВД по Северному округу"),
])
def test_other_spelled_out_stays_apart(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, mention, name", [
    # a compound of ``банк`` in an oblique case in a list: the nominative, whatever case the tagger reads
    ("Заречье вводит санкции против пяти банков. Речь идёт о Северном банке развития, Вектобанке, Лесном банке.",
     "Вектобанке", "Вектобанк"),
    ("Санкции коснулись Вектобанка и Лесного банка.", "Вектобанка", "Вектобанк"),
])
def test_bank_compound_in_the_nominative(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    # a bank's quoted name after its noun stays as written
    ("Лицензию отозвали у банка «Кедр».", "банка «Кедр»", "Кедр"),
])
def test_quoted_bank_name_as_written(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, name, abbr", [
    # the name spelled out keeps the abbreviated one as its short name
    ("В УВД по Северному округу проходит обыск. В здании Управления внутренних дел по Северному округу прошли "
     "обыски.", "Управление внутренних дел по Северному округу", "УВД по Северному округу"),
    ("Глава британского МИД подписала санкции. Об этом сообщило министерство иностранных дел Великобритании.",
     "Министерство иностранных дел Великобритании", "МИД Великобритании"),
])
def test_spelled_out_keeps_short_name(models, text, name, abbr):
    from .conftest import analyze

    rows = {(org.name, org.abbr) for org in analyze(text, models).organizations}
    assert (name, abbr) in rows


@pytest.mark.parametrize("text, mention", [
    # a unit of a unit stays a span of its own inside the longer one (a noun before it, not an adjective)
    ("Прошло первое заседание постоянного комитета политбюро ЦК Народной партии Заречья.", "политбюро ЦК"),
])
def test_unit_inside_a_unit_kept(models, text, mention):
    assert mention in org_texts(text, models)


@pytest.mark.parametrize("text, short, name", [
    # a name spelled out in the plural names two bodies, not the abbreviated one
    ("Главы МИД Заречья и Приречья созвонились. В Министерствах иностранных дел (МИД) Заречья и Приречья "
     "подтвердили готовность к диалогу. МИД Заречья опубликовал заявление.", "МИД Заречья", "МИД Заречья"),
    # a bare abbreviation the dictionary reads as a body stays as read, not a body named later with it
    ("Главы МИД России и Заречья встретились. Известно, что главы МИД двух стран обсудили торговлю.", "МИД",
     "Министерство иностранных дел Российской Федерации"),
])
def test_no_join_of_plural_or_known(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, kept", [
    # a plural of a word that names a body as well as people stays (``Советов`` of a congress of councils)
    ("Делегаты учредительного съезда Советов Казахстана собрались в марте.", "Советов"),
])
def test_plural_body_word_kept(models, text, kept):
    assert any(found.startswith(kept) for found in org_texts(text, models))


@pytest.mark.parametrize("text, mention", [
    # a unit after a superlative stays a span of its own inside the longer one
    ("Пётр Орлов стал главой крупнейшего управления полиции Заречного королевства.", "управления полиции Заречного"),
])
def test_unit_after_superlative_kept(models, text, mention):
    assert any(found.startswith(mention) for found in org_texts(text, models))


@pytest.mark.parametrize("text, short, name", [
    # a short name in brackets right after a body named inside a unit's or a meeting's span is the inner body's
    ("На конгрессе Лесного союза гребцов (FRU) решили провести турнир. Позже FRU сообщил о сроках.",
     "FRU", "Лесной союз гребцов"),
    ("Пресс-служба Министерства обороны (Минобороны) сообщила о манёврах. Позже Минобороны уточнило.",
     "Минобороны", "Министерство обороны Российской Федерации"),
    # the unit's own initials stay the unit's
    ("Фракция Партии зелёного роста (ФПЗР) внесла законопроект. Позже ФПЗР выступила против.",
     "ФПЗР", "Фракция Партии зелёного роста"),
])
def test_bracketed_name_of_inner_body(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


def _bracket_after_inner(text: str, inner_names: list[str], word: str) -> tuple:
    """The outer span (from the text's start to the bracket), the inner spans in the order given, and the start of
    ``word`` in the bracket (nerpipe.resolve.bracket_owners.inner_name_before's arguments)."""
    from nerpipe.records import ORG, Span

    bracket = text.index("(")
    outer = Span(0, text.rindex(" ", 0, bracket), ORG)
    inners = [Span(text.index(name), text.index(name) + len(name), ORG) for name in inner_names]
    return outer, [outer, *inners], text.index(word, bracket)


@pytest.mark.parametrize("text, inner_names, word, expected", [
    # a name in brackets after an inner body is the inner's
    ("Совета Лесного союза гребцов (ЛС)", ["Лесного союза гребцов"], "ЛС", True),
    # the widest inner name decides, whatever the order of the spans
    ("Совета Лесного союза гребцов (ЛС)", ["союза гребцов", "Лесного союза гребцов"], "ЛС", True),
    # the outer's own words spell it: the outer's
    ("Совета Лесного союза гребцов (СЛСГ)", ["Лесного союза гребцов"], "СЛСГ", False),
    # no name in brackets: a place or a word is nobody's short name
    ("Совета Лесного союза гребцов (Россия)", ["Лесного союза гребцов"], "Россия", False),
    ("Совета Лесного союза гребцов (бывший)", ["Лесного союза гребцов"], "бывший", False),
])
def test_inner_name_before(text, inner_names, word, expected, models):
    from nerpipe.resolve.bracket_owners import inner_name_before

    outer, orgs, start = _bracket_after_inner(text, inner_names, word)
    assert inner_name_before(text, outer, orgs, start, word, models.gazetteer) is expected
