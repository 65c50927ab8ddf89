"""Pairs no reader would count (invented text): titles pointing back inside direct speech, namesakes, posts to come."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_titles
from .test_titles_news import rows as news_rows


@pytest.mark.parametrize("text, wrong", [
    # a title pointing back inside direct speech: the one named before is its speaker, who speaks of another
    ("Россия готова к работе с новым министром финансов Литвы Павлом Рогачём. Об этом заявил замглавы Минфина "
     "Игорь Лапин. «Мы желаем новому министру успехов», – заявил он.", ("Игорь Лапин", "новый министр")),
    ("Об этом сообщила пресс-секретарь губернатора Анна Котова. «Фигура нового министра не изменит курса», – "
     "подчеркнула Котова.", ("Анна Котова", "новый министр")),
    # a colleague of the title nearer to it, not of the person named before that title
    ("Лидер партии Игорь Лапин предложил визит главы МИД на площадь по примеру его французского коллеги "
     "Жана Дюкло.", ("Жан Дюкло", "лидер партии Франции")),
    # a name that does not decline after a relative's title, of the relative's gender: the relative's
    ("При этом жена предыдущего президента-демократа Мэри Смит претендует на пост.",
     ("Мэри Смит", "предыдущий президент-демократ")),
    ("Вчера сын президента Ли Вэй прибыл в Сеул.", ("Ли Вэй", "президент")),
    # a bare title of another country is no one's named before with a post of another
    ("Канцлер заявила, что договорится с британским премьером Петром Рогачём, сообщило агентство. «Мы "
     "согласились», — сказала канцлер на совместной пресс-конференции с премьер-министром Польши.",
     ("Пётр Рогач", "премьер-министр Польши")),
    # a pointing title coordinated past words set off by commas: one more of a list
    ("Из людей, очень близко стоящих к И. Рогачу, пока стойко держатся премьер-министр Михаил Лаптев (с женой "
     "Еленой бывает на многих мероприятиях) и спикер Государственной думы Борис Седов (хотя супруга Аида живет "
     "в Питере) и, конечно, сам президент (со своей единственной женой Людмилой ездит почти во все заграничные турне).",
     ("Михаил Лаптев", "президент")),
    # a title in the name of a thing named after its holder
    ("Школа им. академика Ивана Лаптева открылась в Твери.", ("Иван Лаптев", "академик")),
    ("Премия имени композитора Петра Рогача вручена в Твери.", ("Пётр Рогач", "композитор")),
    # a noun of appointing with a possessive: the one appointed is whom the possessive stands for
    ("Вице-премьер Анна Котова готова руководить правительством. Если президент Пётр Рогач издаст указ о её "
     "назначении временно исполняющей обязанности премьера, она не откажется.",
     ("Пётр Рогач", "временно исполняющая обязанности премьера")),
    ("Если президент Пётр Рогач издаст указ о его назначении министром, Лаптев согласится.", ("Пётр Рогач", "министр")),
])
def test_no_pair(models, text, wrong):
    assert wrong not in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # outside direct speech a pointing title still refers back
    ("Пётр Рогач прибыл в Тверь. Новый губернатор встретился с жителями.", ("Пётр Рогач", "новый губернатор")),
    # the colleague of the person named last when no title comes between
    ("Министр иностранных дел России Игорь Лапин провёл разговор со своим белорусским коллегой Петром "
     "Сидоренко.", ("Пётр Сидоренко", "министр иностранных дел Белоруссии")),
    # quoted words with no noun after a title are no name of a body
    ("Глава МИД Литвы Пётр Рогач прибыл в Тверь. Губернатор назвал встречу с главой литовского МИД «очень "
     "хорошей», а в заявлении правительства говорится иное.", ("Пётр Рогач", "глава литовского МИД")),
    ("Глава МИД Литвы Пётр Рогач прибыл в Тверь. Губернатор назвал встречу с главой литовского МИД «полезной и "
     "своевременной».", ("Пётр Рогач", "глава литовского МИД")),
    # a quoted name with a noun, even in lower case, is still taken
    ("Главный редактор «новой газеты» Иван Лаптев прибыл в Тверь.", ("Иван Лаптев", "главный редактор «новой газеты»")),
    ("Председатель правления «Северного банка» Пётр Рогач прибыл в Тверь.",
     ("Пётр Рогач", "председатель правления «Северного банка»")),
    # a bare title of the same country refers back
    ("Канцлер встретилась с британским премьером Петром Рогачём. Премьер-министр Великобритании заявил о "
     "поддержке.", ("Пётр Рогач", "премьер-министр Великобритании")),
    # a sentence's first "И" joins no title to another
    ("Пётр Рогач прибыл в Тверь. И сам президент заявил о поддержке.", ("Пётр Рогач", "президент")),
    # on the holder's behalf: the post is held
    ("Грамоту от имени министра Петра Рогача вручил Иван Лаптев.", ("Пётр Рогач", "министр")),
    ("Президент Пётр Рогач подписал указ о назначении Ивана Лаптева министром.", ("Иван Лаптев", "министр")),
])
def test_pair(models, text, expected):
    assert expected in holder_titles(text, models)


def test_relative_before_a_declined_name_keeps_the_title(models):
    """A relative's title before a name in the genitive that declines: the title's holder's (whatever name)."""
    assert "президент" in {position for _, position in holder_titles("Вчера жена президента Жан-Поля Дюкло прибыла в "
                                                                     "Париж.", models)}


@pytest.mark.parametrize("text, absent", [
    # a post still to be filled: its title after "имя", "назначение", "вакантной должности" is no one's named before
    ("Кандидатами на пост главного тренера сборной являются Пётр Котов и Иван Лапин. Ожидалось, что имя нового "
     "наставника команды будет объявлено в июле.", "новый наставник команды"),
    ("Акционеры прекратили полномочия Петра Котова, избрали нового. Имя нового гендиректора не указано.",
     "новый гендиректор"),
    ("Послом в Ирландии назначен Иван Лапин вместо Петра Котова. Москва обвинила Лотарию в затягивании процесса по "
     "назначению посла в Россию.", "посол в Россию"),
    ("Новость сообщил премьер Пётр Котов. Он объявит конкурс на замещение вакантной должности главного энергетика.",
     "главный энергетик"),
])
def test_a_post_still_to_be_filled_is_no_ones(models, text, absent):
    assert absent not in {position for _, position in holder_titles(text, models)}


def acting_pairs(text: str, models) -> set[tuple[str, str, bool]]:
    """``(person, position, acting)`` of every ``positions`` row of a text."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.acting) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    # until the post is filled, the one who takes on its duties acts in it: an acting holder (of the post, not of
    # the "новый" holder still to come)
    ("Совет клуба «Вымпел» принял отставку главного тренера Петра Котова. До назначения нового главного тренера "
     "команды его обязанности будет исполнять Иван Лапин.", ("Иван Лапин", "главный тренер команды", True)),
    ("Губернатор уволил министра. До назначения нового министра здравоохранения обязанности исполняет Анна Котова.",
     ("Анна Котова", "министр здравоохранения", True)),
    ("Совет принял отставку ректора. До избрания нового ректора университета его обязанности исполняет Глеб Седов.",
     ("Глеб Седов", "ректор университета", True)),
])
def test_a_post_to_be_filled_has_whoever_takes_on_its_duties(models, text, expected):
    assert expected in acting_pairs(text, models)


def test_a_post_to_be_filled_named_after_its_title(models):
    found = holder_titles("Президент подписал указ по назначению посла в Италии Петра Котова.", models)
    assert ("Пётр Котов", "посол в Италии") in found


@pytest.mark.parametrize("text, absent", [
    # "о его назначении на пост": another's appointment, not the subject's post
    ("Губернатор Пётр Котов рассказал о его назначении на пост министра культуры. Иван Лапин приступит к работе в "
     "понедельник.", ("Пётр Котов", "министр культуры")),
    # the possessive after the noun of appointing, or a word between them: the parse tells whose it is
    ("Губернатор Пётр Котов рассказал о назначении его на пост министра культуры. Иван Лапин приступит к работе в "
     "понедельник.", ("Пётр Котов", "министр культуры")),
    ("Губернатор Пётр Котов рассказал о его скором назначении на пост министра культуры. Иван Лапин приступит к "
     "работе в понедельник.", ("Пётр Котов", "министр культуры")),
    ("Мэр Анна Лапина сообщила о её назначении на должность директора школы. Вера Котова приступит к работе в "
     "понедельник.", ("Анна Лапина", "директор школы")),
])
def test_anothers_appointment_is_not_the_subjects(models, text, absent):
    assert absent not in holder_titles(text, models)


def test_ones_own_appointment_is_the_subjects(models):
    found = holder_titles("Губернатор Пётр Котов рассказал о своём назначении на пост министра культуры.", models)
    assert ("Пётр Котов", "министр культуры") in found


@pytest.mark.parametrize("text, expected", [
    # a kin noun, a title in the genitive and a name none of whose words declines: the name is the relative's
    ("Супруга лидера страны Ли Сон Ми посетила завод.", set()),
    ("По словам супруги лидера страны Ли Сон Ми, завод построят.", set()),
    ("Сестра министра обороны Ли Сон Ми посетила завод.", set()),
    ("Вдова министра обороны Ли Сон Ми посетила завод.", set()),
    ("Жена президента Франции Мари Дюбуа посетила завод.", set()),
    ("Муж министра финансов Жан Дюбуа посетил завод.", set()),
    ("Брат губернатора области Пак Чон Хо посетил завод.", set()),
    ("Отец президента компании Мари Дюбуа посетил завод.", set()),
    # a name whose word declines shows the genitive: the title's holder
    ("Сестра лидера страны Ли Вэя посетила завод.", {("Ли Вэй", "лидер страны")}),
    ("Дочь мэра города Петра Лаптева Анна посетила завод.", {("Пётр Лаптев", "мэр города")}),
    ("Дочь президента Петра Орлова Анна посетила завод.", {("Пётр Орлов", "президент")}),
    ("Полиция сообщила об аресте Ли Вана, брата лидера партии Ким Чен Ына.", {("Ким Чен Ын", "лидер партии")}),
    # a name that declines in the nominative: the relative's
    ("Вдова мэра города Анна Котова посетила завод.", set()),
])
def test_kin_title_and_name(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a new holder still to be chosen or sought: no one named before
    ("Пётр Орлов назначен главным дирижёром театра. В другом городе оркестр сможет выбрать себе нового "
     "руководителя.",
     {("Пётр Орлов", "главный дирижёр театра", "главный дирижер", False)}),
    ("Пётр Орлов стал руководителем хора «Лира». Соседний хор ищет нового руководителя.",
     {("Пётр Орлов", "руководитель хора «Лира»", "руководитель", False)}),
    # near cases that stay: a new holder found (a perfective verb in the past), met: the one named before
    ("Пётр Орлов подписал контракт с клубом «Заря» на два года. Клуб нашёл нового тренера за неделю.",
     {("Пётр Орлов", "новый тренер", "тренер", False)}),
    ("Пётр Орлов назначен директором театра. Труппа тепло встретила нового руководителя.",
     {("Пётр Орлов", "директор театра", "директор", False),
      ("Пётр Орлов", "новый руководитель", "руководитель", False)}),
])
def test_new_holder_sought(models, text, expected):
    assert news_rows(text, models) == expected
