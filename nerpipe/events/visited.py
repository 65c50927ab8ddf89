"""The organizations an event's guests visit: ``гости посетили технопарк «…»``, ``побывали на заводе
«…»``, ``экскурсия по технопарку «…»``, ``посещение завода «…»``. A place visited is where the event
goes, not one of those who take part in it; the organizations that take part keep their rows
(``в сессии приняли участие представители компании …``, ``выставку посетила делегация компании …``).

After a word of visiting (``resources/events.txt``: ``visit_object`` for verbs and nouns whose object
is the place, ``visit_to`` for those that reach it through ``в``, ``на``, ``по``) the stretch that names
the places runs from that object or preposition to the end of the list: a verb, a relative word, a
person, a title or a word for people (``делегация``, ``представители``) ends it.
"""

from __future__ import annotations

from functools import cache

from ..morph import fold
from ..records import ORG, PER, Span
from ..resources import read_word_groups
from .context import Context
from .lexicon import EventLexicon
from .named import token_after

_PLACE_PREPOSITIONS = {"в", "во", "на", "по"}
_ENDS = {".", ";", "!", "?", "где", "куда", "когда", "который", "которая", "которое", "которые", "которых",
         "которого", "которой", "чтобы", "что", "после", "затем", "совместно", "вместе", "сопровождении", "главе"}


@cache
def title_words() -> frozenset[str]:
    """Nouns for people by their titles (``директор``, ``представитель``)."""
    return frozenset(read_word_groups("titles.txt").get("title", ()))


def visited_spans(context: Context, lexicon: EventLexicon) -> set[tuple[int, int]]:
    """``(start, end)`` of every ORG span the document names as a place visited."""
    out: set[tuple[int, int]] = set()
    for token in context.tokens:
        if token.pos not in ("VERB", "NOUN"):
            continue
        if lexicon.is_("visit_object", token.text):
            out |= _places_after(context, lexicon, token.index, takes_object=True)
        elif lexicon.is_("visit_to", token.text):
            out |= _places_after(context, lexicon, token.index, takes_object=False)
    return out


def _places_after(context: Context, lexicon: EventLexicon, index: int, takes_object: bool) -> set[tuple[int, int]]:
    tokens = context.tokens
    sent, is_verb = tokens[index].sent, tokens[index].pos == "VERB"
    found: set[tuple[int, int]] = set()
    placed = False  # the stretch of places has begun
    k = index + 1
    while k < len(tokens) and tokens[k].sent == sent and k - index <= 40:
        token = tokens[k]
        if _ends_places(context, token):
            break
        span = context.span_starting(token.start, PER, ORG, resolved=True)
        if span is not None and span.type == PER or any(t.start == token.start for t in context.title_spans):
            break
        if span is not None:
            if not placed and takes_object:
                placed = _is_object(lexicon, _head_noun(context, span), is_verb)
                if not placed:
                    break  # "выставку посетила компания «…»": the one who visits
            if placed:
                found.add((span.start, span.end))
            k = token_after(context, span.end, k)
            continue
        if not placed and fold(token.text) in ("с", "со") and token.pos == "ADP":
            k = _after_noun(tokens, k, sent)  # "посетили с рабочим визитом завод …"
            continue
        if fold(token.text) in _PLACE_PREPOSITIONS and token.pos == "ADP":
            placed = True
        elif token.pos in ("NOUN", "PROPN"):
            if lexicon.is_("visitors", token.text) or lexicon.morph.forms(token.text) & title_words() \
                    or lexicon.kind_of(token.text) is not None:
                break  # people, or an event ("посетили заседание совета …"): its own words follow
            if not placed and takes_object:
                placed = _is_object(lexicon, token, is_verb)
                if not placed:
                    break
        k += 1
    return found


def _after_noun(tokens, k: int, sent: int) -> int:
    """The index after the first noun that follows token ``k`` in its sentence."""
    k += 1
    while k < len(tokens) and tokens[k].sent == sent and tokens[k].pos != "NOUN":
        k += 1
    return k + 1


def _ends_places(context: Context, token) -> bool:
    """A token after which the text no longer names the places: the next clause or someone else."""
    if fold(token.text) in _ENDS:
        return True
    return token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") not in ("Part", "Conv")


def _is_object(lexicon: EventLexicon, token, is_verb: bool) -> bool:
    """Whether a noun can be what a verb of visiting takes (the accusative: ``посетили предприятия``) or
    what a noun of visiting governs (the genitive: ``посещение завода``)."""
    if token is None:
        return False
    case = "accs" if is_verb else "gent"
    return any(case in p.tag for p in lexicon.morph.parses(fold(token.text)) if "NOUN" in p.tag)


def _head_noun(context: Context, span: Span):
    """The first noun of a span (``технопарк`` of ``технопарк «Морион»``), else its first token."""
    inside = context.analysis.tokens_in(span.start, span.end)
    return next((t for t in inside if t.pos == "NOUN"), inside[0] if inside else None)


