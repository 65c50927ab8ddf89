"""Titles listed a line each, the holder after a dash (``министр финансов — Пётр Орлов`` under ``посты распределили
следующим образом:``): a line that opens with a title in the nominative and ends with a name after a dash gives
the title to the name when the lines around it are a list — the line before ends with a colon or is of the same
shape. A lone ``Title — Name.`` in running text is no list, and left to the other stages."""

from __future__ import annotations

from ..ner import Analysis
from ..records import Span
from ..text import DASHES
from .grammar import Title
from .tokens import People, case_of, first_token, last_token


def listed_holder(analysis: Analysis, title: Title, people: People) -> Span | None:
    """The name on the line of ``title`` when the line is one of a list of ``title — name`` lines."""
    tokens = analysis.tokens
    if not _opens_line(analysis, title.first) or case_of(tokens[title.head]) not in ("Nom", None):
        return None
    person = _dashed_name(analysis, title.last + 1, people)
    if person is None:
        return None
    previous = title.first - 1
    if previous >= 0 and tokens[previous].text == ":":
        return person
    return person if _same_shape(analysis, previous, people) or _same_shape_after(analysis, person, people) else None


def _opens_line(analysis: Analysis, index: int) -> bool:
    return index > 0 and _new_line(analysis, index - 1, index)


def _new_line(analysis: Analysis, left: int, right: int) -> bool:
    """A line break between two tokens, any: a list's lines open with a small letter, which
    :meth:`Analysis.line_break_between` takes for a wrapped line."""
    return "\n" in analysis.text[analysis.tokens[left].end: analysis.tokens[right].start]


def _dashed_name(analysis: Analysis, dash: int, people: People) -> Span | None:
    """The name right after the dash at ``dash`` that ends its line (or the text)."""
    tokens = analysis.tokens
    if dash + 1 >= len(tokens) or tokens[dash].text not in DASHES:
        return None
    person = people.by_first.get(dash + 1)
    if person is None:
        return None
    last = last_token(analysis, person)
    after = last + 1
    if after < len(tokens) and tokens[after].text in (";", ",", "."):
        after += 1
    return person if after >= len(tokens) or _new_line(analysis, after - 1, after) else None


def _same_shape(analysis: Analysis, last: int, people: People) -> bool:
    """Whether the line that ends at token ``last`` ends with a dash and a name, or with a colon."""
    tokens = analysis.tokens
    if last < 0:
        return False
    if tokens[last].text in (";", ",", "."):
        last -= 1  # the mark that closes the line
        if last < 0:
            return False  # the mark opens the text: no line before it
    person = people.by_last.get(last)
    if person is None:
        return tokens[last].text == ":"
    first = first_token(analysis, person)
    return first > 0 and tokens[first - 1].text in DASHES


def _same_shape_after(analysis: Analysis, person: Span, people: People) -> bool:
    """Whether the line after the one that ends with ``person`` ends with a dash and a name too."""
    tokens = analysis.tokens
    k = last_token(analysis, person) + 1
    while k < len(tokens) and not _new_line(analysis, k - 1, k):
        k += 1
    j = k
    while j + 1 < len(tokens) and not _new_line(analysis, j, j + 1):
        j += 1
    return k < len(tokens) and _same_shape(analysis, j, people) and tokens[j].text != ":"
