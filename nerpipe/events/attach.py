"""Which event a sentence, a phrase or a statement speaks of: the one it mentions (the nearest, the
one after ``в`` that follows a verb, the one named before a phrase), the one its quote mentions, else
the event the sentences before it spoke of, or the topic of the text."""

from __future__ import annotations

import re

from ..morph import fold
from .anchors import Anchors
from .context import Context

_QUOTE_BEFORE = re.compile(r"^[»”“\"'\s,.!?…]*[-–—]?\s*$")
_QUOTE_AFTER = re.compile(r"^[^.!?«»]*:\s*$")


def sentence_event(context: Context, anchors: Anchors, sent: int, offset: int) -> int | None:
    found = anchors.nearest_in(sent, offset, context)
    return found if found is not None else anchors.current(sent)


def event_extents(anchors: Anchors) -> list[tuple[int, int]]:
    """The stretches of text that name events, but for their parts' (``пленарное заседание с модератором …``
    names the moderator of the forum it is a part of)."""
    return [(m.start, m.end) for c in anchors.clusters for m in c.mentions if not m.part]


def event_taken_part_in(context: Context, anchors: Anchors, index: int) -> int | None:
    """``приняли участие в форуме``: the event after ``в`` that follows the verb; else the event of the sentence."""
    tokens = context.tokens
    token = tokens[index]
    after = [(m.start, i, m) for i, m in anchors.by_sentence.get(token.sent, []) if m.start > token.start]
    for _, event, mention in sorted(after):
        if mention.first and fold(tokens[mention.first - 1].text) in ("в", "во") \
                and mention.first - index <= 4:
            return event
    return sentence_event(context, anchors, token.sent, token.start)


def governs_event(context: Context, anchors: Anchors, index: int) -> bool:
    return any(context.tokens[m.head].head == index for c in anchors.clusters for m in c.mentions)


def event_before(context: Context, anchors: Anchors, index: int) -> int | None:
    """The event mentioned last before token ``index`` in its sentence, else the sentence's or the current one."""
    token = context.tokens[index]
    earlier = [(m.start, i) for i, m in anchors.by_sentence.get(token.sent, []) if m.start < token.start]
    if earlier:
        return max(earlier)[1]
    return sentence_event(context, anchors, token.sent, token.start)


def event_spoken_of(context: Context, anchors: Anchors, verb: int) -> int | None:
    """The event a statement is about: one its quote or sentence mentions, else the topic of the text
    (when the statement comes after the topic is first named)."""
    tokens = context.tokens
    token = tokens[verb]
    text = context.text
    regions = [r for r in context.speech if (r[1] <= token.start and _QUOTE_BEFORE.match(text[r[1]:token.start]))
               or (r[0] > token.end and _QUOTE_AFTER.match(text[token.end:r[0] - 1]))]
    region = context.speech_at(token.start)
    if region is not None:
        regions.append(region)
    for start, end in regions:
        inside = [(m.start, i) for i, c in enumerate(anchors.clusters) for m in c.mentions if start <= m.start < end]
        if inside:
            return min(inside)[1]
    found = anchors.nearest_in(token.sent, token.start, context)
    if found is not None:
        return found
    topic = anchors.topic
    if topic is not None and anchors.clusters[topic].first.start < token.start and _near_topic(context, anchors,
                                                                                               token.start):
        return topic
    return None


TOPIC_PARAGRAPHS = 2  # a statement with no event of its own is about the topic this many paragraphs after it


def _near_topic(context: Context, anchors: Anchors, offset: int) -> bool:
    """Whether the topic was mentioned in this paragraph or the few before it: quotes further on are
    about something else as often as not."""
    paragraph = context.paragraph_of(offset)
    return any(0 <= paragraph - context.paragraph_of(m.start) <= TOPIC_PARAGRAPHS
               for m in anchors.clusters[anchors.topic].mentions if m.start < offset)
