"""Quoted names: quoted titles among a list of quoted titles natasha tagged fewer than half of
(``книги «Сад», «Кедр», «Вектор» и «Дорога»``: titles of works, of programmes, of songs) are no
organization, wherever the same name recurs, while the rest of a list natasha tagged half or
more of as organizations are organizations too (``«Вектор», «Кедр» и «Северная звезда»``), and so
are all of a list that is the subject of what bodies do, whatever natasha tagged (``Соглашение
подписали «Вектор» и «Кедр»``); a quoted
name right before its abbreviation in brackets is one (``"Право. Честь. Порядок" (ПЧП)``); a quoted
name after a kind noun may hold places."""

from __future__ import annotations

import re

from ..ner import Analysis
from ..orgs import OrgLexicon, is_abbreviation
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from ..resources import read_word_groups

_ITEM = r'(?:«[^«»\n]{1,80}»|"[^"\n]{1,80}"|“[^“”\n]{1,80}”|„[^„“\n]{1,80}“)'
# between two quoted names of a list: a comma, ``и`` or ``или``, after the first's count in brackets maybe
# (``«Кедр» (7,14%) и «Сад»``)
_SEPARATOR = r"(?:\s*\(\d[\d.,]*\s*%?\))?(?:\s*,\s*|\s+(?:и|или)\s+)"
_LIST = re.compile(f"{_ITEM}(?:{_SEPARATOR}{_ITEM})+")
_ITEMS = re.compile(_ITEM)
_MIN_ITEMS = 3  # fewer quoted names make no list to judge by
# what companies, clubs and parties do (lemmas of verbs), and works of art do not
_ACTS = frozenset(read_word_groups("things.txt")["body_act"])


def drop_lone_listed_names(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` without the ORG spans of the quoted names of a list of at least three quoted names
    natasha tagged fewer than half of (``«Сад», «Кедр», «Вектор» и «Дорога»``), and without the
    other ORG spans of the same words."""
    text = analysis.text
    orgs = [s for s in spans if s.type == ORG]
    dropped: set[str] = set()
    for found in _LIST.finditer(text):
        items = [Span(m.start() + 1, m.end() - 1, ORG) for m in _ITEMS.finditer(text, found.start(), found.end())]
        if len(items) < _MIN_ITEMS:
            continue
        tagged = [item for item in items if any(s.overlaps(item) for s in orgs)]
        if 2 * len(tagged) < len(items) and all(_exactly_tagged(item, orgs) for item in tagged):
            dropped.update(text[item.start:item.end] for item in tagged)
    if not dropped:
        return spans
    return [s for s in spans if s.type != ORG or text[s.start:s.end].strip("«»\"“”„") not in dropped]


def find_listed_names(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon,
                      gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with an ORG span for every capitalised quoted name of a list of quoted names natasha
    tagged half or more of as organizations, each the name alone (``«Вектор» и «Ромашка»``,
    ``«Кедр», «Северная звезда» и «Сад»``) that no span holds, or a place the gazetteer does not
    know does (a club's name tagged as a place); not after a plural noun that says what else they
    are (``фильмы «Сад» и «Кедр»``), but a kind of organization (``журналы «Кедр» и «Сад»``)."""
    text = analysis.text
    orgs = [s for s in spans if s.type == ORG]
    found: list[Span] = []
    replaced: set[Span] = set()
    for listed in _LIST.finditer(text):
        items = [Span(m.start() + 1, m.end() - 1, ORG) for m in _ITEMS.finditer(text, listed.start(), listed.end())]
        tagged = [item for item in items if any(s.overlaps(item) for s in orgs)]
        if not all(_exactly_tagged(item, orgs) or _kind_tagged(analysis, item, orgs, lexicon) for item in tagged) \
                or _named_as_other(analysis, listed.start(), lexicon):
            continue
        if (not tagged or 2 * len(tagged) < len(items)) and not _acting(analysis, items, listed.end(), lexicon.morph):
            continue
        for item in items:
            if item in tagged or not text[item.start:item.start + 1].isupper():
                continue
            held = [s for s in spans if s.overlaps(item)]
            if all(s.type == LOC and item.start - 1 <= s.start and s.end <= item.end + 1
                   and gazetteer.lookup(text[s.start:s.end]) is None for s in held):
                replaced.update(held)
                found.append(item)
    found.extend(_tallied_names(text, spans))
    if not found:
        return spans
    return [s for s in spans if s not in replaced] + found


# a name with its count after a dash (``КПРФ - 57``, ``«Кедр» — 12,5%``): an entry of a tally; a hyphen with no
# space on either side joins a number to a name (``«Кедр»-2``, a second team), no count
_DASH = r"(?:\s*[—–]\s*|\s+-\s*|-\s+)"
_TALLY_ENTRY = re.compile(_DASH + r"\d")
# what lies between two entries of one tally in a row: the closing quote, the count (a share maybe), a comma,
# semicolon or ``и``, and maybe a lower-case kind word and an opening quote of the next (``» - 40, партия «``)
_TALLY_GAP = re.compile(_DASH + r"\d+(?:[.,]\d+)?\s*%?(?:\s*[,;]\s*|\s+и\s+)(?:[а-яё-]+\s+)?[«\"“„]?")
_MIN_TALLIED = 2  # organizations a tally names besides a quoted name, to be one of organizations


def _tallied_names(text: str, spans: list[Span]) -> list[Span]:
    """ORG spans for the capitalised quoted names no span holds that are entries of a tally of organizations, a list
    in a row of names each with its count after a dash (``КПРФ - 57, ЛДПР - 21, «Новые люди» - 13``: what lies
    between two entries is :data:`_TALLY_GAP`), where at least two ORG spans have their count too (a tally of seats or
    votes of parties, of shares of companies)."""
    counted = [s for s in spans if s.type == ORG and _TALLY_ENTRY.match(text, s.end)]
    named = [s for s in spans if s.type in (ORG, PER)]
    items = [item for item in (Span(m.start() + 1, m.end() - 1, ORG) for m in _ITEMS.finditer(text)
                               if _TALLY_ENTRY.match(text, m.end()))
             if text[item.start:item.start + 1].isupper() and not any(s.overlaps(item) for s in named)]
    if not items or len(counted) < _MIN_TALLIED:
        return []
    found, row = [], []
    for entry in sorted(set(counted) | set(items), key=lambda span: span.start):
        if row and not _TALLY_GAP.fullmatch(text, _name_end(text, row[-1]), entry.start):
            found.extend(_row_names(row, items))
            row = []
        row.append(entry)
    return found + _row_names(row, items)


def _name_end(text: str, entry: Span) -> int:
    """The end of an entry's name with its closing quote."""
    return entry.end + 1 if text[entry.end:entry.end + 1] in "»\"”“" else entry.end


def _row_names(row: list[Span], items: list[Span]) -> list[Span]:
    """The quoted names of a row of a tally's entries that holds at least :data:`_MIN_TALLIED` ORG spans."""
    names = [entry for entry in row if entry in items]
    return names if len(row) - len(names) >= _MIN_TALLIED else []


def _acting(analysis: Analysis, items: list[Span], end: int, morph) -> bool:
    """Whether quoted names are the subject of what bodies do: a plural verb of :data:`_ACTS` right
    before or right after them (``Соглашение подписали «Вектор» и «Кедр»``, ``«Вектор» и «Кедр»
    заключили договор``), and each name may be a nominative (not ``получили «Кедра»``)."""
    verbs = [t for t in (analysis.token_before(items[0].start - 1), analysis.token_after(end))
             if t is not None and t.text.isalpha()]
    if not any(p.tag.POS == "VERB" and p.tag.number == "plur" and p.normal_form in _ACTS
               for verb in verbs for p in morph.parses(verb.text.lower())):
        return False
    return all(_nominative(analysis.text[item.start:item.end], morph) for item in items)


def _nominative(name: str, morph) -> bool:
    """Whether a quoted name's first word may be a nominative (or is no word pymorphy knows)."""
    word = name.split()[0].lower() if name.split() else ""
    parses = morph.parses(word)
    return not parses or any(p.tag.case == "nomn" or p.tag.case is None for p in parses)


def _named_as_other(analysis: Analysis, start: int, lexicon: OrgLexicon) -> bool:
    """Whether a plural common noun of no kind of organization comes right before ``start``."""
    before = analysis.token_before(start)
    if before is None or not before.text.isalpha():
        return False
    word = before.text
    return lexicon.kind_of(word) is None and any(
        p.tag.POS == "NOUN" and p.tag.number == "plur" for p in lexicon.morph.parses(word.lower()))


def _exactly_tagged(item: Span, orgs: list[Span]) -> bool:
    """Whether the ORG spans over a quoted name are the name alone, with or without its quotes (not a
    kind noun before it: ``компании «Вектор»`` names its organization whatever the list)."""
    return all(item.start - 1 <= s.start and s.end <= item.end + 1 for s in orgs if s.overlaps(item))


def _kind_tagged(analysis: Analysis, item: Span, orgs: list[Span], lexicon: OrgLexicon) -> bool:
    """Whether the ORG spans over a quoted name are the name after the singular noun of a kind of organization
    that opens the list (``партия «Кедр» (7%) и «Сад»``): the kind of the first, and so of the rest."""
    before = analysis.token_before(item.start - 1)
    return before is not None and lexicon.kind_of(before.text) == "descriptor" \
        and before.feat.get("Number") == "Sing" \
        and all(before.start <= s.start and s.end <= item.end + 1 for s in orgs if s.overlaps(item))


_NAMED_ABBREVIATION = re.compile(r'(?:«([^«»\n]{2,100})»|"([^"\n]{2,100})")\s*\(([^()\n]{2,12})\)')


def find_names_before_abbreviations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """ORG spans for a quoted name right before its abbreviation in brackets, and for the abbreviation,
    where no span holds them: ``"Право. Честь. Порядок" (ПЧП)``, a name natasha broke at its full stops."""
    text = analysis.text
    found = []
    for match in _NAMED_ABBREVIATION.finditer(text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.start(group), match.end(group)
        abbreviation = match.group(3).strip()
        if not text[start:start + 1].isupper() or not is_abbreviation(abbreviation):
            continue
        short_start = match.start(3) + match.group(3).index(abbreviation)
        for piece in (Span(start, end, ORG), Span(short_start, short_start + len(abbreviation), ORG)):
            if not any(s.overlaps(piece) for s in spans):
                found.append(piece)
    return found


def free_name(analysis: Analysis, spans: list[Span], head: int, closing: int) -> bool:
    """Whether no span holds a token of ``head`` «name», but places named inside the name
    (``фонд «Друзья музеев Костромы»``, where natasha tagged only ``Костромы``)."""
    tokens = analysis.tokens
    first, last = tokens[head + 2], tokens[closing - 1]
    for span in spans:
        if span.end <= tokens[head].start or span.start >= tokens[closing].end:
            continue
        if span.type != LOC or span.start < first.start or span.end > last.end \
                or (span.start, span.end) == (first.start, last.end):
            return False
    return True
