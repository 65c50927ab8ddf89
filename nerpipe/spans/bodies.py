"""ORG spans natasha misses: organizations named with a common noun (``правительство края``,
``городская администрация``, ``сборной``), and names widened to the word that says what they are
(``партии «Новый путь»``, ``реки Светлой``)."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import HEAD_TITLES, NATIONAL_BODIES, PERSONAL_BODIES, PLACE_BODIES, OrgLexicon, depends_on
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from ..text import OPENING_QUOTES, QUOTE_PAIRS
from .organizations import close_quotes, genitive_token

_MAX_DEPENDENT_WORDS = 12


def find_body_orgs(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer) -> list[Span]:
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
        kind, first, last = _body_kind(analysis, token.index, lexicon)
        if kind is None:
            continue
        modified, placed = _org_modifiers(analysis, token.index, lexicon, gazetteer)
        end, anchored, named = _org_dependents(analysis, token.index, by_start, lexicon)
        first, last = min(first, modified), max(last, end)
        single = token.feat.get("Number") != "Plur"
        if (placed and single) or anchored or kind == "collective" or (kind == "team" and single) \
                or (kind in ("ministry", "crew") and named and (single or kind == "ministry")):
            span = Span(tokens[first].start, tokens[last].end, ORG)
            if not any(s.overlaps(span) and not span.contains(s) for s in spans):
                found.append(span)
                if token.start in bare:
                    replaced.add(bare[token.start])
    return [s for s in spans if s not in replaced] + found


def _body_kind(analysis: Analysis, head: int, lexicon: OrgLexicon) -> tuple[str | None, int, int]:
    """The kind of organization the noun ``head`` names, alone or with the word before or after it
    (``вооружённых сил``, ``кабинета министров``), and the first and last token of those words:
    ``body``, ``ministry``, ``team`` (alone in the singular), ``crew`` (with a genitive: ``экипаж
    самолёта``), ``collective`` (alone in any number); a body of one person or office
    (``пресс-служба``, ``администрация``) is a ``body`` too. ``None`` for any other noun."""
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
    if kind in ("body", "ministry", "team", "crew"):
        return kind, head, head
    if lexicon.morph.forms(tokens[head].text) & PERSONAL_BODIES:
        return "body", head, head
    return None, head, head


def _org_modifiers(analysis: Analysis, head: int, lexicon: OrgLexicon, gazetteer: Gazetteer) -> tuple[int, bool]:
    """The first token of the adjectives before an organization noun that agree with it, and
    whether one of them is a place's or a level of government's (``японского``, ``городская``)."""
    first = _adjectives_before(analysis, head)
    placed = any(lexicon.is_level_adjective(t.text) or gazetteer.place_of_adjective(t.text) is not None
                 for t in analysis.tokens[first:head])
    return first, placed


def _org_dependents(
    analysis: Analysis, head: int, by_start: dict[int, Span], lexicon: OrgLexicon
) -> tuple[int, bool, bool]:
    """How far the genitive and ``по`` phrases after an organization noun reach: ``(last token,
    anchored, named)`` — anchored when they hold a place or an organization (a LOC or ORG span, or
    a word like ``республики``), named when there is any such phrase."""
    tokens = analysis.tokens
    last, anchored, named = head, False, False
    forms = lexicon.morph.forms(tokens[head].text)
    personal = bool(forms & PERSONAL_BODIES)  # a person or a head of state in the genitive makes it one
    no_po = bool(forms & PLACE_BODIES)  # no ``по`` phrase names a body named by its place
    after_po = False
    index = head + 1
    while index < len(tokens) and index - head <= _MAX_DEPENDENT_WORDS:
        token = tokens[index]
        if token.sent != tokens[head].sent:
            break
        span = by_start.get(token.start)
        if span is not None and span.type in (LOC, ORG, PER):
            inner = analysis.tokens_in(span.start, span.end)
            if not inner or not (genitive_token(inner[0]) or personal and span.type == PER):
                break  # a person after a body of a person is its owner, whatever the tagger's case
            last = inner[-1].index
            anchored = anchored or span.type != PER or personal
            named = True
            index = last + 1
            continue
        case = token.feat.get("Case")
        if token.text in ("и", ",") and named and not anchored:
            index += 1
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text == "и" and after_po and following is not None \
                and following.feat.get("Case") == tokens[index - 1].feat.get("Case"):
            index += 1  # ``по бобслею и скелетону``
            continue
        if token.text == "по" and not after_po and not no_po:
            after_po = True
            index += 1
            continue
        if token.pos in ("NOUN", "PROPN", "ADJ") and (case == "Gen" or (after_po and case in ("Dat", "Loc"))) \
                and not lexicon.is_time_noun(token.text):
            if anchored and not after_po:
                break  # a genitive after the place is not the name's (``правительству Чили подробных сведений``)
            following_span = by_start.get(following.start) if following is not None else None
            if not personal and following_span is not None and following_span.type == PER:
                break  # a title before a name (``вооружённых сил генерал-лейтенанта`` + a name)
            if token.pos != "ADJ":
                last = index
                named = True
                place_noun = lexicon.is_place_noun(token.text) and token.feat.get("Number") != "Plur"
                anchored = anchored or place_noun or (personal and bool(lexicon.morph.forms(token.text) & HEAD_TITLES))
            index += 1
            continue
        break
    return last, anchored, named


def extend_by_descriptors(
    analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
) -> list[Span]:
    """Widen names to the word that says what they are, as the name is written in full:
    ``партии «Единая Россия»``, ``компании Piedmont Airlines``, ``ежедневной газеты «Труд»``
    (ORG, with the adjectives of the word), ``реки Славянки``, ``города Феникс`` (LOC).
    A quoted name after such a word is an organization even when natasha missed it
    (``институт «Коллективное действие»``) or took it for a place the gazetteer does not
    know (``центре Арт-Вектор``) or for a person while pymorphy knows it as an organization
    (``команды Макларен-Мерседес``)."""
    tokens = analysis.tokens
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
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
        elif span.type == PER and _organization_name(analysis, span, lexicon.morph):
            # ``команды Макларен-Мерседес``: a name pymorphy knows as an organization's after the word of one
            first = _descriptor_before(analysis, Span(span.start, span.end, ORG), lexicon, gazetteer, covered)
            if first is not None:
                span = Span(tokens[first].start, span.end, ORG)
        out.append(span)
    for token in tokens:
        if token.index in covered or lexicon.kind_of(token.text) != "descriptor" or token.pos != "NOUN":
            continue
        quoted = _quoted_after(analysis, token.index)
        if quoted is not None and not any(t in covered for t in range(token.index, quoted + 1)):
            first = _adjectives_before(analysis, token.index)
            out.append(Span(tokens[first].start, tokens[quoted].end, ORG))
    return out


def _organization_name(analysis: Analysis, span: Span, morph) -> bool:
    """A PER span whose words pymorphy reads as an organization's name and none as a person's
    first name (``Феррари``, ``Макларен-Мерседес``)."""
    words = [t.text for t in analysis.tokens_in(span.start, span.end) if t.text[:1].isalpha()]
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
            and tokens[first - 1].feat.get("Case") in (None, case) and tokens[first - 1].text.lower() not in _PRONOUNS:
        first -= 1
    return first


# pronominal adjectives, no part of a name (``сам центр «Вектор»``, ``этой компании «Вектор»``)
_PRONOUNS = frozenset({"сам", "сама", "само", "сами", "самого", "самой", "самому", "самим", "самом", "саму", "самих",
                       "самими"})


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


# words that make a common noun stand for any organization of its kind, not the one named before
_GENERIC_DETERMINERS = frozenset({
    "каждый", "любой", "другой", "иной", "некоторый", "всякий", "никакой", "какой", "какой-либо",
    "какой-то", "один", "ряд", "многий", "несколько", "такой", "весь",
})


def find_org_anaphora(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """ORG spans for a common noun that refers back to the one organization the document named
    with it before (``концерна`` after ``концерн «Вектор»``, ``альянса`` after ``Северный
    альянс``, ``правительство`` after ``правительство Чили``): the noun alone, singular, not
    made generic (``каждая компания``) and with no name or genitive dependent of its own.
    Resolve makes it that organization; a noun two organizations of the document share stays
    as it is."""
    tokens = analysis.tokens
    morph = lexicon.morph
    first_seen: dict[str, int] = {}
    owners: dict[str, set[str]] = {}  # a noun → the names of the organizations named with it
    covered = {t.index for s in spans for t in analysis.tokens_in(s.start, s.end)}
    for span in sorted((s for s in spans if s.type == ORG), key=lambda s: s.start):
        for token in analysis.tokens_in(span.start, span.end):
            if token.pos in ("NOUN", "PROPN") and lexicon.kind_of(token.text) not in (None, "unit"):
                lemma = morph.lemma(token.text)
                first_seen.setdefault(lemma, span.end)
                name = " ".join(morph.lemma(t.text) for t in analysis.tokens_in(span.start, span.end)
                                if t.text[:1].isalnum())
                owners.setdefault(lemma, set()).add(name)
                break
    people = {t.start for s in spans if s.type == PER for t in analysis.tokens_in(s.start, s.end)}
    named = {t.start for s in spans if s.type in (ORG, LOC) for t in analysis.tokens_in(s.start, s.end)}
    named |= {t.start for t in tokens if t.text[:1].isupper() and t.start not in people and t.pos == "PROPN"}
    found = []
    for token in tokens:
        first_word = token.index == 0 or tokens[token.index - 1].sent != token.sent
        if token.index in covered or token.pos not in ("NOUN", "PROPN" if first_word else "NOUN") \
                or token.feat.get("Number") == "Plur" \
                or not (token.text[:1].islower() or (first_word and not token.text.isupper())):
            continue
        lemma = morph.lemma(token.text)
        if lemma in NATIONAL_BODIES and lemma not in first_seen:
            pass  # the country's government or parliament, named by the noun alone
        elif lemma not in first_seen or token.start < first_seen[lemma] or len(owners[lemma]) > 8:
            continue
        before = tokens[token.index - 1] if token.index > 0 else None
        after = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if before is not None and before.sent == token.sent and morph.lemma(before.text) in _GENERIC_DETERMINERS:
            continue
        if after is not None and after.sent == token.sent and (
                after.text in OPENING_QUOTES or after.start in named or after.feat.get("Case") == "Gen"
                and after.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and after.start not in people):
            continue  # a name or a dependent of its own (``компании «Вектор»``, ``компании региона``)
        found.append(Span(token.start, token.end, ORG))
    return found
