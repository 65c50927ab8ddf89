"""ORG spans made of the words that say what a body is and nothing of its name: joined to the name
that follows them, quoted or an abbreviation (``Политической партии`` + ``ЛДПР``, ``Районная газета`` + ``«Луч»``:
one span, the body's), or none when they name a kind of bodies in the plural (``политических
партий «Вектор» и «Заря»``: the names keep their spans)."""

from __future__ import annotations

from ..ner import Analysis, Token
from ..orgs import OrgLexicon, nominative_name_word, opens_quoted_name
from ..records import ORG, Span
from ..text import OPENING_QUOTES
from .edges import close_quotes

_KIND_POS = frozenset({"ADJ", "DET"})  # the words a kind noun may come with (``всероссийской политической``)
_BODY_KINDS = frozenset({"body", "unit"})  # nouns of a body named by its quoted name in apposition only
_DEPENDENT_POS = frozenset({"ADJ", "NOUN"})  # the genitive words after a body's noun (``службы внешней разведки``)


def join_kind_words(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with each ORG span of kind words only (:func:`_kind_head`) joined to the ORG span of
    the name right after it (maybe behind an opening quote), and a plural one dropped."""
    tokens = analysis.tokens
    by_start: dict[int, Span] = {}
    for span in spans:
        if span.type == ORG:
            inner = analysis.tokens_in(span.start, span.end)
            if inner and (inner[0].index not in by_start or by_start[inner[0].index].end < span.end):
                by_start[inner[0].index] = span
    out, dropped = [], set()
    for span in spans:
        head, last, apposed_only = _kind_head(analysis, span, lexicon) if span.type == ORG else (None, None, False)
        if head is None:
            out.append(span)
            continue
        if head.feat.get("Number") == "Plur":
            if not _named_in(analysis, span):
                dropped.add(span)  # ``политических партий``: a kind of bodies, no body
            else:
                out.append(span)  # ``Большого и Мариинского театров``: bodies sharing their noun
            continue
        after = last.index + 1
        quoted = after < len(tokens) and tokens[after].text in OPENING_QUOTES
        after += quoted
        name = by_start.get(after)
        if name is None or tokens[after].sent != head.sent or tokens[after].text[:1].islower() \
                or not (quoted or _abbreviation(analysis, name)) \
                or apposed_only and not (quoted and _apposed(analysis, name, lexicon)):
            out.append(span)
            continue
        dropped.add(name)
        out.append(close_quotes(analysis.text, Span(span.start, name.end, ORG)))
    return [span for span in out if span not in dropped]


def _named_in(analysis: Analysis, span: Span) -> bool:
    """Whether a word of ``span`` is written with a capital where no sentence opens (``Мариинского театров``)."""
    tokens = analysis.tokens
    return any(t.text[:1].isupper() and t.index > 0 and tokens[t.index - 1].sent == t.sent
               and tokens[t.index - 1].text not in ("\n",) for t in analysis.tokens_in(span.start, span.end))


def _kind_head(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> tuple[Token | None, Token | None, bool]:
    """The noun of a span of kind words, the span's last word, and whether only a quoted name in apposition joins
    it: a descriptor noun (``resources/org_types.csv``, kind ``descriptor``: ``партия``, ``газета``), last word of
    the span, after its adjectives (``Всероссийской политической партии``), which any name joins; a legal form or
    a kind's abbreviation alone (``ЧВК``, ``ООО``), which only an apposed quoted name joins; or a lower-case
    noun of a body or a unit of one in the singular (``body``, ``unit``: ``спецслужба``, ``служба``), its adjectives
    before it and the genitive words after it (``израильской службы внешней разведки``), which only an apposed
    name joins; ``(None, None, False)`` for any other span."""
    inner = [t for t in analysis.tokens_in(span.start, span.end) if t.text[:1].isalnum()]
    if len(inner) == 1 and inner[0].text.isupper() and opens_quoted_name(inner[0].text):
        return inner[0], inner[0], True  # ``ЧВК`` + ``«Кедр»``: a kind's abbreviation, its quoted name apposed
    head = next((t for t in inner if t.pos == "NOUN"), None)
    if head is None or any(t.pos not in _KIND_POS for t in inner[:inner.index(head)]):
        return None, None, False
    at = inner.index(head)
    kind = lexicon.kind_of(head.text)
    if kind == "descriptor":
        return (head, head, False) if at == len(inner) - 1 else (None, None, False)
    if kind not in _BODY_KINDS or not head.text.islower() or head.feat.get("Number") == "Plur" or any(
            t.pos not in _DEPENDENT_POS or not t.text.islower() or t.feat.get("Case") != "Gen"
            or lexicon.kind_of(t.text) == "descriptor" or t.feat.get("Animacy") == "Anim"
            for t in inner[at + 1:]):  # not ``совет технопарка``, ``совет директоров``
        return None, None, False
    return head, inner[-1], True


def _apposed(analysis: Analysis, name: Span, lexicon: OrgLexicon) -> bool:
    """Whether a quoted name's first word is in the nominative of its own (``спецслужбой «Кедр»``), a name in
    apposition, not the genitive of a body it belongs to (``правления «Кедра»``)."""
    words = [t for t in analysis.tokens_in(name.start, name.end) if t.text[:1].isalnum()]
    return bool(words) and nominative_name_word(words[0].text, lexicon.morph)


def _abbreviation(analysis: Analysis, span: Span) -> bool:
    """Whether ``span`` is one word in capitals (``ЛДПР``), a name that opens with no word of its own."""
    words = analysis.text[span.start:span.end].split()
    return len(words) == 1 and len(words[0]) > 1 and words[0].isupper()
