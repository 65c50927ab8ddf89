"""LOC spans: places named inside organizations, adjectives of federal subjects, countries and cities
abroad (``томские``, ``японские``, ``лондонские``), and no place for an adjective that is part of an
organization's name; a person's surname natasha took for a place, the person's; and the bodies of places
joined by ``и`` that share their kind (``администрациях Ленинского и Кировского районов``): a body and a place each."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span
from .organizations import genitive_token, people_surnames

# nouns after which a region's adjective names no place: ``московское время``, ``крымские татары``
_COLLOCATION_NOUNS = {"время", "татарин", "татары"}


def find_places_in_orgs(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """LOC spans for the places an organization's name holds in the genitive, where natasha
    tagged none: ``Совета Европы``, ``«Голоса Америки»``, ``Конгресса США``."""
    located = {(s.start, s.end) for s in spans if s.type == LOC}
    people = {s.start for s in spans if s.type == PER}  # ``партии Иванова``: a person, no town
    found = []
    for org in (s for s in spans if s.type == ORG):
        tokens = analysis.tokens_in(org.start, org.end)
        for index, token in enumerate(tokens[1:], 1):
            if not token.text[:1].isupper() or not genitive_token(token) or token.start in people:
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


def find_place_adjectives(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """LOC spans for adjectives of federal subjects, countries and cities abroad outside other spans:
    ``томские инноваторы``, ``японские компании``, ``лондонский суд``."""
    covered = analysis.indices_in(spans)
    found = []
    for token in analysis.tokens:
        if token.index in covered or token.pos != "ADJ" or not token.text[:1].isalpha():
            continue
        if token.text[:1].isupper() and not analysis.starts_sentence(token.index):
            continue  # capitalised inside a sentence: part of a name natasha did not tag
        if gazetteer.place_of_adjective(token.text) and not _in_collocation(analysis, token, gazetteer.morph):
            found.append(Span(token.start, token.end, LOC))
    return found


def _in_collocation(analysis: Analysis, token, morph: Morph) -> bool:
    following = analysis.tokens[token.index + 1] if token.index + 1 < len(analysis.tokens) else None
    return following is not None and bool(morph.forms(following.text) & _COLLOCATION_NOUNS)


def retype_joined_names(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """LOC spans the gazetteer does not know joined by ``и`` or a comma to an organization's name before
    them, and their Latin spelling in brackets, are organizations: ``компании «Вектор» и Кедр-Инвест``,
    ``агентства Рейтинг-Про (RatingPro) и Рус-Кредит (RusCredit)``."""
    text = analysis.text
    shared = split_over_shared_places(analysis, spans, gazetteer)
    kept = {(s.start, s.end) for s in shared if s.type == LOC}  # the places of bodies that share their kind
    spans = [s for s in spans if s.type != LOC or not any(s.start == start and s.end < end for start, end in kept)]
    spans += [s for s in shared if s not in spans]
    place_ends = {s.end for s in spans if s.type == LOC}  # ``командами России и`` + a place: joined to the place
    org_ends = sorted(s.end for s in spans if s.type == ORG and s.end not in place_ends)
    out = []
    joined_end = None
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.type == LOC and (span.start, span.end) not in kept \
                and gazetteer.lookup(text[span.start:span.end]) is None:
            if joined_end is not None and _in_brackets_after(text, joined_end, span):
                span = Span(span.start, span.end, ORG)  # the Latin spelling of the name just retyped
            elif any(_joined(text, end, span.start) for end in org_ends if end <= span.start):
                span = Span(span.start, span.end, ORG)
                joined_end = span.end
        out.append(span)
    return out


_JOINERS = ("и", ",", "или")


def is_adjective(token, morph: Morph) -> bool:
    """Whether a word is an adjective, or one pymorphy reads first so (``Новопокровского`` the tagger took for a
    proper noun)."""
    parses = morph.parses(token.text.lower())
    return token.pos == "ADJ" or bool(parses) and parses[0].tag.POS == "ADJF"


def find_shared_place_list(analysis: Analysis, org: Span, morph: Morph) -> tuple[list, list] | None:
    """For an ORG span that ends on a capitalised adjective (``администрациях Ленинского``) followed by adjectives
    joined to it by ``и`` or commas up to the plural noun of a kind of place they all share (``… и Кировского
    районов``, ``… и Обручевского сельских поселений``): the capitalised adjectives, first the span's own, and the
    words of the kind they share (``сельских поселений``); ``None`` for any other span."""
    from ..resolve.shared_places import PLACE_NOUNS  # here: ``nerpipe.resolve`` imports ``nerpipe.spans``

    tokens = analysis.tokens
    inner = analysis.tokens_in(org.start, org.end) if org.type == ORG else []
    if len(inner) < 2 or not is_adjective(inner[-1], morph) or not inner[-1].text[:1].isupper():
        return None
    adjectives, index = [inner[-1]], inner[-1].index + 1
    while index + 1 < len(tokens) and tokens[index].text in _JOINERS \
            and is_adjective(tokens[index + 1], morph) and tokens[index + 1].text[:1].isupper():
        adjectives.append(tokens[index + 1])
        index += 2
    kind = index
    while kind < len(tokens) and tokens[kind].pos == "ADJ" and tokens[kind].text[:1].islower():
        kind += 1  # ``сельских`` of ``сельских поселений``
    if len(adjectives) < 2 or kind >= len(tokens) or tokens[kind].sent != inner[-1].sent \
            or tokens[kind].feat.get("Number") != "Plur" or not morph.forms(tokens[kind].text) & PLACE_NOUNS:
        return None
    return adjectives, tokens[index:kind + 1]


def split_over_shared_places(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """The spans to add for the bodies of places that share a plural kind (:func:`find_shared_place_list`): the
    ORG span ends on the first place's adjective and is that place's body; each later adjective is an ORG span of
    its own, the body of its place (:func:`nerpipe.resolve.shared_places.name_shared_place_bodies` names each,
    ``Администрация Кировского района``); each adjective but the last is a LOC span, and the last with the kind
    words after it (``Кировского районов``), which :func:`nerpipe.resolve.shared_places.share_place_heads` names
    each place in the singular (``Ленинский район``, ``Кировский район``)."""
    out = []
    for span in spans:
        listed = find_shared_place_list(analysis, span, gazetteer.morph)
        if listed is None:
            continue
        adjectives, kind = listed
        out.extend(Span(word.start, word.end, ORG) for word in adjectives[1:])
        out.extend(Span(word.start, word.end, LOC) for word in adjectives[:-1])
        out.append(Span(adjectives[-1].start, kind[-1].end, LOC))
    return out


def _joined(text: str, end: int, start: int) -> bool:
    """Whether only ``и`` or a comma, and brackets or a closing quote before them, stand between offsets."""
    between = text[end:start]
    if "(" in between:
        between = between[between.rindex(")") + 1:] if ")" in between else between
    between = between.strip(" \u00a0»\"”)")
    return between in _JOINERS


def _in_brackets_after(text: str, end: int, span: Span) -> bool:
    return text[end:span.start].strip(" \u00a0") == "(" and text[span.end:span.end + 1] == ")"


def recast_surname_places(analysis: Analysis, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> list[Span]:
    """A LOC span of one word that is a surname of a person the document names in full (``Смитсон``
    beside ``Джона Смитсона``), that the gazetteer does not know and pymorphy does not read as a
    place: a PER span, the person's."""
    surnames = people_surnames(analysis, spans, morph)
    if not surnames:
        return spans
    out = []
    for span in spans:
        surface = analysis.text[span.start:span.end]
        if span.type == LOC and surface.isalpha() and morph.forms(surface) & surnames \
                and gazetteer.lookup(surface) is None and not morph.has_gram(surface, "Geox"):
            span = Span(span.start, span.end, PER)
        out.append(span)
    return out
