"""Names of invented people read wrong on fresh news (round 56): a surname kept in an oblique case beside the same
surname written alone in the nominative, a foreign surname respelt with a letter doubled, a surname taken as
undeclined because the tagger read one first name, written alike twice, in two cases, a town named alone after its
noun elsewhere tagged a person."""

from __future__ import annotations

import pytest

from .conftest import analyze, person_mentions


@pytest.mark.parametrize("text, expected", [
    # a man's foreign surname in a consonant, alone in the dative and the instrumental beside its nominative alone
    ("Вратарь Хельмквист ошибся. Форвард забил Хельмквисту в угол.",
     {("Хельмквист", ("Хельмквист", "Хельмквисту"))}),
    ("Защитник Бранделл сыграл плохо. Тренер остался Бранделлом недоволен.",
     {("Бранделл", ("Бранделл", "Бранделлом"))}),
    # a surname in ``-а`` alone in the dative beside its nominative alone
    ("Гол забил Окавада. Передачу Окаваде отдал защитник Петров.",
     {("Окавада", ("Окавада", "Окаваде")), ("Петров", ("Петров",))}),
])
def test_surname_alone_declined_beside_its_nominative(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text", [
    # a surname of the Russian families: ``Зотову`` may be his dative or Зотова's accusative
    "Вратарь Зотов ошибся. Форвард обыграл Зотову в угол.",
])
def test_russian_surname_alone_stays(models, text):
    assert len(person_mentions(text, models)) == 2


@pytest.mark.parametrize("text, expected", [
    # a full name with its surname in ``-а`` kept in the dative far from its noun, the surname alone as written
    ("Секретарь вынес выговор министру по делам Окинавы и Северных территорий Кэнтаро Окаваде за слова. "
     "8 ноября Окавада посетил мыс.", "Кэнтаро Окавада"),
])
def test_full_name_declined_in_a_beside_its_nominative(models, text, expected):
    assert {name for name, _ in person_mentions(text, models)} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Импичмент Лорены Вассефф начался в мае. Лорена Васеф набрала больше голосов.",
     {("Лорена Вассефф", ("Лорены Вассефф", "Лорена Васеф"))}),
    ("Тренер Эрик Хелльстрем доволен. Эрик Хельстрем подписал контракт. Эрик Хелльстрем уехал.",
     {("Эрик Хелльстрем", ("Эрик Хелльстрем", "Эрик Хельстрем", "Эрик Хелльстрем"))}),
])
def test_surname_respelt_with_a_letter_doubled(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text", [
    # one a letter longer than the other: a case form's stem, weighed elsewhere, not swapped
    "Анна Ковалл выступила. Анна Ковал уехала.",
])
def test_doubled_letter_at_the_end_no_swap(models, text):
    names = {name for name, _ in person_mentions(text, models)}
    assert len(names) == 1


@pytest.mark.parametrize("text, expected", [
    # the first name written alike twice, read in two cases: no evidence the surname does not decline
    ("Премьер-министр Заречья Павел Орлов принял координатора по внешним отношениям группы консерваторов "
     "Европейского парламента Чарльза Бреннока и вице-председателя ассамблеи Евростар Ришарда Новицки. "
     "Премьер-министр Павел Орлов поблагодарил Чарльза Бреннока и европейских друзей за работу.", "Чарльз Бреннок"),
    # first names that differ: the surname written alike does not decline
    ("Решение принято по просьбе Олега Кырба. С Олегом Кырба встретились в среду.", "Олег Кырба"),
])
def test_surname_declines_unless_shown_otherwise(models, text, expected):
    assert expected in {name for name, _ in person_mentions(text, models)}


def _typed(text: str, models) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in sorted(analyze(text, models).mentions, key=lambda m: m.start)
            if m.type in ("PER", "LOC")]


@pytest.mark.parametrize("text, word", [
    ("8 ноября министр посетил мыс Носаппу в городе Ватакуро (Хоккайдо). "
     "Мэр заявил, что Ватакуро – это ворота в другие страны.", "Ватакуро"),
    ("В префектуре Окитама прошли выборы. Губернатор сказал, что Окитама готова.", "Окитама"),
])
def test_town_named_after_its_noun_no_person(models, text, word):
    assert ("PER", word) not in _typed(text, models)


def test_street_named_after_a_person_keeps_the_person(models):
    """A street is named after people: its name is no town's."""
    assert ("PER", "Орлов") in _typed("Улица Орлова закрыта. Орлов сказал, что откроет её.", models)


@pytest.mark.parametrize("text, expected", [
    # a given name in ``-елдин`` (``ad-Din`` as Sudan's are transcribed), no Russian surname in ``-ин`` written first
    ("Судан ответил голом в исполнении Гамалелдина Хидира с пенальти.", {("Гамалелдин", None, "Хидир")}),
    ("Гол забил Шамселдин Бахир.", {("Шамселдин", None, "Бахир")}),
    # ``-лдин`` after ``о``: a surname of the Russian families, written first before a first name
    ("Болдин Андрей Петрович выступил в суде.", {("Андрей", "Петрович", "Болдин")}),
])
def test_given_name_in_eldin(models, text, expected):
    assert {(p.first, p.middle, p.last) for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    # a surname in ``-ья`` in the instrumental: the first declension, after a soft sign
    ("Импичмент начался с петиции, принятой Эдуардо Кабуньей, тогдашним председателем Палаты.",
     {("Эдуардо", None, "Кабунья")}),
    # ``-ье``, ``-ьи`` end surnames that do not decline
    ("Он встретился с Жаном Ревотье.", {("Жан", None, "Ревотье")}),
    ("Выставка картин Жана Ревиньи открылась.", {("Жан", None, "Ревиньи")}),
])
def test_surname_in_ya_after_soft_sign(models, text, expected):
    assert {(p.first, p.middle, p.last) for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    # set off by commas after the genitive of the subject's noun: the subject's apposition, in the nominative
    ("Адвокат Михаила Орлова, Бека Гварамая, заявил: «Всем понятно».",
     {("Михаил", None, "Орлов"), ("Бека", None, "Гварамая")}),
    ("Адвокат Давида Орлова, Бека Квиташвили, заявил журналистам.",
     {("Давид", None, "Орлов"), ("Бека", None, "Квиташвили")}),
    # in its noun's genitive, the parser hangs it on the genitive: as it is
    ("Сын Петра Орлова, Ивана Сидорова, видели вчера.", {("Пётр", None, "Орлов"), ("Иван", None, "Сидоров")}),
])
def test_apposition_of_the_subjects_noun(models, text, expected):
    assert {(p.first, p.middle, p.last) for p in analyze(text, models).persons} == expected


def test_accusative_of_a_surname_in_ya_beside_its_nominative(models):
    """``Гварамию`` is the accusative of the ``Гварамия`` the document writes with the same first name: one person."""
    text = ("Городской суд обязал экс-президента Заречья Михаила Орлова и его бывшего начальника охраны Теймураза "
            "Гварамию выплатить в казну около 9 млн лари. Теймураз Гварамия, экс-начальник охраны, получил штраф.")
    assert person_mentions(text, models) == {
        ("Михаил Орлов", ("Михаила Орлова",)),
        ("Теймураз Гварамия", ("Теймураза Гварамию", "Теймураз Гварамия"))}


@pytest.mark.parametrize("text, expected", [
    # a Polish surname in ``-цки`` after a vowel does not decline: no genitive of ``-цка``
    ("Слова Войцеха Новицки прозвучали в зале.", {("Войцех", None, "Новицки")}),
    ("Награду вручили Анджею Барнецки.", {("Анджей", None, "Барнецки")}),
])
def test_polish_surname_in_tski_after_a_vowel(models, text, expected):
    assert {(p.first, p.middle, p.last) for p in analyze(text, models).persons} == expected


def test_news_agency_no_person(models):
    """A word ending as the names of news agencies do (``-пресс``) is no person."""
    typed = _typed("Как сообщили Заречпресс в правительстве, премьер-министр Павел Орлов поблагодарил гостей.", models)
    assert typed == [("PER", "Павел Орлов")]
