"""ORG spans grown to the whole name, as the syntax tree shows it: natasha often tags only the
head of a name (``Судом`` of ``Судом Партизанского района``, ``Университете`` of ``Университете
Лос-Анджелеса``) or leaves out a relational adjective before it (``синодального Отдела …``).

- **after the name**: the phrases that depend on it (natasha's syntax tree) and that a name is
  made of — a genitive after a common noun (``Госпиталя принцессы Ирины``, ``Палаты представителей
  112 созыва``), a phrase with ``при`` (``Совета при Президенте``, ``комитета при прокуратуре``),
  with ``по`` after a body (``Агентства по туризму``, ``комитета по бюджету, налогам и сборам``),
  with ``в`` and a place after an office abroad (``посольства в Токио``), with ``в`` and a field in lower case
  after a unit (``управления надзора в уголовных производствах``), with ``по`` and a place after
  an office's abbreviation (``УФСБ по Тверской области``), names joined by ``и`` after ``имени`` and
  genitives joined by ``и`` to the one that ends the name (``Союза издателей и распространителей``,
  :mod:`.coordination`); a name of the dictionary, a name in full, only by a ``при`` phrase;
- **before the name**: relational adjectives that agree with its first noun (``синодального``,
  ``русская``), not qualitative ones (``новой``, ``крупнейшего``), pronouns or participles;

Units of an organization named with it are :mod:`.units`'s.
"""

from __future__ import annotations

from ..dates.grammar import MONTHS
from ..inflect import find_head
from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..orgs import (
    PLACE_BODIES,
    TIME_ADJECTIVES,
    UNIT_ABBREVIATIONS,
    OrgLexicon,
    governs_owner,
    is_abbreviation,
    is_electoral_district,
    is_latin_name,
    is_unit_adjective,
)
from ..places import PLACE_TYPES
from ..records import LOC, ORG, PER, Span
from ..text import CLOSING_QUOTES, REASONS_AFTER_PO, strip_acronym_ending
from .coordination import coordinated_field, coordinated_genitive, coordinated_name, coordinated_remits
from .dependents import agrees_in_case
from .organizations import common_noun

_MAX_GROWTH = 40  # tokens a name grows by at most
# prepositions of a phrase that belongs to a name: ``при`` always, ``по`` after a body
_OWN_PREPOSITIONS = {"при": "Loc", "по": "Dat"}
# offices named by the place they are in (``посольство в Токио``, ``отделение в Казани``)
_OFFICES = frozenset({
    "посольство", "консульство", "генконсульство", "представительство", "постпредство", "миссия",
    "дипмиссия", "отделение", "филиал", "офис", "бюро", "отдел",
})
# nouns of ``по`` phrases that say whence, why or how, not what a body does
_CIRCUMSTANCES = frozenset({
    "данные", "слово", "мнение", "оценка", "информация", "сообщение", "итог", "результат", "причина",
    "повод", "случай", "инициатива", "приглашение", "просьба", "требование", "поручение", "решение",
    "телефон", "видеосвязь", "приказ", "подсчёт", "подсчет", "прогноз", "вопрос",
})
# kinds of organization nouns that no person's title in the genitive names
_STATE_KINDS = ("body", "ministry", "collective", "crew", "team")
# kinds of organization nouns after which a ``по`` phrase names what the body does
_BODY_KINDS = ("body", "ministry", "unit", "descriptor")


def grow_orgs(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """The spans with every ORG span grown to the dependents and adjectives of its name (see the
    module's doc); a name of the organization dictionary, a name in full, takes no adjectives
    (``российской Госдумы``) and only a ``при`` phrase (not ``для Конституционного суда здания``)."""
    out = []
    for span in spans:
        if span.type == ORG:
            known = _dictionary_name(analysis, span, lexicon)
            fields = not _unit_before(analysis, span, lexicon)
            grown = grow_right(analysis, span, spans, lexicon, full=known, fields=fields)
            if not known:
                grown = _grow_left(analysis, grown, lexicon.morph)
            if grown != span and not any(other.type == ORG and other != span and _crosses(other, grown)
                                         for other in spans):
                span = grown
        out.append(span)
    return out


def _crosses(a: Span, b: Span) -> bool:
    return a.overlaps(b) and not a.contains(b) and not b.contains(a)


def _dictionary_name(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> bool:
    """Whether the span is a name of the dictionary in full, governing no owner's genitive after it (``Совет
    безопасности компании «…»`` grows as any body's unit does)."""
    tokens = analysis.tokens_in(span.start, span.end)
    found = lexicon.match_at([t.text for t in tokens])
    return found is not None and found[0] == len(tokens) \
        and not governs_owner(analysis, tokens[0].index, tokens[-1].index + 1, lexicon)


def _unit_before(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> bool:
    """Whether a lower-case noun of a unit or body governs the span from before it: a ``по`` phrase
    after the span is that unit's (``комитет`` + ``Народного собрания`` + ``по бюджету``)."""
    inner = analysis.tokens_in(span.start, span.end)
    if not inner or inner[0].index == 0 or inner[0].feat.get("Case") not in ("Gen", None):
        return False
    before = analysis.tokens[inner[0].index - 1]
    if before.sent == inner[0].sent and before.text in UNIT_ABBREVIATIONS:
        return True  # ``ГУ`` + ``МВД`` + ``по Москве``
    return before.sent == inner[0].sent and before.text.isalpha() and before.text.islower() \
        and lexicon.kind_of(before.text) in ("unit", "body")


def grow_right(analysis: Analysis, span: Span, spans: list[Span], lexicon: OrgLexicon, full: bool = False,
                fields: bool = True) -> Span:
    """``span`` with the phrases after it that belong to its name; ``full``: a name in full, which
    only a ``при`` phrase can follow; ``fields``: ``False`` when a ``по`` phrase after it is another's."""
    tokens = analysis.tokens
    inner = analysis.tokens_in(span.start, span.end)
    if not inner or not _ends_a_name(inner[-1]):
        return span
    words = [t.word() for t in inner]
    head_index = find_head(words, lexicon.morph)
    if head_index and _russia_after_abbreviations(inner[head_index:]) and is_abbreviation(inner[0].text):
        head_index = 0  # ``УФСБ России`` + ``по Тверской области``: the abbreviation heads the name
    head = inner[head_index] if head_index is not None else None
    kind = lexicon.kind_of(head.text) if head is not None else None
    if kind is None and head_index:  # ``вооружённых сил``
        kind = lexicon.phrase_kind(inner[head_index - 1].text, head.text, agreeing=True)
    attached = {t.index for t in inner}
    last = inner[-1].index
    by_start = {s.start: s for s in sorted(spans, key=lambda s: s.end) if s.type in (LOC, ORG, PER)}
    while last + 1 < len(tokens) and last - inner[-1].index < _MAX_GROWTH:
        grown = last != inner[-1].index
        if not grown and tokens[last + 1].text == "," and kind in _BODY_KINDS and head is not None \
                and head.feat.get("Number") != "Plur" \
                and (remits := coordinated_remits(analysis, last + 1, lexicon)) is not None:
            # ``Министерство здравоохранения, семьи и социального благополучия`` + ``Заречной области``:
            # the list's last noun goes on with its own dependents
            attached |= set(range(last + 1, remits + 1))
            last = remits
            continue
        if full and not grown and fold(tokens[last + 1].text) == "по" and fields:
            # ``МВД по Томской области``: a federal body's territorial one, named by the place it serves
            abbreviation = head is not None and is_abbreviation(strip_acronym_ending(head.text))
            place = _place_after(analysis, last + 1, attached, by_start, hung=False) \
                if kind in _BODY_KINDS or abbreviation else None
            if place is not None:
                last = place
            break
        if full and not grown and fold(tokens[last + 1].text) != "при" \
                or not fields and not grown and fold(tokens[last + 1].text) == "по":
            break
        if fold(tokens[last + 1].text) == "по" and tokens[last].text in CLOSING_QUOTES \
                and _place_after(analysis, last + 1, attached, by_start, hung=False) is None:
            break  # ``«Кедратом»`` + ``по номинальной стоимости``: a quoted name is whole, but not its place
        if fold(tokens[last + 1].text) == "по" and _served_place(analysis, inner[0].index, last, by_start):
            break  # ``управления … по Омской области`` + ``по данному факту``: a name ends with the place it serves
        phrase = _dependent_phrase(analysis, last + 1, attached, by_start, lexicon, head, kind)
        if phrase is None:
            break
        attached |= set(range(last + 1, phrase + 1))
        last = phrase
    return Span(span.start, tokens[last].end, ORG) if last != inner[-1].index else span


def _served_place(analysis: Analysis, first: int, last: int, by_start: dict[int, Span]) -> bool:
    """Whether the words ``first`` to ``last`` end with a ``по`` phrase of a place (``по Омской области``)."""
    tokens = analysis.tokens
    opening = next((i for i in range(last, first, -1) if fold(tokens[i].text) == "по"), None)
    if opening is None:
        return False
    place = by_start.get(tokens[opening + 1].start) if opening + 1 <= last else None
    return place is not None and place.type == LOC and place.end == tokens[last].end


# Russia's name after a federal body's abbreviation (``МЧС России``, ``ФСБ РФ``)
_RUSSIA_NAMES = frozenset({"россии", "рф"})


def _russia_after_abbreviations(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are Russia's name in the genitive alone (``России``, ``РФ``)."""
    return len(tokens) == 1 and fold(tokens[0].text) in _RUSSIA_NAMES


def _ends_a_name(token: Token) -> bool:
    """A last word a name's dependents can follow: a noun, a name, a number or a closing quote
    (not ``создан`` of natasha's ``Совет создан``)."""
    return token.pos in ("NOUN", "PROPN", "X", "NUM") or token.text in CLOSING_QUOTES


def _dependent_phrase(analysis: Analysis, index: int, attached: set[int], by_start: dict[int, Span],
                      lexicon: OrgLexicon, head: Token | None, kind: str | None) -> int | None:
    """The last token of a phrase starting at ``index`` that belongs to the name whose tokens are
    ``attached``, or ``None``."""
    tokens = analysis.tokens
    morph = lexicon.morph
    previous = tokens[index - 1]
    first = tokens[index]
    if first.sent != previous.sent or analysis.line_break_between(index - 1, index):
        return None
    word = first.text.lower()
    case = "Gen"
    start = index
    if word == "по" and head is not None and is_abbreviation(strip_acronym_ending(head.text)):
        # ``УФСБ по Тверской области``, however the parser hung the place
        return _place_after(analysis, index, attached, by_start, hung=False)
    if word == "по" and index + 1 < len(tokens) and fold(tokens[index + 1].text) in REASONS_AFTER_PO:
        return None  # ``по собственному желанию``: why, not the body's field
    if word == "по" and index + 1 < len(tokens) and head is not None \
            and is_electoral_district(tokens[index + 1].text, head.text):
        return None  # ``Думу по одномандатному округу``: how a seat was won
    if word in _OWN_PREPOSITIONS:
        if word == "по" and (kind not in _BODY_KINDS or head is None or morph.forms(head.text) & PLACE_BODIES):
            return None
        case = _OWN_PREPOSITIONS[word]
        start = index + 1
    elif word in ("в", "во"):
        if head is not None and morph.forms(head.text) & _OFFICES:
            return _place_after(analysis, index, attached, by_start)
        if kind != "unit" or index + 1 >= len(tokens) or not tokens[index + 1].text.islower():
            return None
        case = "Loc"  # ``управления надзора в уголовных производствах``: the field a unit oversees
        start = index + 1
    elif word in ("и", ","):
        inside = {fold(tokens[i].text) for i in attached}
        if inside & {"имени", "им"} and word == "и":
            return coordinated_name(analysis, index, attached)
        if "по" in inside:
            return coordinated_field(analysis, index, attached)
        return coordinated_genitive(analysis, index, head) if word == "и" else None
    elif morph.forms(previous.text) & PLACE_TYPES and previous.feat.get("Case") == "Gen" \
            and _place_named(by_start, first):
        return _last_of(analysis, by_start[first.start])  # ``района`` + ``Лесное``: the place's name, undeclined
    elif not (common_noun(previous, morph) or fold(previous.text) in ("имени", "им")) \
            and not (previous.text == "." and fold(tokens[index - 2].text) == "им") \
            and not _unit_abbreviation(previous, first, lexicon):
        return None  # a genitive follows a common noun only (not ``Чили`` of ``правительству Чили …``)
    noun = start
    while noun < len(tokens) and tokens[noun].pos in ("ADJ", "NUM") and tokens[noun].sent == first.sent:
        noun += 1
    if noun >= len(tokens) or tokens[noun].sent != first.sent or tokens[noun].pos not in ("NOUN", "PROPN", "X"):
        return None
    target = tokens[noun]
    if lexicon.is_time_noun(target.text) or _counted(tokens, start, noun) or _day_of_month(tokens, start, noun, morph):
        return None
    if word in ("в", "во") and (not target.text.islower() or morph.forms(target.text) & _CIRCUMSTANCES):
        return None  # ``управления в Москве``, ``в случае``: where or when, not its field
    after = by_start.get(tokens[noun + 1].start) if noun + 1 < len(tokens) else None
    if after is not None and after.type == PER and target.feat.get("Animacy") == "Anim" \
            and kind in _STATE_KINDS and word not in _OWN_PREPOSITIONS:
        return None  # a title before a name is not a body's (``вооружённых сил генерал-лейтенанта`` + a name)
    latin = start == noun and is_latin_name(target.text) and case == "Gen"
    if not latin and target.feat.get("Case") != case and not (case == "Gen" and _numbered(tokens, start, noun)):
        return None
    if word == "при":
        if not _institution(target, by_start, lexicon):
            return None  # ``при поддержке``: a circumstance
    elif not depends_on(tokens, noun, attached | set(range(start, noun))) and not (
            case == "Loc" and target.head in (None, noun)) and not (  # a field the parser hung from nothing
            word == "по" and _field(tokens, target, morph)) and not (
            _after_kind(previous, start, head, lexicon) and common_noun(target, morph)):
        return None
    end = noun
    named = by_start.get(tokens[start].start) or by_start.get(target.start)
    if named is not None:
        named_tokens = analysis.tokens_in(named.start, named.end)
        if named_tokens and named_tokens[-1].index > end:
            end = named_tokens[-1].index
    if fold(target.text) == "им" and end + 1 < len(tokens) and tokens[end + 1].text == ".":
        end += 1
    return end


def _day_of_month(tokens: list[Token], start: int, noun: int, morph: Morph) -> bool:
    """Whether the words from ``start`` to ``noun`` are a date, a number and a month in lower case (``5 марта``
    after ``областной администрации``); not a name of a month's day (``имени 8 Марта``)."""
    return noun > start and tokens[start].text.isdigit() and tokens[noun].text.islower() \
        and morph.lemma(tokens[noun].text) in MONTHS


def _unit_abbreviation(previous: Token, first: Token, lexicon: OrgLexicon) -> bool:
    """An abbreviation of a unit before the word of the kind of body it belongs to: ``ЦК`` + ``партии``."""
    return previous.text.isupper() and lexicon.kind_of(previous.text) == "unit" and first.text.islower() \
        and lexicon.kind_of(first.text) is not None


def _place_named(by_start: dict[int, Span], token: Token) -> bool:
    """Whether a place's capitalised name starts at ``token``."""
    place = by_start.get(token.start)
    return place is not None and place.type == LOC and token.text[:1].isupper()


def _last_of(analysis: Analysis, span: Span) -> int | None:
    inner = analysis.tokens_in(span.start, span.end)
    return inner[-1].index if inner else None


def _place_after(analysis: Analysis, index: int, attached: set[int], by_start: dict[int, Span],
                 hung: bool = True) -> int | None:
    """The last token of the place right after the preposition at ``index`` (``посольства в Токио``,
    ``УФСБ по Тверской области``), or ``None``; ``hung``: only when the parser hung it from the name."""
    tokens = analysis.tokens
    place = by_start.get(tokens[index + 1].start) if index + 1 < len(tokens) else None
    if place is None or place.type != LOC:
        return None
    inner = analysis.tokens_in(place.start, place.end)
    if not inner or inner[0].sent != tokens[index].sent:
        return None
    return inner[-1].index if not hung or depends_on(tokens, inner[-1].index, attached) else None


def _after_kind(previous: Token, start: int, head: Token | None, lexicon: OrgLexicon) -> bool:
    """Whether a genitive phrase starts right after the noun that heads a name and says what kind of
    organization it is (``Калужским заводом`` + ``точных приборов``): its dependent, however the
    parser hung it, when the phrase's noun is a common noun (not a person after the name)."""
    return head is not None and previous is head and start == previous.index + 1 \
        and lexicon.kind_of(head.text) is not None


def _institution(token: Token, by_start: dict[int, Span], lexicon: OrgLexicon) -> bool:
    """What a body is set up ``при``: a person by his title (``при губернаторе``) or an organization
    (``при министерстве``) — not a circumstance (``при поддержке``); the parser's attachment of
    such phrases is no better than a guess."""
    span = by_start.get(token.start)
    return token.feat.get("Animacy") == "Anim" or lexicon.kind_of(token.text) is not None \
        or (span is not None and span.type == ORG)


def _field(tokens, noun: Token, morph: Morph) -> bool:
    """Whether a ``по`` phrase after a body names its field (``Совета … по развитию …``) though the
    parser hung it elsewhere: not on a verb, and not a phrase of source, reason or means
    (``по данным``, ``по итогам``, ``по телефону``)."""
    parent = tokens[noun.head] if noun.head is not None else None
    return (parent is None or parent.pos not in ("VERB", "AUX")) and not morph.forms(noun.text) & _CIRCUMSTANCES


def _numbered(tokens, start: int, noun: int) -> bool:
    """``112 созыва``: a number before a noun in the genitive."""
    return tokens[start].pos == "NUM" and tokens[noun].feat.get("Case") == "Gen"


def _counted(tokens, start: int, noun: int) -> bool:
    """Whether a number counts the genitive after a name rather than making it the name's: a
    number word (``несколько известных членов``, ``пять депутатов``) or figures before people
    (``53 депутата``) — not figures of an ordinal before a thing (``112 созыва``)."""
    numbers = [t for t in tokens[start:noun] if t.pos == "NUM"]
    return any(not t.text.isdigit() for t in numbers) \
        or bool(numbers) and tokens[noun].feat.get("Animacy") == "Anim"


def depends_on(tokens, index: int, attached: set[int], depth: int = 6) -> bool:
    """Whether token ``index`` hangs, in natasha's syntax tree, from a token of ``attached``."""
    current = tokens[index].head
    for _ in range(depth):
        if current is None:
            return False
        if current in attached:
            return True
        current = tokens[current].head
    return False


def _grow_left(analysis: Analysis, span: Span, morph: Morph) -> Span:
    """``синодального`` + ``Отдела …``: relational adjectives before a name that starts with a
    common noun and agree with it."""
    tokens = analysis.tokens
    inner = analysis.tokens_in(span.start, span.end)
    if not inner or not common_noun(inner[0], morph):
        return span
    index = adjectives_of(analysis, inner[0].index, morph)
    return Span(tokens[index].start, span.end, ORG) if index != inner[0].index else span


def adjectives_of(analysis: Analysis, noun: int, morph: Morph, unit_names: bool = False) -> int:
    """The first of the relational adjectives right before the noun ``noun`` that hang from it
    and agree with it in case (``noun`` itself when there are none); ``unit_names``: also the
    adjectives that name a unit with its noun (``наблюдательного совета``)."""
    tokens = analysis.tokens
    index = noun
    while index > 0:
        before = tokens[index - 1]
        named = unit_names and is_unit_adjective(before.text, morph, tokens[noun].text)
        if before.sent != tokens[noun].sent or analysis.line_break_between(index - 1, index) or before.pos != "ADJ" \
                or not agrees_in_case(before, tokens[noun].feat.get("Case"), morph) \
                or not (named or relational(before, morph)) or before.head != noun:
            break
        index -= 1
    return index


def relational(token: Token, morph: Morph) -> bool:
    """An adjective of what a thing is or belongs to (``синодальный``, ``американский``), not of
    what it is like (``новый``, ``крупнейший``: pymorphy's ``Qual``), a pronoun, a participle or a
    word of time."""
    lowered = fold(token.text)
    if not lowered.replace("-", "").isalpha():
        return False
    parses = [p for p in morph.parses(lowered) if p.tag.POS in ("ADJF", "PRTF")]
    return bool(parses) and not any(
        "Qual" in p.tag or "Apro" in p.tag or p.tag.POS == "PRTF" or fold(p.normal_form) in TIME_ADJECTIVES
        for p in parses)
