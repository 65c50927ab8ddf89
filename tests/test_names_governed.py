"""Names whose case the words around them or their own endings settle where the tagger reads another
(invented names): an ending only the instrumental has, a man's foreign first name in the locative,
a woman's undeclined surname in ``-у`` after her first name in the dative."""

from __future__ import annotations

import pytest

from .conftest import analyze, person_mentions


@pytest.mark.parametrize("text, expected", [
    # an ending only the instrumental has, on a name tagged a nominative: ``-ом``, ``-ем`` of a man's,
    # ``-ой`` of a name in ``-а``, ``-ией`` of one in ``-ия``
    ("Посёлок гордится Эдвином Тарлтоном.", "Эдвин Тарлтон"),
    ("Посёлок гордится Рэймондом Фэрчайлдом.", "Рэймонд Фэрчайлд"),
    ("Посёлок гордится Тэцуо Намикавой.", "Тэцуо Намикава"),
    ("Посёлок гордится Орасио Бустаманой.", "Орасио Бустамана"),
    ("Посёлок гордится Лусиндией Марвалес.", "Лусиндия Марвалес"),
    ("Посёлок гордится Колином Брэдвортом и его сыном.", "Колин Брэдворт"),
    # the nominative stays where the verb's gender makes the name its subject
    ("Эдвин Тарлтон вчера приехал в город.", "Эдвин Тарлтон"),
    # a man's first name pymorphy does not know, in the locative, by its likeliest guess
    ("Мы говорили о Ксандере Мирабаль весь вечер.", "Ксандер Мирабаль"),
    ("Газета написала о Бертране Валлуа в субботнем номере.", "Бертран Валлуа"),
    # not a name in ``-ле``, which may be one that does not decline
    ("Газета написала о Микеле Россетти в субботнем номере.", "Микеле Россетти"),
    # a woman's first name pymorphy knows in the dative: her surname in ``-у`` does not decline
    ("Премию вручили Луизе Монтейру в понедельник.", "Луиза Монтейру"),
    ("Вечером мэр позвонил Марине Кастелу и поблагодарил за работу.", "Марина Кастелу"),
    # a man's surname in the dative still loses its ``-у``
    ("Премию вручили Гарольду Уинстону в понедельник.", "Гарольд Уинстон"),
])
def test_case_the_name_shows(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # two names side by side before a verb in the past: the second is its subject, the first is not
    ("Ульриха Штайнера Марина Вольпе встретила у входа.", {"Ульрих Штайнер", "Марина Вольпе"}),
    ("У Тимофея Зябликова Рэндалл Окифор купил дом.", {"Тимофей Зябликов", "Рэндалл Окифор"}),
    ("Мигеля Альвареса Хорхе Кастаньо встретил у входа.", {"Мигель Альварес", "Хорхе Кастаньо"}),
    # the first one hung on the verb, tagged a nominative: the case its surname's ending shows
    ("Мигелю Альваресу Хорхе Кастаньо передал ключи от кафе.", {"Мигель Альварес", "Хорхе Кастаньо"}),
    ("Вере Сапожниковой Глеб Тарханов вручил награду.", {"Вера Сапожникова", "Глеб Тарханов"}),
])
def test_adjacent_names(models, text, expected):
    persons = analyze(text, models).persons
    assert {p.name for p in persons} == expected and len(persons) == len(expected)


@pytest.mark.parametrize("text, expected", [
    # a direct object tagged in the accusative by its first name and the dative by its surname: accusative
    ("Журналисты видели Гульшату Нурмакову у входа в здание суда.", "Гульшата Нурмакова"),
    # an indirect object whose surname shows no case, tagged a nominative: the first name's dative
    ("Вечером мэр позвонил Жанибеку Сейтулы и поблагодарил за работу.", "Жанибек Сейтулы"),
    # a Japanese first name does not decline before a Japanese surname that does
    ("Премию вручили Мамору Кавагути в понедельник.", "Мамору Кавагути"),
    ("Премию вручили Осаму Фудзиоке в понедельник.", "Осаму Фудзиока"),
    # not a name of other sounds that declines
    ("Премию вручили Самату Абенову в понедельник.", "Самат Абенов"),
])
def test_case_of_the_name_as_a_whole(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a capitalised word inside a sentence that pymorphy knows only as a verb is a first name it does not know
    ("Журналисты обратились к Жилю Лаверну с вопросом.", "Жиль Лаверн"),
    # a word of no name's part of speech opening the sentence is cut off
    ("Вчера Жиль Лаверн приехал в город.", "Жиль Лаверн"),
    # an animate proper noun pymorphy does not know, a surname of the Russian families of its name after it
    ("Благодаря Тлеубеку Сарсенову проект удалось завершить.", "Тлеубек Сарсенов"),
])
def test_capitalised_verb_inside_a_sentence(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a surname alone in an elliptical clause is in the case of the left-out verb's object: a woman's
    ("Глеб Лантер и его жена Дина Лантер открыли кафе. Гости видели Лантера у входа, а Лантер — в зале.",
     {("Глеб Лантер", ("Глеб Лантер", "Лантера")), ("Дина Лантер", ("Дина Лантер", "Лантер"))}),
    ("Глеб Тарханов и его жена Дина Тарханова открыли кафе. Гости видели Тарханова у входа, а Тарханову — в зале.",
     {("Глеб Тарханов", ("Глеб Тарханов", "Тарханова")), ("Дина Тарханова", ("Дина Тарханова", "Тарханову"))}),
])
def test_elliptical_clause(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a man's surname alone, declined, beside a woman of the same surname that does not decline: his
    ("Глеб Лантер и его жена Дина Лантер открыли кафе. Гости видели Лантера у входа.",
     {("Глеб Лантер", ("Глеб Лантер", "Лантера")), ("Дина Лантер", ("Дина Лантер",))}),
    ("Родион Ранкевич и его жена Алина Ранкевич открыли кафе. С Ранкевичем встретились журналисты.",
     {("Родион Ранкевич", ("Родион Ранкевич", "Ранкевичем")), ("Алина Ранкевич", ("Алина Ранкевич",))}),
])
def test_declined_surname_beside_a_woman(models, text, expected):
    test_elliptical_clause(models, text, expected)


@pytest.mark.parametrize("text, expected", [
    # a preposition of one case settles the case of the name after it, whatever the tagger reads
    ("При Тимо Вальдхаусере фабрика выпускала ткани.", "Тимо Вальдхаусер"),
    ("Мы говорили об Умару Сиссоко весь вечер.", "Умару Сиссоко"),
    # a man's foreign surname pymorphy does not know, in the locative ``-е``, by its ending
    ("Мы говорили о Свене Линдквисте весь вечер.", "Свен Линдквист"),
    ("Газета написала о Густаве Мортенсене в пятницу.", "Густав Мортенсен"),
    ("Мы долго спорили о Рональде Эшфорде и его книге.", "Рональд Эшфорд"),
    ("Фильм рассказывает о Диего Вальдесе и его семье.", "Диего Вальдес"),
    # after a first name pymorphy knows as a woman's that shows no case: a man's, whose surname declines
    ("Газета написала о Нико Сандвикене в пятницу.", "Нико Сандвикен"),
    # a woman's surname that does not decline stays as written
    ("Газета написала об Ингрид Сальвесен в пятницу.", "Ингрид Сальвесен"),
])
def test_locative_after_preposition(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a name in apposition to a title across the title's genitive: the title's case, not the genitive's
    ("Газета написала о советнике министра Луизе Бертон.", "Луиза Бертон"),
    ("Журнал рассказал о помощнике губернатора Марине Вейсман.", "Марина Вейсман"),
    ("Газета написала о советнике министра иностранных дел Луизе Бертон.", "Луиза Бертон"),
    # a first name that can be the genitive keeps the tagger's reading
    ("Газета написала о советнике министра Игоре Брагине.", "Игорь Брагин"),
])
def test_apposed_title_case(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]
