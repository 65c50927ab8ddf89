"""Names of invented people read wrong on fresh news (round 53): the first of two Spanish surnames kept as a
given name, a first name pymorphy does not know tagged apart from the patronymic after it, a woman's name in
apposition to a title in the nominative read as a man's genitive, a surname in ``-а`` read as a nominative
beside its dative alone of a consonant stem, characters of films named as an actor's roles."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _names(text: str, models) -> list[tuple[str | None, str | None, str | None]]:
    return sorted({(p.first, p.middle, p.last) for p in analyze(text, models).persons}, key=str)


@pytest.mark.parametrize("text, expected", [
    # the document writes the two surnames alone
    ("Президент Рамон Мануэль Гарбельо Итуарте выступил. Сам Гарбельо Итуарте уехал.",
     [("Рамон", "Мануэль", "Гарбельо Итуарте")]),
    ("Поздравил Рамона Мануэля Гарбельо Итуарте его соперник. Гарбельо Итуарте поблагодарил.",
     [("Рамон", "Мануэль", "Гарбельо Итуарте")]),
    # a surname made from a father's name after a Spanish first name
    ("Смотритель маяка Рамиро Фальдес Торнеро открыл выставку.", [("Рамиро", None, "Фальдес Торнеро")]),
    ("Мэром стал Хуан Карлос Гомес Ортуга.", [("Хуан", "Карлос", "Гомес Ортуга")]),
    # a given name so ending, a second given name, a patronymic: kept
    ("Пресс-секретарь Хуан Андрес Ортуга заявил.", [("Хуан", "Андрес", "Ортуга")]),
    ("Инженер Ларс Виннес Эклунд построил мост. Ларс Эклунд доволен.", [("Ларс", "Виннес", "Эклунд")]),
    ("Министр Хосе Мануэль Альбедос заявил.", [("Хосе", "Мануэль", "Альбедос")]),
    ("Министр Пётр Сергеевич Валдесов заявил.", [("Пётр", "Сергеевич", "Валдесов")]),
    # a woman's given name, a known given name, a name with no Spanish first name: kept
    ("Сенатор Мария Инес Варгальо открыла сессию.", [("Мария", "Инес", "Варгальо")]),
    ("Судья Мария Долорес Фуэнталь огласила решение.", [("Мария", "Долорес", "Фуэнталь")]),
    ("Художница Ана Мерседес Ортуга открыла выставку.", [("Ана", "Мерседес", "Ортуга")]),
    ("Резчик Ян Агнес Вермост показал работы.", [("Ян", "Агнес", "Вермост")]),
    ("Инженер Пауль Йоханес Шмидберг получил премию.", [("Пауль", "Йоханес", "Шмидберг")]),
    ("Лыжник Йенс Тингнес Брандаль выиграл забег.", [("Йенс", "Тингнес", "Брандаль")]),
    # written with the surname alone, but a woman's given name, or a known one after no Spanish first name: kept
    ("Сенатор Мария Инес Варгальо открыла сессию. Инес Варгальо поблагодарила коллег.",
     [("Мария", "Инес", "Варгальо")]),
    ("Инженер Пауль Йоханес Шмидберг получил премию. Йоханес Шмидберг доволен.",
     [("Пауль", "Йоханес", "Шмидберг")]),
])
def test_first_of_two_surnames(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Зрители помнят Иветту Котову. Еще при жизни Иветта Евгеньевна написала завещание.",
     [("Иветта", "Евгеньевна", "Котова")]),
    ("Еще при жизни Иветта Евгеньевна написала завещание.", [("Иветта", "Евгеньевна", None)]),
])
def test_unknown_first_name_and_patronymic(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Лауреат конкурса Алина Ветлугина и серебряный призёр Александра Игнатьева написали письмо.",
     [("Александра", None, "Игнатьева"), ("Алина", None, "Ветлугина")]),
    ("Среди выпускниц кружка были лауреатки Юлия Лапина и Анна Гречко, призеры конкурса Евгения Сомова, "
     "Александра Гринюк.",
     [("Александра", None, "Гринюк"), ("Анна", None, "Гречко"), ("Евгения", None, "Сомова"),
      ("Юлия", None, "Лапина")]),
    # a noun of kin, a title whose verb is a man's: his genitive
    ("Сын Евгения Сомова поступил в вуз.", [("Евгений", None, "Сомов")]),
    ("Адвокат Александра Игнатьева заявил, что его подзащитный невиновен.", [("Александр", None, "Игнатьев")]),
])
def test_apposed_womans_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a caption read as a nominative, the surname alone in a man's dative or instrumental after it
    ("Премьер-министр Педро Гальдеса\nМэр пытался позвонить Гальдесу, но не смог.", [("Педро", None, "Гальдес")]),
    ("Премьер-министр Педро Гальдеса\nМэр встретился с Гальдесом в пятницу.", [("Педро", None, "Гальдес")]),
    # a dative in ``-е`` and an instrumental in ``-ой``: a surname in ``-а``
    ("Тренер похвалил Карлоса Ортуру. Позже Ортуре вручили приз, а с Ортурой встретился мэр.",
     [("Карлос", None, "Ортура")]),
])
def test_surname_by_its_consonant_dative(models, text, expected):
    assert _names(text, models) == expected


def _mentions(text: str, models) -> list[str]:
    return [m.text for m in analyze(text, models).mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("Актёр Олег Вязов сыграл роль Пьера Завьялова в фильме. Роль Анны Кравец исполнила Мария Лодова.",
     ["Олег Вязов", "Мария Лодова"]),
    ("Среди наиболее известных ролей Вязова — сыщик Тит Ворон в «Тайне озера» 1974 года, адвокат Эд Кольт в «Деле», "
     "пожилой Эд Гарт в «Рыбе». Олег Вязов умер.", ["Вязова", "Олег Вязов"]),
    ("Он сыграл Ивана Горина в фильме «Ночь».", []),
    # the actor whose roles the text names, a person written again: kept
    ("Роли Олега Вязова в кино знают все. Вязов сыграл в «Ночи».", ["Олега Вязова", "Вязов"]),
    ("Мэр Олег Вязов выступил в роли ведущего. Вязов поблагодарил гостей.", ["Олег Вязов", "Вязов"]),
    ("Депутат Анна Кравец в «Известиях» рассказала о своей роли в проекте.", ["Анна Кравец"]),
    # ``роль`` of a person's part in something, not an actor's: the person kept
    ("Глава района подчеркнул важную роль Петра Савельева в восстановлении школы.", ["Петра Савельева"]),
    ("Губернатор высоко оценил роль Кирилла Тамова в строительстве моста.", ["Кирилла Тамова"]),
    ("Мэр отметил роли Кирилла Тамова и Петра Савельева в развитии города.", ["Кирилла Тамова", "Петра Савельева"]),
    ("Особую роль играет каждая мелочь, сказал Иван Горин в «Вестнике».", ["Иван Горин"]),
    # an actor's role: ``в роли``, a verb of playing, a list under ``ролей``, a work after the name
    ("В роли Анны Кравец выступила Мария Лодова.", ["Мария Лодова"]),
    ("Мария Лодова исполняла роли Кравец, Мотылёвой и Зориной.", ["Мария Лодова"]),
    ("Зрителям запомнилась роль Тита Ворона в «Тайне озера».", []),
    ("Ей досталась роль Анны Кравец в новом сериале.", []),
    ("Среди ролей Лодовой — графиня Анна Кравец в «Буре». Мария Лодова живёт в Туле.", ["Лодовой", "Мария Лодова"]),
    # a speaker after a role played, the subject of his verb: kept
    ("Он сыграл роль в кино, сказал Иван Горин в «Вестнике».", ["Иван Горин"]),
])
def test_characters_played(models, text, expected):
    assert _mentions(text, models) == expected
