"""A post taken over from someone: ``Пётр Орлов сменил на посту министра Анну Зорину``,
``Анна Зорина, сменившая Петра Орлова на посту директора, …``, ``Анна Зорина передала пост директора Петру
Орлову``.

The subject of a verb of replacing, done, holds the title the verb's ``на посту`` names, and the one a post
is handed over to holds it; whoever else the text gives that title to (the one replaced, the one who handed
it over) held it before.
"""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from .grammar import Title
from .tokens import index_people

_REPLACING = {"сменить", "сменять", "заменить", "заменять"}
_POSTS = {"пост", "должность"}
_HANDING = {"передать", "передавать", "уступить", "уступать", "сдать", "сдавать"}


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


def handing_verb(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The verb of handing over, in the past and active, whose object is the post a title names
    (``передала пост директора``)."""
    tokens = analysis.tokens
    if title.first < 1 or morph.lemma(tokens[title.first - 1].text) not in _POSTS \
            or title.first > 1 and tokens[title.first - 2].pos == "ADP" or tokens[title.first - 1].rel != "obj":
        return None
    verb = tokens[title.first - 1].head
    if verb is None or tokens[verb].pos != "VERB" or tokens[verb].feat.get("Tense") != "Past" \
            or morph.lemma(tokens[verb].text) not in _HANDING:
        return None
    return verb


def _dative(token: Token, morph: Morph) -> bool:
    """A first name in the dative: the tagger says so, or the dictionary knows it in no other case but the
    locative, its twin (``Семёну``, ``Анне``)."""
    names = [p for p in morph.parses(token.text.lower()) if "Name" in p.tag]
    return token.feat.get("Case") == "Dat" or bool(names) and all(p.tag.case in ("datv", "loct") for p in names)


def takeover(analysis: Analysis, title: Title, persons: list[Span], morph: Morph) -> tuple[Span | None, Span | None]:
    """Who took a title over and from whom, by a verb of replacing the title hangs on: its named subject (or
    the name its participle qualifies), the holder now, and its named object, the holder before."""
    people = index_people(analysis, persons)
    tokens = analysis.tokens
    verb = handing_verb(analysis, title, morph)
    if verb is not None:  # "передала пост директора Петру Орлову": to the one in the dative
        given = [people.by_first[t.index] for t in tokens if t.sent == tokens[verb].sent
                 and t.index in people.by_first and _dative(t, morph)]  # the parser may hang it anywhere
        subjects = [people.of_token[t.index] for t in tokens if t.sent == tokens[verb].sent and t.head == verb
                    and t.index in people.of_token and t.rel.startswith("nsubj")]
        return (given or [None])[0], (subjects or [None])[0]
    verb = replacing_verb(analysis, title, morph)
    if verb is None:
        return None, None
    named = {t.rel.split(":")[0]: people.of_token[t.index] for t in reversed(tokens)
             if t.sent == tokens[verb].sent and t.head == verb and t.index in people.of_token}
    head = tokens[verb].head
    if tokens[verb].feat.get("VerbForm") == "Part" and tokens[verb].rel.startswith("acl") and head is not None:
        named["nsubj"] = people.of_token.get(head)
    return named.get("nsubj"), named.get("obj")


def with_takeovers(analysis: Analysis, titles: list[Title], persons: list[Span], holders: dict[Title, list[Span]],
                   morph: Morph) -> tuple[dict[Title, list[Span]], set[tuple[Title, Span]]]:
    """``holders`` with those who took a title over and those who left it to them (``Орлов сменил на посту
    министра Зорину``: both held it, she before), and the ``(title, person)`` pairs held before."""
    out = dict(holders)
    earlier: set[tuple[Title, Span]] = set()
    for title in titles:
        now, before = takeover(analysis, title, persons, morph)
        held = list(dict.fromkeys(p for p in (now, *holders.get(title, []), before) if p is not None))
        if now is not None or before is not None:
            out[title] = held
            earlier |= {(title, p) for p in held if p != now and (now is not None or p == before)}
    return out, earlier
