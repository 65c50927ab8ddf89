"""ORG spans that open with a word of an event (``resources/events.txt``): natasha takes in the
meeting before the body that holds it (``[Заседание] комитета по бюджету``, ``[Съезд] партии
«Вектор»``), and tags a lone event noun opening a sentence (``Слушания провёл …``). The body is
the organization, the event is none; a quoted name after a noun of an operation (``спецоперации «Щит»``) is
none either, nor a quoted verb (``«Подтверждаем», — заявили …``)."""

from __future__ import annotations

from ..events.lexicon import read_event_nouns
from ..morph import Morph, is_predicate
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..records import ORG, Span
from ..text import OPENING_QUOTES
from .vehicles import reads_nominative


def is_event_noun(word: str, morph: Morph) -> bool:
    """Whether some lemma of ``word`` is a noun of an event (``заседания``, ``Съезд``, ``слушания``)."""
    return word.isalpha() and bool(morph.forms(word) & read_event_nouns())


def drop_event_nouns(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """The spans with :func:`cut_event_noun` applied to each ORG span, and without the quoted names of operations
    (:func:`names_operation`) and quoted verbs (:func:`quotes_a_verb`)."""
    cut = [cut_event_noun(analysis, span, lexicon) for span in spans]
    return [span for span in cut if span is not None and not names_operation(analysis, span, lexicon.morph)
            and not quotes_a_verb(analysis, span, lexicon.morph)]


def quotes_a_verb(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether an ORG span is one quoted word pymorphy knows only as a finite verb or a short participle: words
    someone said (``«Подтверждаем», — заявили …``), no body's name."""
    inner = analysis.tokens_in(span.start, span.end)
    return span.type == ORG and len(inner) == 1 and _quoted(analysis, span) and is_predicate(inner[0].text, morph)


# nouns of what forces do under a quoted name: the name is the operation's, no body's
_OPERATIONS = frozenset({"операция", "спецоперация", "контроперация", "учение", "учения", "манёвры", "маневры",
                         "кампания"})


def names_operation(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether an ORG span is a quoted name right after a noun of an operation or exercise, in apposition to it
    (``спецоперации «Щит»``, ``учения «Заря-2017»``): what forces do, no organization. A name in a case of its own
    is the operation's owner, a body (``кампании «Кедрогаза»``: :func:`_in_own_case`)."""
    if span.type != ORG:
        return False
    inner = analysis.tokens_in(span.start, span.end)
    noun = analysis.token_before(span.start)
    if noun is not None and noun.text in OPENING_QUOTES:
        noun = analysis.token_before(noun.start)
    elif not inner or inner[0].text not in OPENING_QUOTES:
        return False
    if noun is None or not noun.text.isalpha() or not morph.forms(noun.text) & _OPERATIONS:
        return False
    first = next((token for token in inner if token.text[:1].isalpha()), None)
    return first is None or not _in_own_case(first.text, morph)


def _in_own_case(word: str, morph: Morph) -> bool:
    """Whether ``word`` reads only in an oblique case, the genitive of an owner (``Кедрогаза``, ``Ветростроя``):
    a genitive parse and no nominative one but pymorphy's guess of a place (``Заря``, ``Лесной`` read in both)."""
    return morph.has_gram(word, "gent") and not reads_nominative(word, morph)


def cut_event_noun(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> Span | None:
    """An ORG span of natasha's without an event noun that opens it in lower case or at a sentence's
    start: cut to the body in the genitive after it when a word of a kind of organization opens that
    (``Заседание комитета по бюджету`` → ``комитета по бюджету``), ``None`` when the noun is all the span
    holds (``Слушания``); a name written with a capital inside a sentence stays (``… Конференции
    ООН``), and so does a quoted one (``«Форум»``)."""
    if span.type != ORG:
        return span
    tokens = analysis.tokens_in(span.start, span.end)
    morph = lexicon.morph
    if not tokens or not is_event_noun(tokens[0].text, morph) or _quoted(analysis, span) or not (
            tokens[0].text.islower() or analysis.starts_sentence(tokens[0].index)):
        return span
    if len(tokens) == 1:
        return None
    body = tokens[1]
    if body.text.isalpha() and body.text.islower() and lexicon.kind_of(body.text) is not None \
            and morph.has_gram(body.text, "gent"):
        return Span(body.start, span.end, span.type)
    return span


def _quoted(analysis: Analysis, span: Span) -> bool:
    before = analysis.text[:span.start].rstrip()
    return bool(before) and before[-1] in OPENING_QUOTES
