"""One body named in full and shorter in one document: without the ``Главный`` or the rank adjectives its name
opens with (``Военная прокуратура Заречья`` beside ``Главная военная прокуратура Заречья``, ``Театр юных зрителей``
beside ``Государственный академический театр юных зрителей``), by its kind and the
genitive of the person it is named after or without that person (``Театр Сомова``, ``Заречный театр драмы``
beside ``Заречный театр драмы имени И.П. Сомова``), and a national team without its sport (``сборная Заречья``
beside ``сборная Заречья по хоккею``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import NAMED_AFTER, SPORT_PLAYERS, OrgLexicon, is_abbreviation
from ..records import Span
from .org_spellings import name_words, point_at_joined

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

# adjectives of a body's rank or status that a shorter naming of it leaves out; not ``центральный``, a word of the
# name itself (``Центральный банк``, ``Центральная районная больница`` beside a ``районная больница``)
_RANK_ADJECTIVES = frozenset({"государственный", "академический", "национальный", "муниципальный",
                              "всероссийский"})
# kinds of a team named with and without its sport
_TEAM_KINDS = frozenset({"сборная", "команда"})


def join_main_variants(resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """A body named without the ``Главный`` its name opens with elsewhere in the document (a headline's ``Военная
    прокуратура Заречья``, then ``Главная военная прокуратура Заречья``) is that body, of the same country and
    region: one place has no two of them. A name of two words (``Главное управление``) joins none."""
    _join_unique(resolved, lambda short, long: _is_without_main(short, long, morph))


def join_rank_variants(resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """A body of two words or more whose name is the name of exactly one other body of the document without the
    rank adjectives that open it (``Государственный``, ``Академический``) takes that body when both are of the
    same country and region; a name of one word (``Театр``) joins none."""
    _join_unique(resolved, lambda short, long: _is_without_rank(short, long, morph))


def join_named_after(resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """A body named by a kind and a person's name in the genitive (``Театр Сомова``, ``МХТ Сомова``) takes the
    one other body of the document named after that person (``имени``/``им.``) of that kind (``театр драмы имени
    И.П. Сомова``); so does a body named by the words before ``имени`` alone (``Заречный театр драмы``). The kind
    is the noun with the words after it when the noun alone names no kind of body: ``Дом Лыкова`` is no ``Дом
    культуры имени Лыкова``."""
    _join_unique(resolved, lambda short, long: _is_named_after(short, long, lexicon))


def join_sportless_teams(analysis: Analysis, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """A team (``Сборная Заречья``) takes the one team of the document named with the same words and its sport
    (``Сборная Заречья по хоккею``); two sports leave it as it is, and so does another sport or its players
    (``футболисты``) in the sentence of a mention of it or the one before."""
    sports = _find_sports_around(analysis, resolved, morph)
    _join_unique(resolved, lambda short, long: _is_without_sport(short, long, morph),
                 lambda org, other: not sports.get(org.org_id, set()) - {_read_sport(name_words(other), morph)})


def _join_unique(resolved: dict[Span, ResolvedOrg], fits, keeps=None) -> None:
    """Points every body at the one other body whose words ``fits`` the body's words as the shorter naming,
    both of one country and region, when ``keeps`` (if given) holds of the two; none or several leave it as it
    is."""
    bodies = {org.org_id: org for org in resolved.values()}
    joins: dict[str, ResolvedOrg] = {}
    for org in bodies.values():
        short = name_words(org)
        if len(short) < 2:
            continue
        longer = [other for other in bodies.values() if other.org_id != org.org_id
                  and (other.country, other.region_code) in ((org.country, org.region_code), (None, None))
                  and fits(short, name_words(other))]
        if len(longer) == 1 and (keeps is None or keeps(org, longer[0])):
            joins[org.org_id] = longer[0]
    point_at_joined(resolved, {org_id: _find_final_target(target, joins) for org_id, target in joins.items()})


def _find_sports_around(analysis: Analysis, resolved: dict[Span, ResolvedOrg], morph: Morph) -> dict[str, set[str]]:
    """The sports every team's mentions have in their sentence or the one before, by name or by their players."""
    teams = {span: org for span, org in resolved.items()
             if (words := name_words(org)) and morph.lemma(words[0].casefold()) in _TEAM_KINDS}
    if not teams:
        return {}
    by_word = {fold(word): fold(sport) for sport, player in SPORT_PLAYERS.items() for word in (sport, player)}
    named: dict[int, set[str]] = {}  # the sports of every sentence
    for token in analysis.tokens:
        if token.text[:1].isalpha() and (sport := by_word.get(fold(morph.lemma(token.text.casefold())))):
            named.setdefault(token.sent, set()).add(sport)
    sports: dict[str, set[str]] = {}
    for span, org in teams.items():
        if tokens := analysis.tokens_in(span.start, span.end):
            sent = tokens[0].sent
            sports.setdefault(org.org_id, set()).update(named.get(sent, set()) | named.get(sent - 1, set()))
    return sports


def _read_sport(long: list[str], morph: Morph) -> str | None:
    """The sport after a team's ``по`` (``хоккею`` → ``хоккей``)."""
    at = next((k for k, word in enumerate(long) if word.casefold() == "по"), None)
    return None if at is None or at + 1 >= len(long) else fold(morph.lemma(long[at + 1].casefold()))


def _find_final_target(target: ResolvedOrg, joins: dict[str, ResolvedOrg]) -> ResolvedOrg:
    seen = {target.org_id}
    while target.org_id in joins and joins[target.org_id].org_id not in seen:
        target = joins[target.org_id]
        seen.add(target.org_id)
    return target


def _is_without_rank(short: list[str], long: list[str], morph: Morph) -> bool:
    """Whether ``long`` is ``short`` after rank adjectives, ``short`` opening with none: a name of its own that
    opens with one (``Государственный архив`` beside ``Центральный государственный архив``) is another body's."""
    cut = len(long) - len(short)
    return cut > 0 and _fold_words(long[cut:]) == _fold_words(short) \
        and all(morph.lemma(word.casefold()) in _RANK_ADJECTIVES for word in long[:cut]) \
        and morph.lemma(short[0].casefold()) not in _RANK_ADJECTIVES


def _is_without_main(short: list[str], long: list[str], morph: Morph) -> bool:
    """Whether ``long`` is ``short`` after one ``Главный``."""
    return len(long) == len(short) + 1 and morph.lemma(long[0].casefold()) == "главный" \
        and _fold_words(long[1:]) == _fold_words(short)


def _is_named_after(short: list[str], long: list[str], lexicon: OrgLexicon) -> bool:
    at = next((at for at, word in enumerate(long) if word.casefold() in NAMED_AFTER), None)
    if at is not None and at == len(short) and _fold_words(long[:at]) == _fold_words(short):
        return True  # ``Заречный театр драмы`` of ``Заречный театр драмы имени И.П. Сомова``
    person = _read_person_words(short)
    if at is None or not person or _fold_words(long[len(long) - len(person):]) != _fold_words(person) \
            or len(long) - len(person) <= at:
        return False
    kind = _read_lemmas(short[:len(short) - len(person)], lexicon.morph)
    head = next((k for k, lemma in enumerate(_read_lemmas(long[:at], lexicon.morph)) if lemma == kind[0]), None)
    if head is None:
        return False
    phrase = _read_lemmas(long[head:at], lexicon.morph)
    # the head noun alone (``Театр Сомова`` of ``театр драмы имени …``) only when it names a kind of body
    return kind == phrase or len(kind) == 1 and (is_abbreviation(short[0]) or lexicon.kind_of(long[head]) is not None)


def _read_person_words(short: list[str]) -> list[str]:
    """The capitalised words that end a short name after its first, the person's name (``Сомова``, ``Ивана
    Лунина`` of ``Театр Ивана Лунина``)."""
    count = 0
    while count < len(short) - 1 and short[-1 - count][:1].isupper() and not is_abbreviation(short[-1 - count]):
        count += 1
    return short[len(short) - count:]


def _read_lemmas(words: list[str], morph: Morph) -> list[str]:
    return [word if is_abbreviation(word) else fold(morph.lemma(word.casefold())) for word in words]


def _is_without_sport(short: list[str], long: list[str], morph: Morph) -> bool:
    return len(long) > len(short) + 1 and long[len(short)].casefold() == "по" \
        and _fold_words(long[:len(short)]) == _fold_words(short) and morph.lemma(short[0].casefold()) in _TEAM_KINDS


def _fold_words(words: list[str]) -> list[str]:
    return [fold(word) for word in words]
