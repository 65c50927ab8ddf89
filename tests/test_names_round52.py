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
    ("Премию вручили Донне Ларвик и Джону Келлеру.",
     [("Джон Келлер", "Джон", "Келлер"), ("Донна Ларвик", "Донна", "Ларвик")]),
    ("Кубок клуба получали лишь дважды: Марии Гервик-Лонс (1974) и Донне Ларвик (2009).",
     [("Донна Ларвик", "Донна", "Ларвик"), ("Мария Гервик-Лонс", "Мария", "Гервик-Лонс")]),
    # a name pymorphy guesses as a woman's accusative only, whatever case and gender the tagger reads
    ("Напомним, Орлова обыграла в финале турнира Белинду Кравич.",
     [("Белинда Кравич", "Белинда", "Кравич"), ("Орлова", None, "Орлова")]),
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
    ("Тренер клуба Хуан Маоидо провёл сбор.", [("Хуан Маоидо", "Хуан", "Маоидо")]),
    ("Лидер партии Хуан Теоидо выступил в парламенте.", [("Хуан Теоидо", "Хуан", "Теоидо")]),
    # names of China stay family name first
    ("Министр Хуан Юн встретился с коллегой.", [("Хуан Юн", "Юн", "Хуан")]),
    ("Прибыл Цуй Сюэ.", [("Цуй Сюэ", "Сюэ", "Цуй")]),
])
def test_vowel_before_i_no_east_asian_syllable(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of pairs beside a noun, no verb: the names joined by ``и`` are in one case
    ("В парном разряде – Александра Ветлугина и Дмитрий Ластов, Дарья Ключенко и Денис Хорватин.",
     [("Александра Ветлугина", "Александра", "Ветлугина"), ("Дарья Ключенко", "Дарья", "Ключенко"),
      ("Денис Хорватин", "Денис", "Хорватин"), ("Дмитрий Ластов", "Дмитрий", "Ластов")]),
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
    ("У клуба травмированы Хамили, Реккетти, Паски и Фомуло.",
     [("Паски", None, "Паски"), ("Реккетти", None, "Реккетти"), ("Фомуло", None, "Фомуло"),
      ("Хамили", None, "Хамили")]),
    ("В эстафете победила команда с Зорькиной и Хамили.",
     [("Зорькина", None, "Зорькина"), ("Хамили", None, "Хамили")]),
    # beside surnames, one or more, a first name pymorphy knows in the nominative stays
    ("Пришли Ольга и Петров.", [("Ольга", "Ольга", None), ("Петров", None, "Петров")]),
    ("На сцену вышли Ольга, Петров и Сидоров.",
     [("Ольга", "Ольга", None), ("Петров", None, "Петров"), ("Сидоров", None, "Сидоров")]),
    ("На сцену вышли Мария, Козлов и Орлов.",
     [("Козлов", None, "Козлов"), ("Мария", "Мария", None), ("Орлов", None, "Орлов")]),
    ("На сцену вышли Ольга и Мария.", [("Мария", "Мария", None), ("Ольга", "Ольга", None)]),
])
def test_first_name_alone_among_surnames(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a family name of Korea capitalised inside a sentence before a name natasha tagged without it
    ("На открытии выступил бывший президент Но Сан Ук.", [("Но Сан Ук", "Сан Ук", "Но")]),
    # the conjunction opening a sentence stays out
    ("Он приехал. Но Пак Мин Хо не приехал.", [("Пак Мин Хо", "Мин Хо", "Пак")]),
])
def test_family_name_before_korean_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a man's thing opening a sentence before a man's surname in the genitive: no first name
    ("Дубль Сомова принёс «Вымпелу» победу.", [("Сомов", None, "Сомов")]),
    # a noun whose other parses are no noun (``гол``: the short form of ``голый`` too)
    ("Гол Сомова принёс «Вымпелу» победу.", [("Сомов", None, "Сомов")]),
    ("Дубль Гарвиса принёс «Вымпелу» победу. Дублем отметился нападающий Никита Гарвис.",
     [("Никита Гарвис", "Никита", "Гарвис")]),
    # a first name that is a thing's name too, before a surname in the nominative, stays
    ("Алмаз Гарипов заявил.", [("Алмаз Гарипов", "Алмаз", "Гарипов")]),
])
def test_mans_thing_before_surname(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # one name of Korea spelt by two systems: ``чж`` and ``ч``
    ("Директор школы Пак Мин Чжу встретила гостей. Выпускников поздравила Пак Мин Чу.",
     [("Пак Мин Чжу", "Мин Чжу", "Пак")]),
    # two given names that differ otherwise stay two people
    ("Гостей встретили Пак Мин Чжу и Пак Мин Ху.",
     [("Пак Мин Ху", "Мин Ху", "Пак"), ("Пак Мин Чжу", "Мин Чжу", "Пак")]),
])
def test_east_asian_respellings(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a Dutch or Flemish particle written as one word, capitalised and apart, opens the surname
    ("В экипаж вошли инженеры Питер Вандер Берг и Карл Беккер.",
     [("Карл Беккер", "Карл", "Беккер"), ("Питер Вандер Берг", "Питер", "Вандер Берг")]),
    ("С Йоханом Ванде Бергом поговорили.", [("Йохан Ванде Берг", "Йохан", "Ванде Берг")]),
    ("С Яном Ванден Бергом поговорили.", [("Ян Ванден Берг", "Ян", "Ванден Берг")]),
    ("С Питером Вандер Хорном поговорили.", [("Питер Вандер Хорн", "Питер", "Вандер Хорн")]),
])
def test_capitalised_dutch_particle(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a word pymorphy does not know in ``-а`` is a genitive only when the text writes its nominative too
    ("Дубль Гарвиса принёс победу. Забил Никита Гарвис.", "Гарвиса", True),
    ("Гол Ривера забил в концовке.", "Ривера", False),
    # the genitive of the Russian families
    ("Гол Сомова принёс победу.", "Сомова", True),
])
def test_mans_genitive(models, text, word, expected):
    from nerpipe.spans.people.shape import _is_mans_genitive

    assert _is_mans_genitive(text, word, models.morph) is expected


@pytest.mark.parametrize("word, expected", [
    # an inanimate masculine noun written as its nominative, whatever its other parts of speech (``гол``: ``голый``)
    ("Дубль", True),
    ("Гол", True),
    # no noun of the masculine, a name, an oblique form
    ("Победа", False),
    ("Гарипов", False),
    ("Голом", False),
])
def test_mans_thing(models, word, expected):
    from nerpipe.spans.people.shape import _is_mans_thing

    assert _is_mans_thing(word, models.morph) is expected
