"""Probes of bodies and the place they are of: a place closing a list of bodies of one plural noun
(``министерств финансов и экономики Кении``), a word standing for the place the text is about
(``министерство финансов страны``, ``Минздрав республики``), quoted names a line break cuts, and a
quoted adjective beside a longer name it opens (``банк «Северный»``, ``Северный инвестиционный банк``),
and a unit named again by its body's kind noun (``ЦК партии``).
All texts are invented; the countries, regions and fields are general tables.

Each case answers with the set of canonical ``organizations.name`` values of the document and the
number of organization entities, as in :mod:`tests.probes.orgs`.
"""

from __future__ import annotations

from . import Case

# fields of ministries in the genitive
_FIELDS = ("финансов", "экономики", "культуры", "туризма", "транспорта", "энергетики")
# foreign countries: nominative, genitive
_COUNTRIES = (("Кения", "Кении"), ("Перу", "Перу"), ("Вьетнам", "Вьетнама"), ("Чили", "Чили"),
              ("Монголия", "Монголии"), ("Норвегия", "Норвегии"))
_SHARED_TEMPLATES = (
    "Кредит выделен по решению министерств {0} и {1} {c}.",
    "Соглашение одобрили министерства {0} и {1} {c}.",
    "Делегация встретилась с представителями министерств {0}, {1} и {2} {c}.",
)


def _shared_places() -> list[Case]:
    cases = []
    for index, (_, country) in enumerate(_COUNTRIES):
        fields = [_FIELDS[(index + k) % len(_FIELDS)] for k in range(3)]
        for template in _SHARED_TEMPLATES:
            used = fields[:template.count("{") - 1]
            text = template.format(*fields, c=country)
            cases.append(Case("orgs", "shared_place", text,
                              (frozenset(f"Министерство {field} {country}" for field in used), len(used))))
    return cases


# bodies every state has, neuter: named after the word for the country the text is about
_STATE_BODIES = ("Министерство финансов", "Министерство образования", "Правительство")
_COUNTRY_WORDS = ("страны", "государства")


def _country_words() -> list[Case]:
    cases = []
    for nominative, genitive in _COUNTRIES:
        for body in _STATE_BODIES:
            for word in _COUNTRY_WORDS:
                text = (f"{nominative} готовится к выборам. {body} {word} опубликовало отчёт. "
                        f"Жители {genitive} ждут решения.")
                cases.append(Case("orgs", "country_word", text, (frozenset({f"{body} {genitive}"}), 1)))
    return cases


# a town in the locative, the word for its region, and that region in the genitive
_REGIONS = (("Казани", "республики", "Республики Татарстан"), ("Уфе", "республики", "Республики Башкортостан"),
            ("Твери", "области", "Тверской области"), ("Перми", "края", "Пермского края"))
# a federal ministry's compound name, and the name of a region's ministry of that field
_MINISTRIES = (("Минздрав", "Министерство здравоохранения"), ("Минфин", "Министерство финансов"),
               ("Минсельхоз", "Министерство сельского хозяйства"))


def _region_words() -> list[Case]:
    return [Case("orgs", "region_word", f"В {town} прошло совещание. {short} {word} выделит средства на ремонт школ.",
                 (frozenset({f"{full} {region}"}), 1))
            for town, word, region in _REGIONS for short, full in _MINISTRIES]


def _any_region_words() -> list[Case]:
    """``Минздрав региона``: the ministry of the region of whatever type the text is about."""
    return [Case("orgs", "region_word", f"В {town} прошло совещание. {short} региона выделит средства на ремонт школ.",
                 (frozenset({f"{full} {region}"}), 1))
            for town, _, region in _REGIONS for short, full in _MINISTRIES]


# regions in the genitive: a legislature named by its own name, then as the region's parliament
_LEGISLATURE_REGIONS = ("Тверской области", "Омской области", "Пермского края")


def _legislatures() -> list[Case]:
    return [Case("orgs", "legislature", f"Законодательное собрание {region} приняло закон. {noun} {region} "
                 "собрался в мае.", (frozenset({f"Законодательное собрание {region}"}), 1))
            for region in _LEGISLATURE_REGIONS for noun in ("Парламент", "Заксобрание")]


# quoted names of two words, and kind nouns before them
_QUOTED = ("Северные огни", "Тихая гавань", "Зелёный берег", "Белая река")
_KINDS = ("Компания", "Фонд", "Холдинг")


def _broken_quotes() -> list[Case]:
    cases = []
    for name in _QUOTED:
        first, second = name.split()
        for kind in _KINDS:
            text = f"{kind} «{first}\n{second}» заключил контракт на поставку зерна."
            cases.append(Case("orgs", "broken_quote", text, (frozenset({name}), 1)))
    return cases


# a quoted adjective a kind noun describes, and a longer name that adjective opens: two bodies
_ADJECTIVES = ("Западный", "Северный", "Приморский", "Центральный")
_DESCRIBED_ADJECTIVE_TEMPLATES = (
    "Банк «{0}» выдал кредит, а {0} инвестиционный банк отказал.",
    "Банк «{0}» и {0} инвестиционный банк подписали соглашение.",
)


def _described_adjectives() -> list[Case]:
    return [Case("orgs", "described_adjective", template.format(adjective),
                 (frozenset({adjective, f"{adjective} инвестиционный банк"}), 2))
            for adjective in _ADJECTIVES for template in _DESCRIBED_ADJECTIVE_TEMPLATES]


# a unit of a party named again by the party's kind noun: the unit named before
_PARTIES = ("Зелёный путь", "Новая сила", "Народный выбор")


def _party_branches() -> list[Case]:
    """A party's regional branch named with no region after the branch named with its region."""
    return [Case("orgs", "party_branch", f"Псковское региональное отделение партии «{party}» провело конференцию в "
                 "мае. Делегаты обсудили работу регионального отделения партии.",
                 (frozenset({f"Псковское региональное отделение партии «{party}»", party}), 2))
            for party in _PARTIES]
_UNIT_TEMPLATES = ("Решение принял ЦК партии «{0}». Позже ЦК партии собрался снова.",
                   "Решение приняли в ЦК партии «{0}». Через неделю ЦК партии его отменил.")


def _unit_heads() -> list[Case]:
    return [Case("orgs", "unit_head", template.format(party),
                 (frozenset({f"ЦК партии «{party}»", party}), 2))
            for party in _PARTIES for template in _UNIT_TEMPLATES]


# regions in the genitive and their towns' names in the genitive
_OFFICE_REGIONS = (("Омской области", "Омска"), ("Тверской области", "Твери"), ("Курской области", "Курска"))
_OFFICE_TEMPLATES = (
    "Следственное управление СК России по {0} возбудило дело. Руководитель СУ СК России по {0} поручил провести "
    "проверку.",
    "Следственными органами СУ СК России по {0} возбуждено дело. Расследование на контроле у руководства "
    "регионального управления СК.",
)


def _investigative_offices() -> list[Case]:
    """The Investigative Committee's office in a region, spelled two ways or named with no place: one body."""
    return [Case("orgs", "investigative_office", template.format(region),
                 (frozenset({f"{'Следственное управление' if k == 0 else 'СУ'} СК России по {region}",
                             "Следственный комитет Российской Федерации"}), 2))
            for region, _ in _OFFICE_REGIONS for k, template in enumerate(_OFFICE_TEMPLATES)]


_DISTRICT_COURT_REGIONS = (("Омский областной суд", "Омска", "RU-OMS"), ("Тверской областной суд", "Твери", "RU-TVE"))


def _district_courts() -> list[Case]:
    """A district court named by a district's adjective that is also another region's, in a text about one
    region: no other body, and the court named as written."""
    return [Case("orgs", "district_court", f"{court} отменил приговор бывшему главе администрации {town}. "
                 f"Дело вернули в {district} райсуд.",
                 (frozenset({court, f"Администрация {town}", f"{district} райсуд"}), 3))
            for court, town, _ in _DISTRICT_COURT_REGIONS for district in ("Кировский", "Ленинский")]


# regions in the genitive and their level's adjective in the prepositional and the genitive
_LEVELLED_REGIONS = (("Тверской области", "областном", "областного"), ("Омской области", "областном", "областного"),
                     ("Пермского края", "краевом", "краевого"))
_LEGISLATURE_NAMINGS = ("В новом {0} парламенте три фракции.", "Фракцию в ЗакСе возглавил Пётр Сомов.",
                        "Первое заседание {1} парламента седьмого созыва пройдёт в мае.")


def _legislature_namings() -> list[Case]:
    """A region's legislature named by a compound, or by its level with a time's adjective or its convocation."""
    return [Case("orgs", "legislature_naming", f"Депутаты Законодательного собрания {region} собрались на сессию. "
                 + naming.format(prepositional, genitive), (frozenset({f"Законодательное собрание {region}"}), 1))
            for region, prepositional, genitive in _LEVELLED_REGIONS for naming in _LEGISLATURE_NAMINGS]


def _genitive_offices() -> list[Case]:
    """A territorial office named with ``по`` and with its place in the genitive: one body."""
    return [Case("orgs", "genitive_office", f"Сотрудники {office} России по {region} задержали курьера. Об этом "
                 f"сообщили в {office} {region}.", (frozenset({f"{office} России по {region}"}), 1))
            for office in ("УМВД", "УФСБ", "УФНС") for region, _ in _OFFICE_REGIONS]


# a state university's abbreviation and its town's adjective in the genitive and the nominative
_SCHOOLS = (("ТГУ", "Тверского", "Тверской"), ("КГУ", "Курского", "Курский"), ("ОГУ", "Омского", "Омский"))


def _state_schools() -> list[Case]:
    """A state university's abbreviation and its name written without ``государственный``: one body."""
    return [Case("orgs", "state_school", f"Ректор {abbr} Иван Сомов выступил на форуме. Студенты {genitive} "
                 "университета получили гранты.", (frozenset({f"{nominative} университет"}), 1))
            for abbr, genitive, nominative in _SCHOOLS]


def _foreign_abbreviations() -> list[Case]:
    """A foreign ministry in full and by its abbreviation with its country, beside Russia's: two bodies."""
    return [Case("orgs", "foreign_abbreviation", f"Министерство иностранных дел {country} вызвало посла. Об этом "
                 f"сообщили в МИД {country}. Официальный представитель МИД России прокомментировала вызов.",
                 (frozenset({f"Министерство иностранных дел {country}",
                             "Министерство иностранных дел Российской Федерации"}), 2))
            for _, country in _COUNTRIES]


def cases() -> list[Case]:
    return (_shared_places() + _country_words() + _region_words() + _any_region_words() + _legislatures()
            + _broken_quotes() + _described_adjectives() + _unit_heads() + _party_branches()
            + _investigative_offices() + _district_courts() + _legislature_namings() + _genitive_offices()
            + _state_schools() + _foreign_abbreviations())


# still wrong: ``Правительство государства`` is found as no organization at all (no span)
KNOWN_WRONG: frozenset[str] = frozenset(
    f"{nominative} готовится к выборам. Правительство государства опубликовало отчёт. Жители {genitive} ждут решения."
    for nominative, genitive in _COUNTRIES)
