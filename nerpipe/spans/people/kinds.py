"""Names after a noun of a group of performers, and names listed after such a noun or one of
:data:`.words.NAMED_KINDS` (``выступят группы Тихий Рассвет, Лиса Нова и Выход``): bands, gangs,
ships, each no person however like a name it looks; but a name that opens with a first name, or a
surname alone, stays a person's (``лидер группы Олег Смирнов``). A name that fills a pair of quotes
(``на «Пётр Орлов»``) names a thing named after a person: a contest, a ship, a prize, no person."""

from __future__ import annotations

import re

from ...morph import Morph
from ...names import is_russian_surname
from ...ner import Analysis
from ...records import ORG, PER, Span
from ...text import QUOTE_PAIRS
from ..vehicles import names_a_work  # a noun of a work whose title the quotes after it hold (``фильм``)
from .words import NAMED_KINDS, is_first_name, named_kind, surname_word

# nouns of groups of performers a name after them names (``группа Лиса Нова``)
_GROUPS = dict.fromkeys(("группа", "коллектив", "ансамбль"), ORG)
_KINDS = {**NAMED_KINDS, **_GROUPS}

# a noun, then the capitalized words of the names listed after it up to a span: commas and ``и`` between
_LISTED_AFTER = re.compile(r"(?<![\w-])([а-яё]+)\s+((?:[А-ЯЁA-Z][\w-]*(?:\s*,\s*|\s+и\s+|\s+))*)$")
_MAX_LOOK_BACK = 200  # characters: a list of names is shorter
_LATIN = re.compile(r"[A-Za-z]")


def recast_named_lists(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans after a noun of a kind of thing (``группы``, ``банды``), maybe past capitalized words of
    names left out of the span or listed before it: of the type that noun makes, dropped when it makes
    none; not a person's name (:func:`_persons_name`)."""
    recast: dict[Span, str] = {}
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type == PER and _in_work_title(analysis, span, morph):
            recast[span] = ""  # ``романа «Гоги из Зарайска»``: a character in a work's title
            continue
        if span.type != PER or not tokens or _persons_name([t.text for t in tokens], morph):
            continue
        kind = _kind_before(analysis, span, morph)
        if kind is not None and not _named_after_its_body(analysis, span, spans):
            recast[span] = kind
    if not recast:
        return spans
    return [Span(s.start, s.end, recast[s]) if recast.get(s) else s for s in spans if recast.get(s, PER) != ""]


_MAX_TITLE = 80  # characters: a work's title in quotes is shorter


def _in_work_title(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a PER span lies inside a pair of quotes, on one line, with other words beside it, that open right after
    a noun of a work or a compound of one (``романа-эпопеи «Нодар из Тарбы»``, ``фильм «Лето Анны»``): a character
    named in a work's title; a name that fills the quotes is :func:`drop_quoted_names`'."""
    text = analysis.text
    floor = max(0, span.start - _MAX_TITLE)  # a title is no longer: no need to look further back on a long line
    line_start = text.rfind("\n", floor, span.start) + 1 or floor
    for opening, closing in QUOTE_PAIRS.items():
        start = text.rfind(opening, line_start, span.start)
        if start < 0 or text.find(closing, start + 1, span.start) >= 0 and opening != closing:
            continue
        if opening == closing and text.count(opening, line_start, start) % 2:
            continue  # that quote closes an earlier pair
        stop = text.find(closing, span.end, start + _MAX_TITLE)
        if stop < 0 or "\n" in text[span.end:stop] or not (text[start + 1:span.start] + text[span.end:stop]).strip():
            continue
        before = analysis.token_before(start)
        if before is not None and text[before.end:start].strip() == "" \
                and names_a_work(before.text, morph):
            return True
    return False


def _named_after_its_body(analysis: Analysis, span: Span, spans: list[Span]) -> bool:
    """Whether a PER span of two words or more follows, a space between, an organization's span that itself
    follows the noun of a group (``лидер группы Nordfrost Ааро Лехтинен``): a member of that group named after
    it, no second group's name (``группы Тихий Рассвет, Лиса Нова``: listed with commas, or one span)."""
    if len(analysis.words_in(span.start, span.end)) < 2:
        return False
    before = next((s for s in spans if s.type == ORG and s.end < span.start
                   and analysis.text[s.end:span.start].strip(" »\"") == ""), None)  # no line break between
    return before is not None


def _persons_name(words: list[str], morph: Morph) -> bool:
    """Words that open with a first name pymorphy knows (``Олег Смирнов``), or a surname alone."""
    if is_first_name(words[0], morph):
        return True
    return len(words) == 1 and (is_russian_surname(words[0]) or surname_word(words[0], morph))


def _kind_before(analysis: Analysis, span: Span, morph: Morph) -> str | None:
    """The kind (:func:`.words.named_kind`) the noun before a span makes, or the noun before the names
    listed before it (capitalized words, commas, ``и``), in its line."""
    before = analysis.text[max(0, span.start - _MAX_LOOK_BACK):span.start].rsplit("\n", 1)[-1]
    match = _LISTED_AFTER.search(before)
    if match is None:
        return None
    first = (match.group(2).split() or analysis.text[span.start:span.end].split())[0].rstrip(",")
    return named_kind(match.group(1), first, morph, _KINDS)


def drop_quoted_names(text: str, spans: list[Span]) -> list[Span]:
    """The spans but the PER spans in Cyrillic letters that fill a pair of quotes, an opening quote right
    before them and its closing quote right after (``турнира «Пётр Орлов»``): the name of a thing named after
    a person; a name in Latin letters so quoted is the person's as written (``аккаунт «Peter Orlov»``)."""
    return [s for s in spans if s.type != PER or not _quoted(text, s) or _LATIN.search(text[s.start:s.end])]


def _quoted(text: str, span: Span) -> bool:
    opening = text[span.start - 1:span.start] if span.start else ""
    return opening in QUOTE_PAIRS and text[span.end:span.end + 1] == QUOTE_PAIRS[opening]
