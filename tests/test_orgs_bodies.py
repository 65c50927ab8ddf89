"""Organizations named by a common noun phrase: where the name ends before a person's name,
and the bodies written in lower case in every case."""

from __future__ import annotations

import pytest

from nerpipe.ner import analyze_text
from nerpipe.spans.dependents import is_states_genitive

from .conftest import analyze, org_texts
from .conftest import org_entity_names as org_names

RF = " Российской Федерации"


@pytest.mark.parametrize("text, expected", [
    # a person after a body already anchored by its place holds the title before the body
    ("Глава администрации Северного района Пётр Смирнов рассказал о планах.",
     {"администрации Северного района": "Администрация Северного района"}),
    ("Глава администрации района Пётр Смирнов рассказал о планах.",
     {"администрации района": "Администрация района"}),
    ("Глава администрации Калужской области Пётр Смирнов рассказал о планах.",
     {"администрации Калужской области": "Администрация Калужской области"}),
    # a person after what a body does (no title of a person) holds a post there too
    ("Руководитель министерства образования Анна Котова рассказала о планах.",
     {"министерства образования": "Министерство образования"}),
])
def test_a_person_after_a_body_is_no_part_of_its_name(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a dictionary name of an adjective and the noun of a body, written in lower case, in any case
    ("Журналисты обратились в следственный комитет.", {"следственный комитет": "Следственный комитет" + RF}),
    ("Материалы передали следственному комитету в среду.", {"следственному комитету": "Следственный комитет" + RF}),
    ("Жалобу рассмотрит конституционный суд.", {"конституционный суд": "Конституционный суд" + RF}),
    ("Сотрудники пенсионного фонда рассказали о выплатах.", {"пенсионного фонда": "Пенсионный фонд" + RF}),
    # one more of its kind after another adjective, and names of things of their kind, are none
    ("Вкладчики негосударственного пенсионного фонда ждут выплат.", {}),
    ("Редакция выпустила новую газету.", {}),
    ("Зрители переключили первый канал на второй.", {}),
])
def test_a_dictionary_body_in_lower_case(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text", [
    # a court of a region is no court of the state
    "Решение вынес верховный суд республики.",
])
def test_a_lower_case_body_of_a_place_is_no_dictionary_body(models, text):
    assert "Российской Федерации" not in " ".join(org_names(text, models).values())


@pytest.mark.parametrize("text, expected", [
    # a person after a body placed by its adjective holds the title before the body
    ("Глава районной администрации Пётр Смирнов рассказал о планах.",
     {"районной администрации": "Районная администрация"}),
    # a court with an adjective of its level or place, in lower case
    ("В районном суде прошло заседание.", {"районном суде": "Районный суд"}),
    ("Жалобу направили в областной суд.", {"областной суд": "Областной суд"}),
    # the noun alone names the proceedings; a plural is of ships
    ("Дело передали в суд в среду.", {}),
    ("Районный суд отложил заседание. Перерыв в работе суда затянулся.", {"Районный суд": "Районный суд"}),
    ("В порт вошли суда в среду.", {}),
])
def test_a_lower_case_body_of_a_level(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a body of administration named by what it does, without a place, in lower case
    ("Об этом сообщили в департаменте транспорта.", {"департаменте транспорта": "Департамент транспорта"}),
    ("Письмо направили в комитет по образованию.", {"комитет по образованию": "Комитет по образованию"}),
    ("Представители управления культуры рассказали о планах.", {"управления культуры": "Управление культуры"}),
    # what the ``по`` noun governs with ``с`` is part of the name
    ("Письмо направили в комитет по связям с общественностью.",
     {"комитет по связям с общественностью": "Комитет по связям с общественностью"}),
    ("Об этом сообщили в управлении по работе с обращениями граждан.",
     {"управлении по работе с обращениями граждан": "Управление по работе с обращениями граждан"}),
    # a person's service is none
    ("Годы службы брата прошли спокойно.", {}),
])
def test_a_body_of_administration_without_a_place(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # an adjective of what a body does and the place the tagger found after it make it one
    ("В общественном совете Курской области прошло совещание.",
     {"общественном совете Курской области": "Общественный совет Курской области"}),
    ("Жители направили избирательному комитету Тверской области письмо.",
     {"избирательному комитету Тверской области": "Избирательный комитет Тверской области"}),
    # a centre is a place too
    ("Город стал административным центром Курской области.", {}),
])
def test_a_body_of_what_it_does_and_its_place(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a legal form spelled out before a quoted name is no part of the name
    ("Акционерное общество «Северная звезда» объявляет конкурс.",
     {"Акционерное общество «Северная звезда»": "Северная звезда"}),
    ("Представитель акционерного общества «Северная звезда» выступил.",
     {"акционерного общества «Северная звезда»": "Северная звезда"}),
    # society is none
    ("Это волнует всё общество. Общество ждёт перемен.", {}),
])
def test_a_legal_form_spelled_out(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # ``главное`` names a unit with its noun
    ("Представитель главного управления ФНС по Курской области выступил.",
     {"главного управления ФНС по Курской области": "Главное управление ФНС по Курской области",
      "ФНС": "Федеральная налоговая служба"}),
])
def test_a_main_unit(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text", [
    # ``далее`` before the short name in brackets
    "Департамент жилищного хозяйства области (далее — ДЖХ) объявил конкурс. Позже в ДЖХ уточнили сроки.",
    # brackets the tagger took into the name, with a short name that is not its initials
    "Комитет по делам молодёжи Тверской области (КДМ) провёл форум. Позже КДМ отчитался.",
])
def test_a_short_name_given_in_brackets_is_the_same_body(models, text):
    assert len(analyze(text, models).organizations) == 1


@pytest.mark.parametrize("text, expected", [
    # a quoted name after a kind noun and what the body does is its own name
    ("Представители фонда поддержки малого бизнеса «Открытая дорога» рассказали о планах.", "Открытая дорога"),
    ("Соглашение подписано с ассоциацией фермеров «Чистое поле».", "Чистое поле"),
    # opening the sentence, where the tagger reads the kind noun as a proper name
    ("Ассоциация фермеров «Чистое поле» объявляет конкурс.", "Чистое поле"),
])
def test_a_quoted_name_after_what_a_body_does(models, text, expected):
    assert [org.name for org in analyze(text, models).organizations] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a plural noun of bodies and genitives joined by ``и``: one body of each
    ("Представители министерств экономики и внешней торговли встретились в среду.",
     {"Министерство экономики", "Министерство внешней торговли"}),
    ("Соглашение подписано с департаментами транспорта и связи.", {"Департамент транспорта", "Департамент связи"}),
    # ... or commas, the noun written with a capital letter, the tagger's span over the list or before it
    ("В городе открылись Департаменты культуры, спорта и туризма.",
     {"Департамент культуры", "Департамент спорта", "Департамент туризма"}),
    ("Губернатор поручил Управлениям экономики, энергетики и связи подготовить доклад.",
     {"Управление экономики", "Управление энергетики", "Управление связи"}),
    # a singular noun names one body of both
    ("Представители министерства экономики и внешней торговли встретились в среду.",
     {"Министерство экономики и внешней торговли"}),
])
def test_one_body_of_each_genitive_of_a_plural_noun(models, text, expected):
    assert {org.name for org in analyze(text, models).organizations} == expected


@pytest.mark.parametrize("text, expected", [
    # the place that closes a list of bodies of one plural noun is the place of each
    ("Кредит выделен по решению министерств финансов и экономики Кении.",
     {("Министерство финансов Кении", "KE"), ("Министерство экономики Кении", "KE")}),
    ("Соглашение одобрили министерства энергетики, транспорта и торговли Перу.",
     {("Министерство энергетики Перу", "PE"), ("Министерство транспорта Перу", "PE"),
      ("Министерство торговли Перу", "PE")}),
    ("Делегация встретилась с представителями министерств туризма и культуры Вьетнама.",
     {("Министерство туризма Вьетнама", "VN"), ("Министерство культуры Вьетнама", "VN")}),
    ("Соглашение подписано с министерствами транспорта и связи Чили.",
     {("Министерство транспорта Чили", "CL"), ("Министерство связи Чили", "CL")}),
    # a region of Russia
    ("Соглашение подписано с департаментами транспорта и связи Тверской области.",
     {("Департамент транспорта Тверской области", "RU"), ("Департамент связи Тверской области", "RU")}),
])
def test_a_place_closing_a_list_of_bodies_is_each_ones(models, text, expected):
    assert {(org.name, org.country) for org in analyze(text, models).organizations} == expected


@pytest.mark.parametrize("text, expected", [
    # an adjective the tagger puts in another case than its noun, where the noun's form has that case too
    ("Жители направили избирательной комиссии Тверской области письмо.",
     {"избирательной комиссии Тверской области": "Избирательная комиссия Тверской области"}),
])
def test_an_adjective_read_apart_from_its_noun(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the members of a council in the genitive, and its place
    ("В совете депутатов Северного района прошло совещание.",
     {"совете депутатов Северного района": "Совет депутатов Северного района"}),
    # advice to people is none
    ("Он дал совет жителям Курской области.", {}),
])
def test_a_body_named_by_its_members(models, text, expected):
    assert org_names(text, models) == expected


def test_a_board_of_another_body_is_no_council_of_a_place(models):
    assert org_names("Она вошла в совет директоров крупного холдинга Тверской области.", models) == {}


@pytest.mark.parametrize("text, expected", [
    # a singular dative the tagger may read as a nominative plural, before a predicate of a dative
    ("По словам экспертов, инспекции труда нужны новые специалисты.", {"инспекции труда": "Инспекция труда"}),
    ("Инспекции труда не удалось найти нарушения.", {"Инспекции труда": "Инспекция труда"}),
    # no such predicate, or a dative after it: the plural stays as it is
    ("По словам экспертов, инспекции труда нужны стране.", {}),
])
def test_a_dative_before_a_predicate_of_a_dative(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text", [
    # an abbreviated kind before a quoted name, and the kind written out: one body
    "ФК «Северный ветер» выиграл матч. Представители футбольного клуба «Северный ветер» приехали на встречу.",
    "ХК «Полярная звезда» сообщает о новых правилах. Переговоры с хоккейным клубом «Полярная звезда» продолжатся.",
    # a joint-stock or an oil company's abbreviation, after a legal form too
    "Акции АК «Зернолит» выросли. Компания «Зернолит» отчиталась о прибыли.",
    "ПАО НК «Северолит» заключило соглашение. Позже «Северолит» выплатил дивиденды.",
])
def test_an_abbreviated_kind_before_a_quoted_name(models, text):
    assert len(analyze(text, models).organizations) == 1


@pytest.mark.parametrize("name, key", [
    ("ФК «Северный ветер»", "северный ветер"), ("ИД «Вектор»", "вектор"), ("АК «Зернолит»", "зернолит"),
    ("ПАО НК «Северолит»", "северолит"), ("АО ГК «Северолит»", "северолит"),
    # no quoted name after it: the abbreviation stays
    ("ТК РФ", "тк россии"), ("АК Барс", "ак барс"), ("СК России", "ск россии"),
])
def test_org_key_drops_an_abbreviated_kind(name, key):
    from nerpipe.orgs import org_key

    assert org_key(name) == key


@pytest.mark.parametrize("text, expected", [
    # the leadership of a country or a party named by a common noun is no organization
    ("Министр заявил, что руководство страны намерено пересмотреть законы.", {}),
    ("Столичное руководство пополнилось тремя чиновниками.", {}),
    ("Руководство клуба провело пресс-конференцию.", {}),
    # with a place the tagger found it is the body that governs it
    ("Союзники обещают не оставлять руководство Никарагуа без помощи.",
     {"руководство Никарагуа": "Руководство Никарагуа"}),
])
def test_leadership_is_a_body_only_of_a_named_place(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a jury alone is the one of the contest the text is about
    ("Конкурс «Зелёный лист» начался. Победителей выберет жюри, а не зрители.", {"жюри": "Жюри"}),
    ("Жюри, в котором пять человек, объявит итоги в мае.", {"Жюри": "Жюри"}),
    # made many by a determiner, it is none
    ("Каждое жюри выбирает победителя по своим правилам.", {}),
])
def test_a_jury_is_an_organization(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a parliament's own name written in lower case is that country's parliament, in any case
    ("Депутаты бундестага одобрили закон.", {"бундестага": "Бундестаг"}),
    ("Решение принял сейм.", {"сейм": "Сейм"}),
    ("Кнессет распустился, а новый кнессет соберётся в мае.", {"Кнессет": "Кнессет", "кнессет": "Кнессет"}),
    ("Депутаты сейма и бундестага встретились.", {"сейма": "Сейм", "бундестага": "Бундестаг"}),
])
def test_a_parliament_in_lower_case_is_an_organization(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a chamber of a parliament named by its noun and genitive is one body, alone too
    ("Законопроект внесли в палату общин.", {"палату общин": "Палата общин"}),
    ("Бывший спикер палаты представителей выступил в среду.", {"палаты представителей": "Палата представителей"}),
    # a person set off by a comma after it is no part of its name
    ("Бывший спикер палаты представителей, Нэнси Гловер, выступила в среду.",
     {"палаты представителей": "Палата представителей"}),
])
def test_a_chamber_of_a_parliament(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # international and foreign bodies of the dictionary, by their abbreviation and their full name
    ("Эксперты ОЭСР снизили прогноз.", {"ОЭСР": "Организация экономического сотрудничества и развития"}),
    ("Кредит выдал Европейский банк реконструкции и развития.",
     {"Европейский банк реконструкции и развития": "Европейский банк реконструкции и развития"}),
    ("Сотрудники СБУ задержали агента.", {"СБУ": "Служба безопасности Украины"}),
    ("Он провёл пять сезонов в НХЛ.", {"НХЛ": "Национальная хоккейная лига"}),
])
def test_dictionary_bodies_abroad(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural body's noun shared by the genitives after it: one body of each
    ("Проект поддержали сотрудники министерств экономики и финансов Тверской области.",
     {"Министерство экономики Тверской области", "Министерство финансов Тверской области"}),
    # a body after и that opens with a noun of its own kind shares nothing
    ("Завод посетили представители министерств Российской Федерации и администрации Тверской области.",
     {"Администрация Тверской области"}),
])
def test_a_shared_plural_noun_only_for_genitives_without_their_own(models, text, expected):
    names = set(org_names(text, models).values())
    assert expected <= names and not any(name.startswith("Министерство администрации") for name in names)


@pytest.mark.parametrize("text, expected", [
    # an intelligence service by its noun and its country's adjective or genitive
    ("Турецкая разведка заявила о намерении прекратить сотрудничество.", {"Разведка Турции"}),
    ("Разведка Турции предупредила соседей о последствиях.", {"Разведка Турции"}),
    # what is done, not a body
    ("Компания ведёт разведку недр Якутии и геологическую разведку месторождений.", set()),
    ("Отряд провёл разведку местности у Горловки.", set()),
    # the remit of a committee after по, the body being the committee
    ("Глава Комитета по разведке Палаты представителей Пётр Орлов выступил с докладом.",
     {"Комитет по разведке Палаты представителей", "Палата представителей"}),
])
def test_intelligence_by_its_country(text, expected, models):
    assert {org.name for org in analyze(text, models).organizations} == expected


@pytest.mark.parametrize("text, expected", [
    # bodies of many states are no one body
    ("Встреча глав внешнеполитических ведомств стран-членов ЗОС прошла в Астане.", "внешнеполитических ведомств"),
    ("Представители министерств иностранных дел стран СНГ встретились.", "министерств иностранных дел"),
])
def test_bodies_of_many_states(text, expected, models):
    assert not any(mention.startswith(expected) for mention in org_names(text, models))


@pytest.mark.parametrize("text, mention, absent", [
    # the leadership of a body named by its name is that body's mention, not a body of its own
    ("Руководство Кедротрастбанка готовится к борьбе за лицензию.", "Кедротрастбанка", "Руководство Кедротрастбанка"),
    ("Руководство «Кедра» заявило о сокращениях.", "Кедра", "Руководство «Кедра»"),
])
def test_leadership_of_a_named_body(text, mention, absent, models):
    found = org_names(text, models)
    assert mention in found and absent not in found and "«Кедра»" not in found


@pytest.mark.parametrize("text, expected", [
    # states in the plural genitive, by the lemma of the first hyphenated part
    ("Главы ведомств стран-членов ЗОС встретились.", {"стран-членов"}),
    ("Министры государств Заречья встретились.", {"государств"}),
    # nouns that only begin with the same letters
    ("Редакторы страниц ведомств собрались.", set()),
    ("Прошёл слёт союзов странников Заречья.", set()),
])
def test_states_in_the_genitive(text, expected, models):
    analysis = analyze_text(text, models.tagger)
    assert {t.text for t in analysis.tokens if is_states_genitive(t, models.morph)} == expected


@pytest.mark.parametrize("text, found, absent", [
    # an office named by the title of the one who heads it is a body
    ("Обыски прошли у главы офиса президента Заречной Республики Петра Орлова.", "офиса президента", None),
    ("Офис генпрокурора ведёт несколько производств.", "Офис генпрокурора", None),
    # the title's role, however it is written
    ("Офис генерального прокурора ведёт несколько производств.", "Офис генерального прокурора", None),
    # a company's office, and an office one goes into, are rooms
    ("Сотрудники офиса компании «Вектор» уволены.", None, "офиса компании «Вектор»"),
    ("Делегация пришла в офис президента в полдень.", None, "офис президента"),
])
def test_office_of_title(models, text, found, absent):
    texts = org_texts(text, models)
    if found is not None:
        assert any(t.startswith(found) for t in texts)
    if absent is not None:
        assert absent not in texts


@pytest.mark.parametrize("text, found", [
    # a participle before its noun is a word of a ministry's remit, as an adjective is
    ("Она возглавит министерство окружающей среды Заречной области.", "министерство окружающей среды"),
    ("Она возглавит министерство окружающей среды, охраны природы и строительства.",
     "министерство окружающей среды, охраны природы и строительства"),
])
def test_participle_in_remit(models, text, found):
    assert any(t.startswith(found) for t in org_texts(text, models))


@pytest.mark.parametrize("text, expected", [
    # an adjective that says which service of a state it is, and the state (genitive or adjective): a body
    ("Эту информацию подтвердили в таможенной службе Казахстана.",
     {"таможенной службе Казахстана": "Таможенная служба Казахстана"}),
    ("Начальники генштаба и разведывательных служб Норвегии представили отчёты.",
     {"генштаба": "Генштаб Норвегии", "разведывательных служб Норвегии": "Разведывательные службы Норвегии"}),
    ("Британская прокурорская служба возбудила дело против фирмы.",
     {"Британская прокурорская служба": "Британская прокурорская служба"}),
    ("Нарушителей задержала миграционная служба Армении.",
     {"миграционная служба Армении": "Миграционная служба Армении"}),
    # a service of no state: none
    ("Сотрудники таможенной службы проверили груз.", {}),
])
def test_a_service_of_a_state_named_by_its_adjective(models, text, expected):
    assert org_names(text, models) == expected
