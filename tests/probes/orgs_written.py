"""Probes of how each mention names an organization the dictionary knows by a longer name: a text that
writes only a short name (an abbreviation, a compound, a name with its country, a Latin name) gives each
mention that name in the nominative, in every case and template; the entity keeps the dictionary's name.
A text that writes the full name, then the short one, gives each mention its own. Bodies are from the
dictionary of organizations; sentences are invented.

Each case answers with the set of ``normal`` values of the document's ORG mentions.
"""

from __future__ import annotations

from . import Case

# short names the dictionary expands: their forms in the six cases (nom, gen, dat, acc, ins, loc)
_SHORT = (
    ("МВД", "МВД", "МВД", "МВД", "МВД", "МВД"),
    ("Мосгордума", "Мосгордумы", "Мосгордуме", "Мосгордуму", "Мосгордумой", "Мосгордуме"),
    ("Госдепартамент США", "Госдепартамента США", "Госдепартаменту США", "Госдепартамент США",
     "Госдепартаментом США", "Госдепартаменте США"),
    ("Минобороны", "Минобороны", "Минобороны", "Минобороны", "Минобороны", "Минобороны"),
    ("Госдума России", "Госдумы России", "Госдуме России", "Госдуму России", "Госдумой России", "Госдуме России"),
)
_TEMPLATES = (
    "{0} объявляет о начале нового конкурса.",
    "Представитель {1} рассказал о новых планах.",
    "Жители направили {2} коллективное письмо.",
    "Журналисты раскритиковали {3} за медлительность.",
    "Соглашение с {4} подписано в среду.",
    "На заседании в {5} обсудили бюджет.",
)
# a full name, then the short one: each mention as written
_BOTH = (
    ("Министерство внутренних дел России", "МВД", "Министерство внутренних дел Российской Федерации"),
    ("Государственный департамент США", "Госдепартамент", "Государственный департамент США"),
)

# a state body named first with its country, then by its words alone (the six cases of those words)
_COUNTRY = (
    ("Конгресс США", ("Конгресс", "Конгресса", "Конгрессу", "Конгресс", "Конгрессом", "Конгрессе")),
    ("Правительство Израиля", ("правительство", "правительства", "правительству", "правительство",
                               "правительством", "правительстве")),
    ("Парламент Пакистана", ("парламент", "парламента", "парламенту", "парламент", "парламентом", "парламенте")),
)
_LATER = (
    "Позже {0} объявляет о начале нового конкурса.",
    "Позже представитель {1} рассказал о новых планах.",
    "Позже жители направили {2} коллективное письмо.",
    "Позже журналисты раскритиковали {3} за медлительность.",
    "Позже соглашение с {4} подписали в среду.",
    "Позже на заседании в {5} обсудили бюджет.",
)


def _country_cases() -> list[Case]:
    cases = []
    for full, forms in _COUNTRY:
        bare = forms[0][:1].upper() + forms[0][1:]
        for later in _LATER:
            text = f"{full} объявляет о новых планах. {later.format(*forms)}"
            cases.append(Case("orgs", "written_country", text, frozenset({full, bare})))
    return cases


def cases() -> list[Case]:
    cases = [Case("orgs", "written_short", template.format(*forms), frozenset({forms[0]}))
             for forms in _SHORT for template in _TEMPLATES]
    for full, short, name in _BOTH:
        cases.append(Case("orgs", "written_both",
                          f"{full} объявляет о начале нового конкурса. Представитель {short} рассказал о планах.",
                          frozenset({name, short})))
    return cases + _country_cases() + _kind_word_cases()


# a name and a capitalised kind word it does not decline with: the kind word takes the nominative
_KIND_WORD_NAMES = (("Хоувер", "Банк", "Банка", "Банку", "Банком", "Банке"),
                    ("Вельтон", "Банк", "Банка", "Банку", "Банком", "Банке"),
                    ("Лорикс", "Капитал", "Капитала", "Капиталу", "Капиталом", "Капитале"))


def _kind_word_cases() -> list[Case]:
    cases = []
    for name, *forms in _KIND_WORD_NAMES:
        written = [f"{name} {form}" for form in forms]
        for template, form in zip(_TEMPLATES[1:], (written[1], written[2], written[0], written[3], written[4]),
                                  strict=True):
            cases.append(Case("orgs", "written_kind_word", template.replace("{1}", form).replace("{2}", form)
                              .replace("{3}", form).replace("{4}", form).replace("{5}", form),
                              frozenset({written[0]})))
    return cases


def answer(result) -> frozenset[str]:
    return frozenset(m.normal for m in result.mentions if m.type == "ORG")
