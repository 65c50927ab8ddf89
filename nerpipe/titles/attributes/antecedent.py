"""The body a title's bare kind noun refers back to: ``первый заместитель председателя суда`` after ``в пресс-службе
Энского областного суда``, ``зампред этого суда`` right after the court is named — the one body of that kind the
document named before the title, by a name with that noun in it."""

from __future__ import annotations

from ...morph import fold
from ...ner import Analysis
from ...records import ORG, Span
from ...resolve import Resolved
from ..grammar import Title
from ..lexicon import TitleLexicon

# "зампред этого суда": the one just named; the genitive forms, that a kind noun after a title takes (the
# dictionary's first lemma of "этого" is "это", a pronoun, not "этот")
_THIS = frozenset({"этого", "этой", "того", "той", "данного", "данной"})


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
    # the resolved ORG mentions before the title whose name's first noun is that noun (:func:`_kind_of`)
    before = [s for s in spans if s.end <= title.start and s.type == ORG and s in resolved.entity_of
              and _kind_of(analysis, s, lexicon) == kind]
    if not before:
        return None
    nearest = max(before, key=lambda s: (s.end, -(s.end - s.start)))
    if not this and len({resolved.entity_of[s] for s in before}) > 1:
        return None
    return nearest


def _kind_of(analysis: Analysis, span: Span, lexicon: TitleLexicon) -> str | None:
    """The lemma of the first noun of a body's name, wherever it stands (``Тверского областного суда`` → ``суд``;
    ``пресс-службе … суда`` → ``пресс-служба``, a unit of the court, not the court)."""
    noun = next((t for t in analysis.tokens_in(span.start, span.end) if t.pos in ("NOUN", "PROPN")), None)
    return fold(lexicon.morph.lemma(noun.text)) if noun is not None else None
