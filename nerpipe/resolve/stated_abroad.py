"""A body the text names with one foreign country (``Верховный суд Заречья``, ``МИД Заречья``, or a minister's
title: ``министр обороны Заречья``) is that country's wherever the text names it without one (``Верховного суда``,
``министерство обороны``), not Russia's of the dictionary (:func:`named_as_abroad`); where the text names it with
several foreign countries, the one a country's name in its sentence names (``министр обороны Заречья … сообщило
министерство обороны``, before ``министр обороны Приречья`` in another sentence)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from ..ner import Analysis
from ..orgs import OrgLexicon, OrgRef, is_abbreviation, org_key
from ..places import RUSSIA, Gazetteer, Place
from ..records import Span
from .ids import org_id_for
from .named_abroad import read_sentences
from .organizations import ResolvedOrg
from .russia_names import is_russian, without_russia
from .titled_ministries import titled_ministries


def foreign_counterpart(name: str, country: str, gazetteer: Gazetteer) -> str:
    """The same body of another country: ``Министерство обороны Российской Федерации`` and IL →
    ``Министерство обороны Израиля``."""
    country_name = gazetteer.country_names.get(country)
    return f"{without_russia(name)} {gazetteer.genitive(country_name) if country_name else country}"


def named_as_abroad(
    analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place], lexicon: OrgLexicon,
    gazetteer: Gazetteer, named: dict[Span, str | None],
) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body the document names with one foreign country (``Верховный суд
    Испании``, ``МИД Франции``) made that body wherever the document names it without a country
    (``Верховного суда``, ``МИДа``), not Russia's of the dictionary; the full name of the body, where
    the text writes it (``Министерство иностранных дел Франции``), names its abbreviation too. A body
    the text also names as Russia's, or as that of several countries, is left as it is, and so is a
    common noun of no country (``сборной``, ``правительство``), which :func:`bodies_abroad` gives the
    country the text is about. ``named``: the country each mention names (:func:`countries_named_at`)."""
    stated: dict[str, dict[str, list[ResolvedOrg]]] = {}  # a key without the country → country → bodies
    keys_of: dict[Span, set[str]] = {}
    for span, org in organizations.items():
        country = named[span]
        keys = _keys_without_country(analysis, span, org, country, lexicon, gazetteer)
        keys_of[span] = keys
        if country is not None and country == org.country:
            for key in keys:
                stated.setdefault(key, {}).setdefault(country, []).append(org)
    titled: dict[str, dict[str, list[ResolvedOrg]]] = {}  # the same of the bodies only a title names
    for ref, country in titled_ministries(analysis, places, lexicon):  # "министр иностранных дел Украины"
        body = _titled_body(ref, country, gazetteer)
        for key in _keys((ref.name, ref.abbr)):
            titled.setdefault(key, {}).setdefault(country, []).append(body)
    out = dict(organizations)
    sentences = None  # by sentence, the countries named by their names, read only where a body needs them
    for span, org in organizations.items():
        countries: dict[str, list[ResolvedOrg]] = {}
        for source in (stated, titled):  # a body the text names with its country first, else a title's
            for key in keys_of[span]:
                for country, bodies in source.get(key, {}).items():
                    countries.setdefault(country, []).extend(bodies)
            if countries:
                break
        if named[span] not in (None, RUSSIA) and named[span] in countries:
            countries = {named[span]: countries[named[span]]}  # ``МИД Норвегии`` beside ``МИД России``: Norway's
        elif named[span] is None and len(countries) > 1 and RUSSIA not in countries:
            sentences = sentences if sentences is not None else _sentence_nouns(analysis, places)
            countries = _of_sentence(analysis, span, countries, sentences)  # ``министр обороны Заречья … сообщило
            # министерство обороны``, ``министр обороны Приречья`` elsewhere: Заречье's
        if len(countries) != 1 or RUSSIA in countries:
            continue
        country, bodies = next(iter(countries.items()))
        if org.country not in (RUSSIA, country):
            continue  # a body of no country is the one the text is about (``сборной``), see below
        full = max(bodies, key=lambda body: (len(body.name), body.name))
        abbr = full.abbr or next((body.name for body in bodies if is_abbreviation(body.name.split()[0])), None)
        out[span] = ResolvedOrg(full.org_id, full.name, abbr if abbr != full.name else None, full.region_code,
                                country)
    moved = {org.org_id: out[span] for span, org in organizations.items() if out[span].org_id != org.org_id}
    # a mention an earlier step made the body named with its country (``МИД`` after ``МИД Словакии``) goes with it
    return {span: moved.get(org.org_id, org) if out[span] is org else out[span] for span, org in organizations.items()}


def _sentence_nouns(analysis: Analysis, places: dict[Span, Place]) -> dict[int, frozenset[str]]:
    """By sentence, the countries whose places it names by a noun (``Заречья``, not ``заречским``)."""
    return {sent: nouns for sent, (_, nouns) in read_sentences(analysis, places).items()}


def _of_sentence(analysis: Analysis, span: Span, countries: dict[str, list[ResolvedOrg]],
                 sentences: dict[int, frozenset[str]]) -> dict[str, list[ResolvedOrg]]:
    """Of the countries the text names a body with, the one the sentence of a mention names by a noun; all where
    the sentence names none of them or several."""
    tokens = analysis.tokens_in(span.start, span.end)
    named = [country for country in countries if tokens and country in sentences.get(tokens[0].sent, ())]
    return {named[0]: countries[named[0]]} if len(named) == 1 else countries


def _titled_body(ref: OrgRef, country: str, gazetteer: Gazetteer) -> ResolvedOrg:
    """The ministry a minister's title names with ``country``: the dictionary's ``ref``, or its counterpart."""
    if country == ref.country:
        return ResolvedOrg(org_id_for(ref.name), ref.name, ref.abbr, None, country)
    name = foreign_counterpart(ref.name, country, gazetteer)
    return ResolvedOrg(org_id_for(name), name, foreign_counterpart(ref.abbr, country, gazetteer) if ref.abbr else None,
                       None, country)


def _keys_without_country(analysis: Analysis, span: Span, org: ResolvedOrg, country: str | None,
                          lexicon: OrgLexicon, gazetteer: Gazetteer) -> set[str]:
    """The keys of a mention's body with its country left out: of its name (``Верховный суд`` of
    ``Верховный суд Испании``), its abbreviation, and those of the dictionary's Russian body of that
    name (``МИД`` → ``Министерство иностранных дел``)."""
    names = [org.name, *([org.abbr] if org.abbr else [])]
    if country not in (None, RUSSIA):
        country_name = gazetteer.country_names.get(country)
        ending = f" {gazetteer.genitive(country_name)}" if country_name else None
        names = [name[: -len(ending)] for name in names if ending and name.endswith(ending)]
        ref = lexicon.lookup(*names) if names else None
        if ref is not None and ref.country == RUSSIA:
            names += [ref.name, *([ref.abbr] if ref.abbr else [])]
    elif country is None and org.country not in (None, RUSSIA):
        return set()  # a foreign body of its own (``Лейбористская партия``)
    return _keys(names)


def _keys(names: Iterable[str | None]) -> set[str]:
    """The keys of names with Russia's name left out (``МИД России`` → the key of ``МИД``), none of an empty one."""
    return {org_key(rest) for name in names if name and (rest := without_russia(name))}


def countries_named_at(analysis: Analysis, spans: Iterable[Span], places: dict[Span, Place], gazetteer: Gazetteer
                       ) -> dict[Span, str | None]:
    """By span of an organization's mention, the country it names: inside (``МВД России``, ``МВД Грузии``, ``МИД
    РФ``) or by an adjective right before it (``российского Минсельхоза``, ``грузинского МВД``); the places are
    sorted once for all the spans."""
    ordered = sorted(enumerate(places.items()), key=lambda item: item[1][0].start)  # with their order in ``places``
    starts = [other.start for _, (other, _) in ordered]
    out: dict[Span, str | None] = {}
    for span in spans:
        within = ordered[bisect_left(starts, span.start):bisect_right(starts, span.end)]
        inside = [place for _, (other, place) in sorted(within, key=lambda item: item[0]) if span.contains(other)]
        out[span] = _country_named(analysis, span, inside, gazetteer)
    return out


def _country_named(analysis: Analysis, span: Span, inside: list[Place], gazetteer: Gazetteer) -> str | None:
    """The country a span names (:func:`countries_named_at`), of the places inside it in the order of the text's."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return None
    if is_russian(analysis.text[span.start:span.end]):
        return RUSSIA
    country = gazetteer.country_named_in(inside, tokens)
    before = tokens[0].index - 1
    if country is None and before >= 0 and analysis.tokens[before].sent == tokens[0].sent:
        country = gazetteer.country_named_in([], [analysis.tokens[before]])
    return country
