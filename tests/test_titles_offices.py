"""Titles of office: the one an appointment names after the title in the instrumental, the body a region's
adjective gives a minister, a word inside a title that is no title, and ranks written in digits."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> list[tuple[str, str, str, str | None, str | None]]:
    """``(person, position, role, organization, region)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return [(names[f.person_id], f.position, f.role, orgs.get(f.org_id), f.region_code) for f in result.positions]


def holders(text: str, models) -> list[tuple[str, str]]:
    return [(person, role) for person, _, role, _, _ in rows(text, models)]


@pytest.mark.parametrize("text, expected", [
    # the title in the instrumental after a noun of appointment: the name after it is the one appointed
    ("Глава Тверской области Иван Ковалёв подписал указ о назначении министром культуры Глеба Лаптева.",
     [("Иван Ковалёв", "глава"), ("Глеб Лаптев", "министр")]),
    ("Указ о назначении директором департамента Анны Зориной подписал Иван Ковалёв.",
     [("Анна Зорина", "директор департамента")]),
    # the name before the title, as before
    ("Иван Ковалёв подписал указ о назначении Глеба Лаптева министром культуры.", [("Глеб Лаптев", "министр")]),
    # no name of the one appointed: the signer is not
    ("Иван Ковалёв подписал указ о назначении министром культуры.", []),
])
def test_the_one_an_appointment_noun_names(models, text, expected):
    assert holders(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a feminine noun of a thing inside a title is no title ("политики" of "политика")
    ("Губернатор подписал указ о назначении министром спорта и молодежной политики Тверской области "
     "Глеба Лаптева.", [("Глеб Лаптев", "министр")]),
    ("Министром экономики и промышленной политики края назначен Глеб Лаптев.", [("Глеб Лаптев", "министр")]),
])
def test_a_noun_of_a_thing_inside_a_title_is_no_title(models, text, expected):
    assert holders(text, models) == expected


@pytest.mark.parametrize("text, org, region", [
    # a region's adjective before a minister: the region's ministry
    ("Ранее тверской министр здравоохранения Глеб Лаптев ушёл в отставку.",
     "Министерство здравоохранения Тверской области", "RU-TVE"),
    ("Томский министр культуры Глеб Лаптев открыл выставку.", "Министерство культуры Томской области", "RU-TOM"),
    # the region named after the head, as before
    ("Министр культуры Томской области Глеб Лаптев открыл выставку.",
     "Министерство культуры Томской области", "RU-TOM"),
    # near cases: Russia's adjective and no adjective keep the federal ministry
    ("Российский министр культуры Глеб Лаптев открыл выставку.", "Министерство культуры Российской Федерации",
     None),
    ("Министр культуры Глеб Лаптев открыл выставку в Томске.", "Министерство культуры Российской Федерации", None),
])
def test_a_region_adjective_makes_a_minister_the_regions(models, text, org, region):
    [(_, _, _, found_org, found_region)] = rows(text, models)
    assert (found_org, found_region) == (org, region)


def test_a_foreign_adjective_keeps_its_country(models):
    result = analyze("Израильский министр обороны Глеб Лаптев прибыл в Каир.", models)
    assert [(f.region_code, f.country) for f in result.positions] == [(None, "IL")]


@pytest.mark.parametrize("text, role", [
    ("Выступил 1-й проректор Пётр Сидоров.", "первый проректор"),
    ("Выступил первый проректор Пётр Сидоров.", "первый проректор"),
    ("1-й заместитель губернатора Пётр Сидоров выступил.", "первый заместитель губернатора"),
    ("Поздравили 1-го заместителя губернатора Петра Сидорова.", "первый заместитель губернатора"),
    ("2-й секретарь посольства Пётр Сидоров выступил.", "второй секретарь"),
    # an ordinal before an office counts its holders: no rank
    ("3-й президент компании Пётр Сидоров выступил.", "президент"),
    ("Первый ректор университета Пётр Сидоров родился в Томске.", "ректор"),
])
def test_a_rank_in_digits_is_kept_in_words(models, text, role):
    assert [r for _, r in holders(text, models)] == [role]


@pytest.mark.parametrize("text, expected", [
    # a participle after the second name of a list is that name's, whatever name the parser hangs it on
    ("Прием провели Анна Котова, являющаяся председателем комитета Думы по бюджету, и Глеб Лаптев, "
     "занимающий должность председателя Думы Лихославльского района.",
     [("Анна Котова", "председатель комитета"), ("Глеб Лаптев", "председатель")]),
    # near cases: a participle that does not agree with the name before it; one name only
    ("Жена Глеба Лаптева, занимающая пост директора школы, выступила.", []),
    ("Глеб Лаптев, занимающий пост директора школы, выступил.", [("Глеб Лаптев", "директор")]),
])
def test_a_participle_belongs_to_the_name_it_follows(models, text, expected):
    assert holders(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # "Name – title, а также title Name": the first title is said of the name before the dash
    ("Кандидатами были Иван Петров, Олег Смирнов – проректор по учебной работе, а также 1-й проректор "
     "Пётр Сидоров.", [("Олег Смирнов", "проректор"), ("Пётр Сидоров", "первый проректор")]),
    # near cases: two titles stacked by a dash before one name stay his
    ("Как отметил руководитель приёмной – депутат Думы Глеб Лаптев, встреч будет больше.",
     [("Глеб Лаптев", "руководитель"), ("Глеб Лаптев", "депутат")]),
    ("Олег Смирнов – проректор университета, а также декан факультета.",
     [("Олег Смирнов", "проректор"), ("Олег Смирнов", "декан")]),
])
def test_a_title_after_a_name_and_a_dash_is_that_names(models, text, expected):
    assert holders(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министром культуры Тверской области переназначен Олег Смирнов.", [("Олег Смирнов", "министр")]),
    ("Олег Смирнов переназначен министром культуры Тверской области.", [("Олег Смирнов", "министр")]),
    # a passive verb first, the post and the name after it: the name is its subject
    ("Освобождена от должности министра по внешним связям Анна Котова.", [("Анна Котова", "министр")]),
    ("Уволен с поста министра культуры Олег Смирнов.", [("Олег Смирнов", "министр")]),
    ("Освобождена от должности директора завода «Заря» Анна Котова.", [("Анна Котова", "директор")]),
    ("Освобождена от должности главного врача больницы № 3 Анна Котова.", [("Анна Котова", "главный врач")]),
    # near cases: a name of another gender, a name in another case, a name past a verb
    ("Освобожден от должности министра культуры Анна Котова.", []),
    ("Уволен с поста министра культуры, и это сказала Анна Котова.", []),
])
def test_the_subject_after_a_verb_and_the_post(models, text, expected):
    assert holders(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # an item "title — Name" after a comma, in a list whose verb gave the first title in the instrumental
    ("Вице-премьером стал Иван Петров, руководителем представительства Тверской области в Москве — Глеб Лаптев.",
     [("Иван Петров", "заместитель председателя правительства"), ("Глеб Лаптев", "руководитель")]),
    ("Первым заместителем губернатора назначен Иван Петров, министром культуры — Глеб Лаптев, министром спорта — "
     "Анна Котова.", [("Иван Петров", "первый заместитель губернатора"), ("Глеб Лаптев", "министр"),
                      ("Анна Котова", "министр")]),
    # the first title opening the sentence, capitalised (the tagger reads it as a name)
    ("Прокурором района стал Глеб Ракитин, директором — Пётр Смирнов.",
     [("Глеб Ракитин", "прокурор"), ("Пётр Смирнов", "директор")]),
    # near cases: after ", а" as before; no earlier title in the instrumental
    ("Директором стал Пётр Орлов, а заместителем — Анна Зорина.",
     [("Пётр Орлов", "директор"), ("Анна Зорина", "заместитель")]),
    ("Иван Петров приехал, директором школы — с 2010 года.", []),
])
def test_an_item_of_a_list_of_appointments_after_a_comma(models, text, expected):
    assert holders(text, models) == expected


@pytest.mark.parametrize("text, org, region", [
    # a minister's title before "в правительстве" of a region: that region's ministry
    ("Глеб Лаптев назначен первым заместителем министра природных ресурсов и экологии в правительстве "
     "Тверской области.", "Министерство природных ресурсов и экологии Тверской области", "RU-TVE"),
    ("Глеб Лаптев работает министром культуры в правительстве Тверской области.",
     "Министерство культуры Тверской области", "RU-TVE"),
    # near cases: another title, and a minister with no branch, keep the government
    ("Глеб Лаптев занимает должность советника в правительстве Тверской области.",
     "Правительство Тверской области", "RU-TVE"),
    ("Глеб Лаптев работает министром в правительстве Тверской области.", "Правительство Тверской области",
     "RU-TVE"),
])
def test_a_minister_in_a_regions_government_is_of_its_ministry(models, text, org, region):
    [(_, _, _, found_org, found_region)] = rows(text, models)
    assert (found_org, found_region) == (org, region)


@pytest.mark.parametrize("text, region", [
    # the region a representative speaks for, not the city his office sits in
    ("Полномочным представителем региона в Москве назначен Глеб Лаптев.", None),
    ("Губернатор Тверской области Иван Петров провёл совещание в Твери. Представитель области в Москве "
     "Глеб Лаптев выступил.", "RU-TVE"),
    # near cases: an office named with its body, and a region named before the place
    ("Представитель МИД России в Воронеже Глеб Лаптев встретился с губернатором.", "RU-VOR"),
    ("Заместитель губернатора Тверской области в Москве Глеб Лаптев выступил.", "RU-TVE"),
])
def test_a_representative_of_a_region_is_not_of_his_seat(models, text, region):
    assert [r for person, *_, r in rows(text, models) if person == "Глеб Лаптев"] == [region]


@pytest.mark.parametrize("text, expected", [
    # the parser makes a name of the clause before the verb's subject: a verb of another gender is not his
    ("Как сообщил на совещании губернатор Иван Петров, ранее обязанности главы департамента исполняла "
     "заместитель директора Анна Котова.",
     [("Иван Петров", "губернатор"), ("Анна Котова", "исполняющий обязанности главы департамента"),
      ("Анна Котова", "заместитель директора")]),
    # near cases: the verb agrees with the name
    ("Губернатор Иван Петров ранее работал министром.", [("Иван Петров", "губернатор"), ("Иван Петров", "министр")]),
    ("Обязанности министра исполняла Анна Котова.", [("Анна Котова", "исполняющий обязанности министра")]),
    # a first name the tagger takes for a man's, with no other name after the verb: still the subject
    ("Чолпонкуль Осмонова, 1970 года рождения, занимала пост министра образования с 2020 года.",
     [("Чолпонкуль Осмонова", "министр")]),
])
def test_a_verb_of_another_gender_is_not_the_names(models, text, expected):
    assert holders(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a head of a region is not the head of a district named before
    ("Губернатор Тверской области Иван Петров уволил главу Ковровского района Глеба Ракитина. Это произошло после "
     "визита главы региона в район.", [("Иван Петров", "губернатор"), ("Глеб Ракитин", "глава")]),
    # near case: the same level refers back
    ("Глеб Ракитин стал главой Тверской области. Вчера глава региона назвал приоритеты.",
     [("Глеб Ракитин", "глава"), ("Глеб Ракитин", "глава")]),
])
def test_a_head_of_another_level_does_not_refer_back(models, text, expected):
    assert holders(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a post someone runs for after "за пост" is not held
    ("Также за пост ректора боролась директор института Анна Котова.", [("Анна Котова", "директор института")]),
    ("Анна Котова боролась за пост ректора.", []),
    ("За пост мэра поборется Глеб Лаптев.", []),
    # near cases: "за пост" with no verb of contest; a post held
    ("За пост мэра Глеб Лаптев получил орден.", [("Глеб Лаптев", "мэр")]),
    ("Глеб Лаптев получил орден за работу на посту мэра.", [("Глеб Лаптев", "мэр")]),
])
def test_a_post_fought_for_is_not_held(models, text, expected):
    assert [(person, position) for person, position, *_ in rows(text, models)] == expected
