"""A name said to be one of a plural title's holders, the name away from the title: before ``один из`` (``Пётр
Орлов — один из основателей фонда``, ``встретился с Петром Орловым, одним из основателей фонда``), or after the
linking verb ``одним из …`` goes on with (``Одним из заместителей министра стал Пётр Орлов``). The name right after
the title (``один из основателей фонда Пётр Орлов``) is :func:`.set_off.name_after_one_of`'s."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from ..text import DASHES
from .among import past_clause
from .grammar import Title
from .tokens import People, case_of, first_token, number_of

# the forms of "один" before "из"
_ONE = frozenset({"один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном", "одною"})
# the verbs that link a subject to what it is ("Одним из … стал Орлов"); lemmas
_LINKING = frozenset({"стать", "становиться", "быть", "являться", "оказаться", "остаться", "считаться"})
# the words of a superlative before a title's adjectives ("один из самых известных композиторов")
_SUPERLATIVE = frozenset({"самых", "самыми", "самым", "наиболее"})
_MAX_CLAUSE = 15  # words of a clause in commas after the title: ", сосланных в лагеря для перевоспитания,"
_MAX_LEAD = 3  # words between the linking verb and the name: "стал 71-летний Пётр Орлов"


def one_of_holder(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """The person a plural title after ``один из`` (past a number or a superlative: ``одним из двух заместителей``,
    ``один из самых известных композиторов``) is given to,
    named before ``один`` or after the verb that links it to its subject; ``None`` for any other title."""
    tokens = analysis.tokens
    of = title.first - 1
    while of > 0 and (tokens[of].pos == "NUM" or fold(tokens[of].text) in _SUPERLATIVE):
        of -= 1  # "одним из двух …", "один из самых известных …"
    one = of - 1
    if one < 0 or fold(tokens[of].text) != "из" or fold(tokens[one].text) not in _ONE \
            or tokens[one].sent != tokens[title.head].sent or number_of(tokens[title.head]) != "Plur":
        return None
    return _named_before(analysis, one, people) or _named_after_verb(analysis, title, one, people, morph)


def _named_before(analysis: Analysis, one: int, people: People) -> Span | None:
    """``Пётр Орлов — один из …`` (``один`` in the nominative after a dash), ``…, Петром Орловым, одним из …`` (in
    the name's case after a comma): the name that ``один`` stands in apposition to."""
    tokens = analysis.tokens
    link = one - 1
    if link < 1 or tokens[link].text not in (",", *DASHES) or tokens[link].sent != tokens[one].sent:
        return None
    person = people.by_last.get(link - 1)
    if person is None:
        return None
    name, case = case_of(tokens[first_token(analysis, person)]), case_of(tokens[one])
    if tokens[link].text != ",":
        return person if case in ("Nom", None) and name in ("Nom", None) else None
    return person if None in (name, case) or name == case else None


def _named_after_verb(analysis: Analysis, title: Title, one: int, people: People, morph: Morph) -> Span | None:
    """``Одним из заместителей министра(, назначенных вчера,) стал Пётр Орлов``: ``одним`` in the instrumental,
    the title, a linking verb and the name in the nominative after it."""
    tokens = analysis.tokens
    sent = tokens[one].sent
    if case_of(tokens[one]) != "Ins":
        return None
    k = past_clause(analysis, title.last + 1, sent, _MAX_CLAUSE)
    if k >= len(tokens) or tokens[k].sent != sent or tokens[k].pos not in ("VERB", "AUX") \
            or morph.lemma(tokens[k].text) not in _LINKING:
        return None
    for j in range(k + 1, min(k + 2 + _MAX_LEAD, len(tokens))):
        person = people.by_first.get(j)
        if person is not None:
            return person if case_of(tokens[j]) in ("Nom", None) else None
        if tokens[j].sent != sent or tokens[j].pos not in ("ADJ", "NUM", "ADV"):
            return None
    return None

