"""ORG spans natasha misses: organizations named with a common noun (``правительство края``,
``городская администрация``, ``сборной``; names widened to the word that says what they are:
:mod:`.descriptors`)."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import (
    ADMINISTRATIVE_BODIES,
    INSTITUTIONS,
    LEADERSHIP_BODIES,
    MEMBER_BODIES,
    NAMED_BODIES,
    NUMBERED_INSTITUTIONS,
    OWNED_BODIES,
    PERSONAL_BODIES,
    PLACED_ONLY,
    PROCEEDING_BODIES,
    UNIT_ADJECTIVES,
    OrgLexicon,
    experiencer_dative,
    head_title_words,
)
from ..places import Gazetteer
from ..records import LOC, ORG, Span
from .anaphora import is_generic
from .dependents import of_countries, org_dependents, shared_head_bodies
from .descriptors import _adjectives_before
from .growth import relational
from .listed import split_listed_bodies
from .organizations import common_noun


def find_body_orgs(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer) -> list[Span]:
    """ORG spans for organizations named with a common noun (``resources/org_types.csv``)
    and what makes them one organization:

    - a place or an organization in the genitive: ``правительство Китая``, ``мэрии Москвы``,
      ``Комиссия ЕС``, ``правительством республики``, ``сборная России по бобслею``;
    - an adjective of a place or of a level of government before it: ``Кипрское правительство``,
      ``японского дипломатического ведомства``, ``городская администрация``;
    - for ministries, the genitive phrase that is their name: ``министерство промышленности и
      торговли РФ``, ``российском министерстве финансов``;
    - for national teams, nothing more: ``сборной``;
    - for bodies a person leads, a person or a head of state in the genitive: ``партии Петрова``,
      ``кабинета премьера Сомова``, ``партии президента Кении`` (not the holder of a title before
      it: ``лидера партии Ивана Петрова``);
    - for institutions, a place or a number: ``тверской колонии``, ``университета штата Огайо``,
      ``колонии № 3``, ``школы № 12`` (a school only with its number), or their rank among a
      town's: ``Вторая городская больница``, ``Первый городской лицей``.

    Returns the spans with the new ones; an ORG span of the noun alone (natasha's ``МИДа``)
    gives way to the longer one (``японского МИДа``).
    """
    tokens = analysis.tokens
    bare = {s.start: s for s in spans if _bare(analysis, s, lexicon, gazetteer)}
    inside = analysis.indices_in(s for s in spans if s.type in (ORG, LOC) and s.start not in bare)
    by_start: dict[int, Span] = {}
    for span in sorted(spans, key=lambda s: s.end):
        by_start[span.start] = span  # the longest span at each start
    found: list[Span] = []
    replaced: set[Span] = set()
    for token in tokens:
        if token.index in inside or token.pos not in ("NOUN", "PROPN") or not token.text[:1].isalpha():
            continue
        kind, first, last = _body_kind(analysis, token.index, lexicon)
        if kind is None:
            continue
        # a level of government makes a body one, not an institution (``городской больнице``: one of many)
        modified, placed = _org_modifiers(analysis, token.index, lexicon, gazetteer, levels=kind != "institution")
        after = org_dependents(analysis, token.index, by_start, lexicon, placed=placed)
        anchored, named = after.anchored, after.named
        first, last = min(first, modified), max(last, after.last)
        single = token.feat.get("Number") != "Plur" \
            or experiencer_dative(tokens, token.index, after.last, lexicon.morph)  # ``инспекции труда нужны``
        shared = shared_head_bodies(analysis, token.index, after.last, lexicon.morph)  # one body of each
        # a name written as one inside a sentence: a capital letter, and what it does or adjectives
        written = single and kind in ("named", "institution") and common_noun(token, lexicon.morph) \
            and _capitalised(analysis, first) and (after.described or first < token.index)
        led = after.owner is not None and not _holder_before(analysis, first, after.owner, lexicon) \
            and not _a_room(analysis, token.index, first, lexicon)
        if kind == "owned":
            found_one = led
        elif kind == "numbered":
            found_one = after.numbered or single and _ranked(analysis, modified, token.index, lexicon)
        elif kind == "institution":  # one of a place the tagger found (not ``лучших университетов страны``)
            found_one = single and (placed or after.numbered or after.spanned
                                    or _ranked(analysis, modified, token.index, lexicon))
        elif kind == "named":
            forms = lexicon.morph.forms(token.text)
            # ``совета депутатов района``, not a unit of another (``совет директоров холдинга``)
            members = bool(forms & MEMBER_BODIES) and not any(
                lexicon.kind_of(t.text) for t in tokens[token.index + 1:after.last + 1])
            found_one = (single or bool(shared)) and (not after.peopled or members) and (after.described and (
                after.in_place and bool(forms & (NAMED_BODIES | MEMBER_BODIES)) or bool(forms & ADMINISTRATIVE_BODIES))
                or after.spanned and not forms & _PLACE_LIKE and _qualified(analysis, modified, token.index, lexicon)
                # a level of government and the place it governs: ``городского совета Твери``
                or after.spanned and placed and not forms & _PLACE_LIKE
                and bool(forms & (NAMED_BODIES | MEMBER_BODIES)))
        elif lexicon.morph.forms(token.text) & LEADERSHIP_BODIES:
            found_one = single and after.spanned
        elif lexicon.morph.forms(token.text) & PROCEEDING_BODIES:
            found_one = single and (placed or after.spanned)
        else:
            found_one = (placed and single) or anchored or led or kind == "collective" or (kind == "team" and single) \
                or (kind in ("ministry", "crew") and named and (single or kind == "ministry")) \
                or (kind == "body" and single and after.described and not after.peopled and after.owner is None
                    and modified < token.index
                    and _qualified(analysis, modified, token.index, lexicon))  # ``межведомственная комиссия по …``
        # an abbreviation of no number before states and the union they are of (``МИД стран ЕС``) names many too;
        # before states alone (``главы МИД стран обсудили``) the states are those named before, the tagger's kept
        many = token.text.isupper() and any(t.text[:1].isupper() for t in tokens[token.index + 2:after.last + 1])
        if (not single or many) and of_countries(tokens, token.index, after.last, lexicon.morph):
            found_one = written = False  # ``внешнеполитических ведомств стран-членов ШОС``: one of each state
            if many and token.start in bare:
                replaced.add(bare[token.start])
        if lexicon.morph.lemma(token.text) in PLACED_ONLY:  # ``турецкая разведка``, not ``разведка недр Якутии``
            direct = by_start.get(tokens[token.index + 1].start) if token.index + 1 < len(tokens) else None
            found_one = single and kind == "body" and (
                placed and after.last == token.index
                or direct is not None and direct.type in (LOC, ORG) and direct.end == tokens[after.last].end)
            written = False
        if (found_one or written) and not is_generic(tokens, first, lexicon.morph) \
                and not is_generic(tokens, token.index, lexicon.morph, determiners_only=True):
            # not ``все федерации стран``, ``другие спецслужбы страны``
            span = Span(tokens[first].start, tokens[last].end, ORG)
            span = split_listed_bodies(analysis.text, span, lexicon)[0]  # not the next body of a list
            if not any(s.overlaps(span) and not span.contains(s) for s in spans):
                found.append(span)
                if token.start in bare:
                    replaced.add(bare[token.start])
                joined = [Span(tokens[a].start, tokens[b].end, ORG) for a, b in shared]
                found.extend(s for s in joined if not any(s.overlaps(other) for other in spans))
    return [s for s in spans if s not in replaced] + drop_crossed_bodies(analysis.text, found)


def drop_crossed_bodies(text: str, found: list[Span]) -> list[Span]:
    """The bodies found without one another's crossing: a body whose last word opens another body found
    after it took that body's first adjective for a place of its own (``пресс-службе Заречной`` of
    ``пресс-службе Заречной межрайонной прокуратуры``) and gives way to it; bodies crossing over more than a
    word are both kept, neither being the other's misreading."""
    return [span for span in found
            if not any(other.start > span.start and other.start < span.end < other.end
                       and not any(c.isspace() for c in text[other.start:span.end]) for other in found)]


def _body_kind(analysis: Analysis, head: int, lexicon: OrgLexicon) -> tuple[str | None, int, int]:
    """The kind of organization the noun ``head`` names, alone or with the word before or after it
    (``вооружённых сил``, ``кабинета министров``), and the first and last token of those words:
    ``body``, ``ministry``, ``team`` (alone in the singular), ``crew`` (with a genitive: ``экипаж
    самолёта``), ``collective`` (alone in any number); a body of one person or office
    (``пресс-служба``, ``администрация``) is a ``body`` too; ``institution`` (``колония``,
    ``университет``: with a place or a number), ``numbered`` (``школа``: with a number) and
    ``owned`` (``партия``, ``кабинет``: with the person who leads it). ``None`` for any other noun."""
    tokens = analysis.tokens
    before = tokens[head - 1] if head > 0 and tokens[head - 1].sent == tokens[head].sent else None
    after = tokens[head + 1] if head + 1 < len(tokens) and tokens[head + 1].sent == tokens[head].sent else None
    if before is not None and before.pos == "ADJ":
        kind = lexicon.phrase_kind(before.text, tokens[head].text, agreeing=True)
        if kind is not None:
            return kind, head - 1, head
    if after is not None and after.pos == "NOUN" and after.feat.get("Case") == "Gen":
        kind = lexicon.phrase_kind(tokens[head].text, after.text, agreeing=False)
        if kind is not None:
            return kind, head, head + 1
    kind = lexicon.kind_of(tokens[head].text)
    if kind in ("body", "ministry", "team", "crew", "collective"):
        return kind, head, head
    forms = lexicon.morph.forms(tokens[head].text)
    if forms & PERSONAL_BODIES:
        return "body", head, head
    if forms & INSTITUTIONS:
        return "institution", head, head
    if forms & NUMBERED_INSTITUTIONS:
        return "numbered", head, head
    if forms & OWNED_BODIES:
        return "owned", head, head
    if forms & NAMED_BODIES or kind in ("unit", "descriptor"):
        return "named", head, head
    return None, head, head


# nouns of bodies that name a place too (``административным центром области``)
_PLACE_LIKE = frozenset({"центр"})


def _qualified(analysis: Analysis, first: int, head: int, lexicon: OrgLexicon) -> bool:
    """Whether adjectives before a body's noun say what it does (``избирательного комитета``,
    ``ветеринарной службы``, ``общественного совета``): relational ones or ones that name a
    unit with its noun, all of them, and no
    level of government (a place the tagger found after them makes it one organization)."""
    words = analysis.tokens[first:head]
    return bool(words) and all((relational(t, lexicon.morph) or lexicon.morph.forms(t.text) & UNIT_ADJECTIVES)
                               and not lexicon.is_level_adjective(t.text) for t in words)


def _ranked(analysis: Analysis, first: int, head: int, lexicon: OrgLexicon) -> bool:
    """An institution named by its rank among a town's or region's: an ordinal, then an adjective
    of a level of government before the noun (``Вторая городская больница``, ``в первом областном
    госпитале``, ``Третьего городского лицея``), wherever the sentence puts it."""
    words = [t.text for t in analysis.tokens[first:head]]
    return len(words) >= 2 and lexicon.morph.has_gram(words[0], "Anum") \
        and any(lexicon.is_level_adjective(word) for word in words[1:])


def _bare(analysis: Analysis, span: Span, lexicon: OrgLexicon, gazetteer: Gazetteer) -> bool:
    """A span of one word a longer body named with it replaces: an organization (natasha's
    ``МИДа``), or a kind of organization natasha took for a place the gazetteer does not know
    (``Заводу``)."""
    inner = analysis.tokens_in(span.start, span.end)
    if len(inner) != 1:
        return False
    return span.type == ORG or (span.type == LOC and lexicon.kind_of(inner[0].text) is not None
                                and gazetteer.lookup(inner[0].text) is None)


def _capitalised(analysis: Analysis, first: int) -> bool:
    """Whether the first word of a body is capitalised inside its sentence, as a name is
    (``Жители написали Заводу …``), not as the first word of a sentence or an acronym."""
    text = analysis.tokens[first].text
    return text[:1].isupper() and not text.isupper() and not analysis.starts_sentence(first)


# titles whose holder may be named after the body they head (``лидер партии`` + a name)
_HOLDER_TITLES = head_title_words() | {"лидер", "руководитель", "основатель", "сопредседатель", "генсек",
                                       "секретарь", "член", "депутат", "кандидат"}


def _holder_before(analysis: Analysis, first: int, owner: int, lexicon: OrgLexicon) -> bool:
    """Whether the person named after a body a person leads is rather the holder of the title
    before the body: ``лидер партии Иван Петров``, ``встретил главу партии Ивана Петрова``,
    ``представителя партии Ивана Петрова`` (a person noun in the genitive or accusative, like
    the name) — not ``представитель партии Петрова`` or ``партии президента Сомова``."""
    tokens = analysis.tokens
    if first == 0 or tokens[first - 1].sent != tokens[first].sent or tokens[owner].text[:1].islower():
        return False
    before = tokens[first - 1]
    if before.pos != "NOUN" or before.feat.get("Number") == "Plur":
        return False  # ``сотрудников штаба`` + a name: no one person's title
    forms = lexicon.morph.forms(before.text)
    if forms & _HOLDER_TITLES:
        return True
    return before.feat.get("Case") in ("Gen", "Acc") and lexicon.morph.has_gram(before.text, "anim")


# bodies a person leads whose noun also names a room: after a preposition, the person's office
_ROOMS = frozenset({"кабинет", "офис"})


def _a_room(analysis: Analysis, head: int, first: int, lexicon: OrgLexicon) -> bool:
    """``в кабинет Петрова``, ``из офиса Петрова``: a room, not the cabinet or office Petrov leads."""
    before = analysis.tokens[first - 1] if first > 0 else None
    return before is not None and before.pos == "ADP" and bool(lexicon.morph.forms(analysis.tokens[head].text) & _ROOMS)


def _org_modifiers(
    analysis: Analysis, head: int, lexicon: OrgLexicon, gazetteer: Gazetteer, levels: bool = True
) -> tuple[int, bool]:
    """The first token of the adjectives before an organization noun that agree with it, and
    whether one of them is a place's or (with ``levels``) a level of government's (``японского``,
    ``городская``)."""
    first = _adjectives_before(analysis, head, lexicon.morph)
    placed = any((levels and lexicon.is_level_adjective(t.text)) or gazetteer.place_of_adjective(t.text) is not None
                 for t in analysis.tokens[first:head])
    return first, placed
