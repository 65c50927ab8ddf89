"""Places and bodies a plural noun names one of each: ``в Октябрьском, Сургутском районах`` is the
Октябрьский район and the Сургутский район, ``в Сибирском и Дальневосточном федеральных округах`` the
Сибирский федеральный округ and the Дальневосточный федеральный округ; each adjective before the shared noun
is a place of its own named with that noun in the singular (and the adjectives the noun shares:
``федеральных``), not a town of the adjective (``Октябрьский``); so are bodies (``Лянторской городской и
Нижнесортымской участковой больниц``: two hospitals). In a text that names a federal district in full, ``X округ``
of a shared noun and an adjective alone before the district (``из Сибирского в Дальневосточный федеральный
округ``) are federal districts too."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph, plural_noun, restore_case
from ..ner import Analysis
from ..places import FEDERAL_DISTRICT, Gazetteer, Place
from ..records import LOC, Span
from ..text import LIST_MARKS
from .ids import org_id_for
from .organizations import ResolvedOrg

_GENDERS = ("masc", "femn", "neut")
# nouns of a kind of place named after an adjective (``Сургутский район``, ``Сибирский федеральный округ``)
PLACE_NOUNS = frozenset({"район", "округ", "область", "край", "улус", "поселение", "уезд", "провинция"})


def share_place_heads(analysis: Analysis, places: dict[Span, Place], gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with the places of a list that shares one plural noun of a kind of place each named with the
    noun (see the module)."""
    morph = gazetteer.morph
    out = dict(places)
    districts = any(place.category == FEDERAL_DISTRICT for place in places.values())
    kind = lambda noun: bool(morph.forms(noun) & PLACE_NOUNS)  # noqa: E731
    named = {**_named_after_noun(analysis, places, morph, kind),
             **{span: name for span, (name, _last) in _shared_names(analysis, places, morph, kind).items()}}
    for span, name in named.items():
        out[span] = gazetteer.lookup(name) or (districts and _federal_district(name, gazetteer)) \
            or Place(name, "other", None, None)
    return _districts_before(analysis, out, gazetteer) if districts else out


_DISTRICT = "округ"
_FEDERAL = "федеральный"


def _federal_district(name: str, gazetteer: Gazetteer) -> Place | None:
    """The federal district ``X федеральный округ`` for ``X округ`` (``Сибирский округ``), in a text that names a
    federal district in full: ``в Сибирском и Дальневосточном округах``; ``None`` for any other name."""
    words = name.split()
    if len(words) != 2 or words[1] != _DISTRICT:
        return None
    found = gazetteer.lookup(f"{words[0]} {_FEDERAL} {_DISTRICT}")
    return found if found is not None and found.category == FEDERAL_DISTRICT else None


def _districts_before(analysis: Analysis, places: dict[Span, Place], gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with an adjective alone before a federal district that shares its noun (``из Сибирского в
    Дальневосточный федеральный округ``) made that adjective's federal district."""
    out = dict(places)
    ordered = sorted(places, key=lambda span: span.start)
    morph = gazetteer.morph
    for span, after in zip(ordered, ordered[1:]):
        tokens = analysis.tokens_in(span.start, span.end)
        if places[after].category != FEDERAL_DISTRICT or len(tokens) != 1 or tokens[0].pos != "ADJ" \
                or places[span].category == FEDERAL_DISTRICT or not _joined(analysis, span, after):
            continue
        adjective = morph.inflect(tokens[0].text, {"masc", "nomn", "sing"}, prefer={"POS": "ADJF"})
        found = _federal_district(f"{adjective.capitalize()} {_DISTRICT}", gazetteer) if adjective else None
        if found is not None:
            out[span] = found
    return out


def _joined(analysis: Analysis, span: Span, after: Span) -> bool:
    """Whether nothing stands between two spans but one preposition, conjunction or comma (``из Сибирского в …``,
    ``Сибирский или Дальневосточный …``)."""
    between = analysis.tokens_in(span.end, after.start)
    return len(between) <= 1 and all(token.pos in _JOINING or token.text == "," for token in between)


# the parts of speech of a word that joins an adjective to the federal district after it
_JOINING = frozenset({"ADP", "CCONJ"})


def name_shared_place_bodies(analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                             morph: Morph) -> dict[Span, ResolvedOrg]:
    """``organizations`` with the bodies of places that share a plural kind after the body's noun
    (``администрациях Ленинского и Кировского районов``, the spans of
    :func:`nerpipe.spans.places.split_over_shared_places`) each named with its own place in the singular
    (``Администрация Ленинского района``, ``Администрация Кировского района``), of that place's region and country;
    a later body resolution dropped (an adjective alone, ``Кировского``) made again from the first."""
    from ..spans.places import find_shared_place_list  # here: ``nerpipe.spans`` imports ``nerpipe.resolve``

    out = dict(organizations)
    for span, org in organizations.items():
        listed = find_shared_place_list(analysis, span, morph)
        words = org.name.split()
        if listed is None or len(words) < 2 or words[-1].lower() != listed[0][0].text.lower():
            continue
        adjectives, kind = listed
        head, of_kind = _singular_head(analysis, span, words[:-1], morph), _named([], kind, morph, "gent")
        if of_kind is None:
            continue
        for index, adjective in enumerate(adjectives):
            own = span if index == 0 else Span(adjective.start, adjective.end, span.type)
            stop = kind[-1].end if index == len(adjectives) - 1 else adjective.end
            place = places.get(Span(adjective.start, stop, LOC))
            if place is None:
                continue
            name = " ".join([*head, adjective.text, of_kind])
            base = organizations.get(own, org)  # the place's region: its own, or the text's for a place unknown
            out[own] = replace(base, org_id=org_id_for(name), name=name, abbr=None, region_code=place.region_code,
                               country=place.country_code or base.country or (place.region_code or "")[:2] or None)
    return out


def _singular_head(analysis: Analysis, span: Span, words: list[str], morph: Morph) -> list[str]:
    """The words of a body's name before its place, the first in the singular when the text has it in the plural
    (``администрациях`` of the bodies of many places: each one ``Администрация``)."""
    first = analysis.tokens_in(span.start, span.end)[0]
    if first.feat.get("Number") != "Plur":
        return words
    single = morph.inflect(first.text, {"sing", "nomn"}, prefer={"POS": "NOUN"})
    return [restore_case(single, words[0]), *words[1:]] if single else words


def share_org_heads(analysis: Analysis, organizations: dict[Span, ResolvedOrg],
                    morph: Morph) -> dict[Span, ResolvedOrg]:
    """``organizations`` with the bodies of a list of adjectives that shares one plural noun (``Лянторской
    городской и Нижнесортымской участковой больниц``) each named with the noun in the singular (``Лянторская
    городская больница``, ``Нижнесортымская участковая больница``), of the region and country the last has."""
    out = dict(organizations)
    for span, (name, last) in _shared_names(analysis, organizations, morph, lambda noun: True).items():
        org = organizations[span]
        kept = organizations[last]
        out[span] = replace(org, org_id=org_id_for(name), name=name, abbr=None,
                            region_code=org.region_code or kept.region_code, country=org.country or kept.country)
    return out


def _shared_names(analysis: Analysis, entities: dict, morph: Morph, names_kind) -> dict[Span, tuple[str, Span]]:
    """The name of each span of a list of adjectives that shares the plural noun its last span ends with, when
    ``names_kind`` accepts that noun (see the module), with that last span."""
    ordered = sorted(entities, key=lambda span: span.start)
    out: dict[Span, tuple[str, Span]] = {}
    for index, last in enumerate(ordered):
        tokens = analysis.tokens_in(last.start, last.end)
        if len(tokens) < 2 or tokens[-1].pos != "NOUN" or not plural_noun(tokens[-1], morph) \
                or not names_kind(tokens[-1].text):
            continue
        own = _leading_singular(tokens[:-1], morph)
        shared = tokens[len(own):]
        if not own or any(not _adjective(t, morph) for t in shared[:-1]):
            continue
        members = [(last, own), *_listed_before(analysis, last, ordered[:index], morph)]
        for span, words in members if len(members) > 1 else ():
            name = _named(words, shared, morph)
            if name is not None:
                out[span] = (name, last)
    return out


def _named_after_noun(analysis: Analysis, entities: dict, morph: Morph, names_kind) -> dict[Span, str]:
    """The name of each span of a list of adjectives alone after the plural noun they share (``в северных районах
    Аяно-Майском, Тугуро-Чумиканском и Охотском``, ``в трёх районах республики – …``): each adjective with the noun
    in the singular."""
    ordered = sorted(entities, key=lambda span: span.start)
    # the tokens of each span that is adjectives in the singular alone, read once
    singular = {span: words for span in ordered if (words := analysis.tokens_in(span.start, span.end))
                and _singular_alone(words, morph)}
    out: dict[Span, str] = {}
    for index, first in enumerate(ordered):
        tokens = singular.get(first)
        if not tokens or tokens[0].index == 0:
            continue
        noun = _noun_before(analysis, tokens[0].index)
        if noun.pos != "NOUN" or noun.sent != tokens[0].sent or not plural_noun(noun, morph) \
                or not names_kind(noun.text) or any(span.start <= noun.start < span.end for span in ordered):
            continue
        members = [(first, tokens)]
        for span in ordered[index + 1:]:
            between = analysis.text[members[-1][0].end:span.start].strip()
            words = singular.get(span)
            if between not in (",", "и", ", и") or not words:
                break
            members.append((span, words))
        for span, words in members if len(members) > 1 else ():
            name = _named(words, [noun], morph)
            if name is not None:
                out[span] = name
    return out


def _noun_before(analysis: Analysis, index: int):
    """The word a list of adjectives opening at ``index`` hangs on: the word right before it, else the one before a
    dash or a colon and a lowercase noun in the genitive (``в трёх районах республики – Заречинском, …``)."""
    back = index - 1
    if back >= 2 and analysis.tokens[back].text in LIST_MARKS:
        between = analysis.tokens[back - 1]
        back -= 2 if between.pos == "NOUN" and between.text.islower() and between.feat.get("Case") == "Gen" else 1
    return analysis.tokens[back]


def _listed_before(analysis: Analysis, last: Span, before: list[Span], morph: Morph):
    """The spans of adjectives alone in the singular right before ``last``, each behind ``и`` or a comma."""
    start = last.start
    for span in reversed(before):
        between = analysis.text[span.end:start].strip()
        tokens = analysis.tokens_in(span.start, span.end)
        if between not in (",", "и") or not tokens or not _singular_alone(tokens, morph):
            return
        yield span, tokens
        start = span.start


def _leading_singular(tokens: list, morph: Morph) -> list:
    """The adjectives in the singular a phrase opens with, the first capitalised (``Дальневосточном`` of
    ``Дальневосточном федеральных округах``, ``Лянторской городской``)."""
    out = []
    for token in tokens:
        if not (out or token.text[:1].isupper()) or not _adjective(token, morph) \
                or not morph.has_gram(token.text, "sing"):
            break
        out.append(token)
    return out


def _singular_alone(tokens: list, morph: Morph) -> bool:
    """Whether a span is adjectives in the singular alone (:func:`_leading_singular` takes all its words)."""
    return len(_leading_singular(tokens, morph)) == len(tokens)


def _adjective(token, morph: Morph) -> bool:
    return token.pos == "ADJ" or morph.has_gram(token.text, "ADJF")


def _named(own: list, shared: list, morph: Morph, case: str = "nomn") -> str | None:
    """The own adjectives, the shared ones and the noun, all in the singular of ``case``, the nominative unless
    told (``Сибирский федеральный округ``; the genitive: ``сельских поселений`` → ``сельского поселения``), of the
    gender of the noun's nominative; ``None`` where a word does not inflect."""
    single = morph.inflect(shared[-1].text, {"sing", "nomn"}, prefer={"POS": "NOUN"})
    noun = single if case == "nomn" else morph.inflect(shared[-1].text, {"sing", case}, prefer={"POS": "NOUN"})
    if noun is None or single is None:
        return None
    gender = next((gram for gram in _GENDERS if morph.has_gram(single, gram)), "masc")
    words = []
    for token in [*own, *shared[:-1]]:
        word = morph.inflect(token.text, {gender, case, "sing"}, prefer={"POS": "ADJF"})
        if word is None:
            return None
        words.append(restore_case(word, token.text))  # Гаврилов-Ямского → Гаврилов-Ямский
    return " ".join([*words, noun])
