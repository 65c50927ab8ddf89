"""Between NER and normalization: repair and complete natasha's spans.

- PER spans that are not people (credit lines such as ``Источник: …``, acronyms,
  digits) are dropped;
- ORG spans cut short are repaired: an unclosed ``«…`` is closed, and a place in
  the genitive right after an organization belongs to its name
  (``Минпромторга`` + ``России``, ``Ассоциации кластеров и технопарков`` + ``России``);
- adjectives of federal subjects (``томские``, ``свердловских``) become LOC spans;
- abbreviations defined in the text (``… палаты (ТПП)``) are ORG wherever they recur.
"""

from __future__ import annotations

from .names import is_credit_line, looks_like_person
from .ner import Analysis
from .orgs import is_abbreviation
from .records import LOC, ORG, PER, Span

_OPEN = {"«": "»", "“": "”", "„": "“"}


def refine_spans(analysis: Analysis, models) -> list[Span]:
    """natasha's spans, repaired and completed (sorted by start, nested spans allowed)."""
    text = analysis.text
    spans: list[Span] = []
    for span in analysis.spans:
        if span.type == PER:
            words = [t.word() for t in analysis.tokens_in(span.start, span.stop)]
            if not looks_like_person(words, models.morph) or is_credit_line(text, span.start):
                continue
        if span.type == ORG:
            span = close_quotes(text, span)
            span, abbr = split_abbreviation(text, span)
            if abbr is not None:
                spans.append(abbr)
        spans.append(span)
    spans.extend(find_dictionary_orgs(analysis, spans, models.orgs))
    spans = extend_orgs_by_places(analysis, spans, models.gazetteer)
    spans.extend(find_region_adjectives(analysis, spans, models.gazetteer))
    spans.extend(find_defined_abbreviations(analysis, spans))
    spans.sort(key=lambda s: (s.start, -s.stop))
    return _dedupe(spans)


def close_quotes(text: str, span: Span) -> Span:
    """Extend an ORG span that opens a quote to the closing quote (same line, within 120 characters)."""
    inside = text[span.start:span.stop]
    for opener, closer in _OPEN.items():
        if inside.count(opener) > inside.count(closer):
            limit = min(len(text), span.stop + 120)
            end = span.stop
            while end < limit and text[end] != "\n":
                if text[end] == closer:
                    return Span(span.start, end + 1, span.type)
                if text[end] == opener:
                    break
                end += 1
            return span
    if inside.count('"') % 2 == 1:
        end = text.find('"', span.stop, min(len(text), span.stop + 120))
        if end != -1 and "\n" not in text[span.stop:end]:
            return Span(span.start, end + 1, span.type)
    return span


def split_abbreviation(text: str, span: Span) -> tuple[Span, Span | None]:
    """``Томской торгово-промышленной палаты (ТПП)`` → the name, and ``ТПП`` as a mention of its own."""
    inside = text[span.start:span.stop]
    if not inside.endswith(")") or "(" not in inside:
        return span, None
    open_at = inside.rindex("(")
    candidate = inside[open_at + 1: -1].strip()
    head = inside[:open_at].rstrip()
    if not head or not is_abbreviation(candidate):
        return span, None
    abbr_start = span.start + open_at + 1 + (len(inside[open_at + 1:]) - len(inside[open_at + 1:].lstrip()))
    return Span(span.start, span.start + len(head), ORG), Span(abbr_start, abbr_start + len(candidate), ORG)


def find_dictionary_orgs(analysis: Analysis, spans: list[Span], lexicon) -> list[Span]:
    """ORG spans for one-word names of the abbreviation dictionary natasha left untagged,
    in any case and letter case for compound names (``минэкономразвития России``) and
    as written for acronyms (``ТПП``)."""
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.stop)}
    found = []
    for token in analysis.tokens:
        if token.index in covered or not token.text[:1].isalpha() or len(token.text) < 3:
            continue
        if is_abbreviation(token.text):
            if lexicon.is_single_word(token.text):
                found.append(Span(token.start, token.stop, ORG))
            continue
        if lexicon.is_compound_word(token.text):
            found.append(Span(token.start, token.stop, ORG))
    return found


def extend_orgs_by_places(analysis: Analysis, spans: list[Span], gazetteer) -> list[Span]:
    """``Минпромторга`` + ``России`` → ``Минпромторга России`` (the LOC span stays, nested)."""
    text = analysis.text
    by_start = {s.start: s for s in spans if s.type == LOC}
    out = []
    for span in spans:
        if span.type == ORG:
            gap = span.stop
            while gap < len(text) and text[gap] in " \u00a0":
                gap += 1
            place = by_start.get(gap) if gap - span.stop <= 1 else None
            if place is not None and _genitive(analysis, place):
                found = gazetteer.lookup(text[place.start:place.stop])
                if found is not None and found.category in ("country", "federal_subject", "city"):
                    span = Span(span.start, place.stop, ORG)
        out.append(span)
    return out


def _genitive(analysis: Analysis, span: Span) -> bool:
    tokens = analysis.tokens_in(span.start, span.stop)
    if not tokens:
        return False
    head = tokens[0]
    case = head.feat.get("Case")
    return case == "Gen" or (case is None and head.text.isupper())


def find_region_adjectives(analysis: Analysis, spans: list[Span], gazetteer) -> list[Span]:
    """LOC spans for adjectives of federal subjects outside other spans: ``томские инноваторы``."""
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.stop)}
    found = []
    for token in analysis.tokens:
        if token.index in covered or token.pos != "ADJ" or not token.text[:1].isalpha():
            continue
        if token.text[:1].isupper() and token.index > 0 and analysis.tokens[token.index - 1].sent == token.sent:
            continue  # capitalised inside a sentence: part of a name natasha did not tag
        if gazetteer.region_of_adjective(token.text):
            found.append(Span(token.start, token.stop, LOC))
    return found


def find_defined_abbreviations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """ORG spans for abbreviations the text defines in brackets after an organization."""
    text = analysis.text
    defined = set()
    for span in spans:
        if span.type != ORG:
            continue
        rest = text[span.stop: span.stop + 16]
        stripped = rest.lstrip(" \u00a0")
        if stripped.startswith("(") and ")" in stripped:
            candidate = stripped[1: stripped.index(")")].strip()
            if is_abbreviation(candidate):
                defined.add(candidate)
    if not defined:
        return []
    existing = {(s.start, s.stop) for s in spans}
    found = []
    for token in analysis.tokens:
        if (token.text in defined and (token.start, token.stop) not in existing
                and not any(s.start <= token.start and token.stop <= s.stop and s.type == ORG for s in spans)):
            found.append(Span(token.start, token.stop, ORG))
    return found


def _dedupe(spans: list[Span]) -> list[Span]:
    seen = set()
    out = []
    for span in spans:
        key = (span.start, span.stop, span.type)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out
