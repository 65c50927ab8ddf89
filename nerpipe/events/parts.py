"""Parts of events: a plenary, an opening ceremony, a sitting of a session are folded into the event
they are part of (``пленарное заседание форума``, ``церемония открытия``, ``заседание 9-й сессии``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .context import Context
from .lexicon import EventLexicon
from .mentions import EventMention

if TYPE_CHECKING:
    from .coref import EventCluster


# the kinds of events that have parts (a plenary, an opening ceremony); a meeting or a visit has none
_WHOLE_KINDS = {"forum", "conference", "session", "exhibition", "other"}


def fold_parts(context: Context, clusters: list[EventCluster], lexicon: EventLexicon) -> list[EventCluster]:
    """The events with their parts folded in: ``пленарное заседание стратегической сессии``, ``церемония
    открытия`` after a forum is that session, that forum. A part joins the event named right after it in
    the genitive, else, when nothing follows it in the genitive (``пленарное заседание областной думы`` is
    an event of its own), the last event before it that has parts."""
    kept = []
    for cluster in clusters:
        parent = _parent_of(context, cluster, clusters, lexicon)
        if parent is None:
            kept.append(cluster)
            continue
        parent.mentions.extend(replace(m, part=True) for m in cluster.mentions)
        parent.mentions.sort(key=lambda m: m.start)
    return kept


def _parent_of(context: Context, cluster: EventCluster, clusters: list[EventCluster],
               lexicon: EventLexicon) -> EventCluster | None:
    """The event a group of mentions is a part of, or ``None`` when it is no part (see :func:`fold_parts`)."""
    outside = cluster.outside()
    others = [c for c in clusters if c is not cluster and not c.distinct]
    sittings = [m for m in outside if is_sitting(m, lexicon)]
    if sittings and all(m in sittings or not (m.named or m.mods) for m in outside):
        session = _named_after(context, sittings[0], [c for c in others if c.kind == "session"])
        if session is not None:
            return session
    parts = [m for m in outside if is_part(context, m, lexicon)]
    if not parts or any(m not in parts and (m.named or m.mods) for m in outside):
        return None
    first = parts[0]
    after = _named_after(context, first, others)
    if after is not None:
        return after
    if _of_something(context, first, lexicon):
        return None
    before = [c for c in others if c.kind in _WHOLE_KINDS and c.first.start < first.start
              and _parent_of(context, c, clusters, lexicon) is None]
    return max(before, key=lambda c: max(m.start for m in c.mentions if m.start < first.start), default=None)


def _named_after(context: Context, mention: EventMention, others: list[EventCluster]) -> EventCluster | None:
    """The event mentioned right after a mention, in the genitive (``пленарное заседание 23 сессии …``)."""
    following = mention.last + 1
    if following < len(context.tokens) and context.tokens[following].text.isdigit():
        following += 1  # "пленарное заседание 23 сессии …": the number of the event it is part of
    for other in others:
        if any(m.first == following and context.tokens[m.head].feat.get("Case") == "Gen"
               for m in other.mentions):
            return other
    return None


def is_sitting(mention: EventMention, lexicon: EventLexicon) -> bool:
    """``заседание``, ``первое заседание``: one sitting, a part of the session named after it in the
    genitive (``заседание 9-й сессии``, ``первое заседание IV сессии``)."""
    return not mention.quoted and not mention.described and mention.noun in lexicon.groups.get("sitting", ())


def is_part(context: Context, mention: EventMention, lexicon: EventLexicon) -> bool:
    """``пленарное заседание``, ``церемония открытия``: a mention of a part of a larger event."""
    if mention.quoted or mention.ordinal or mention.proper:
        return False
    part = lexicon.groups.get("part", frozenset())
    if mention.mods & part:
        return True
    if mention.noun in lexicon.groups.get("part_alone", ()) and not mention.named \
            and mention.mods <= lexicon.groups.get("solemn", frozenset()):
        return not _of_something(context, mention, lexicon)  # "В церемонии принял участие …" after a forum
    following = mention.head + 1
    return following <= mention.last and lexicon.is_("part", context.tokens[following].text)


def _of_something(context: Context, mention: EventMention, lexicon: EventLexicon) -> bool:
    """Whether a genitive follows a part's noun (past ``открытия``): ``пленарное заседание областной думы``."""
    tokens = context.tokens
    index = mention.head + 1
    while index < len(tokens) and tokens[index].sent == tokens[mention.head].sent:
        token = tokens[index]
        if not lexicon.is_("part", token.text):
            return token.pos in ("ADJ", "NOUN", "PROPN") and token.feat.get("Case") == "Gen"
        index += 1
    return False
