"""Names widened to the word that says what they are, as the name is written in full (``партии
«Новый путь»``, ``реки Светлой``), and a «name» natasha missed after such a word taken in (organizations
named with a common noun: :mod:`.bodies`)."""

from __future__ import annotations

from ..morph import FORMER_PREFIXES, UD_CASE, fold
from ..ner import Analysis
from ..orgs import OrgLexicon, depends_on
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from ..text import OPENING_QUOTES, QUOTE_PAIRS
from .dependents import org_dependents
from .edges import close_quotes
from .organizations import people_surnames
from .quoted_lists import free_name


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
    covered = analysis.indices_in(spans)
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
    words = [t.text for t in analysis.words_in(span.start, span.end)]
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
