"""ORG spans natasha misses: organizations named with a common noun (``правительство края``,
``городская администрация``, ``сборной``), and names widened to the word that says what they are
(``партии «Новый путь»``, ``реки Светлой``)."""

from __future__ import annotations

from ..morph import FORMER_PREFIXES, UD_CASE, fold
from ..ner import Analysis
from ..orgs import (
    ADMINISTRATIVE_BODIES,
    HEAD_TITLES,
    INSTITUTIONS,
    LEADERSHIP_BODIES,
    MEMBER_BODIES,
    NAMED_BODIES,
    NUMBERED_INSTITUTIONS,
    OWNED_BODIES,
    PERSONAL_BODIES,
    PROCEEDING_BODIES,
    UNIT_ADJECTIVES,
    OrgLexicon,
    depends_on,
    experiencer_dative,
)
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from ..text import OPENING_QUOTES, QUOTE_PAIRS
from .anaphora import is_generic
from .dependents import org_dependents, shared_head_bodies
from .edges import close_quotes
from .growth import relational
from .organizations import common_noun, people_surnames
from .quoted_lists import free_name


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
        if (found_one or written) and not is_generic(tokens, first, lexicon.morph):  # not ``все федерации стран``
            span = Span(tokens[first].start, tokens[last].end, ORG)
            if not any(s.overlaps(span) and not span.contains(s) for s in spans):
                found.append(span)
                if token.start in bare:
                    replaced.add(bare[token.start])
                joined = [Span(tokens[a].start, tokens[b].end, ORG) for a, b in shared]
                found.extend(s for s in joined if not any(s.overlaps(other) for other in spans))
    return [s for s in spans if s not in replaced] + found


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
_HOLDER_TITLES = HEAD_TITLES | {"лидер", "руководитель", "основатель", "сопредседатель", "генсек", "секретарь",
                                "член", "депутат", "кандидат"}


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
_ROOMS = frozenset({"кабинет"})


def _a_room(analysis: Analysis, head: int, first: int, lexicon: OrgLexicon) -> bool:
    """``в кабинет Петрова``, ``из кабинета Петрова``: a room, not the cabinet Petrov leads."""
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


def extend_by_descriptors(
    analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
) -> list[Span]:
    """Widen names to the word that says what they are, as the name is written in full:
    ``партии «Единая Россия»``, ``компании Piedmont Airlines``, ``ежедневной газеты «Труд»``
    (ORG, with the adjectives of the word), ``реки Славянки``, ``города Феникс`` (LOC).
    A quoted name after such a word is an organization even when natasha missed it
    (``институт «Коллективное действие»``) or took it for a place the gazetteer does not
    know (``центре Арт-Вектор``) or for a person while pymorphy knows it as an organization
    (``команды Макларен-Мерседес``) — not the surname of a person the document names in full that opens
    a clause of its own (``после университета Смитсон поступил …`` beside ``Джона Смитсона``)."""
    tokens = analysis.tokens
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
    surnames = people_surnames(analysis, spans, lexicon.morph)
    out = []
    for span in spans:
        if span.type in (ORG, LOC):
            first = _descriptor_before(analysis, span, lexicon, gazetteer, covered)
            if first is not None:
                span = close_quotes(analysis.text, Span(tokens[first].start, span.end, span.type))
            elif span.type == LOC and gazetteer.lookup(analysis.text[span.start:span.end]) is None:
                # a name the gazetteer does not know after the word of an organization: its name
                # (``центре Арт-Вектор``), not a place
                first = _descriptor_before(analysis, Span(span.start, span.end, ORG), lexicon, gazetteer, covered)
                if first is not None:
                    span = close_quotes(analysis.text, Span(tokens[first].start, span.end, ORG))
        elif span.type == PER and _organization_name(analysis, span, lexicon.morph) \
                and not _subject_after(analysis, span, lexicon.morph, surnames):
            # ``команды Макларен-Мерседес``: a name pymorphy knows as an organization's after the word of one
            first = _descriptor_before(analysis, Span(span.start, span.end, ORG), lexicon, gazetteer, covered)
            if first is not None:
                span = Span(tokens[first].start, span.end, ORG)
        out.append(span)
    for token in tokens:
        if token.index in covered or lexicon.kind_of(token.text) != "descriptor" or token.pos != "NOUN":
            continue
        quoted = quoted_after(analysis, token.index)
        if quoted is not None and free_name(analysis, spans, token.index, quoted):
            first = _adjectives_before(analysis, token.index)
            out.append(Span(tokens[first].start, tokens[quoted].end, ORG))
        elif quoted is None:
            named = _quoted_after_description(analysis, token.index, lexicon)
            if named is not None and not any(t in covered for t in range(token.index, named[1] + 1)):
                out.append(Span(tokens[named[0]].start, tokens[named[1]].end, ORG))
    return out


def _subject_after(analysis: Analysis, span: Span, morph, surnames: set[str]) -> bool:
    """Whether a PER span after a word of an organization is a surname of the document's people
    (:func:`~nerpipe.spans.organizations.people_surnames`) that is the subject of the verb after it,
    the word before it in another case (``после университета Смитсон поступил``), not a name in
    apposition (``компанию Смитсон``, ``компания Смитсон объявила``)."""
    inner = analysis.tokens_in(span.start, span.end)
    if not inner or not morph.forms(analysis.text[span.start:span.end]) & surnames:
        return False
    before, after = inner[0].index - 1, inner[-1].index + 1
    if before < 0 or after >= len(analysis.tokens):
        return False
    kind, verb = analysis.tokens[before], analysis.tokens[after]
    return kind.feat.get("Case") not in (None, "Nom") and verb.pos in ("VERB", "AUX") \
        and verb.feat.get("Number") == "Sing" and verb.sent == inner[0].sent


def _quoted_after_description(analysis: Analysis, head: int, lexicon: OrgLexicon) -> tuple[int, int] | None:
    """The first and last token of a «name» after the phrases that say what the organization of
    the word ``head`` does (``фонда поддержки малого бизнеса «Открытая дорога»``,
    ``завода по производству удобрений «Азот»``): its own name, or ``None``."""
    after = org_dependents(analysis, head, {}, lexicon)
    if not after.described or after.anchored or after.last == head:
        return None
    closing = quoted_after(analysis, after.last)
    return (after.last + 1, closing) if closing is not None else None


def _organization_name(analysis: Analysis, span: Span, morph) -> bool:
    """A PER span whose words pymorphy reads as an organization's name and none as a person's
    first name (``Феррари``, ``Макларен-Мерседес``), or one word it knows as no one's name, or does
    not know at all (``компанией Нордвинд``: a body's name the tagger took for a surname)."""
    words = [t.text for t in analysis.tokens_in(span.start, span.end) if t.text[:1].isalpha()]
    if len(words) == 1 and (not morph.is_known(words[0])
                            or not any(morph.has_gram(words[0], gram) for gram in ("Name", "Surn", "Patr"))):
        return True
    return bool(words) and any(morph.has_gram(w, "Orgn") for w in words) \
        and not any(morph.has_gram(w, "Name") for w in words)


def _descriptor_before(
    analysis: Analysis, span: Span, lexicon: OrgLexicon, gazetteer: Gazetteer, covered: set[int]
) -> int | None:
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
    if word.pos != "NOUN" or word.feat.get("Number") == "Plur" and not _one_named(analysis, word, inner, lexicon):
        return None
    if tokens[index + 1] is inner[0] and depends_on(word, inner[0]):
        return None  # «оператор Аль-Джазиры», «городам Свердловской области»: a dependent, not the name
    if span.type == LOC:
        return index if gazetteer.place_type(word.text, abbreviations=False) else None
    if lexicon.kind_of(word.text) != "descriptor":
        return None
    return _adjectives_before(analysis, index)


def _one_named(analysis: Analysis, word, inner, lexicon: OrgLexicon) -> bool:
    """A kind noun the tagger reads as a plural that names one organization: a singular form of it as
    well (``компании``, ``корпорации``), the one name after it undeclined and no other name joined to
    it (``компании Нордвинд нужны``, not ``компании Нордвинд и Грейлайн``)."""
    if not any(p.tag.POS == "NOUN" and p.tag.number == "sing" for p in lexicon.morph.parses(fold(word.text))):
        return False
    tokens = analysis.tokens
    after = inner[-1].index + 1
    return after >= len(tokens) or tokens[after].sent != word.sent or tokens[after].text not in ("и", "или", ",")


def _adjectives_before(analysis: Analysis, head: int, morph=None) -> int:
    """The first of the adjectives right before ``head`` that agree with it in case (not a title held before,
    ``Экс-начальник``, the tagger may guess is an adjective, nor a predicate's short form: ``благодарны``);
    with ``morph``, also one in a case the noun's form has too, where the tagger read the two apart
    (``избирательной`` Dat + ``комиссии`` Gen)."""
    tokens = analysis.tokens
    case = tokens[head].feat.get("Case")
    first = head
    while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].sent == tokens[head].sent \
            and tokens[first - 1].feat.get("Variant") != "Short" \
            and (tokens[first - 1].feat.get("Case") in (None, case)
                 or _case_of_both(tokens[first - 1], tokens[head], morph)) \
            and tokens[first - 1].text.lower() not in _PRONOUNS \
            and not fold(tokens[first - 1].text).startswith(FORMER_PREFIXES):
        first -= 1
    return first


def _case_of_both(adjective, noun, morph) -> bool:
    """Whether the noun's form is also in the case the tagger gave the adjective before it."""
    case = UD_CASE.get(adjective.feat.get("Case", ""))
    return morph is not None and case is not None and any(
        p.tag.POS == "NOUN" and p.tag.case == case for p in morph.parses(fold(noun.text)))


# pronominal adjectives, no part of a name (``сам центр «Вектор»``, ``этой компании «Вектор»``)
_PRONOUNS = frozenset({"сам", "сама", "само", "сами", "самого", "самой", "самому", "самим", "самом", "саму", "самих",
                       "самими"})


def quoted_after(analysis: Analysis, head: int, max_words: int = 8) -> int | None:
    """The index of the closing quote of a «name» right after ``head``, or ``None``."""
    tokens = analysis.tokens
    opener = head + 1
    if opener >= len(tokens) or tokens[opener].text not in ("«", '"') or tokens[opener].sent != tokens[head].sent:
        return None
    closer = QUOTE_PAIRS[tokens[opener].text]
    straight = closer == tokens[opener].text
    if straight and tokens[opener].start == tokens[head].end:
        return None  # ``зоне "Центр" второй лиги``: a straight quote right after a word closes a name
    for index in range(opener + 2, min(len(tokens), opener + max_words + 2)):
        if tokens[index].text == closer:
            return None if straight and tokens[index].start > tokens[index - 1].end else index
        if tokens[index].sent != tokens[head].sent or tokens[index].text in ("«", "(", ")"):
            return None
    return None
