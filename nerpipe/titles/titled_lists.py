"""A list of names each with a title of its own before it, which a plural title counts as a whole:
``Заместителями Орлова назначены генерал Иван Зорин, главком флота Олег Лисин и замначальника штаба Глеб
Лаптев``, ``назначил министра финансов Петра Орлова, главу Минтранса Ивана Зорина и министра экономики Олега
Лисина заместителями председателя`` — every name of the list holds the plural title, not only the first."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from .grammar import Title
from .preceding import name_list
from .tokens import People, case_of, first_token, last_token

_LINKS = frozenset({",", "и"})
# a man's name in the accusative is written as in the genitive: the tagger reads either
_ANIMATE_OBJECT = {"Acc": "Gen"}
_MAX_TITLE = 8  # tokens of the titles between a link and the next name: "замначальника Генштаба генерал-полковник"


def find_titled_names(analysis: Analysis, person: Span, people: People, in_title: set[int],
                      stop: int | None = None) -> list[Span]:
    """The names listed after ``person`` (it first), each after a link (``,``, ``и``) and a title of its own
    (``title Name, title Name и title Name``), in the case of ``person`` where the tagger reads one (the
    accusative of a name and its genitive alike), in its sentence, before the token ``stop``; the list ends at its
    ``и``."""
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
        if nxt is None or j == k + 1 or nxt in found or tokens[j].sent != tokens[k].sent \
                or stop is not None and j >= stop:
            return found  # "j == k + 1": a name with no title of its own ends the list
        other = _ANIMATE_OBJECT.get(case_of(tokens[j]), case_of(tokens[j]))
        if case is not None and other is not None and other != _ANIMATE_OBJECT.get(case, case):
            return found
        found.append(nxt)
        if tokens[k].text == "и":
            return found  # "… и title Name": the list's last item


def find_titled_list_rest(analysis: Analysis, person: Span, title: Title, people: People, in_title: set[int],
                          morph: Morph) -> list[Span]:
    """The other names of a titled list a plural title's holder opens (:func:`find_titled_names`): after the title
    all of them; before it (``назначил … Орлова, … Зорина и … Лисина заместителями``) those before the title.
    Only a plural title in the instrumental, a predicate's (``Заместителями … назначены``, ``назначил …
    заместителями``), over a list whose every name has a title of its own, the first one's not the plural title
    (not ``Сопредседатели комиссии Пётр Орлов и губернатор Иван Зорин``): a plain list is
    :func:`.preceding.name_list`'s."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if case_of(head) != "Ins" or head.feat.get("Number") != "Plur" \
            or not any("plur" in p.tag and "ablt" in p.tag for p in morph.parses(fold(head.text))):
        return []
    if not _own_title_before(analysis, first_token(analysis, person), title, in_title):
        return []
    stop = title.first if person.start < title.start else None
    found = find_titled_names(analysis, person, people, in_title, stop)
    if len(found) <= len(name_list(analysis, person, people)):
        return []
    return found[1:]


def _own_title_before(analysis: Analysis, first: int, title: Title, in_title: set[int]) -> bool:
    """Whether a title other than ``title`` stands among the few words before the name at ``first``, with no link
    or end of sentence between (``генерал Пётр Орлов``, ``министра государственно-правового развития Петра
    Орлова``, where a title may cover only its head)."""
    tokens = analysis.tokens
    for k in range(first - 1, max(first - 1 - _MAX_TITLE, -1), -1):
        if tokens[k].sent != tokens[first].sent or tokens[k].text in _LINKS or title.first <= k <= title.last:
            return False
        if k in in_title:
            return True
    return False
