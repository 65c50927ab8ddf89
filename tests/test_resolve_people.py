"""Who is one person within a document, in the constructions the probes (tests/probes/people.py)
showed wrong (invented names)."""

from __future__ import annotations

import pytest

from nerpipe.resolve.forms import respelled
from nerpipe.resolve.spelling import spells, spells_first_name

from .conftest import analyze


def _groups(result) -> set[tuple[str, tuple[str, ...]]]:
    """Each person's name with the mentions that name it, in the order of the text."""
    names = {p.person_id: p.name for p in result.persons}
    mentions: dict[str, list[str]] = {}
    for mention in sorted(result.mentions, key=lambda m: m.start):
        if mention.type == "PER" and mention.entity_id in names:
            mentions.setdefault(mention.entity_id, []).append(mention.text)
    return {(names[pid], tuple(texts)) for pid, texts in mentions.items()}


@pytest.mark.parametrize("text, expected", [
    # of a husband and wife, a surname alone goes to the one whose form it is in its case
    ("Пётр Орлов и его жена Анна Орлова открыли кафе. По словам Орловой, кафе окупится. "
     "По словам Орлова, меню сменится.",
     {("Пётр Орлов", ("Пётр Орлов", "Орлова")), ("Анна Орлова", ("Анна Орлова", "Орловой"))}),
    ("Андрей Залесский и его жена Ксения Залесская открыли кафе. По словам Залесского, кафе окупится.",
     {("Андрей Залесский", ("Андрей Залесский", "Залесского")), ("Ксения Залесская", ("Ксения Залесская",))}),
    # a surname a man's would decline, undeclined after a preposition: the woman's
    ("Тимур Гордейчук и его жена Елена Гордейчук открыли кафе. По словам Гордейчук, кафе окупится.",
     {("Тимур Гордейчук", ("Тимур Гордейчук",)), ("Елена Гордейчук", ("Елена Гордейчук", "Гордейчук"))}),
    ("Клаус Беккер и его жена Марта Беккер открыли кафе. Позже с Беккером встретились журналисты, "
     "а с Беккер — соседи.",
     {("Клаус Беккер", ("Клаус Беккер", "Беккером")), ("Марта Беккер", ("Марта Беккер", "Беккер"))}),
    # a woman's surname alone as an object in the accusative (a man's dative as well)
    ("Пётр Орлов и его жена Анна Орлова открыли кафе. Журналисты видели Орлову в зале.",
     {("Пётр Орлов", ("Пётр Орлов",)), ("Анна Орлова", ("Анна Орлова", "Орлову"))}),
    # … and after a verb whose subject is another noun (the parser's second subject)
    ("Тимур Гордейчук и его жена Елена Гордейчук открыли кафе. Вечером мэр позвонил Гордейчук, а затем Гордейчуку.",
     {("Тимур Гордейчук", ("Тимур Гордейчук", "Гордейчуку")), ("Елена Гордейчук", ("Елена Гордейчук", "Гордейчук"))}),
    # … and a title and a surname before a verb of a woman's, the wife's
    ("Ольга Кравцова и её муж Олег Кравцов открыли кафе. Позже министр Кравцова поздравила их.",
     {("Ольга Кравцова", ("Ольга Кравцова", "Кравцова")), ("Олег Кравцов", ("Олег Кравцов",))}),
])
def test_family_surname_alone(models, text, expected):
    assert _groups(analyze(text, models)) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name alone in an oblique case, pymorphy's lemma of which is another name (``Мартин``)
    ("Вчера мэр встретился с Мартиной Хольцер. Журналисты спросили Мартину о сроках.", {"Мартина Хольцер"}),
    ("По словам Паолы Эстрады, работы завершатся в срок. Журналисты спросили Паолу о сроках.", {"Паола Эстрада"}),
    ("Вчера мэр встретился с Лусией Ортегой. Журналисты спросили Лусию о сроках.", {"Лусия Ортега"}),
    # a full name in Latin letters and in Cyrillic: one person when both names spell alike
    ("Книгу написал Jean Dupont. Вчера Жан Дюпон представил её в Твери.", {"Жан Дюпон"}),
    ("На форуме выступила Эмили Картрайт. Книга вышла под именем Emily Cartwright.", {"Эмили Картрайт"}),
    ("Книгу написал Javier Mendoza. Вчера Хавьер Мендоса представил её в Твери.", {"Хавьер Мендоса"}),
    ("Книгу написал Luciano Bongiorno. Вчера Бонджорно представил её в Твери.", {"Luciano Bongiorno"}),
    ("Книгу написал Jean Dupont. Вчера Дюпон представил её в Твери.", {"Jean Dupont"}),
    # … and two when the first names do not, whatever the surname
    ("Книгу под именем Jean Dupont издали в Париже. Вчера её представил Жак Дюпон.", {"Jean Dupont", "Жак Дюпон"}),
    ("Книгу под именем Klaus Becker издали в Париже. Вчера её представила Клара Беккер.",
     {"Klaus Becker", "Клара Беккер"}),
    ("Книгу под именем Martina Holzer издали в Париже. Вчера её представил Мартин Хольцер.",
     {"Martina Holzer", "Мартин Хольцер"}),
    # names a line each after a colon, the later ones unknown to pymorphy
    ("В жюри вошли:\nХосе Мендес\nХорхе Бенитес\nЛусия Ортега", {"Хосе Мендес", "Хорхе Бенитес", "Лусия Ортега"}),
    ("В жюри вошли:\nБахтияр Рахимов\nХироси Накамура\nЛюдвиг ван Дорн",
     {"Бахтияр Рахимов", "Хироси Накамура", "Людвиг ван Дорн"}),
    ("В жюри вошли:\nПьетро Ланцетти\nЖан-Пьер Дюбуа\nКлер Дюпре", {"Пьетро Ланцетти", "Жан-Пьер Дюбуа", "Клер Дюпре"}),
    # … but not a heading of common words
    ("Об этом сказал Пётр Орлов\nНовые технологии\nЦены выросли.", {"Пётр Орлов"}),
    # names side by side without commas, natasha's one span: a first name after a surname, the third
    # of four words after a first name and a word that is none
    ("В жюри вошли: Клаус Беккер Мартина Хольцер Хавьер Мендоса.",
     {"Клаус Беккер", "Мартина Хольцер", "Хавьер Мендоса"}),
    ("В жюри вошли: Бахтияр Рахимов Хироси Накамура Людвиг ван Дорн.",
     {"Бахтияр Рахимов", "Хироси Накамура", "Людвиг ван Дорн"}),
    ("В жюри вошли: Хосе Мендес Хорхе Бенитес Лусия Ортега.", {"Хосе Мендес", "Хорхе Бенитес", "Лусия Ортега"}),
    # two surnames side by side, each of another person named in full
    ("Вчера встретились Матвей Шпидла и Гордей Сомов. После спора с премьером Шпидла Сомов ушёл в отставку.",
     {"Матвей Шпидла", "Гордей Сомов"}),
    # … but not a surname and first name, nor a first name the same as another's surname
    ("Олег Кравцов открыл выставку. Кравцов Олег рассказал о планах.", {"Олег Кравцов"}),
    ("Игорь Роман и Пётр Рыжов открыли выставку. Позже Роман Рыжов рассказал о планах.",
     {"Игорь Роман", "Пётр Рыжов", "Роман Рыжов"}),
    # a first name natasha tags apart (or as a place) before a patronymic and surname
    ("Павел Олегович — младший сын князя Игоря Семёновича и графини Лукерьи Фоминичны Голицыной.",
     {"Павел Олегович", "Игорь Семёнович", "Лукерья Фоминична Голицына"}),
    # a surname after its particle before a first name, and first names pymorphy does not know before surnames
    # of the Russian families
    ("Халиду аль-Мансури Анна-Мария Вайсбергер передала ключи.", {"Халид аль-Мансури", "Анна-Мария Вайсбергер"}),
    ("В жюри вошли: Дильбар Сафарова Лейсан Гарипова Гюнай Мамедова.",
     {"Дильбар Сафарова", "Лейсан Гарипова", "Гюнай Мамедова"}),
    # … but not a first name of two words, or one and two surnames
    ("Вчера выступил Хосе Луис Гарсиа Лопес.", {"Хосе Луис Гарсиа Лопес"}),
    ("Вчера выступил Хорхе Гарсиа Лопес.", {"Хорхе Гарсиа Лопес"}),
    # a first name and an adjective surname after a heading on the line before
    ("Об этом сказала Вера Толокнина\nНовости\nАндрей Залесский открыл кафе в Твери.",
     {"Вера Толокнина", "Андрей Залесский"}),
])
def test_people_of_a_document(models, text, expected):
    persons = analyze(text, models).persons
    assert {p.name for p in persons} == expected
    assert len(persons) == len(expected)


@pytest.mark.parametrize("latin, cyrillic, expected", [
    ("Dupont", "Дюпон", True),  # a French final consonant left unspoken
    ("Mendoza", "Мендоса", True),  # Spanish z
    ("Javier", "Хавьер", True),  # Spanish j
    ("Bongiorno", "Бонджорно", True),  # Italian gi
    ("Luciano", "Лучано", True),  # Italian ci
    ("Cartwright", "Картрайт", True),  # a silent w before r
    ("Holzer", "Хольцер", True),
    ("Pennow", "Пенноу", True),  # an English w after a vowel
    ("Brigette", "Бриджетт", True),  # an English dg before e
    ("Wielczyk", "Вельчик", True),  # Polish cz
    ("Szopinski", "Шопинский", True),  # Polish sz
    ("Pennow", "Пеннов", True),
    ("Wielczyk", "Вельдик", False),
    ("Dupont", "Дюпре", False),
    ("Becker", "Бекетов", False),
])
def test_spells(latin, cyrillic, expected):
    assert spells(latin, cyrillic) is expected


@pytest.mark.parametrize("latin, cyrillic, expected", [
    ("Jean", "Жан", True),
    ("Stephen", "Стивен", True),  # one sound other
    ("Jean", "Жак", False),
    ("Klaus", "Клара", False),  # a woman's ending
    ("Martina", "Мартин", False),  # a man's
    ("Pietro", "Паоло", False),
])
def test_spells_first_name(latin, cyrillic, expected):
    assert spells_first_name(latin, cyrillic) is expected


@pytest.mark.parametrize("written, last, expected", [
    # a foreign surname with other vowels or a letter doubled, maybe with a case ending
    ("Бэнтон", "Бентон", True), ("Хофман", "Хоффман", True), ("Хофману", "Хоффман", True),
    ("Мэллер", "Меллер", True),
    # not other consonants, a short surname, one of the Russian families, the same word, another alphabet
    ("Картрайд", "Картрайт", False), ("Смут", "Смит", False), ("Ивонов", "Иванов", False),
    ("Бентон", "Бентон", False), ("Benton", "Бентон", False),
])
def test_respelled(written, last, expected):
    assert respelled(written, last) is expected
