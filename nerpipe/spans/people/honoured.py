"""PER spans for the people an organization is named after (``театра имени Орлова и Котова``, ``университета им.
И. И. Орлова``), up to the abbreviation of a parent body after the name (``им. П. С. Орлова РАН``)."""

from __future__ import annotations

from itertools import takewhile

from ...names import is_initial
from ...ner import Analysis
from ...orgs import OrgLexicon
from ...records import ORG, PER, Span
from ...resolve.cases import names_after


def find_honoured_people(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """PER spans for the people an organization is named after (``театра имени Орлова и Котова``,
    ``университета им. И. И. Орлова``): the capitalised words after ``имени``, name by name, up to the abbreviation
    of a parent body (:func:`_parent_abbreviation`)."""
    people = {(s.start, s.end) for s in spans if s.type == PER}
    found = []
    for org in (s for s in spans if s.type == ORG):
        tokens = analysis.tokens_in(org.start, org.end)
        after = next((i for i, t in enumerate(tokens) if t.text != "." and names_after(analysis.text, t.start)), None)
        if after is None:
            continue
        name: list = []
        for at, token in enumerate(tokens[after:] + [None], after):
            if token is not None and (token.text[:1].isupper() and not _parent_abbreviation(name, tokens[at:], lexicon)
                                      or (token.text == "." and name)):
                name.append(token)
                continue
            while name and not name[-1].text[:1].isalpha():
                name.pop()
            if name and any(len(t.text) > 2 for t in name) and (name[0].start, name[-1].end) not in people:
                found.append(Span(name[0].start, name[-1].end, PER))
            name = []
            if token is None or token.text not in ("и", ","):
                break
    inside = analysis.indices_in(s for s in spans if s.type in (ORG, PER))
    return found + [span for index, token in enumerate(analysis.tokens)
                    if token.text != "." and index - 1 not in inside and (span := _initialled_after(analysis, index))
                    and names_after(analysis.text, token.start)]  # the cheap test of an initial first


def _parent_abbreviation(name: list, rest: list, lexicon: OrgLexicon) -> bool:
    """Whether ``rest`` opens with words in capitals after a name not in capitals, one of which is a body of the
    dictionary (``им. П. С. Орлова РАН``, ``ДВО РАН``): the parent body's, not the name's (not ``Николая II``,
    ``Петра ВЕЛИКОГО``)."""
    capitals = list(takewhile(lambda t: len(t.text) > 1 and t.text.isupper(), rest))
    return bool(capitals) and any(t.text[1:].islower() for t in name) \
        and any(lexicon.lookup(t.text) is not None for t in capitals)


def _initialled_after(analysis: Analysis, index: int) -> Span | None:
    """A PER span for initials and a capitalised word from token ``index`` on (``И. М. Губкина``, ``И.М. Губкина``),
    after ``имени`` that opens no organization's span (``университета имени И. М. Губкина``: a town's name too);
    else ``None``."""
    tokens = analysis.tokens
    end = index
    while end + 1 < len(tokens) and is_initial(tokens[end].text + ".") and tokens[end].text.isupper() \
            and tokens[end + 1].text == ".":
        end += 2
    if end == index or end >= len(tokens) or not tokens[end].text[:1].isupper() or len(tokens[end].text) < 3 \
            or not tokens[end].text[1:].islower():
        return None
    return Span(tokens[index].start, tokens[end].end, PER)
