"""Names in news, as mechanisms (invented names): a particle kept in the surname of two namesakes; a surname
with a capitalised particle written alone; a case form of a given name before a particle written alone; a
first name the document writes alike beside two forms of its surname; a woman's accusative read as a man's
dative."""

from __future__ import annotations

import pytest

from nerpipe.spans.people.words import names_a_role

from .conftest import analyze, person_mentions


def _names(text, models) -> set[str]:
    return {p.name for p in analyze(text, models).persons}


@pytest.mark.parametrize("text, expected", [
    # two of one family with a particle, each named with a first name in another case
    ("Жан де Брие заявил, что уходит. Внук генерала Мориса де Брие выступил в Париже.",
     {"Жан де Брие", "Морис де Брие"}),
    ("Карл ван Хорн приехал. Сын Питера ван Хорна уехал.", {"Карл ван Хорн", "Питер ван Хорн"}),
    # an undeclined surname with no particle as before
    ("Тренер Олег Кырба доволен. Об этом сказал и Олегом Кырба.", {"Олег Кырба"}),
])
def test_particle_stays_in_undeclined_surname(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Актёр Рикардо Ди Мартино получил приз. Однако Ди Мартино отказался от него.",
     {("Рикардо Ди Мартино", ("Рикардо Ди Мартино", "Ди Мартино"))}),
    ("Актёр Рикардо ди Мартино получил приз. Ди Мартино сыграл главную роль.",
     {("Рикардо ди Мартино", ("Рикардо ди Мартино", "Ди Мартино"))}),
    # ``Ван`` as before
    ("Тренер Йост ван Дорн заявил о уходе. Ван Дорн и Мертенс не смогли договориться.",
     {("Йост ван Дорн", ("Йост ван Дорн", "Ван Дорн")), ("Мертенс", ("Мертенс",))}),
    # ``Ван`` + a syllable a name of China could have: read family name first, joined all the same
    ("Тренер Йост ван Гилс заявил о уходе. Ван Гилс и Мертенс не смогли договориться.",
     {("Йост ван Гилс", ("Йост ван Гилс", "Ван Гилс")), ("Мертенс", ("Мертенс",))}),
    ("Министр Ван Ли уехал. Тренер Йост ван Гилс заявил о уходе.",
     {("Ван Ли", ("Ван Ли",)), ("Йост ван Гилс", ("Йост ван Гилс",))}),
    # no full name with that surname: nothing to join
    ("Режиссёр Ли Мин снял фильм. Актёр Ли Вэй сыграл в нём.",
     {("Ли Мин", ("Ли Мин",)), ("Ли Вэй", ("Ли Вэй",))}),
])
def test_capitalised_particle_surname_alone(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Премьер Жозе Карлу Тиба да Кошта заявил о реформе. Кампания Тибы была долгой. Тиба ушёл.",
     {("Жозе Карлу Тиба да Кошта", ("Жозе Карлу Тиба да Кошта", "Тибы", "Тиба"))}),
    ("Премьер Жозе Карлу Тиба да Кошта заявил о реформе. Вместе с Тибе приехал министр.",
     {("Жозе Карлу Тиба да Кошта", ("Жозе Карлу Тиба да Кошта", "Тибе"))}),
    # a Russian surname made of that word is another person
    ("Премьер Жозе Карлу Тиба да Кошта заявил о реформе. Министр Тибов ушёл.",
     {("Жозе Карлу Тиба да Кошта", ("Жозе Карлу Тиба да Кошта",)), ("Тибов", ("Тибов",))}),
])
def test_oblique_given_name_before_particle(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Спор с президентом клуба Ули Корнером длился год. Ули Корнер не согласился.",
     {("Ули Корнер", ("Ули Корнером", "Ули Корнер"))}),
    ("Спор с президентом клуба Ули Корнером длился год. Письмо Ули Корнера пришло.",
     {("Ули Корнер", ("Ули Корнером", "Ули Корнера"))}),
    # a declining first name changes with its surname: as before
    ("Спор с Иваном Корнером длился год. Иван Корнер не согласился. Письмо Ивана Корнера.",
     {("Иван Корнер", ("Иваном Корнером", "Иван Корнер", "Ивана Корнера"))}),
    # one surname form only: no evidence
    ("Концерт Ани Ларук прошёл. Ани Ларук исполнила песню. Вместе с Ани Ларук пел хор.",
     {("Ани Ларук", ("Ани Ларук", "Ани Ларук", "Ани Ларук"))}),
])
def test_first_name_alike_beside_two_surname_forms(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В финале она победила словачку Доминику Зуброву. Для Зубровой это был первый финал.",
     {("Доминика Зуброва", ("Доминику Зуброву", "Зубровой"))}),
    ("В финале она победила Эрику Сомову. Для Сомовой это был первый финал.",
     {("Эрика Сомова", ("Эрику Сомову", "Сомовой"))}),
    ("Президент наградил Эрику Сомову. Потом Сомова заявила, что рада.",
     {("Эрика Сомова", ("Эрику Сомову", "Сомова"))}),
    # the surname alone a man's, or ambiguous: his dative
    ("Президент позвонил Эрику Сомову. Со Сомовым говорил и министр.",
     {("Эрик Сомов", ("Эрику Сомову", "Сомовым"))}),
    ("Президент позвонил Эрику Сомову. Для Сомова это был первый разговор.",
     {("Эрик Сомов", ("Эрику Сомову", "Сомова"))}),
    # another woman of the family: no evidence for this one
    ("Президент позвонил Эрику Сомову и Анне Сомовой. Сомовой там не было.",
     {("Эрик Сомов", ("Эрику Сомову",)), ("Анна Сомова", ("Анне Сомовой",)), ("Сомовой", ("Сомовой",))}),
])
def test_womans_accusative_read_as_mans_dative(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Лидер страны болен, а страной управляет его сестра Ким Ё Сун.", {"Ким Ё Сун"}),
    ("Об этом рассказал Пак Е Гын.", {"Пак Е Гын"}),
    # an initial with its period, a Russian surname after it: as before
    ("Документ подписал Ким Е. Сунов.", {"Ким Е. Сунов"}),
])
def test_korean_syllable_of_one_vowel(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Обозреватель Лев ПЕТРУНИН встретился с его супругой Катериной ТОЛМАЧЁВОЙ.",
     {"Лев Петрунин", "Катерина Толмачёва"}),
    ("Он поговорил с Катериной ТОЛМАЧЁВОЙ и Сергеем ВАСИНЫМ.", {"Катерина Толмачёва", "Сергей Васин"}),
    # an abbreviation after a first name is no surname
    ("Приказ подписал Сергей МИНФИН.", {"Сергей"}),
])
def test_surname_in_capitals_after_first_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Она управляла активами, пока братья Абдулхалим и Магомед Сагитовы находятся под стражей. "
     "Я всегда знала Абдулхалима как яркого предпринимателя.",
     {("Абдулхалим Сагитов", ("Абдулхалим", "Абдулхалима")), ("Магомед Сагитов", ("Магомед Сагитовы",))}),
    ("На сцену вышли Зарема, Абдулвахид и Магомед Сагитовы.",
     {("Зарема Сагитова", ("Зарема",)), ("Абдулвахид Сагитов", ("Абдулвахид",)),
      ("Магомед Сагитов", ("Магомед Сагитовы",))}),
    # a place or a surname before ``и`` is no first name of the family
    ("В Москве и Ольга Сагитовы.", {("Ольга Сагитова", ("Ольга Сагитовы",))}),
    ("Под стражей находятся Петров и Магомед Сагитовы.",
     {("Петров", ("Петров",)), ("Магомед Сагитов", ("Магомед Сагитовы",))}),
])
def test_unknown_first_name_listed_with_family_plural(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В саммите участвовали Эмиль Ларош, Джорджа Бьянки и Олаф Краузе. "
     "Бьянки, пригласившая лидеров в Рим, заявила о поддержке.",
     {("Эмиль Ларош", ("Эмиль Ларош",)), ("Джорджа Бьянки", ("Джорджа Бьянки", "Бьянки")),
      ("Олаф Краузе", ("Олаф Краузе",))}),
    ("На встречу приехали Жерар Ларош и Джорджа Бьянки. Позже Бьянки заявила о поддержке.",
     {("Жерар Ларош", ("Жерар Ларош",)), ("Джорджа Бьянки", ("Джорджа Бьянки", "Бьянки"))}),
    # a man's verb: his genitive
    ("Визит Джорджа Бьянки прошёл в Риме. Бьянки заявил о поддержке.",
     {("Джордж Бьянки", ("Джорджа Бьянки", "Бьянки"))}),
    # a man's first name: another person of the family
    ("Визит Никиты Бьянки прошёл в Риме. Позже Бьянки заявила о поддержке.",
     {("Никита Бьянки", ("Никиты Бьянки",)), ("Бьянки", ("Бьянки",))}),
])
def test_womans_nominative_read_as_mans_genitive(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В финальном поединке она одолела сербскую теннисистку Ану Маркович.", {"Ана Маркович"}),
    ("Вчера певица встретила журналистку Таню Маркович.", {"Таня Маркович"}),
    ("Вчера певица встретила журналистку Ирину Маркович.", {"Ирина Маркович"}),
    # a man's patronymic or surname: as before
    ("Слово взял Иван Маркович.", {"Иван Маркович"}),
    ("Вчера журналист встретил Ивана Марковича.", {"Иван Маркович"}),
    ("Награду получила Елена Петровна.", {"Елена Петровна"}),
])
def test_ich_surname_after_womans_first_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В программе концерта оркестр исполнит Увертюру и Интродукцию Петра Ломакина.", {"Пётр Ломакин"}),
    ("Увертюра Петра Ломакина прозвучала в конце вечера.", {"Пётр Ломакин"}),
    ("В первом отделении прозвучат Интродукция и рондо каприччиозо.", set()),
    # a surname that is a common noun: after a title, or the document's full name's
    ("Документ подписал министр Зима.", {"Зима"}),
    ("Иван Зима приехал в город. Позже Зима уточнил сроки.", {"Иван Зима"}),
    ("Премию вручили Розе Кашаповой и Любови Ломакиной.", {"Роза Кашапова", "Любовь Ломакина"}),
    # a stage name after a noun of a person, or listed with people
    ("Вчера певица Глобус выступила в клубе.", {"Глобус"}),
    ("Гостей развлекали Дженнифер Лорес, Компас и Энрике Мальдонадо.",
     {"Дженнифер Лорес", "Компас", "Энрике Мальдонадо"}),
])
def test_capitalised_thing_noun_is_no_person(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ларош рассказал Бреннер об Украине.\n\nПрезидент Франции Жерар Ларош позвонил канцлеру Германии "
     "Ангеле Бреннер. Французский лидер рассказал Бреннер о своей встрече.",
     {("Жерар Ларош", ("Ларош", "Жерар Ларош")), ("Ангела Бреннер", ("Бреннер", "Ангеле Бреннер", "Бреннер"))}),
    ("Анна Ковальчук приехала в город. Позже журналисты видели Ковальчук у входа.",
     {("Анна Ковальчук", ("Анна Ковальчук", "Ковальчук"))}),
    # a man's verb, or a Russian family's man's surname: another person
    ("Анна Бреннер приехала в город. Позже Бреннер сказал, что рад.",
     {("Анна Бреннер", ("Анна Бреннер",)), ("Бреннер", ("Бреннер",))}),
    ("Анна Орлова приехала в город. Позже пришёл Орлов.", {("Анна Орлова", ("Анна Орлова",)), ("Орлов", ("Орлов",))}),
])
def test_undeclined_surname_alone_is_the_womans_as_written(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министр сказал, что поездка Пак в Японию ускорит темпы.", {"Пак"}),
    ("Кадры саммита Кима и Си показали вечером.", {"Ким", "Си"}),
    ("Живопись дополнена картинами Добиньи, Коро, Милле, Дюпре.", {"Добиньи", "Коро", "Милле", "Дюпре"}),
])
def test_thing_noun_kept_as_family_name_or_listed(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of its clause, or a noun set beside it: a surname as a person's is
    ("Об этом в интервью заявил Кисель.", {"Кисель"}),
    ("Переговоры провёл лидер страны Бланк.", {"Бланк"}),
    # whose words a "по" phrase reports
    ("Фильм готов, по словам Шпиля, к осени.", {"Шпиль"}),
    # a case form of the surname of a full name the document writes
    ("Анна Бланк приехала в город. Журналисты встретили Бланк у входа.", {"Анна Бланк"}),
    ("Марк Кисель приехал в город. Вечером гости встретились с Киселем.", {"Марк Кисель"}),
    # a work's name done, given or heard stays no person
    ("Вечером оркестр исполнит Увертюру.", set()),
    ("Затем прозвучит Увертюра.", set()),
    ("Дирижёр представит концерт - Увертюру и симфонию.", set()),
])
def test_thing_noun_as_a_person_acts(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("word, expected", [
    ("Министр", True), ("Актриса", True), ("Дочь", True), ("Житель", True), ("Заведующий", True),
    # words the title files list beside titles, no nouns of a person
    ("Концерт", False), ("Департамент", False), ("Визит", False), ("Первый", False), ("Государство", False),
])
def test_names_a_role(models, word, expected):
    assert names_a_role(word, models.morph) is expected
