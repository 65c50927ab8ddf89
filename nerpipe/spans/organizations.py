"""ORG spans as natasha gives them, completed (their edges: :mod:`.edges`): kinds of things dropped
(vehicles: :mod:`.vehicles`), dictionary names and one-word names of bodies added, a place or an
acronym in the genitive joined to the name it ends (an organization named again: :mod:`.recurring`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..orgs import INSTITUTIONS, NAMED_BODIES, OrgLexicon, OrgRef, governs_owner, is_abbreviation, is_level_compound
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from ..resolve.ministry_compounds import MINISTRY_COMPOUND, remit_words, spells_remit
from ..text import OPENING_QUOTES, strip_acronym_ending

_MAX_NAME_WORDS = 16
_GENERIC_ORGS = {"сми", "вуз", "вузы", "вузов", "нко", "оо", "ип", "ооо", "зао", "оао", "пао", "ао", "гу", "муп",
                 "гуп", "фгуп", "тсж", "снт", "ано", "нии",
                 # codes of law alone (``поправки в ГК``, ``статья УК``), no body: ``ГК «…»`` is named with its name
                 "гк", "ук", "нк", "тк", "жк", "упк", "гпк", "апк", "коап"}


def find_dictionary_orgs(
    analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
) -> list[Span]:
    """The spans with every name of the abbreviation dictionary added as ORG
    (:meth:`~nerpipe.orgs.OrgLexicon.match_at`: any case form, acronyms as written).

    A dictionary name replaces a LOC span of the same extent that is no place of the
    gazetteer (natasha's ``ЕС``, ``Евросоюза``) and ORG spans inside it
    (``Минпромторга`` in ``Минпромторга России``), and starts a PER span that ran on
    from it (``лидера Аль-Каиды`` + a name); names inside an organization (but the one a unit
    is named with: ``Управления Росреестра по …``) or across the edge of another span are left alone, and
    so are names after a kind of place, which name the place (``района Челси``, ``улицы Правды``), and names
    opening with a kind noun in lower case right before a body's name, which describe that body
    (``крупнейший банк России Кедрбанк``).
    """
    text = analysis.text
    tokens = analysis.tokens
    words = [t.text for t in tokens]
    out = list(spans)
    lemmas: set[str] | None = None  # the document's, read when an abbreviation needs its context
    index = 0
    while index < len(tokens):
        found = lexicon.match_at(words[index: index + _MAX_NAME_WORDS])
        if found is not None and found[1].context:
            lemmas = lemmas if lemmas is not None else lexicon.document_lemmas(words)
            if lexicon.out_of_context(" ".join(words[index: index + found[0]]), lemmas):
                found = None
        if found is not None and tokens[index + found[0] - 1].sent == tokens[index].sent \
                and not _another_of_kind(analysis, index, index + found[0], lexicon) \
                and not _describes_next_name(analysis, index, found, out, lexicon) \
                and not governs_owner(analysis, index, index + found[0], lexicon) \
                and not (index > 0 and gazetteer.place_type(tokens[index - 1].text, abbreviations=False) is not None):
            last = index + found[0] - 1
            placed = _place_org(Span(tokens[index].start, tokens[last].end, ORG), out, text, gazetteer,
                                nested=_after_unit(analysis, index, lexicon))
            if placed is not None:
                out = placed
                index = last + 1
                continue
        index += 1
    return out


def _another_of_kind(analysis: Analysis, index: int, end: int, lexicon: OrgLexicon) -> bool:
    """A name opening with an adjective in lower case after another adjective, or before a place
    noun: one more of its kind (``негосударственного пенсионного фонда``, ``верховный суд
    республики``), not the body the dictionary names."""
    tokens = analysis.tokens
    first = tokens[index]
    if not first.text[:1].islower() or first.pos != "ADJ":
        return False
    before = tokens[index - 1] if index > 0 and tokens[index - 1].sent == first.sent else None
    after = tokens[end] if end < len(tokens) and tokens[end].sent == first.sent else None
    return before is not None and before.pos == "ADJ" \
        or after is not None and lexicon.is_place_noun(after.text) and after.feat.get("Case") == "Gen"


def _describes_next_name(analysis: Analysis, index: int, found: tuple[int, OrgRef], spans: list[Span],
                         lexicon: OrgLexicon) -> bool:
    """A name opening with a descriptor noun in lower case right before the name of another body: a description of
    that body in apposition (``третий по величине банк России Кедрбанк``), not the body the dictionary names
    (``found``, its length and body)."""
    tokens = analysis.tokens
    end = index + found[0]
    first = tokens[index]
    if not first.text[:1].islower() or lexicon.kind_of(first.text) != "descriptor" \
            or end >= len(tokens) or tokens[end].sent != first.sent:
        return False
    after = tokens[end]
    if not (after.text[:1].isupper() or after.text[:1] in OPENING_QUOTES):
        return False
    quoted = after.text[:1] in OPENING_QUOTES and end + 1 < len(tokens)
    if quoted and not _opens_agreeing_name(first, tokens[end + 1]):
        return False  # a quote of another kind of words (``банка России «Кедровым вестям»``, ``«для проверки»``)
    starts = {after.start, tokens[end + 1].start} if quoted else {after.start}
    named = lexicon.match_at([t.text for t in tokens[end: end + _MAX_NAME_WORDS]])
    if named is not None and named[1].name == found[1].name:
        return False  # its own abbreviation after it (``агентства Заречья ЗАГ``)
    return quoted or named is not None or any(span.type == ORG and span.start in starts for span in spans)


def _opens_agreeing_name(descriptor: Token, word: Token) -> bool:
    """Whether the word after an opening quote opens a capitalised name in the case of the descriptor noun before
    it (``банк России «Кедровый»``), the name that noun describes; a case the tagger leaves out agrees."""
    if word.sent != descriptor.sent or not word.text[:1].isupper():
        return False
    case, own = descriptor.feat.get("Case"), word.feat.get("Case")
    return case is None or own is None or case == own


# the last part of one-word names of bodies (``Мосгоризбирком``, ``Афросоюз``, ``Облсуд``,
# ``Гордума``, ``Инвестбанк``, ``Горсовет``), a final vowel left out
_BODY_STEMS = ("избирком", "союз", "дум", "суд", "банк", "совет", "комитет", "прокуратур", "надзор", "завод",
               "комбинат")
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


def is_hyphened_body(word: str) -> bool:
    """A name whose part after a hyphen is the noun of a body (``Лираф-Банк``, ``Кедр-Союза``): no
    person's, whatever pymorphy reads in its first part."""
    first, _, last = fold(word).rpartition("-")
    return bool(first) and any(last.startswith(stem) and last[len(stem):] in _NOUN_ENDINGS for stem in _BODY_STEMS)


def find_compound_bodies(analysis: Analysis, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> list[Span]:
    """The spans with one-word names of bodies (:func:`is_compound_body`) as ORG: natasha's place
    or person of one word that the gazetteer does not know and pymorphy reads as no surname or first
    name (``к Мосгоризбиркому``, ``от Афросоюза``), and such a capitalised word natasha left untagged
    inside a sentence (or anywhere when pymorphy does not know it as a common noun), and a compound of a level
    and a body in any letter case anywhere (``Гордума``, ``облдумы``, :func:`~nerpipe.orgs.is_level_compound`)."""
    covered = analysis.indices_in(spans)
    out = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type in (LOC, PER) and len(inner) == 1 and is_compound_body(inner[0].text) \
                and gazetteer.lookup(inner[0].text) is None \
                and (is_hyphened_body(inner[0].text)
                     or not (morph.has_gram(inner[0].text, "Surn") or morph.has_gram(inner[0].text, "Name"))) \
                or span.type in (LOC, PER) and len(inner) == 1 and is_level_compound(inner[0].text):
            span = Span(span.start, span.end, ORG)
        out.append(span)
    for token in analysis.tokens:
        if token.index in covered or token.text.isupper() or gazetteer.lookup(token.text) is not None:
            continue
        if is_level_compound(token.text):  # ``Гордума``, ``облдумы``, ``Заксобрание`` in any letter case
            out.append(Span(token.start, token.end, ORG))
            continue
        if not token.text[:1].isupper() or not is_compound_body(token.text):
            continue
        if analysis.starts_sentence(token.index) and morph.is_known(token.text) \
                and not morph.has_gram(token.text, "Orgn"):
            continue  # ``Посуда``, ``Профсоюз`` opening a sentence
        out.append(Span(token.start, token.end, ORG))
    return out


_KINDS_OF_BODIES = ("body", "ministry", "unit", "descriptor")


def retype_kind_places(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
                       ) -> list[Span]:
    """natasha's places that the gazetteer does not know and whose first noun names a kind of
    organization, as organizations: ``Калужскому онкологическому центру``, ``Администрации
    города`` (then joined to ``Пскова``), ``Союзу`` (then grown to ``журналистов …``); not a
    shopping centre, a building."""
    out = []
    for span in spans:
        if span.type == LOC and gazetteer.lookup(analysis.text[span.start:span.end]) is None:
            inner = analysis.tokens_in(span.start, span.end)
            noun = next((t for t in inner if t.pos in ("NOUN", "PROPN")), None)
            before = inner[:inner.index(noun)] if noun is not None else []
            # a capitalised noun after adjectives names a state (``Советским Союзом``)
            if noun is not None and all(t.pos == "ADJ" for t in before) and not (before and noun.text[:1].isupper()) \
                    and _names_a_body(noun.text, lexicon, gazetteer) and not _of_subjects(analysis, inner) \
                    and not shopping_centre(analysis.tokens, noun.index, lexicon.morph) \
                    or len(inner) == 1 and is_ministry_compound(inner[0].text, lexicon):
                span = Span(span.start, span.end, ORG)
        out.append(span)
    return out


# the fewest letters after ``Мин`` of a ministry's one-word compound a place span is retyped by (``Мингазпрома``,
# ``Минводхоза``): one more than :data:`~nerpipe.resolve.ministry_compounds.MINISTRY_COMPOUND` asks
_MINISTRY_REMIT = 4


def is_ministry_compound(word: str, lexicon: OrgLexicon) -> bool:
    """Whether a capitalised word no place, person or place of pymorphy's is a ministry's compound of ``Мин`` and
    its remit (``Мингазпрома`` tagged a place), not a town (``Минусинска``, ``Минводах``) nor a surname
    (``Минаева``): one pymorphy reads as an organization (knowing it or guessing by its ending), or one it does
    not know whose letters after ``Мин`` spell the remit of a ministry of the dictionary (``Минпросвещения``)."""
    morph = lexicon.morph
    found = MINISTRY_COMPOUND.fullmatch(word)
    if found is None or len(found[1]) < _MINISTRY_REMIT \
            or any(morph.has_gram(word, gram) for gram in ("Geox", "Name", "Surn", "Patr")):
        return False
    return morph.has_gram(word, "Orgn") or not morph.is_known(word) \
        and any(spells_remit(fold(found[1]), remit) for remit in _ministry_remits(lexicon))


@lru_cache(maxsize=4)
def _ministry_remits(lexicon: OrgLexicon) -> tuple[tuple[str, ...], ...]:
    """The remits of the dictionary's ministries, their words after ``Министерство`` to the first capitalised
    one (``образования``, ``и``, ``науки``)."""
    return tuple(sorted({tuple(remit) for refs in lexicon.by_key.values() for ref in refs
                         if (remit := remit_words(ref.name))}))


def _of_subjects(analysis: Analysis, inner: list) -> bool:
    """Whether a place follows ``субъект`` (``субъектов Федерации``): the state, no body."""
    index = inner[0].index if inner else 0
    return index > 0 and fold(analysis.tokens[index - 1].text).startswith("субъект")


def shopping_centre(tokens, index: int, morph: Morph) -> bool:
    """Whether token ``index`` is ``центр`` after ``торговый`` (``торговом центре``, ``торгово-развлекательного
    центра``): a building, not the organization ``центр`` names elsewhere."""
    return index > 0 and morph.lemma(tokens[index].text) == "центр" \
        and morph.lemma(tokens[index - 1].text).startswith("торгов")


def _names_a_body(word: str, lexicon: OrgLexicon, gazetteer: Gazetteer) -> bool:
    """A common noun of a kind of organization, no kind of place: ``центру``, ``Администрации``, ``Союзу``."""
    if not word[:1].isalpha() or lexicon.is_place_noun(word) or gazetteer.place_type(word) is not None:
        return False
    return lexicon.kind_of(word) in _KINDS_OF_BODIES or bool(lexicon.morph.forms(word) & (NAMED_BODIES | INSTITUTIONS))


def _after_unit(analysis: Analysis, index: int, lexicon: OrgLexicon) -> bool:
    """Whether the name at token ``index`` follows the noun of a unit or a body of its own, whose
    genitive it is (``Управления`` + ``Росреестра``, ``комитета`` + ``Госдумы``)."""
    if index == 0:
        return False
    before = analysis.tokens[index - 1]
    return before.pos in ("NOUN", "PROPN") and before.sent == analysis.tokens[index].sent \
        and lexicon.kind_of(before.text) in ("unit", "body")


def _place_org(new: Span, spans: list[Span], text: str, gazetteer: Gazetteer, nested: bool = False
               ) -> list[Span] | None:
    """``spans`` with ``new`` in them (see :func:`find_dictionary_orgs`), or ``None`` when it does not
    fit; ``nested``: it may lie inside an organization, as the body a unit of it is named with (inside the unit's
    span, which opens before it: not a longer name from its own first word)."""
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
        if span.overlaps(new) and not (nested and span.type == ORG and span.contains(new) and span.start < new.start):
            return None  # a longer name opening where it opens cuts it short (``федерации хоккея`` + ``с мячом``)
        kept.append(span)
    kept.append(new)
    return kept


_DESIGNATION = re.compile(r"[A-Za-z]+-\d+")


def is_generic_org(surface: str) -> bool:
    """Words natasha tags ORG that name a kind of thing, not one organization (``СМИ``, ``вуз``, a code of
    law alone: ``ГК``), and
    a Latin word with a number, which designates a model or a virus (``XR-19``, ``ABC-300``)."""
    return fold(surface.strip()) in _GENERIC_ORGS or bool(_DESIGNATION.fullmatch(surface.strip()))


def extend_orgs_by_places(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``Минпромторга`` + ``России`` → ``Минпромторга России``; ``Институт экономики`` + ``РАН`` →
    ``Институт экономики РАН``: a place or an organization's acronym right after an organization,
    in the genitive, belongs to its name (the inner span stays, nested): a place that may be a
    genitive is one, whatever case the tagger made it agree in (``Госдуме`` + ``России``)."""
    text = analysis.text
    by_start = {s.start: s for s in spans if s.type in (LOC, ORG)}
    out = []
    for span in spans:
        if span.type == ORG:
            gap = span.end
            while gap < len(text) and text[gap] in " \u00a0":
                gap += 1
            after = by_start.get(gap) if gap - span.end <= 1 else None
            if after is None and gap - span.end <= 1:
                after = _place_after_its_kind(analysis, gap, by_start, gazetteer)
            if after is not None and _genitive(analysis, after, gazetteer.morph) \
                    and _names_a_parent(text, after, gazetteer):
                span = Span(span.start, after.end, ORG)
        out.append(span)
    return out


def _place_after_its_kind(analysis: Analysis, start: int, by_start: dict[int, Span], gazetteer: Gazetteer
                          ) -> Span | None:
    """The place named after its kind at ``start`` (``города`` + ``Омска``), as one span, or ``None``."""
    at = bisect_left(analysis.token_starts, start)
    tokens = analysis.tokens[at:at + 1]
    if not tokens or tokens[0].start != start or gazetteer.place_type(tokens[0].text, abbreviations=False) is None \
            or tokens[0].index + 1 >= len(analysis.tokens):
        return None
    name = by_start.get(analysis.tokens[tokens[0].index + 1].start)
    if name is None or name.type != LOC or analysis.tokens[tokens[0].index + 1].sent != tokens[0].sent:
        return None
    return Span(tokens[0].start, name.end, LOC)


def _names_a_parent(text: str, span: Span, gazetteer: Gazetteer) -> bool:
    """A country, region or town (LOC), or an acronym (ORG): what an organization's name can end with."""
    surface = text[span.start:span.end]
    if span.type == ORG:
        return is_abbreviation(strip_acronym_ending(surface))
    found = gazetteer.lookup(surface)
    return found is not None and found.category in ("country", "federal_subject", "city")


def _genitive(analysis: Analysis, span: Span, morph: Morph) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    head = tokens[0]
    case = head.feat.get("Case")
    if case in ("Dat", "Loc") and span.type == LOC and len(tokens) == 1:
        # a one-word place after a body in the dative or locative: a genitive the tagger made agree
        return any(p.tag.case == "gent" and "Geox" in p.tag for p in morph.parses(fold(head.text)))
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


def common_noun(token, morph: Morph) -> bool:
    """A word pymorphy knows as a common noun, not a name, place or abbreviation (``Университете``,
    ``совета``), whatever the tagger's ``PROPN``."""
    if token.pos not in ("NOUN", "PROPN") or is_abbreviation(token.text) or not token.text.isalpha():
        return False
    lowered = fold(token.text)
    parses = morph.parses(lowered)
    return morph.is_known(lowered) and bool(parses) and parses[0].tag.POS == "NOUN" and not any(
        gram in p.tag for p in parses for gram in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"))


def people_surnames(analysis: Analysis, spans: list[Span], morph: Morph) -> set[str]:
    """The surnames of the people the document names with more than a surname, in every case and
    read every way (:meth:`~nerpipe.morph.Morph.forms`: ``Смитсона`` of ``Джона Смитсона``): a word
    alone with one of these forms is that person, no organization."""
    people = (analysis.text[s.start:s.end].split() for s in spans if s.type == PER)
    return {form for words in people if len(words) > 1 for form in morph.forms(words[-1])}
