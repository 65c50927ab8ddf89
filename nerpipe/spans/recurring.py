"""ORG spans for an organization named again: its own name found where it recurs (``Vestas``
after ``компании Vestas``, ``«Вектора»`` after ``концерн «Вектор»``), and the adjective it goes by
(``Мариинский`` after ``Мариинский театр``); the spans themselves are completed by :mod:`.organizations`."""

from __future__ import annotations

from ..morph import Morph, PhraseIndex
from ..ner import Analysis
from ..orgs import OrgLexicon, is_abbreviation, own_name
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES
from .organizations import common_noun, people_surnames

_MAX_OWN_NAME = 6  # words of an organization's own name looked for again


def find_recurring_orgs(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
                        ) -> list[Span]:
    """The spans with every other mention of an organization's own name added as ORG: ``Vestas``
    after ``компании Vestas``, ``«Вектора»`` after ``концерн «Вектор»``, ``палаты представителей``
    after ``Палата представителей``. A name of one word must be capitalised where it recurs and
    be no place the gazetteer knows (``«Колумбии»``); a place natasha tagged with that name that
    neither the gazetteer nor pymorphy knows becomes the organization (``из Кин-Топа``), and so
    does a surname alone that no person of the document has (in any case). A name found after capitalised
    adjectives that open the same quotes is found with them (``«Северного Вектора»`` after ``«Вектор»``: a
    longer name, another body's)."""
    morph = lexicon.morph
    tokens = analysis.tokens
    names: PhraseIndex[bool] = PhraseIndex(morph)  # a name → whether it is a common noun in quotes
    added = 0
    for span in spans:
        if span.type != ORG:
            continue
        words = own_name([t.word() for t in analysis.tokens_in(span.start, span.end)], lexicon)
        own = [w for w in words if w.text[:1].isalnum()]
        quoted_noun = len(own) == 1 and common_noun(own[0], morph) and _in_quotes(analysis, own[0].start)
        if not own or len(own) > _MAX_OWN_NAME or not any(w.text[:1].isupper() for w in own) \
                or (len(own) == 1 and ((common_noun(own[0], morph) and not quoted_noun)
                                       or is_abbreviation(own[0].text) or len(own[0].text) < 3)):
            continue
        names.add(" ".join(w.text for w in own), quoted_noun)
        added += 1
    if not added:
        return spans
    surnames = people_surnames(analysis, spans, morph)
    out = list(spans)
    covered = analysis.indices_in(s for s in spans if s.type == ORG)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        found = names.match_prefix([t.text for t in tokens[index:index + _MAX_OWN_NAME]]) \
            if token.index not in covered and token.text[:1].isalnum() and names.starts(token.text) else []
        length = found[0][0] if found else 0
        last = tokens[index + length - 1] if length else None
        if last is None or last.sent != token.sent or any(t in covered for t in range(index, index + length)) \
                or (length == 1 and (not token.text[:1].isupper() or gazetteer.lookup(token.text) is not None)) \
                or (any(flag for _, flag in found) and not _in_quotes(analysis, token.start)
                    and (index == 0 or tokens[index - 1].sent != token.sent)):
            index += 1
            continue
        new = Span(_find_quoted_start(analysis, index, last), last.end, ORG)
        kept = _give_way(new, out, analysis.text, morph, gazetteer, surnames)
        if kept is not None:
            out = kept + [new]
            covered |= set(range(index, index + length))
        index += length
    return out


def find_adjective_names(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """ORG spans for the adjective an organization named by an adjective and a kind of organization
    goes by (``Мариинский`` after ``Мариинский театр``): capitalised, alone (no noun or adjective
    after it), where no span is."""
    morph = lexicon.morph
    lemmas = set()
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        if len(tokens) == 2 and tokens[0].pos == "ADJ" and tokens[0].text[:1].isupper() \
                and lexicon.kind_of(tokens[1].text) is not None:
            lemmas.add(morph.lemma(tokens[0].text))
    if not lemmas:
        return []
    covered = analysis.indices_in(spans)
    found = []
    for token in analysis.tokens:
        if token.index in covered or not token.text[:1].isupper() or token.text.isupper() \
                or morph.lemma(token.text) not in lemmas:
            continue
        after = analysis.tokens[token.index + 1] if token.index + 1 < len(analysis.tokens) else None
        if after is not None and after.sent == token.sent and after.pos in ("NOUN", "PROPN", "ADJ"):
            continue  # ``Большой зал``
        found.append(Span(token.start, token.end, ORG))
    return found


def _find_quoted_start(analysis: Analysis, index: int, last) -> int:
    """Where the name found at token ``index`` and ending at ``last`` starts with the capitalised adjectives
    before it when they and it are the whole of one pair of quotes (``«Северного Вектора»``), else the name's
    own start."""
    tokens = analysis.tokens
    first = index
    while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].text[:1].isupper() \
            and tokens[first - 1].sent == last.sent:
        first -= 1
    after = tokens[last.index + 1] if last.index + 1 < len(tokens) else None
    if first == index or first == 0 or tokens[first - 1].text not in OPENING_QUOTES \
            or after is None or after.text not in CLOSING_QUOTES:
        return tokens[index].start
    return tokens[first].start


def _in_quotes(analysis: Analysis, start: int) -> bool:
    """Whether an opening quote stands right before the token at ``start``."""
    before = analysis.text[:start].rstrip(" \u00a0")
    return before[-1:] in OPENING_QUOTES


def _give_way(new: Span, spans: list[Span], text: str, morph: Morph, gazetteer: Gazetteer, surnames: set[str]
              ) -> list[Span] | None:
    """``spans`` without those a recurring name ``new`` retypes (a place neither the gazetteer
    nor pymorphy knows, a surname no person of the document has, of the same extent); ``None``
    when another span stands in its way (``подмосковном Сколково`` stays a place)."""
    kept = []
    for span in spans:
        if not span.overlaps(new):
            kept.append(span)
            continue
        same = (span.start, span.end) == (new.start, new.end)
        surface = text[span.start:span.end]
        if same and span.type == LOC and gazetteer.lookup(surface) is None \
                and not any(morph.has_gram(word, "Geox") for word in surface.split()):
            continue
        if same and span.type == PER and len(surface.split()) == 1 and not morph.forms(surface) & surnames:
            continue
        return None
    return kept
