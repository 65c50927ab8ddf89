"""ORG spans as natasha gives them, repaired: quotes closed, abbreviations in brackets split off
and found again where they recur, kinds of things dropped (vehicles: :mod:`.vehicles`), dictionary
names and one-word names of bodies added, a place or an acronym in the genitive joined to the name
it ends."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..morph import Morph, PhraseIndex, fold
from ..ner import Analysis
from ..orgs import (
    OrgLexicon,
    bracketed_parts,
    is_abbreviation,
    is_full_word,
    is_latin_name,
    is_short_name,
    own_name,
)
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from ..text import OPENING_QUOTES, QUOTE_PAIRS, strip_acronym_ending

_MAX_NAME_WORDS = 16
_GENERIC_ORGS = {"сми", "вуз", "вузы", "вузов", "нко", "оо", "ип", "ооо", "зао", "оао", "пао", "ао", "гу", "муп",
                 "гуп", "фгуп", "тсж", "снт", "ано"}


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
    if inside.count('"') % 2 == 1 and inside[inside.rindex('"') + 1:][:1].isalnum():
        # an odd straight quote opens a name when a word follows it; after a word it closes one opened
        # before the span (``"Союза — Фронт" (АБВ)``)
        end = text.find('"', span.end, min(len(text), span.end + 120))
        if end != -1 and "\n" not in text[span.end:end]:
            return Span(span.start, end + 1, span.type)
    return span


_MAX_QUOTED_REST = 6  # words a quoted name goes on by after natasha's span


def finish_quoted(analysis: Analysis, span: Span) -> Span:
    """An ORG span that starts a quoted name and stops short of its closing quote runs on to it
    (``«[Координационный совет] обманутых вкладчиков»``): the rest is a few words of a name, no verb."""
    text = analysis.text
    if span.start == 0 or text[span.start - 1] not in QUOTE_PAIRS:
        return span
    closer = QUOTE_PAIRS[text[span.start - 1]]
    if closer in text[span.start:span.end]:
        return span
    rest = []
    for token in analysis.tokens[bisect_left(analysis.token_starts, span.end):]:
        if token.start < span.end:
            continue  # an analysis built without its token starts is read from its first token
        if token.text == closer:
            if not rest or not any(t.pos in ("NOUN", "PROPN", "ADJ") for t in rest):
                return span
            return Span(span.start, rest[-1].end, span.type)
        verb = token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") != "Part"
        if len(rest) >= _MAX_QUOTED_REST or verb or token.pos in ("PRON", "PUNCT") \
                or token.text in QUOTE_PAIRS or "\n" in text[span.end:token.start]:
            return span
        rest.append(token)
    return span


def split_abbreviation(text: str, span: Span, gazetteer: Gazetteer | None = None) -> tuple[Span, Span | None]:
    """``Томской торгово-промышленной палаты (ТПП)`` → the name, and ``ТПП`` as a mention of its own;
    the same for a Latin name (``концерн «Фольксваген» (Volkswagen``, a bracket natasha left open),
    also a full one after a short name (``организации EFR (The European Ferry Registry)``), and for
    a short name of one word that is no place (``Федеральной службы … (Роснадзора)``), and the full
    name after an abbreviation (``ФББ (Фонд борьбы с бедностью)``)."""
    inside = text[span.start:span.end]
    if "(" not in inside:
        comma = inside.rfind(", ")
        if comma > 0 and is_abbreviation(inside[comma + 2:]) and is_latin_name(inside[:comma], max_words=12):
            # ``Election Support Network, ESN`` as natasha tags it inside brackets
            return Span(span.start, span.start + comma, ORG), Span(span.start + comma + 2, span.end, ORG)
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
    comma = candidate.rfind(", ")
    if comma > 0 and is_abbreviation(candidate[comma + 2:]):
        candidate = candidate[:comma]  # ``(Election Support Network, ESN)``: the abbreviation is found as defined
    if not head or not (is_abbreviation(candidate) or is_latin_name(candidate, max_words=12)
                        or is_short_name(candidate, gazetteer)
                        or is_abbreviation(head) and candidate[:1].isupper() and " " in candidate):
        return span, None
    abbr_start = span.start + open_at + 1 + (len(inner) - len(inner.lstrip()))
    return Span(span.start, span.start + len(head), ORG), Span(abbr_start, abbr_start + len(candidate), ORG)


def split_at_lines(text: str, span: Span) -> list[Span]:
    """A span natasha ran across line breaks cut into its lines (``СК`` / ``Фонд …`` of a headline
    and the line after it), each line with at least two letters that starts with a capital, a digit
    or a quote (no ``В`` of the next sentence)."""
    inside = text[span.start:span.end]
    if "\n" not in inside:
        return [span]
    pieces, offset = [], span.start
    for line in inside.split("\n"):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        if sum(ch.isalpha() for ch in stripped) >= 2 and (stripped[:1].isupper() or not stripped[:1].isalpha()):
            pieces.append(Span(start, start + len(stripped), span.type))
    return pieces


def drop_leading_nouns(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """ORG spans that open with a common noun of no kind of organization before a quoted name in the
    genitive, cut to that name: ``Офис «Вектора»`` → ``Вектора`` (the office is the company's, no
    organization), while ``Правление «Вектора»`` (a unit) and ``Фонд «Вектор»`` stay."""
    morph = lexicon.morph
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        if len(tokens) >= 3 and tokens[1].text in OPENING_QUOTES and common_noun(tokens[0], morph) \
                and lexicon.kind_of(tokens[0].text) is None and _only_genitive(tokens[2], morph):
            end = span.end
            if tokens[-1].text == QUOTE_PAIRS[tokens[1].text]:
                end = tokens[-2].end
            span = Span(tokens[2].start, end, ORG)
        out.append(span)
    return out


def _only_genitive(token, morph: Morph) -> bool:
    """A word in the genitive that cannot be the nominative (``Вектора``, not ``Вектор``)."""
    if morph.is_known(token.text):
        return morph.has_gram(token.text, "gent") and not morph.has_gram(token.text, "nomn")
    return token.feat.get("Case") == "Gen"


def drop_full_stop(text: str, span: Span) -> Span:
    """An ORG span without the full stop of the sentence it took in (``в Тверском университете.``):
    after a word of more than three letters, a full stop ends no abbreviation."""
    inside = text[span.start:span.end]
    if not inside.endswith(".") or not inside[:-1].split() or not is_full_word(inside[:-1].split()[-1]):
        return span
    return Span(span.start, span.start + len(inside[:-1].rstrip()), span.type)


def find_dictionary_orgs(
    analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
) -> list[Span]:
    """The spans with every name of the abbreviation dictionary added as ORG
    (:meth:`~nerpipe.orgs.OrgLexicon.match_at`: any case form, acronyms as written).

    A dictionary name replaces a LOC span of the same extent that is no place of the
    gazetteer (natasha's ``ЕС``, ``Евросоюза``) and ORG spans inside it
    (``Минпромторга`` in ``Минпромторга России``), and starts a PER span that ran on
    from it (``лидера Аль-Каиды`` + a name); names inside an organization or across the
    edge of another span are left alone.
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


# the last part of one-word names of bodies (``Мосгоризбирком``, ``Афросоюз``, ``Облсуд``,
# ``Гордума``, ``Инвестбанк``, ``Горсовет``), a final vowel left out
_BODY_STEMS = ("избирком", "союз", "дум", "суд", "банк", "совет", "комитет", "прокуратур", "надзор")
_NOUN_ENDINGS = frozenset({"", "а", "у", "ом", "е", "ы", "ам", "ами", "ах", "и", "ой", "ою", "ю", "ей", "ем"})


def is_compound_body(word: str) -> bool:
    """A word made of two or more letters and the last part of a body's name, in any case form:
    ``Мосгоризбиркому``, ``Афросоюза``, ``Облдумы`` (not ``Союза``, ``Дума``)."""
    lowered = fold(word)
    for stem in _BODY_STEMS:
        at = lowered.rfind(stem)
        if at >= 2 and lowered[at + len(stem):] in _NOUN_ENDINGS and lowered[:at].replace("-", "").isalpha():
            return True
    return False


def find_compound_bodies(analysis: Analysis, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> list[Span]:
    """The spans with one-word names of bodies (:func:`is_compound_body`) as ORG: natasha's place
    or person of one word that the gazetteer does not know and pymorphy reads as no surname or first
    name (``к Мосгоризбиркому``, ``от Афросоюза``), and such a capitalised word natasha left untagged
    inside a sentence (or anywhere when pymorphy does not know it as a common noun)."""
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
    out = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type in (LOC, PER) and len(inner) == 1 and is_compound_body(inner[0].text) \
                and gazetteer.lookup(inner[0].text) is None \
                and not (morph.has_gram(inner[0].text, "Surn") or morph.has_gram(inner[0].text, "Name")):
            span = Span(span.start, span.end, ORG)
        out.append(span)
    for token in analysis.tokens:
        if token.index in covered or not token.text[:1].isupper() or token.text.isupper() \
                or not is_compound_body(token.text) or gazetteer.lookup(token.text) is not None:
            continue
        if analysis.starts_sentence(token.index) and morph.is_known(token.text) \
                and not morph.has_gram(token.text, "Orgn"):
            continue  # ``Посуда``, ``Профсоюз`` opening a sentence
        out.append(Span(token.start, token.end, ORG))
    return out


def _place_org(new: Span, spans: list[Span], text: str, gazetteer: Gazetteer) -> list[Span] | None:
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
        if span.type == PER and span.start == new.start and span.end > new.end:
            # a name natasha ran on from the organization before it (``Аль-Каиды`` + a leader's name)
            rest = new.end + len(text[new.end:span.end]) - len(text[new.end:span.end].lstrip())
            kept.append(Span(rest, span.end, PER))
            continue
        if span.overlaps(new):
            return None
        kept.append(span)
    kept.append(new)
    return kept


_DESIGNATION = re.compile(r"[A-Za-z]+-\d+")


def is_generic_org(surface: str) -> bool:
    """Words natasha tags ORG that name a kind of thing, not one organization (``СМИ``, ``вуз``), and
    a Latin word with a number, which designates a model or a virus (``XR-19``, ``ABC-300``)."""
    return fold(surface.strip()) in _GENERIC_ORGS or bool(_DESIGNATION.fullmatch(surface.strip()))


def extend_orgs_by_places(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
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


def _names_a_parent(text: str, span: Span, gazetteer: Gazetteer) -> bool:
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


def genitive_token(token) -> bool:
    case = token.feat.get("Case")
    return case == "Gen" or (case in (None, "Nom") and token.text.isupper() and len(token.text) > 1)


_UNDECLINED_ENDINGS = tuple("оеиуюэ")


def indeclinable(tokens, morph: Morph) -> bool:
    """Whether every word of a name is one that does not decline, so that it is in the genitive
    wherever the genitive stands, whatever the tagger says (``Сан-Диего``, ``Огайо``, ``Мугабе``):
    pymorphy knows it as such, or does not know it and it ends in ``о``, ``е``, ``и``, ``у``,
    ``ю`` or ``э``."""
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    return bool(words) and all(
        morph.has_gram(word, "Fixd") or (not morph.is_known(word) and fold(word).endswith(_UNDECLINED_ENDINGS))
        for word in words)


def find_defined_abbreviations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """ORG spans for what the text defines in brackets after an organization: an abbreviation
    (``… палаты (ТПП)``), wherever it recurs, a name in Latin letters
    (``Международная амнистия (Amnesty International)``) and a quoted name (``(«Вектор»)``)."""
    text = analysis.text
    defined = set()
    found = []
    existing = {(s.start, s.end) for s in spans}
    for span in spans:
        if span.type != ORG:
            continue
        for start, end in bracketed_parts(text, span.end):
            _define(text, start, end, defined, found, existing)
    if defined:
        for token in analysis.tokens:
            if (token.text in defined and (token.start, token.end) not in existing
                    and not any(s.start <= token.start and token.end <= s.end and s.type == ORG for s in spans)):
                found.append(Span(token.start, token.end, ORG))
    return found


def _define(text: str, start: int, end: int, defined: set[str], found: list[Span], existing: set) -> None:
    """One name in brackets after an organization (see :func:`find_defined_abbreviations`)."""
    if end - start > 2 and text[start] in QUOTE_PAIRS and text[end - 1] == QUOTE_PAIRS[text[start]]:
        start, end = start + 1, end - 1  # a quoted name (``(«Культура»)``)
        if text[start:start + 1].isupper() and (start, end) not in existing:
            found.append(Span(start, end, ORG))
        return
    candidate = text[start:end]
    if is_abbreviation(candidate):
        defined.add(candidate)
    elif is_latin_name(candidate) and (start, end) not in existing:
        found.append(Span(start, end, ORG))


def common_noun(token, morph: Morph) -> bool:
    """A word pymorphy knows as a common noun, not a name, place or abbreviation (``Университете``,
    ``совета``), whatever the tagger's ``PROPN``."""
    if token.pos not in ("NOUN", "PROPN") or is_abbreviation(token.text) or not token.text.isalpha():
        return False
    lowered = fold(token.text)
    parses = morph.parses(lowered)
    return morph.is_known(lowered) and bool(parses) and parses[0].tag.POS == "NOUN" and not any(
        gram in p.tag for p in parses for gram in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"))


_MAX_OWN_NAME = 6  # words of an organization's own name looked for again


def find_recurring_orgs(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
                        ) -> list[Span]:
    """The spans with every other mention of an organization's own name added as ORG: ``Vestas``
    after ``компании Vestas``, ``«Вектора»`` after ``концерн «Вектор»``, ``палаты представителей``
    after ``Палата представителей``. A name of one word must be capitalised where it recurs and
    be no place the gazetteer knows (``«Колумбии»``); a place natasha tagged with that name that
    neither the gazetteer nor pymorphy knows becomes the organization (``из Кин-Топа``), and so
    does a surname alone that no person of the document has."""
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
    people = (analysis.text[s.start:s.end].split() for s in spans if s.type == PER)
    surnames = {fold(words[-1]) for words in people if len(words) > 1}
    out = list(spans)
    covered = {t.index for s in spans if s.type == ORG for t in analysis.tokens_in(s.start, s.end)}
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
        new = Span(token.start, last.end, ORG)
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
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
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
        if same and span.type == PER and len(surface.split()) == 1 and fold(surface) not in surnames:
            continue
        return None
    return kept
