"""Probes of organizations natasha misses or bounds wrong: a council of a level of government and
its place, a body and its field's place after ``по``, a quoted name holding a place, an abbreviation
in brackets after a place, a common noun before a legal form, bodies a determiner makes many, and a
quoted name broken at its full stops before its abbreviation, and one body named two ways.
All names are invented; each case answers as in :mod:`tests.probes.orgs`."""

from __future__ import annotations

from . import Case

_TOWNS = ("Твери", "Суррея", "Ярославля")
_COUNCILS = (
    ("Решение принял городской совет {}.", "городской совет"),
    ("Глава районного совета {} Пётр Смирнов открыл сессию.", "районный совет"),
)


def _councils() -> list[Case]:
    return [Case("orgs", "levelled_council", template.format(town), (frozenset({f"{name.capitalize()} {town}"}), 1))
            for template, name in _COUNCILS for town in _TOWNS]


_REGIONS = ("Тверской области", "Курской области", "Центральному району Твери")
_FIELD_TEMPLATES = ("Сотрудники следственного управления по {} возбудили дело.",
                    "Об этом сообщили в следственном управлении по {}.")


def _fields() -> list[Case]:
    cases = []
    for region in _REGIONS:
        for template in _FIELD_TEMPLATES:
            name = f"Следственное управление по {region}"
            cases.append(Case("orgs", "field_place", template.format(region), (frozenset({name}), 1)))
    return cases


_PLACED_NAMES = ("Друзья музеев Армении", "Память Болгарии", "Дети Норвегии")
_PLACED_TEMPLATES = ("Она возглавила благотворительный фонд «{}».", "В 2001 году он основал фонд «{}».")


def _quoted_places() -> list[Case]:
    return [Case("orgs", "quoted_place", template.format(name), (frozenset({name}), 1))
            for name in _PLACED_NAMES for template in _PLACED_TEMPLATES]


_LEGAL_OPENERS = ("Акции ПАО «{}» выросли за неделю.", "Сотрудники АО «{}» получили премии.")
_LEGAL_NAMES = ("Кедр", "Полярная звезда", "Северный ветер")


def _legal_openers() -> list[Case]:
    return [Case("orgs", "legal_opener", template.format(name),
                 (frozenset({f"{template.split()[1]} «{name}»"}), 1))
            for name in _LEGAL_NAMES for template in _LEGAL_OPENERS]


_MANY = ("Почти все министерства {} поддержали проект.", "Вчера все партии {} выбрали кандидата.")
_MANY_PLACES = ("Литвы", "Норвегии", "Чили")


def _many() -> list[Case]:
    return [Case("orgs", "made_many", template.format(place), frozenset())
            for template in _MANY for place in _MANY_PLACES]


_STOPPED_NAMES = (("Свет. Воля. Дело", "СВД"), ("Союз. Труд. Мир", "СТМ"), ("Право. Честь. Порядок 12", "ПЧП 12"))
_STOPPED_TEMPLATES = ("Выборы выиграл «{}» ({}).", 'Лидер движения "{}" ({}) выступил с речью.')


def _stopped_names() -> list[Case]:
    return [Case("orgs", "stopped_name", template.format(name, short), (frozenset({name}), 1))
            for name, short in _STOPPED_NAMES for template in _STOPPED_TEMPLATES]


_BRACKETED = (("Федеральной службы по надзору РФ (ФСН РФ)", "Федеральная служба по надзору РФ"),
              ("Федерального агентства водных путей РФ (ФАВП РФ)", "Федеральное агентство водных путей РФ"))
_BRACKETED_TEMPLATES = ("Его назначили главой {}.", "Сотрудники {} провели проверку.")


def _bracketed() -> list[Case]:
    return [Case("orgs", "place_bracket", template.format(text), (frozenset({name}), 1))
            for text, name in _BRACKETED for template in _BRACKETED_TEMPLATES]


# a body named by its abbreviation, then by a noun of its dictionary names: one organization
_REFERRED = (("НАТО", "альянса", "Организация Североатлантического договора"),
             ("ВОЗ", "организации", "Всемирная организация здравоохранения"),
             ("ФИФА", "федерации", "Международная федерация футбола"))
_REFERRED_TEMPLATES = ("Министры стран {} встретились в Осло. Представители {} обсудили бюджет.",
                       "Эксперты {} подготовили доклад. Позиция {} не изменилась.")


def _referred() -> list[Case]:
    return [Case("orgs", "referred_kind", template.format(abbr, noun), (frozenset({name}), 1))
            for abbr, noun, name in _REFERRED for template in _REFERRED_TEMPLATES]


# the leadership of a place or a party named by a common noun is no organization
_LEADERSHIPS = ("Руководство страны намерено пересмотреть законы.",
                "Столичное руководство пополнилось тремя чиновниками.",
                "На совещании руководства партии обсудили выборы.")


def _leaderships() -> list[Case]:
    return [Case("orgs", "leadership", text, frozenset()) for text in _LEADERSHIPS]


# a jury alone is the one of the contest the text is about
_JURIES = ("Победителей конкурса «Синий мост» выберет жюри.", "Жюри фестиваля объявит итоги в мае.",
           "Решение жюри оказалось неожиданным для зрителей.")


def _juries() -> list[Case]:
    return [Case("orgs", "jury", text, (frozenset({"Жюри фестиваля" if "фестиваля" in text else "Жюри"}), 1))
            for text in _JURIES]


# a parliament's own name written in lower case, in several cases
_PARLIAMENTS = (("Депутаты {} одобрили закон.", ("бундестага", "кнессета", "сейма")),
                ("Закон вынесли на голосование в {}.", ("бундестаге", "кнессете", "сейме")))


def _parliaments() -> list[Case]:
    names = {"бундест": "Бундестаг", "кнессет": "Кнессет", "сейм": "Сейм"}
    return [Case("orgs", "parliament", template.format(word),
                 (frozenset({next(v for k, v in names.items() if word.startswith(k))}), 1))
            for template, words in _PARLIAMENTS for word in words]


# a name of abbreviations alone after the longer name it starts, and another of its kind
_SHORTENED = (("Спектакль шёл во МХТ имени Сомова. Вчера МХТ уехал на гастроли.", "МХТ имени Сомова"),
              ("Концерт дал ГАСО имени Котова. Потом ГАСО уехал в Тверь.", "ГАСО имени Котова"))
_OTHERS = ("Команда «Кедр» выиграла кубок. Новая команда соберётся в мае.",
           "Компания «Лотос» растёт. Она стала крупнейшей компанией региона.")


def _shortened() -> list[Case]:
    return [Case("orgs", "abbreviation_shortened", text, (frozenset({name}), 1)) for text, name in _SHORTENED] \
        + [Case("orgs", "another_of_kind", text, (frozenset({text.split("«")[1].split("»")[0]}), 1))
           for text in _OTHERS]


# a one-word dictionary name after the body whose longer dictionary name it starts
_COUNCILS_AFTER = ("Совет безопасности ООН собрался в пятницу. Совбез принял резолюцию.",
                   "Совет безопасности ООН собрался в пятницу. Решение Совбеза поддержали все.")


def _short_variants() -> list[Case]:
    return [Case("orgs", "short_variant", text,
                 (frozenset({"Совет Безопасности ООН", "Организация Объединённых Наций"}), 2))
            for text in _COUNCILS_AFTER]


# no body: a code of law alone, what the quoted title of an act is about, a predicate's short adjective
_NOT_BODIES = (
    ("Поправки в ГК одобрены в первом чтении.", frozenset()),
    ("Суд применил статью УК о краже.", frozenset()),
    ("Сенат изменил закон «О государственной службе Литвы».", frozenset({"Сенат Литвы"})),
    ("Правительство утвердило положение «Об управлении делами Совета».", frozenset({"Правительство"})),
    ("Мы благодарны компании «Северный путь» за помощь.", frozenset({"Северный путь"})),
    ("Жители рады газете «Вечерний маяк» и её авторам.", frozenset({"Вечерний маяк"})),
    ("Известие о решении пришло утром.", frozenset()),
    ("В прокат выходит фильм Анны Леоновой «Норд Ривер».", frozenset()),
    ("Федерация гребли Литвы объявила состав. Тренер сообщил руководству федерации о травме.",
     frozenset({"Федерация гребли Литвы"})),
)


def _not_bodies() -> list[Case]:
    return [Case("orgs", "not_a_body", text, (names, len(names)) if names else frozenset())
            for text, names in _NOT_BODIES]


# one body named two ways: its quoted name declined inside the quotes, a descriptor with adjectives before
# its name, two names of its country, a Cyrillic abbreviation of Latin look-alikes, a unit without its body
_ONE_BODY = (
    ("declined_quote", "Компания «Кедрострой» открыла завод. Акции компании «Кедростроя» выросли.",
     frozenset({"Кедрострой"})),
    ("declined_quote", "Компания «Нордвест» открыла завод. Акции компании «Нордвеста» выросли.",
     frozenset({"Нордвест"})),
    ("described_name", "Тверской футбольный клуб КДВ обыграл гостей. Форвард КДВ забил дважды.", frozenset({"КДВ"})),
    ("described_name", "Омский хоккейный клуб АКМ выиграл матч. Тренер АКМ доволен.", frozenset({"АКМ"})),
    ("country_names", "МИД ФРГ выразил протест. Позже МИД Германии уточнил позицию.", frozenset({"МИД ФРГ"})),
    ("country_names", "Посольство КНР выразило протест. Позже посольство Китая уточнило позицию.",
     frozenset({"Посольство КНР"})),
    ("lookalike_abbreviation", "Компания BP купила долю. Глава ВР в России заявил о сделке.", frozenset({"BP"})),
    ("bare_unit", "Сессия Совета управляющих ЗАА прошла в Вене. Глава ЗАА выступил перед Советом управляющих.",
     frozenset({"Совет управляющих ЗАА", "ЗАА"})),
)


def _one_body() -> list[Case]:
    return [Case("orgs", kind, text, (names, len(names))) for kind, text, names in _ONE_BODY]


def cases() -> list[Case]:
    return _bracketed() + _councils() + _fields() + _quoted_places() + _legal_openers() + _many() + _stopped_names() \
        + _referred() + _leaderships() + _juries() + _parliaments() + _shortened() + _short_variants() + _not_bodies() \
        + _one_body()
