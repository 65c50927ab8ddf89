"""The country of a body of no country named after what it is, outside its span (``швейцарского сырьевого трейдера
Zentrix``, ``катарского инвестфонда «Кедр»``): the country of an adjective of the lower-case noun in apposition
right before its name, for every mention of the body (a later mention's words give the body its country as well
as its first's). Not a noun whose owner the name is: a name in a case of its own shows it (``аргентинским
тренером «Кедра»``; a quoted name in apposition stays in the nominative); a noun of a person's title or relation
(``российский партнёр Zentrix``, titles.txt) or of a body's unit (``российский филиал Zentrix``) names what one is
to the body, which the adjective does not describe. Nor a noun to which a person named right after the body stands
in apposition in the syntax tree (``финский гонщик Zentrix Ларс Нурми``): the noun is the person's, the body where
he works, and the adjective tells the person's country. Nor two countries told of one body."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..ner import Analysis, Token
from ..orgs import OrgLexicon
from ..places import Gazetteer
from ..records import Span
from ..resources import read_word_groups
from ..text import OPENING_QUOTES
from .syntax import outside_quotes

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

# the groups of titles.txt whose animate nouns name what a person is to the body after them (``тренер``, ``партнёр``)
_PERSONS_OF_A_BODY = ("title", "relative", "counterpart", "ownership", "serving")
_MAX_ADJECTIVES = 3  # adjectives of the noun read back


def countries_of_descriptions(analysis: Analysis, organizations: dict[Span, ResolvedOrg], persons: list[Span],
                              gazetteer: Gazetteer, lexicon: OrgLexicon) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body of no country given the country its description names (see the
    module), on all its mentions; ``persons``: the PER spans of the document."""
    found: dict[str, set[str]] = {}
    person_starts = {person.start: person for person in persons}
    for span, org in organizations.items():
        if org.country is None and (country := _described_country(analysis, span, gazetteer, lexicon)) is not None \
                and not _noun_of_person_after(analysis, span, person_starts):
            found.setdefault(org.org_id, set()).add(country)
    countries = {org_id: next(iter(codes)) for org_id, codes in found.items() if len(codes) == 1}
    if not countries:
        return organizations
    return {span: replace(org, country=countries[org.org_id]) if org.org_id in countries and org.country is None
            else org for span, org in organizations.items()}


def _described_country(analysis: Analysis, span: Span, gazetteer: Gazetteer, lexicon: OrgLexicon) -> str | None:
    """The country of an adjective of the lower-case noun in apposition right before a mention (behind an opening
    quote), or ``None``."""
    tokens = analysis.tokens
    inner = analysis.tokens_in(span.start, span.end)
    if not inner:
        return None
    index = inner[0].index - 1
    quoted = inner[0].text in OPENING_QUOTES
    if index >= 0 and tokens[index].text in OPENING_QUOTES:
        index -= 1
        quoted = True
    if index < 1:
        return None
    noun = tokens[index]
    if noun.pos != "NOUN" or not noun.text.isalpha() or not noun.text.islower() or noun.sent != inner[0].sent \
            or not _in_apposition(noun, inner, quoted) or lexicon.kind_of(noun.text) == "unit" \
            or noun.feat.get("Animacy") == "Anim" and gazetteer.morph.lemma(noun.text) in _person_nouns():
        return None
    for adjective in reversed(tokens[max(0, index - _MAX_ADJECTIVES):index]):
        if adjective.pos != "ADJ" or adjective.feat.get("Case") != noun.feat.get("Case"):
            break
        place = gazetteer.place_of_adjective(adjective.text)
        if place is not None and place.kind == "country":
            return place.country_code
    return None


def _noun_of_person_after(analysis: Analysis, span: Span, person_starts: dict[int, Span]) -> bool:
    """Whether a person's name follows the mention ``span`` in its sentence and stands, in the syntax tree, in
    apposition to the noun before the mention (``финский гонщик Zentrix Ларс Нурми``); not to a noun governing that
    noun (``главы швейцарского трейдера Zentrix Ивана Петрова``, whose name is the head's, whatever its case)."""
    after = analysis.token_after(span.end)
    person = person_starts.get(after.start) if after is not None else None
    before, _ = outside_quotes(analysis, span)
    if person is None or before is None or after.sent != before.sent:
        return False
    inner = analysis.tokens_in(person.start, person.end)
    indices = {token.index for token in inner}
    return any(token.head == before.index for token in inner if token.head not in indices)


def _in_apposition(noun: Token, inner: list[Token], quoted: bool) -> bool:
    """Whether the name ``inner`` after ``noun`` can stand in apposition to it: its first word shows no case
    (``Zentrix``), the noun's, or, quoted, the nominative; else the name owns the noun (``тренером «Кедра»``)."""
    first = next((t for t in inner if t.text[:1].isalpha()), None)
    case = first.feat.get("Case") if first is not None and not first.text[:1].isascii() else None
    return case is None or case == noun.feat.get("Case") or quoted and case == "Nom"


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """The lemmas of what a person is to a body (see :data:`_PERSONS_OF_A_BODY`), with ``ё`` as ``е``."""
    groups = read_word_groups("titles.txt")
    return frozenset().union(*(groups.get(name, set()) for name in _PERSONS_OF_A_BODY))
