"""Probes of organizations' extent: what follows or surrounds a name and is no part of it, and names
that are places or media rather than organizations. All bodies, towns and platforms' posts are invented.

Each case answers with the set of canonical ``organizations.name`` values of the document (and, for one
body, the number of organization entities), as in :mod:`tests.probes.orgs`.
"""

from __future__ import annotations

from . import Case
from .orgs_found import cases as found_cases

# bodies in the accusative and the genitive, and their canonical names
_BODIES = (
    ("городское правительство", "городского правительства", "Городское правительство"),
    ("областную думу", "областной думы", "Областная дума"),
    ("Совет ветеранов", "Совета ветеранов", "Совет ветеранов"),
    ("Комитет по делам молодёжи", "Комитета по делам молодёжи", "Комитет по делам молодёжи"),
    ("правление фонда «Вектор»", "правления фонда «Вектор»", None),
)
# a number counting people after a body: no part of its name
_COUNTED = (
    "Мэр ввёл в {acc} несколько известных членов прежней команды.",
    "Вчера в {acc} избрали пять новых членов.",
    "Против закона в составе {gen} 17 депутатов проголосовали вчера.",
    "От {gen} 12 человек поехали на форум.",
)


def _counted() -> list[Case]:
    cases = []
    for acc, gen, name in _BODIES:
        if name is None:
            continue
        for template in _COUNTED:
            text = template.format(acc=acc, gen=gen)
            cases.append(Case("orgs", "counted", text[:1].upper() + text[1:], (frozenset({name}), 1)))
    return cases


# a name in low quotes after a kind noun: the name without quotes
_LOW_QUOTED = ("компания „Кедр“", "завод „Северный ветер“", "холдинг „Полярная звезда“")
_LOW_TEMPLATES = ("Частный {} объявил о выплатах.", "Вчера {} объявил о выплатах.")


_LEGAL_LOW = (("ООО „Кедр“", "ООО «Кедр»"), ("АО “Полярная звезда”", "АО «Полярная звезда»"),
              ("ЗАО „Северный ветер“", "ЗАО «Северный ветер»"))
_LEGAL_TEMPLATES = ("{} объявило о выплатах.", "Суд оштрафовал {} за нарушения.")


def _low_quoted() -> list[Case]:
    cases = [Case("orgs", "low_quoted", template.format(named), (frozenset({name}), 1))
             for named, name in _LEGAL_LOW for template in _LEGAL_TEMPLATES]
    for named in _LOW_QUOTED:
        kind, _, name = named.partition(" ")
        for template in _LOW_TEMPLATES:
            text = template.format(named)
            if kind == "компания":
                text = text.replace("Частный", "Частная").replace("объявил", "объявила")
            cases.append(Case("orgs", "low_quoted", text[:1].upper() + text[1:], (frozenset({name.strip("„“")}), 1)))
    return cases


# an online platform where something was written, bought or followed: no organization
_PLATFORM_PLACES = (
    "Вчера Глеб Ракитин опубликовал в {} длинный пост.",
    "У певицы два миллиона подписчиков в {}.",
    "Он купил детали на {}.",
    "Пользователь {} написал об этом.",
)
_PLATFORMS = (("Facebook", "Facebook", "Facebook", "Facebook"), ("Telegram", "Telegram", "Telegram", "Telegram"),
              ("Инстаграме", "Инстаграме", "Инстаграме", "Инстаграма"), ("eBay", "eBay", "eBay", "eBay"))


def _platform_places() -> list[Case]:
    return [Case("orgs", "platform_place", template.format(forms[index]), frozenset())
            for forms in _PLATFORMS for index, template in enumerate(_PLATFORM_PLACES)]


# a name after a kind of place names the place; a cemetery or a station is a place
_PLACES = (
    "Бомба взорвалась в нью-йоркском районе Челси.",
    "Он живёт на улице Правды.",
    "Артиста похоронят на Новом Городском кладбище в Твери.",
    "Поезд прибыл на Северный Речной вокзал.",
    "Вклады в банках Российской Федерации застрахованы.",
    "Главы субъектов Федерации получат новые автомобили.",
)


def _places() -> list[Case]:
    return [Case("orgs", "place_named", text, frozenset()) for text in _PLACES]


# a territorial office named by its abbreviation and ``по`` with its region: one body, named so
_OFFICES = ("УФСБ", "УФНС", "УФССП", "УМВД")
_REGIONS = ("Тверской области", "Псковской области", "Курской области")
_OFFICE_TEMPLATES = ("Сотрудники {} задержали курьера.", "В {} рассказали о проверке.", "Прокуратура проверит {}.")


def _territorial() -> list[Case]:
    return [Case("orgs", "territorial", template.format(f"{office} по {region}"),
                 (frozenset({f"{office} по {region}"}), 1))
            for office in _OFFICES for region in _REGIONS for template in _OFFICE_TEMPLATES]


# a federal body of the dictionary with ``по`` and the region it serves: its territorial body, not the federal one
_FEDERAL = ("МВД", "ФСБ", "ФНС", "МЧС", "ФССП")
_FEDERAL_REGIONS = ("Тверской области", "Республике Карелия", "Пермскому краю")


def _territorial_federal() -> list[Case]:
    return [Case("orgs", "territorial_federal", template.format(f"{body} по {region}"),
                 (frozenset({f"{body} по {region}"}), 1))
            for body in _FEDERAL for region in _FEDERAL_REGIONS for template in _OFFICE_TEMPLATES]


# genitives joined by ``и`` after a kind: one body
_JOINED = ("Союз издателей и распространителей печатной продукции", "Союз художников и скульпторов",
           "Ассоциация врачей и фармацевтов")
_JOINED_FORMS = {"Союз": ("Союз", "Союза"), "Ассоциация": ("Ассоциация", "Ассоциации")}
_JOINED_TEMPLATES = ("{nom} объявил о начале конкурса.", "Представители {gen} выступили на форуме.")


def _joined() -> list[Case]:
    cases = []
    for name in _JOINED:
        kind, _, rest = name.partition(" ")
        nom, gen = _JOINED_FORMS[kind]
        for template in _JOINED_TEMPLATES:
            text = template.format(nom=f"{nom} {rest}", gen=f"{gen} {rest}")
            if kind == "Ассоциация":
                text = text.replace("объявил", "объявила")
            cases.append(Case("orgs", "joined_genitives", text, (frozenset({name}), 1)))
    return cases


# adverbs that open a sentence before a body: no part of its name
_ADVERBS = ("Вчера", "Сегодня", "Накануне", "Также")
_ADVERB_BODIES = (("банк «Кедр»", "Кедр"), ("холдинг «Тихая гавань»", "Тихая гавань"),
                  ("фонд «Белая река»", "Белая река"))


def _adverb_opened() -> list[Case]:
    return [Case("orgs", "adverb_opened", f"{adverb} {body} объявил о слиянии.", (frozenset({name}), 1))
            for adverb in _ADVERBS for body, name in _ADVERB_BODIES]


# an abbreviation news agencies write between slashes after the name: one body, no slash in its name
_SLASHED = (("Федерации гребли Заречья", "ФГЗ", "Федерация гребли Заречья"),
            ("Лиги северных клубов", "ЛСК", "Лига северных клубов"),
            ("Союза лесных хозяйств", "СЛХ", "Союз лесных хозяйств"))
_SLASHED_TEMPLATES = ("Решение поддержали представители {gen} /{abbr}/. Позже {abbr} выпустила заявление.",
                      "Решение поддержали представители {gen} / {abbr} / на заседании. {abbr} объявит итоги в мае.")


def _slashed() -> list[Case]:
    return [Case("orgs", "slashed_abbreviation", template.format(gen=gen, abbr=abbr), (frozenset({name}), 1))
            for gen, abbr, name in _SLASHED for template in _SLASHED_TEMPLATES]


# a bank by its quoted adjective after its noun, and by the adjective before the noun: one bank
_ADJECTIVE_BANKS = (("«Северный»", "Северный банк"), ("«Лесной»", "Лесной банк"), ("«Таёжный»", "Таёжный банк"))


def _quoted_adjectives() -> list[Case]:
    return [Case("orgs", "quoted_adjective", f"Вчера отозвали лицензию у банка {quoted}. Ранее {name} "
                 "перестал проводить платежи.", (frozenset({name}), 1)) for quoted, name in _ADJECTIVE_BANKS]


def cases() -> list[Case]:
    return (_counted() + _low_quoted() + _platform_places() + _places() + _territorial() + _territorial_federal()
            + _joined() + _adverb_opened() + _slashed() + _quoted_adjectives() + found_cases())
