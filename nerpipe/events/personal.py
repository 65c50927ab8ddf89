"""Event mentions named by the people who meet or visit: ``визит Ивана Котова``, ``встреча Котова с
Лобовым``, ``визит губернатора``, ``переговоры глав регионов``.

Such a mention names no other event than the one of those people: a later one whose people the event
before it names (by name, or by a title its holder is known by) refers back to that event, and so does
one that names people no post singles out (a plural title, ``столичного чиновника``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..morph import fold
from ..records import PER, Span
from .context import Context
from .lexicon import EventLexicon
from .mentions import EventMention
from .named import holder_of_title, token_after
from .visited import title_words

_LINKS = {"с", "со", "и", "между", ","}


@dataclass(frozen=True, slots=True)
class People:
    """Whom the words after a mention's noun name."""

    ids: frozenset[str]  # the persons of the document named (a name, or a title whose holder is known)
    anonymous: bool  # the first of them is people no one post singles out (plural, ``чиновник``)


def people_named(context: Context, mention: EventMention, lexicon: EventLexicon) -> People | None:
    """The people a mention's description names, or ``None`` when its first word after the links and
    adjectives is no person (``встреча по туризму``, ``форум «…»``)."""
    if mention.quoted or mention.last <= mention.head:
        return None
    tokens = context.tokens
    ids: set[str] = set()
    anonymous = None  # what the first word for people says
    index = mention.head + 1
    while index <= mention.last:
        token = tokens[index]
        person = context.span_covering(token.start, token.end, PER, resolved=True)
        if person is not None:
            ids.add(context.entity_of[person])
            anonymous = False if anonymous is None else anonymous
            index = token_after(context, person.end, index)
        elif (title := _title_at(context, token.start)) is not None:
            holder = None if _name_follows(context, title) else holder_of_title(context, title)
            if holder is not None:
                ids.add(holder.person_id)
            if anonymous is None:
                anonymous = holder is None and _no_one_post(token, lexicon)
            index = token_after(context, title.end, index)
        elif anonymous is None and (fold(token.text) in _LINKS or token.pos in ("ADJ", "DET", "NUM")):
            index += 1
        elif anonymous is None:
            if token.pos != "NOUN" or not _person_word(token.text, lexicon):
                return None
            anonymous = _no_one_post(token, lexicon)
            index += 1
        else:
            index += 1  # the words that depend on the first person (``ведомств обеих стран``), more people
    if anonymous is None:
        return None
    return People(frozenset(ids), anonymous)


def _title_at(context: Context, offset: int) -> Span | None:
    found = [s for s in context.title_spans if s.start <= offset < s.end]
    return max(found, key=lambda s: s.end - s.start, default=None)


def _name_follows(context: Context, title: Span) -> bool:
    """A name right after a title (``министра Ивана Котова``): the name says who, not the title."""
    return any(s.type == PER and 0 <= s.start - title.end <= 2 for s in context.spans)


def _person_word(word: str, lexicon: EventLexicon) -> bool:
    return lexicon.is_("official", word) or lexicon.is_("deputed", word) or bool(
        lexicon.morph.forms(word) & title_words())


def _no_one_post(token, lexicon: EventLexicon) -> bool:
    """A plural (``руководителей``) or a word for officials of no one post (``чиновника``)."""
    return token.feat.get("Number") == "Plur" or lexicon.is_("official", token.text)


def refers_to(mention: People, event: list[People]) -> bool:
    """Whether a mention naming ``mention`` people speaks of an event whose mentions name ``event``:
    every person it names is one of the event's, or it names no one post and the event names someone."""
    known = frozenset().union(*(p.ids for p in event))
    if mention.ids:
        return mention.ids <= known
    return mention.anonymous and bool(known)
