"""When an event takes place: a date of the sentences that speak of it, and how long it lasts.

- A date belongs to the event mentioned nearest to it in its sentence (``… сессии, которая
  прошла в апреле 2017 года …`` is the date of that session, not of the one the text is about).
  Dates that bound something else are not an event's: ``с 2016 года`` (since), ``до 2030 года``,
  ``к 2025 году``.
- A dateline (``ХАБАРОВСК, 18 ноября —``) is the day of writing, no event's.
- The fullest date wins: a range or a day before a month, a month before a year; then the first.
- A duration stretches a single day into a range: ``двухдневная … завершилась 2 апреля`` is
  1–2 April, ``трёхдневный форум откроется 5 мая`` is 5–7 May (also ``в течение трёх дней``).
- The topic event with no date in its own sentences takes a day stated in the next few
  sentences that speak of no other event (``Сессия прошла в …. В течение трёх дней, 4–6
  марта, участники …``).
- ``продлится до 12 октября`` (``будет работать до …``) ends the period of an event that opens
  on a known day.
- An event inside another (``В рамках сессии состоялась встреча``) with no date of its own
  takes the other's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import is_dateline, month_number
from ..dates.centuries import PART_WORDS
from ..morph import fold
from ..records import DateFact
from .anchors import Anchors
from .context import Context
from .lexicon import EventLexicon, count_of

_BOUNDING = re.compile(r"(?i)(?:\b(?:с|со|до|к|ко|начиная\s+с|вплоть\s+до)\s*)$")
_LASTS_UNTIL = re.compile(r"(?i)\b(?:продлит|продлятся|продолжит|продолжатся|продлевается|будет\s+работать|работает|"
                          r"пройд[её]т|открыт\w*)\w*\s+(?:до|по)\s*$")
_DURATION = re.compile(r"(?i)\bв\s+течение\s+(\w+)\s+(?:дн(?:я|ей)|суток)\b")
_DAYS_AFTER = re.compile(r"(?i)^\s*(\w+)\s+(?:дн(?:я|ей)|суток)\b")
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
FOLLOWING_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class When:
    """When an event takes place, as the dates table gives a date (empty: unknown)."""

    iso_from: str | None = None
    iso_to: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def known(self) -> bool:
        return self.iso_from is not None


def event_dates(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[When]:
    """The date or range of every event of ``anchors.clusters`` (unknown ones empty)."""
    facts_by_sentence: dict[int, list[DateFact]] = {}
    for fact in context.dates:
        begin = _month_begin(context.text, fact)
        if context.in_speech(fact.start) or _BOUNDING.search(context.text[max(0, begin - 12):begin]):
            continue
        if is_dateline(context.text, fact.start, fact.end):
            continue  # the day of writing, not of the event
        inside = context.analysis.tokens_in(fact.start, fact.end)
        if inside:
            facts_by_sentence.setdefault(inside[0].sent, []).append(fact)
    candidates: dict[int, list[tuple[int, DateFact]]] = {}
    for sent, facts in facts_by_sentence.items():
        for fact in facts:
            # "границы 1967 года", "итоги 2019 года": a year or month that is no "when"; a part of a month
            # is read as its month ("до конца мая" bounds, "на начало мая" is a term)
            begin = _month_begin(context.text, fact)
            if (fact.precision != "day" or begin != fact.start) and not _said_as_time(context, fact, begin):
                continue
            owner = anchors.owner_in(sent, fact.start, context)
            if owner is not None and _first_edition(context, sent, fact) \
                    and context.tokens[anchors.clusters[owner].first.head].sent < sent:
                continue  # "Форум впервые прошел в 2015 году" after the forum reported
            if owner is not None:
                candidates.setdefault(owner, []).append((sent, fact))
    out: list[When] = []
    for index, cluster in enumerate(anchors.clusters):
        found = candidates.get(index)
        if not found and index == anchors.topic:
            found = _following_day(context, anchors, index)
        if not found:
            out.append(When())
            continue
        sent, fact = max(found, key=lambda item: (_PRECISION_RANK[item[1].precision],
                                                  item[1].iso_from != item[1].iso_to, -item[1].start))
        days = max((m.days or 0 for m in cluster.mentions), default=0) or _stated_days(context, anchors, index,
                                                                                        lexicon)
        ends = any(lexicon.is_("end", t.text) for t in context.sentence_tokens(sent) if t.pos == "VERB")
        when = stretch(fact, days, ends)
        out.append(_until(context, anchors, index, when))
    for index, container in anchors.containers.items():
        if not out[index].known and out[container].known:
            out[index] = out[container]
    return out


_TIME_PREPOSITION = re.compile(r"(?i)(?:\b(?:в|во|на|с|со)\s+(?:(?:начале|конце|середине|течение)\s+)?)$|^\W*$")


def _month_begin(text: str, fact: DateFact) -> int:
    """Where a date's month begins: after the part of it that opens a part of a month (``конце мая`` → ``мая``)."""
    words = fact.text.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in PART_WORDS and month_number(words[1]):
        return fact.start + fact.text.index(words[1])
    return fact.start


def _said_as_time(context: Context, fact: DateFact, begin: int | None = None) -> bool:
    """``в апреле 2017 года``, ``в 2016 году``, ``летом``: a month or year said as the time of something
    (after ``в``, or opening its sentence), not as an attribute (``границы 1967 года``); ``begin`` is where
    its month begins (:func:`_month_begin`)."""
    begin = fact.start if begin is None else begin
    words = context.text[begin:fact.end].split()
    first_word = words[0] if words else ""
    if not first_word[:1].isdigit() and not month_number(first_word):
        return True  # "летом", "в прошлом году", "на этой неделе": said of time only
    before = context.text[max(0, begin - 20):begin]
    line_start = before.rfind("\n")
    if line_start != -1:
        before = before[line_start + 1:]
    if _term_of_noun(context, begin):
        return False
    return bool(_TIME_PREPOSITION.search(before)) or context.text[begin:begin + 1].isupper()


def _first_edition(context: Context, sent: int, fact: DateFact) -> bool:
    """``Форум впервые прошел в 2015 году``: a year in a sentence that says when the event was first held
    (``впервые`` with a verb in the past) is the date of its first edition, not of the one reported (when
    the text reported it before that sentence)."""
    if fact.precision == "day":
        return False
    tokens = context.sentence_tokens(sent)
    for token in tokens:
        if fold(token.text) in ("впервые", "первые") and token.head is not None:
            verb = context.tokens[token.head]
            if verb.pos == "VERB" and verb.feat.get("Tense") == "Past":
                return True
    return False


def _term_of_noun(context: Context, begin: int) -> bool:
    """``задачи на 2006 год``, ``план на май``: a term a noun is set for, not when something happens
    (``перенесли на май``, ``запланировано на 2026 год`` are)."""
    words = context.analysis.tokens_in(max(0, begin - 60), begin)
    return len(words) >= 2 and words[-1].text.lower() == "на" and words[-2].pos == "NOUN"


def _until(context: Context, anchors: Anchors, index: int, when: When) -> When:
    """``открылся вчера … и продлится до 12 октября``: a day the event lasts until ends its period."""
    if when.iso_from is None or when.iso_from != when.iso_to or len(when.iso_from) not in (7, 10):
        return when
    for sent in anchors.sentences_of(index):
        start, end = context.analysis.sentences[sent]
        for fact in context.dates:
            if start <= fact.start < end and fact.precision == "day" and fact.iso_from > when.iso_from \
                    and _LASTS_UNTIL.search(context.text[max(start, fact.start - 30):fact.start]):
                if fact.date_to is not None and when.date_from is not None:
                    return When(when.iso_from, fact.iso_to, when.date_from, fact.date_to)
                if fact.date_to is None and when.date_from is None:
                    return When(when.iso_from, fact.iso_to, None, None)
    return when


def _following_day(context: Context, anchors: Anchors, index: int) -> list[tuple[int, DateFact]]:
    cluster = anchors.clusters[index]
    outside = cluster.outside()
    if not outside:
        return []
    first_sent = context.tokens[outside[0].head].sent
    for fact in context.dates:
        if fact.precision != "day" or context.in_speech(fact.start) or fact.start < outside[0].end \
                or _month_begin(context.text, fact) != fact.start:  # "на начало ноября" states no day
            continue
        if _BOUNDING.search(context.text[max(0, fact.start - 12):fact.start]):
            continue
        inside = context.analysis.tokens_in(fact.start, fact.end)
        if not inside:
            continue
        sent = inside[0].sent
        if sent - first_sent > FOLLOWING_SENTENCES:
            break
        if any(other != index for other in anchors.events_in(sent)):
            continue
        start, end = context.analysis.sentences[sent]
        if fact.iso_from != fact.iso_to or _DURATION.search(context.text, start, end):
            return [(sent, fact)]  # a range, or a day with its duration: the event's days
    return []


def _stated_days(context: Context, anchors: Anchors, index: int, lexicon: EventLexicon) -> int:
    """``в течение трёх дней`` in a sentence of the event, or ``… 4 дня`` right after its mention."""
    for sent in anchors.sentences_of(index):
        start, end = context.analysis.sentences[sent]
        found = _DURATION.search(context.text, start, end)
        if found:
            return count_of(found.group(1), lexicon.morph) or 0
    for mention in anchors.clusters[index].outside():
        found = _DAYS_AFTER.match(context.text[mention.end: mention.end + 20])
        if found:
            return count_of(found.group(1), lexicon.morph) or 0
    return 0


def stretch(fact: DateFact, days: int, ends: bool) -> When:
    """A date as an event's period; a single day becomes ``days`` days ending (``ends``) or starting on it."""
    if fact.precision != "day" or fact.iso_from != fact.iso_to or days <= 1:
        return When(fact.iso_from, fact.iso_to, fact.date_from, fact.date_to)
    shift = timedelta(days=days - 1)
    if fact.date_from is not None:
        first, last = (fact.date_from - shift, fact.date_from) if ends else (fact.date_from, fact.date_from + shift)
        return When(first.isoformat(), last.isoformat(), first, last)
    # no year: count in a common year, and write month and day only
    month, day = int(fact.iso_from[2:4]), int(fact.iso_from[5:7])
    anchor = date(2001, month, day)
    first, last = (anchor - shift, anchor) if ends else (anchor, anchor + shift)
    return When(f"--{first:%m-%d}", f"--{last:%m-%d}", None, None)
