"""Probes of one unit named two ways in a text: by its party's or its own abbreviation and in full
(``фракции ЗП`` / ``фракции «Зелёный путь»``, ``КДК ЛФС`` / ``контрольно-дисциплинарный комитет ЛФС``,
``УВД по …`` / ``Управление внутренних дел по …``), a bare name after the body named with its parent, and
a deputy's district that is no field of the parliament. All names are invented.

Each case answers with the set of canonical organization names and the number of entities.
"""

from __future__ import annotations

from . import Case

# a party, its abbreviation, and the faction's noun in the genitive with an adjective or without
_PARTIES = (("Зелёный путь", "ЗП"), ("Новая Заря", "НЗ"), ("Лесной союз", "ЛС"))
_FACTION_TEMPLATES = (
    "Законопроекты внесли члены думской фракции «{party}» ({abbr}). Позже члены фракции {abbr} отозвали их.",
    "Законопроекты внесли члены фракции «{party}». Об этом сообщил источник в думской фракции {abbr}.",
)


def _factions() -> list[Case]:
    cases = []
    for party, abbr in _PARTIES:
        for template in _FACTION_TEMPLATES:
            text = template.format(party=party, abbr=abbr)
            faction = ("Думская фракция" if "(" in text else "Фракция") + f" «{party}»"
            cases.append(Case("orgs", "faction_abbreviation", text, (frozenset({faction, party}), 2)))
    return cases


# a union with its abbreviation, and a committee of it by its initials
_COMMITTEES = (("контрольно-дисциплинарного комитета", "КДК", "Контрольно-дисциплинарный комитет"),
               ("технического комитета", "ТК", "Технический комитет"))


def _committees() -> list[Case]:
    return [Case("orgs", "unit_initials", f"Лесной футбольный союз (ЛФС) провёл заседание {gen} ЛФС. Также "
                 f"{abbr} ЛФС дисквалифицировал игрока.", (frozenset({"Лесной футбольный союз", f"{name} ЛФС"}), 2))
            for gen, abbr, name in _COMMITTEES]


# a directorate by its abbreviation and spelled out, with the same district
_DIRECTORATES = (("УВД", "Управления внутренних дел", "Управление внутренних дел"),
                 ("ГУВД", "Главного управления внутренних дел", "Главное управление внутренних дел"))


def _spelled() -> list[Case]:
    return [Case("orgs", "spelled_out", f"В {abbr} по Северному округу проходит обыск. В здании {gen} по Северному "
                 "округу прошли обыски.", (frozenset({f"{name} по Северному округу"}), 1))
            for abbr, gen, name in _DIRECTORATES]


# a deputy's district or list after the parliament he was elected to
_DISTRICTS = ("по одномандатному округу", "по партийному списку", "по одномандатному избирательному округу")


def _districts() -> list[Case]:
    return [Case("orgs", "electoral_district", f"Пётр Орлов был избран в Госдуму {district} в прошлом году.",
                 (frozenset({"Государственная Дума Федерального Собрания Российской Федерации"}), 1))
            for district in _DISTRICTS]


# a police unit of a Moscow district whose abbreviation is a legal form too, before its parent directorate
_UNITS_OF_DISTRICTS = ("УВД", "ОМВД", "ОВД")


def _city_districts() -> list[Case]:
    return [Case("orgs", "district_form", f"Сотрудники {unit} по ЗАО ГУ МВД России по Москве задержали подозреваемого.",
                 (frozenset({f"{unit} по ЗАО", "ГУ МВД России по Москве",
                             "Министерство внутренних дел Российской Федерации"}), 3))
            for unit in _UNITS_OF_DISTRICTS]


# whose word a sentence gives, after a body: no field of the body
_ACCORDING = ("по данным", "по сведениям", "по оценкам", "по мнению")


def _according() -> list[Case]:
    return [Case("orgs", "according_to", f"В министерстве финансов {phrase} экспертов дефицит вырастет.",
                 (frozenset({"Министерство финансов Российской Федерации"}), 1))
            for phrase in _ACCORDING]


def cases() -> list[Case]:
    return _factions() + _committees() + _spelled() + _districts() + _city_districts() + _according()
