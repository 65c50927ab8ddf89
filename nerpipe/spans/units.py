"""ORG spans for a unit of an organization named with it: a noun of a unit (``пресс-служба``,
``фракция``, ``президиум``, ``наблюдательный совет``) with an organization in the genitive is an
organization of its own, the organization inside it staying a span of its own (``фракции «Вектор»``
around ``«Вектор»``); the unit's name grows as :mod:`.growth` grows a name."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..orgs import LEADERSHIP_BODIES, UNIT_ABBREVIATIONS, OrgLexicon
from ..records import LOC, ORG, Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES, QUOTE_PAIRS
from .dependents import of_countries
from .growth import adjectives_of, depends_on, grow_right


def find_unit_orgs(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """ORG spans for a unit of an organization named with it: a noun of a unit (``resources/
    org_types.csv``, kind ``unit``: ``пресс-служба``, ``фракция``, ``президиум``) or of a body,
    with its relational adjectives, and an organization in the genitive that depends on it,
    maybe through one more genitive noun (``службы прессы …``): ``фракции «Вектор»``,
    ``наблюдательного совета концерна``, ``комитета Думы по бюджету и налогам``; not a noun after ``по``, the
    remit of the body before it (``комитета по разведке Сената``). The organization inside keeps its span."""
    tokens = analysis.tokens
    morph = lexicon.morph
    starts = {(s.start, s.end) for s in spans}
    # units that open a name already found with their organization (``Комитет Думы по …``)
    opening: dict[int, int] = {}
    for span in spans:
        if span.type == ORG:
            opening[span.start] = max(span.end, opening.get(span.start, 0))
    found = []
    for org in (s for s in spans if s.type == ORG):
        inner = analysis.tokens_in(org.start, org.end)
        if not inner:
            continue
        first = inner[0]
        index = first.index - 1
        closing = None  # the quote that closes a quoted name the unit's span opens (``совета «Вектора»``)
        if index >= 0 and tokens[index].text in OPENING_QUOTES:
            closing = QUOTE_PAIRS[tokens[index].text]
            index -= 1
        if index < 0:
            continue
        unit = index
        if tokens[unit].pos == "NOUN" and tokens[unit].feat.get("Case") == "Gen" and unit > 0 \
                and lexicon.kind_of(tokens[unit].text) not in ("unit", "body"):
            before = unit - 1
            while before > 0 and tokens[before].pos == "ADJ" and tokens[before].feat.get("Case") == "Gen":
                before -= 1  # ``отделения физических наук`` + the organization
            if tokens[before].pos == "NOUN":
                unit = before  # ``службы прессы`` + the organization
        noun = tokens[unit]
        if noun.sent != first.sent or noun.pos not in ("NOUN", "PROPN") \
                or lexicon.kind_of(noun.text) not in ("unit", "body") \
                or unit > 0 and fold(tokens[unit - 1].text) == "по" \
                or opening.get(noun.start, 0) >= org.end \
                or not (_genitive_of(tokens, org, inner, unit) or _party_of(closing, unit, index, noun, morph)
                        or _lettered(closing, unit, index, inner) and lexicon.kind_of(noun.text) == "unit"):
            continue
        if noun.feat.get("Number") == "Plur" \
                and of_countries(tokens, unit, first.index - 1, morph):
            continue  # ``ведомств стран-членов ШОС``: bodies of many states, no unit of one
        if morph.forms(noun.text) & LEADERSHIP_BODIES and len(inner) == 1 and first.text[:1].islower() \
                and lexicon.kind_of(first.text) is not None:
            continue  # ``руководству федерации``: the leadership of a body named by its kind alone is none
        begin = adjectives_of(analysis, unit, morph, unit_names=True)
        if begin > 0 and fold(tokens[begin - 1].text) == "под":
            continue  # ``под управление`` + ``АО «Кедр»``: the company's control or lead, no unit of it
        end = org.end
        after = inner[-1].index + 1
        if closing is not None and after < len(tokens) and tokens[after].text == closing:
            end = tokens[after].end
        if inner[-1].text in OPENING_QUOTES or sum(t.text in OPENING_QUOTES for t in inner) > sum(
                t.text in CLOSING_QUOTES for t in inner):
            continue
        if _lettered(closing, unit, index, inner) and lexicon.kind_of(noun.text) == "unit":
            end = _body_after(analysis, end, spans)  # ``управления «К»`` + ``МВД России``
        outer = grow_right(analysis, Span(tokens[begin].start, end, ORG), spans, lexicon)
        if _inside_longer(analysis, outer, spans, morph):
            continue  # ``[контрольно-дисциплинарного] комитета РФС``: the unit is found with its adjectives
        if (outer.start, outer.end) not in starts:
            starts.add((outer.start, outer.end))
            found.append(outer)
    return found


def drop_bare_units(analysis: Analysis, spans: list[Span], units: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """The spans without an ORG span of a unit's words alone where the unit is found with its organization after
    them (``Омском отделении`` of ``Омском отделении «Кедра»``): one unit, named in full."""
    def bare(span: Span) -> bool:
        inner = analysis.tokens_in(span.start, span.end)
        return span.type == ORG and bool(inner) and lexicon.kind_of(inner[-1].text) in ("unit", "body") \
            and any(unit.start == span.start and unit.end > span.end for unit in units)
    return [span for span in spans if not bare(span)]


def _inside_longer(analysis: Analysis, outer: Span, spans: list[Span], morph: Morph) -> bool:
    """Whether an ORG span found before holds the unit's span and only adjectives before it (no superlative),
    ending where it ends: the same unit with words the unit's adjectives missed (a hyphened
    ``контрольно-дисциплинарного``); not a unit of it (``политбюро ЦК`` inside ``постоянного комитета
    политбюро ЦК``), nor one a quality set before (``крупнейшего управления полиции …``)."""
    return any(span.type == ORG and span.start < outer.start and span.end == outer.end
               and all(token.pos == "ADJ" and not morph.has_gram(token.text, "Supr")
                       for token in analysis.tokens_in(span.start, outer.start))
               for span in spans)


# units named by the quoted name of the party they belong to, in apposition (``фракции «Зелёный путь»``)
_FACTIONS = frozenset({"фракция", "подфракция"})


def _party_of(closing: str | None, unit: int, index: int, noun: Token, morph: Morph) -> bool:
    """Whether the organization is a quoted name in apposition right after a faction's noun, whatever
    its case: its party (``фракции «Зелёный путь»``), not a unit's own name (``комитет «Вектор»``)."""
    return closing is not None and unit == index and bool(morph.forms(noun.text) & _FACTIONS)


def _lettered(closing: str | None, unit: int, index: int, inner: list[Token]) -> bool:
    """Whether the organization is a quoted capital letter right after a noun (a unit's, the caller asks):
    the unit's own name (``управления «К»``, ``отдел «Э»``), no body of its own."""
    return closing is not None and unit == index and len(inner) == 1 and is_letter_name(inner[0].text)


_NO_NAME_LETTERS = frozenset("ЪЬЫ")  # letters no unit is named by


def _body_after(analysis: Analysis, end: int, spans: list[Span]) -> int:
    """The end of the longest ORG span of an abbreviation right after ``end`` (one space between), the body
    whose unit ends there; else ``end``."""
    after = [span for span in spans if span.type == ORG and analysis.text[end:span.start] == " "
             and analysis.text[span.start:span.end].split()[0].isupper()]
    return max((span.end for span in after), default=end)


def is_letter_name(word: str) -> bool:
    """Whether a word is one capital letter or two, a unit's name in quotes (``К``, ``Э``; not a newspaper's
    hard sign, ``Ъ``)."""
    return word.isalpha() and word.isupper() and len(word) <= 2 and not set(word) & _NO_NAME_LETTERS


def drop_letter_names(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` without an ORG span of a quoted capital letter inside a longer ORG span: a unit's name
    (``«К»`` of ``управления «К» МВД``), no body of its own."""
    text = analysis.text
    return [span for span in spans if not (
        span.type == ORG and is_letter_name(text[span.start:span.end])
        and text[span.start - 1:span.start] in OPENING_QUOTES
        and any(other.type == ORG and other.contains(span) and other != span for other in spans))]


def _genitive_of(tokens, org: Span, inner: list[Token], unit: int) -> bool:
    """Whether the organization ``inner`` is a genitive that hangs from the unit noun ``unit``."""
    head = next((t for t in inner if t.text[:1].isalnum()), None)
    if head is None:
        return False
    case = head.feat.get("Case")
    if case not in ("Gen", None) and not (head.text.isupper() and len(head.text) > 1 and case == "Nom"):
        # an abbreviation the tagger reads as a nominative, of two letters at least (not ``«Ъ»``)
        return False
    attached = set(range(unit, inner[0].index))
    return any(t.head in attached for t in inner) or depends_on(tokens, head.index, attached)


def cut_placed_parents(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with each ORG span that ends inside a longer ORG span headed by a unit (``управлении``, ``отделе``)
    with a dictionary body's name, ``по`` and a place (a place span or a noun of a place: ``по Заречной области``)
    cut before its ``по``: the place is where the unit of the longer span serves (``управлении … Министерства обороны
    по Заречной области``), not a part of its parent's name; a unit's own name keeps it (``Управления
    Роспотребнадзора по …`` inside ``отделе …``), as does a body inside a span of another kind, whose own name it is
    (``пресс-службе МВД по Республике …``)."""
    places = [span for span in spans if span.type == LOC]
    starts_by_end: dict[int, list[int]] = {}
    for other in spans:
        if other.type == ORG:
            starts_by_end.setdefault(other.end, []).append(other.start)
    out = []
    for span in spans:
        cut = None
        if span.type == ORG and any(start < span.start
                                    and headed_by_unit(analysis.tokens_in(start, span.start), lexicon)
                                    for start in starts_by_end.get(span.end, ())):
            cut = _before_place(analysis, span, places, lexicon)
        out.append(cut or span)
    return out


def headed_by_unit(tokens: list, lexicon: OrgLexicon, is_head=lambda token: token.text[:1].isalpha()) -> bool:
    """Whether the first of ``tokens`` ``is_head`` takes (the first word) names a unit of a body (``управлении``,
    ``отделе``), not a body of another kind (``пресс-службе``)."""
    head = next((token for token in tokens if is_head(token)), None)
    return head is not None and lexicon.kind_of(head.text) == "unit"


def _before_place(analysis: Analysis, span: Span, places: list[Span], lexicon: OrgLexicon) -> Span | None:
    tokens = analysis.tokens_in(span.start, span.end)
    if lexicon.kind_of(tokens[0].text) == "unit":
        return None  # a territorial unit itself (``Управления Роспотребнадзора по …`` inside ``отделе …``)
    for k in range(1, len(tokens) - 1):
        if tokens[k].text != "по":
            continue
        found = lexicon.match_at([t.text for t in tokens[:k]])
        if found is None or found[0] != k:
            return None  # no body of the dictionary before ``по`` (``УМВД по …``: a territorial unit itself)
        rest = tokens[k + 1:]
        placed = any(place.start == rest[0].start and place.end == span.end for place in places) \
            or lexicon.is_place_noun(rest[-1].text) and all(t.pos in ("ADJ", "NOUN", "PROPN") for t in rest)
        return Span(span.start, tokens[k - 1].end, span.type) if placed else None
    return None


def drop_nested_unit_abbreviations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` without a unit's abbreviation alone (``СУ``, ``ЦК``: :data:`~nerpipe.orgs.UNIT_ABBREVIATIONS`)
    nested in a longer ORG span right before its body's span (``пресс-служба СУ СК России по …``, ``ЦК`` of
    ``Секретарь ЦК ЗНП``'s unit): the first word of the unit's name, no body of its own."""
    text = analysis.text
    orgs = [s for s in spans if s.type == ORG]
    starts = {s.start for s in orgs}

    def cut(span: Span) -> bool:
        after = span.end + len(text[span.end:span.end + 2]) - len(text[span.end:span.end + 2].lstrip())
        return span.type == ORG and text[span.start:span.end] in UNIT_ABBREVIATIONS and after > span.end \
            and after in starts and any(o != span and o.start <= span.start and o.end > span.end for o in orgs)

    return [span for span in spans if not cut(span)]
