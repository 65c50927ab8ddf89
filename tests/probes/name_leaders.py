"""Probes of foreign names in world news, invented: a man's first name in ``-а`` pymorphy does not know, in the
instrumental (``с Юхой Маккариненом``); a first name pymorphy reads as a locative only, in the nominative
(``Полузащитник Жорже Пинталу``); a surname in ``-у`` after a first name whose ending shows the genitive or
instrumental (``Победа Жаира Корсонару``); a man's first name pymorphy knows as a woman's only, declined with his
surname, then the surname alone (``Лорана Фабрена`` … ``Фабрен заявил``); a family name of Korea written as a form
of address (``Пан Ги Сок``); a woman's first name pymorphy knows only as a common noun, in the accusative
(``наградило Эрику Сомову``). Part of the ``names`` area; ``answer`` is the set of ``persons.name``."""

from __future__ import annotations

from . import Case

# (instrumental, nominative)
FIRST_IN_A_ABLT = (("Юхой Маккариненом", "Юха Маккаринен"), ("Ахтой Вилкуненом", "Ахта Вилкунен"),
                   ("Микой Рантаненом", "Мика Рантанен"))
FIRST_IN_A_ABLT_TEMPLATES = ("Переговоры с {I} прошли в Хельсинки.", "Премьер встретился с {I} в пятницу.")

# surnames after ``Жорже`` in the nominative
LOCATIVE_ONLY_SURNAMES = ("Пинталу", "Ферталу", "Сампалью")
LOCATIVE_ONLY_TEMPLATES = ("Полузащитник Жорже {S} забил гол.", "Гол забил Жорже {S}.",
                           "Интервью с Жорже {S} вышло в субботу.")

# (genitive, instrumental, nominative)
SURNAME_IN_U = (("Жаира Корсонару", "Жаиром Корсонару", "Жаир Корсонару"),
                ("Жаилсона Пардейру", "Жаилсоном Пардейру", "Жаилсон Пардейру"))
SURNAME_IN_U_TEMPLATES = ("Победа {G} стала неожиданной.", "Встреча с {I} прошла в столице.")

# (genitive, nominative, the surname alone)
DECLINED_AS_MANS = (("Лорана Фабрена", "Лоран Фабрен", "Фабрен"), ("Лорана Бюрена", "Лоран Бюрен", "Бюрен"))
DECLINED_AS_MANS_TEMPLATES = ("Визит {G} завершился. {S} заявил, что доволен.",
                              "Визит {G} завершился. По словам {S}, визит удался.")

KOREAN_PAN = ("Пан Ги Сок", "Пан Чжэ Ён", "Мин Чжэ Сон")
KOREAN_PAN_TEMPLATES = ("Генсек организации {N} заявил о поддержке.", "Об этом сообщил министр {N}.")

# (accusative, nominative)
NOUN_ACCUSATIVE = (("Эрику Сомову", "Эрика Сомова"), ("Доминику Цибелкову", "Доминика Цибелкова"))
NOUN_ACCUSATIVE_TEMPLATES = ("Жюри наградило {A}.", "В финале Анна Орлова обыграла {A}.")


def cases() -> list[Case]:
    out = [Case("names", "world47_first_in_a_ablt", template.format(I=ablt), frozenset({nomn}))
           for ablt, nomn in FIRST_IN_A_ABLT for template in FIRST_IN_A_ABLT_TEMPLATES]
    out += [Case("names", "world47_locative_only_first", template.format(S=surname),
                 frozenset({f"Жорже {surname}"}))
            for surname in LOCATIVE_ONLY_SURNAMES for template in LOCATIVE_ONLY_TEMPLATES]
    out += [Case("names", "world47_surname_in_u", template.format(G=gent, I=ablt), frozenset({nomn}))
            for gent, ablt, nomn in SURNAME_IN_U for template in SURNAME_IN_U_TEMPLATES]
    out += [Case("names", "world47_declined_as_mans", template.format(G=gent, S=alone), frozenset({nomn}))
            for gent, nomn, alone in DECLINED_AS_MANS for template in DECLINED_AS_MANS_TEMPLATES]
    out += [Case("names", "world47_korean_family_name", template.format(N=name), frozenset({name}))
            for name in KOREAN_PAN for template in KOREAN_PAN_TEMPLATES]
    out += [Case("names", "world47_womans_noun_accusative", template.format(A=accs),
                 frozenset({nomn} | ({"Анна Орлова"} if "Орлова" in template else set())))
            for accs, nomn in NOUN_ACCUSATIVE for template in NOUN_ACCUSATIVE_TEMPLATES]
    return out
