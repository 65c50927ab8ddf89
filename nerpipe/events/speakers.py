"""Who speaks at an event: the subject of a verb of speech (``сказал``, ``отметил``, ``выступил``) outside
quotes or naming a split quote, those listed with it, and who opens the event (``форум открыл губернатор …``).
A statement written through a channel (``в телеграм-канале``) or reported by an organization is no speech."""

from __future__ import annotations

import re

from ..morph import fold
from ..records import ORG, PER, Span
from ..titles.declined import negated
from .anchors import Anchors
from .attach import event_spoken_of
from .context import Context, clause_of
from .lexicon import EventLexicon
from .named import (
    Claim,
    claims_for,
    claims_from,
    holder_of_title,
    list_after,
    listed_with,
    span_starting,
    subject_spans,
    token_after,
)
from .roles import acts_as, represents

_WILL_BE = {"буду", "будешь", "будет", "будем", "будете", "будут"}
_SPLIT_QUOTE = re.compile(r"[,.!?…]\s*[-–—]\s*$")


def find_speakers(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    tokens = context.tokens
    out: list[Claim] = []
    for token in tokens:
        if token.pos != "VERB" or not lexicon.is_("speak", token.text) or token.feat.get("Person") == "1":
            continue  # "напомним, …", "отметим, что …": the writer's own voice, no one at the event speaks
        if context.in_speech(token.start) and not _attributes_split_quote(context, token):
            continue
        if acts_as(context, token.index, lexicon) or represents(context, token.index, lexicon):
            continue  # "главным судьёй выступил …", "регион представляют …": a role, not a speech
        if _written_elsewhere(context, token.index, lexicon) or _each_other(context, token.index):
            continue
        speaker = _speaker_of(context, token.index)
        if speaker is None:
            continue
        event = event_spoken_of(context, anchors, token.index)
        if event is None or _spoken_about(context, anchors, token.index, event) \
                or _reports_this(context, anchors, token.index, lexicon):
            continue
        role = "speaker"
        if _to_the_press(context, anchors, token.index, event, lexicon):
            if not _at_event(context, anchors, token.index, event):
                continue
            role = "participant"  # "на форуме губернатор сказал журналистам …": there, but not speaking at it
        if speaker.type == PER:
            out += claims_for(context, event, _listed_speakers(context, token.index, speaker), role)
        else:
            out += claims_from(context, event, [speaker], role)
    return out


def _each_other(context: Context, verb: int) -> bool:
    """``поприветствовали друг друга``, ``поблагодарили друг друга``: what two sides do to each other, not a
    speech to those gathered."""
    tokens = context.tokens
    return any(fold(t.text) == "друг" and t.sent == tokens[verb].sent for t in tokens[verb + 1: verb + 3])


def _written_elsewhere(context: Context, verb: int, lexicon: EventLexicon) -> bool:
    """``сообщил в своем телеграм-канале``, ``на своей странице во «ВКонтакте» рассказала``, ``написал … в
    соцсетях``: a statement made through a channel (a noun of ``channel`` after ``в``/``на`` in the verb's
    clause) is written about the event, not said at it."""
    tokens = context.tokens
    start, end = clause_of(context, verb)
    for token in tokens[max(0, verb - 12): verb + 12]:
        if not start <= token.start < end or token.index == 0 or not lexicon.is_("channel", token.text):
            continue
        before = [fold(t.text) for t in tokens[max(0, token.index - 3): token.index]]
        if any(word in ("в", "во", "на") for word in before):
            return True
    return False


def _spoken_about(context: Context, anchors: Anchors, verb: int, event: int) -> bool:
    """``сообщил об отправке делегации … с рабочим визитом``, ``рассказала о прошедшей сессии``: the event is
    what the statement is about (after ``о``/``об``, its noun or a noun governing it with nothing but words
    of a noun phrase between), not where it is made."""
    tokens = context.tokens
    sent = tokens[verb].sent
    first = anchors.clusters[event].first
    if tokens[first.head].sent == sent and any(fold(t.text) == "что" for t in tokens[verb + 1: first.first]) \
            and _not_taken_place(context, first.head):
        return True  # "заявил, что встреча … не состоится": an event said not to take place yet
    starts = {m.first for m in anchors.clusters[event].mentions}
    for k in range(verb + 1, min(len(tokens), verb + 8)):
        if tokens[k].sent != sent or not tokens[k].text[:1].isalnum():
            return False
        if fold(tokens[k].text) not in ("о", "об", "обо"):
            continue
        for j in range(k + 1, min(len(tokens), k + 10)):
            if j in starts:
                return True
            phrase = tokens[j].pos in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM") \
                or tokens[j].feat.get("VerbForm") == "Part"  # "о прошедшей сессии"
            if tokens[j].sent != sent or not phrase:
                return False
        return False
    return False


def _not_taken_place(context: Context, noun: int) -> bool:
    """Whether the verb an event noun hangs on (past the nouns between: ``в ходе встречи``) is negated or in
    the future (``встреча не состоится``, ``будут названы в ходе встречи``)."""
    tokens = context.tokens
    index = tokens[noun].head
    for _ in range(3):
        if index is None or tokens[index].pos == "VERB":
            break
        index = tokens[index].head
    if index is None or tokens[index].pos != "VERB":
        return False
    auxiliaries = [t for t in tokens[max(0, index - 3): index] if t.head == index and t.rel.startswith("aux")]
    return negated(context.analysis, index) or tokens[index].feat.get("Tense") == "Fut" \
        or any(t.feat.get("Tense") == "Fut" or fold(t.text) in _WILL_BE for t in auxiliaries)


def _reports_this(context: Context, anchors: Anchors, verb: int, lexicon: EventLexicon) -> bool:
    """``Об этом сообщила пресс-секретарь …``: a statement about what the text said before it, in a
    sentence that names no event, is a source of the report, not a speech at the event."""
    tokens = context.tokens
    sent = tokens[verb].sent
    if anchors.by_sentence.get(sent) or not lexicon.is_("report", tokens[verb].text):
        return False  # "Об этом доложил директор": reporting at a meeting is speaking
    for token in tokens[max(0, verb - 8): verb + 4]:
        if token.sent == sent and token.head == verb and fold(token.text) == "этом" \
                and token.index > 0 and fold(tokens[token.index - 1].text) in ("о", "об", "обо"):
            return True
    return False


def _to_the_press(context: Context, anchors: Anchors, verb: int, event: int, lexicon: EventLexicon) -> bool:
    """``сказал журналистам``, ``ответил на вопросы журналистов``, ``в беседе с журналистами``: a statement
    made to the press, not at the event; at a press conference (``press_event``) it is the event's speech."""
    if any(m.noun in lexicon.groups.get("press_event", ()) for m in anchors.clusters[event].whole):
        return False
    tokens = context.tokens
    start, end = clause_of(context, verb)
    for token in tokens[max(0, verb - 6): verb + 8]:
        if not start <= token.start < end or not lexicon.is_("press", token.text):
            continue
        preceding = tokens[max(0, token.index - 2): token.index]
        if token.feat.get("Case") == "Dat" or any(fold(t.text) in ("с", "перед") for t in preceding) \
                or any(lexicon.is_("question", t.text) for t in preceding):
            return True
    return False


def _at_event(context: Context, anchors: Anchors, verb: int, event: int) -> bool:
    """Whether the verb's sentence puts it at the event: a mention after ``на``/``в``, not ``после``/``до``."""
    tokens = context.tokens
    for mention in anchors.clusters[event].mentions:
        if tokens[mention.head].sent != tokens[verb].sent or mention.first == 0:
            continue
        before = [fold(t.text) for t in tokens[max(0, mention.first - 2): mention.first]]
        if before[-1] in ("на", "в", "во") or before[-2:] == ["в", "ходе"] or before[-2:] == ["на", "полях"]:
            return True
    return False


def _listed_speakers(context: Context, verb: int, speaker: Span) -> list[Span]:
    """The speaker and those listed with it: the people after it in the nominative, and when the verb opens
    the list (``выступили X, Y и Z``, the parser taking Z for the subject) those of that list before it."""
    before: list[Span] = []
    if speaker.start > context.tokens[verb].start:
        listed = list_after(context, verb, immediate=True)
        if speaker in listed:
            before = [s for s in listed[:listed.index(speaker)] if s.type == PER and _nominative(context, s)]
    return [*before, speaker, *listed_with(context, speaker)]


def _nominative(context: Context, span: Span) -> bool:
    inside = context.analysis.tokens_in(span.start, span.end)
    return bool(inside) and inside[0].feat.get("Case") in ("Nom", None)


def find_openers(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    """``Открыл пленарное заседание ректор …``, ``форум открыла губернатор …``: the person who opens an
    event (the subject of ``открыть`` whose object it is) speaks at it."""
    tokens = context.tokens
    out: list[Claim] = []
    for index, cluster in enumerate(anchors.clusters):
        for mention in cluster.outside():
            head = tokens[mention.head]
            if head.head is None or not head.rel.startswith("obj") or not lexicon.is_("open", tokens[head.head].text):
                continue
            people = [s for s in subject_spans(context, head.head) if s.type == PER]
            out += claims_for(context, index, people, "speaker")
    return out


def _attributes_split_quote(context: Context, token) -> bool:
    """``«…, — сказал Иван Петров, — …»``: the verb inside a quote that names its speaker."""
    region = context.speech_at(token.start)
    return region is not None and bool(_SPLIT_QUOTE.search(context.text[region[0]:token.start]))


def _speaker_of(context: Context, verb: int) -> Span | None:
    """The person who speaks: the verb's subject in the syntax tree (or that of the verb it is coordinated
    with), else the person (or a title whose holder the document names) right after the verb, else the last
    one before it in the clause."""
    tokens = context.tokens
    token = tokens[verb]
    shared = token.head if token.rel == "conj" and token.head is not None and tokens[token.head].pos == "VERB" \
        else None  # "X оценил …, а также отметил …": the subject of the first verb
    subjects = subject_spans(context, verb) or (subject_spans(context, shared) if shared is not None else [])
    for subject in subjects:
        if subject.type == PER and not context.in_speech(subject.start):
            return subject
    if any(subject.type == ORG for subject in subjects):
        return None  # "как сообщает посольство …, в составе делегации прилетел X": the organization reports
    k = verb + 1
    while k < len(tokens) and tokens[k].sent == token.sent and k - verb <= 30:
        if tokens[k].text in ("«", "“", ".", "!", "?", ":", "—", "–") or (
                tokens[k].text == "," and k - verb > 1 and span_starting(context, tokens[k - 1].start) is None
                and context.span_covering(tokens[k - 1].start, tokens[k - 1].start + 1, PER, ORG, resolved=True) is None
                and not any(t.start <= tokens[k - 1].start < t.end for t in context.title_spans)):
            break
        span = span_starting(context, tokens[k].start)
        if span is not None and span.type == PER:
            return span
        if span is not None and span.type not in (PER, ORG):
            inner = [s for s in context.spans if s.type == PER and span.end <= s.start <= span.end + 1]
            if inner:
                return inner[0]
            if holder_of_title(context, span) is not None and _title_ends_clause(context, span) \
                    and tokens[k].feat.get("Case") in ("Nom", None):  # not "сообщила пресс-служба губернатора"
                return span
            k = token_after(context, span.end, k)
            continue
        k += 1
    k = verb - 1
    while k >= 0 and tokens[k].sent == token.sent and verb - k <= 12:
        if tokens[k].text in (",", "»", "”", ":", ";", "—", "–", "."):
            break
        span = context.span_covering(tokens[k].start, tokens[k].start + 1, PER, ORG, resolved=True)
        if span is not None and span.type == PER and not context.in_speech(span.start):
            return span
        k -= 1
    return None


def _title_ends_clause(context: Context, span: Span) -> bool:
    rest = context.text[span.end: span.end + 3].lstrip()
    return not rest or rest[0] in ".,;!?:"
