"""More probes of foreign people's names, invented, of shapes the tables of :mod:`.world` have few of: first
names ending in a vowel that do not decline before a surname that does (``Тео Варгаса``, ``Нико Хальворсену``),
surnames ending in a consonant group (``Эклунд``, ``Бэнкрофт``), surnames of Africa that do not decline after a
first name that does or does not (``Йоханнеса Нкубе``, ``Кваме Аддае``), first names in ``-у`` that do not
decline (``Сейду``), a first name that is a common noun as well (``Финн``), a surname in ``-ы`` (``Новотны``).
Part of the ``names`` area (:mod:`.names` adds these cases) and of the ``people`` area (a person named in full
and again by the surname, in the oblique cases). A case whose form two nominatives share (a man's ``Нкубе`` in
the dative, of ``Нкуба`` as well) is left out."""

from __future__ import annotations

from . import Case
from .names import Person, W, _fill
from .world import case_cases

P = Person

WORLD_MORE = (
    P("m", W("Тео"), W("Варгас", "hard_m")),
    P("m", W("Бруно"), W("Кастильес", "hard_m")),
    P("m", W("Ренато"), W("Гусман", "hard_m")),
    P("m", W("Хуго"), W("Пальмер", "hard_m")),
    P("m", W("Нико"), W("Хальворсен", "hard_m")),
    P("m", W("Отто"), W("Краусс", "hard_m")),
    P("m", W("Рикардо"), W("Фуэнтес", "hard_m")),
    P("m", W("Пабло"), W("Сепульведа", "a"), unsettled=("loct",)),
    P("m", W("Дерек", "hard_m"), W("Холмстед", "hard_m")),
    P("m", W("Стюарт", "hard_m"), W("Финч", "hiss_m")),
    P("m", W("Брент", "hard_m"), W("Уолш", "hiss_m")),
    P("m", W("Ларс", "hard_m"), W("Эклунд", "hard_m")),
    P("m", W("Томаш", "hiss_m"), W("Дворжак", "hard_m")),
    P("m", W("Джош", "hiss_m"), W("Бэнкрофт", "hard_m")),
    P("m", W("Эрик", "hard_m"), W("Сундквист", "hard_m")),
    P("m", W("Финн", "hard_m"), W("Макграт", "hard_m")),
    # Africa: surnames that do not decline (``Нкубе`` in the dative and locative: of ``Нкуба`` as well)
    P("m", W("Кваме"), W("Аддае"), unsettled=("datv", "loct")),
    P("m", W("Йоханнес", "hard_m"), W("Нкубе"), unsettled=("datv", "loct")),
    # first names in ``-у`` (in the dative and accusative: of ``Сейд``, of a woman's ``Сейда`` as well)
    P("m", W("Кваку"), W("Оконкво"), unsettled=("datv", "accs")),
    P("m", W("Сейду"), W("Диалло"), unsettled=("datv", "accs")),
    P("m", W("Амаду"), W("Траоре"), unsettled=("datv", "accs")),
    P("m", W("Уго"), W("Бертолетти")),
    P("m", W("Сандро"), W("Пелиссье")),
    P("m", W("Мигель", "ь_m"), W("Арройо")),
    P("m", W("Иржи"), W("Новотны"), unsettled=("gent", "accs")),  # of a man's ``Новотна`` as well
    P("f", W("Марта", "a"), W("Ковальчик")),
    P("f", W("Бриджит"), W("Фэрроу")),
    P("f", W("Изабела", "a"), W("Сантуш")),
    P("f", W("Агнешка", "a_velar"), W("Вуйцик")),
    P("f", W("Нгози"), W("Адебайо")),
)


# a person named in full in the nominative, then by the surname alone in a case
LATER = (
    ("gent", "По словам {S}, проект окупится за три года."),
    ("datv", "Позже губернатор позвонил {S}."),
    ("ablt", "Позже с {S} встретились журналисты."),
    ("loct", "Позже газета написала о {S} в субботу."),
)


def people_cases() -> list[Case]:
    """Of the ``people`` area: the full name, then the surname alone in a case: one person."""
    out = []
    for person in WORLD_MORE:
        for case, template in LATER:
            if person.settled(case):
                text = _fill("{X} {v:приехал} в город в мае. ", person, "nomn") + template.replace(
                    "{S}", person.surname(case))
                out.append(Case("people", "world_more_surname_" + case, text, (frozenset({person.name}), 1)))
    return out


def cases() -> list[Case]:
    return case_cases(WORLD_MORE, "world_more")
