"""The body a title's bare kind noun refers back to: ``первый заместитель председателя суда`` after ``в пресс-службе
Энского областного суда``, ``зампред этого суда`` right after the court is named — the one body of that kind the
document named before the title, by a name with that noun in it."""

from __future__ import annotations

from threading import Lock

from ...morph import fold
from ...ner import Analysis
from ...records import ORG, Span
from ...resolve import Resolved
from ..grammar import Title
from ..lexicon import TitleLexicon

# "зампред этого суда": the one just named; the genitive forms, that a kind noun after a title takes (the
# dictionary's first lemma of "этого" is "это", a pronoun, not "этот")
_THIS = frozenset({"этого", "этой", "того", "той", "данного", "данной"})
_KEPT = 4  # documents whose index of bodies by kind is kept (one per document being read)
_indexes: list[tuple[Analysis, list[Span], Resolved, int, dict[str, list[Span]]]] = []
_lock = Lock()


def find_kind_antecedent(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved,
                         lexicon: TitleLexicon) -> Span | None:
    """The mention of the body a title's last word names by its kind alone (a singular noun right after the head
    or the titles it governs, or after ``этого``): the ORG mention nearest before the title whose name's first
    noun is that noun (``Энского областного суда``: ``суд``), when every such mention before it is of one body
    (with ``этого``, the nearest of any); ``None`` otherwise."""
    tokens = analysis.tokens
    last = tokens[title.last]
    if last.pos != "NOUN" or last.feat.get("Number") == "Plur" or not last.text[:1].islower():
        return None
    this = title.last - 1 > title.head and fold(tokens[title.last - 1].text) in _THIS
    # between the head and the noun only titles it governs ("заместителя председателя суда") or "этого"
    between = tokens[title.head + 1: title.last - 1 if this else title.last]
    if any(t.pos != "NOUN" or lexicon.title_lemma(t.text) is None for t in between):
        return None
    kind = fold(lexicon.morph.lemma(last.text))
    before = [s for s in _bodies_by_kind(analysis, spans, resolved, lexicon).get(kind, ()) if s.end <= title.start]
    if not before:
        return None
    nearest = max(before, key=lambda s: (s.end, -(s.end - s.start)))
    if not this and len({resolved.entity_of[s] for s in before}) > 1:
        return None
    return nearest


def _bodies_by_kind(analysis: Analysis, spans: list[Span], resolved: Resolved,
                    lexicon: TitleLexicon) -> dict[str, list[Span]]:
    """The resolved ORG mentions of a document by the lemma of their name's first noun (:func:`_kind_of`), made
    once per document and list of spans."""
    with _lock:
        for kept_analysis, kept_spans, kept_resolved, count, index in _indexes:
            if kept_analysis is analysis and kept_spans is spans and kept_resolved is resolved and count == len(spans):
                return index
    index: dict[str, list[Span]] = {}
    for span in spans:
        if span.type == ORG and span in resolved.entity_of and (kind := _kind_of(analysis, span, lexicon)):
            index.setdefault(kind, []).append(span)
    with _lock:
        _indexes.insert(0, (analysis, spans, resolved, len(spans), index))
        del _indexes[_KEPT:]
    return index


def _kind_of(analysis: Analysis, span: Span, lexicon: TitleLexicon) -> str | None:
    """The lemma of the first noun of a body's name, wherever it stands (``Тверского областного суда`` → ``суд``;
    ``пресс-службе … суда`` → ``пресс-служба``, a unit of the court, not the court)."""
    noun = next((t for t in analysis.tokens_in(span.start, span.end) if t.pos in ("NOUN", "PROPN")), None)
    return fold(lexicon.morph.lemma(noun.text)) if noun is not None else None
