"""Between NER and normalization: repair and complete natasha's spans, in this order.

- PER spans that are not people (credit lines such as ``Источник: …``, acronyms,
  digits) are dropped; a Latin name in brackets is a span of its own; parts of a
  name tagged apart are joined (``Петров`` + ``И. И.``);
- ORG spans that name a kind of thing (``СМИ``) are dropped, facilities the
  gazetteer knows become LOC (``МКС``), an unclosed ``«…`` is closed and an
  abbreviation in brackets split off;
- names of the organization dictionary are found in any case form, also in lower
  case (``министерство промышленности и торговли РФ``), and replace natasha's LOC
  of the same extent (``ЕС``);
- a place or an acronym in the genitive right after an organization belongs to its
  name (``Минпромторга`` + ``России``, ``Институт экономики`` + ``РАН``);
- organizations named by a common noun (``правительство Китая``, ``Кипрское
  правительство``, ``сборной``) become ORG spans;
- a word that says what a name is joins it (``партии «Единая Россия»``, ``реки
  Славянки``);
- places named inside organizations are LOC spans of their own, adjectives inside
  them are not; adjectives of federal subjects elsewhere are (``томские``);
- abbreviations defined in the text (``… палаты (ТПП)``) are ORG wherever they
  recur; a surname alone is PER where the document names the person in full.
"""

from __future__ import annotations

from .morph import Morph, fold
from .names import is_credit_line, looks_like_person
from .ner import Analysis
from .orgs import OrgLexicon, bracketed_after, depends_on, is_abbreviation, is_latin_name
from .places import OTHER, Gazetteer
from .records import LOC, ORG, PER, Span
from .text import OPENING_QUOTES, QUOTE_PAIRS, strip_acronym_ending


def refine_spans(analysis: Analysis, morph: Morph, orgs: OrgLexicon, gazetteer: Gazetteer) -> list[Span]:
    """natasha's spans, repaired and completed (sorted by start, nested spans allowed)."""
    text = analysis.text
    spans: list[Span] = []
    for natasha_span in analysis.spans:
        for span in split_latin_name(text, natasha_span) if natasha_span.type == PER else [natasha_span]:
            _add_span(analysis, span, spans, morph, gazetteer)
    spans = merge_adjacent_people(text, spans, morph)
    spans = find_dictionary_orgs(analysis, spans, orgs, gazetteer)
    spans = extend_orgs_by_places(analysis, spans, gazetteer)
    spans = find_body_orgs(analysis, spans, orgs, gazetteer)
    spans = extend_by_descriptors(analysis, spans, orgs, gazetteer)
    spans = drop_adjectives_in_orgs(analysis, spans)
    spans.extend(find_places_in_orgs(analysis, spans, gazetteer))
    spans.extend(find_region_adjectives(analysis, spans, gazetteer))
    spans.extend(find_defined_abbreviations(analysis, spans))
    spans.extend(find_known_surnames(analysis, spans, morph))
    spans.sort(key=lambda s: (s.start, -s.end))
    return _dedupe(spans)


def _add_span(analysis: Analysis, span: Span, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> None:
    """Add one of natasha's spans to ``spans``, repaired, or nothing when it names no one."""
    text = analysis.text
    if _is_domain(text, span):
        return
    if span.type == PER:
        words = [t.word() for t in analysis.tokens_in(span.start, span.end)]
        if not looks_like_person(words, morph) or is_credit_line(text, span.start):
            return
    if span.type == ORG:
        if is_generic_org(text[span.start:span.end]):
            return
        if _is_facility(gazetteer, text[span.start:span.end]):
            spans.append(Span(span.start, span.end, LOC))
            return
        span = close_quotes(text, span)
        span, abbr = split_abbreviation(text, span)
        if abbr is not None:
            spans.append(abbr)
    spans.append(span)


def _is_domain(text: str, span: Span) -> bool:
    """A top-level domain written after a dot (``в зоне .РФ``) names no place."""
    return span.start >= 1 and text[span.start - 1] == "." and (span.start == 1 or text[span.start - 2].isspace())


def merge_adjacent_people(text: str, spans: list[Span], morph) -> list[Span]:
    """One PER span for parts of a name natasha tagged apart with nothing but a space between
    them: a surname and initials (``Петров`` + ``И. И.``), a name ending in a patronymic and a
    surname (``Марии Петровны`` + ``Сидоровой``)."""
    people = sorted((s for s in spans if s.type == PER), key=lambda s: s.start)
    merged: dict[Span, Span] = {}
    for left, right in zip(people, people[1:]):
        gap = text[left.end:right.start]
        if left in merged or gap.strip() or "\n" in gap:
            continue
        left_words, right_words = text[left.start:left.end].split(), text[right.start:right.end].split()
        initials = _initials_only(left_words) != _initials_only(right_words)
        patronymic = len(right_words) == 1 and morph.has_gram(left_words[-1], "Patr")
        if initials or patronymic:
            merged[left] = merged[right] = Span(left.start, right.end, PER)
    out = [merged.get(s, s) for s in spans]
    return list(dict.fromkeys(out))


def _initials_only(words: list[str]) -> bool:
    letters = " ".join(words).replace(".", " ").split()
    return bool(letters) and all(len(w) == 1 and w.isupper() for w in letters)


def split_latin_name(text: str, span: Span) -> list[Span]:
    """``Джошуа Вольфа (Joshua Wolf)`` → the name and the Latin name, two PER spans; a bracket
    natasha opened and did not close is cut off (``Бернс (Рой`` → ``Бернс``)."""
    inside = text[span.start:span.end]
    if "(" not in inside:
        return [span]
    open_at = inside.index("(")
    head = Span(span.start, span.start + len(inside[:open_at].rstrip()), span.type)
    if head.end <= head.start:
        return [span]
    if inside.endswith(")") and inside.count("(") == 1:
        inner = inside[open_at + 1:-1]
        start = span.start + open_at + 1 + len(inner) - len(inner.lstrip())
        if is_latin_name(inner.strip()):
            return [head, Span(start, start + len(inner.strip()), span.type)]
        return [span]
    return [head]


def close_quotes(text: str, span: Span) -> Span:
    """Extend an ORG span that opens a quote to the closing quote (same line, within 120 characters)."""
    inside = text[span.start:span.end]
    for opener, closer in QUOTE_PAIRS.items():
        if opener == closer:
            continue  # a straight quote: below
        if inside.count(opener) > inside.count(closer):
            limit = min(len(text), span.end + 120)
            end = span.end
            while end < limit and text[end] != "\n":
                if text[end] == closer:
                    return Span(span.start, end + 1, span.type)
                if text[end] == opener:
                    break
                end += 1
            return span
    if inside.count('"') % 2 == 1:
        end = text.find('"', span.end, min(len(text), span.end + 120))
        if end != -1 and "\n" not in text[span.end:end]:
            return Span(span.start, end + 1, span.type)
    return span


def _is_facility(gazetteer, surface: str) -> bool:
    """A name the gazetteer knows as a place other than a country, region or town (``МКС``)."""
    place = gazetteer.lookup(surface)
    return place is not None and place.kind == OTHER and place.category == "other"


def split_abbreviation(text: str, span: Span) -> tuple[Span, Span | None]:
    """``Томской торгово-промышленной палаты (ТПП)`` → the name, and ``ТПП`` as a mention of its own;
    the same for a Latin name (``концерн «Фольксваген» (Volkswagen``, a bracket natasha left open)."""
    inside = text[span.start:span.end]
    if "(" not in inside:
        return span, None
    open_at = inside.rindex("(")
    if not inside.endswith(")"):
        rest = text[span.end:span.end + 2].lstrip(" \u00a0")
        if ")" in inside[open_at:] or not rest.startswith(")"):
            return span, None
        inside = text[span.start:text.index(")", span.end) + 1]
    head = inside[:open_at].rstrip()
    inner = inside[open_at + 1: -1]
    candidate = inner.strip()
    if not head or not (is_abbreviation(candidate) or is_latin_name(candidate)):
        return span, None
    abbr_start = span.start + open_at + 1 + (len(inner) - len(inner.lstrip()))
    return Span(span.start, span.start + len(head), ORG), Span(abbr_start, abbr_start + len(candidate), ORG)


def find_dictionary_orgs(analysis: Analysis, spans: list[Span], lexicon, gazetteer) -> list[Span]:
    """The spans with every name of the abbreviation dictionary added as ORG
    (:meth:`~nerpipe.orgs.OrgLexicon.match_at`: any case form, acronyms as written).

    A dictionary name replaces a LOC span of the same extent that is no place of the
    gazetteer (natasha's ``ЕС``, ``Евросоюза``) and ORG spans inside it
    (``Минпромторга`` in ``Минпромторга России``); names inside an organization or
    across the edge of another span are left alone.
    """
    text = analysis.text
    tokens = analysis.tokens
    words = [t.text for t in tokens]
    out = list(spans)
    index = 0
    while index < len(tokens):
        found = lexicon.match_at(words[index: index + _MAX_NAME_WORDS])
        if found is not None and tokens[index + found[0] - 1].sent == tokens[index].sent:
            last = index + found[0] - 1
            placed = _place_org(Span(tokens[index].start, tokens[last].end, ORG), out, text, gazetteer)
            if placed is not None:
                out = placed
                index = last + 1
                continue
        index += 1
    return out


_MAX_NAME_WORDS = 16


def _place_org(new: Span, spans: list[Span], text: str, gazetteer) -> list[Span] | None:
    """``spans`` with ``new`` in them (see :func:`find_dictionary_orgs`), or ``None`` when it does not fit."""
    kept = []
    for span in spans:
        if (span.start, span.end) == (new.start, new.end):
            if span.type == ORG or gazetteer.lookup(text[span.start:span.end]) is not None:
                return None
            continue  # retyped
        if new.contains(span):
            if span.type != ORG:
                kept.append(span)
            continue
        if span.overlaps(new):
            return None
        kept.append(span)
    kept.append(new)
    return kept


def is_generic_org(surface: str) -> bool:
    """Words natasha tags ORG that name a kind of thing, not one organization (``СМИ``, ``вуз``)."""
    return fold(surface.strip()) in _GENERIC_ORGS


_GENERIC_ORGS = {"сми", "вуз", "вузы", "вузов", "нко", "оо", "ип", "ооо", "зао", "оао", "пао", "ао", "гу", "муп",
                 "гуп", "фгуп", "тсж", "снт", "ано"}


def extend_orgs_by_places(analysis: Analysis, spans: list[Span], gazetteer) -> list[Span]:
    """``Минпромторга`` + ``России`` → ``Минпромторга России``; ``Институт экономики`` + ``РАН`` →
    ``Институт экономики РАН``: a place or an organization's acronym right after an organization,
    in the genitive, belongs to its name (the inner span stays, nested)."""
    text = analysis.text
    by_start = {s.start: s for s in spans if s.type in (LOC, ORG)}
    out = []
    for span in spans:
        if span.type == ORG:
            gap = span.end
            while gap < len(text) and text[gap] in " \u00a0":
                gap += 1
            after = by_start.get(gap) if gap - span.end <= 1 else None
            if after is not None and _genitive(analysis, after) and _names_a_parent(text, after, gazetteer):
                span = Span(span.start, after.end, ORG)
        out.append(span)
    return out


def _names_a_parent(text: str, span: Span, gazetteer) -> bool:
    """A country, region or town (LOC), or an acronym (ORG): what an organization's name can end with."""
    surface = text[span.start:span.end]
    if span.type == ORG:
        return is_abbreviation(strip_acronym_ending(surface))
    found = gazetteer.lookup(surface)
    return found is not None and found.category in ("country", "federal_subject", "city")


def _genitive(analysis: Analysis, span: Span) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    head = tokens[0]
    case = head.feat.get("Case")
    return case == "Gen" or (case is None and head.text.isupper())


def find_body_orgs(analysis: Analysis, spans: list[Span], lexicon, gazetteer) -> list[Span]:
    """ORG spans for organizations named with a common noun (``resources/org_types.csv``)
    and what makes them one organization:

    - a place or an organization in the genitive: ``правительство Китая``, ``мэрии Москвы``,
      ``Комиссия ЕС``, ``правительством республики``, ``сборная России по бобслею``;
    - an adjective of a place or of a level of government before it: ``Кипрское правительство``,
      ``японского дипломатического ведомства``, ``городская администрация``;
    - for ministries, the genitive phrase that is their name: ``министерство промышленности и
      торговли РФ``, ``российском министерстве финансов``;
    - for national teams, nothing more: ``сборной``.

    Returns the spans with the new ones; an ORG span of the noun alone (natasha's ``МИДа``)
    gives way to the longer one (``японского МИДа``).
    """
    tokens = analysis.tokens
    bare = {s.start: s for s in spans if s.type == ORG and len(analysis.tokens_in(s.start, s.end)) == 1}
    inside = {t.index for s in spans if s.type in (ORG, LOC) and s.start not in bare
              for t in analysis.tokens_in(s.start, s.end)}
    by_start: dict[int, Span] = {}
    for span in sorted(spans, key=lambda s: s.end):
        by_start[span.start] = span  # the longest span at each start
    found: list[Span] = []
    replaced: set[Span] = set()
    for token in tokens:
        if token.index in inside or token.pos not in ("NOUN", "PROPN") or not token.text[:1].isalpha():
            continue
        kind = lexicon.kind_of(token.text)
        if kind not in ("body", "ministry", "team"):
            continue
        first, placed = _org_modifiers(analysis, token.index, lexicon, gazetteer)
        last, anchored, named = _org_dependents(analysis, token.index, by_start, lexicon)
        single = token.feat.get("Number") != "Plur"
        if (placed and single) or anchored or (kind == "team" and single) or (kind == "ministry" and named):
            span = Span(tokens[first].start, tokens[last].end, ORG)
            if not any(s.overlaps(span) and not span.contains(s) for s in spans):
                found.append(span)
                if token.start in bare:
                    replaced.add(bare[token.start])
    return [s for s in spans if s not in replaced] + found


def _org_modifiers(analysis: Analysis, head: int, lexicon, gazetteer) -> tuple[int, bool]:
    """The first token of the adjectives before an organization noun that agree with it, and
    whether one of them is a place's or a level of government's (``японского``, ``городская``)."""
    first = _adjectives_before(analysis, head)
    placed = any(lexicon.is_level_adjective(t.text) or gazetteer.place_of_adjective(t.text) is not None
                 for t in analysis.tokens[first:head])
    return first, placed


def _org_dependents(analysis: Analysis, head: int, by_start: dict[int, Span], lexicon) -> tuple[int, bool, bool]:
    """How far the genitive and ``по`` phrases after an organization noun reach: ``(last token,
    anchored, named)`` — anchored when they hold a place or an organization (a LOC or ORG span, or
    a word like ``республики``), named when there is any such phrase."""
    tokens = analysis.tokens
    last, anchored, named = head, False, False
    after_po = False
    index = head + 1
    while index < len(tokens) and index - head <= _MAX_DEPENDENT_WORDS:
        token = tokens[index]
        if token.sent != tokens[head].sent:
            break
        span = by_start.get(token.start)
        if span is not None and span.type in (LOC, ORG, PER):
            inner = analysis.tokens_in(span.start, span.end)
            if not inner or not _genitive_token(inner[0]):
                break
            last = inner[-1].index
            anchored = anchored or span.type != PER
            named = True
            index = last + 1
            continue
        case = token.feat.get("Case")
        if token.text in ("и", ",") and named and not anchored:
            index += 1
            continue
        if token.text == "по" and not after_po:
            after_po = True
            index += 1
            continue
        if token.pos in ("NOUN", "PROPN", "ADJ") and (case == "Gen" or (after_po and case in ("Dat", "Loc"))):
            if token.pos != "ADJ":
                last = index
                named = True
                place_noun = lexicon.is_place_noun(token.text) and token.feat.get("Number") != "Plur"
                anchored = anchored or place_noun
            index += 1
            continue
        break
    return last, anchored, named


_MAX_DEPENDENT_WORDS = 12


def _genitive_token(token) -> bool:
    case = token.feat.get("Case")
    return case == "Gen" or (case in (None, "Nom") and token.text.isupper() and len(token.text) > 1)


def extend_by_descriptors(analysis: Analysis, spans: list[Span], lexicon, gazetteer) -> list[Span]:
    """Widen names to the word that says what they are, as the name is written in full:
    ``партии «Единая Россия»``, ``компании Piedmont Airlines``, ``ежедневной газеты «Труд»``
    (ORG, with the adjectives of the word), ``реки Славянки``, ``города Феникс`` (LOC).
    A quoted name after such a word is an organization even when natasha missed it
    (``институт «Коллективное действие»``)."""
    tokens = analysis.tokens
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
    out = []
    for span in spans:
        if span.type in (ORG, LOC):
            first = _descriptor_before(analysis, span, lexicon, gazetteer, covered)
            if first is not None:
                span = close_quotes(analysis.text, Span(tokens[first].start, span.end, span.type))
        out.append(span)
    for token in tokens:
        if token.index in covered or lexicon.kind_of(token.text) != "descriptor" or token.pos != "NOUN":
            continue
        quoted = _quoted_after(analysis, token.index)
        if quoted is not None and not any(t in covered for t in range(token.index, quoted + 1)):
            first = _adjectives_before(analysis, token.index)
            out.append(Span(tokens[first].start, tokens[quoted].end, ORG))
    return out


def _descriptor_before(analysis: Analysis, span: Span, lexicon, gazetteer, covered: set[int]) -> int | None:
    """The first token of the descriptor before ``span`` (see :func:`extend_by_descriptors`), or ``None``."""
    tokens = analysis.tokens
    inner = analysis.tokens_in(span.start, span.end)
    if not inner:
        return None
    index = inner[0].index - 1
    if index >= 0 and tokens[index].text in OPENING_QUOTES and span.type == ORG:
        index -= 1  # natasha's span may leave the opening quote out
    if index < 0 or index in covered or tokens[index].sent != inner[0].sent:
        return None
    word = tokens[index]
    if word.pos != "NOUN" or word.feat.get("Number") == "Plur":
        return None
    if tokens[index + 1] is inner[0] and depends_on(word, inner[0]):
        return None  # «оператор Аль-Джазиры», «городам Свердловской области»: a dependent, not the name
    if span.type == LOC:
        return index if gazetteer.place_type(word.text, abbreviations=False) else None
    if lexicon.kind_of(word.text) != "descriptor":
        return None
    return _adjectives_before(analysis, index)


def _adjectives_before(analysis: Analysis, head: int) -> int:
    """The first of the adjectives right before ``head`` that agree with it in case."""
    tokens = analysis.tokens
    case = tokens[head].feat.get("Case")
    first = head
    while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].sent == tokens[head].sent \
            and tokens[first - 1].feat.get("Case") in (None, case):
        first -= 1
    return first


def _quoted_after(analysis: Analysis, head: int, max_words: int = 8) -> int | None:
    """The index of the closing quote of a «name» right after ``head``, or ``None``."""
    tokens = analysis.tokens
    opener = head + 1
    if opener >= len(tokens) or tokens[opener].text not in ("«", '"') or tokens[opener].sent != tokens[head].sent:
        return None
    closer = QUOTE_PAIRS[tokens[opener].text]
    for index in range(opener + 2, min(len(tokens), opener + max_words + 2)):
        if tokens[index].text == closer:
            return index
        if tokens[index].sent != tokens[head].sent or tokens[index].text in ("«", "(", ")"):
            return None
    return None


def find_places_in_orgs(analysis: Analysis, spans: list[Span], gazetteer) -> list[Span]:
    """LOC spans for the places an organization's name holds in the genitive, where natasha
    tagged none: ``Совета Европы``, ``«Голоса Америки»``, ``Конгресса США``."""
    located = {(s.start, s.end) for s in spans if s.type == LOC}
    found = []
    for org in (s for s in spans if s.type == ORG):
        tokens = analysis.tokens_in(org.start, org.end)
        for index, token in enumerate(tokens[1:], 1):
            if not token.text[:1].isupper() or not _genitive_token(token):
                continue
            for length in (3, 2, 1):
                words = tokens[index:index + length]
                if len(words) < length:
                    continue
                place = gazetteer.lookup(analysis.text[words[0].start:words[-1].end])
                key = (words[0].start, words[-1].end)
                if place is not None and place.category != "other" and key not in located:
                    found.append(Span(key[0], key[1], LOC))
                    located.add(key)
                    break
    return found


def drop_adjectives_in_orgs(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """Drop one-adjective LOC spans inside organizations: the place of ``Кипрское правительство``
    is the organization's region, not a mention of its own."""
    orgs = [s for s in spans if s.type == ORG]
    out = []
    for span in spans:
        if span.type == LOC and any(o.contains(span) and o != span for o in orgs):
            tokens = analysis.tokens_in(span.start, span.end)
            if len(tokens) == 1 and tokens[0].pos == "ADJ":
                continue
        out.append(span)
    return out


def find_region_adjectives(analysis: Analysis, spans: list[Span], gazetteer) -> list[Span]:
    """LOC spans for adjectives of federal subjects outside other spans: ``томские инноваторы``."""
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
    found = []
    for token in analysis.tokens:
        if token.index in covered or token.pos != "ADJ" or not token.text[:1].isalpha():
            continue
        if token.text[:1].isupper() and not analysis.starts_sentence(token.index):
            continue  # capitalised inside a sentence: part of a name natasha did not tag
        if gazetteer.region_of_adjective(token.text) and not _in_collocation(analysis, token, gazetteer.morph):
            found.append(Span(token.start, token.end, LOC))
    return found


# nouns after which a region's adjective names no place: ``московское время``, ``крымские татары``
_COLLOCATION_NOUNS = {"время", "татарин", "татары"}


def _in_collocation(analysis: Analysis, token, morph) -> bool:
    following = analysis.tokens[token.index + 1] if token.index + 1 < len(analysis.tokens) else None
    return following is not None and bool(morph.forms(following.text) & _COLLOCATION_NOUNS)


def find_defined_abbreviations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """ORG spans for what the text defines in brackets after an organization: an abbreviation
    (``… палаты (ТПП)``), wherever it recurs, and a name in Latin letters
    (``Международная амнистия (Amnesty International)``)."""
    text = analysis.text
    defined = set()
    found = []
    existing = {(s.start, s.end) for s in spans}
    for span in spans:
        if span.type != ORG:
            continue
        inner = bracketed_after(text, span.end)
        if inner is None:
            continue
        start, end = inner
        candidate = text[start:end]
        if is_abbreviation(candidate):
            defined.add(candidate)
        elif is_latin_name(candidate) and (start, end) not in existing:
            found.append(Span(start, end, ORG))
    if defined:
        for token in analysis.tokens:
            if (token.text in defined and (token.start, token.end) not in existing
                    and not any(s.start <= token.start and token.end <= s.end and s.type == ORG for s in spans)):
                found.append(Span(token.start, token.end, ORG))
    return found


def find_known_surnames(analysis: Analysis, spans: list[Span], morph) -> list[Span]:
    """PER spans for a surname alone where the document names the person in full elsewhere
    (``Топалов`` after ``Веселин Топалов``) and natasha missed it."""
    surnames: set[str] = set()
    for span in spans:
        if span.type == PER:
            words = [t for t in analysis.tokens_in(span.start, span.end) if t.text[:1].isalpha()]
            if len(words) >= 2 and words[-1].text[:1].isupper() and len(words[-1].text) > 2:
                surnames.add(fold(words[-1].text))
    if not surnames:
        return []
    lemmas = set().union(*(morph.forms(s) for s in surnames)) - _COMMON_LEMMAS
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
    found = []
    for token in analysis.tokens:
        if token.index in covered or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 3:
            continue
        if fold(token.text) in surnames or (token.pos == "PROPN" and morph.forms(token.text) & lemmas):
            found.append(Span(token.start, token.end, PER))
    return found


# lemmas a surname can share with common words
_COMMON_LEMMAS = {"день", "год", "мир", "кит", "волк", "кот", "лев", "орел"}


def _dedupe(spans: list[Span]) -> list[Span]:
    seen = set()
    out = []
    for span in spans:
        key = (span.start, span.end, span.type)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out
