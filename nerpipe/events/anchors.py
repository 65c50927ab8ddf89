"""Which sentences speak of which event.

A sentence speaks of the events it mentions outside quoted speech, and of the event a
pronoun subject of ``пройдёт``, ``состоялся`` … stands for (``Форум … . Он пройдёт 27–28
ноября в …``: ``он`` is the forum, the noun of the sentence before that agrees with it).
An event mentioned after ``в рамках``, ``на``, ``в ходе`` in the sentence that introduces
another event contains it (``На форуме впервые пройдёт выставка``). The *topic* of a
document is the event it names first, when it does so near the beginning: quotes and
reported speech with no event of their own are about it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..morph import fold
from .context import Context, in_clause_of
from .coref import EventCluster
from .lexicon import EventLexicon
from .mentions import EventMention

_PRONOUNS = {"он": ("Masc", "Sing"), "она": ("Fem", "Sing"), "оно": ("Neut", "Sing"), "они": (None, "Plur")}
_CONTAINING = {("в", "рамках"), ("в", "ходе"), ("во", "время"), ("на", "полях"), ("в", "программе"),
               ("в", "период")}
_CONTAINING_ONE = {"на"}
TOPIC_SENTENCES = 8  # a topic event is named within the first sentences …
TOPIC_CHARS = 900  # … or the first characters of the text
RECENT_SENTENCES = 3  # a sentence with no event of its own continues the one named this many sentences before


@dataclass
class Anchors:
    clusters: list[EventCluster]
    by_sentence: dict[int, list[tuple[int, EventMention]]] = field(default_factory=dict)
    pronoun: dict[int, int] = field(default_factory=dict)  # sentence -> cluster
    containers: dict[int, int] = field(default_factory=dict)  # cluster -> the cluster that contains it
    topic: int | None = None

    def events_in(self, sent: int) -> list[int]:
        found = [index for index, _ in self.by_sentence.get(sent, [])]
        if sent in self.pronoun:
            found.append(self.pronoun[sent])
        return list(dict.fromkeys(found))

    def nearest_in(self, sent: int, offset: int, context: Context) -> int | None:
        """The event mentioned in ``sent`` closest to ``offset`` (a pronoun's event when none is)."""
        mentions = self.by_sentence.get(sent, [])
        if not mentions:
            return self.pronoun.get(sent)

        def distance(item):
            _, mention = item
            if mention.start <= offset < mention.end:
                return 0
            return min(abs(offset - mention.end), abs(mention.start - offset))

        return min(mentions, key=distance)[0]

    def owner_in(self, sent: int, offset: int, context: Context) -> int | None:
        """The event mentioned nearest to ``offset`` in its sentence, when ``offset`` is in that mention's
        clause (or a relative clause on it); the event of a pronoun subject when none is mentioned."""
        mentions = self.by_sentence.get(sent, [])
        if not mentions:
            return self.pronoun.get(sent)
        index = self.nearest_in(sent, offset, context)
        mention = min((m for i, m in mentions if i == index), key=lambda m: min(abs(offset - m.end),
                                                                                abs(m.start - offset)))
        if mention.start <= offset < mention.end or in_clause_of(context, mention.head, mention.end, offset):
            return index
        return None

    def current(self, sent: int) -> int | None:
        """The event last spoken of in this sentence or the few before it."""
        for back in range(sent, sent - RECENT_SENTENCES - 1, -1):
            if back in self.by_sentence:
                return self.by_sentence[back][-1][0]
            if back in self.pronoun:
                return self.pronoun[back]
        return None

    def sentences_of(self, index: int) -> list[int]:
        out = [sent for sent, items in self.by_sentence.items() if any(i == index for i, _ in items)]
        out += [sent for sent, cluster in self.pronoun.items() if cluster == index]
        return sorted(set(out))


def find_anchors(context: Context, clusters: list[EventCluster], lexicon: EventLexicon) -> Anchors:
    anchors = Anchors(clusters)
    tokens = context.tokens
    for index, cluster in enumerate(clusters):
        for mention in cluster.mentions:
            if not mention.in_speech:
                anchors.by_sentence.setdefault(tokens[mention.head].sent, []).append((index, mention))
    for items in anchors.by_sentence.values():
        items.sort(key=lambda item: item[1].start)
    _find_pronoun_subjects(context, anchors, lexicon)
    _find_containers(context, anchors)
    anchors.topic = _topic(context, clusters)
    return anchors


def _find_pronoun_subjects(context: Context, anchors: Anchors, lexicon: EventLexicon) -> None:
    tokens = context.tokens
    for token in tokens:
        agreement = _PRONOUNS.get(fold(token.text))
        if agreement is None or token.sent in anchors.by_sentence or context.in_speech(token.start):
            continue
        if not token.rel.startswith("nsubj") or token.head is None:
            continue
        verb = tokens[token.head]
        if not (lexicon.is_("occur", verb.text) or lexicon.is_("participate", verb.text)):
            continue
        previous = anchors.by_sentence.get(token.sent - 1, [])
        gender, number = agreement
        for index, mention in reversed(previous):
            feats = tokens[mention.head].feat
            if feats.get("Number") == number and (gender is None or feats.get("Gender") == gender):
                anchors.pronoun[token.sent] = index
                break


def _find_containers(context: Context, anchors: Anchors) -> None:
    tokens = context.tokens
    for index, cluster in enumerate(anchors.clusters):
        outside = cluster.outside()
        if not outside:
            continue
        sent = tokens[outside[0].head].sent
        for other, mention in anchors.by_sentence.get(sent, []):
            if other == index or anchors.clusters[other].first.start >= cluster.first.start:
                continue
            before = [fold(t.text) for t in tokens[max(0, mention.first - 2): mention.first] if t.sent == sent]
            if (len(before) == 2 and tuple(before) in _CONTAINING) or (before and before[-1] in _CONTAINING_ONE):
                anchors.containers[index] = other
                break


def _topic(context: Context, clusters: list[EventCluster]) -> int | None:
    candidates = [(c.first.start, i) for i, c in enumerate(clusters) if not c.distinct]
    if not candidates:
        return None
    start, index = min(candidates)
    sent = context.tokens[clusters[index].first.head].sent
    return index if sent < TOPIC_SENTENCES or start < TOPIC_CHARS else None
