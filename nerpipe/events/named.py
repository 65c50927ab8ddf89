"""Whom a stretch of text names: the people and organizations of a clause or a list, a verb's subject,
a title with no name standing for the one person of the document who holds it; and :class:`Claim`,
a person or organization tied to an event in a role."""

from __future__ import annotations

from dataclasses import dataclass

from ..morph import fold, plural_noun
from ..records import LOC, ORG, PER, PositionFact, Span
from .context import Context, clause_of
from .lexicon import EventLexicon

_CONNECTORS = {"и", ",", "а", "также", "совместно", "с", "со", "-", "–", "—", "«", "»", '"', "“", "”", "„"}


@dataclass(frozen=True, slots=True)
class Claim:
    event: int  # index of the event (cluster)
    span: Span  # the mention that ties the person or organization to the event
    person_id: str | None
    org_id: str | None
    role: str
    fact: PositionFact | None = None  # the title that names the person, when the span is a title


# -- the entities of a stretch of text --------------------------------------------------------------


def _entity(context: Context, span: Span) -> tuple[str | None, str | None]:
    entity = context.entity_of.get(span)
    if entity is None:
        return None, None
    return (entity, None) if span.type == PER else (None, entity)


def outermost(context: Context, start: int, end: int) -> list[Span]:
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


def claims_for(context: Context, event: int, spans: list[Span], role: str) -> list[Claim]:
    out = []
    for span in spans:
        person, org = _entity(context, span)
        if person or org:
            out.append(Claim(event, span, person, org, role))
    return out


def in_extent(span: Span, extents: list[tuple[int, int]]) -> bool:
    return any(s <= span.start and span.end <= e for s, e in extents)


# -- lists and subjects -----------------------------------------------------------------------------


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
        span = span_starting(context, token.start)
        if span is not None and in_extent(span, list(skip)):
            k = token_after(context, span.end, k)
            continue
        if span is not None:
            found.append(span)
            started = True
            if span.type in (PER, ORG):
                k = token_after(context, span.end, k)
            else:  # a title: its holder, or what it names inside (a title the titles stage made too long)
                k += 1
            continue
        place = context.span_covering(token.start, token.end, LOC)
        if started and place is not None:  # "«Деловой центр» Республики Алтай"
            k = token_after(context, place.end, k)
            continue
        word = fold(token.text)
        closing = _closing_bracket(context, k) if (started or immediate) and word == "(" else None
        if closing is not None:  # "X (член совета), Y": what is said of one of the list in brackets
            k = closing + 1
            continue
        if started or immediate:
            if word in _CONNECTORS or any(t.start <= token.start < t.end for t in found if t.type not in (PER, ORG)):
                k += 1
                continue
            break
        k += 1
        if k - index > 8:
            break
    return found


def _closing_bracket(context: Context, index: int) -> int | None:
    """The ``)`` closing the bracket at token ``index`` in its sentence, within a few words; else ``None``."""
    tokens = context.tokens
    for k in range(index + 1, min(len(tokens), index + 16)):
        if tokens[k].sent != tokens[index].sent or tokens[k].text == "(":
            return None
        if tokens[k].text == ")":
            return k
    return None


def listed_with(context: Context, person: Span) -> list[Span]:
    """The people listed right after ``person`` in the nominative, each with or without a title (``выступили
    заместители губернатора X, Y и министр финансов Z``): they share its verb. A name in another case
    (``X, коллега Y``) is none of them."""
    inside = context.analysis.tokens_in(person.start, person.end)
    if not inside:
        return []
    out = []
    previous = person
    for span in list_after(context, inside[-1].index, immediate=True):
        first = context.analysis.tokens_in(span.start, span.end)
        glued = previous.type == PER and not context.text[previous.end:span.start].strip()
        if span.type == PER and first and first[0].feat.get("Case") in ("Nom", None) and not glued:
            out.append(span)  # (two names with nothing between are one person the tagger split)
        previous = span
    return out


def span_starting(context: Context, offset: int) -> Span | None:
    """The longest PER or ORG span, or title, that starts at ``offset``."""
    best = context.span_starting(offset, PER, ORG, resolved=True)
    for span in context.title_spans:
        if span.start == offset and (best is None or span.end > best.end):
            best = span
    return best


def token_after(context: Context, end: int, k: int) -> int:
    tokens = context.tokens
    while k < len(tokens) and tokens[k].start < end:
        k += 1
    return k


def subject_spans(context: Context, verb: int) -> list[Span]:
    """The PER or ORG spans holding the verb's syntactic subject and the subjects coordinated with it
    (``глава … и губернатор … провели``); for a title (``министр … Иван Петров провёл …``), the name
    that follows it, else the title itself."""
    tokens = context.tokens
    near = tokens[max(0, verb - 40): verb + 40]
    subjects = [t for t in near if t.head == verb and t.rel.startswith("nsubj")]
    subjects += [t for t in near for s in subjects if t.head == s.index and t.rel == "conj"]
    # "министр …, находящийся …, полпред Петр Ладов и …": a list the parser hangs on the first subject
    subjects += [t for t in near for s in subjects if t.head == s.index and t.rel == "appos" and t.index > 0
                 and tokens[t.index - 1].text == "," and any(x.start == t.start for x in context.title_spans)]
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


def represented_spans(context: Context, verb: int, lexicon: EventLexicon) -> list[Span]:
    """The organizations a verb's subject stands for when it names no one itself (``представители
    компании «…» и банка «…» посетили …``): the ORG spans the subject noun governs, and those listed with them."""
    tokens = context.tokens
    near = tokens[max(0, verb - 40): verb + 40]
    subjects = [t for t in near if t.head == verb and t.rel.startswith("nsubj")
                and context.span_covering(t.start, t.start + 1, PER, ORG, resolved=True) is None
                and lexicon.is_("deputed", t.text)]
    governed = [t for t in near for s in subjects if t.head == s.index and t.rel == "nmod"]
    governed += [t for t in near for g in list(governed) if t.head == g.index and t.rel == "conj"]
    out: list[Span] = []
    for token in governed:
        span = context.span_covering(token.start, token.start + 1, ORG, resolved=True)
        if span is not None and span not in out and not context.in_speech(span.start) \
                and not plural_noun(token, lexicon.morph, folded=True):  # "представители министерств": no one body
            out.append(span)
    return out


def person_before(context: Context, verb: int) -> list[Span]:
    """The last person named before the verb in its clause, when the syntax tree gives no subject."""
    start, _end = clause_of(context, verb)
    people = [s for s in context.spans if s.type == PER and start <= s.start and s.end <= context.tokens[verb].start
              and s in context.entity_of and not context.in_speech(s.start)]
    return [max(people, key=lambda s: s.start)] if people else []


def person_after(context: Context, verb: int) -> list[Span]:
    """The person named right after the verb, a title between them (``выступила профессор Ирина …``)."""
    start, end = clause_of(context, verb)
    people = [s for s in context.spans if s.type == PER and context.tokens[verb].end <= s.start and s.end <= end
              and s in context.entity_of and not context.in_speech(s.start)]
    return [min(people, key=lambda s: s.start)] if people else []


def _next_token_start(context: Context, offset: int) -> int:
    following = context.analysis.tokens_in(offset, offset + 40)
    return following[0].start if following else offset


# -- titles for their holders -----------------------------------------------------------------------


def claims_from(context: Context, event: int, spans: list[Span], role: str) -> list[Claim]:
    """Claims for listed spans: a person or organization as such, a title for the person holding it
    (a title followed by a name is that person's, and gives way to the name)."""
    out: list[Claim] = []
    held = [t for t in spans if t.type not in (PER, ORG) and holder_of_title(context, t) is not None]
    for span in spans:
        if span.type in (PER, ORG):
            if not any(t.start <= span.start and span.end <= t.end for t in held):
                out += claims_for(context, event, [span], role)
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


def title_holders(context: Context, event: int, start: int, end: int, role: str, extents) -> list[Claim]:
    """Titles without a name in ``[start, end)`` whose holder the document names elsewhere."""
    people = [s for s in context.spans if s.type == PER and start <= s.start < end]
    out = []
    for span in context.title_spans:
        if not (start <= span.start and span.end <= end) or context.in_speech(span.start) or in_extent(span, extents):
            continue
        if any(p.start >= span.end and p.start - span.end <= 2 for p in people) or \
                any(span.start <= p.start and p.end <= span.end for p in people) or \
                any((f.start, f.end) == (span.start, span.end) for f in context.titles):
            continue
        holder = holder_of_title(context, span)
        if holder is not None:
            out.append(Claim(event, span, holder.person_id, holder.org_id, role, holder))
    return out
