"""Names of invented people read wrong on fresh news (round 52): a woman's first name whose oblique ending the
tagger misses before a surname that does not decline, a first-declension surname's genitive read as an accusative,
a Spanish first name taken for a family name of China, a woman of a list of pairs read as a man's genitive, a word
alone read as a first name among surnames alone, a family name of Korea written like a conjunction, a man's thing
opening a sentence before his surname, a name of Korea spelt two ways, a Dutch particle written capitalised."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _names(text: str, models) -> list[tuple[str, str | None, str | None]]:
    return sorted((p.name, p.first, p.last) for p in analyze(text, models).persons)


@pytest.mark.parametrize("text, expected", [
    # a word pymorphy holds only as the dative of a feminine noun in ``-а``, before a surname that does not decline
    ("Премию вручили Донне Мирстон и Джону Келлеру.",
     [("Джон Келлер", "Джон", "Келлер"), ("Донна Мирстон", "Донна", "Мирстон")]),
    ("Награда вручалась лишь трижды: Марии Кольберг-Лейн (1963) и Донне Мирстон (2018).",
     [("Донна Мирстон", "Донна", "Мирстон"), ("Мария Кольберг-Лейн", "Мария", "Кольберг-Лейн")]),
    # a name pymorphy guesses as a woman's accusative only, whatever case and gender the tagger reads
    ("Напомним, Орлова обыграла седьмую ракетку мира из Швейцарии Белинду Венчич.",
     [("Белинда Венчич", "Белинда", "Венчич"), ("Орлова", None, "Орлова")]),
    # a man's name in ``-у`` that does not decline, and a man's ``-е``, stay as written
    ("Матч посетил Жаилду Таврич.", [("Жаилду Таврич", "Жаилду", "Таврич")]),
    ("Приз вручили Фелипе Мендес.", [("Фелипе Мендес", "Фелипе", "Мендес")]),
])
def test_womans_first_name_before_undeclined_surname(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # ``-ы`` after a consonant is no accusative: the genitive of a surname in ``-а``
    ("Он победил Криса Валлеолы.", [("Крис Валлеола", "Крис", "Валлеола")]),
    ("Боксер вышел против Криса Валлеолы.", [("Крис Валлеола", "Крис", "Валлеола")]),
    # a surname in ``-у`` is the accusative, and ``Яна`` may be a woman's nominative
    ("Он победил Ивана Скрипку.", [("Иван Скрипка", "Иван", "Скрипка")]),
])
def test_genitive_of_first_declension(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # ``и`` after a vowel: no syllable of China or Korea, which write the diphthong with ``й``
    ("Лидер оппозиции Хуан Суаидо объявил себя президентом.", [("Хуан Суаидо", "Хуан", "Суаидо")]),
    ("Лидер партии Хуан Теоидо выступил в парламенте.", [("Хуан Теоидо", "Хуан", "Теоидо")]),
    # names of China stay family name first
    ("Министр Хуан Юн встретился с коллегой.", [("Хуан Юн", "Юн", "Хуан")]),
    ("Прибыл Цуй Сюэ.", [("Цуй Сюэ", "Сюэ", "Цуй")]),
])
def test_vowel_before_i_no_east_asian_syllable(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of pairs beside a noun, no verb: the names joined by ``и`` are in one case
    ("В парном катании – Александра Рожкова и Дмитрий Ластовский, Дарья Пименко и Денис Ходарин.",
     [("Александра Рожкова", "Александра", "Рожкова"), ("Дарья Пименко", "Дарья", "Пименко"),
      ("Денис Ходарин", "Денис", "Ходарин"), ("Дмитрий Ластовский", "Дмитрий", "Ластовский")]),
    ("В финале – Евгения Лаптева и Игорь Сомов.",
     [("Евгения Лаптева", "Евгения", "Лаптева"), ("Игорь Сомов", "Игорь", "Сомов")]),
    # a genitive hung on a noun stays his
    ("Дочь Евгения Лаптева и Игорь Сомов пришли.",
     [("Евгений Лаптев", "Евгений", "Лаптев"), ("Игорь Сомов", "Игорь", "Сомов")]),
])
def test_list_of_pairs_beside_noun(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a word alone read as a first name among surnames alone is a surname
    ("У клуба травмированы Коста, Реккетти, Паски и Фомуло.",
     [("Коста", None, "Коста"), ("Паски", None, "Паски"), ("Реккетти", None, "Реккетти"), ("Фомуло", None, "Фомуло")]),
    ("В эстафете победила команда с Резцовой и Хамили.", [("Резцова", None, "Резцова"), ("Хамили", None, "Хамили")]),
    # one surname beside a first name pymorphy knows in the nominative: the first name stays
    ("Пришли Ольга и Петров.", [("Ольга", "Ольга", None), ("Петров", None, "Петров")]),
    ("На сцену вышли Ольга и Мария.", [("Мария", "Мария", None), ("Ольга", "Ольга", None)]),
])
def test_first_name_alone_among_surnames(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a family name of Korea capitalised inside a sentence before a name natasha tagged without it
    ("В 2007 году страну посетил бывший президент Но Сан Хён.", [("Но Сан Хён", "Сан Хён", "Но")]),
    # the conjunction opening a sentence stays out
    ("Он приехал. Но Ким Сан Ын не приехал.", [("Ким Сан Ын", "Сан Ын", "Ким")]),
])
def test_family_name_before_korean_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a man's thing opening a sentence before a man's surname in the genitive: no first name
    ("Дубль Сомова принёс «Вымпелу» победу.", [("Сомов", None, "Сомов")]),
    ("Дубль Гарвиса принёс «Вымпелу» победу. Дублем отметился нападающий Никита Гарвис.",
     [("Никита Гарвис", "Никита", "Гарвис")]),
    # a first name that is a thing's name too, before a surname in the nominative, stays
    ("Алмаз Гарипов заявил.", [("Алмаз Гарипов", "Алмаз", "Гарипов")]),
])
def test_mans_thing_before_surname(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # one name of Korea spelt by two systems: ``чж`` and ``ч``
    ("Лидер Ким Сан Ын и его супруга Ли Соль Чжу встретили гостей. Супругу гостя поприветствовала Ли Соль Чу.",
     [("Ким Сан Ын", "Сан Ын", "Ким"), ("Ли Соль Чжу", "Соль Чжу", "Ли")]),
    # two given names that differ otherwise stay two people
    ("Гостей встретили Ли Соль Чжу и Ли Соль Ху.",
     [("Ли Соль Ху", "Соль Ху", "Ли"), ("Ли Соль Чжу", "Соль Чжу", "Ли")]),
])
def test_east_asian_respellings(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a Dutch particle written capitalised and apart opens the surname
    ("Бортинженеры — астронавты Марк Ванде Хорн и Джозеф Акабер.",
     [("Джозеф Акабер", "Джозеф", "Акабер"), ("Марк Ванде Хорн", "Марк", "Ванде Хорн")]),
    ("С Марком Ванде Хорном поговорили.", [("Марк Ванде Хорн", "Марк", "Ванде Хорн")]),
])
def test_capitalised_dutch_particle(models, text, expected):
    assert _names(text, models) == expected
