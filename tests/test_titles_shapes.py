"""Titles in shapes the probes (tests/probes/titles.py) cover by grid, one mechanism a test. Every sentence and
name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze
from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # a woman's name in the genitive after a relative's title holds it, though "Анны" is also a plural nominative
    ("Сын министра образования Тверской области Анны Котовой открыл школу.",
     {("Анна Котова", "министр образования Тверской области", "министр", False)}),
    ("Сын ректора Анны Котовой открыл выставку.", {("Анна Котова", "ректор", "ректор", False)}),
    ("Дочь депутата Петра Смирнова открыла школу.", {("Пётр Смирнов", "депутат", "депутат", False)}),
    # ... and the relative holds nothing
    ("Дочь министра образования Анна Котова открыла школу.", set()),
])
def test_a_womans_name_after_a_relatives_title(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # "временно" opens the title; the participle after it carries the case
    ("Временно исполняющий обязанности министра образования Пётр Смирнов открыл школу.",
     {("Пётр Смирнов", "временно исполняющий обязанности министра образования", "исполняющий обязанности министра",
       False)}),
    ("Анна Котова, временно исполняющая обязанности губернатора Тверской области, открыла школу.",
     {("Анна Котова", "временно исполняющая обязанности губернатора Тверской области",
       "исполняющий обязанности губернатора", False)}),
    # "исполняющий" of "исполняющий обязанности" is no modifier of the role ("исполняющий директор")
    ("Исполняющий обязанности директора завода «Заря» Глеб Ракитин открыл цех.",
     {("Глеб Ракитин", "исполняющий обязанности директора завода «Заря»", "исполняющий обязанности директора",
       False)}),
    ("Исполняющий обязанности генерального директора компании «Вектор» Глеб Ракитин открыл офис.",
     {("Глеб Ракитин", "исполняющий обязанности генерального директора компании «Вектор»",
       "исполняющий обязанности генерального директора", False)}),
])
def test_acting_titles(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the tagger reads a masculine title feminine by its agreement with a woman's name
    ("Газета написала о хирурге Ольге Ершовой.", {("Ольга Ершова", "хирург", "хирург", False)}),
    ("Газета написала о следователе Анне Котовой.", {("Анна Котова", "следователь", "следователь", False)}),
    # ... but a feminine noun that is no person is no title ("политику" of "политика")
    ("Пётр Смирнов подверг критике политику Глеба Ракитина.", set()),
])
def test_a_masculine_title_of_a_woman(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's adjective or phrase before a profession: the profession, with that country
    ("Немецкий хирург Пётр Смирнов провёл операцию.", {("Пётр Смирнов", "немецкий хирург", "хирург", "DE")}),
    ("Аргентинский футболист Пётр Смирнов забил гол.", {("Пётр Смирнов", "аргентинский футболист", "футболист", "AR")}),
    ("Клуб продал армянского полузащитника Глеба Ракитина.",
     {("Глеб Ракитин", "армянский полузащитник", "полузащитник", "AM")}),
    ("Чемпионом стал гроссмейстер из Хорватии Пётр Смирнов.",
     {("Пётр Смирнов", "гроссмейстер из Хорватии", "гроссмейстер", "HR")}),
    ("Российский хоккеист Пётр Смирнов забил гол.", {("Пётр Смирнов", "российский хоккеист", "хоккеист", None)}),
    # a praise word leaves the position, the profession stays the holder's
    ("Известный хирург Пётр Смирнов провёл операцию.", {("Пётр Смирнов", "хирург", "хирург", None)}),
    # ... a body after the profession makes it a post again
    ("Немецкий хирург клиники «Ладога» Пётр Смирнов провёл операцию.",
     {("Пётр Смирнов", "немецкий хирург клиники «Ладога»", "хирург", "DE")}),
])
def test_a_profession_and_a_country(models, text, expected):
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    assert {(names[f.person_id], f.position, f.role, f.country) for f in result.positions} == expected


@pytest.mark.parametrize("text, expected", [
    # a clause with its verb left out and a subject of its own: the second title is that subject's
    ("Пётр Смирнов стал министром образования, а Анна Котова — ректором университета.",
     {("Пётр Смирнов", "министр образования", "министр", False),
      ("Анна Котова", "ректор университета", "ректор", False)}),
    ("В 2020 году Глеб Ракитин стал директором завода «Заря», а Ольга Ершова — главным врачом больницы.",
     {("Глеб Ракитин", "директор завода «Заря»", "директор", False),
      ("Ольга Ершова", "главный врач больницы", "главный врач", False)}),
    # ... and with none the holder is shared
    ("Пётр Смирнов был советником мэра, а в 2018 году — директором школы.",
     {("Пётр Смирнов", "советник мэра", "советник мэра", True),
      ("Пётр Смирнов", "директор школы", "директор", True)}),
])
def test_a_gapped_clause_with_its_own_subject(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title after a dash that says what the title a predicate gives is: the same holder
    ("Пётр Смирнов назначен заместителем министра — руководителем аппарата министерства.",
     {("Пётр Смирнов", "заместитель министра"), ("Пётр Смирнов", "руководитель аппарата министерства")}),
    ("Анна Котова назначена замдиректора службы — руководителем аппарата комитета.",
     {("Анна Котова", "замдиректора службы"), ("Анна Котова", "руководитель аппарата комитета")}),
    # ... not the title of a clause of its own after the dash
    ("Пётр Смирнов стал министром — директором назначен Глеб Ракитин.",
     {("Пётр Смирнов", "министр"), ("Глеб Ракитин", "директор")}),
])
def test_a_title_after_a_dash_defines_the_one_before(models, text, expected):
    assert {(name, position) for name, position, _, _ in rows(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    # a title that opens its clause, a comma and the name that is the clause's subject
    ("Таким образом, первый вратарь сборной последних лет, Пётр Смирнов будет запасным.",
     {("Пётр Смирнов", "первый вратарь сборной последних лет")}),
    ("По данным газеты, бывший министр финансов, Глеб Ракитин покинул страну.",
     {("Глеб Ракитин", "бывший министр финансов")}),
    # ... not a title of a clause with its own verb, nor one before a list of names
    ("Как сообщил министр, Пётр Смирнов уехал.", set()),
    ("Министр финансов, Пётр Смирнов и Глеб Ракитин подписали документ.", set()),
    ("Анна Котова, директор школы, Пётр Смирнов выступили.", {("Анна Котова", "директор школы")}),
])
def test_a_title_a_comma_and_the_subject(models, text, expected):
    assert {(name, position) for name, position, _, _ in rows(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    # a title that opens its sentence, a dash, and a name that ends it
    ("Мэр Твери — Пётр Смирнов.", {("Пётр Смирнов", "мэр Твери", "мэр", False)}),
    ("Генеральный директор завода «Заря» — Глеб Ракитин, выпускник университета.",
     {("Глеб Ракитин", "генеральный директор завода «Заря»", "генеральный директор", False)}),
    # ... not a title in the middle of a sentence, nor a dash before a clause of its own
    ("Губернатор — о выборах: Пётр Смирнов рассказал всё.", set()),
])
def test_a_title_a_dash_and_its_holder(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # an associate's title, the name of whose title it governs, then the associate's own name; the cases the
    # dictionary allows are trusted where the tagger reads another ("Помощница" opening a sentence, "Пётр")
    ("Помощница губернатора Тверской области Глеба Ракитина Анна Котова открыла школу.",
     {("Анна Котова", "помощница губернатора Тверской области", "помощник губернатора", False),
      ("Глеб Ракитин", "губернатор Тверской области", "губернатор", False)}),
    ("Помощник министра образования Анны Котовой Пётр Смирнов открыл школу.",
     {("Пётр Смирнов", "помощник министра образования", "помощник министра", False),
      ("Анна Котова", "министр образования", "министр", False)}),
])
def test_an_associate_named_after_the_holder(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # when the title is held, between the name's comma and the title
    ("Пётр Смирнов, в настоящее время министр образования, открыл школу.",
     {("Пётр Смирнов", "министр образования", "министр", False)}),
    ("Анна Котова, с 2015 года главный врач больницы, открыла отделение.",
     {("Анна Котова", "главный врач больницы", "главный врач", False)}),
    # a sentence with no copula: the name opens it, no verb
    ("Анна Котова с 2015 года главный врач больницы.",
     {("Анна Котова", "главный врач больницы", "главный врач", False)}),
    ("Ректор университета Пётр Смирнов выступил. Пётр Смирнов с 2010 года ректор университета.",
     {("Пётр Смирнов", "ректор университета", "ректор", False)}),
    # not with a verb in the sentence, nor a name that does not open it
    ("Вчера Анна Котова с 2015 года главный врач больницы встретилась с учениками.", set()),
])
def test_when_a_title_is_held_before_it(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, former", [
    ("Пётр Смирнов отправлен в отставку с поста министра образования.", True),
    ("Президент отправил в отставку с поста министра Петра Смирнова.", True),
    # sent to a post is no leaving of one
    ("Пётр Смирнов отправлен на должность директора завода «Заря».", False),
])
def test_sent_into_retirement_from_a_post(models, text, former):
    [row] = rows(text, models)
    assert row[3] is former


@pytest.mark.parametrize("text, expected", [
    # a word that may name no person ("критик", "ведущий", "модель") opening a sentence right before a name is
    # that person's title, whatever the tagger reads it as
    ("Критик Пётр Смирнов выпустил книгу.", {("Пётр Смирнов", "критик", "критик", False)}),
    ("Ведущий Пётр Смирнов открыл вечер.", {("Пётр Смирнов", "ведущий", "ведущий", False)}),
    ("Модель Анна Котова вышла замуж.", {("Анна Котова", "модель", "модель", False)}),
    # ... and an adjectival title in an oblique case is no title of a name in the nominative after it
    ("После встречи с ведущим программы «Вечер» Пётр Смирнов заявил о поддержке.", set()),
    ("После встречи с управляющим банка «Вектор» Пётр Смирнов заявил о поддержке.", set()),
])
def test_a_title_that_may_name_no_person(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a head that opens its sentence before a list of names, in a form that is also a nominative plural
    ("Директора Глеб Ракитин и Ольга Ершова подписали соглашение.",
     {("Глеб Ракитин", "директор", "директор", False), ("Ольга Ершова", "директор", "директор", False)}),
    # ... not a singular one, nor a genitive with no such plural before a subject of its own
    ("Директор Пётр Смирнов и Анна Котова открыли школу.", {("Пётр Смирнов", "директор", "директор", False)}),
    ("Прокурора Пётр Смирнов и Анна Котова не знают.", set()),
])
def test_a_plural_title_before_a_list_of_names(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title written with "экс-" is a former one, in any case, before or after its holder's name, and stays out of
    # the name (a capital "Экс-" opening a sentence) and of the organization after it
    ("Экс-следователь Пётр Смирнов открыл школу.", {("Пётр Смирнов", "экс-следователь", "следователь", True)}),
    ("Экс-начальник полиции Твери Глеб Ракитин открыл школу.",
     {("Глеб Ракитин", "экс-начальник полиции Твери", "начальник", True)}),
    ("По словам экс-мэра Твери Петра Смирнова, школа откроется.",
     {("Пётр Смирнов", "экс-мэр Твери", "мэр", True)}),
    ("Пётр Смирнов, экс-начальник полиции Твери, открыл школу.",
     {("Пётр Смирнов", "экс-начальник полиции Твери", "начальник", True)}),
    # the tagger guesses the gender, number and case of a word with "экс-": the dictionary's are trusted
    ("Грамоту вручили экс-мэру Твери Глебу Ракитину.", {("Глеб Ракитин", "экс-мэр Твери", "мэр", True)}),
    ("Грамоту вручили экс-ведущему программы «Вечер» Петру Смирнову.",
     {("Пётр Смирнов", "экс-ведущий программы «Вечер»", "ведущий", True)}),
    ("По словам Петра Смирнова, экс-следователя, школа откроется.",
     {("Пётр Смирнов", "экс-следователь", "следователь", True)}),
    # "бывшего" before a head the tagger reads as an accusative: the two cases of a person are one form
    ("По словам Петра Смирнова, бывшего министра образования, школа откроется.",
     {("Пётр Смирнов", "бывший министр образования", "министр", True)}),
    ("По словам Петра Смирнова, бывшего ведущего программы «Вечер», школа откроется.",
     {("Пётр Смирнов", "бывший ведущий программы «Вечер»", "ведущий", True)}),
])
def test_a_former_title_with_ex(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a word of the lexicon's ambiguous group in apposition to a name, in a case its title reading shares with the
    # name, whatever the tagger reads it as ("критику" as "критика", "ведущем" as a participle): right before the
    # name, past its dependents, after the name and a comma
    ("Грамоту вручили критику Ольге Ершовой.", {("Ольга Ершова", "критик", "критик", False)}),
    ("Газета написала о ведущем программы «Вечер» Петре Смирнове.",
     {("Пётр Смирнов", "ведущий программы «Вечер»", "ведущий", False)}),
    ("Грамоту вручили гиду музея «Сфера» Анне Котовой.", {("Анна Котова", "гид музея «Сфера»", "гид", False)}),
    ("По словам Ольги Ершовой, критика, школа откроется.", {("Ольга Ершова", "критик", "критик", False)}),
    ("По словам Петра Смирнова, ведущего программы «Вечер», школа откроется.",
     {("Пётр Смирнов", "ведущий программы «Вечер»", "ведущий", False)}),
    ("Экс-ведущий программы «Вечер» Пётр Смирнов открыл школу.",
     {("Пётр Смирнов", "экс-ведущий программы «Вечер»", "ведущий", True)}),
    ("Анна Котова — гид музея «Сфера».", {("Анна Котова", "гид музея «Сфера»", "гид", False)}),
    ("Гид музея «Сфера» — Анна Котова.", {("Анна Котова", "гид музея «Сфера»", "гид", False)}),
    ("Анна Котова (оператор телеканала «Заря») открыла школу.",
     {("Анна Котова", "оператор телеканала «Заря»", "оператор", False)}),
    ("Встреча с экс-ведущим программы «Вечер» Петром Смирновым прошла в Твери.",
     {("Пётр Смирнов", "экс-ведущий программы «Вечер»", "ведущий", True)}),
    # ... the title a relative governs
    ("Сын ведущего программы «Вечер» Глеба Ракитина открыл школу.",
     {("Глеб Ракитин", "ведущий программы «Вечер»", "ведущий", False)}),
    # ... not a thing a name in the genitive owns, nor a modifier of another title
    ("Критика Ольги Ершовой прозвучала резко.", set()),
    ("Газета написала о критике Ольги Ершовой.", set()),
    ("По словам ведущего специалиста Петра Смирнова, школа откроется.",
     {("Пётр Смирнов", "ведущий специалист", "ведущий специалист", False)}),
])
def test_an_ambiguous_title_beside_a_name(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural title opening a sentence before a list of names, which the tagger reads as a name or the NER as a
    # place or a body
    ("Мэры Глеб Ракитин и Пётр Смирнов подписали соглашение.",
     {("Глеб Ракитин", "мэр", "мэр", False), ("Пётр Смирнов", "мэр", "мэр", False)}),
    ("Критики Ольга Ершова и Пётр Смирнов подписали соглашение.",
     {("Ольга Ершова", "критик", "критик", False), ("Пётр Смирнов", "критик", "критик", False)}),
    ("Прокуроры Анна Котова и Пётр Смирнов подписали соглашение.",
     {("Анна Котова", "прокурор", "прокурор", False), ("Пётр Смирнов", "прокурор", "прокурор", False)}),
])
def test_a_plural_title_opening_a_sentence(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a word the tagger reads as a preposition right after a preposition of the locative is a noun in it
    ("Газеты писали о после Норвегии в России Анне Котовой.",
     {("Анна Котова", "посол Норвегии в России", "посол", False)}),
    ("Газеты писали о после Норвегии Петре Смирнове.", {("Пётр Смирнов", "посол Норвегии", "посол", False)}),
    # ... not after a preposition that may stand before another ("перенесли на после выборов")
    ("Встречу перенесли на после выборов, сообщил Пётр Смирнов.", set()),
])
def test_a_title_the_tagger_reads_as_a_preposition(models, text, expected):
    assert rows(text, models) == expected
