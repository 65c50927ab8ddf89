"""The words that give a person or organization a role in an event: taking part (``примут участие``,
``вошли в состав``, ``прибыли``), organizing and chairing (``по инициативе``, ``под председательством``,
``модератором выступил``), holding an event (``провёл совещание``), the other side of a meeting (speaking:
:mod:`nerpipe.events.speakers`). Each ``find_*`` returns the claims of its words."""

from __future__ import annotations

from ..morph import fold
from ..records import LOC, ORG, Span
from ..text import QUOTE_PAIRS
from ..titles.declined import negated_or_its_verb
from .anchors import Anchors
from .attach import event_before, event_extents, event_taken_part_in, governs_event, sentence_event
from .context import Context, clause_of
from .lexicon import EventLexicon
from .named import (
    Claim,
    claims_for,
    claims_from,
    in_extent,
    list_after,
    outermost,
    person_after,
    person_before,
    represented_spans,
    subject_spans,
    title_holders,
)

_ENTER_TARGETS = {"состав", "нее", "неё", "него", "них", "комиссию", "жюри", "делегацию", "совет", "число"}
_INVITING = {"вызвать", "вызывать", "пригласить", "приглашать", "позвать", "созвать"}
_PARTICIPANT_INS = {"участник", "участница", "делегат", "гость", "спикер", "докладчик"}


# -- participants -------------------------------------------------------------------------------------


def find_participation(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    tokens = context.tokens
    extents = event_extents(anchors)
    out: list[Claim] = []
    for token in tokens:
        if context.in_speech(token.start):
            continue
        how = _takes_part(context, token.index, lexicon)
        if how is None or negated_or_its_verb(context.analysis, token.index):
            continue
        event = event_taken_part_in(context, anchors, token.index)
        if event is None and _visit_named_later(context, anchors, token.index):
            event = anchors.topic  # "прибыла делегация …", "в состав делегации входят …" before the visit is named
        if event is None:
            continue
        if how == "list":
            out += claims_from(context, event, list_after(context, token.index, True, extents), "participant")
            continue
        if how == "invited":
            event = _event_invited_to(context, anchors, token.index)
            if event is not None:
                out += claims_from(context, event, list_after(context, token.index, False, extents), "participant")
            continue
        if how == "subject":
            spans = subject_spans(context, token.index) + represented_spans(context, token.index, lexicon)
            out += claims_for(context, event, spans, "participant")
            continue
        start, end = clause_of(context, token.index)
        spans = [s for s in outermost(context, start, end)
                 if not in_extent(s, extents) and not _venue(context, s, lexicon)]
        claims = claims_for(context, event, spans, "participant")
        claims += title_holders(context, event, start, end, "participant", extents)
        out += [c for c in claims if not _named_aside(context, lexicon, c.span, token.index)]
    return out


def _venue(context: Context, span: Span, lexicon: EventLexicon) -> bool:
    """An organization named as where an event takes place (``в доме культуры «…» прошла конференция``): after
    ``в``/``на``, hanging on a verb of taking place. It hosts the event; it takes no part in it."""
    if span.type != ORG:
        return False
    tokens = context.tokens
    inside = context.analysis.tokens_in(span.start, span.end)
    head = next((t for t in inside if t.head is None or not span.start <= tokens[t.head].start < span.end), None)
    first = inside[0].index if inside else 0
    if first >= 2 and tokens[first - 1].text in QUOTE_PAIRS and tokens[first - 2].pos == "NOUN":
        head, first = tokens[first - 2], first - 2  # "в конгресс-центре «…»": the noun before the quoted name
        if head.rel == "nmod" and head.head is not None and head.head == first - 1 and tokens[head.head].pos == "NOUN":
            head, first = tokens[head.head], head.head  # "в доме культуры «…»"
    if head is None or head.head is None or not head.rel.startswith("obl") or not first:
        return False
    verb = tokens[head.head]
    return fold(tokens[first - 1].text) in ("в", "во", "на") and verb.pos == "VERB" and lexicon.is_("occur", verb.text)


def _agent(context: Context, index: int) -> bool:
    """A noun in the instrumental that is the agent of a passive (``осуждённые спикером думы``,
    ``названные спикером``), not the role one takes at an event (``спикером форума стал …``)."""
    head = context.tokens[index].head
    if head is None:
        return False
    feats = context.tokens[head].feat  # a full participle ("осуждённые"), not a short predicate ("был приглашён")
    return feats.get("Voice") == "Pass" and feats.get("VerbForm") == "Part" and feats.get("Variant") != "Short"


def _event_invited_to(context: Context, anchors: Anchors, index: int) -> int | None:
    """The event after ``на`` in the sentence of a verb of inviting (``пригласил на совещание …``,
    ``на совещание вызвал …``); ``None`` when the sentence names none that way."""
    tokens = context.tokens
    sent = tokens[index].sent
    for event, mention in anchors.by_sentence.get(sent, []):
        if mention.first and fold(tokens[mention.first - 1].text) in ("на", "в", "во") \
                and abs(mention.first - index) <= 6:
            return event
    return None


def _visit_named_later(context: Context, anchors: Anchors, index: int) -> bool:
    """Whether the text is about a visit it names only after token ``index`` (those who arrive come first)."""
    topic = anchors.topic
    return topic is not None and anchors.clusters[topic].kind == "visit" \
        and context.tokens[index].start < anchors.clusters[topic].first.start


def _named_aside(context: Context, lexicon: EventLexicon, span: Span, index: int) -> bool:
    """Whether a clause of taking part (its word at ``index``) names ``span`` only in an aside: inside a
    participial phrase (``участник программы, учрежденной губернатором …``; not one that leads those who
    take part: ``делегация, возглавляемая губернатором …``) or as the source of the report (``…, говорится в
    сообщении пресс-службы …``, ``как сообщили в министерстве …, в форуме примут участие …``)."""
    tokens = context.tokens
    inside = context.analysis.tokens_in(span.start, span.end)
    if not inside:
        return False
    head = next((t for t in inside if t.head is None or not span.start <= tokens[t.head].start < span.end), inside[0])
    seen = set()
    while head.head is not None and head.head not in seen and head.head != index:
        seen.add(head.head)
        head = tokens[head.head]
        if head.pos == "VERB" and head.feat.get("VerbForm") == "Part" and head.rel != "amod":
            return not lexicon.is_("lead", head.text)
    # a verb of reporting between the clause's word and the span, or before a span named ahead of that word
    first = inside[0].index
    low, high = (max(0, first - 12), index) if first < index else (index + 1, first)
    return any(t.pos == "VERB" and t.feat.get("VerbForm") == "Fin" and t.sent == tokens[index].sent
               and lexicon.is_("report", t.text) for t in tokens[low:high])


def _takes_part(context: Context, index: int, lexicon: EventLexicon) -> str | None:
    """Whether token ``index`` says that the people of its clause take part: ``"clause"`` for ``примут
    участие``, ``участвуют``, ``вошли в состав``, ``будут работать с``, ``участниками стали`` …, ``"list"``
    for ``при участии``, ``с участием`` (those listed right after), ``"invited"`` for ``пригласил на …``,
    ``"subject"`` for ``прибыли``, ``посетили`` (only the subject: what they visit takes no part); else ``None``."""
    tokens = context.tokens
    token = tokens[index]
    if fold(token.text) == "вместе" and index + 1 < len(tokens) and fold(tokens[index + 1].text) in ("с", "со"):
        return "list"  # "вместе с главой района X посетил …": X takes part alongside
    if token.pos not in ("VERB", "NOUN"):
        return None
    forms = lexicon.morph.forms(token.text)
    near = [fold(t.text) for t in tokens[max(0, index - 5): index + 4] if t.sent == token.sent and t is not token]
    before = fold(tokens[index - 1].text) if index else ""
    if "участие" in forms and token.pos == "NOUN" and before in ("при", "с", "со"):
        return "list"  # "при участии министерства …", "с участием губернатора …": those listed right after
    if "участие" in forms and token.pos == "NOUN":
        sent_words = {w for t in context.sentence_tokens(token.sent) for w in lexicon.morph.forms(t.text)}
        return "clause" if sent_words & {"принять", "принимать", "брать", "взять"} else None
    if forms & {"участвовать", "поучаствовать", "присутствовать"}:
        return "clause"
    if forms & {"войти", "входить"} and _preposition_with(near, ("в", "во"), _ENTER_TARGETS):
        return "clause"
    if forms & {"работать", "поработать"} and ("с" in near or "со" in near):
        return "clause"
    if token.pos == "NOUN" and forms & _PARTICIPANT_INS and token.feat.get("Case") == "Ins" \
            and not _agent(context, index):
        return "clause"
    if token.pos == "NOUN" and forms & {"участник", "делегация", "состав"} and before in ("среди", "числе", "составе"):
        return "clause"
    if token.pos == "NOUN" and forms & {"делегация"}:
        return "clause"
    if token.pos == "VERB" and forms & {"прибыть", "приехать", "посетить", "побывать", "сопровождать",
                                        "сопроводить"}:
        return "subject"  # "в поездке его сопровождают X и Y": those who go along take part
    if token.pos == "NOUN" and "сопровождение" in forms and before in ("в", "во"):
        return "list"  # "посетил завод в сопровождении главы района X"
    if token.pos == "VERB" and forms & _INVITING:
        return "invited"  # "на совещание губернатор вызвал A, B и C"
    if token.pos == "VERB" and acts_as(context, index, lexicon):
        return "subject"  # "главным судьёй выступил X": X takes part in that role
    if token.pos == "VERB" and represents(context, index, lexicon):
        return "subject"  # "регион на форуме представляют X и Y"
    return None


def represents(context: Context, verb: int, lexicon: EventLexicon) -> bool:
    """``представлять`` whose object is a place, an organization or a word for one (``регион на выставке
    представляют …``, ``представил интересы компании``): standing for it at the event, not speaking."""
    tokens = context.tokens
    if not lexicon.morph.forms(tokens[verb].text) & {"представлять", "представить"}:
        return False
    objects = [t for t in tokens[max(0, verb - 12): verb + 12] if t.head == verb and t.rel == "obj"]
    return any(context.span_covering(t.start, t.end, LOC, ORG) is not None or lexicon.is_("represented", t.text)
               for t in objects)


def _preposition_with(words: list[str], prepositions: tuple[str, ...], targets: set[str]) -> bool:
    return any(a in prepositions and b in targets for a, b in zip(words, words[1:]))


# -- organizers and chairs ----------------------------------------------------------------------------


# nouns of a role that need their preposition: "по инициативе", "при поддержке", "под председательством"
_ROLE_PHRASES = {"инициатива": "по", "поддержка": "при", "содействие": "при", "председательство": "под"}


def find_organizers(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    return _role_words(context, anchors, lexicon, "organize", "organizer")


def find_chairs(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
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
        if (needed and before not in needed) or (forms & {"вести"} and not governs_event(context, anchors,
                                                                                           token.index)):
            continue
        if role == "chair":
            event = event_before(context, anchors, token.index)
        else:
            event = sentence_event(context, anchors, token.sent, token.start)
        if event is None:
            continue
        found = list_after(context, token.index, immediate=bool(needed), skip=event_extents(anchors))
        if role == "chair":  # a person chairs; the bodies of a chair's title (", консультант …") do not
            found = [s for s in found if s.type != ORG]
        if not found and token.pos == "VERB":
            found = subject_spans(context, token.index)
        elif not found and token.head is not None and tokens[token.head].pos == "VERB":
            # "модератором … выступила X": the subject of the verb the role noun completes
            found = subject_spans(context, token.head) or person_after(context, token.head)
        out += claims_from(context, event, found, role)
    return out


# -- the other side of a meeting ------------------------------------------------------------------------


def find_meeting_sides(context: Context, anchors: Anchors) -> list[Claim]:
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
            spans = outermost(context, context.tokens[mention.head].end, end)
            out += claims_for(context, index, spans, "participant")
    return out


def find_met(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    """Both sides of ``X встретился с Y``: they take part in the event the sentence speaks of (the meeting
    the text reports)."""
    tokens = context.tokens
    out: list[Claim] = []
    for token in tokens:
        if token.pos != "VERB" or context.in_speech(token.start) or not lexicon.is_("meet", token.text):
            continue
        event = sentence_event(context, anchors, token.sent, token.start)
        if event is not None and _taken_part_in_after(context, anchors, token.index, event):
            event = anchors.current(token.sent - 1)  # "встретится с X и примет участие в собрании": not that
        if event is None:
            continue
        found = subject_spans(context, token.index) or person_before(context, token.index)
        with_ = next((t.index for t in tokens[token.index + 1: token.index + 4]
                      if t.sent == token.sent and fold(t.text) in ("с", "со")), None)
        if with_ is not None:
            found = found + list_after(context, with_, immediate=True, skip=event_extents(anchors))
        out += claims_from(context, event, found, "participant")
    return out


def _taken_part_in_after(context: Context, anchors: Anchors, verb: int, event: int) -> bool:
    """Whether the sentence's event is one taken part in after the verb of meeting (``встретится с X и
    примет участие в собрании``): another thing done, not the meeting."""
    tokens = context.tokens
    for mention in anchors.clusters[event].mentions:
        if tokens[mention.head].sent != tokens[verb].sent or mention.first <= verb:
            continue
        before = tokens[max(verb + 1, mention.first - 3): mention.first]
        if before and fold(before[-1].text) in ("в", "во") and fold(before[0].text) != "с" \
                and any(fold(t.text) == "участие" for t in before):
            return True
    return False


# verbs whose object is an event and whose subject holds it ("провёл совещание", "совершил визит")
_HOLDING = {"провести", "проводить", "совершить", "совершать", "нанести", "наносить"}
# the events the one who holds them chairs; at the others (talks, visits) they take part
_CHAIRED = {"заседание", "совещание", "планерка", "видеосовещание", "пленум", "круглый стол", "сессия",
            "стратсессия", "форсайт-сессия", "семинар", "конференция", "слушание"}


def find_holders(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    """The subject of ``провёл``, ``совершил`` whose object is an event: a person chairs a meeting or a
    session, held with whomever it names (``провёл совещание с главами районов``), and takes part in talks,
    a visit, a meeting with someone (``провёл встречу с …``); an organization organizes."""
    tokens = context.tokens
    objects = [(index, mention.head, mention.noun) for index, cluster in enumerate(anchors.clusters)
               for mention in cluster.outside()]
    for token in tokens:  # "Его провёл президент …": a pronoun for the event the sentences before spoke of
        event = anchors.current(token.sent) if fold(token.text) in ("его", "ее", "её") else None
        if event is not None and token.sent not in anchors.by_sentence:
            objects.append((event, token.index, anchors.clusters[event].first.noun))
    out: list[Claim] = []
    for index, head, noun in objects:
        verb = tokens[head].head
        holding = _holding_verb(context, verb, lexicon) if verb is not None and tokens[verb].pos == "VERB" else None
        if holding is None or tokens[head].rel not in ("obj", "nsubj:pass"):
            continue  # "провела с визитом четыре дня": the visit is no object of holding
        chaired = noun in _CHAIRED or (noun == "встреча" and not _other_side(context, anchors, index, holding))
        for span in subject_spans(context, holding) or subject_spans(context, verb) or person_before(context, verb):
            role = "organizer" if span.type == ORG else "chair" if chaired else "participant"
            out += claims_from(context, index, [span], role)
    return out


def _holding_verb(context: Context, verb: int, lexicon: EventLexicon) -> int | None:
    """The verb of holding an event that is the object of ``verb``: that verb, or one joined to it
    (``Его открыл и провёл ректор …``); ``None`` when there is none."""
    tokens = context.tokens
    for token in [tokens[verb], *(t for t in tokens[verb + 1: verb + 4] if t.head == verb and t.rel == "conj")]:
        if token.pos == "VERB" and lexicon.morph.forms(token.text) & _HOLDING:
            return token.index
    return None


def _other_side(context: Context, anchors: Anchors, event: int, verb: int) -> bool:
    """Whether a meeting held names whom it is held with: ``встреча с …`` in one of its mentions, or ``с``,
    ``со`` in the clause of the verb of holding (``провёл встречу в режиме видеосвязи с …``). Without
    them the one who holds it leads it (``Встречу проведёт вице-губернатор …``)."""
    tokens = context.tokens
    if any(mention.head + 1 <= mention.last and fold(tokens[mention.head + 1].text) in ("с", "со", "между")
           for mention in anchors.clusters[event].mentions):
        return True
    start, end = clause_of(context, verb)
    return any(start <= t.start < end and fold(t.text) in ("с", "со") for t in tokens[max(0, verb - 15): verb + 15])


def acts_as(context: Context, verb: int, lexicon: EventLexicon) -> bool:
    """``выступить`` with a noun in the instrumental (``модератором … выступила``, ``выступил главным
    судьёй``, ``в роли …``, ``в качестве …``): acting in a role, not speaking."""
    tokens = context.tokens
    if not lexicon.morph.forms(tokens[verb].text) & {"выступить", "выступать"}:
        return False
    start, end = clause_of(context, verb)
    for token in tokens[max(0, verb - 10): verb + 4]:
        if not start <= token.start < end or token.index == verb:
            continue
        governed = _after_preposition(tokens, token.index)
        if token.pos == "NOUN" and token.feat.get("Case") == "Ins" and not governed and token.text[:1].isalpha():
            return True
        if fold(token.text) in ("роли", "качестве") and token.index > verb:
            return True
    return False


def _after_preposition(tokens, index: int) -> bool:
    """Whether a preposition governs the noun at ``index``, past the adjectives before it (``с первым
    докладом``, ``с приветственным словом``)."""
    k = index - 1
    while k >= 0 and (tokens[k].pos in ("ADJ", "DET", "NUM") or tokens[k].feat.get("VerbForm") == "Part"):
        k -= 1
    return k >= 0 and tokens[k].pos == "ADP"
