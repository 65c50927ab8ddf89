"""A title with no name that points back to someone known (``Сам же главный тренер …``, ``Эти слова нового главы
республики …``): held by the salient person before it (:func:`refer_back`), unless the text makes that person
the holder of another country's title (``канцлер Заморья Орлов … новый глава Загорья``): then by the nearest one
the text gives a title of the country it states, else by no one."""

from __future__ import annotations

from collections.abc import Iterable

from ..events.context import find_quotes, is_speech
from ..ner import Analysis
from ..places import RUSSIA
from ..records import Span
from ..resolve import Resolved
from .attributes import TitleInfo
from .grammar import Title
from .lexicon import TitleLexicon
from .salience import WINDOW, new_holder, pointing_back, salient_antecedent
from .tokens import first_token


def refer_back(analysis: Analysis, titles: Iterable[Title], infos: dict[Title, TitleInfo],
               holders: dict[Title, list[Span]], persons: list[Span], resolved: Resolved,
               lexicon: TitleLexicon) -> None:
    """Give each of ``titles`` with no holder that points back (:func:`.salience.pointing_back`) the salient
    person before it (:func:`.salience.salient_antecedent`), or the holder of a title of its country
    (:func:`_of_its_country`); as any restatement, it adds no row when it says nothing new. Not one in direct
    speech (``«Мы желаем новому министру успехов», — заявил он``): the one named before is mostly its speaker,
    who speaks of another."""
    speech = [q for q in find_quotes(analysis.text) if is_speech(analysis, q)]
    for title in titles:
        if any(start <= title.start and title.end <= end for start, end in speech):
            continue
        if title not in holders and pointing_back(analysis, title, lexicon.morph):
            person = salient_antecedent(analysis, title, persons)
            country = _stated_country(infos[title])
            if person is not None and country is not None \
                    and _countries_of(resolved.entity_of[person], holders, infos, resolved) - {country}:
                person = _of_its_country(analysis, title, country, infos, holders, persons, resolved)
            if person is not None and not new_holder(analysis, title, person, lexicon.morph):
                holders[title] = [person]


def _countries_of(holder: str, holders: dict[Title, list[Span]], infos: dict[Title, TitleInfo],
                  resolved: Resolved) -> set[str]:
    """The countries, Russia among them, the titles the text gives ``holder`` state (:func:`_stated_country`)."""
    return {country for title, people in holders.items()
            if (info := infos.get(title)) is not None and (country := _stated_country(info)) is not None
            and holder in {resolved.entity_of[p] for p in people}}


def _stated_country(info: TitleInfo) -> str | None:
    """The country a title states, Russia too (``премьер-министр России``: RU), not one guessed from the document
    (nor its region: ``мэр города``) nor only where an envoy serves (``посол в Заморье``)."""
    if info.guessed or info.stationed or info.scoped:
        return None
    return RUSSIA if info.russian else info.country


def _of_its_country(analysis: Analysis, title: Title, country: str, infos: dict[Title, TitleInfo],
                    holders: dict[Title, list[Span]], persons: list[Span], resolved: Resolved) -> Span | None:
    """The last person named within :data:`.salience.WINDOW` sentences before a title whose titles state the
    title's ``country`` (:func:`_stated_country`) and no other (``президент Загорья Орлов … канцлер Заморья Котов …
    новый глава Загорья``: Орлов)."""
    tokens = analysis.tokens
    sent = tokens[title.head].sent
    before = [p for p in persons if p.end <= title.start
              and tokens[first_token(analysis, p)].sent >= sent - WINDOW
              and _countries_of(resolved.entity_of[p], holders, infos, resolved) == {country}]
    return max(before, key=lambda p: p.end, default=None)
