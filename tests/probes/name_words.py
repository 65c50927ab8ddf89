"""Probes of the words around a name that are none of it, and of surnames pymorphy knows in one form only:
a pronoun or adjective before a name, a regnal number after a first name, a patronymic before a surname,
women's surnames of families pymorphy lists as men's only or that decline as adjectives. Every name is
invented."""

from __future__ import annotations

from . import Case

# (the person's gender, the name in the nominative, in the genitive, in the dative)
PEOPLE = (
    ("f", "Ирина Сомова", "Ирины Сомовой", "Ирине Сомовой"),
    ("m", "Олег Кравцов", "Олега Кравцова", "Олегу Кравцову"),
    ("f", "Мартина Хольцер", "Мартины Хольцер", "Мартине Хольцер"),
    ("m", "Клаус Беккер", "Клауса Беккера", "Клаусу Беккеру"),
    ("f", "Полина Ракова", "Полины Раковой", "Полине Раковой"),
    ("f", "Вера Боровая", "Веры Боровой", "Вере Боровой"),
    ("f", "Алла Заболотная", "Аллы Заболотной", "Алле Заболотной"),
)

# ``{g:masculine/feminine}`` a word in the person's gender; ``{N}``, ``{G}``, ``{D}`` the name's cases
TEMPLATES = (
    ("leading", "Сам{g:/а} {N} {g:рассказал/рассказала} об этом журналистам."),
    ("leading", "Пятидесятилетн{g:ий/яя} {N} {g:выступил/выступила} на форуме."),
    ("oblique", "Письмо {G} пришло в редакцию в пятницу."),
    ("oblique", "Премию вручили {D} в понедельник."),
    ("apposition", "На пост назначен{g:/а} {g:заместитель/заместительница} министра {N}, {g:который/которая} "
                   "работал{g:/а} в области."),
)

# (a first name in the nominative, in the dative, a regnal number)
MONARCHS = (("Пётр", "Петру", "III"), ("Павел", "Павлу", "II"), ("Николай", "Николаю", "IV"),
            ("Карл", "Карлу", "V"))

MONARCH_TEMPLATES = ("Памятник {D} открыли в центре города.", "Король {N} подписал указ о налогах.")

# (a patronymic and surname in the genitive, its first, middle and last names)
PATRONYMICS = (("Дмитриевны Корнеевой", (None, "Дмитриевна", "Корнеева")),
               ("Саввича Лыкова", (None, "Саввич", "Лыков")))


def _fill(template: str, gender: str, forms: dict[str, str]) -> str:
    text = template
    while "{g:" in text:
        start = text.index("{g:")
        stop = text.index("}", start)
        masculine, feminine = text[start + 3:stop].split("/")
        text = text[:start] + (masculine if gender == "m" else feminine) + text[stop + 1:]
    for slot, form in forms.items():
        text = text.replace("{" + slot + "}", form)
    return text


def cases() -> list[Case]:
    out = [Case("names", "words_" + kind, _fill(template, gender, {"N": nomn, "G": gent, "D": datv}),
                frozenset({nomn}))
           for gender, nomn, gent, datv in PEOPLE for kind, template in TEMPLATES]
    out += [Case("names", "words_regnal", template.format(N=f"{nomn} {number}", D=f"{datv} {number}"),
                 frozenset({f"{nomn} {number}"}))
            for nomn, datv, number in MONARCHS for template in MONARCH_TEMPLATES]
    out += [Case("names", "words_patronymic", f"Портрет {written} висит в зале музея.",
                 frozenset({" ".join(p for p in parts if p)}))
            for written, parts in PATRONYMICS]
    return out
