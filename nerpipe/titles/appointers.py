"""Who appoints, as a passive clause names them: ``Орлов назначен президентом Котовым министром``, ``… утверждён
губернатором Котовым на пост …``: a name in the instrumental right after a title in the instrumental that a
passive verb with a subject of its own governs is the one who appoints (the agent), not the one appointed: the
next sentence's ``он`` stands for the subject (:func:`is_appointer`)."""

from __future__ import annotations

from ..ner import Analysis
from ..records import Span
from .tokens import case_of, first_token


def is_appointer(analysis: Analysis, person: Span) -> bool:
    """Whether ``person`` is named as the agent of a passive verb after a title in the instrumental, the verb's
    subject another (``Орлов назначен президентом Котовым министром``: Котов)."""
    tokens = analysis.tokens
    first = first_token(analysis, person)
    if first == 0 or case_of(tokens[first]) != "Ins":
        return False
    title = tokens[first - 1]
    verb = title.head
    if title.pos != "NOUN" or case_of(title) != "Ins" or tokens[first].head != title.index or verb is None \
            or tokens[verb].feat.get("Voice") != "Pass":
        return False
    inside = {t.index for t in analysis.tokens_in(person.start, person.end)}
    return any(t.head == verb and t.rel == "nsubj:pass" and t.index not in inside
               for t in tokens if t.sent == title.sent)


def post_after_appointer(analysis: Analysis, head: int) -> int | None:
    """The passive verb that gives the post the title headed at ``head`` names, for a title the parser hangs on
    the appointer's title before it (``Орлов назначен губернатором Котовым министром``: ``министром`` is the
    post of ``назначен``, not Котов's); ``None`` for any other title."""
    tokens = analysis.tokens
    title = tokens[head]
    parent = tokens[title.head] if title.head is not None else None
    # the parser hangs it on the appointer's title as an apposition or a dependent noun, whatever case it reads
    # the appointer's name in ("губернатором Котовым министром здравоохранения": Котовым a genitive)
    if parent is None or title.rel not in ("appos", "nmod") or case_of(title) != "Ins" or case_of(parent) != "Ins" \
            or parent.head is None or not parent.rel.startswith(("xcomp", "obl")):
        return None
    between = tokens[parent.index + 1: head]
    named = bool(between) and all(t.pos == "PROPN" and t.head in (parent.index, *(b.index for b in between))
                                  for t in between)
    return parent.head if named and tokens[parent.head].feat.get("Voice") == "Pass" else None
