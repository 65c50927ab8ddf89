"""The country of a body of no country named after what it is, outside its span (``швейцарского сырьевого трейдера
Zentrix``, ``катарского инвестфонда «Кедр»``): the country of an adjective of the lower-case noun in apposition
right before its name, for every mention of the body (a later mention's words give the body its country as well
as its first's). Not a noun of what the body is to another (``российского партнёра Zentrix``: the partner is
Russian, not Zentrix), nor two countries told of one body."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..ner import Analysis
from ..places import Gazetteer
from ..records import Span
from ..text import OPENING_QUOTES

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

# nouns of what one body is to another: an adjective before them is the other's (``российского партнёра``)
_RELATIONS = frozenset({
    "партнёр", "партнер", "конкурент", "акционер", "совладелец", "владелец", "клиент", "кредитор", "заёмщик",
    "заемщик", "инвестор", "покупатель", "продавец", "подрядчик", "контрагент", "соперник", "союзник", "дочка",
    "подразделение", "филиал", "офис", "представительство", "структура", "аналог", "коллега",
})
_MAX_ADJECTIVES = 3  # adjectives of the noun read back


def countries_of_descriptions(analysis: Analysis, organizations: dict[Span, ResolvedOrg],
                              gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body of no country given the country its description names (see the
    module), on all its mentions."""
    found: dict[str, set[str]] = {}
    for span, org in organizations.items():
        if org.country is None and (country := _described_country(analysis, span, gazetteer)) is not None:
            found.setdefault(org.org_id, set()).add(country)
    countries = {org_id: next(iter(codes)) for org_id, codes in found.items() if len(codes) == 1}
    if not countries:
        return organizations
    return {span: replace(org, country=countries[org.org_id]) if org.org_id in countries and org.country is None
            else org for span, org in organizations.items()}


def _described_country(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> str | None:
    """The country of an adjective of the lower-case noun right before a mention (behind an opening quote), or
    ``None``."""
    tokens = analysis.tokens
    inner = analysis.tokens_in(span.start, span.end)
    if not inner:
        return None
    index = inner[0].index - 1
    if index >= 0 and tokens[index].text in OPENING_QUOTES:
        index -= 1
    if index < 1:
        return None
    noun = tokens[index]
    if noun.pos != "NOUN" or not noun.text.isalpha() or not noun.text.islower() or noun.sent != inner[0].sent \
            or gazetteer.morph.lemma(noun.text) in _RELATIONS:
        return None
    for adjective in reversed(tokens[max(0, index - _MAX_ADJECTIVES):index]):
        if adjective.pos != "ADJ" or adjective.feat.get("Case") != noun.feat.get("Case"):
            break
        place = gazetteer.place_of_adjective(adjective.text)
        if place is not None and place.kind == "country":
            return place.country_code
    return None
