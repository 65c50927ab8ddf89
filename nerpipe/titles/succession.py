"""A post taken over from someone: ``Пётр Орлов сменил на посту министра Анну Зорину``,
``Анна Зорина, сменившая Петра Орлова на посту директора, …``.

The subject of a verb of replacing, done, holds the title the verb's ``на посту`` names; whoever else the
text gives that title to (the one replaced) held it before.
"""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from .grammar import Title
from .tokens import index_people

_REPLACING = {"сменить", "сменять", "заменить", "заменять"}
_POSTS = {"пост", "должность"}


def replacing_verb(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The verb of replacing, in the past and active, that ``на посту`` before a title hangs on."""
    tokens = analysis.tokens
    if title.first < 2 or fold(tokens[title.first - 2].text) not in ("на", "в", "во") \
            or morph.lemma(tokens[title.first - 1].text) not in _POSTS:
        return None
    verb = tokens[title.first - 1].head
    if verb is None or tokens[verb].sent != tokens[title.first].sent:
        return None
    token = tokens[verb]
    if token.pos != "VERB" or token.feat.get("Tense") != "Past" or token.feat.get("Voice") == "Pass" \
            or token.feat.get("Variant") == "Short" or morph.lemma(token.text) not in _REPLACING:
        return None
    return verb


def takeover(analysis: Analysis, title: Title, persons: list[Span], morph: Morph) -> tuple[Span | None, Span | None]:
    """Who took a title over and from whom, by a verb of replacing the title hangs on: its named subject (or
    the name its participle qualifies), the holder now, and its named object, the holder before."""
    verb = replacing_verb(analysis, title, morph)
    if verb is None:
        return None, None
    people = index_people(analysis, persons)
    tokens = analysis.tokens
    named = {t.rel.split(":")[0]: people.of_token[t.index] for t in reversed(tokens)
             if t.sent == tokens[verb].sent and t.head == verb and t.index in people.of_token}
    head = tokens[verb].head
    if tokens[verb].feat.get("VerbForm") == "Part" and tokens[verb].rel.startswith("acl") and head is not None:
        named["nsubj"] = people.of_token.get(head)
    return named.get("nsubj"), named.get("obj")


def with_takeovers(analysis: Analysis, titles: list[Title], persons: list[Span], holders: dict[Title, list[Span]],
                   morph: Morph) -> tuple[dict[Title, list[Span]], dict[Title, Span]]:
    """``holders`` with those who took a title over and those they replaced (``Орлов сменил на посту министра
    Зорину``: both held it, she before), and the title each was taken over with, to its holder now."""
    out = dict(holders)
    successors: dict[Title, Span] = {}
    for title in titles:
        now, before = takeover(analysis, title, persons, morph)
        held = [p for p in (now, *holders.get(title, []), before) if p is not None]
        if now is not None:
            successors[title] = now
        if held:
            out[title] = list(dict.fromkeys(held))
    return out, successors
