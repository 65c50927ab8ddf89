"""Within-document coreference: which mentions are one event.

Mentions outside direct speech are read in order. A mention joins an event already
named when nothing in their words disagrees — the same kind (or a generic noun:
``мероприятие``, ``событие``, a bare ``встреча``), no two different quoted names,
ordinals or descriptions, adjectives of one contained in the other's — and among
several, the one whose noun and adjectives it shares, then the one mentioned last.
A mention that marks another instance (``предыдущая сессия``) starts an event of its
own, and later bare mentions do not refer to it. Mentions inside quoted speech then
join the event they fit best (before or after them) and never start one: a speaker's
``недавняя встреча`` is not an event the text reports.

Mentions in the headline (the top lines with no full stop) are read after the body: a headline
sums an event up in other words, so it joins the body's event of its kind when their quoted names
and ordinals agree, and starts one only when the body names none.

A group of mentions is an event when one of them names it (a quoted name, an
ordinal, a capital, a description, an adjective of kind such as ``стратегическая``)
or ties it to the world: the subject of ``прошла``/``состоится``, the place of
``приняли участие в …``, after ``в ходе``, ``на``, ``по итогам`` …, or the genitive
of ``участники``, ``программа``, ``итоги``. ``готовность к переговорам``, ``для встреч``, ``без переговоров`` are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..morph import fold
from ..records import PER
from ..titles.verbs import finite
from .context import Context
from .lexicon import GENERIC, EventLexicon
from .mentions import EventMention
from .naming import quoted_main
from .parts import fold_parts
from .personal import People, people_named, refers_to

# words before a mention that say the event took (or takes) place
_PLACED_BEFORE = {"в", "во", "на", "после", "перед", "накануне"}
_PLACED_PAIRS = {("в", "ходе"), ("во", "время"), ("в", "рамках"), ("по", "итогам"), ("по", "результатам"),
                 ("в", "преддверии"), ("в", "период"), ("на", "полях"), ("в", "дни"), ("в", "день")}
# nouns whose genitive an event is when it took place: "участники форума", "программа сессии"
_OF_NOUNS = {"участник", "участница", "организатор", "программа", "открытие", "закрытие", "итог", "результат",
             "площадка", "день", "участие", "гость", "делегат", "спикер", "модератор", "повестка", "формат",
             "работа", "проведение", "начало", "завершение", "рамка", "ход", "время", "член"}


@dataclass
class EventCluster:
    """The mentions of one event in a document."""

    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def whole(self) -> list[EventMention]:
        """The mentions of the event itself, not of a part of it (``пленарное заседание``); all, if only parts."""
        return [m for m in self.mentions if not m.part] or self.mentions

    @property
    def kind(self) -> str:
        whole = self.whole
        for mention in whole:
            if mention.kind != GENERIC and not _generic_like(mention):
                return mention.kind
        for mention in whole:
            if mention.kind != GENERIC:
                return mention.kind
        return "other"

    @property
    def distinct(self) -> bool:
        return self.first.distinct

    @property
    def mods(self) -> frozenset[str]:
        out: set[str] = set()
        for mention in self.mentions:
            if not _generic_like(mention) and not mention.part:
                out |= mention.mods
        return frozenset(out)

    def quoted(self) -> set[str]:
        return {quoted_main(m.quoted) for m in self.mentions if m.quoted}

    def ordinals(self) -> set[str]:
        return {m.ordinal for m in self.mentions if m.ordinal}

    def descriptions(self) -> list[frozenset[str]]:
        return [m.described for m in self.mentions if m.described and not m.quoted]

    def outside(self) -> list[EventMention]:
        return [m for m in self.mentions if not m.in_speech]


def cluster_mentions(context: Context, mentions: list[EventMention], lexicon: EventLexicon) -> list[EventCluster]:
    """The events of a document as groups of mentions, ordered by their first mention."""
    clusters: list[EventCluster] = []
    body = [m for m in mentions if not m.in_speech and m.start >= context.headline_end]
    previous = None  # the cluster the mention before went into
    people = {m.start: people_named(context, m, lexicon) for m in body}
    for number, mention in enumerate(body):
        if previous is not None and _apposed(context, body[number - 1], mention):
            target = previous
        elif mention.distinct:
            target = None
        else:
            target = choose_cluster(mention, clusters, by_person=_named_by_person(context, mention),
                                    people=people)
            edition = None if target is not None else edition_of(context, mention, clusters)
            if edition is not None:  # "это первая пресс-конференция": no name of the event
                edition.mentions.append(replace(mention, anaphoric=True))
                previous = edition
                continue
        if target is None:
            target = EventCluster([mention])
            clusters.append(target)
        else:
            named = people[mention.start]
            anaphoric = named is not None and not named.ids and not _names_alike(mention, target)
            target.mentions.append(replace(mention, anaphoric=True) if anaphoric else mention)
        previous = target
    for mention in mentions:
        if mention.in_speech or mention.start >= context.headline_end:
            continue
        candidates = [c for c in clusters if _headline_fits(mention, c)]
        if candidates:
            target = min(candidates, key=lambda c: c.first.start)
            target.mentions.append(mention)
            target.mentions.sort(key=lambda m: m.start)
        else:
            clusters.append(EventCluster([mention]))
    for mention in mentions:
        if not mention.in_speech or mention.distinct:
            continue
        target = choose_cluster(mention, clusters, strict=False)
        if target is not None:
            target.mentions.append(mention)
            target.mentions.sort(key=lambda m: m.start)
    clusters = fold_parts(context, clusters, lexicon)
    events = [c for c in clusters if is_event(context, c, lexicon)]
    events.sort(key=lambda c: c.first.start)
    return events


# the kinds whose ordinal numbers an edition ("третий форум"), not one of several in the text ("вторая встреча")
_EDITION_KINDS = {"forum", "conference", "exhibition", "other"}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def edition_of(context: Context, mention: EventMention, clusters: list[EventCluster]) -> EventCluster | None:
    """The one event of its kind a mention named by nothing but an ordinal refers to (``на третьем форуме``,
    ``это первая пресс-конференция`` after the forum, the press conference the text reports), when that
    event has no ordinal of its own and no year in the mention's sentence points at another edition."""
    if not mention.ordinal or mention.quoted or mention.described or mention.proper \
            or mention.mods - {mention.ordinal} or mention.kind not in _EDITION_KINDS:
        return None
    sentence = context.tokens[mention.head].sent
    if any(_YEAR.match(t.text) for t in context.tokens if t.sent == sentence):
        return None  # "на первом форуме в 2015 году": an earlier edition
    same = [c for c in clusters if c.kind == mention.kind and not c.distinct]
    if len(same) != 1 or same[0].ordinals():
        return None
    return same[0]


def _headline_fits(mention: EventMention, cluster: EventCluster) -> bool:
    """A headline's mention and a body's event: the same kind (or a generic noun), no two quoted names
    or ordinals that differ."""
    if cluster.distinct or not (_generic_like(mention) or mention.kind == cluster.kind):
        return False
    quoted = quoted_main(mention.quoted)
    if quoted and any(not (o.startswith(quoted) or quoted.startswith(o)) for o in cluster.quoted()):
        return False
    return not (mention.ordinal and cluster.ordinals() - {mention.ordinal})


def _apposed(context: Context, before: EventMention, mention: EventMention) -> bool:
    """``прошла «СтратСессия» — ежегодная конференция …``: a mention right after another one and a dash
    says what that event is."""
    between = context.text[before.end:mention.start]
    if between.strip("»”\"' ") not in ("—", "–", "-", ", —", ", –") or "\n" in between:
        return False
    tokens = context.tokens
    rest = []
    for token in tokens[mention.last + 1:]:
        if token.sent != tokens[mention.head].sent or token.text in (",", ";", "(", "—", "–"):
            break  # "…, которая проводится …": a clause on the apposition
        rest.append(token)
    # "форум — встреча с … запланирована на завтра": a clause of its own, not an apposition
    return not any(finite(t) for t in rest)


def _named_by_person(context: Context, mention: EventMention) -> bool:
    """Whether the words after a mention's noun name a person (``визит Ивана Лобова``) and no quoted name."""
    after = context.tokens[mention.head].end
    return not mention.quoted and any(s.type == PER and after <= s.start and s.end <= mention.end
                                      for s in context.spans)


def _generic_like(mention: EventMention) -> bool:
    """``мероприятие``, and a bare ``встреча`` (it stands for a session or a forum as well)."""
    return mention.kind == GENERIC or (mention.noun == "встреча" and not mention.named)


def compatible(mention: EventMention, cluster: EventCluster, descriptions: bool = True) -> bool:
    """Whether nothing in the mention's words disagrees with the event's (its description too, with
    ``descriptions``)."""
    if cluster.distinct:
        return False
    generic = _generic_like(mention)
    if not generic and mention.kind != cluster.kind and not all(_generic_like(m) for m in cluster.mentions):
        return False
    quoted = quoted_main(mention.quoted)
    if quoted:
        for other in cluster.quoted():
            if not (other.startswith(quoted) or quoted.startswith(other)):
                return False
    if mention.ordinal and cluster.ordinals() - {mention.ordinal}:
        return False
    if generic:
        return True
    mods, other_mods = mention.mods, cluster.mods
    if not (mods <= other_mods or other_mods <= mods):
        return False
    if descriptions and mention.described and not mention.quoted:
        for described in cluster.descriptions():
            if not (described <= mention.described or mention.described <= described):
                return False
    return True


def choose_cluster(mention: EventMention, clusters: list[EventCluster], strict: bool = True,
                   by_person: bool = False, people: dict[int, People | None] | None = None) -> EventCluster | None:
    """The event a mention refers to, or ``None`` when it names a new one. With ``strict`` a named
    mention joins only an event it names alike (a speaker's words may name it otherwise), or, named
    only ``by_person`` (``визит Ивана Лобова``, ``встреча с Иваном Лобовым``), an event no mention names,
    or, named by people (``people``: each mention's, by its start), an event of those people
    (:mod:`.personal`)."""
    people = people or {}
    candidates = [c for c in clusters if compatible(mention, c)
                  or (strict and compatible(mention, c, descriptions=False) and _of_its_people(mention, c, people))]
    if not candidates:
        return None
    if strict and mention.named and not _generic_like(mention):
        # a named mention joins only an event it names alike
        candidates = [c for c in candidates if _names_alike(mention, c)
                      or (by_person and not any(m.named for m in c.mentions))
                      or _of_its_people(mention, c, people)]
        if not candidates:
            return None

    def score(cluster: EventCluster):
        before = [m.start for m in cluster.mentions if m.start < mention.start]
        same_noun = any(m.noun == mention.noun for m in cluster.mentions)
        shared = len(mention.mods & cluster.mods)
        return (same_noun, shared, max(before) if before else -min(m.start for m in cluster.mentions))

    return max(candidates, key=score)


def _of_its_people(mention: EventMention, cluster: EventCluster, people: dict[int, People | None]) -> bool:
    """``визит губернатора``, ``встреча Котова с Лобовым`` after an event that names those people."""
    named = people.get(mention.start)
    if named is None or mention.ordinal or mention.proper:
        return False
    return refers_to(named, [p for m in cluster.mentions if (p := people.get(m.start)) is not None])


def _names_alike(mention: EventMention, cluster: EventCluster) -> bool:
    """A named mention and an event: the same quoted name, the same description, or the same adjectives
    (``стратегическая сессия «…»`` and ``стратегическая сессия по …``)."""
    quoted = quoted_main(mention.quoted)
    if quoted and any(other.startswith(quoted) or quoted.startswith(other) for other in cluster.quoted()):
        return True
    if mention.described and not mention.quoted and any(
            m.noun == mention.noun and m.described and not m.quoted
            and (m.described <= mention.described or mention.described <= m.described) for m in cluster.mentions):
        return True  # "съезд Союза" after "V съезд Союза фермеров области"
    if mention.ordinal and mention.ordinal in cluster.ordinals():
        return True
    return bool(mention.mods) and mention.mods == cluster.mods


def is_event(context: Context, cluster: EventCluster, lexicon: EventLexicon) -> bool:
    """Whether a group of mentions is an event the text reports (see the module's description)."""
    if all(m.kind == GENERIC for m in cluster.mentions):
        return any(m.quoted for m in cluster.mentions)  # "мероприятие" alone names nothing
    for mention in cluster.outside():
        if mention.quoted or mention.ordinal or mention.proper:
            return True
        if _unreal(context, mention):
            continue
        if mention.named or mention.days or mention.distinct or (mention.mods and not _generic_like(mention)):
            return True
        if mention.plural and mention.kind != GENERIC:
            continue
        if is_placed(context, mention, lexicon):
            return True
    return False


_UNREAL_BEFORE = {"к", "ко", "для", "без", "против", "вместо"}


def _unreal(context: Context, mention: EventMention) -> bool:
    """``готовность к переговорам``, ``площадка для встреч``: an event only wished for, or none."""
    return mention.first > 0 and fold(context.tokens[mention.first - 1].text) in _UNREAL_BEFORE


def is_placed(context: Context, mention: EventMention, lexicon: EventLexicon) -> bool:
    """Whether the words around a mention say the event takes place: the subject of an ``occur``
    verb, after ``в ходе``/``на``/``по итогам`` …, the genitive of ``участники``, ``итоги`` …"""
    tokens = context.tokens
    morph = lexicon.morph
    head = tokens[mention.head]
    if head.head is not None:
        parent = tokens[head.head]
        if parent.pos == "VERB" and (lexicon.is_("occur", parent.text) or lexicon.is_("participate", parent.text)):
            return True
    before = [fold(t.text) for t in tokens[max(0, mention.first - 2): mention.first] if t.sent == head.sent]
    if before and before[-1] in _PLACED_BEFORE and head.feat.get("Case") in ("Loc", "Ins", "Gen", "Acc", None):
        return before[-1] not in ("в", "во") or head.feat.get("Case") == "Loc"
    if len(before) == 2 and tuple(before) in _PLACED_PAIRS:
        return True
    if mention.first > 0 and head.feat.get("Case") == "Gen":
        governor = tokens[mention.first - 1]
        if governor.sent == head.sent and governor.pos == "NOUN" and morph.forms(governor.text) & _OF_NOUNS:
            return True
    return False
