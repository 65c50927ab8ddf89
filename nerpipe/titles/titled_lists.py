"""A list of names each with a title of its own before it, which a plural title counts as a whole:
``Заместителями Орлова назначены генерал Иван Зорин, главком флота Олег Лисин и замначальника штаба Глеб
Лаптев``, ``назначил министра финансов Петра Орлова, главу Минтранса Ивана Зорина и министра экономики Олега
Лисина заместителями председателя`` — every name of the list holds the plural title, not only the first."""

from __future__ import annotations

from ..ner import Analysis
from ..records import Span
from .preceding import name_list
from .tokens import People, case_of, first_token, last_token

_LINKS = frozenset({",", "и"})
# a man's name in the accusative is written as in the genitive: the tagger reads either
_ANIMATE_OBJECT = {"Acc": "Gen"}
_MAX_TITLE = 8  # tokens of the titles between a link and the next name: "замначальника Генштаба генерал-полковник"


def find_titled_names(analysis: Analysis, person: Span, people: People, in_title: set[int],
                     stop: int | None = None) -> list[Span]:
    """The names listed after ``person`` (it first), each after a link (``,``, ``и``) and either at once (``Name,
    Name``) or after a title of its own (``Name, title Name и title Name``), in the case of ``person`` where the
    tagger reads one (the accusative of a name and its genitive alike), in its sentence, before the token ``stop``."""
    tokens = analysis.tokens
    found = [person]
    case = case_of(tokens[first_token(analysis, person)])
    while True:
        k = last_token(analysis, found[-1]) + 1
        if k >= len(tokens) or tokens[k].text not in _LINKS or tokens[k].sent != tokens[k - 1].sent:
            return found
        j = k + 1
        while j < min(k + 1 + _MAX_TITLE, len(tokens)) and j in in_title and j not in people.by_first:
            j += 1
        nxt = people.by_first.get(j)
        if nxt is None or nxt in found or tokens[j].sent != tokens[k].sent or stop is not None and j >= stop:
            return found
        other = _ANIMATE_OBJECT.get(case_of(tokens[j]), case_of(tokens[j]))
        if case is not None and other is not None and other != _ANIMATE_OBJECT.get(case, case):
            return found
        found.append(nxt)


def find_titled_list_rest(analysis: Analysis, person: Span, title_start: int, title_first: int, people: People,
                       in_title: set[int]) -> list[Span]:
    """The other names of a titled list a plural title's holder opens (:func:`find_titled_names`): after the title
    all of them; before it (``назначил … Орлова, … Зорина и … Лисина заместителями``) those before the title.
    Only a list with a title between two of its names: a plain list is :func:`.preceding.name_list`'s."""
    stop = title_first if person.start < title_start else None
    found = find_titled_names(analysis, person, people, in_title, stop)
    if len(found) <= len(name_list(analysis, person, people)):
        return []
    return found[1:]
