"""The nominative of names in the forms the probes (tests/probes/names.py) showed wrong, and one
person mentioned again by a surname alone (invented names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    # a double surname pymorphy guesses as indeclinable declines in each part all the same
    ("Вчера мэр встретился с Алексеем Смирновым-Ельским.", "Алексей Смирнов-Ельский"),
    ("Встреча с министром Глебом Орловым-Ельским прошла.", "Глеб Орлов-Ельский"),
    # of two first names a form may be of, the one in a soft sign
    ("Газета написала об Игоре Смелаго.", "Игорь Смелаго"),
    ("Газета написала об Игоре Кормилове.", "Игорь Кормилов"),
    # an indeclinable woman's name is no form of another name pymorphy knows (``Эмила``)
    ("По словам Эмили Картрайт, работы завершатся в срок.", "Эмили Картрайт"),
    ("Премию вручили Эмили Картрайт.", "Эмили Картрайт"),
    ("Цветы вручили Анне Уортон.", "Анна Уортон"),
    # a first name pymorphy does not know in ``-ии``, ``-ию``: a woman's in ``-ия``
    ("По словам Лусии Ортеги, работы завершатся в срок.", "Лусия Ортега"),
    ("Комиссия пригласила Лусию Ортегу на заседание.", "Лусия Ортега"),
    # a woman's surname of the first declension in the accusative and instrumental
    ("Комиссия пригласила Людмилу Шульгу на заседание.", "Людмила Шульга"),
    ("Вчера мэр встретился с Людмилой Шульгой.", "Людмила Шульга"),
    ("Встреча с Лусией Ортегой прошла.", "Лусия Ортега"),
    # … but an adjective pymorphy knows is a woman's surname of the adjectives
    ("Встреча с Оксаной Заречной прошла.", "Оксана Заречная"),
    ("Встреча с Оксаной Бережной прошла.", "Оксана Бережная"),
    ("Встреча с Анной Кормиловой прошла.", "Анна Кормилова"),
    # the surname's case ending where a first name shows no case and the tagger reads the
    # surname as a nominative (in a list)
    ("Мэр встретился с Хавьером Мендосой, Хосе Мендесом и Лусией Ортегой.", "Хосе Мендес"),
    # after initials the word is a surname, in the case its ending shares with the initials' tag
    ("Позже с Н. Забарой встретились журналисты.", "Н. Забара"),
    ("Позже с Х. Мендесом встретились журналисты.", "Х. Мендес"),
    ("Позже с Х. Мендосой встретились журналисты.", "Х. Мендоса"),
    ("Позже с Д. Уолдроном встретились журналисты.", "Д. Уолдрон"),
    ("По словам Х. Мендосы, проект окупится.", "Х. Мендоса"),
    # a first name in ``-а`` pymorphy knows only as a man's genitive, before a surname written as a
    # nominative, as the subject of a feminine verb: a woman's name
    ("Мартина Хольцер, жительница Твери, рассказала о своих планах.", "Мартина Хольцер"),
    ("Сына Мартина Хольцера вчера видела соседка.", "Мартин Хольцер"),
    # a hyphenated first name shows its case by the part that declines
    ("Вечером мэр позвонил Анне-Марии Вайсбергер.", "Анна-Мария Вайсбергер"),
    # a woman's name in the genitive after a relative's title, the relative the subject of a woman's verb: the
    # first name's plural nominative (``Анны``) is no one person's nominative
    ("Жена гида Анны Котовой открыла новую школу.", "Анна Котова"),
    ("Сестра критика Марии Зориной открыла выставку.", "Мария Зорина"),
    # the dative of a man's surname that is a common noun pymorphy knows, not of an indeclinable one
    ("Премию вручили Андрею Волку в понедельник.", "Андрей Волк"),
    ("Андрею Волку вручили почётную грамоту.", "Андрей Волк"),
    ("Премию вручили Андрею Шоу.", "Андрей Шоу"),
    # a speaker before a colon at the start of a line is named in the nominative
    ("Мартина Хольцер: «Работы начнутся весной»\nСтроительство продолжится.", "Мартина Хольцер"),
    # a first name of either gender takes the gender of the surname's ending in the name's case
    ("По словам Жени Лыкова, проект окупится.", "Женя Лыков"),
    ("По словам Жени Лыковой, проект окупится.", "Женя Лыкова"),
    ("Премию вручили Саше Котову.", "Саша Котов"),
    ("Журналисты видели Сашу Котову у входа.", "Саша Котова"),
    # a surname alone as an object keeps the tagger's case, in the gender that case allows
    ("Журналисты видели Орлову в зале.", "Орлова"),
    ("Вечером мэр позвонил Орлову.", "Орлов"),
    # a surname the parser hangs on a title of a man's gender before a verb of a woman's is the
    # holder's, in the nominative
    ("Позже министр Кравцова поздравила их.", "Кравцова"),
    ("Министр Орлова заявила журналистам, что работы завершатся.", "Орлова"),
    ("Помощник Кравцова заявил журналистам, что работы завершатся.", "Кравцов"),
])
def test_name_form(models, text, expected):
    assert expected in {p.name for p in analyze(text, models).persons}


@pytest.mark.parametrize("text, expected", [
    # a woman's first name in the dative or locative settles that her surname's ``-е`` is the case
    # ending of one in ``-а``: unknown to pymorphy, or a common noun it knows (``Цибуля``)
    ("Премию вручили Галине Кочерге в понедельник.", "Галина Кочерга"),
    ("Газета написала о Галине Кочерге.", "Галина Кочерга"),
    ("Премию вручили Людмиле Петровне Шульге.", "Людмила Петровна Шульга"),
    ("Вечером мэр позвонил Ирине Тарасе.", "Ирина Тараса"),
    ("Грамоту вручили Марине Цибуле.", "Марина Цибуля"),
    ("Вечером мэр позвонил Лусии Ортеге.", "Лусия Ортега"),
    ("Газета написала о Лусии Ортеге.", "Лусия Ортега"),
    # … but a surname pymorphy knows as indeclinable, one with the ending of French surnames, or one
    # after a first name that shows no case stays as written
    ("Премию вручили Анне Штуббе.", "Анна Штуббе"),
    ("Премию вручили Тамаре Гелашидзе.", "Тамара Гелашидзе"),
    ("Премию вручили Анне Дюпре.", "Анна Дюпре"),
    ("Премию вручили Клер Дюпре в понедельник.", "Клер Дюпре"),
    ("Премию вручили Ингрид Шульге.", "Ингрид Шульге"),
    # a man's surname of the first declension in the dative
    ("Премию вручили Петру Шульге в понедельник.", "Пётр Шульга"),
    # a man's foreign surname in the locative, after a first name that shows no case or one that does
    ("Газета написала о Хосе Мендесе.", "Хосе Мендес"),
    ("Газета написала о Клаусе Мендесе.", "Клаус Мендес"),
    ("Газета написала о Жане Дюпре.", "Жан Дюпре"),
    # a first name that is no nominative, tagged as one: the case its tagged gender allows
    ("Вечером мэр позвонил Халиду аль-Мансури.", "Халид аль-Мансури"),
    ("Халиду аль-Мансури вручили грамоту.", "Халид аль-Мансури"),
])
def test_oblique_surname_ending(models, text, expected):
    assert expected in {p.name for p in analyze(text, models).persons}


@pytest.mark.parametrize("text, expected", [
    # a woman's indeclinable surname alone is the woman of the full name
    ("«Мы готовы», — сказала Елена Гордейчук. Позже Гордейчук уточнила сроки.", {"Елена Гордейчук"}),
    ("Анаит Бадалян приехала в город. По словам Бадалян, проект окупится.", {"Анаит Бадалян"}),
    # … and a man's declined form of it still is not
    ("Елена Гордейчук приехала в город. По словам Гордейчука, проект окупится.", {"Елена Гордейчук", "Гордейчук"}),
    # a double surname alone in an oblique case
    ("Мария Котова-Лесная приехала в город. По словам Котовой-Лесной, проект окупится.", {"Мария Котова-Лесная"}),
    # … and in the dative after a verb whose subject is another noun
    ("Ирина Гордейчук приехала в город. Позже мэр позвонил Гордейчук.", {"Ирина Гордейчук"}),
    ("Мария Волк приехала в город. Вечером министр позвонил Волк.", {"Мария Волк"}),
])
def test_one_person_by_a_surname_alone(models, text, expected):
    persons = analyze(text, models).persons
    assert {p.name for p in persons} == expected
    assert len(persons) == len(expected)


@pytest.mark.parametrize("text, expected", [
    # a first name natasha tags alone grows to the surname after it
    ("Об этом рассказала Динара Жумабаева\nСпорт\nЦены выросли.", {"Динара Жумабаева"}),
    # a first name and a word pymorphy knows as a common noun the parser reads as part of the name
    ("По словам главного врача городской больницы Андрея Волка, мест хватает.", {"Андрей Волк"}),
    # … but not an adjective, which names a place after a person
    ("Мост Петра Великого закрыли на ремонт.", set()),
    # a first name and a word the parser reads as part of the name, tagged as a place
    ("По словам главного врача городской больницы Жуана Пинту, мест хватает.", {"Жуан Пинту"}),
    # a name in capitals with a patronymic, or a surname pymorphy knows as another word too
    ("ИРИНА СОМОВА\nИнтервью о городе.", {"Ирина Сомова"}),
    ("ОЛЕГ ВИКТОРОВИЧ КРАВЦОВ\nИнтервью о городе.", {"Олег Викторович Кравцов"}),
    ("ВЕРА И НАДЕЖДА\nФильм о сёстрах.", set()),
    # a surname tagged apart from the first name and patronymic after it
    ("Суд рассмотрел иск Кравцова Олега Викторовича.", {"Олег Викторович Кравцов"}),
    # … but not a man's surname in another case or gender than the first name (a son's father)
    ("Сын Кравцова Игорь Петрович выступил.", {"Кравцов", "Игорь Петрович"}),
    # a word before a first name and patronymic is the surname, whatever else pymorphy reads it as
    ("Вчера Зорина Анна Петровна, директор школы, выступила. Анна Зорина рассказала о планах.",
     {"Анна Петровна Зорина"}),
    # … and a woman's surname of the Russian families tagged as an organization
    ("Суд рассмотрел иск Котовой Анны Петровны.", {"Анна Петровна Котова"}),
    # a first name and an adjective surname in capitals on a line of their own
    ("ПЁТР ЛУГОВОЙ\nИнтервью о городе.", {"Пётр Луговой"}),
    ("ИРИНА ЗАРЕЧНАЯ\nИнтервью о городе.", {"Ирина Заречная"}),
    ("ЛЮБОВЬ ВЕЧНАЯ\nФильм о сёстрах.", set()),
    # an untagged first name that does not decline, pymorphy's likeliest as a name in its six cases,
    # before a surname it does not know, whatever case the tagger reads either in
    ("Хорхе Бальдеса назначили руководителем проекта.", {"Хорхе Бальдес"}),
    # a surname and initials, untagged, or after a common noun that is the surname
    ("Документ подписал Залесский А.", {"А. Залесский"}),
    ("Документ подписал Волк А.", {"А. Волк"}),
    ("Письмо Залесскому А. В. отправили.", {"А. В. Залесский"}),
    ("Договор заключён с Волком А.", {"А. Волк"}),
    ("Доктор Веллер прибыл.", {"Веллер"}),
    # a particle's surname alone, opening a sentence, or without the particle, is the person named in full
    ("Встречу провёл Карл фон Штайн. Фон Штайн заявил о поддержке.", {"Карл фон Штайн"}),
    ("Премию получил Ахмед ибн Саид. Ибн Саид поблагодарил жюри.", {"Ахмед ибн Саид"}),
    ("Людвиг ван Дорн приехал в город. По словам ван Дорна, проект окупится.", {"Людвиг ван Дорн"}),
])
def test_person_spans(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
