"""A body a title only describes: ``глава внешнеполитического ведомства России`` is the head of Russia's
foreign ministry, ``финансовое министерство Германии`` Germany's ministry of finance
(``resources/described_bodies.csv``: the adjective and the ministry it stands for)."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import RUSSIA, Gazetteer
from ..resolve.abroad import foreign_counterpart


def described_body(analysis: Analysis, start: int, end: int, orgs: OrgLexicon) -> str | None:
    """The ministry the words from ``start`` to ``end`` (an organization's mention, or a title's words after
    its head) only describe (an adjective of the dictionary and ``ведомство`` or ``министерство``:
    ``внешнеполитического ведомства`` → ``Министерство иностранных дел``), or ``None``: the organizations'
    dictionary reads them (:meth:`.OrgLexicon.described_body`)."""
    return orgs.described_body([t.text for t in analysis.tokens_in(start, end)])


def name_described(body: str, country: str | None, orgs: OrgLexicon,
                   gazetteer: Gazetteer) -> tuple[str, str | None, str | None]:
    """The name, abbreviation and country of the ministry a body describes: Russia's from the
    dictionary, another country's named with that country."""
    if country in (None, RUSSIA):
        ref = orgs.lookup(body)
        return (ref.name, ref.abbr, ref.country) if ref is not None else (body, None, None)
    return foreign_counterpart(body, country, gazetteer), None, country
