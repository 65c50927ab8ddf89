"""Where the bodies a text names lie, as evidence of what the text is about, read before they are resolved: a
body whose own name says its region (``Заречному госуниверситету``), a body of the dictionary whose name says it
(its abbreviation: ``ЗГУ``), a foreign body of the dictionary (its country), a body of Russia whose mention names
Russia. :func:`place_bodies` gives one place per body (not per mention), so a text about a foreign country
that names ``МИД России`` once keeps its scope (:func:`nerpipe.resolve.destinations.region_and_scope`); a body
whose mention holds a place span already counts by that place and adds nothing.

And a place a text names only as a person's origin by an adjective on a noun of an occupation (``американский
учёный``, :func:`origins_of_people`): it says where that person comes from, not what the text is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import OrgLexicon, OrgRef, canonical_name
from ..places import RUSSIA, Gazetteer, Place
from ..records import LOC, ORG, Span
from ..resources import read_word_groups
from .locations import placing_tokens
from .org_spellings import without_country
from .syntax import MODIFIER

BODY = "body"  # the category of a body's place: no place the text names, only the scope's evidence

# words of a mention that name Russia (``правительства РФ``, ``российского МИДа``, ``МВД России``)
_RUSSIA_WORDS = ("росси", "рф")


@dataclass(frozen=True, slots=True)
class _Word:
    """A word of a dictionary's name as :meth:`~nerpipe.places.Gazetteer.region_named_in` reads it."""

    text: str
    pos: str


def place_bodies(analysis: Analysis, spans: list[Span], places: dict[Span, Place], lexicon: OrgLexicon,
                 gazetteer: Gazetteer, lemmas: set[str]) -> dict[Span, Place]:
    """The first mention's span of each body the text names → a place of its region or country (category
    :data:`BODY`), one per body; bodies whose mentions hold a place span, and those of no known place, left out.
    A text that names a state body of Russia's or of no known state (``МВД``, ``Госдумы``, ``сейма``) counts no
    foreign state's body: bodies of two states say no one country."""
    located = [span for span, place in places.items() if place is not None]
    seen: dict[str, tuple[Span, Place | None]] = {}
    placed: set[str] = set()  # the bodies one of whose mentions holds a place
    home = False  # whether the text names a state body of Russia's or of no known state
    for span in sorted((s for s in spans if s.type == ORG), key=lambda s: s.start):
        tokens = analysis.tokens_in(span.start, span.end)
        if not tokens:
            continue
        surface = analysis.text[span.start:span.end]
        name = canonical_name([t.word() for t in tokens], lexicon) or surface
        ref = lexicon.lookup(name, surface, lemmas=lemmas) \
            or lexicon.lookup_words([t.text for t in tokens], lemmas=lemmas)
        key = f"ref:{ref.name}" if ref is not None else f"name:{fold(name)}"
        if any(span.contains(other) for other in located):
            placed.add(key)
        if key not in seen:
            seen[key] = (span, _place_of_body(surface, _placing_words(analysis, tokens, gazetteer.morph), ref, lexicon,
                                              gazetteer))
        home = home or (ref is None or ref.country == RUSSIA) and lexicon.names_state_body(ref.name if ref else name)
    return {span: place for key, (span, place) in seen.items() if place is not None and key not in placed
            and not (home and place.region_code is None and place.country_code != RUSSIA)}


def _placing_words(analysis: Analysis, tokens: list, morph: Morph) -> list:
    """:func:`~nerpipe.resolve.locations.placing_tokens` of a body's tokens, the word right after its span read
    as their next: a body's span ending on a place adjective before a district's noun outside it (``Кировского``
    of ``администрациях Ленинского и Кировского районов``) is a district's, not a region's."""
    last = tokens[-1].index
    after = analysis.tokens[last + 1:last + 2]
    return [token for token in placing_tokens([*tokens, *after], morph) if token.index <= last]


def _place_of_body(surface: str, tokens: list, ref: OrgRef | None, lexicon: OrgLexicon,
                   gazetteer: Gazetteer) -> Place | None:
    """The place one body's mention says: the region its own words' adjectives name (``Заречного
    университета``), else its dictionary name's; else the dictionary's foreign country, for a state's body only
    (a ministry, a parliament: ``Сейм Заморья``), not a company or a paper a text of any country quotes; else
    Russia where the dictionary's body is Russia's and the mention names Russia (a bare ``МВД`` may be any
    state's)."""
    morph = gazetteer.morph
    region = gazetteer.region_named_in([], tokens)
    if region is None and ref is not None:
        region = gazetteer.region_named_in([], [_Word(word, "ADJ" if morph.has_gram(word, "ADJF") else "X")
                                                for word in ref.name.split()])
    if region is not None:
        return Place(surface, BODY, region, RUSSIA)
    country = ref.country if ref is not None else None
    if country is not None and country != RUSSIA and _state_body(ref, lexicon, gazetteer) \
            or country == RUSSIA and any(word in fold(surface) for word in _RUSSIA_WORDS):
        return Place(surface, BODY, None, country)
    return None


def _state_body(ref: OrgRef, lexicon: OrgLexicon, gazetteer: Gazetteer) -> bool:
    """Whether a body of the dictionary is its country's state body: by its kind, or by its name ending in its
    country's (``Верховная рада Украины``)."""
    return lexicon.names_state_body(ref.name) or without_country(ref.name, ref.country, gazetteer) is not None


# the groups of ``professions.txt`` that name no occupation
_NO_OCCUPATIONS = frozenset({"ambiguous", "not", "agentive"})


@lru_cache(maxsize=1)
def read_occupations() -> frozenset[str]:
    """The nouns of a person's occupation (``professions.txt``: ``учёный``, ``теннисист``, ``инвестор``), whose
    country's adjective says where the person comes from; not the titles of an office (``премьер``), whose
    adjective says the state whose office it is."""
    return frozenset(word for group, words in read_word_groups("professions.txt").items()
                     if group not in _NO_OCCUPATIONS for word in words)


def origins_of_people(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> set[Span]:
    """The spans of places abroad named by one adjective on a noun of an occupation (``американский учёный``,
    ``с немецкими инвесторами``, ``украинская теннисистка``, :func:`read_occupations`): a person's origin, no
    evidence that the text is about that country. A region's adjective on its people (``хабаровские полицейские``)
    is the local news's own region, and counts."""
    occupations = read_occupations()
    out = set()
    for span, place in places.items():
        if span.type != LOC or place is None or place.country_code in (None, RUSSIA):
            continue
        tokens = analysis.tokens_in(span.start, span.end)
        if len(tokens) != 1 or tokens[0].pos != "ADJ" or tokens[0].rel != MODIFIER or tokens[0].head is None:
            continue
        head = analysis.tokens[tokens[0].head]
        lemma = morph.lemma(head.text)
        if head.pos == "NOUN" and (lemma in occupations or lemma.endswith("ка") and lemma[:-2] in occupations):
            out.add(span)  # ``теннисистка``: of ``теннисист``
    return out
