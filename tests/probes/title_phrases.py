"""Probes of whole title phrases beside a name, for the ``titles`` area: long titles with several genitives
and prepositional phrases, two titles of one person joined by ``и``, an ordinal before a title (a rank of
its own, or a count of the holders of an office), ``ныне покойный``, ``врио`` and ``и. о.``, the unit a role
keeps (``член президиума``, not ``пресс-секретарь службы`` of a federal service) and a body described
(``глава внешнеполитического ведомства`` is a minister).

Each phrase is given in its six cases; a phrase stands before the name in every case and after it, as an
apposition, in the nominative and the genitive; as the object of a verb after a name it is not that name's.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrase:
    """A title phrase in its six cases (nom gen dat acc ins loc) and the ``(position, role, former)`` rows of
    the person it stands beside."""

    forms: tuple[str, ...]
    rows: tuple[tuple[str, str, bool], ...]


def _forms(heads: tuple[str, ...], body: str) -> tuple[str, ...]:
    return tuple(f"{head} {body}" if body else head for head in heads)


def _one(heads: tuple[str, ...], body: str, role: str, former: bool = False) -> Phrase:
    forms = _forms(heads, body)
    return Phrase(forms, ((forms[0], role, former),))


def _both(first: Phrase, second: Phrase) -> Phrase:
    """Two titles of one person joined by ``и``."""
    return Phrase(tuple(f"{a} и {b}" for a, b in zip(first.forms, second.forms, strict=True)),
                  first.rows + second.rows)


_DEPUTY = ("заместитель", "заместителя", "заместителю", "заместителя", "заместителем", "заместителе")
_ADVISOR = ("советник", "советника", "советнику", "советника", "советником", "советнике")
_HEAD = ("начальник", "начальника", "начальнику", "начальника", "начальником", "начальнике")
_DIRECTOR = ("директор", "директора", "директору", "директора", "директором", "директоре")
_DEPUTY_MP = ("депутат", "депутата", "депутату", "депутата", "депутатом", "депутате")
_PRESIDENT = ("президент", "президента", "президенту", "президента", "президентом", "президенте")
_CHAIR = ("председатель", "председателя", "председателю", "председателя", "председателем", "председателе")
_RECTOR = ("ректор", "ректора", "ректору", "ректора", "ректором", "ректоре")
_FIRST = ("первый", "первого", "первому", "первого", "первым", "первом")
_THIRD = ("третий", "третьего", "третьему", "третьего", "третьим", "третьем")
_LATE = ("ныне покойный", "ныне покойного", "ныне покойному", "ныне покойного", "ныне покойным", "ныне покойном")


def _ranked(adjective: tuple[str, ...], heads: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{a} {h}" for a, h in zip(adjective, heads, strict=True))


LONG = (
    _one(_DEPUTY, "руководителя управления по работе с обращениями граждан администрации Твери",
         "заместитель руководителя"),
    _one(_ADVISOR, "генерального директора по стратегическому развитию", "советник генерального директора"),
    _one(_HEAD, "отдела по связям с общественностью администрации Ковровского района", "начальник отдела"),
    _one(_DEPUTY, "председателя комитета по бюджету и налогам Тверской областной думы", "заместитель председателя"),
    _one(_DIRECTOR, "департамента по делам молодёжи министерства спорта Тверской области", "директор департамента"),
    # a participle that is a title governs a title noun in the genitive; one of the modifiers qualifies it
    _one(("уполномоченный", "уполномоченного", "уполномоченному", "уполномоченного", "уполномоченным",
          "уполномоченном"), "губернатора по правам ребёнка", "уполномоченный"),
    _one(_ranked(("управляющий", "управляющего", "управляющему", "управляющего", "управляющим", "управляющем"),
                 _DIRECTOR), "банка «Опора»", "управляющий директор"),
)

# titles contracted into one word (``постпред`` is a ``постоянный представитель``), with a body after them
CONTRACTED = (
    _one(("постпред", "постпреда", "постпреду", "постпреда", "постпредом", "постпреде"), "Чили при ООН",
         "постоянный представитель"),
    _one(("торгпред", "торгпреда", "торгпреду", "торгпреда", "торгпредом", "торгпреде"), "Перу в Индии",
         "торговый представитель"),
    _one(("полпред", "полпреда", "полпреду", "полпреда", "полпредом", "полпреде"),
         "президента в Сибирском федеральном округе", "полномочный представитель"),
    _one(("посланник", "посланника", "посланнику", "посланника", "посланником", "посланнике"), "Чили в Перу",
         "посланник"),
)

COORDINATED = (
    _both(_one(_DIRECTOR, "завода «Заря»", "директор"), _one(_DEPUTY_MP, "Тверской областной думы", "депутат")),
    _both(_one(_PRESIDENT, "компании «Вектор»", "президент"),
          _one(_CHAIR, "совета директоров банка «Опора»", "председатель совета")),
)

ORDINAL = (
    _one(_ranked(_FIRST, _PRESIDENT), "компании «Вектор»", "президент", True),
    _one(_ranked(_THIRD, _RECTOR), "Тверского университета", "ректор", True),
    _one(_ranked(_FIRST, _DEPUTY), "министра финансов Тверской области", "первый заместитель министра"),
    _one(_ranked(_LATE, _RECTOR), "Тверского университета", "ректор", True),
    Phrase(("врио губернатора Тверской области",) * 6,
           (("врио губернатора Тверской области", "исполняющий обязанности губернатора", False),)),
    Phrase(("и. о. директора завода «Заря»",) * 6,
           (("и. о. директора завода «Заря»", "исполняющий обязанности директора", False),)),
)

_SPOKESMAN = ("пресс-секретарь", "пресс-секретаря", "пресс-секретарю", "пресс-секретаря", "пресс-секретарём",
              "пресс-секретаре")
_MEMBER = ("член", "члена", "члену", "члена", "членом", "члене")
_LEADER = ("глава", "главы", "главе", "главу", "главой", "главе")

# the unit a role keeps: a board or a presidium is one; a unit noun after a state-level adjective is the agency
# itself; a body described by an adjective and "ведомство" is the ministry it stands for
UNITS = (
    _one(_SPOKESMAN, "Федеральной службы по надзору в сфере транспорта", "пресс-секретарь"),
    _one(_DIRECTOR, "Федерального управления автодорог", "директор"),
    _one(_MEMBER, "президиума Общественной палаты Тверской области", "член президиума"),
    _one(_CHAIR, "правления банка «Опора»", "председатель правления"),
    _one(_LEADER, "внешнеполитического ведомства Франции", "министр"),
    _one(_LEADER, "финансового ведомства Германии", "министр"),
)

_BEFORE = (
    "{T} {P} {открыл} новую школу.",
    "По словам {T} {P}, школа откроется в сентябре.",
    "Грамоту вручили {T} {P}.",
    "Журналисты поздравили {T} {P} с юбилеем.",
    "Встреча с {T} {P} прошла в Твери.",
    "Газета написала о {T} {P}.",
)
_CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


def phrase_cases(kind: str, phrase: Phrase, person):
    """``(kind, text, rows)``: ``phrase`` before ``person``'s name in the six cases and after it as an
    apposition; ``rows`` are ``(position, role, former)``."""
    for position, template in enumerate(_BEFORE):
        title = phrase.forms[position]
        title = title[:1].upper() + title[1:] if position == 0 else title
        text = template.format(T=title, P=person.forms[position], открыл=person.verb("открыл"))
        yield f"{kind}_{_CASES[position]}", text, phrase.rows
    yield f"{kind}_apposition", f"{person.forms[0]}, {phrase.forms[0]}, {person.verb('открыл')} новую школу.", \
        phrase.rows
    yield f"{kind}_apposition_gen", f"По словам {person.forms[1]}, {phrase.forms[1]}, школа откроется " \
        "в сентябре.", phrase.rows
    # the title of someone else, after the name as an object
    yield f"{kind}_not_pair_letter", f"{person.forms[0]} {person.verb('направил')} письмо {phrase.forms[2]}.", ()
    yield f"{kind}_not_pair_met", f"{person.forms[0]} {person.verb('встретился')} с {phrase.forms[4]}.", ()


def groups():
    """``(kind, phrase)`` of every table."""
    for kind, table in (("long", LONG), ("contracted", CONTRACTED), ("coordinated", COORDINATED),
                        ("ordinal", ORDINAL), ("units", UNITS)):
        for phrase in table:
            yield kind, phrase
