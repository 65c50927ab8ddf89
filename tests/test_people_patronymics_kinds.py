"""Person names: a surname before an unknown first name and patronymic, middle names in the locative,
hyphenated nouns of a kind of person, surnames that are participles, a first name read as a conjunction
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from .conftest import analyze, person_mentions


def _people(text, models) -> set[tuple[str, tuple[str, ...]]]:
    return person_mentions(text, models)


@pytest.mark.parametrize("text, expected", [
    # a surname first, then a first name and a patronymic pymorphy knows neither of, as decrees write them
    ("Указом президента Орозбаев Эсенбек Кулжанович назначен министром.",
     {("Эсенбек Кулжанович Орозбаев", ("Орозбаев Эсенбек Кулжанович",))}),
    ("Освобожден министр Кылычев Дөөлөт Сагынбекович, работавший с 2019 года.",
     {("Дөөлөт Сагынбекович Кылычев", ("Кылычев Дөөлөт Сагынбекович",))}),
    ("Министром стал Орозбаев Эсенбек Кулжанович, а заместителем Асанов Бакыт Медетович.",
     {("Эсенбек Кулжанович Орозбаев", ("Орозбаев Эсенбек Кулжанович",)),
      ("Бакыт Медетович Асанов", ("Асанов Бакыт Медетович",))}),
    ("Главой стала Орозбаева Айгуль Кулжановна.",
     {("Айгуль Кулжановна Орозбаева", ("Орозбаева Айгуль Кулжановна",))}),
    ("Кандидатура Орозбаева Эсенбека Кулжановича вносится в парламент.",
     {("Эсенбек Кулжанович Орозбаев", ("Орозбаева Эсенбека Кулжановича",))}),
    ("Указом президента на должность назначается Орозбаев Эсенбек Кулжанович.",
     {("Эсенбек Кулжанович Орозбаев", ("Орозбаев Эсенбек Кулжанович",))}),
    ("Вчера Министр Эсенбек Кулжанович приехал.", {("Эсенбек Кулжанович", ("Эсенбек Кулжанович",))}),
    # near cases: a surname in -ович after a first name stays a surname (no Russian family before it)
    ("Встретились Милан Петрович и Зоран Бркоевич.",
     {("Милан Петрович", ("Милан Петрович",)), ("Зоран Бркоевич", ("Зоран Бркоевич",))}),
    ("Сербский премьер Марко Дражевич Ристич прибыл.",
     {("Марко Дражевич Ристич", ("Марко Дражевич Ристич",))}),
    ("Встретились Петров Никола и Зоран Бркоевич.",
     {("Никола Петров", ("Петров Никола",)), ("Зоран Бркоевич", ("Зоран Бркоевич",))}),
])
def test_a_surname_before_an_unknown_first_name_and_patronymic(models, text, expected):
    assert _people(text, models) == expected


def test_the_parts_of_a_surname_first_name(models):
    persons = analyze("Указом президента Орозбаев Эсенбек Кулжанович назначен министром.", models).persons
    assert {(p.first, p.middle, p.last) for p in persons} == {("Эсенбек", "Кулжанович", "Орозбаев")}


@pytest.mark.parametrize("text, expected", [
    # a second given name in the locative, which shows no case by itself, takes the form another mention gives
    ("Премьер говорил о Мехмете Ниязипе Дурукане и его планах. "
     "Позже он встретился с президентом Мехметом Ниязипом Дуруканом.",
     {("Мехмет Ниязип Дурукан", ("Мехмете Ниязипе Дурукане", "Мехметом Ниязипом Дуруканом"))}),
    ("Премьер встретился с президентом Мехметом Ниязипом Дуруканом. "
     "Позже он говорил о Мехмете Ниязипе Дурукане и его планах.",
     {("Мехмет Ниязип Дурукан", ("Мехметом Ниязипом Дуруканом", "Мехмете Ниязипе Дурукане"))}),
])
def test_a_middle_name_in_the_locative_takes_its_nominative(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("middles, expected", [
    (["Ниязипе", "Ниязип"], "Ниязип"),
    (["Ниязипом", "Ниязипе", "Ниязип"], "Ниязип"),
    (["Петрович", "Павлович"], None),  # two patronymics: no case form of one another
    (["Ниязип"], None),
    (["Анна", "Анненкова"], None),  # more than a case ending added
])
def test_middle_stems(middles, expected):
    from nerpipe.names import Name
    from nerpipe.resolve.given_names import middle_stems

    names = [Name("Кемаль", middle, "Дурукан") for middle in middles]
    assert middle_stems(names) == ({names[0].key: expected} if expected else {})


@pytest.mark.parametrize("text, expected", [
    # a hyphenated word for a kind of person opening a sentence is no person
    ("Анархо-коммунист, как он себя называет, выступил на митинге.", set()),
    ("Депутат-консерватор одержал победу над Петром Зуевым.", {("Пётр Зуев", ("Петром Зуевым",))}),
    # near cases: a double surname, a surname and its generation, a hyphenated first name
    ("Книгу написал Зорин-Сибиряк.", {("Зорин-Сибиряк", ("Зорин-Сибиряк",))}),
    ("Лекцию прочёл Бельский-Корнилов.", {("Бельский-Корнилов", ("Бельский-Корнилов",))}),
    ("Приехал Жан-Поль Леруа. Жан-Поль сказал речь.", {("Жан-Поль Леруа", ("Жан-Поль Леруа", "Жан-Поль"))}),
])
def test_a_hyphenated_noun_of_a_kind_of_person(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname made of a participle, which pymorphy knows as no adjective: its nominative as an adjective's
    ("Выигрышно смотрится творчество Яна Бегущего.", {("Ян Бегущий", ("Яна Бегущего",))}),
    ("Мы говорили с Анной Летящей.", {("Анна Летящая", ("Анной Летящей",))}),
    ("Награду вручили Петру Бегущему.", {("Пётр Бегущий", ("Петру Бегущему",))}),
    # near cases: an adjective's surname, and the participle's surname in the nominative
    ("Выигрышно смотрится творчество Петра Белого.", {("Пётр Белый", ("Петра Белого",))}),
    ("Об этом рассказал Пётр Бегущий.", {("Пётр Бегущий", ("Пётр Бегущий",))}),
])
def test_a_participles_surname_in_the_nominative(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name pymorphy also knows as a conjunction before a surname in -ов, which it may read as a plural
    ("Встречу провели Али Касумов и Рашид Зейналов.",
     {("Али Касумов", ("Али Касумов",)), ("Рашид Зейналов", ("Рашид Зейналов",))}),
    ("Премьер-министры Никол Зурабян и Али Касумов провели встречу.",
     {("Никол Зурабян", ("Никол Зурабян",)), ("Али Касумов", ("Али Касумов",))}),
    # near cases: a pronoun before a family in the plural; the name in the genitive
    ("Сами Орловы ничего не сказали.", set()),
    ("Визит Али Касумова прошёл успешно.", {("Али Касумов", ("Али Касумова",))}),
])
def test_a_first_name_read_as_a_conjunction(models, text, expected):
    assert _people(text, models) == expected
