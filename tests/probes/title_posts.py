"""Probes of the titles area (see :mod:`tests.probes.titles`): a post an acting holder is given through a predicate,
a name set off by two dashes, a title across a line break, a body a verb of heading names, a colleague of another
country, deputies listed after a dash, a plural title of two countries and two holders, bare posts no one named
holds (in direct speech, after a possessive noun of appointing, in a namesake). Every name and sentence is
invented."""

from __future__ import annotations

# (the body in the accusative, in the nominative, the title it makes, its role)
HEADED = (
    ("министерство культуры Тверской области", "Министерство культуры Тверской области",
     "министр культуры Тверской области", "министр"),
    ("департамент образования Твери", "Департамент образования Твери",
     "руководитель департамента образования Твери", "руководитель департамента"),
    ("управление культуры Ковровского района", "Управление культуры Ковровского района",
     "руководитель управления культуры Ковровского района", "руководитель управления"),
    ("министерство здравоохранения Тверской области", "Министерство здравоохранения Тверской области",
     "министр здравоохранения Тверской области", "министр"),
)

# (a post with no place of its own as the other holds it, an adjective of another country, that post there, role)
COLLEAGUES = (
    ("Министр иностранных дел России", "белорусским", "белорусский", "министр иностранных дел Белоруссии",
     "министр", "BY"),
    ("Премьер-министр Белоруссии", "российским", "российский", "премьер-министр России", "премьер-министр", None),
    ("Президент Франции", "российским", "российский", "президент России", "президент", None),
    ("Министр обороны России", "казахстанским", "казахстанский", "министр обороны Казахстана", "министр", "KZ"),
)


def posts(title, p, row, held, cap):
    """Cases of one title of :data:`tests.probes.titles.TITLES` for the person ``p``."""
    if title.post and title.role == title.head[0]:
        acting = frozenset({row(p, f"врио {title.form('gen')}", f"исполняющий обязанности {title.head[1]}")})
        yield "acting_inverted", f"Врио {title.form('gen')} {p.verb('назначен')} {p.forms[0]}.", acting
        yield "acting_became", f"Так, врио {title.form('gen')} {p.verb('стал')} {p.forms[0]}.", acting
    yield "dash_set_off", f"{cap(title.form('nom'))} – {p.forms[0]} – {p.verb('рассказал')} о планах.", \
        held(p, title)
    if title.body[:1].islower():  # a line that opens in lower case: a capital may open a line of its own
        yield "line_wrapped", f"Вчера {title.head[0]}\n{title.body} {p.forms[0]} {p.verb('открыл')} новую школу.", \
            held(p, title)
    yield "line_above_name", f"На совещании {p.verb('выступил')} {title.form('nom')}\n{p.forms[0]}.", held(p, title)


def headed(index: int, people, row):
    p = people[index % len(people)]
    accusative, nominative, position, role = HEADED[index]
    took = frozenset({row(p, position, role)})
    yield "heading_verb", f"В марте {p.forms[0]} {p.verb('возглавил')} {accusative}.", took
    yield "heading_inverted", f"{nominative} {p.verb('возглавил')} {p.forms[0]}, сообщили в мэрии.", took
    yield "heading_past", f"{p.forms[0]}, {'возглавлявшая' if p.feminine else 'возглавлявший'} {accusative}, " \
        f"{p.verb('ушёл') if not p.feminine else 'ушла'} на пенсию.", frozenset({row(p, position, role, True)})
    which, moved = ("который", "переехал") if accusative.startswith("департамент") else ("которое", "переехало")
    yield "heading_relative_object", f"{nominative}, {which} {p.verb('возглавил')} {p.forms[0]}, {moved}.", took
    yield "heading_infinitive", f"{p.forms[2]} предложили возглавить {accusative}.", frozenset()


def colleagues(index: int, people, row):
    p, q = people[index % len(people)], people[(index + 1) % len(people)]
    other, adjective_ins, adjective_nom, position, role, _country = COLLEAGUES[index]
    mine = row(p, other[:1].lower() + other[1:], other.split()[0].lower())
    theirs = row(q, position, role)
    yield "colleague_ins", f"{other} {p.forms[0]} {p.verb('провёл')} переговоры со своим {adjective_ins} коллегой " \
        f"{q.forms[4]}.", frozenset({mine, theirs})
    yield "colleague_next", f"{other} {p.forms[0]} {p.verb('прибыл')} в Минск. Его {adjective_nom} коллега " \
        f"{q.forms[0]} {q.verb('заявил')} о готовности к диалогу.", frozenset({mine, theirs})


# deputies of an office listed after a colon or a dash, in the accusative (the tagger may read a genitive)
DEPUTIES = (("губернатора", "заместитель губернатора"), ("мэра", "заместитель мэра"),
            ("министра", "заместитель министра"))


def deputies(index: int, people, row):
    p, q = people[index % len(people)], people[(index + 1) % len(people)]
    office, role = DEPUTIES[index]
    both = frozenset({row(p, role, role), row(q, role, role)})
    yield "deputies_dash", f"Губернатор назначил двух заместителей {office} — {p.forms[3]} и {q.forms[3]}.", both
    yield "deputies_colon", f"Губернатор представил заместителей {office}: {p.forms[3]} и {q.forms[3]}.", both


# a plural title of two coordinated countries and two holders, each of his own country, in the order written:
# (the plural in the nominative, in the genitive, the title, its role, the countries in the genitive)
RESPECTIVE = (
    ("Министры иностранных дел", "министров иностранных дел", "министр иностранных дел", "министр",
     ("Франции", "Италии")),
    ("Министры обороны", "министров обороны", "министр обороны", "министр", ("Польши", "Чехии")),
    ("Президенты", "президентов", "президент", "президент", ("Египта", "Туниса")),
    ("Премьер-министры", "премьер-министров", "премьер-министр", "премьер-министр", ("Греции", "Болгарии")),
)


def respective(index: int, people, row):
    p, q = people[index % len(people)], people[(index + 1) % len(people)]
    nominative, genitive, title, role, (first, second) = RESPECTIVE[index]
    each = frozenset({row(p, f"{title} {first}", role), row(q, f"{title} {second}", role)})
    yield "respective_nom", f"{nominative} {first} и {second} {p.forms[0]} и {q.forms[0]} провели переговоры.", each
    yield "respective_gen", f"Состоялась встреча {genitive} {first} и {second} {p.forms[1]} и {q.forms[1]}.", each
    # the names set off by commas, the clause going on with its verb
    yield "respective_commas", f"{nominative} {first} и {second}, {p.forms[0]} и {q.forms[0]}, провели переговоры.", \
        each
    # the second place Russia: its holder's title is Russia's (no country), not the first country's
    ours = frozenset({row(p, f"{title} {first}", role), row(q, f"{title} России", role)})
    yield "respective_russia", f"{nominative} {first} и России {p.forms[0]} и {q.forms[0]} провели переговоры.", ours


# bare posts no one named holds here: (the dative, the genitive, the instrumental)
UNHELD = (("министру", "министра", "министром"), ("губернатору", "губернатора", "губернатором"),
          ("мэру", "мэра", "мэром"), ("послу", "посла", "послом"))


def unheld(index: int, people, row):
    p, q = people[index % len(people)], people[(index + 1) % len(people)]
    dative, genitive, instrumental = UNHELD[index]
    deputy = frozenset({row(p, "депутат", "депутат")})
    pronoun = "она" if p.feminine else "он"
    # a title pointing back inside direct speech: its speaker speaks of another
    yield "unheld_in_speech", f"Об этом {p.verb('сообщил')} депутат {p.forms[0]}. «Мы желаем новому {dative} " \
        f"успехов», – {p.verb('заявил')} {pronoun}.", deputy
    # a noun of appointing with a possessive: the one appointed is another
    yield "unheld_possessive_appointment", f"Если депутат {p.forms[0]} подпишет письмо о её назначении " \
        f"{instrumental}, {q.forms[0]} согласится.", deputy
    # a title in the name of a thing named after its holder
    yield "unheld_namesake", f"Школа имени {genitive} {q.forms[1]} открылась в Твери.", frozenset()
