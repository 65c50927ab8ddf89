"""Names whose nominative or whose person a word of the name itself, or another mention of the document,
shows (invented names): a woman's first name that looks like a family name of China in the genitive, a
first name that cannot be in the case the tagger reads, a surname a subject writes alone as it is, a list's
woman written surname first, two spellings of a Japanese name, a verb after a heading, a Chinese given name
declined."""

from __future__ import annotations

import pytest

from .conftest import analyze, person_mentions


def _names(text, models) -> set[str]:
    return {name for name, _texts in person_mentions(text, models)}


@pytest.mark.parametrize("text, expected", [
    # a woman's first name, not the family name ``Ян``, ``Лин`` in the genitive before a given name
    ("Яна Новак выступила на форуме.", {"Яна Новак"}),
    ("На встрече были Ян Новак и Яна Новак.", {"Ян Новак", "Яна Новак"}),
    ("Ян Новак выступил на форуме. Его сестра Яна Новак приехала позже.", {"Ян Новак", "Яна Новак"}),
    # near cases: names of China and Korea with the family name declined stay so
    ("Встреча с Хвана Сон Ука не состоялась.", {"Хван Сон Ук"}),
    ("Мы встретили Яна Ду Вэя в Пекине.", {"Ян Ду Вэй"}),
    ("Интервью Ян Лина вышло вчера.", {"Ян Лин"}),
])
def test_a_womans_first_name_is_no_declined_family_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name pymorphy knows in the dative and locative only, tagged an instrumental after an adjective
    ("Награда досталась всеми любимой Пенелопе Дальмас за роль в картине.", {"Пенелопа Дальмас"}),
    ("Приз достался всеми любимой Пенелопе Моро из Лиона.", {"Пенелопа Моро"}),
    # near cases: names in the case the tagger reads, and one that can be two names' forms
    ("Мы гордимся нашей Анной Котовой.", {"Анна Котова"}),
    ("Премию получила Пенелопа Дальмас.", {"Пенелопа Дальмас"}),
    ("Приз вручили талантливой Кларе Моро из Лиона.", {"Клара Моро"}),
])
def test_a_first_name_in_no_case_the_tagger_reads(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the surname alone as a subject shows it does not decline: the full name keeps it as written
    ("Губернатор наградил Евгению Гуцу. Позже Гуцу поблагодарила коллег.", {("Евгения Гуцу", 2)}),
    ("Жюри выбрало Валерию Ламару. Ламару рассказала о планах.", {("Валерия Ламару", 2)}),
    ("Премию вручили Ивану Кобу. Кобу сказал, что рад.", {("Иван Кобу", 2)}),
    # near cases: a regular Russian surname, a declined foreign one, a surname alone that is no subject
    ("Премию вручили Ивану Орлову. Орлову сказал, что рад.", {("Иван Орлов", 2)}),
    ("Губернатор встретился с Олегом Шмидтом. Шмидт рассказал о заводе.", {("Олег Шмидт", 2)}),
    ("Партия выдвинула Анну Котову. Котова рассказала о программе.", {("Анна Котова", 2)}),
    ("Премию вручили Ивану Кобу. Позже вручили и Кобу.", {("Иван Коб", 2)}),
])
def test_a_surname_a_subject_writes_alone(models, text, expected):
    assert {(name, len(texts)) for name, texts in person_mentions(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    # a woman's surname before her first name in a list, natasha's two spans made one name
    ("Список участников: Петров Иван, Сидорова Анна, Кузнецов Олег.",
     {"Иван Петров", "Анна Сидорова", "Олег Кузнецов"}),
    ("В состав комиссии вошли Сидорова Анна, Кузнецов Олег и Лапина Ирина.",
     {"Анна Сидорова", "Олег Кузнецов", "Ирина Лапина"}),
    ("Лучший игрок: Метелева Анна.", {"Анна Метелева"}),
    # near cases: a man's genitive before a subject is two people
    ("У Петрова Анна взяла интервью в мае.", {"Петров", "Анна"}),
])
def test_a_listed_woman_written_surname_first(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a Japanese name written the Hepburn way (``ш``, ``дж``) and the Russian way is one person
    ("Министр Тадао Кисиро прибыл в Сеул. Позже Киширо встретился с президентом.", {("Тадао Кисиро", 2)}),
    ("Премьер Сигеру Косиба прибыл в Сеул. Позже Шигеру Кошиба встретился с президентом.", {("Сигеру Косиба", 2)}),
    ("Тренер Рэйдзи Такэси приехал в клуб. Позже Такеши рассказал о команде.", {("Рэйдзи Такэси", 2)}),
    # near cases: Russian words that look so are two people
    ("Тренер Павел Машин приехал. Позже Масин рассказал о команде.", {("Павел Машин", 1), ("Масин", 1)}),
])
def test_a_japanese_name_in_two_spellings(models, text, expected):
    assert {(name, len(texts)) for name, texts in person_mentions(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Новости культуры Исполняется 100 лет со дня рождения Петра Огнева", {"Пётр Огнев"}),
    ("Новости спорта Завершился чемпионат области, победил Олег Седов.", {"Олег Седов"}),
    # near case: a name's dative pymorphy knows as a verb of the first person
    ("На турнире выступил Жилю Мартен.", {"Жилю Мартен"}),
])
def test_a_verb_after_a_heading_is_no_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name of two syllables joined by ``н`` declined after a family name that is not
    ("Гран-при вручен тайваньскому режиссеру Цай Бинсяну за картину.", {("Бинсян", "Цай")}),
    ("Интервью режиссера Чжан Бинляна вышло вчера.", {("Бинлян", "Чжан")}),
])
def test_a_chinese_given_name_declined(models, text, expected):
    assert {(p.first, p.last) for p in analyze(text, models).persons} == expected


def test_a_russian_first_name_after_a_chinese_family_name_declines(models):
    # near case: a doubled ``н`` is no syllable's end, the word a Russian name in its case
    assert _names("Интервью с Ли Анной вышло вчера.", models) == {"Ли Анна"}


@pytest.mark.parametrize("text, expected", [
    # a first name alone that is his dative or her accusative, in a list of accusatives: hers
    ("На вечер пришли звезды: Ани Тамар, Валерию и Иосифа Горского, Филиппа Лунина, Кристину Ветрову.",
     {"Валерия", "Иосиф Горский", "Филипп Лунин", "Кристина Ветрова"}),
    # near cases: a list of datives, and a list with no name that tells
    ("Премии вручили Валерию, Олегу и Игорю.", {"Валерий", "Олег", "Игорь"}),
    ("Премии вручили Валерию и Олегу Петрову.", {"Валерий", "Олег Петров"}),
])
def test_a_first_name_in_the_case_of_its_list(models, text, expected):
    assert expected <= _names(text, models)


@pytest.mark.parametrize("text, expected", [
    # her accusative the tagger reads as a man's: the case holds, the name is hers
    ("Мы поздравили Евгению Котову.", {"Евгения Котова"}),
    ("Мы поздравили Евгению Котову и Олега Лапина.", {"Евгения Котова", "Олег Лапин"}),
    # near case: a man's dative
    ("Премию вручили Евгению Котову.", {"Евгений Котов"}),
])
def test_a_womans_accusative_the_tagger_reads_as_a_mans(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # roles of a play named by common nouns with a capital are no people
    ("Роль Горничной сыграет Ирина Лапина, роль Профессора исполнит Олег Седов.", {"Ирина Лапина", "Олег Седов"}),
    ("Он исполнит роли Лапищева, Мотылёва, Эксперта, Профессора, Патологоанатома.", set()),
    ("В роли Кузнеца выступил Игорь Лебедь.", {"Игорь Лебедь"}),
    # a character with a name too; near cases: a surname that is a common noun, a title before a name
    ("Роль Анны Карениной исполнит Мария Лапина.", {"Мария Лапина"}),
    ("Главную роль сыграл Олег Соловей. Соловей рассказал о роли.", {"Олег Соловей"}),
    ("Профессор Олег Седов прочитал лекцию.", {"Олег Седов"}),
])
def test_a_role_named_by_a_common_noun(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname in ``-а`` kept as written in the dative beside its nominative: one person
    ("Жюри выбрало Анну Ламару. Анне Ламаре вручили приз.", {("Анна Ламара", 2)}),
    ("В очереди заметили Любовь Зорину, Валерию Ламару и Олега Кравцова. Валерии Ламаре позже удалось пройти.",
     {("Любовь Зорина", 1), ("Валерия Ламара", 2), ("Олег Кравцов", 1)}),
    ("Жюри выбрало Петра Ламару. Петру Ламаре вручили приз.", {("Пётр Ламара", 2)}),
    # near cases: two first names are two people, and a surname in ``-е`` alone stays
    ("Жюри выбрало Анну Ламару. Инне Ламаре вручили приз.", {("Анна Ламара", 1), ("Инна Ламаре", 1)}),
    ("Валерии Ламаре позже удалось пройти в зал.", {("Валерия Ламаре", 1)}),
])
def test_a_surname_in_a_declined_beside_its_nominative(models, text, expected):
    assert {(name, len(texts)) for name, texts in person_mentions(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    # a full name with and without the word that tells father from son: one person
    ("На съезде выступил Владимир Сомов-старший. Владимир Сомов — старший рассказал о планах.",
     {("Владимир Сомов-старший", 2)}),
    ("Премию получили Олег Сомов-младший и Анна Лапина. Олег Сомов поблагодарил жюри.",
     {("Олег Сомов-младший", 2), ("Анна Лапина", 1)}),
    # near cases: beside father and son the bare name stays apart; another first name is another person
    ("На вечер пришли Олег Сомов-младший и Олег Сомов-старший. Олег Сомов выступил первым.",
     {("Олег Сомов-младший", 1), ("Олег Сомов-старший", 1), ("Олег Сомов", 1)}),
    ("Олег Сомов выступил первым. Затем пришел Игорь Сомов-младший.", {("Олег Сомов", 1), ("Игорь Сомов-младший", 1)}),
])
def test_a_name_with_and_without_its_generation(models, text, expected):
    assert {(name, len(texts)) for name, texts in person_mentions(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    # a town's adjective before its court, natasha's name, is no person
    ("Дело рассматривалось повторно: 16 марта Заречный райсуд приговорил Сомова к полутора годам.", {"Сомов"}),
    # near cases: a surname in ``-ский`` as a subject or an object stays a person
    ("Вчера Соколовский райсуд не посетил.", {"Соколовский"}),
    ("Губернатор встретился с Олегом Соколовским.", {"Олег Соколовский"}),
])
def test_an_adjective_before_its_noun_is_no_name(models, text, expected):
    assert _names(text, models) == expected
