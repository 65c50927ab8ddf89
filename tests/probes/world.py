"""Probes of foreign people's names of many languages (English, Spanish and Portuguese, Italian,
French, German, Georgian and Armenian, Central Asian, Japanese, Turkish and Arabic), invented, each
in the six cases after verbs and prepositions that govern them, before a line break with a heading
below, and in a list: first names and surnames ending in a consonant or in ``-а``, ``-я``, ``-о``,
``-е``, ``-и``, ``-у``, of men and of women. Part of the ``names`` area (:mod:`.names` adds these
cases); a case whose form two nominatives share (``Паулу Баррету`` in the dative: of ``Паул Баррет``
as well) is left out."""

from __future__ import annotations

from . import Case
from .names import CASE_TEMPLATES, HEADINGS, Person, W, _fill

P = Person

WORLD = (
    # English
    P("m", W("Гарет", "hard_m"), W("Моррисон", "hard_m")),
    P("m", W("Эндрю"), W("Пеннингтон", "hard_m")),
    P("m", W("Мэттью"), W("Кроули")),
    P("m", W("Оливер", "hard_m"), W("Брэдшоу")),
    P("f", W("Шарлотта", "a"), W("Дэвенпорт")),
    P("f", W("Кэтрин"), W("Мэллори")),
    P("f", W("Эмма", "a"), W("Ньюкомб")),
    P("m", W("Джон", "hard_m"), W("Хиггинс", "hard_m")),
    # Spanish and Portuguese
    P("m", W("Диего"), W("Карраско")),
    P("m", W("Альваро"), W("Кинтана", "a"), unsettled=("loct",)),
    P("m", W("Фелипе"), W("Арруда", "a"), unsettled=("loct",)),
    P("f", W("Кармен"), W("Вальдес")),
    P("f", W("Хулия", "ia"), W("Наварро")),
    P("f", W("Патрисия", "ia"), W("Салинас")),
    P("m", W("Гонсало"), W("Ривас", "hard_m")),
    # ``Паулу Баррету``: of a woman's ``Паула Баррета`` in the accusative, of ``Паул Баррет`` in the dative
    P("m", W("Паулу"), W("Баррету"), unsettled=("datv", "accs")),
    P("f", W("Луиза", "a"), W("Кордейру")),
    P("m", W("Ксавьер", "hard_m"), W("Гарсия", "ia")),
    P("m", W("Эво"), W("Маркес", "hard_m")),
    # ``Ане``: of ``Аня`` as well
    P("f", W("Ана", "a"), W("Медина", "a"), unsettled=("datv", "loct")),
    # Italian (``Бьянки``: the genitive of ``Бьянка`` as well)
    P("m", W("Джованни"), W("Ломбарди")),
    P("f", W("Франческа", "a_velar"), W("Риччи")),
    P("f", W("Кьяра", "a"), W("Морелли")),
    P("m", W("Маттео"), W("Конти")),
    P("m", W("Марко"), W("Бьянки"), unsettled=("gent",)),
    P("f", W("Джулия", "ia"), W("Фонтана", "a")),
    P("f", W("Паола", "a"), W("Ринальди")),
    # French (``Бонне``: the dative and locative of ``Бонна``, ``Бонн`` as well)
    P("m", W("Франсуа"), W("Леруа")),
    P("m", W("Пьер", "hard_m"), W("Мартен", "hard_m")),
    P("f", W("Мари"), W("Лефевр")),
    P("f", W("Амели"), W("Бертран")),
    P("m", W("Жиль", "ь_m"), W("Фурнье")),
    P("m", W("Люк", "hard_m"), W("Бонне"), unsettled=("datv", "loct")),
    # German (``Уте``: the dative and locative of ``Ута`` as well)
    P("m", W("Юрген", "hard_m"), W("Фальк", "hard_m")),
    P("m", W("Дитер", "hard_m"), W("Кёлер", "hard_m")),
    P("f", W("Ингрид"), W("Майер")),
    P("f", W("Хельга", "a_velar"), W("Бауэр")),
    P("m", W("Вольфганг", "hard_m"), W("Рихтер", "hard_m")),
    P("f", W("Уте"), W("Штайнер"), unsettled=("datv", "loct")),
    # Georgian and Armenian (``Гаяне``: the dative and locative of ``Гаяна`` as well)
    P("m", W("Гиорги"), W("Беридзе")),
    P("m", W("Леван", "hard_m"), W("Гелашвили")),
    P("f", W("Тамар"), W("Квирикашвили")),
    P("m", W("Вахтанг", "hard_m"), W("Чиковани")),
    P("m", W("Ашот", "hard_m"), W("Манукян", "hard_m")),
    P("f", W("Ануш"), W("Карапетян")),
    P("m", W("Левон", "hard_m"), W("Оганесян", "hard_m")),
    P("f", W("Гаяне"), W("Мелконян"), unsettled=("datv", "loct")),
    # Central Asian
    P("m", W("Айбек", "hard_m"), W("Турсунбаев", "ov_m")),
    P("f", W("Гульнара", "a"), W("Исмаилова", "ov_f")),
    P("m", W("Ерлан", "hard_m"), W("Кожахметов", "ov_m")),
    P("f", W("Айгерим"), W("Нурланова", "ov_f")),
    P("m", W("Шухрат", "hard_m"), W("Юлдашев", "ov_m")),
    P("f", W("Дильноза", "a"), W("Каримова", "ov_f")),
    P("m", W("Азамат", "hard_m"), W("Жолдошбеков", "ov_m")),
    P("m", W("Бауыржан", "hard_m"), W("Омарулы")),
    # Japanese (a man's ``Мацуде`` is the locative of ``Мацуд`` as well)
    P("m", W("Кэндзи"), W("Мацуда", "a"), unsettled=("loct",)),
    P("m", W("Сатору"), W("Окада", "a"), unsettled=("loct",)),
    P("m", W("Такэси"), W("Харада", "a"), unsettled=("loct",)),
    P("f", W("Юми"), W("Ямамото")),
    # Turkish and Arabic
    P("m", W("Мехмет", "hard_m"), W("Йылдырым", "hard_m")),
    P("m", W("Ахмед", "hard_m"), W("Халиди")),
    P("f", W("Лейла", "a"), W("Мансур")),
)

# more words that govern each case: prepositions and verbs
MORE_TEMPLATES = {
    "nomn": ("Вчера в мэрию {v:пришёл} {X}.",
             "{X} {v:стал} лауреатом премии."),
    "gent": ("Для {X} это была первая поездка.",
             "Письмо от {X} пришло в пятницу."),
    "datv": ("Журналисты обратились к {X} с вопросом.",
             "Благодаря {X} проект удалось завершить."),
    "accs": ("Зрители поддержали {X} аплодисментами.",
             "Все вспоминают про {X} до сих пор."),
    "ablt": ("Контракт с {X} продлили на год.",
             "Город гордится {X}."),
    "loct": ("При {X} компания открыла три завода.",
             "Мы говорили {o} {X} весь вечер."),
}


def case_cases(people: tuple, kind: str) -> list[Case]:
    """Each person in each case, in two sentences: those of :data:`.names.CASE_TEMPLATES` for every
    other person, those of :data:`MORE_TEMPLATES` for the rest; probes of kind ``{kind}_{case}``."""
    out = []
    for index, person in enumerate(people):
        templates = CASE_TEMPLATES if index % 2 == 0 else MORE_TEMPLATES
        for case, pair in templates.items():
            if person.settled(case):
                out += [Case("names", f"{kind}_{case}", _fill(template, person, case), frozenset({person.name}))
                        for template in pair]
    return out


def _linebreak_cases() -> list[Case]:
    """The name ends a line, a heading is the next (``… Гарет Моррисон`` ⏎ ``Экономика``)."""
    return [Case("names", "world_linebreak", (
        f"Об этом {person.verb('рассказал')} {person.form('nomn')}\n{HEADINGS[index % len(HEADINGS)]}\n"
        "Цены на жильё в области выросли."), frozenset({person.name}))
        for index, person in enumerate(WORLD)]


def _list_cases() -> list[Case]:
    """Three people in a list, in the nominative and in the instrumental."""
    out = []
    people = [p for p in WORLD if p.settled("ablt")]
    for index in range(0, len(people) - 2, 3):
        trio = people[index:index + 3]
        names = frozenset(p.name for p in trio)
        nominative = f"{trio[0].form('nomn')}, {trio[1].form('nomn')} и {trio[2].form('nomn')}"
        instrumental = f"{trio[0].form('ablt')}, {trio[1].form('ablt')} и {trio[2].form('ablt')}"
        out.append(Case("names", "world_list_nomn", f"{nominative} подписали соглашение.", names))
        out.append(Case("names", "world_list_ablt", f"Мэр встретился с {instrumental}.", names))
    return out


def cases() -> list[Case]:
    return case_cases(WORLD, "world") + _linebreak_cases() + _list_cases()

