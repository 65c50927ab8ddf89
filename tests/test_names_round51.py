"""Names of invented people read wrong on fresh news (round 51): a team in Latin letters between an occupation and
a driver's name."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _names(text: str, models) -> list[str]:
    return sorted(p.name for p in analyze(text, models).persons)


@pytest.mark.parametrize("text, expected", [
    # a Latin word between an occupation and a name in Cyrillic is the person's employer, no person
    ("Поул завоевал финский гонщик Veloxa Тармо Куусинен.", ["Тармо Куусинен"]),
    ("Вторым стал пилот Veloxa Racing Тармо Куусинен.", ["Тармо Куусинен"]),
    # a Latin name after an occupation, with no name after it, is still a person
    ("Поул завоевал финский гонщик Veloxa.", ["Veloxa"]),
])
def test_latin_employer_before_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a word pymorphy reads only as a place, after a word of a person by where he lives or comes from, is the place
    ("За это житель Авиньона сыграет с Андреасом Леппи.", ["Андреас Леппи"]),
    ("Гонку выиграл житель Тулона Пьер Мерсье.", ["Пьер Мерсье"]),
    # a surname after such a word stays a person
    ("Главный приз получила жительница Орлова.", ["Орлова"]),
])
def test_place_after_resident(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a name inside a work's title in quotes, with other words, is a character, no person of the text
    ('Автор романа-эпопеи "Гоги из Зарайска", эпоса "Лето Лики", повестей "Ежи и совы".', []),
    ('Автор романа-эпопеи "Нодар из Тарбы", эпоса "Детство Лики".', []),
    ("Он автор романа «Гоги из Зарайска» и повестей.", []),
    # a name opening a quote of speech stays a person
    ("Заговорил Павел Дронов: «Иван Сомов – мой друг», сказал он.", ["Иван Сомов", "Павел Дронов"]),
])
def test_name_in_work_title(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a word the tagger took for a place, listed with a lone surname, is a surname too
    ("Физик Вадим Орлецкий за год до Мейерлица и Браунсона сделал шаг.", ["Браунсон", "Вадим Орлецкий", "Мейерлиц"]),
    # streets of a corner stay places
    ("Кафе на углу Садовой и Лескова закрыли.", []),
    # a place named by a common noun of the dictionary stays a place beside a word read as a surname
    ("Главы МИД Заречья и Приречья созвонились.", []),
])
def test_place_listed_with_surname(models, text, expected):
    assert _names(text, models) == expected


def _mentions(text: str, models) -> list[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(m.text, names[m.entity_id]) for m in result.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    # a surname alone that pymorphy reads only as a plural of a first name, two people of the text bearing it: a
    # surname, of the person not named as a relative's kin
    ("Боец Усман Рамзанов одержал победу. Брат Ильяса Рамзанова победил решением. В январе Рамзанов тоже победил.",
     [("Усман Рамзанов", "Усман Рамзанов"), ("Ильяса Рамзанова", "Ильяс Рамзанов"), ("Рамзанов", "Усман Рамзанов")]),
    ("Выступил Тимур Хамзатов. Затем выступил Рустам Хамзатов. Хамзатов доволен.",
     [("Тимур Хамзатов", "Тимур Хамзатов"), ("Рустам Хамзатов", "Рустам Хамзатов"),
      ("Хамзатов", "Рустам Хамзатов")]),
])
def test_shared_surname_alone(models, text, expected):
    assert _mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name alone, as the document's full name writes it, inside a sentence, is that person
    ("В клетке сошлись грузин Важа Лобадзе и аргентинец Кевин Вальес. Перед турниром Важа занимал 15-е место.",
     [("Важа Лобадзе", "Важа Лобадзе"), ("Кевин Вальес", "Кевин Вальес"), ("Важа", "Важа Лобадзе")]),
])
def test_first_name_alone_of_full_name(models, text, expected):
    assert _mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # initials and a surname after ``имени`` outside an organization's span: the person, in the genitive
    ("Награжден директор филиала университета имени И. М. Тарбина Сергей Лущенко.", ["И. М. Тарбин", "Сергей Лущенко"]),
    ("Награжден директор филиала РГУ нефти и газа имени И.М. Тарбина в Орске Сергей Лущенко.",
     ["И. М. Тарбин", "Сергей Лущенко"]),
])
def test_initialled_after_named_for(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a hierarch's one name after his rank and see is his first name, whatever pymorphy reads it as
    ("Службу совершил митрополит Верхнеборский Иоанникий.", [(None, "Иоанникий")]),
    # and so is one the tagger reads with the see as a place (``[Заозерский Иоанникий]``)
    ("Журнал подписали: Митрополит Луговский и Заозерский Иоанникий; Архиепископ Тарбский Иона.",
     [(None, "Иоанникий"), (None, "Иона")]),
])
def test_hierarch_name_is_first(models, text, expected):
    assert sorted((p.last, p.first) for p in analyze(text, models).persons) == expected


@pytest.mark.parametrize("text, expected", [
    # a family name of Korea before a given name of two syllables joined by a hyphen: the family name is the surname
    ("Министр Кан Сон-Хо встретился с Юн Да-Хе.", [("Кан", "Сон-Хо"), ("Юн", "Да-Хе")]),
    ("Встреча с Чхве Мин-Уном прошла. Чхве Мин-Ун доволен.", [("Чхве", "Мин-Ун")]),
    # a hyphenated first name of Europe before a surname stays first
    ("Актёр Жан-Люк Ван Берг приехал.", [("Ван Берг", "Жан-Люк")]),
])
def test_korean_hyphenated_given_name(models, text, expected):
    assert sorted((p.last, p.first) for p in analyze(text, models).persons) == expected


@pytest.mark.parametrize("text, expected", [
    # a church's form of address is no part of a name, nor a person alone
    ("Глава епархии Владыка Савватий провёл службу. Его Святейшество посетил храм.", [(None, "Савватий")]),
    ("Владыка Иоанникий прибыл в Тарбу.", [(None, "Иоанникий")]),
    # a family name of Korea the same as a form of address stays
    ("Генсек Пан Ги Сок прибыл в Тарбу.", [("Пан", "Ги Сок")]),
])
def test_church_address_no_name(models, text, expected):
    assert sorted((p.last, p.first) for p in analyze(text, models).persons) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname in capitals before a first name and patronymic (a heading, a list of awards) is the surname
    ("ЛЕСКОВ Игорь Петрович\nРодился в 1960 году в Тарбе. Окончил институт.", [("Лесков", "Игорь", "Петрович")]),
    ("Награды получили:\nЛЕСКОВ Игорь Петрович – слесарь;\nЗАРЕЦКАЯ Анна Викторовна – врач.",
     [("Зарецкая", "Анна", "Викторовна"), ("Лесков", "Игорь", "Петрович")]),
    # an abbreviation in capitals is none
    ("Сотрудник УФСБ Игорь Петрович сказал.", [(None, "Игорь", "Петрович")]),
])
def test_shouted_surname_first(models, text, expected):
    assert sorted((p.last or "", p.first, p.middle) for p in analyze(text, models).persons) \
        == sorted((last or "", first, middle) for last, first, middle in expected)


@pytest.mark.parametrize("text, expected", [
    # a surname pymorphy knows only as a short adjective, opening a sentence, stays a person
    ("Лыков поддержал Зотова.", ["Зотов", "Лыков"]),
    ("Лыков поддержал коллег.", ["Лыков"]),
    # a short adjective opening a question is none
    ("Готов ли он к матчу?", []),
])
def test_short_adjective_surname_opening(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a married priest goes by his surname: a one name after his rank stays a surname
    ("Службу совершил протоиерей Лесков.", [("Лесков", None)]),
    ("Иерей Орлецкий заявил, что храм откроют.", [("Орлецкий", None)]),
    # a monk's or a hierarch's one name after his rank is his first name
    ("Службу совершил иеромонах Иоанникий.", [(None, "Иоанникий")]),
    ("Службу совершил архимандрит Иоанникий.", [(None, "Иоанникий")]),
])
def test_priest_surname_monk_name(models, text, expected):
    assert sorted((p.last, p.first) for p in analyze(text, models).persons) == expected


@pytest.mark.parametrize("text, expected", [
    # a name after ``имени`` with no preposition before it is whom a thing is named after, in the genitive
    ("Открыт университет имени И. М. Тарбина", "Gen"),
    ("Открыт университет им. Тарбина", "Gen"),
    # ``по имени``, ``от имени``: the noun of a name, the name after it in its own case
    ("Девушка по имени Анна Орлова", None),
    ("Выступила от имени Анны Котовой", None),
    ("Открыт университет им Тарбина", None),
])
def test_named_after_case(text, expected):
    from nerpipe.resolve.cases import read_honoured_case

    start = text.index(next(w for w in text.split()[2:] if w[:1].isupper()))
    assert read_honoured_case(text, start) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name alone that is also a common word or a place is left to natasha (``Роза ветров``)
    ("Роза", True),
    ("Надежда", True),
    # a first name that is no common word (or only a rare one) is a person alone
    ("Тармо", False),
    ("Важа", False),
])
def test_first_name_alone_common_word(models, text, expected):
    from nerpipe.spans.people.found import _common_word

    assert _common_word(text, models.morph) is expected
