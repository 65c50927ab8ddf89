"""A nickname in quotes between a first name and a surname (``Сауль «Кордеро» Гальдамес``, ``Саулю "Кордеро"
Гальдамесу``): natasha tags the first name (with the nickname or without it) and the surname apart, or the three in
one span; either way one person, named by the first name and the surname. A cleric's name in the world in brackets
after his name (``епископ Варсонофий (в миру — Петров)``) is his too; a hierarch's one name after his rank and see
is his first name (``митрополит Заречный и Озёрский Иоанникий``), whatever pymorphy reads it as."""

from __future__ import annotations

import re
from functools import cache

from ..names import Name
from ..records import Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES
from .forms import regular_family

# after the first name: an opening quote, one to three words of the nickname, a closing quote, then the surname
_NICKNAME = re.compile(r'[ \t]+[«"„“][ \t]*[A-ZА-ЯЁ][\w\-]*(?:[ \t]+[\w\-]+){0,2}[ \t]*[»"“”][ \t]+$')


def join_nicknamed(text: str, names: dict[Span, Name]) -> None:
    """Each name whose first word is a first name followed by a quoted nickname, right before a span of one word,
    becomes with that span one name of the first name and the surname, in place (the nickname is no part of either;
    a name of one word is read as either, whichever pymorphy took it for)."""
    spans = sorted(names, key=lambda s: s.start)
    for first_span, last_span in zip(spans, spans[1:]):
        first, last = names[first_span], names[last_span]
        words = text[first_span.start:first_span.end].split()
        word_end = first_span.start + len(words[0])
        if len(text[last_span.start:last_span.end].split()) != 1 or last.middle or first.middle \
                or first.family_first or not _NICKNAME.match(text[word_end:last_span.start]):
            continue
        given = first.first if len(words) > 1 else first.first or first.last
        surname = last.last or last.first
        if given and surname and not regular_family(words[0]):  # not ``Орлов «Вектор» Котов``: two surnames
            names[first_span] = names[last_span] = Name(given, None, surname)


def drop_nickname(tokens: list) -> list:
    """The tokens of a PER span without a quoted nickname between its words (``Эдсон «Малыш» Каррейра``: ``Эдсон``,
    ``Каррейра``); the tokens as they are where no name word comes before and after the quotes."""
    texts = [t.text for t in tokens]
    for open_at, text in enumerate(texts):
        if text not in OPENING_QUOTES or open_at == 0:
            continue
        close_at = next((k for k in range(open_at + 1, len(texts)) if texts[k] in CLOSING_QUOTES), None)
        if close_at is not None and 1 < close_at - open_at <= 4 and close_at + 1 < len(texts) \
                and texts[close_at + 1][:1].isupper() and texts[open_at - 1][:1].isupper():
            return tokens[:open_at] + tokens[close_at + 1:]
    return tokens


# between a cleric's name and his name in the world: ``(в миру — `` (a dash or colon, or none)
_IN_THE_WORLD = re.compile(r"[ \t]*\([ \t]*в[ \t]+миру[ \t]*[—–:-]?[ \t]*$")


# a surname alone in brackets right after a cleric's one name (``епископ Варсонофий (Петров)``)
_BRACKET = re.compile(r"[ \t]*\([ \t]*$")


# a cleric's rank, then maybe the adjectives of his see (``Заречный и Озёрский``, ``Киевский и всея Украины``)
_SEE = r"[А-ЯЁ][а-яё-]*(?:ск|цк)(?:ий|ой|ого|ому|им|ом)"


@cache
def _after_rank() -> re.Pattern:
    """A monk's or hierarch's rank (:data:`nerpipe.spans.people.sees.MONASTICS`, in a case: not a married priest's,
    who goes by his surname), then maybe his see, up to the end."""
    from ..spans.people.sees import MONASTICS  # here: spans import resolve

    ranks = "|".join(sorted(MONASTICS | {"владык"}, key=len, reverse=True))  # ``Владыка Иоанникий`` too
    return re.compile(rf"(?<![\w-])(?i:{ranks})(?:а|у|ом|е|и|ой)?[ \t]+"
                      rf"(?:{_SEE}[ \t]+(?:и[ \t]+)?(?:{_SEE}[ \t]+)?(?:всея[ \t]+[А-ЯЁ][а-яё]+[ \t]+)?)?$")


def join_secular_names(text: str, names: dict[Span, Name]) -> None:
    """A name in brackets after ``в миру`` right after a cleric's name (``епископ Варсонофий (в миру — Петров)``),
    or a surname alone in brackets right after his one name (``епископ Варсонофий (Петров)``), is the same
    person's name in the world: it takes the cleric's name, in place. The second needs no rank here: any one
    first name followed by a surname alone in brackets is taken so (a stage name's too, ``певец Арсений
    (Кольцов)``); spans.people.shape splits such a bracket off a span only after a cleric's rank."""
    for span, name in names.items():
        if name.last and not name.first and not name.middle and " " not in name.last \
                and _after_rank().search(text, max(0, span.start - 120), span.start):
            names[span] = Name(name.last, None, None)  # ``митрополит Заречный и Озёрский Иоанникий``
    spans = sorted(names, key=lambda s: s.start)
    for cleric, secular in zip(spans, spans[1:]):
        gap = text[cleric.end:secular.start]
        if _IN_THE_WORLD.match(gap) or _BRACKET.match(gap) and text[secular.end:secular.end + 1] == ")" \
                and names[cleric].first and not names[cleric].last and not names[cleric].middle \
                and names[secular].last and not names[secular].first:
            names[secular] = names[cleric]
