"""Probes of people's names: invented Russian and foreign people, each put in every grammatical case,
after a title, in lists, mentioned again by surname, initials or first name, and before a line break.

A person is a row of words, each with its nominative and a declension pattern (:data:`PATTERNS`)
that gives its six case forms; ``answer`` is the set of nominative ``persons.name`` (and, for the
kinds about one person mentioned several times, the number of person entities as well). Only
combinations whose right answer is clear are generated: names whose declension in a case is
unsettled (a Chinese given name ending in a consonant, a Japanese woman's surname in ``-а``) are
written in the nominative only. Every name is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import Case, answer_names
from .name_forms import NAME_FORMS_WRONG
from .name_shapes import NAME_SHAPES_WRONG
from .world_more_wrong import WORLD_MORE_WRONG
from .world_wrong import WORLD_WRONG

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# the ending taken off the nominative, then the endings of gent, datv, accs, ablt, loct
PATTERNS: dict[str, tuple[str, tuple[str, str, str, str, str]]] = {
    "fixed": ("", ("", "", "", "", "")),
    "hard_m": ("", ("а", "у", "а", "ом", "е")),          # Олег, Гордейчук, Беккер, Саакян
    "hiss_m": ("", ("а", "у", "а", "ем", "е")),          # Отчество -ич
    "ь_m": ("ь", ("я", "ю", "я", "ем", "е")),             # Игорь
    "й_m": ("й", ("я", "ю", "я", "ем", "е")),             # Андрей, Сергей
    "ov_m": ("", ("а", "у", "а", "ым", "е")),            # Кравцов, Карпухин
    "ov_f": ("а", ("ой", "ой", "у", "ой", "ой")),        # Сомова, Толокнина
    "adj_m": ("ий", ("ого", "ому", "ого", "им", "ом")),  # Залесский
    "adj_oy_m": ("ой", ("ого", "ому", "ого", "ым", "ом")),  # Бережной
    "adj_y_m": ("ый", ("ого", "ому", "ого", "ым", "ом")),  # Заболотный
    "adj_f": ("ая", ("ой", "ой", "ую", "ой", "ой")),      # Бродецкая, Бережная
    "a": ("а", ("ы", "е", "у", "ой", "е")),              # Анна, Мендоса, Никита
    "a_velar": ("а", ("и", "е", "у", "ой", "е")),        # Шульга, Ольга
    "ia": ("я", ("и", "и", "ю", "ей", "и")),             # Мария, Лусия
    "ya": ("я", ("и", "е", "ю", "ей", "е")),             # Наталья
    "patr_f": ("а", ("ы", "е", "у", "ой", "е")),         # Викторовна
}


@dataclass(frozen=True)
class Word:
    nominative: str
    pattern: str
    forms: tuple[str, ...] = ()  # all six forms written out, for stems that change (Павел, Павла)

    def form(self, case: str) -> str:
        if self.forms:
            return self.forms[CASES.index(case)]
        if "-" in self.nominative and self.pattern != "fixed":
            raise ValueError(self.nominative)
        cut, endings = PATTERNS[self.pattern]
        if case == "nomn":
            return self.nominative
        stem = self.nominative[: len(self.nominative) - len(cut)]
        return stem + endings[CASES.index(case) - 1]


def hyphenated(*words: Word) -> Word:
    """A double surname whose parts decline each on its own (``Котова-Лесная``)."""
    return Word("-".join(w.nominative for w in words), "fixed",
                tuple("-".join(w.form(case) for w in words) for case in CASES))


@dataclass(frozen=True)
class Person:
    gender: str  # "m" or "f"
    first: Word
    last: Word
    middle: Word | None = None
    family_first: bool = False  # surname written first (China, Korea)
    oblique: bool = True  # whether the name's forms in the oblique cases are settled
    unsettled: tuple[str, ...] = ()  # cases whose form two nominatives share (``Забаре``: Забара, Забар)

    def settled(self, case: str) -> bool:
        return case == "nomn" or (self.oblique and case not in self.unsettled)

    @property
    def name(self) -> str:
        return self.form("nomn")

    def form(self, case: str) -> str:
        parts = [self.first] + ([self.middle] if self.middle else []) + [self.last]
        if self.family_first:
            parts = [self.last] + [self.first]
        return " ".join(p.form(case) for p in parts)

    def surname(self, case: str) -> str:
        return self.last.form(case)

    @property
    def initials(self) -> str:
        return f"{self.first.nominative[0]}. {self.last.nominative}"

    def verb(self, masculine: str) -> str:
        """A past-tense verb in the person's gender: ``заявил`` → ``заявила``."""
        if self.gender == "m":
            return masculine
        return masculine[:-2] + "лась" if masculine.endswith("лся") else masculine + "а"


def W(nominative: str, pattern: str = "fixed", forms: str = "") -> Word:
    return Word(nominative, pattern, tuple(forms.split()) if forms else ())


PAVEL = W("Павел", forms="Павел Павла Павлу Павла Павлом Павле")
PETR = W("Пётр", forms="Пётр Петра Петру Петра Петром Петре")

RUSSIAN = (
    Person("m", W("Олег", "hard_m"), W("Кравцов", "ov_m")),
    Person("m", W("Олег", "hard_m"), W("Кравцов", "ov_m"), W("Викторович", "hiss_m")),
    Person("f", W("Ирина", "a"), W("Сомова", "ov_f")),
    Person("f", W("Наталья", "ya"), W("Лыкова", "ov_f"), W("Андреевна", "patr_f")),
    Person("m", W("Денис", "hard_m"), W("Карпухин", "ov_m")),
    Person("f", W("Вера", "a"), W("Толокнина", "ov_f")),
    Person("m", W("Андрей", "й_m"), W("Залесский", "adj_m")),
    Person("f", W("Ксения", "ia"), W("Бродецкая", "adj_f")),
    # a man's surname in ``-ой`` declines as one in ``-ый`` does (``Бережного``)
    Person("m", W("Глеб", "hard_m"), W("Бережной", "adj_oy_m"), oblique=False),
    Person("f", W("Оксана", "a"), W("Бережная", "adj_f")),
    Person("m", W("Ярослав", "hard_m"), W("Заболотный", "adj_y_m")),
    Person("f", W("Алла", "a"), W("Заболотная", "adj_f")),
    Person("m", W("Тимур", "hard_m"), W("Гордейчук", "hard_m")),
    Person("f", W("Елена", "a"), W("Гордейчук")),
    # a man's ``Забаре`` is the locative of ``Забар`` as well
    Person("m", W("Никита", "a"), W("Забара", "a"), unsettled=("loct",)),
    Person("f", W("Людмила", "a"), W("Шульга", "a_velar")),
    Person("m", PAVEL, W("Мирошенко")),
    Person("f", W("Татьяна", "a"), W("Мирошенко")),
    Person("m", W("Сергей", "й_m"), W("Крутых")),
    Person("f", W("Ольга", "a_velar"), W("Долгих")),
    Person("m", W("Игорь", "ь_m"), W("Смелаго")),
    Person("m", W("Алексей", "й_m"), hyphenated(W("Смирнов", "ov_m"), W("Ельский", "adj_m"))),
    Person("f", W("Мария", "ia"), hyphenated(W("Котова", "ov_f"), W("Лесная", "adj_f"))),
    # first names and surnames that are common words as well
    Person("m", W("Роман", "hard_m"), W("Гусев", "ov_m")),
    Person("m", W("Лев", forms="Лев Льва Льву Льва Львом Льве"), W("Гранин", "ov_m")),
    Person("f", W("Любовь", forms="Любовь Любови Любови Любовь Любовью Любови"), W("Кострова", "ov_f")),
    Person("f", W("Надежда", "a"), W("Ракитина", "ov_f")),
    Person("m", W("Андрей", "й_m"), W("Волк", "hard_m")),
    Person("f", W("Анна", "a"), W("Волк")),
    # surnames of the first declension: common nouns pymorphy knows, words it does not know, a man's
    # (whose ``Шульге`` is the locative of ``Шульг`` as well)
    Person("f", W("Галина", "a"), W("Кочерга", "a_velar")),
    Person("f", W("Марина", "a"), W("Цибуля", "ya")),
    Person("f", W("Светлана", "a"), W("Сковорода", "a")),
    Person("f", W("Тамара", "a"), W("Дзюбенга", "a_velar")),
    Person("m", PETR, W("Шульга", "a_velar"), unsettled=("loct",)),
    Person("m", W("Семён", forms="Семён Семёна Семёну Семёна Семёном Семёне"), W("Кочерга", "a_velar"),
           unsettled=("loct",)),
)

FOREIGN = (
    Person("m", W("Лучано"), W("Бонджорно")),
    Person("m", W("Пьетро"), W("Ланцетти")),
    Person("m", W("Жан-Пьер", forms="Жан-Пьер Жан-Пьера Жан-Пьеру Жан-Пьера Жан-Пьером Жан-Пьере"), W("Дюбуа")),
    Person("f", W("Клер"), W("Дюпре")),
    Person("m", W("Клаус", "hard_m"), W("Беккер", "hard_m")),
    Person("f", W("Мартина", "a"), W("Хольцер")),
    Person("m", W("Хавьер", "hard_m"), W("Мендоса", "a"), unsettled=("loct",)),
    Person("m", W("Хосе"), W("Мендес", "hard_m")),
    Person("m", W("Хорхе"), W("Бенитес", "hard_m")),
    Person("f", W("Лусия", "ia"), W("Ортега", "a_velar")),
    Person("f", W("Паола", "a"), W("Эстрада", "a")),
    Person("f", W("Долорес"), W("Ортега"), oblique=False),  # ``Долорес Ортеге``: the case is unsettled
    Person("m", W("Джейсон", "hard_m"), W("Уолдрон", "hard_m")),
    Person("f", W("Эмили"), W("Картрайт")),
    Person("m", W("Жуан", "hard_m"), W("Пинту"), unsettled=("datv", "accs")),  # ``Пинту``: of ``Пинт``, ``Пинта``
    Person("m", W("Давид", "hard_m"), W("Церетадзе")),
    Person("f", W("Нино"), W("Махарашвили")),
    Person("m", W("Арам", "hard_m"), W("Саакян", "hard_m")),
    Person("f", W("Анаит"), W("Бадалян")),
    Person("m", W("Нурлан", "hard_m"), W("Сейтказиев", "ov_m")),
    Person("f", W("Динара", "a"), W("Жумабаева", "ov_f")),
    Person("m", W("Бахтияр", "hard_m"), W("Рахимов", "ov_m")),
    Person("m", W("Хироси"), W("Накамура", "a"), unsettled=("loct",)),
    Person("f", W("Юко"), W("Ямада"), oblique=False),
    Person("m", W("Людвиг", "hard_m"), Word("ван Дорн", "fixed", (
        "ван Дорн", "ван Дорна", "ван Дорну", "ван Дорна", "ван Дорном", "ван Дорне"))),
    Person("m", W("Халид", "hard_m"), W("аль-Мансури")),
    Person("f", W("Анна-Мария", forms="Анна-Мария Анны-Марии Анне-Марии Анну-Марию Анной-Марией Анне-Марии"),
           W("Вайсбергер")),
    Person("m", W("Вэймин"), W("Чжан"), family_first=True, oblique=False),
    Person("f", W("Сяоли"), W("Лю"), family_first=True),
    Person("m", W("Чон Хо"), W("Ким"), family_first=True),
    Person("f", W("Сон Ми"), W("Пак"), family_first=True),
    # a man's given name of Korea that ends in a consonant declines with the family name (``Квону Тэ Уку``),
    # its last syllable maybe a case form of a Russian surname (``Тэ Сона``)
    Person("m", Word("Тэ Ук", "fixed", ("Тэ Ук", "Тэ Ука", "Тэ Уку", "Тэ Ука", "Тэ Уком", "Тэ Уке")),
           W("Квон", "hard_m"), family_first=True),
    Person("m", Word("Тэ Сон", "fixed", ("Тэ Сон", "Тэ Сона", "Тэ Сону", "Тэ Сона", "Тэ Соном", "Тэ Соне")),
           W("Пак", "hard_m"), family_first=True),
)

# women whose first name pymorphy does not know, before a surname in ``-ова``: the surname tells the gender
WOMEN_OF_UNKNOWN_NAMES = (
    Person("f", W("Севиль"), W("Гасымова", "ov_f")),
    Person("f", W("Мехрибан"), W("Рустамова", "ov_f")),
    Person("f", W("Айсель"), W("Гусейнова", "ov_f")),
    Person("f", W("Ситора"), W("Назарова", "ov_f")),
    Person("f", W("Гюнель"), W("Алекперова", "ov_f")),
    Person("f", W("Зульхумор"), W("Юсупова", "ov_f")),
)

PEOPLE = RUSSIAN + FOREIGN + WOMEN_OF_UNKNOWN_NAMES

# one sentence a case, ``{X}`` the name in that case, ``{v:…}`` a verb in the person's gender
CASE_TEMPLATES = {
    "nomn": ("{X} {v:заявил} журналистам, что работы завершатся в срок.",
             "В понедельник на заседании совета {v:выступил} {X}."),
    "gent": ("По словам {X}, работы завершатся в срок.",
             "У {X} нет претензий к подрядчику."),
    "datv": ("Премию вручили {X} в понедельник.",
             "Вечером мэр позвонил {X} и поблагодарил за работу."),
    "accs": ("Комиссия пригласила {X} на заседание.",
             "Журналисты видели {X} у входа в здание суда."),
    "ablt": ("Вчера мэр встретился с {X} в здании администрации.",
             "Соглашение было подписано {X} в пятницу."),
    "loct": ("Газета написала {o} {X} в субботнем номере.",
             "В фильме рассказывается {o} {X} и её семье."),
}

TITLE_TEMPLATES = (
    ("nomn", "Губернатор {X} {v:подписал} указ о создании парка."),
    ("gent", "По словам министра {X}, бюджет будет принят в срок."),
    ("ablt", "Встреча с министром {X} прошла в здании мэрии."),
)

HEADINGS = ("Экономика", "Политика", "Происшествия", "Культура", "Спорт")


def _with(template: str, slot: str, words: str) -> str:
    """``words`` in the ``slot`` of ``template``, ``с`` before them as ``со`` where it is spoken so."""
    if f"с {slot}" in template and (words[0] in "СЗШЩЖ" and words[1] not in "аеёиоуыэюя" or words.startswith("Льв")):
        template = template.replace(f"с {slot}", f"со {slot}")
    return template.replace(slot, words)


def _fill(template: str, person: Person, case: str) -> str:
    name = person.form(case)
    text = template
    text = text.replace("{o}", "об" if name[0] in "АИОУЭ" else "о")
    while "{g:" in text:
        start = text.index("{g:")
        stop = text.index("}", start)
        masculine, feminine = text[start + 3:stop].split("/")
        text = text[:start] + (masculine if person.gender == "m" else feminine) + text[stop + 1:]
    text = text.replace("её", "его" if person.gender == "m" else "её")
    while "{v:" in text:
        start = text.index("{v:")
        stop = text.index("}", start)
        text = text[:start] + person.verb(text[start + 3:stop]) + text[stop + 1:]
    return _with(text, "{X}", name)


def _case_cases() -> list[Case]:
    out = []
    for person in PEOPLE:
        for case, templates in CASE_TEMPLATES.items():
            if not person.settled(case):
                continue
            for template in templates:
                kind = ("russian_" if person in RUSSIAN else "foreign_") + case
                out.append(Case("names", kind, _fill(template, person, case), frozenset({person.name})))
    return out


def _title_cases() -> list[Case]:
    return [Case("names", "title_" + case, _fill(template, person, case), frozenset({person.name}))
            for person in PEOPLE for case, template in TITLE_TEMPLATES if person.settled(case)]


def _list_cases() -> list[Case]:
    out = []
    people = [p for p in PEOPLE if p.settled("ablt")]
    for index in range(0, len(people) - 2, 2):
        trio = people[index:index + 3]
        if len({(p.first.nominative, p.last.nominative) for p in trio}) < 3:
            continue  # one person written with and without a patronymic
        names = frozenset(p.name for p in trio)
        nominative = f"{trio[0].form('nomn')}, {trio[1].form('nomn')} и {trio[2].form('nomn')} подписали соглашение."
        instrumental = f"Мэр встретился с {trio[0].form('ablt')}, {trio[1].form('ablt')} и {trio[2].form('ablt')}."
        out += [Case("names", "list_nomn", nominative, names), Case("names", "list_ablt", instrumental, names)]
    return out


def _coref_cases() -> list[Case]:
    out = []
    for person in PEOPLE:
        expected = (frozenset({person.name}), 1)
        said = person.verb("сказал")
        if not person.family_first:
            out.append(Case("names", "coref_surname", (
                f"«Мы готовы начать работы весной», — {said} {person.form('nomn')}. "
                f"Позже {person.surname('nomn')} {person.verb('уточнил')} сроки."), expected))
            out.append(Case("names", "coref_initials", (
                f"{person.form('nomn')} {person.verb('выступил')} на форуме. "
                f"«Работы начнутся весной», — {person.verb('добавил')} {person.initials}."), expected))
            for case, template in (("gent", "По словам {S}, проект окупится за три года."),
                                   ("datv", "Позже губернатор позвонил {S}."),
                                   ("ablt", "Позже с {S} встретились журналисты.")):
                if person.settled(case):
                    out.append(Case("names", "coref_surname_" + case, (
                        f"{person.form('nomn')} {person.verb('приехал')} в город в мае. "
                        + _with(template, "{S}", person.surname(case))), expected))
        if person.family_first:
            continue
        out.append(Case("names", "coref_first", (
            f"{person.form('nomn')} {person.verb('приехал')} в город в мае. "
            f"{person.first.nominative} {person.verb('рассказал')}, что проект окупится за три года."), expected))
    return out


# the name at the start of a sentence in an oblique case, an apposition after it, brackets around it
PLACE_TEMPLATES = (
    ("start_accs", "accs", "{X} назначили руководителем проекта."),
    ("start_datv", "datv", "{X} вручили почётную грамоту."),
    ("apposition", "nomn", "{X}, {g:житель/жительница} Твери, {v:рассказал} о своих планах."),
    ("apposition", "gent", "У {X}, {g:жителя/жительницы} Твери, есть три сына."),
    ("brackets", "nomn", "Новый директор ({X}) {v:приступил} к работе."),
    ("profession", "nomn", "{g:Известный художник/Известная художница} {X} {v:открыл} выставку в Твери."),
    ("profession", "gent", "Выставка {g:художника/художницы} {X} открылась в Твери."),
    ("headline", "nomn", "{X}: «Работы начнутся весной»\nСтроительство моста в Твери продолжится."),
    ("title_body", "nomn", "Об этом {v:заявил} главный врач городской больницы {X}."),
    ("title_body", "gent", "По словам главного врача городской больницы {X}, мест хватает."),
)


def _place_cases() -> list[Case]:
    return [Case("names", kind, _fill(template, person, case), frozenset({person.name}))
            for person in PEOPLE for kind, case, template in PLACE_TEMPLATES if person.settled(case)]


# a person named in full, then by initials and surname in an oblique case
INITIAL_TEMPLATES = (
    ("initials_gent", "gent", "По словам {I}, проект окупится за три года."),
    ("initials_ablt", "ablt", "Позже с {I} встретились журналисты."),
)


def _initial_cases() -> list[Case]:
    out = []
    seen = set()
    for person in PEOPLE:
        if person.family_first:
            continue
        for kind, case, template in INITIAL_TEMPLATES:
            if not person.settled(case):
                continue
            text = f"{person.form('nomn')} {person.verb('приехал')} в город в мае. " + template.replace(
                "{I}", f"{person.first.nominative[0]}. {person.surname(case)}")
            out.append(Case("names", kind, text, (frozenset({person.name}), 1)))
        # initials alone, in a sentence of their own
        for case in ("gent", "ablt"):
            if person.settled(case) and person.gender == "m" and (person.initials, case) not in seen:
                seen.add((person.initials, case))
                template = dict((c, t) for _k, c, t in INITIAL_TEMPLATES)[case]
                out.append(Case("names", "initials_only", template.replace(
                    "{I}", f"{person.first.nominative[0]}. {person.surname(case)}"),
                    frozenset({f"{person.first.nominative[0]}. {person.last.nominative}"})))
    return out


# official forms: surname first with first name and patronymic, surname then initials, capitals
OFFICIAL_TEMPLATES = (
    ("surname_first", "nomn", "В списке кандидатов значится {L} {F} {M}."),
    ("surname_first", "gent", "Суд рассмотрел иск {L} {F} {M}."),
    ("surname_initials", "nomn", "Документ подписал {L} {I}"),
    ("surname_initials", "ablt", "Договор заключён с {L} {I}"),
)


def _official_cases() -> list[Case]:
    out = []
    for person in RUSSIAN:
        for kind, case, template in OFFICIAL_TEMPLATES:
            if not person.settled(case) or (kind == "surname_first" and person.middle is None):
                continue
            if kind == "surname_initials" and person.gender == "f":
                continue  # ``Сомова И.``: a woman's surname with initials is a man's genitive as well
            initials = f"{person.first.nominative[0]}." + (f" {person.middle.nominative[0]}." if person.middle else "")
            text = template.replace("{L}", person.surname(case)).replace("{F}", person.first.form(case))
            text = text.replace("{M}", person.middle.form(case) if person.middle else "").replace("{I}", initials)
            text = _with(text, person.surname(case), person.surname(case))
            expected = person.name if kind == "surname_first" else f"{initials} {person.last.nominative}"
            out.append(Case("names", kind, text if text.endswith(".") else text + " в пятницу.",
                            frozenset({expected})))
    for person in PEOPLE[:12]:
        upper = person.name.upper()
        out.append(Case("names", "capitals", f"{upper}\nИнтервью о городе и его жителях.",
                        frozenset({person.name})))
    return out


def _linebreak_cases() -> list[Case]:
    return [Case("names", "linebreak", (
        f"Об этом {person.verb('рассказал')} {person.form('nomn')}\n{heading}\n"
        "Цены на жильё в области выросли."), frozenset({person.name}))
        for index, person in enumerate(PEOPLE) for heading in (HEADINGS[index % len(HEADINGS)],)]


def cases() -> list[Case]:
    from . import name_evidence, name_forms, name_leaders, name_shapes, name_words, world, world_more

    return name_evidence.names_cases() + name_words.cases() + name_shapes.cases() \
        + _case_cases() + _title_cases() + _list_cases() \
        + _coref_cases() + _linebreak_cases() + _place_cases() + _initial_cases() + _official_cases() + world.cases() \
        + world_more.cases() + name_forms.cases() + name_leaders.cases()


def answer(result, case: Case):
    return answer_names((p.name for p in result.persons), len(result.persons), case)


# cases the pipeline still answers wrong (by ``Case.id``): a name natasha tags as a place after the
# words of an organization, which take it in
KNOWN_WRONG: frozenset[str] = WORLD_WRONG | WORLD_MORE_WRONG | NAME_FORMS_WRONG | NAME_SHAPES_WRONG | frozenset({
    'title_body:По словам главного врача городской больницы Паолы Эстрады, м',
    'title_body:По словам главного врача городской больницы Квона Тэ Ука, ме',
})
