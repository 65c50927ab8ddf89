"""Probes of names the document itself tells how to read (invented names): a surname with a particle written
alone with the particle capitalised; a given name in ``-а`` before a particle in an oblique case alone; two
namesakes with a particle; a first name written alike beside two forms of a foreign surname; a woman's
accusative a man's dative could be, when the surname alone shows a woman."""

from __future__ import annotations

from . import Case

# (full name as written, its nominative, the surname alone with a capitalised particle)
CAPITAL_PARTICLE = (("Рикардо ди Мартино", "Рикардо ди Мартино", "Ди Мартино"),
                    ("Лоренцо Ди Сальво", "Лоренцо Ди Сальво", "Ди Сальво"),
                    ("Паоло ди Ренцо", "Паоло ди Ренцо", "Ди Ренцо"), ("Йост ван Гилс", "Йост ван Гилс", "Ван Гилс"))
CAPITAL_PARTICLE_TEMPLATES = ("Актёр {N} получил приз. Однако {P} отказался от него.",
                              "Актёр {N} получил приз.\n{P} сыграл главную роль в фильме.")

# (full name, the given name before the particle in the genitive, in the dative)
GIVEN_BEFORE_PARTICLE = (("Жозе Карлу Тиба да Кошта", "Тибы", "Тибе"),
                         ("Мариу Лейта да Фонсека", "Лейты", "Лейте"))
GIVEN_BEFORE_PARTICLE_TEMPLATES = ("Премьер {N} заявил о реформе. Кампания {G} была долгой.",
                                   "Премьер {N} заявил о реформе. Позже газета написала о {D} в субботу.")

# two of one family with a particle: (the first's name, the second's in the genitive, its nominative)
NAMESAKES = (("Жан де Брие", "Мориса де Брие", "Морис де Брие"),
             ("Карл ван Хорн", "Питера ван Хорна", "Питер ван Хорн"))
NAMESAKE_TEMPLATE = "{A} заявил, что уходит. Внук генерала {G} выступил в Париже."

# a man's first name not declining, which pymorphy reads as a woman's in an oblique case: (nominative,
# with the surname in the instrumental, in the genitive)
UNDECLINED_FIRST = (("Ули Корнер", "Ули Корнером", "Ули Корнера"), ("Ули Бранден", "Ули Бранденом", "Ули Брандена"))
UNDECLINED_FIRST_TEMPLATES = ("Спор с президентом клуба {I} длился год. {N} не согласился.",
                              "Спор с президентом клуба {I} длился год. Письмо {G} пришло в пятницу.")

# a woman's accusative: (nominative, accusative, the surname alone in her genitive)
WOMANS_ACCUSATIVE = (("Доминика Зуброва", "Доминику Зуброву", "Зубровой"),
                     ("Эрика Сомова", "Эрику Сомову", "Сомовой"))
WOMANS_ACCUSATIVE_TEMPLATES = ("В финале она победила {A}. Для {G} это был первый финал.",
                               "Жюри отметило {A}. Работы {G} показали в мае.")

# a woman's first name in ``-а`` before a surname that does not decline, in a list of nominatives, then her verb
# with the surname alone: (name, surname)
WOMANS_LISTED = (("Джорджа Бьянки", "Бьянки"), ("Мелина Фаручи", "Фаручи"))
WOMANS_LISTED_TEMPLATES = ("В саммите участвовали Эмиль Ларош, {N} и Олаф Краузе. Позже {S} заявила о поддержке.",
                           "На встречу приехали Жерар Ларош и {N}. {S}, пригласившая лидеров, заявила о поддержке.")

# a woman's first name in an oblique case before a surname in ``-ич``, no patronymic: (nominative, accusative)
WOMANS_ICH = (("Ана Маркович", "Ану Маркович"), ("Ирина Балевич", "Ирину Балевич"), ("Йована Радич", "Йовану Радич"))
WOMANS_ICH_TEMPLATES = ("В финале она одолела сербскую теннисистку {A}.", "Вчера певица встретила журналистку {A}.")


def names_cases() -> list[Case]:
    out = [Case("names", "undeclined_first_name", template.format(N=nomn, I=ablt, G=gent), frozenset({nomn}))
           for nomn, ablt, gent in UNDECLINED_FIRST for template in UNDECLINED_FIRST_TEMPLATES]
    out += [Case("names", "womans_accusative", template.format(A=accs, G=gent), frozenset({nomn}))
            for nomn, accs, gent in WOMANS_ACCUSATIVE for template in WOMANS_ACCUSATIVE_TEMPLATES]
    out += [Case("names", "womans_listed_nominative", template.format(N=nomn, S=surname),
                 frozenset({nomn, "Эмиль Ларош" if "Эмиль" in template else "Жерар Ларош"}
                           | ({"Олаф Краузе"} if "Олаф" in template else set())))
            for nomn, surname in WOMANS_LISTED for template in WOMANS_LISTED_TEMPLATES]
    out += [Case("names", "womans_ich_surname", template.format(A=accs), frozenset({nomn}))
            for nomn, accs in WOMANS_ICH for template in WOMANS_ICH_TEMPLATES]
    out += [Case("names", "namesake_particle", NAMESAKE_TEMPLATE.format(A=first, G=gent), frozenset({first, nomn}))
            for first, gent, nomn in NAMESAKES]
    return out


def people_cases() -> list[Case]:
    out = [Case("people", "family_capital_particle", template.format(N=written, P=alone),
                frozenset({(nomn, (written, alone))}))
           for written, nomn, alone in CAPITAL_PARTICLE for template in CAPITAL_PARTICLE_TEMPLATES]
    out += [Case("people", "family_given_before_particle", template.format(N=name, G=gent, D=datv),
                 frozenset({(name, (name, gent if "{G}" in template else datv))}))
            for name, gent, datv in GIVEN_BEFORE_PARTICLE for template in GIVEN_BEFORE_PARTICLE_TEMPLATES]
    return out
