"""A title joined by ``и`` to another country's title, right after that title's holder, of the same country:
``Канцлер Лотарии Карл Вейденау и глава МИД Ганс Вальдер`` gives Вальдер the head of Лотария's foreign ministry, not
Russia's (the body named without its country, which resolve reads as Russia's in a text about Russia)."""

from __future__ import annotations

from dataclasses import replace

from ..morph import fold
from ..ner import Analysis
from ..places import Gazetteer
from ..records import LOC, Span
from ..resolve import Resolved, implied_org
from ..resolve.abroad import foreign_counterpart
from ..resolve.russia_names import is_russian
from .attributes import TitleInfo
from .grammar import Title
from .lexicon import TitleLexicon
from .tokens import first_token


def allied_infos(analysis: Analysis, infos: dict[Title, TitleInfo], holders: dict[Title, list[Span]],
                 spans: list[Span], resolved: Resolved, gazetteer: Gazetteer,
                 lexicon: TitleLexicon) -> dict[Title, TitleInfo]:
    """The titles that take the country of the title before them (see the module), described anew: a Russian
    body's head the foreign body's, a state's title that names no body (``премьер-министр``) that country's."""
    out: dict[Title, TitleInfo] = {}
    for title, info in infos.items():
        country = _country_before(analysis, title, infos, holders)
        if country is None or info.country is not None or info.region_code is not None \
                or any(s.type == LOC and title.start <= s.start and s.end <= title.end for s in spans):
            continue  # "… и глава МИД России Пётр Орлов": a title that states its own place keeps it
        org = resolved.orgs.get(info.org_id) if info.org_id is not None else None
        body = org.name if org is not None else info.ministry.name if info.ministry is not None else None
        if body is None and lexicon.head_lemma(analysis.tokens[title.head].text) in lexicon.national:
            out[title] = replace(info, country=country, guessed=False)  # "… и премьер-министр Пётр Орлов"
            continue
        if body is None or not is_russian(body):
            continue
        ministry = implied_org(foreign_counterpart(body, country, gazetteer), None, None, country)
        out[title] = replace(info, org_id=ministry.org_id, ministry=ministry, country=country, guessed=False)
    return out


def _country_before(analysis: Analysis, title: Title, infos: dict[Title, TitleInfo],
                    holders: dict[Title, list[Span]]) -> str | None:
    """The foreign country a title states (not guessed) whose holder's name ends right before ``и`` and this title,
    the name right after that title, in one sentence; or None."""
    tokens = analysis.tokens
    link = title.first - 1
    if link < 1 or fold(tokens[link].text) != "и" or tokens[link].sent != tokens[title.first].sent:
        return None
    for other, info in infos.items():
        if info.country is None or info.guessed or other.last >= link:
            continue
        for person in holders.get(other, ()):
            edge = analysis.tokens_in(person.start, person.end)
            if first_token(analysis, person) == other.last + 1 and edge[-1].index == link - 1:
                return info.country
    return None
