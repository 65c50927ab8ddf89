"""Two bodies that natasha tags as one span: of a list (``министерства спорта, Федерации гребли``), or
a name in the genitive and the next body's name (``Кедрбанка Агентство защиты вкладов``), or two joined by
``и`` (``палаты представителей и сената``); and a body's noun alone before ``и`` and a body of a place, which
shares that place (``генштаба`` of ``генштаба и спецслужб Заречья``); a Latin abbreviation listed with one
natasha tagged (``партий FDP и AfD``), and a name in Latin capitals listed with a body (``«Кривого зеркала» и
ZORKAXX``); two names set against each other by ``vs``."""

from __future__ import annotations

import re

from ..morph import fold
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..records import LOC, ORG, Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES

# ``vs`` between two names set against each other
_VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+(?=\S)", re.IGNORECASE)
# a comma and the capitalised word after it inside a span
_COMMA_WORD = re.compile(r",\s+([А-ЯЁ][а-яё]+)")


def refine_listed(analysis: Analysis, spans: list[Span], orgs: OrgLexicon) -> list[Span]:
    """``spans`` with two bodies joined by ``и`` in one span cut in two (:func:`split_joined_bodies`), a body's
    noun alone before ``и`` and a body of a place made a span (:func:`find_shared_places`), and a Latin
    abbreviation listed with a tagged one made a span (:func:`find_listed_abbreviations`)."""
    spans = split_joined_bodies(analysis, spans, orgs)  # ``палаты представителей и сената``: two
    spans = find_shared_places(analysis, spans, orgs)  # ``генштаба`` of ``генштаба и спецслужб Заречья``
    spans = find_listed_abbreviations(analysis, spans)  # ``FDP`` of ``партий FDP и AfD``
    return find_latin_list_mates(analysis, spans)  # ``ZORKAXX`` of ``«Кривого зеркала» и ZORKAXX``


def split_listed_bodies(text: str, span: Span, orgs: OrgLexicon) -> list[Span]:
    """An ORG span cut at each comma a capitalised noun of a kind of body follows, when the span
    opens with a noun of a kind too (``министерства спорта, туризма, Федерации гребли`` → two);
    a comma before a lower-case word stays inside (``министерства спорта, туризма``). Two names set against
    each other by ``vs`` (a heading's ``Kedron vs Zentrix``) are two spans."""
    inside = text[span.start:span.end]
    versus = _VERSUS.search(inside)
    if versus is not None:
        return [Span(span.start, span.start + versus.start(), span.type),
                Span(span.start + versus.end(), span.end, span.type)]
    first = inside.split(maxsplit=1)[0] if inside.split() else ""
    if "," not in inside or orgs.kind_of(first.lower()) is None:
        return [span]
    pieces, start = [], span.start
    for found in _COMMA_WORD.finditer(inside):
        if orgs.kind_of(found.group(1).lower()) is None:
            continue
        pieces.append(Span(start, span.start + found.start(), span.type))
        start = span.start + found.start(1)
    pieces.append(Span(start, span.end, span.type))
    return pieces


def split_before_named_kind(analysis: Analysis, span: Span, orgs: OrgLexicon) -> list[Span]:
    """An ORG span cut before a capitalised noun of a kind of body that no genitive reading makes a
    dependent of the name before it (``Кедрбанка Агентство защиты вкладов`` → two):
    a name in the genitive, then a body's name that opens in another case."""
    tokens = analysis.tokens_in(span.start, span.end)
    morph = orgs.morph
    for k in range(1, len(tokens)):
        token, before = tokens[k], tokens[k - 1]
        if not token.text[:1].isupper() or token.text.isupper() or not token.text.isalpha() \
                or orgs.kind_of(token.text.lower()) is None or not before.text.isalpha():
            continue
        if before.feat.get("Case") != "Gen" or token.feat.get("Case") == "Gen" or morph.has_gram(token.text, "gent"):
            continue
        return [Span(span.start, before.end, span.type), Span(token.start, span.end, span.type)]
    return [span]


# kinds of a noun after ``и`` that make it a body of its own, not a field of the name before it
_JOINED_KINDS = frozenset({"body", "ministry"})


def split_joined_bodies(analysis: Analysis, spans: list[Span], orgs: OrgLexicon) -> list[Span]:
    """``spans`` with each ORG span of one body's name, ``и`` and a noun of a kind of body in the case of the
    name's first noun cut in two (``палаты представителей и сената``, ``министерства обороны и генштаба``, a unit
    and a unit: ``комитета по бюджету и подкомитета по налогам``); a noun of what a body does stays inside
    (``министерства образования и науки``), and so does a plural name (``штабов и спецслужб``: one body of each is
    :mod:`nerpipe.resolve.shared`'s). The name's first noun again after ``и`` is a second body of its kind
    (``театра оперетты и театра кукол``); in the plural, others of its kind the span leaves out."""
    out: list[Span] = []
    for span in spans:
        out.extend(_split_joined(analysis, span, orgs) if span.type == ORG else [span])
    return out


def _split_joined(analysis: Analysis, span: Span, orgs: OrgLexicon) -> list[Span]:
    tokens = analysis.tokens_in(span.start, span.end)
    head = next((t for t in tokens if t.pos in ("NOUN", "PROPN")), None)
    if head is None or head.feat.get("Number") == "Plur" or head.feat.get("Case") is None:
        return [span]
    head_kind = orgs.kind_of(head.text)
    for k in range(1, len(tokens) - 1):
        if fold(tokens[k].text) != "и" or tokens[k - 1].pos == "PUNCT":
            continue
        j = k + 1
        while j < len(tokens) - 1 and tokens[j].pos == "ADJ":
            j += 1
        noun = tokens[j]
        if noun.pos not in ("NOUN", "PROPN") or noun.feat.get("Case") != head.feat.get("Case"):
            continue
        kind = orgs.kind_of(noun.text)
        repeated = noun.index > head.index and _repeats_first_noun(head, noun, orgs)
        if not repeated and (kind not in _JOINED_KINDS and not (j == k + 1 and are_two_units(analysis, head_kind,
                                                                                              noun, kind))
                             or j > k + 1 and fold(orgs.morph.lemma(noun.text)) == "федерация"):
            continue  # ``и Российской Федерации``
        first = Span(span.start, tokens[k - 1].end, span.type)
        if repeated and noun.feat.get("Number") == "Plur":
            return [first]  # ``театра оперетты и театров Заречья``: others of its kind, no one body
        return [first, Span(tokens[k + 1].start, span.end, span.type)]
    return [span]


def _repeats_first_noun(head, noun, orgs: OrgLexicon) -> bool:
    """Whether the noun after a name's ``и`` is its first noun again, a second body of its kind (``театра оперетты
    и театра кукол``, ``театра оперетты и театров``): no field of the name."""
    return noun.text.islower() and fold(orgs.morph.lemma(noun.text.casefold())) \
        == fold(orgs.morph.lemma(head.text.casefold())) and orgs.kind_of(head.text) is not None


def are_two_units(analysis: Analysis, head_kind: str | None, noun, noun_kind: str | None) -> bool:
    """Whether a name's first noun (its kind ``head_kind``) and a noun after its ``и`` (its kind ``noun_kind``) are
    both a unit's named by its remit after ``по`` (``комитета по бюджету и подкомитета по налогам``): two units, the
    second no field of the first (not ``Департамента промышленной политики и проектного управления``)."""
    after = analysis.tokens[noun.index + 1] if noun.index + 1 < len(analysis.tokens) else None
    return head_kind == "unit" and noun_kind == "unit" and noun.text[:1].islower() \
        and after is not None and after.text == "по"


# kinds of a body's noun that share the place of the body after ``и``, and words of a country that are one
_SHARING_KINDS = frozenset({"body", "ministry", "unit"})
_COUNTRY_WORDS = frozenset({"страна"})


def find_shared_places(analysis: Analysis, spans: list[Span], orgs: OrgLexicon) -> list[Span]:
    """``spans`` with an ORG span for a noun of a kind of body alone (and its adjectives) before ``и`` and an
    ORG span that ends with a place in the genitive, the noun in that span's first noun's case: each is a body
    of that place (``генштаба`` of ``генштаба и спецслужб Заречья``; :func:`nerpipe.resolve.organizations.
    resolve_orgs` names it with the place)."""
    tokens = analysis.tokens
    covered = analysis.indices_in(s for s in spans if s.type in (ORG, LOC))
    places = [s for s in spans if s.type == LOC]
    found = []
    for span in spans:
        if span.type != ORG or _place_at_end(analysis, span, places, orgs) is None:
            continue
        noun = tokens[analysis.tokens_in(span.start, span.end)[0].index - 2]
        if noun.index in covered or not _shares_place(analysis, noun.index, span, orgs):
            continue
        first = noun.index
        while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].sent == noun.sent \
                and tokens[first - 1].feat.get("Case") == noun.feat.get("Case") \
                and tokens[first - 1].index not in covered:
            first -= 1
        found.append(Span(tokens[first].start, noun.end, ORG))
    return spans + found


def shared_place(analysis: Analysis, span: Span, other: Span, spans: list[Span], orgs: OrgLexicon) -> Span | None:
    """The place an ORG span ``span`` of :func:`find_shared_places` shares with the ORG span ``other`` after its
    ``и``: the whole LOC span ``other`` ends with (``Южной Кореи`` of ``спецслужб Южной Кореи``), or its last word
    ``страны``; None when ``span`` is no such noun or ``other`` ends with no place."""
    inner = analysis.tokens_in(span.start, span.end)
    if not inner or any(not t.text.islower() for t in inner if t.text[:1].isalpha()):
        return None
    place = _place_at_end(analysis, other, [s for s in spans if s.type == LOC], orgs)
    if place is None or not _shares_place(analysis, inner[-1].index, other, orgs):
        return None
    return place


def _place_at_end(analysis: Analysis, span: Span, places: list[Span], orgs: OrgLexicon) -> Span | None:
    """The place an ORG span after ``и`` ends with: a LOC span inside it at its end, or its last word ``страны``."""
    inner = analysis.tokens_in(span.start, span.end)
    if len(inner) < 2 or inner[0].index < 2 or fold(analysis.tokens[inner[0].index - 1].text) != "и":
        return None
    place = min((p for p in places if p.end == span.end and p.start > span.start), key=lambda p: p.start, default=None)
    if place is not None:
        return place
    if fold(orgs.morph.lemma(inner[-1].text)) in _COUNTRY_WORDS:
        return Span(inner[-1].start, inner[-1].end, LOC)
    return None


def _shares_place(analysis: Analysis, noun_at: int, span: Span, orgs: OrgLexicon) -> bool:
    """Whether the token ``noun_at`` right before ``и`` and the ORG span ``span`` is a lower-case noun of a kind of
    body sharing its place: in the sentence and the case of that span's first noun."""
    tokens = analysis.tokens
    inner = analysis.tokens_in(span.start, span.end)
    head = next((t for t in inner if t.pos in ("NOUN", "PROPN")), None)
    noun = tokens[noun_at]
    return head is not None and noun_at == inner[0].index - 2 and noun.pos == "NOUN" and noun.sent == head.sent \
        and noun.text.islower() and noun.feat.get("Case") == head.feat.get("Case") \
        and orgs.kind_of(noun.text) in _SHARING_KINDS


_LATIN_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{1,4}")


def find_listed_abbreviations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each Latin abbreviation joined by ``и`` or a comma to a Latin abbreviation
    that is an ORG span of its own, in capitals but for lower-case letters inside (``FDP`` of ``партий FDP и
    AfD``): one more body of the list; a code of a currency or a technical term (``USD``, ``GPS``) is none."""
    tokens = analysis.tokens
    covered = analysis.indices_in(spans)
    listed = [t.index for s in spans if s.type == ORG and len(inner := analysis.tokens_in(s.start, s.end)) == 1
              and _latin_abbreviation(inner[0].text) for t in inner]
    found: list[Span] = []
    while listed:
        index = listed.pop()
        for step in (-2, 2):
            other = index + step
            if not 0 <= other < len(tokens) or other in covered or tokens[(index + other) // 2].text not in ("и", ",") \
                    or tokens[other].sent != tokens[index].sent or not _latin_abbreviation(tokens[other].text) \
                    or tokens[other].text.upper() in _LATIN_CODES:
                continue
            covered.add(other)
            listed.append(other)
            found.append(Span(tokens[other].start, tokens[other].end, ORG))
    return spans + found


def _latin_abbreviation(word: str) -> bool:
    """Whether a word is a Latin abbreviation: two to five letters, a capital first and more capitals than not."""
    return bool(_LATIN_ABBREVIATION.fullmatch(word)) and sum(c.isupper() for c in word) * 2 > len(word)


# Latin abbreviations of currencies, units and technical terms: listed beside a body, never one
_LATIN_CODES = frozenset({
    "USD", "EUR", "RUB", "RUR", "GBP", "JPY", "CNY", "CHF", "UAH", "KZT", "BYN", "TRY", "INR", "BTC", "ETH",
    "IT", "TV", "PC", "PR", "HR", "SMS", "MMS", "GPS", "GSM", "LTE", "USB", "DVD", "CD", "HD", "VIP", "CEO", "CFO",
    "COO", "CTO", "IPO", "GDP", "PMI", "DNA", "HIV", "SUV", "API", "AI", "VR", "AR", "IP", "VPN", "WIFI", "LNG",
    "LPG", "CO", "PDF", "HTML", "URL", "QR", "NFC", "MBA", "PHD", "OK", "DJ", "MC", "FAQ", "PIN", "ID",
})


# a name in Latin capitals (digits after the first letter)
_LATIN_CAPITALS = re.compile(r"[A-Z][A-Z0-9]{1,11}")
_QUOTES = OPENING_QUOTES | CLOSING_QUOTES


def find_latin_list_mates(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for a name in Latin capitals listed with an ORG span of the sentence, the
    last of the list (``«Кривого зеркала» и ZORKAXX``) or the first, the preposition said again
    (``для KRAMEL, и для партии …``): one more body of the list. A Latin name of several words (where
    it ends is unsure) and a code of a currency or a technical term (``USD``, ``GPS``) are none."""
    tokens = analysis.tokens
    covered = analysis.indices_in(spans)
    found: list[Span] = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        if not inner:
            continue
        after, before = inner[-1].index + 1, inner[0].index - 1
        while after < len(tokens) and tokens[after].text in _QUOTES:
            after += 1
        while before >= 0 and tokens[before].text in _QUOTES:
            before -= 1
        candidates = []
        if after + 1 < len(tokens) and tokens[after].text in ("и", ","):
            candidates.append(after + 1)
        if before >= 4 and tokens[before].pos == "ADP" and tokens[before - 1].text == "и" \
                and tokens[before - 2].text == "," \
                and fold(tokens[before - 4].text) == fold(tokens[before].text):
            candidates.append(before - 3)  # ``для KRAMEL, и для`` + the body
        elif before >= 1 and tokens[before].text in ("и", ","):
            candidates.append(before - 1)
        for index in candidates:
            if index in covered or tokens[index].sent != inner[0].sent or not _latin_name(tokens, index):
                continue
            covered.add(index)
            found.append(Span(tokens[index].start, tokens[index].end, ORG))
    return spans + found


def _latin_name(tokens, index: int) -> bool:
    """Whether the token ``index`` is one word in Latin capitals, no code, and no Latin word beside it."""
    word = tokens[index].text
    if not _LATIN_CAPITALS.fullmatch(word) or word in _LATIN_CODES:
        return False
    neighbours = [tokens[i].text for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
    return not any(n[:1].isascii() and n[:1].isalnum() for n in neighbours)
