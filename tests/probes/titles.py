"""Probes of titles and their holders: general titles of the lexicon with invented bodies, invented people,
and the constructions of news (a title before a name in every case, apposition, predicates, former and
acting titles, deputies, relatives and associates in every case, two people, lists, pronouns, a possessive
before a title, a biography with no subject, a capacity after ``как``, the titled object of an appointment, a
post run for, a post taken over, and a title beside a name that is not its holder's: an object, an addressee,
a source, a meeting, a prize, an owner, a sentence apart).

``answer`` gives the ``(person, position, role, former)`` rows of the ``positions`` table.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import Case, title_posts
from .title_phrases import groups as title_groups
from .title_phrases import phrase_cases

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


@dataclass(frozen=True)
class Person:
    forms: tuple[str, ...]  # nom gen dat acc ins loc
    feminine: bool

    @property
    def name(self) -> str:
        return self.forms[0]

    def verb(self, masculine: str) -> str:
        """A past-tense verb or short participle in the person's gender (``открыл`` → ``открыла``)."""
        if not self.feminine:
            return masculine
        if masculine.endswith("ся"):
            return masculine[:-2] + "ась"
        return masculine + "а"


PEOPLE = (
    Person(("Пётр Смирнов", "Петра Смирнова", "Петру Смирнову", "Петра Смирнова", "Петром Смирновым",
            "Петре Смирнове"), False),
    Person(("Анна Котова", "Анны Котовой", "Анне Котовой", "Анну Котову", "Анной Котовой", "Анне Котовой"), True),
    Person(("Глеб Ракитин", "Глеба Ракитина", "Глебу Ракитину", "Глеба Ракитина", "Глебом Ракитиным",
            "Глебе Ракитине"), False),
    Person(("Ольга Ершова", "Ольги Ершовой", "Ольге Ершовой", "Ольгу Ершову", "Ольгой Ершовой", "Ольге Ершовой"),
           True),
)


@dataclass(frozen=True)
class Title:
    """A title: its head in the six cases, the body it names (in the genitive, unchanged), its role;
    ``post`` for an office that may be held acting, by a deputy, ``elected`` for one a vote gives,
    ``job`` for one a person ``работает``; ``gender`` when the head has one holder's gender only."""

    head: tuple[str, ...]  # nom gen dat acc ins loc
    body: str
    role: str
    plural: tuple[str, str] = ("", "")  # nominative and instrumental plural of the head
    post: bool = False
    elected: bool = False
    job: bool = False
    gender: bool | None = None  # True: a woman's title only, False: a man's only

    def form(self, case: str) -> str:
        head = self.head[CASES.index(case)]
        return f"{head} {self.body}" if self.body else head

    @property
    def position(self) -> str:
        return self.form("nom")

    @property
    def single_word(self) -> bool:
        return " " not in self.head[0]


TITLES = (
    Title(("министр", "министра", "министру", "министра", "министром", "министре"),
          "образования Тверской области", "министр", ("министры", "министрами"), post=True),
    Title(("губернатор", "губернатора", "губернатору", "губернатора", "губернатором", "губернаторе"),
          "Тверской области", "губернатор", ("губернаторы", "губернаторами"), post=True, elected=True),
    Title(("директор", "директора", "директору", "директора", "директором", "директоре"),
          "завода «Заря»", "директор", ("директора", "директорами"), post=True, job=True),
    Title(("генеральный директор", "генерального директора", "генеральному директору", "генерального директора",
           "генеральным директором", "генеральном директоре"),
          "компании «Вектор»", "генеральный директор", post=True, job=True),
    Title(("председатель", "председателя", "председателю", "председателя", "председателем", "председателе"),
          "Тверской областной думы", "председатель", post=True, elected=True),
    Title(("главный врач", "главного врача", "главному врачу", "главного врача", "главным врачом",
           "главном враче"), "городской больницы № 3", "главный врач", post=True, job=True),
    Title(("мэр", "мэра", "мэру", "мэра", "мэром", "мэре"), "Твери", "мэр", ("мэры", "мэрами"),
          post=True, elected=True),
    Title(("глава", "главы", "главе", "главу", "главой", "главе"), "администрации Ковровского района", "глава",
          post=True, elected=True),
    Title(("ректор", "ректора", "ректору", "ректора", "ректором", "ректоре"), "Тверского университета", "ректор",
          ("ректоры", "ректорами"), post=True, elected=True),
    Title(("прокурор", "прокурора", "прокурору", "прокурора", "прокурором", "прокуроре"), "Ковровского района",
          "прокурор", ("прокуроры", "прокурорами"), job=True),
    Title(("начальник", "начальника", "начальнику", "начальника", "начальником", "начальнике"),
          "полиции Твери", "начальник", post=True, job=True),
    Title(("хирург", "хирурга", "хирургу", "хирурга", "хирургом", "хирурге"), "", "хирург",
          ("хирурги", "хирургами"), job=True),
    Title(("следователь", "следователя", "следователю", "следователя", "следователем", "следователе"), "",
          "следователь", ("следователи", "следователями"), job=True),
    Title(("тренер", "тренера", "тренеру", "тренера", "тренером", "тренере"), "", "тренер",
          ("тренеры", "тренерами"), job=True),
    Title(("депутат", "депутата", "депутату", "депутата", "депутатом", "депутате"), "", "депутат",
          ("депутаты", "депутатами"), elected=True),
    Title(("критик", "критика", "критику", "критика", "критиком", "критике"), "", "критик",
          ("критики", "критиками")),
    Title(("ведущий", "ведущего", "ведущему", "ведущего", "ведущим", "ведущем"), "программы «Вечер»", "ведущий",
          job=True),
    Title(("актриса", "актрисы", "актрисе", "актрису", "актрисой", "актрисе"), "театра «Сфера»", "актер",
          gender=True),
    Title(("актёр", "актёра", "актёру", "актёра", "актёром", "актёре"), "театра «Сфера»", "актер", gender=False),
    # more of the ambiguous group: words that also name a thing (a guide book, a device, a conductor of heat)
    Title(("гид", "гида", "гиду", "гида", "гидом", "гиде"), "музея «Сфера»", "гид", ("гиды", "гидами"), job=True),
    Title(("оператор", "оператора", "оператору", "оператора", "оператором", "операторе"), "телеканала «Заря»",
          "оператор", ("операторы", "операторами"), job=True),
    Title(("проводник", "проводника", "проводнику", "проводника", "проводником", "проводнике"), "", "проводник",
          ("проводники", "проводниками"), job=True),
)

# the titles of TITLES that have deputies: "его заместитель" is the deputy of that post (not of an occupation,
# unless one that heads a body of its own: a prosecutor, a rector)
PRINCIPALS = frozenset({"министр", "губернатор", "директор", "генеральный директор", "председатель", "главный врач",
                        "мэр", "глава", "начальник", "депутат", "прокурор", "ректор", "декан"})

RELATIVES = {False: ("сын", "брат"), True: ("дочь", "жена")}


def people_for(title: Title, index: int) -> tuple[Person, Person]:
    """Two different people who may hold ``title``, chosen by ``index`` so that every person and gender
    meets every construction."""
    fit = [p for p in PEOPLE if title.gender is None or p.feminine == title.gender]
    first = fit[index % len(fit)]
    others = [p for p in PEOPLE if p is not first]
    return first, others[index % len(others)]


def cap(text: str) -> str:
    """``text`` with its first letter capital (and the rest as it is, unlike ``str.capitalize``)."""
    return text[:1].upper() + text[1:]


def row(person: Person, position: str, role: str, former: bool = False) -> tuple[str, str, str, bool]:
    return (person.name, position, role, former)


def held(person: Person, title: Title) -> frozenset:
    return frozenset({row(person, title.position, title.role)})


# -- a title beside its holder's name, in every case ------------------------------------------------

def beside(title: Title, p: Person, _q: Person):
    yield "before_nom", f"{cap(title.form('nom'))} {p.forms[0]} {p.verb('открыл')} новую школу.", held(p, title)
    yield "before_gen", f"По словам {title.form('gen')} {p.forms[1]}, школа откроется в сентябре.", held(p, title)
    yield "before_dat", f"Грамоту вручили {title.form('dat')} {p.forms[2]}.", held(p, title)
    yield "before_acc", f"Журналисты поздравили {title.form('acc')} {p.forms[3]} с юбилеем.", held(p, title)
    yield "before_ins", f"Встреча с {title.form('ins')} {p.forms[4]} прошла в Твери.", held(p, title)
    yield "before_loc", f"Газета написала о {title.form('loc')} {p.forms[5]}.", held(p, title)
    yield "apposition_comma", f"{p.forms[0]}, {title.form('nom')}, {p.verb('открыл')} новую школу.", held(p, title)
    yield "apposition_gen", f"По словам {p.forms[1]}, {title.form('gen')}, школа откроется в сентябре.", \
        held(p, title)
    yield "apposition_dash", f"{p.forms[0]} — {title.form('nom')}.", held(p, title)
    yield "dash_title_first", f"{cap(title.form('nom'))} — {p.forms[0]}.", held(p, title)
    # a title in an oblique case and a name in the same case after a dash: an apposition
    yield "dash_oblique_dat", f"Грамоту вручили {title.form('dat')} — {p.forms[2]}.", held(p, title)
    yield "dash_oblique_ins", f"Вчера журналисты встретились с {title.form('ins')} — {p.forms[4]}, " \
        "который приехал в Тверь.", held(p, title)
    yield "apposition_when", f"{p.forms[0]}, в настоящее время {title.form('nom')}, {p.verb('открыл')} новую школу.", \
        held(p, title)
    yield "apposition_since", f"{p.forms[0]}, с 2015 года {title.form('nom')}, {p.verb('открыл')} новую школу.", \
        held(p, title)
    yield "apposition_insert_and", f"{p.forms[0]}, известный в городе человек, {title.form('nom')} и член совета, " \
        f"{p.verb('открыл')} новую школу.", held(p, title) | {row(p, "член совета", "член совета")}
    yield "opening_comma_subject", f"Таким образом, {title.form('nom')}, {p.forms[0]} {p.verb('открыл')} " \
        "новую школу.", held(p, title)
    yield "apposition_brackets", f"{p.forms[0]} ({title.form('nom')}) {p.verb('открыл')} новую школу.", \
        held(p, title)


# -- a title a predicate gives ---------------------------------------------------------------------------

def predicates(title: Title, p: Person, q: Person):
    if title.post:
        # the one congratulated on an appointment holds the post, not the one who congratulates
        yield "predicate_congratulated", f"{q.forms[0]} {q.verb('поздравил')} {p.forms[3]} с назначением на " \
            f"должность {title.form('gen')}.", held(p, title)
        yield "predicate_powers_laid_down", f"{p.forms[0]} {p.verb('сложил')} полномочия {title.form('gen')}.", \
            frozenset({row(p, title.position, title.role, True)})
        yield "predicate_post", f"{p.forms[0]} занимает пост {title.form('gen')}.", held(p, title)
        # a clause of one's own statement with no subject of its own speaks of the one who states it
        yield "predicate_stated_leaving", f"{p.forms[0]} {p.verb('объявил')} о том, что покидает пост " \
            f"{title.form('gen')}.", held(p, title)
        # the one thanked for the work in a post holds it; a post one is still to be confirmed in is not held
        yield "predicate_thanked", f"{q.forms[0]} {q.verb('поблагодарил')} {p.forms[3]} за работу на посту " \
            f"{title.form('gen')}.", held(p, title)
        yield "predicate_to_be_confirmed", f"{p.forms[0]} будет {p.verb('утвержден')} в должности " \
            f"{title.form('gen')}.", frozenset()
        yield "predicate_appointed", f"{p.forms[0]} {p.verb('назначен')} на должность {title.form('gen')}.", \
            held(p, title)
        yield "predicate_inverted", f"{cap(title.form('ins'))} {p.verb('назначен')} {p.forms[0]}.", \
            held(p, title)
        if title.gender is None:  # the title with no name a later predicate has for its subject
            yield "subject_title_before", f"{p.forms[0]} {p.verb('назначен')} {title.form('ins')}. Новый " \
                f"{title.head[0]} ранее {p.verb('работал')} учителем.", \
                held(p, title) | {row(p, "учитель", "учитель", True)}
        yield "predicate_dash_defines", f"{p.forms[0]} {p.verb('назначен')} {title.form('ins')} — руководителем " \
            "аппарата комитета.", held(p, title) | {row(p, "руководитель аппарата комитета", "руководитель аппарата")}
    yield "predicate_became", f"В 2020 году {p.forms[0]} {p.verb('стал')} {title.form('ins')}.", held(p, title)
    yield "verbless_since", f"{p.forms[0]} с 2015 года {title.form('nom')}.", held(p, title)
    if title.elected:
        yield "predicate_elected", f"{p.forms[0]} {p.verb('избран')} {title.form('ins')}.", held(p, title)
    if title.job:
        yield "predicate_works", f"{p.forms[0]} работает {title.form('ins')}.", held(p, title)
    # a title with dependents opening the next sentence as its subject goes on with the one named before
    if title.body and title.gender in (None, p.feminine):
        yield "next_sentence_subject", f"{p.forms[0]} {p.verb('прилетел')} в Тверь. {cap(title.form('nom'))} " \
            f"{p.verb('рассказал')} журналистам о планах.", held(p, title)


# -- former, acting, deputies ----------------------------------------------------------------------------

# more words of a title no longer held, masculine nominative and genitive
FORMER_WORDS = (("тогдашний", "тогдашнего"), ("предыдущий", "предыдущего"), ("свергнутый", "свергнутого"),
                ("уволенный", "уволенного"), ("прежний", "прежнего"), ("отставной", "отставного"))


def former_words(title: Title, p: Person, _q: Person, index: int):
    if title.gender is not None:
        return
    nom, gen = FORMER_WORDS[index % len(FORMER_WORDS)]
    expected = frozenset({row(p, f"{nom} {title.position}", title.role, True)})
    yield "former_word_before", f"{cap(nom)} {title.form('nom')} {p.forms[0]} {p.verb('открыл')} новую школу.", \
        expected
    yield "former_word_gen", f"По словам {gen} {title.form('gen')} {p.forms[1]}, школа откроется в сентябре.", \
        expected


def qualified(title: Title, p: Person, _q: Person):
    if title.gender is not None:
        return
    former = "бывший"
    yield "former_before", f"{cap(former)} {title.form('nom')} {p.forms[0]} {p.verb('открыл')} новую школу.", \
        frozenset({row(p, f"{former} {title.position}", title.role, True)})
    yield "former_apposition", f"{p.forms[0]}, {former} {title.form('nom')}, {p.verb('открыл')} новую школу.", \
        frozenset({row(p, f"{former} {title.position}", title.role, True)})
    yield "former_before_gen", f"По словам бывшего {title.form('gen')} {p.forms[1]}, школа откроется в сентябре.", \
        frozenset({row(p, f"{former} {title.position}", title.role, True)})
    yield "former_before_ins", f"Встреча с бывшим {title.form('ins')} {p.forms[4]} прошла в Твери.", \
        frozenset({row(p, f"{former} {title.position}", title.role, True)})
    yield "former_apposition_gen", f"По словам {p.forms[1]}, бывшего {title.form('gen')}, школа откроется " \
        "в сентябре.", frozenset({row(p, f"{former} {title.position}", title.role, True)})
    # "экс-" before a one-word title, or glued to the adjective of a longer one ("экс-главным врачом")
    ex = frozenset({row(p, f"экс-{title.position}", title.role, True)})
    if True:
        yield "former_ex", f"Экс-{title.form('nom')} {p.forms[0]} {p.verb('открыл')} новую школу.", ex
        yield "former_ex_gen", f"По словам экс-{title.form('gen')} {p.forms[1]}, школа откроется в сентябре.", ex
        yield "former_ex_ins", f"Встреча с экс-{title.form('ins')} {p.forms[4]} прошла в Твери.", ex
        yield "former_ex_apposition", f"{p.forms[0]}, экс-{title.form('nom')}, {p.verb('открыл')} новую школу.", ex
        yield "former_ex_apposition_gen", f"По словам {p.forms[1]}, экс-{title.form('gen')}, школа откроется " \
            "в сентябре.", ex
        yield "former_ex_dat", f"Грамоту вручили экс-{title.form('dat')} {p.forms[2]}.", ex
    if not title.post:
        return
    head_gen = title.head[1]
    acting = "исполняющая" if p.feminine else "исполняющий"
    yield "acting_before", f"{cap(acting)} обязанности {title.form('gen')} {p.forms[0]} " \
        f"{p.verb('открыл')} новую школу.", \
        frozenset({row(p, f"{acting} обязанности {title.form('gen')}", f"исполняющий обязанности {head_gen}")})
    yield "acting_temporary", f"Временно {acting} обязанности {title.form('gen')} {p.forms[0]} " \
        f"{p.verb('открыл')} новую школу.", \
        frozenset({row(p, f"временно {acting} обязанности {title.form('gen')}", f"исполняющий обязанности {head_gen}")})
    yield "acting_apposition", f"{p.forms[0]}, временно {acting} обязанности {title.form('gen')}, " \
        f"{p.verb('открыл')} новую школу.", \
        frozenset({row(p, f"временно {acting} обязанности {title.form('gen')}", f"исполняющий обязанности {head_gen}")})
    yield "deputy_before", f"Заместитель {title.form('gen')} {p.forms[0]} {p.verb('открыл')} новую школу.", \
        frozenset({row(p, f"заместитель {title.form('gen')}", f"заместитель {head_gen}")})
    yield "deputy_apposition", f"{p.forms[0]}, заместитель {title.form('gen')}, {p.verb('открыл')} новую школу.", \
        frozenset({row(p, f"заместитель {title.form('gen')}", f"заместитель {head_gen}")})


# -- relatives and associates: the title is not theirs -------------------------------------------------

def relatives(title: Title, p: Person, q: Person, index: int):
    relative = RELATIVES[p.feminine][index % 2]
    yield "relative_before", f"{cap(relative)} {title.form('gen')} {p.forms[0]} {p.verb('открыл')} " \
        "новую школу.", frozenset()
    yield "relative_dash", f"{p.forms[0]} — {relative} {title.form('gen')}.", frozenset()
    yield "relative_apposition", f"{p.forms[0]}, {relative} {title.form('gen')}, {p.verb('открыл')} новую школу.", \
        frozenset()
    # the relative is left unnamed; the name in the genitive is the title's holder
    if title.gender is None or title.gender == q.feminine:
        yield "relative_holder", f"{cap(relative)} {title.form('gen')} {q.forms[1]} {p.verb('открыл')} " \
            "новую школу.", held(q, title)
    if title.post:  # the relative opening the sentence is its subject, the name in apposition holds the post
        yield "relative_subject_post", f"{cap(relative)} {q.forms[1]} {p.forms[0]} {p.verb('занял')} пост " \
            f"{title.form('gen')}.", held(p, title)
    if title.post:
        helper = "помощница" if p.feminine else "помощник"
        yield "associate_helper", f"{cap(helper)} {title.form('gen')} {p.forms[0]} {p.verb('открыл')} " \
            "новую школу.", frozenset({row(p, f"{helper} {title.form('gen')}", f"помощник {title.head[1]}")})
        if title.gender is None or title.gender == q.feminine:
            yield "associate_named", f"{cap(helper)} {title.form('gen')} {q.forms[1]} {p.forms[0]} " \
                f"{p.verb('открыл')} новую школу.", \
                held(q, title) | {row(p, f"{helper} {title.form('gen')}", f"помощник {title.head[1]}")}
        yield "associate_advisor", f"{p.forms[0]}, советник {title.form('gen')}, {p.verb('открыл')} новую школу.", \
            frozenset({row(p, f"советник {title.form('gen')}", f"советник {title.head[1]}")})


# relatives in the six cases: (forms, feminine, spouse)
KIN = (
    (("сын", "сына", "сыну", "сына", "сыном", "сыне"), False, False),
    (("брат", "брата", "брату", "брата", "братом", "брате"), False, False),
    (("муж", "мужа", "мужу", "мужа", "мужем", "муже"), False, True),
    (("дочь", "дочери", "дочери", "дочь", "дочерью", "дочери"), True, False),
    (("вдова", "вдовы", "вдове", "вдову", "вдовой", "вдове"), True, True),
    (("жена", "жены", "жене", "жену", "женой", "жене"), True, True),
    (("сестра", "сестры", "сестре", "сестру", "сестрой", "сестре"), True, False),
)

_KIN_TEMPLATES = (
    "{R} {t} {P} {открыл} новую школу.",
    "По словам {r} {t} {P}, школа откроется в сентябре.",
    "Грамоту вручили {r} {t} {P}.",
    "Журналисты поздравили {r} {t} {P} с юбилеем.",
    "Встреча с {r} {t} {P} прошла в Твери.",
    "Газета написала о {r} {t} {P}.",
)


def kin_cases(title: Title, p: Person, _q: Person, index: int):
    """A relative named with a title in the genitive, in every case the relative's name takes: the name is the
    relative's (in the genitive or a man's accusative, which a title's holder shares, only after a spouse)."""
    fit = [k for k in KIN if k[1] == p.feminine and not (k[2] and title.gender is not None)]
    forms, _feminine, spouse = fit[index % len(fit)]
    for position, template in enumerate(_KIN_TEMPLATES):
        case = CASES[position]
        shared = case == "gen" or case == "acc" and not p.feminine
        if shared and not spouse:
            continue
        text = template.format(R=cap(forms[0]), r=forms[position], t=title.form("gen"), P=p.forms[position],
                               открыл=p.verb("открыл"))
        yield f"relative_{case}", text, frozenset()
    helper = "помощница" if p.feminine else "помощник"
    helpers = {"помощник": ("помощник", "помощника", "помощнику", "помощника", "помощником", "помощнике"),
               "помощница": ("помощница", "помощницы", "помощнице", "помощницу", "помощницей", "помощнице")}[helper]
    if not title.post:
        return
    for position, template in enumerate(_KIN_TEMPLATES):
        if position == 1:
            continue  # "по словам помощника губернатора Петра Смирнова": either may be named
        text = template.format(R=cap(helpers[0]), r=helpers[position], t=title.form("gen"), P=p.forms[position],
                               открыл=p.verb("открыл"))
        yield f"associate_{CASES[position]}", text, \
            frozenset({row(p, f"{helper} {title.form('gen')}", f"помощник {title.head[1]}")})


# -- two people, lists, pronouns ---------------------------------------------------------------------------

def two_people(title: Title, other: Title, p: Person, q: Person):
    if other.gender is not None and other.gender != q.feminine:
        return
    both = held(p, title) | held(q, other)
    yield "two_before", f"{cap(title.form('nom'))} {p.forms[0]} и {other.form('nom')} {q.forms[0]} " \
        "подписали соглашение.", both
    yield "two_met", f"{cap(title.form('nom'))} {p.forms[0]} {p.verb('встретился')} с {other.form('ins')} " \
        f"{q.forms[4]}.", both
    yield "two_apposition", f"{p.forms[0]}, {title.form('nom')}, и {q.forms[0]}, {other.form('nom')}, " \
        "подписали соглашение.", both


def plural(title: Title, p: Person, q: Person):
    if not title.plural[0]:
        return
    both = frozenset({row(p, title.head[0], title.role), row(q, title.head[0], title.role)})
    yield "list_before", f"{cap(title.plural[0])} {p.forms[0]} и {q.forms[0]} подписали соглашение.", both
    yield "list_became", f"{p.forms[0]} и {q.forms[0]} стали {title.plural[1]}.", both


def pronouns(title: Title, p: Person, _q: Person):
    he = "она" if p.feminine else "он"
    yield "pronoun_became", f"{p.forms[0]} {p.verb('родился')} в Твери. В 2010 году {he} {p.verb('стал')} " \
        f"{title.form('ins')}.", held(p, title)
    if title.job:
        yield "pronoun_works", f"{p.forms[0]} {p.verb('окончил')} университет. Сейчас {he} работает " \
            f"{title.form('ins')}.", held(p, title)


def runs(title: Title, p: Person, _q: Person):
    """A biography that goes on with no subject, a title after ``как`` (``выступил как``, ``известный как``), a
    clause before the name with no subject of its own, an age between a predicate and a name."""
    born, finished = p.verb("родился"), p.verb("окончил")
    yield "run_verbless", f"{p.forms[0]} {born} в Твери. В 1990 году {finished} университет. С 2015 года — " \
        f"{title.form('nom')}.", held(p, title)
    yield "run_became", f"{p.forms[0]} {born} в Твери. В 1990 году {finished} университет. В 2015 году " \
        f"{p.verb('стал')} {title.form('ins')}.", held(p, title)
    yield "capacity_kak", f"{p.forms[0]} {p.verb('выступил')} на форуме как {title.form('nom')}.", held(p, title)
    known, short = ("известная", "известна") if p.feminine else ("известный", "известен")
    yield "capacity_known_as", f"{p.forms[0]}, {known} как {title.form('nom')}, {p.verb('открыл')} школу.", \
        held(p, title)
    yield "capacity_known_as_short", f"{p.forms[0]} {short} как {title.form('nom')}.", held(p, title)
    yield "clause_before_name", f"После того как {p.verb('стал')} {title.form('ins')}, {p.forms[0]} " \
        f"{p.verb('переехал')} в Тверь.", held(p, title)
    if title.post:
        yield "run_appointed", f"{p.forms[0]} {born} в Твери. В 1990 году {finished} университет. В 2015 году " \
            f"{p.verb('назначен')} {title.form('ins')}.", held(p, title)
        yield "run_appointed_post", f"{p.forms[0]} {born} в Твери. В 2015 году {p.verb('назначен')} на должность " \
            f"{title.form('gen')}.", held(p, title)
        age = "45-летняя" if p.feminine else "45-летний"
        yield "predicate_age", f"{cap(title.form('ins'))} {p.verb('назначен')} {age} {p.forms[0]}.", held(p, title)


def referring_back(title: Title, p: Person, q: Person):
    """A title with no name that points back to the person named a sentence or two before (``сам``, ``этот``,
    ``новый``), and one that does not (the one named left the post, or is whom the title's holder meets)."""
    if title.gender not in (None, p.feminine):
        return
    itself = "Сама" if p.feminine else "Сам"
    yield "back_self", f"{p.forms[0]} {p.verb('прилетел')} в Тверь. Журналисты ждали у трапа. {itself} же " \
        f"{title.form('nom')} {p.verb('рассказал')} о планах.", held(p, title)
    if title.gender is None:
        yield "back_this", f"«Мы справимся», — {p.verb('заявил')} {p.forms[0]}. Эти слова {title.form('gen')} " \
            "внушают оптимизм.", held(p, title)
        yield "back_new_other_left", f"{q.forms[0]} {q.verb('ушёл')} в отставку. Новый {title.form('nom')} " \
            "будет назначен позже.", frozenset()
        yield "back_new_met_him", f"{p.forms[0]} {p.verb('прилетел')} в Тверь. Новый {title.form('nom')} " \
            f"{'встретил её' if p.feminine else 'встретил его'} в аэропорту.", frozenset()


def gapped(title: Title, other: Title, p: Person, q: Person):
    """A second clause with its verb left out and a subject of its own: the second title is that subject's."""
    if other.gender is not None and other.gender != q.feminine:
        return
    yield "gapped_subject", f"В 2020 году {p.forms[0]} {p.verb('стал')} {title.form('ins')}, а {q.forms[0]} — " \
        f"{other.form('ins')}.", held(p, title) | held(q, other)
    his = "её" if p.feminine else "его"
    # the deputy of a post that has deputies is the deputy of that post ("его заместитель": the pronoun's)
    deputy = frozenset({row(q, f"заместитель {title.form('gen')}", f"заместитель {title.head[1]}")}) \
        if title.role in PRINCIPALS else frozenset({row(q, "заместитель", "заместитель")})
    yield "gapped_possessive", f"В 2020 году {p.forms[0]} {p.verb('стал')} {title.form('ins')}, а {q.forms[0]} — " \
        f"{his} заместителем.", held(p, title) | deputy
    yield "possessive_dash", f"{p.forms[0]} — {title.form('nom')}. {q.forms[0]} — {his} заместитель.", \
        held(p, title) | deputy
    # an item of a list of appointments with no dash, the verb said once
    yield "gapped_nodash", f"В 2020 году {p.forms[0]} {p.verb('назначен')} {title.form('ins')}, а {q.forms[0]} " \
        f"{other.form('ins')}.", held(p, title) | held(q, other)
    # an item of a list of appointments after a comma, the title first
    yield "gapped_list_item", f"{cap(title.form('ins'))} {p.verb('стал')} {p.forms[0]}, {other.form('ins')} — " \
        f"{q.forms[0]}.", held(p, title) | held(q, other)


def titled_object(title: Title, other: Title, p: Person, _q: Person):
    """The object of an appointment named with a title of its own: both titles are that person's."""
    if not title.post or other.gender is not None and other.gender != p.feminine:
        return
    yield "predicate_titled_object", f"Губернатор назначил {other.form('acc')} {p.forms[3]} {title.form('ins')}.", \
        held(p, title) | held(p, other)


def appointed(title: Title, p: Person, q: Person):
    """The holder as the object of an appointment, and a post left."""
    if not title.post:
        return
    yield "predicate_object", f"В пятницу {p.forms[3]} назначили {title.form('ins')}.", held(p, title)
    # the one appointed after the title the verb gives; a noun of appointment spoken about
    yield "predicate_object_after", f"Губернатор назначил {title.form('ins')} {p.forms[3]}.", held(p, title)
    yield "noun_appointed_about", f"{q.forms[0]} {q.verb('подписал')} указ о назначении {title.form('gen')} " \
        f"{p.forms[1]}.", held(p, title)
    yield "noun_appointed_about_ins", f"{q.forms[0]} {q.verb('подписал')} указ о назначении {title.form('ins')} " \
        f"{p.forms[1]}.", held(p, title)
    yield "predicate_dismissed_first", f"{cap(p.verb('освобожден'))} от должности {title.form('gen')} {p.forms[0]}.", \
        frozenset({row(p, title.position, title.role, True)})
    participle = "занимающая" if p.feminine else "занимающий"
    yield "participle_second_name", f"Приём провели {q.forms[0]} и {p.forms[0]}, {participle} пост " \
        f"{title.form('gen')}.", held(p, title)
    yield "not_pair_appointment_about", f"Указ о назначении {title.form('gen')} {q.forms[0]} пока не " \
        f"{q.verb('подписал')}.", frozenset()
    # a signer holds no acting title the appointment speaks of; a name after a whole title before a remit holds it
    yield "not_pair_signer_acting", f"{q.forms[0]} {q.verb('подписал')} указ о назначении и.о. " \
        f"{title.form('gen')}.", frozenset()
    yield "name_before_remit", f"Вчера прошла встреча с {title.form('ins')} {p.forms[4]} по вопросам экологии.", \
        held(p, title)
    yield "predicate_left", f"{p.forms[0]} {p.verb('покинул')} пост {title.form('gen')}.", \
        frozenset({row(p, title.position, title.role, True)})
    yield "predicate_dismissed", f"{p.forms[0]} {p.verb('отправлен')} в отставку с поста {title.form('gen')}.", \
        frozenset({row(p, title.position, title.role, True)})
    # the reason a post was left is no remit of it; a post abolished is no post of the one who abolishes it
    yield "predicate_left_reason", f"{p.forms[0]} {p.verb('покинул')} пост {title.form('gen')} по собственному " \
        "желанию.", frozenset({row(p, title.position, title.role, True)})
    yield "not_pair_post_abolished", f"{p.forms[0]} {p.verb('упразднил')} должность {title.form('gen')}.", frozenset()
    yield "signature", f"С уважением,\n{p.forms[0]}\n{title.form('nom')}\n", held(p, title)
    # who appoints holds nothing, whoever is appointed; one who acts holds the post acting; a boss after "у" nothing
    yield "not_pair_appointer", f"{p.forms[0]} {p.verb('назначил')} своего сына {title.form('ins')}.", frozenset()
    yield "acting_verb", f"{p.forms[0]} исполняет обязанности {title.form('gen')}.", \
        frozenset({row(p, title.position, f"исполняющий обязанности {title.head[1]}")})
    yield "boss_after_u", f"{p.forms[0]} — {title.form('nom')} у {q.forms[1]}.", held(p, title)
    # a post someone runs for is not held, whichever side the verb stands
    yield "not_pair_nominated", f"{p.forms[0]} претендует на пост {title.form('gen')}.", frozenset()
    yield "not_pair_nominated_after", f"На пост {title.form('gen')} претендует {p.forms[0]}.", frozenset()
    yield "not_pair_fought_for", f"За пост {title.form('gen')} {p.verb('боролся')} {p.forms[0]}.", frozenset()


def nationality(title: Title, p: Person, _q: Person):
    """A profession with no body after a country's adjective: the adjective stays in the position."""
    if title.post or title.body or title.elected:
        return
    adjective = "немецкая" if title.gender else "немецкий"
    yield "profession_country", f"{cap(adjective)} {title.form('nom')} {p.forms[0]} {p.verb('получил')} премию.", \
        frozenset({row(p, f"{adjective} {title.position}", title.role)})


# -- a title and a name that are not a pair ------------------------------------------------------------

def not_pairs(title: Title, p: Person, _q: Person):
    yield "not_pair_met", f"{p.forms[0]} {p.verb('встретился')} с {title.form('ins')}.", frozenset()
    yield "not_pair_letter", f"{p.forms[0]} {p.verb('направил')} письмо {title.form('dat')}.", frozenset()
    yield "not_pair_object", f"{cap(title.form('nom'))} {'поздравила' if title.gender else 'поздравил'} " \
        f"{p.forms[3]} с юбилеем.", frozenset()
    said = "подала" if title.gender else "подал"
    yield "not_pair_source", f"По словам {p.forms[1]}, {title.form('nom')} {said} в отставку.", frozenset()
    yield "not_pair_clause", f"{p.forms[0]} {p.verb('заявил')}, что {title.form('nom')} {said} в отставку.", \
        frozenset()
    he_verb = "открыла" if title.gender else "открыл"
    yield "not_pair_coordinated", f"{cap(title.form('nom'))} и {p.forms[0]} обсудили бюджет.", frozenset()
    yield "not_pair_after_meeting", f"После встречи с {title.form('ins')} {p.forms[0]} {p.verb('заявил')} " \
        "о поддержке.", frozenset()
    yield "not_pair_dative_first", f"{cap(title.form('dat'))} {p.forms[0]} {p.verb('направил')} письмо.", frozenset()
    yield "not_pair_together", f"{cap(title.form('nom'))} вместе с {p.forms[4]} {he_verb} новую школу.", frozenset()
    yield "not_pair_about", f"{p.forms[0]} {p.verb('рассказал')} о {title.form('loc')}.", frozenset()


def title_verb(title: Title, masculine: str) -> str:
    """A past-tense verb in the gender of the title's (unnamed) holder."""
    return Person((), bool(title.gender)).verb(masculine)


def not_pairs_wider(title: Title, other: Title, p: Person, q: Person):
    """More sentences that share a title and a name that does not hold it: the name as the object or
    addressee of the title's holder, a source, a meeting, a title in a clause about someone else, in the name
    of a prize or a fund, a genitive owner of the title's body, a headline and a sentence apart."""
    awarded = title_verb(title, "наградил")
    yield "not_pair_awarded", f"В пятницу {title.form('nom')} {awarded} {p.forms[3]} орденом.", frozenset()
    yield "not_pair_handed", f"{cap(title.form('nom'))} {title_verb(title, 'вручил')} {p.forms[2]} орден.", \
        frozenset()
    yield "not_pair_letter_from", f"Письмо {title.form('dat')} от {p.forms[1]} пришло в понедельник.", frozenset()
    yield "not_pair_addressed", f"{p.forms[0]} {p.verb('обратился')} к {title.form('dat')} с просьбой.", frozenset()
    yield "not_pair_thanked", f"{p.forms[0]} {p.verb('поблагодарил')} {title.form('acc')} за поддержку.", \
        frozenset()
    yield "not_pair_referring", f"{cap(title.form('nom'))} {title_verb(title, 'сообщил')}, сославшись на " \
        f"{p.forms[3]}, что школа откроется в сентябре.", frozenset()
    yield "not_pair_meeting", f"Встреча {title.form('gen')} с {p.forms[4]} прошла в Твери.", frozenset()
    yield "not_pair_invited", f"По приглашению {title.form('gen')} {p.forms[0]} {p.verb('приехал')} в Тверь.", \
        frozenset()
    yield "not_pair_told", f"{p.forms[0]} {p.verb('сообщил')} {title.form('dat')}, что школа откроется " \
        "в сентябре.", frozenset()
    yield "not_pair_relative_clause", f"{p.forms[0]}, {'которая' if p.feminine else 'который'} " \
        f"{p.verb('встретился')} с {title.form('ins')}, {p.verb('заявил')} о поддержке.", frozenset()
    yield "not_pair_other_sentence", f"Школу открыл{'а' if title.gender else ''} {title.form('nom')}. " \
        f"{p.forms[0]} {p.verb('рассказал')} о ней журналистам.", frozenset()
    yield "not_pair_headline", f"{cap(title.form('nom'))} {title_verb(title, 'открыл')} новую школу\n\n" \
        f"{p.forms[0]} {p.verb('рассказал')} о ней журналистам.", frozenset()
    yield "not_pair_named_prize", f"Премию имени {p.forms[1]} {title_verb(title, 'получил')} {title.form('nom')}.", \
        frozenset()
    yield "not_pair_named_fund", f"Фонд имени {p.forms[1]} поддержал {title.form('acc')}.", frozenset()
    if title.post:
        # the title in the genitive is not the name's; the office the name heads is (titles.heading)
        yield "not_pair_office_of", f"Управление делами {title.form('gen')} {p.verb('возглавил')} {p.forms[0]}.", \
            frozenset({row(p, f"руководитель управления делами {title.form('gen')}", "руководитель управления")})
    if title.post:
        yield "not_pair_prize", f"{p.forms[0]} {p.verb('получил')} премию {title.form('gen')}.", frozenset()
        yield "not_pair_cup", f"Кубок {title.form('gen')} {p.forms[0]} {p.verb('выиграл')} в третий раз.", \
            frozenset()
        yield "not_pair_fund", f"Фонд {title.form('gen')} {'выделил'} {p.forms[2]} грант.", frozenset()
        yield "not_pair_owner", f"{cap(title.head[0])} фонда {p.forms[1]} {title_verb(title, 'открыл')} " \
            "новую школу.", frozenset()
        if title.gender is None:
            former = frozenset({row(q, title.position, title.role, True)})
            yield "succession", f"{p.forms[0]} {p.verb('сменил')} на посту {title.form('gen')} {q.forms[3]}.", \
                held(p, title) | former
            yield "handed_over", f"{q.forms[0]} {q.verb('уступил')} пост {title.form('gen')} {p.forms[2]}.", \
                held(p, title) | former
            yield "handed_over_unnamed", f"{q.forms[0]} {q.verb('передал')} пост {title.form('gen')} преемнику.", \
                former
            yield "succession_object_first", f"{p.forms[0]} {p.verb('сменил')} {q.forms[3]} на посту " \
                f"{title.form('gen')}.", held(p, title) | former
            yield "replaced_instead", f"{p.forms[0]} {p.verb('назначен')} {title.form('ins')} вместо " \
                f"{q.forms[1]}.", held(p, title) | former
            yield "replaced_shift", f"На смену {q.forms[2]} {title.form('ins')} {p.verb('стал')} {p.forms[0]}.", \
                held(p, title) | former
            yield "replaced_adverb", f"{p.forms[0]} {p.verb('стал')} {title.form('ins')}, сменив {q.forms[3]}.", \
                held(p, title) | former
            yield "replaced_titled", f"{cap(title.form('acc'))} {q.forms[3]} {p.verb('сменил')} {p.forms[0]}.", \
                held(p, title) | former
            yield "not_replaced_visit", f"{cap(title.form('nom'))} {p.forms[0]} {p.verb('приехал')} на форум " \
                f"вместо {q.forms[1]}.", held(p, title)
    if other.gender is None or other.gender == q.feminine:
        yield "list_own_titles", f"В совещании участвовали {title.form('nom')} {p.forms[0]} и " \
            f"{other.form('nom')} {q.forms[0]}.", held(p, title) | held(q, other)
        yield "list_bracketed_titles", f"{p.forms[0]} ({title.form('nom')}) и {q.forms[0]} " \
            f"({other.form('nom')}) подписали соглашение.", held(p, title) | held(q, other)
    yield "not_pair_letter_gen_first", f"Письмо {p.forms[1]} {title.form('dat')} пришло в понедельник.", frozenset()
    yield "not_pair_source_comma", f"По данным {title.form('gen')}, {p.forms[0]} {p.verb('подал')} в отставку.", \
        frozenset()
    yield "not_pair_works_for", f"{p.forms[0]} работает на {title.form('acc')}.", frozenset()
    yield "not_pair_against", f"{p.forms[0]} {p.verb('выступил')} против {title.form('gen')}.", frozenset()
    yield "not_pair_with_both", f"Встреча с {title.form('ins')} и {p.forms[4]} прошла в Твери.", frozenset()
    yield "not_pair_clause_object", f"{p.forms[0]}, {'которую' if p.feminine else 'которого'} " \
        f"{title_verb(title, 'поддержал')} {title.form('nom')}, {p.verb('победил')} на выборах.", frozenset()
    yield "not_pair_decree", f"Указом {title.form('gen')} {p.forms[0]} {p.verb('награждён')} орденом.", frozenset()
    yield "not_pair_on_behalf", f"От имени {title.form('gen')} {p.forms[0]} {p.verb('поздравил')} учителей.", \
        frozenset()
    yield "not_pair_instead", f"Вместо {title.form('gen')} на совещание {p.verb('приехал')} {p.forms[0]}.", \
        frozenset()
    his = "её" if title.gender else "его"
    yield "not_pair_his_son", f"{cap(title.form('nom'))} и {his} сын {q.forms[0]} обсудили бюджет.", frozenset()
    if title.gender is None or title.gender == q.feminine:
        yield "list_title_first_only", f"{cap(title.form('nom'))} {p.forms[0]} и {q.forms[0]} обсудили бюджет.", \
            held(p, title)
        yield "titled_after_name", f"{p.forms[0]} и {title.form('nom')} {q.forms[0]} обсудили бюджет.", \
            held(q, title)
        yield "titled_addressee", f"{p.forms[0]} {p.verb('обратился')} к {title.form('dat')} {q.forms[2]} " \
            "с просьбой.", held(q, title)
        yield "titled_object", f"{p.forms[0]} {p.verb('поздравил')} {title.form('acc')} {q.forms[3]} с юбилеем.", \
            held(q, title)
    yield "not_pair_worked_with", f"{p.forms[0]} много лет {p.verb('работал')} с {title.form('ins')}.", frozenset()
    yield "not_pair_spoke_with", f"{p.forms[0]} {p.verb('выступил')} вместе с {title.form('ins')} на форуме.", \
        frozenset()
    yield "not_pair_was_with", f"{p.forms[0]} {p.verb('был')} знаком с {title.form('ins')}.", frozenset()
    yield "not_pair_stayed_with", f"{p.forms[0]} {p.verb('остался')} наедине с {title.form('ins')}.", frozenset()
    yield "not_pair_served_under", f"{p.forms[0]} {p.verb('служил')} под началом {title.form('gen')}.", frozenset()
    yield "not_pair_said_of", f"Как {title_verb(title, 'сообщил')} {title.form('nom')}, {p.forms[0]} " \
        f"{p.verb('подал')} в отставку.", frozenset()
    yield "not_pair_title_then_list", f"{cap(title.form('nom'))}, {p.forms[0]} и {q.forms[0]} обсудили бюджет.", \
        frozenset()
    yield "not_pair_next_sentence", f"{p.forms[0]} {p.verb('прилетел')} в Тверь. {cap(title.form('nom'))} " \
        f"{title_verb(title, 'встретил')} {'её' if p.feminine else 'его'} в аэропорту.", frozenset()
    helper = ("адвокат", "пресс-секретарь", "представитель", "водитель")[len(p.name) % 4]
    yield "not_pair_spokesman", f"{cap(helper)} {p.forms[1]} {title_verb(title, 'заявил')} журналистам.", \
        frozenset()
    yield "not_pair_wants", f"{p.forms[0]} {'мечтает' if len(p.name) % 2 else 'хочет'} стать {title.form('ins')}.", \
        frozenset()
    yield "not_pair_negated", f"{p.forms[0]} так и не {p.verb('стал')} {title.form('ins')}.", frozenset()
    yield "not_pair_lost", f"{p.forms[0]} {p.verb('проиграл')} выборы {title.form('gen')}.", frozenset()
    if title.post:
        yield "not_pair_refused", f"{p.forms[0]} {p.verb('отказался')} от поста {title.form('gen')}.", frozenset()
        yield "not_pair_never_held", f"{p.forms[0]} никогда не {p.verb('занимал')} пост {title.form('gen')}.", \
            frozenset()
        yield "not_pair_put_forward", f"{p.forms[0]} {p.verb('выдвинут')} на пост {title.form('gen')}.", frozenset()
        # an appointment only possible or intended: not made
        modal = ("может", "намерен", "хочет", "собирается")[len(p.name) % 4]
        yield "not_pair_may_appoint", f"{cap(q.forms[0])} {modal} назначить {p.forms[3]} {title.form('ins')}.", \
            frozenset()
        yield "not_pair_may_be_appointed", f"{p.forms[0]} может быть {p.verb('назначен')} {title.form('ins')}.", \
            frozenset()
    if other.gender is None or other.gender == p.feminine:
        yield "coordinated_unnamed", f"{cap(title.form('nom'))} {p.forms[0]} и {other.form('nom')} обсудили " \
            "бюджет.", held(p, title)
        yield "apposition_then_unnamed", f"{p.forms[0]}, {title.form('nom')}, и {other.form('nom')} обсудили " \
            "бюджет.", held(p, title)
    which = "которая" if title.gender else "который"
    yield "not_pair_title_clause", f"{cap(title.form('nom'))}, {which} {title_verb(title, 'встретился')} с " \
        f"{p.forms[4]}, {title_verb(title, 'заявил')} о поддержке.", frozenset()
    yield "not_pair_ins_first", f"С {p.forms[4]} {title_verb(title, 'встретился')} {title.form('nom')}.", frozenset()
    yield "not_pair_acc_first", f"{p.forms[3]} {title_verb(title, 'поддержал')} {title.form('nom')}.", frozenset()
    yield "not_pair_friend", f"{p.forms[0]} — давн{'яя подруга' if p.feminine else 'ий друг'} {title.form('gen')}.", \
        frozenset()
    if title.post:
        yield "not_pair_candidate", f"{p.forms[0]} — один из кандидатов на пост {title.form('gen')}.", frozenset()
    yield "holder_of_supporters", f"Сторонники {title.form('gen')} {p.forms[1]} вышли на митинг.", held(p, title)
    yield "not_pair_headline_end", f"Новую школу {title_verb(title, 'открыл')} {title.form('nom')}\n\n" \
        f"{p.forms[0]} {p.verb('рассказал')} о ней журналистам.", frozenset()
    yield "not_pair_byline", f"{p.forms[0]}\n\n{cap(title.form('nom'))} {title_verb(title, 'открыл')} новую школу.", \
        frozenset()
    yield "not_pair_byline_end", f"{cap(title.form('nom'))} {title_verb(title, 'открыл')} новую школу.\n\n" \
        f"{p.forms[0]}", frozenset()
    yield "not_pair_speaking", f"{cap(title.form('nom'))}, выступая на форуме, {title_verb(title, 'поблагодарил')} " \
        f"{p.forms[3]} за помощь.", frozenset()
    yield "not_pair_list_last_untitled", f"На встрече присутствовали {title.form('nom')}, {other.form('nom')} и " \
        f"{p.forms[0]}.", frozenset()
    yield "not_pair_gapped_object", f"{q.forms[0]} {q.verb('поздравил')} {title.form('acc')}, а {p.forms[0]} — " \
        f"{other.form('acc')}.", frozenset()
    yield "not_pair_said_appointed", f"{cap(title.form('nom'))} {title_verb(title, 'сообщил')}, что {p.forms[0]} " \
        f"{p.verb('назначен')} советником.", frozenset({row(p, "советник", "советник")})
    yield "list_one_titled", f"{p.forms[0]}, {title.form('nom')}, и {q.forms[0]} подписали соглашение.", \
        held(p, title)


# -- ranks of nobility, church and army, academic degrees: titles a person bears -------------------------

RANKS = ("сэр", "маркиз", "виконт", "эрцгерцог", "есаул", "ротмистр", "хорунжий", "аббат", "иеродиакон",
         "благочинный", "сценограф", "капельмейстер")
# military ranks and their genitive, for a rank conferred ("звание полковника присвоено …")
MILITARY_RANKS = (("полковник", "полковника"), ("генерал-майор", "генерал-майора"), ("контр-адмирал", "контр-адмирала"),
                  ("подполковник", "подполковника"))
DEGREES = ("кандидат технических наук", "доктор исторических наук", "доктор наук")
VAGUE = ("молодой специалист", "ценный сотрудник", "опытный работник")


def ranks(index: int):
    p = PEOPLE[index % len(PEOPLE)]
    rank = RANKS[index % len(RANKS)]
    yield "rank_before", f"{cap(rank)} {p.forms[0]} {p.verb('приехал')} в Тверь.", \
        frozenset({row(p, rank, rank)})
    degree = DEGREES[index % len(DEGREES)]
    yield "degree_apposition", f"{p.forms[0]}, {degree}, {p.verb('выступил')} с лекцией.", \
        frozenset({row(p, degree, degree.split()[0])})
    military, genitive = MILITARY_RANKS[index % len(MILITARY_RANKS)]
    yield "rank_conferred", f"Звание {genitive} присвоено {p.forms[2]}.", \
        frozenset({row(p, military, military)})
    yield "rank_received", f"{p.forms[0]} {p.verb('получил')} звание {genitive}.", \
        frozenset({row(p, military, military)})
    yield "rank_not_yet", f"{p.forms[0]} может получить звание {genitive}.", frozenset()
    q, r = PEOPLE[(index + 1) % len(PEOPLE)], PEOPLE[(index + 2) % len(PEOPLE)]
    yield "rank_received_list", f"Звания {genitive} получили {p.forms[0]}, {q.forms[0]} и {r.forms[0]}.", \
        frozenset({row(person, military, military) for person in (p, q, r)})
    other, other_genitive = MILITARY_RANKS[(index + 1) % len(MILITARY_RANKS)]
    yield "rank_conferred_each", f"Звание {genitive} присвоено {p.forms[2]}, а {q.forms[2]} присвоено звание " \
        f"{other_genitive}.", frozenset({row(p, military, military), row(q, other, other)})
    yield "rank_after_acting", f"Врио начальника штаба {military} {p.forms[0]} {p.verb('провел')} учения.", \
        frozenset({row(p, "врио начальника штаба", "исполняющий обязанности начальника"),
                   row(p, military, military)})
    vague = VAGUE[index % len(VAGUE)]
    yield "vague_alone", f"{p.forms[0]} — {vague}, {p.verb('сказал')} директор.", frozenset()


# plural titles in the genitive and their role, for a list of names counted among them ("среди хирургов были …")
AMONG = (("хирургов", "хирург"), ("тренеров", "тренер"), ("депутатов", "депутат"), ("критиков", "критик"),
         ("министров", "министр"), ("губернаторов", "губернатор"), ("ректоров", "ректор"), ("прокуроров", "прокурор"),
         ("следователей", "следователь"), ("операторов", "оператор"), ("гидов", "гид"), ("журналистов", "журналист"))


# the feminine a plural profession is given in to a woman among them ("Среди журналистов была Анна Котова" →
# "журналистка"); the others stand for both
AMONG_FEMININE = {"журналист": "журналистка"}


def among(index: int):
    p, q = PEOPLE[index % len(PEOPLE)], PEOPLE[(index + 1) % len(PEOPLE)]
    plural, role = AMONG[index]

    def own(person) -> tuple:
        return row(person, AMONG_FEMININE.get(role, role) if person.feminine else role, role)

    both = frozenset({own(p), own(q)})
    yield "among_were", f"Среди {plural} были {p.forms[0]} и {q.forms[0]}.", both
    yield "among_clause", f"В числе {plural}, приехавших на форум, — {p.forms[0]} и {q.forms[0]}.", both
    yield "among_one", f"Среди {plural} {p.verb('оказался')} {p.forms[0]}.", frozenset({own(p)})
    yield "among_no_link", f"Среди {plural} {p.forms[0]} {p.verb('выделялся')} опытом.", frozenset()
    # a plural title ending its sentence, the next opening with "Среди них": the list holds it
    yield "among_them_after", f"На форум пригласили {plural}. Среди них {p.forms[0]} и {q.forms[0]}.", both


# -- a profession praised as a person is: the praise leaves the position, the profession stays -------------

# (masculine and feminine praise, profession, its role)
PRAISED = ((("известный", "известная"), "хореограф", "хореограф"),
           (("популярный", "популярная"), "блогер", "блогер"),
           (("легендарный", "легендарная"), "тренер", "тренер"),
           (("юный", "юная"), "шахматист", "шахматист"),
           (("знаменитый", "знаменитая"), "фотограф", "фотограф"),
           (("талантливый", "талантливая"), "архитектор", "архитектор"))


def praised(index: int):
    p = PEOPLE[index % len(PEOPLE)]
    (masculine, feminine), profession, role = PRAISED[index]
    praise = feminine if p.feminine else masculine
    rows = frozenset({row(p, profession, role)})
    yield "praised_before", f"{cap(praise)} {profession} {p.forms[0]} {p.verb('выступил')} в Твери.", rows
    yield "praised_apposition", f"{p.forms[0]}, {praise} {profession}, {p.verb('дал')} интервью.", rows
    yield "praised_dash", f"{p.forms[0]} — {praise} {profession}.", rows


# -- founders and owners: who set up or owns a thing, at an organization or not, holds no post in it ----------

# (nominative, instrumental, genitive plural) of a founder's or owner's head, and an invented thing they own
OWNERS = ((("основатель", "основателем", "основателей"), "фонда «Пламя»"),
          (("владелец", "владельцем", "владельцев"), "кафе «Сирень»"),
          (("совладелец", "совладельцем", "совладельцев"), "клуба «Маяк»"),
          (("учредитель", "учредителем", "учредителей"), "газеты «Зарница»"),
          (("сооснователь", "сооснователем", "сооснователей"), "группы «Кедры»"))


def owners(index: int):
    p = PEOPLE[index % len(PEOPLE)]
    (nom, ins, plural), thing = OWNERS[index]
    yield "owner_before", f"{cap(nom)} {thing} {p.forms[0]} {p.verb('открыл')} выставку.", frozenset()
    yield "owner_apposition", f"{p.forms[0]}, {nom} {thing}, {p.verb('дал')} интервью.", frozenset()
    yield "owner_dash", f"{p.forms[0]} — один из {plural} {thing}.", frozenset()
    yield "owner_predicate", f"{p.forms[0]} является {ins} {thing}.", frozenset()
    yield "owner_beside_post", f"Генеральный директор и {nom} {thing} {p.forms[0]} {p.verb('выступил')} на форуме.", \
        frozenset({row(p, "генеральный директор", "генеральный директор")})


LINEAGE = ("рода Ветровых", "династии Зориных", "дома Ветлугиных", "древнего рода", "старинной семьи Крыловых")


def lineage(index: int):
    """``представитель`` of a kin group: one born into it, no post; of a body, a post."""
    p = PEOPLE[index % len(PEOPLE)]
    kin = LINEAGE[index]
    yield "lineage_before", f"Представитель {kin} {p.forms[0]} {p.verb('открыл')} музей.", frozenset()
    yield "lineage_apposition", f"{p.forms[0]}, представитель {kin}, {p.verb('дал')} интервью.", frozenset()
    yield "lineage_elder", f"Умер старший представитель {kin} {p.forms[0]}.", frozenset()


HEADS = (("лидер оппозиции", "лидер"), ("глава движения «Искра»", "глава"), ("председатель партии «Кедр»",
         "председатель"), ("лидер союза «Заря»", "лидер"))
SERVING = ("Представитель партии", "Сторонники движения", "Пресс-секретарь штаба", "Активисты партии")
SERVING_VERBS = ("назвал", "назвали", "назвал", "назвали")


def serving_head(index: int):
    """A serving title before the surname of one the text makes a body's head: whose the body is."""
    p = PEOPLE[index % len(PEOPLE)]
    position, role = HEADS[index]
    surname = p.forms[1].split()[-1]
    yield "serving_head_surname", f"{cap(position)} {p.forms[0]} {p.verb('проиграл')} выборы. " \
        f"{SERVING[index]} {surname} {SERVING_VERBS[index]} итоги подлогом.", frozenset({row(p, position, role)})
    yield "serving_head_bare", f"{cap(position)} {p.forms[0]} {p.verb('проиграл')} выборы. Полиция задержала " \
        f"помощника {surname}.", frozenset({row(p, position, role)})


# a title, the one it serves in the genitive, then its holder: (nominative, instrumental, role)
SERVED = (("адвокат", "адвокатом", "адвокат"), ("врач", "врачом", "врач"), ("водитель", "водителем", "водитель"),
          ("пресс-секретарь", "пресс-секретарём", "пресс-секретарь"))


def served_holder(index: int):
    """A title with the name of the one it serves in the genitive right after it, then its holder's name."""
    p, q = PEOPLE[index % len(PEOPLE)], PEOPLE[(index + 1) % len(PEOPLE)]
    nom, ins, role = SERVED[index]
    yield "served_holder", f"{cap(nom)} {q.forms[1]} {p.forms[0]} {p.verb('заявил')} о жалобе.", \
        frozenset({row(p, nom, role)})
    yield "served_holder_ins", f"Журналисты поговорили с {ins} {q.forms[1]} {p.forms[4]}.", \
        frozenset({row(p, nom, role)})


# occupations and posts: nominative, instrumental, genitive singular and plural; the row's position and role
OCCUPIED = ((("директор школы", "директором школы", "директора школы", "директоров школы"), "директор школы",
             "директор"),
            (("смотритель маяка", "смотрителем маяка", "смотрителя маяка", "смотрителей маяка"), "смотритель маяка",
             "смотритель"),
            (("хранитель музея", "хранителем музея", "хранителя музея", "хранителей музея"), "хранитель музея",
             "хранитель"),
            (("тренер команды «Кедр»", "тренером команды «Кедр»", "тренера команды «Кедр»", "тренеров команды «Кедр»"),
             "тренер команды «Кедр»", "тренер"))


def occupied(index: int):
    """Shapes of news found short on unseen articles: ``один из`` a plural title before the name, a clause after
    ``, а`` with its verb left out, a biography's bracket of dates and places before the dash of its definition,
    a relative's name in the instrumental after the title the relative governs (the relative's, holding nothing)."""
    p, q = PEOPLE[index % len(PEOPLE)], PEOPLE[(index + 1) % len(PEOPLE)]
    (nom, ins, gen, plural), position, role = OCCUPIED[index]
    yield "one_of_before", f"Вчера в Твери выступил один из {plural} {p.forms[0]}.", \
        frozenset({row(p, position, role)})
    yield "gapped_dash", f"Первым стал {q.forms[0]}, а {ins} — {p.forms[0]}.", frozenset({row(p, position, role)})
    yield "life_bracket", f"{p.forms[0]} (12 мая 1950 года, Тверь — 3 июня 2010 года, Москва) — {nom}.", \
        frozenset({row(p, position, role)})
    relative = "сестрой" if p.feminine else "братом"
    yield "relative_instrumental", f"Мэр поговорил с {relative} {gen} {p.forms[4]}.", frozenset()


def cases() -> list[Case]:
    out: list[Case] = []
    for index, title in enumerate(TITLES):
        p, q = people_for(title, index)
        other = TITLES[(index + 5) % len(TITLES)]
        groups = (beside(title, p, q), predicates(title, p, q), qualified(title, p, q),
                  relatives(title, p, q, index), two_people(title, other, p, q), plural(title, p, q),
                  pronouns(title, p, q), not_pairs(title, p, q), not_pairs_wider(title, other, p, q),
                  gapped(title, other, p, q), runs(title, p, q), referring_back(title, p, q),
                  appointed(title, p, q), nationality(title, p, q), kin_cases(title, p, q, index),
                  former_words(title, p, q, index), titled_object(title, other, p, q))
        for group in groups:
            out += [Case("titles", kind, text, expected) for kind, text, expected in group]
    for index in range(len(RANKS)):
        out += [Case("titles", kind, text, expected) for kind, text, expected in ranks(index)]
    for index in range(len(AMONG)):
        out += [Case("titles", kind, text, expected) for kind, text, expected in among(index)]
    for index in range(len(PRAISED)):
        out += [Case("titles", kind, text, expected) for kind, text, expected in praised(index)]
    for index in range(len(OWNERS)):
        out += [Case("titles", kind, text, expected) for kind, text, expected in owners(index)]
    for index in range(len(HEADS)):
        out += [Case("titles", kind, text, expected) for kind, text, expected in serving_head(index)]
    for index in range(len(SERVED)):
        out += [Case("titles", kind, text, expected) for kind, text, expected in served_holder(index)]
    for index in range(len(OCCUPIED)):
        out += [Case("titles", kind, text, expected) for kind, text, expected in occupied(index)]
    for index in range(len(LINEAGE)):
        out += [Case("titles", kind, text, expected) for kind, text, expected in lineage(index)]
    for index, title in enumerate(TITLES):  # acting holders, dashes, line breaks (tests.probes.title_posts)
        out += [Case("titles", kind, text, expected)
                for kind, text, expected in title_posts.posts(title, people_for(title, index)[0], row, held, cap)]
    for group, table in ((title_posts.headed, title_posts.HEADED), (title_posts.colleagues, title_posts.COLLEAGUES),
                         (title_posts.deputies, title_posts.DEPUTIES),
                         (title_posts.respective, title_posts.RESPECTIVE), (title_posts.unheld, title_posts.UNHELD)):
        for index in range(len(table)):
            out += [Case("titles", kind, text, expected) for kind, text, expected in group(index, PEOPLE, row)]
    for index, (kind, phrase) in enumerate(title_groups()):
        p = PEOPLE[index % len(PEOPLE)]
        out += [Case("titles", name, text, frozenset(row(p, *r) for r in rows))
                for name, text, rows in phrase_cases(kind, phrase, p)]
    return out


# cases the pipeline still gets wrong: (kind, text)
KNOWN_WRONG: frozenset[tuple[str, str]] = frozenset({
    # a title word the tagger reads as an adjective opens an organization's span ("гида музея «Сфера»")
    ("holder_of_supporters", "Сторонники гида музея «Сфера» Ольги Ершовой вышли на митинг."),
    ("next_sentence_subject", "Ольга Ершова прилетела в Тверь. Гид музея «Сфера» рассказала журналистам о планах."),
    ("capacity_known_as", "Ольга Ершова, известная как гид музея «Сфера», открыла школу."),
    ("capacity_known_as_short", "Ольга Ершова известна как гид музея «Сфера»."),
    # a title with a number ("№ 3") in a clause before the name: its holder is not found
    ("clause_before_name", "После того как стала главным врачом городской больницы № 3, Анна Котова переехала в "
                           "Тверь."),
    # the parser makes the genitive "критика" a second subject beside "слова", not the noun it hangs on
    ("back_this", "«Мы справимся», — заявила Ольга Ершова. Эти слова критика внушают оптимизм."),
    # natasha tags no body in "Управление делами …" before a quoted name: no office for the verb of heading
    ("not_pair_office_of", "Управление делами генерального директора компании «Вектор» возглавила Ольга Ершова."),
    # a man's name in the accusative after a dash is read as a nominative (resolve.openers: after a dash)
    ("deputies_dash", "Губернатор назначил двух заместителей губернатора — Петра Смирнова и Анну Котову."),
    # a genitive apposition after "по словам" with a body of two countries
    ("contracted_apposition_gen", "По словам Петра Смирнова, торгпреда Перу в Индии, школа откроется в сентябре."),
})


def answer(result, case: Case) -> frozenset:
    names = {p.person_id: p.name for p in result.persons}
    return frozenset((names.get(f.person_id), f.position, f.role, f.former) for f in result.positions)
