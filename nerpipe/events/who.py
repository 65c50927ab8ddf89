"""Who takes part in an event, and in what role.

- ``organizer`` — organizations (and people) after ``организаторами выступили``, ``по инициативе``,
  ``при поддержке``, ``при содействии``, ``совместно с``, or the subject of ``организовал``;
- ``chair`` — the person after ``под председательством`` or the subject of ``председательствовал``,
  ``модератором выступил``;
- ``speaker`` — the subject of a verb of speech (``сказал``, ``отметил``, ``выступил``, ``доложил`` …)
  outside quotes, when the quote or sentence speaks of the event or, with no event of its own,
  when the text is about it (its topic);
- ``participant`` — the people and organizations of a sentence that says they take part
  (``примут участие``, ``участвуют``, ``вошли в состав``, ``будут работать с``, ``участниками стали``,
  ``делегация …``), and the other side of a meeting (``встреча с главой региона …``).

A sentence with such words speaks of the event it mentions (the nearest one), of the event its
pronoun subject stands for, else of the event the sentences just before it spoke of. People
quoted inside someone's speech, or named only in passing, take no part. A title with no name
(``при поддержке губернатора``) stands for the one person of the document who holds it. Each
person or organization has one row per event, with the strongest role it is given
(chair, organizer, speaker, participant).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..morph import fold
from ..records import LOC, ORG, PER, ParticipantFact, PositionFact, Span
from .anchors import Anchors
from .context import Context, clause_of
from .lexicon import EventLexicon

ROLES = ("chair", "organizer", "speaker", "participant")
_RANK = {role: len(ROLES) - i for i, role in enumerate(ROLES)}
_CONNECTORS = {"и", ",", "а", "также", "совместно", "с", "со", "-", "–", "—", "«", "»", '"', "“", "”", "„"}
_SPLIT_QUOTE = re.compile(r"[,.!?…]\s*[-–—]\s*$")
_QUOTE_BEFORE = re.compile(r"^[»”“\"'\s,.!?…]*[-–—]?\s*$")
_QUOTE_AFTER = re.compile(r"^[^.!?«»]*:\s*$")
_ENTER_TARGETS = {"состав", "нее", "неё", "него", "них", "комиссию", "жюри", "делегацию", "совет", "число"}
_PARTICIPANT_INS = {"участник", "участница", "делегат", "гость", "спикер", "докладчик"}


@dataclass(frozen=True, slots=True)
class Claim:
    event: int  # index of the event (cluster)
    span: Span  # the mention that ties the person or organization to the event
    person_id: str | None
    org_id: str | None
    role: str
    fact: PositionFact | None = None  # the title that names the person, when the span is a title


def find_participants(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    claims: list[Claim] = []
    claims += _participation(context, anchors, lexicon)
    claims += _organizers(context, anchors, lexicon)
    claims += _chairs(context, anchors, lexicon)
    claims += _meeting_sides(context, anchors)
    claims += _holders(context, anchors, lexicon)
    claims += _speakers(context, anchors, lexicon)
    return strongest(_drop_crossed(context, claims))


def _drop_crossed(context: Context, claims: list[Claim]) -> list[Claim]:
    """A person a sentence gives a role in one event (``под председательством …``) does not take part
    in another event of that sentence just by being listed in it."""
    def where(claim: Claim) -> tuple:
        sent = context.analysis.tokens_in(claim.span.start, claim.span.end)
        return claim.person_id or claim.org_id, sent[0].sent if sent else None

    roles = {}
    for claim in claims:
        if claim.role != "participant":
            roles.setdefault(where(claim), set()).add(claim.event)
    return [c for c in claims if c.role != "participant" or not (roles.get(where(c), set()) - {c.event})]


def strongest(claims: list[Claim]) -> list[Claim]:
    """One claim per event and person (or organization): the strongest role, then the first mention."""
    best: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.event, claim.person_id, None if claim.person_id else claim.org_id)
        held = best.get(key)
        if held is None or _strength(claim) > _strength(held):
            best[key] = claim
    return sorted(best.values(), key=lambda c: (c.event, c.span.start))


def _strength(claim: Claim) -> tuple:
    """A stronger role first; then a name over a title; then the earlier mention."""
    return _RANK[claim.role], claim.span.type in (PER, ORG), -claim.span.start


# -- the entities of a stretch of text -------------------------------------------------------------


def _entity(context: Context, span: Span) -> tuple[str | None, str | None]:
    entity = context.entity_of.get(span)
    if entity is None:
        return None, None
    return (entity, None) if span.type == PER else (None, entity)


def _outermost(context: Context, start: int, end: int) -> list[Span]:
    """PER and ORG spans in ``[start, end)`` that no other such span contains, outside speech and titles
    (the organization of a person's title is not a participant of its own)."""
    spans = [s for s in context.spans if s.type in (PER, ORG) and start <= s.start and s.end <= end
             and s in context.entity_of and not context.in_speech(s.start)]
    titles = context.title_spans
    out = []
    for span in spans:
        if any(o is not span and o.start <= span.start and span.end <= o.end and o.type in (PER, ORG) for o in spans):
            continue
        if span.type == ORG and any(t.start <= span.start and span.end <= t.end for t in titles):
            continue
        out.append(span)
    return out


def _claims_for(context: Context, event: int, spans: list[Span], role: str) -> list[Claim]:
    out = []
    for span in spans:
        person, org = _entity(context, span)
        if person or org:
            out.append(Claim(event, span, person, org, role))
    return out


def _sentence_event(context: Context, anchors: Anchors, sent: int, offset: int) -> int | None:
    found = anchors.nearest_in(sent, offset, context)
    return found if found is not None else anchors.current(sent)


def _event_extents(anchors: Anchors) -> list[tuple[int, int]]:
    return [(m.start, m.end) for c in anchors.clusters for m in c.mentions]


def _in_extent(span: Span, extents: list[tuple[int, int]]) -> bool:
    return any(s <= span.start and span.end <= e for s, e in extents)


# -- participants -------------------------------------------------------------------------------------


def _participation(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    tokens = context.tokens
    extents = _event_extents(anchors)
    out: list[Claim] = []
    for token in tokens:
        if context.in_speech(token.start):
            continue
        how = _takes_part(context, token.index, lexicon)
        if how is None:
            continue
        event = _event_taken_part_in(context, anchors, token.index)
        if event is None:
            continue
        if how == "subject":
            out += _claims_for(context, event, _subject_spans(context, token.index), "participant")
            continue
        start, end = clause_of(context, token.index)
        spans = [s for s in _outermost(context, start, end) if not _in_extent(s, extents)]
        out += _claims_for(context, event, spans, "participant")
        out += _title_holders(context, event, start, end, "participant", extents)
    return out


def _event_taken_part_in(context: Context, anchors: Anchors, index: int) -> int | None:
    """``приняли участие в форуме``: the event after ``в`` that follows the verb; else the event of the sentence."""
    tokens = context.tokens
    token = tokens[index]
    after = [(m.start, i, m) for i, m in anchors.by_sentence.get(token.sent, []) if m.start > token.start]
    for _, event, mention in sorted(after):
        if mention.first and fold(tokens[mention.first - 1].text) in ("в", "во") \
                and mention.first - index <= 4:
            return event
    return _sentence_event(context, anchors, token.sent, token.start)


def _takes_part(context: Context, index: int, lexicon: EventLexicon) -> str | None:
    """Whether token ``index`` says that the people of its clause take part: ``"clause"`` for ``примут
    участие``, ``участвуют``, ``вошли в состав``, ``будут работать с``, ``участниками стали`` …,
    ``"subject"`` for ``прибыли``, ``посетили`` (only the subject: what they visit takes no part); else ``None``."""
    tokens = context.tokens
    token = tokens[index]
    if token.pos not in ("VERB", "NOUN"):
        return None
    forms = lexicon.morph.forms(token.text)
    near = [fold(t.text) for t in tokens[max(0, index - 5): index + 4] if t.sent == token.sent and t is not token]
    if "участие" in forms and token.pos == "NOUN":
        sent_words = {w for t in context.sentence_tokens(token.sent) for w in lexicon.morph.forms(t.text)}
        return "clause" if sent_words & {"принять", "принимать", "брать", "взять"} else None
    if forms & {"участвовать", "поучаствовать", "присутствовать"}:
        return "clause"
    if forms & {"войти", "входить"} and _preposition_with(near, ("в", "во"), _ENTER_TARGETS):
        return "clause"
    if forms & {"работать", "поработать"} and ("с" in near or "со" in near):
        return "clause"
    if token.pos == "NOUN" and forms & _PARTICIPANT_INS and token.feat.get("Case") == "Ins":
        return "clause"
    before = fold(tokens[index - 1].text) if index else ""
    if token.pos == "NOUN" and forms & {"участник", "делегация", "состав"} and before in ("среди", "числе", "составе"):
        return "clause"
    if token.pos == "NOUN" and forms & {"делегация"}:
        return "clause"
    if token.pos == "VERB" and forms & {"прибыть", "приехать", "посетить", "побывать"}:
        return "subject"
    if token.pos == "VERB" and _acts_as(context, index, lexicon):
        return "subject"  # "главным судьёй выступил X": X takes part in that role
    return None


def _preposition_with(words: list[str], prepositions: tuple[str, ...], targets: set[str]) -> bool:
    return any(a in prepositions and b in targets for a, b in zip(words, words[1:]))


# -- organizers and chairs ----------------------------------------------------------------------------


# nouns of a role that need their preposition: "по инициативе", "при поддержке", "под председательством"
_ROLE_PHRASES = {"инициатива": "по", "поддержка": "при", "содействие": "при", "председательство": "под"}


def _organizers(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    return _role_words(context, anchors, lexicon, "organize", "organizer")


def _chairs(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    return _role_words(context, anchors, lexicon, "chair", "chair")


def _role_words(context: Context, anchors: Anchors, lexicon: EventLexicon, group: str, role: str) -> list[Claim]:
    """The people and organizations a word of ``group`` gives ``role``: listed after it (``организаторами
    выступили X и Y``, ``при поддержке X``), else the subject of its verb (``X организовал …``). A chair
    belongs to the event named before the phrase (``заседание … под председательством X``)."""
    tokens = context.tokens
    out: list[Claim] = []
    for token in tokens:
        if context.in_speech(token.start) or not lexicon.is_(group, token.text):
            continue
        forms = lexicon.morph.forms(token.text)
        needed = {_ROLE_PHRASES[form] for form in forms if form in _ROLE_PHRASES}
        before = fold(tokens[token.index - 1].text) if token.index else ""
        if (needed and before not in needed) or (forms & {"вести"} and not _governs_event(context, anchors,
                                                                                           token.index)):
            continue
        if role == "chair":
            event = _event_before(context, anchors, token.index)
        else:
            event = _sentence_event(context, anchors, token.sent, token.start)
        if event is None:
            continue
        found = list_after(context, token.index, immediate=bool(needed), skip=_event_extents(anchors))
        if not found and token.pos == "VERB":
            found = _subject_spans(context, token.index)
        elif not found and token.head is not None and tokens[token.head].pos == "VERB":
            # "модератором … выступила X": the subject of the verb the role noun completes
            found = _subject_spans(context, token.head) or _person_after(context, token.head)
        out += _claims_from(context, event, found, role)
    return out


def _governs_event(context: Context, anchors: Anchors, index: int) -> bool:
    return any(context.tokens[m.head].head == index for c in anchors.clusters for m in c.mentions)


def _event_before(context: Context, anchors: Anchors, index: int) -> int | None:
    """The event mentioned last before token ``index`` in its sentence, else the sentence's or the current one."""
    token = context.tokens[index]
    earlier = [(m.start, i) for i, m in anchors.by_sentence.get(token.sent, []) if m.start < token.start]
    if earlier:
        return max(earlier)[1]
    return _sentence_event(context, anchors, token.sent, token.start)


def list_after(context: Context, index: int, immediate: bool, skip: list[tuple[int, int]] = ()) -> list[Span]:
    """The people, organizations and titles listed after token ``index``: ``X, Y и Z``, ``X совместно с Y``.

    With ``immediate`` the list starts right after it (``при поддержке X``); otherwise the first
    entity of the sentence after it opens the list (``организаторами мероприятия выступили X``).
    Entities inside the stretches ``skip`` (the events' own mentions) are passed over.
    """
    tokens = context.tokens
    sent = tokens[index].sent
    found: list[Span] = []
    k = index + 1
    started = False
    while k < len(tokens) and tokens[k].sent == sent:
        token = tokens[k]
        if context.in_speech(token.start):
            break
        span = _span_starting(context, token.start)
        if span is not None and _in_extent(span, list(skip)):
            k = _token_after(context, span.end, k)
            continue
        if span is not None:
            found.append(span)
            started = True
            if span.type in (PER, ORG):
                k = _token_after(context, span.end, k)
            else:  # a title: its holder, or what it names inside (a title the titles stage made too long)
                k += 1
            continue
        place = context.span_covering(token.start, token.end, LOC)
        if started and place is not None:  # "«Деловой центр» Республики Алтай"
            k = _token_after(context, place.end, k)
            continue
        word = fold(token.text)
        if started or immediate:
            if word in _CONNECTORS or any(t.start <= token.start < t.end for t in found if t.type not in (PER, ORG)):
                k += 1
                continue
            break
        k += 1
        if k - index > 8:
            break
    return found


def _span_starting(context: Context, offset: int) -> Span | None:
    """The longest PER or ORG span, or title, that starts at ``offset``."""
    best = context.span_starting(offset, PER, ORG, resolved=True)
    for span in context.title_spans:
        if span.start == offset and (best is None or span.end > best.end):
            best = span
    return best


def _token_after(context: Context, end: int, k: int) -> int:
    tokens = context.tokens
    while k < len(tokens) and tokens[k].start < end:
        k += 1
    return k


def _subject_spans(context: Context, verb: int) -> list[Span]:
    """The PER or ORG spans holding the verb's syntactic subject and the subjects coordinated with it
    (``глава … и губернатор … провели``); for a title (``министр … Иван Петров провёл …``), the name
    that follows it, else the title itself."""
    tokens = context.tokens
    near = tokens[max(0, verb - 40): verb + 40]
    subjects = [t for t in near if t.head == verb and t.rel.startswith("nsubj")]
    subjects += [t for t in near for s in subjects if t.head == s.index and t.rel == "conj"]
    out: list[Span] = []
    for token in subjects:
        span = context.span_covering(token.start, token.start + 1, PER, ORG, resolved=True)
        if span is None:
            title = next((t for t in context.title_spans if t.start <= token.start < t.end), None)
            if title is not None:
                span = context.span_starting(_next_token_start(context, title.end), PER, resolved=True) or title
        if span is not None and span not in out:
            out.append(span)
    return out


def _person_before(context: Context, verb: int) -> list[Span]:
    """The last person named before the verb in its clause, when the syntax tree gives no subject."""
    start, _end = clause_of(context, verb)
    people = [s for s in context.spans if s.type == PER and start <= s.start and s.end <= context.tokens[verb].start
              and s in context.entity_of and not context.in_speech(s.start)]
    return [max(people, key=lambda s: s.start)] if people else []


def _person_after(context: Context, verb: int) -> list[Span]:
    """The person named right after the verb, a title between them (``выступила профессор Ирина …``)."""
    start, end = clause_of(context, verb)
    people = [s for s in context.spans if s.type == PER and context.tokens[verb].end <= s.start and s.end <= end
              and s in context.entity_of and not context.in_speech(s.start)]
    return [min(people, key=lambda s: s.start)] if people else []


def _next_token_start(context: Context, offset: int) -> int:
    following = context.analysis.tokens_in(offset, offset + 40)
    return following[0].start if following else offset


def _claims_from(context: Context, event: int, spans: list[Span], role: str) -> list[Claim]:
    """Claims for listed spans: a person or organization as such, a title for the person holding it
    (a title followed by a name is that person's, and gives way to the name)."""
    out: list[Claim] = []
    held = [t for t in spans if t.type not in (PER, ORG) and holder_of_title(context, t) is not None]
    for span in spans:
        if span.type in (PER, ORG):
            if not any(t.start <= span.start and span.end <= t.end for t in held):
                out += _claims_for(context, event, [span], role)
            continue
        named = [s for s in context.spans if s.type == PER and span.start <= s.start and s.start <= span.end + 2]
        if named:
            continue
        holder = holder_of_title(context, span)
        if holder is not None:
            out.append(Claim(event, span, holder.person_id, holder.org_id, role, holder))
    return out


def holder_of_title(context: Context, span: Span) -> PositionFact | None:
    """The one person of the document a title with no name stands for: the same title as stated for
    someone, or the same role when the title is bare (``губернатор``, ``вице-губернатор``)."""
    normal = context.title_normals.get((span.start, span.end))
    if not normal:
        return None
    same = {f.person_id: f for f in context.titles if f.position == normal}
    if not same:
        same = {f.person_id: f for f in context.titles if f.role == normal}
    return next(iter(same.values())) if len(same) == 1 else None


def _title_holders(context: Context, event: int, start: int, end: int, role: str, extents) -> list[Claim]:
    """Titles without a name in ``[start, end)`` whose holder the document names elsewhere."""
    people = [s for s in context.spans if s.type == PER and start <= s.start < end]
    out = []
    for span in context.title_spans:
        if not (start <= span.start and span.end <= end) or context.in_speech(span.start) or _in_extent(span, extents):
            continue
        if any(p.start >= span.end and p.start - span.end <= 2 for p in people) or \
                any(span.start <= p.start and p.end <= span.end for p in people) or \
                any((f.start, f.end) == (span.start, span.end) for f in context.titles):
            continue
        holder = holder_of_title(context, span)
        if holder is not None:
            out.append(Claim(event, span, holder.person_id, holder.org_id, role, holder))
    return out


# -- the other side of a meeting ------------------------------------------------------------------------


def _meeting_sides(context: Context, anchors: Anchors) -> list[Claim]:
    """People and organizations named in a meeting's or a visit's own words (``встреча с главой …``)."""
    out: list[Claim] = []
    for index, cluster in enumerate(anchors.clusters):
        if cluster.kind not in ("meeting", "visit"):
            continue
        for mention in cluster.mentions:
            if mention.in_speech:
                continue
            words = [fold(t.text) for t in context.tokens[mention.first: mention.last + 1]]
            if "имени" in words or "им" in words:
                cut = mention.first + (words.index("имени") if "имени" in words else words.index("им"))
                end = context.tokens[cut].start
            else:
                end = mention.end
            spans = _outermost(context, context.tokens[mention.head].end, end)
            out += _claims_for(context, index, spans, "participant")
    return out


# verbs whose object is an event and whose subject holds it ("провёл совещание", "совершил визит")
_HOLDING = {"провести", "проводить", "совершить", "совершать", "нанести", "наносить"}
# the events the one who holds them chairs; at the others (talks, visits) they take part
_CHAIRED = {"заседание", "совещание", "планерка", "видеосовещание", "пленум", "круглый стол", "сессия",
            "стратсессия", "форсайт-сессия", "семинар", "конференция", "слушание"}


def _holders(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    """The subject of ``провёл``, ``совершил`` whose object is an event: a person chairs a meeting or a
    session and takes part in talks, a visit, a meeting with someone; an organization organizes."""
    tokens = context.tokens
    out: list[Claim] = []
    for index, cluster in enumerate(anchors.clusters):
        for mention in cluster.outside():
            verb = tokens[mention.head].head
            if verb is None or tokens[verb].pos != "VERB" or not (lexicon.morph.forms(tokens[verb].text) & _HOLDING) \
                    or tokens[mention.head].rel not in ("obj", "nsubj:pass"):
                continue  # "провела с визитом четыре дня": the visit is no object of holding
            for span in _subject_spans(context, verb) or _person_before(context, verb):
                if span.type == ORG:
                    role = "organizer"
                else:
                    role = "chair" if mention.noun in _CHAIRED and not any(
                        fold(t.text) in ("с", "со") for t in tokens[mention.head + 1: mention.last + 1]) \
                        else "participant"
                out += _claims_from(context, index, [span], role)
    return out


# -- speakers ---------------------------------------------------------------------------------------------


def _speakers(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    tokens = context.tokens
    out: list[Claim] = []
    for token in tokens:
        if token.pos != "VERB" or not lexicon.is_("speak", token.text):
            continue
        if context.in_speech(token.start) and not _attributes_split_quote(context, token):
            continue
        if _acts_as(context, token.index, lexicon):
            continue  # "главным судьёй выступил …", "выступили организаторами": a role, not a speech
        speaker = _speaker_of(context, token.index)
        if speaker is None:
            continue
        event = _event_spoken_of(context, anchors, token.index)
        if event is None:
            continue
        if speaker.type == PER:
            out += _claims_for(context, event, [speaker], "speaker")
        else:
            out += _claims_from(context, event, [speaker], "speaker")
    return out


def _acts_as(context: Context, verb: int, lexicon: EventLexicon) -> bool:
    """``выступить`` with a noun in the instrumental (``модератором … выступила``, ``выступил главным
    судьёй``, ``в роли …``, ``в качестве …``): acting in a role, not speaking."""
    tokens = context.tokens
    if not lexicon.morph.forms(tokens[verb].text) & {"выступить", "выступать"}:
        return False
    start, end = clause_of(context, verb)
    for token in tokens[max(0, verb - 10): verb + 4]:
        if not start <= token.start < end or token.index == verb:
            continue
        governed = token.index > 0 and tokens[token.index - 1].pos == "ADP"
        if token.pos == "NOUN" and token.feat.get("Case") == "Ins" and not governed and token.text[:1].isalpha():
            return True
        if fold(token.text) in ("роли", "качестве") and token.index > verb:
            return True
    return False


def _attributes_split_quote(context: Context, token) -> bool:
    """``«…, — сказал Иван Петров, — …»``: the verb inside a quote that names its speaker."""
    region = context.speech_at(token.start)
    return region is not None and bool(_SPLIT_QUOTE.search(context.text[region[0]:token.start]))


def _speaker_of(context: Context, verb: int) -> Span | None:
    """The person who speaks: the verb's subject in the syntax tree, else the person (or a title whose
    holder the document names) right after the verb, else the last one before it in the clause."""
    tokens = context.tokens
    token = tokens[verb]
    for subject in _subject_spans(context, verb):
        if subject.type == PER and not context.in_speech(subject.start):
            return subject
    k = verb + 1
    while k < len(tokens) and tokens[k].sent == token.sent and k - verb <= 30:
        if tokens[k].text in ("«", "“", ".", "!", "?", ":", "—", "–") or (
                tokens[k].text == "," and k - verb > 1 and _span_starting(context, tokens[k - 1].start) is None
                and context.span_covering(tokens[k - 1].start, tokens[k - 1].start + 1, PER, ORG, resolved=True) is None
                and not any(t.start <= tokens[k - 1].start < t.end for t in context.title_spans)):
            break
        span = _span_starting(context, tokens[k].start)
        if span is not None and span.type == PER:
            return span
        if span is not None and span.type not in (PER, ORG):
            inner = [s for s in context.spans if s.type == PER and span.end <= s.start <= span.end + 1]
            if inner:
                return inner[0]
            if holder_of_title(context, span) is not None and _title_ends_clause(context, span):
                return span
            k = _token_after(context, span.end, k)
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


def _event_spoken_of(context: Context, anchors: Anchors, verb: int) -> int | None:
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


def participant_rows(context: Context, claims: list[Claim], event_ids: list[str]) -> list[ParticipantFact]:
    """``participants`` rows: each person with the title the document gives them (the one stated at
    this mention, else their first) and the organization of that title."""
    rows = []
    for claim in claims:
        fact = claim.fact or title_of(context, claim.person_id, claim.span) if claim.person_id else None
        org = fact.org_id if fact is not None else claim.org_id
        rows.append(ParticipantFact(
            event_id=event_ids[claim.event], person_id=claim.person_id, org_id=org, role=claim.role,
            position=fact.position if fact is not None else None, start=claim.span.start, end=claim.span.end,
        ))
    return rows


def title_of(context: Context, person_id: str, span: Span) -> PositionFact | None:
    facts = [f for f in context.titles if f.person_id == person_id]
    if not facts:
        return None
    here = [f for f in facts if f.person_start == span.start and not f.former]
    if here:
        return here[0]
    current = [f for f in facts if not f.former] or facts
    # the fullest title the document gives them: with its organization or region, then the longest
    return max(current, key=lambda f: (f.org_id is not None or f.region_code is not None, len(f.position), -f.start))
