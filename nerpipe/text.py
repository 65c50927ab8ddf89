"""Characters and lines of plain text that every stage reads alike: quotes, dashes, words, spaces.

The one place the quote characters are defined. Russian news quote names with
``«…»``, sometimes with ``„…“`` or ``“…”``, and plain ``"…"`` where the
typography was lost; a ``“`` may open a quote or close a ``„``. Where even those
were lost, a pair of apostrophes or of doubled apostrophes (``'…'``, ``''…''``)
quotes a name: :func:`unify_quotes` makes them plain quotes, offsets unchanged.
A word typed in two alphabets (``Cолист`` with a Latin ``C``, ``Micrоsoft`` with a Cyrillic ``о``) is
read in one: :func:`unify_scripts`, offsets unchanged too.
"""

from __future__ import annotations

import re

QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}  # an opening quote → the quote that closes it
OPENING_QUOTES = frozenset(QUOTE_PAIRS)  # « “ „ "
CLOSING_QUOTES = frozenset(QUOTE_PAIRS.values())  # » ” “ "
TYPOGRAPHIC_OPENING = frozenset("«“„")  # quotes that cannot close: the depth of a quote goes up
TYPOGRAPHIC_CLOSING = frozenset("»”")  # quotes that cannot open: the depth goes down
DASHES = frozenset({"-", "–", "—", "‒"})

_WORD = re.compile(r"[\w\u0301]+(?:[-‐‑][\w\u0301]+)*|\S")
_ACRONYM_ENDING = re.compile(r"\b([А-ЯЁ]{2,})(?:а|у|е|ом|ы|ов|ах|ам|ами)\b")


# apostrophes (one or two) that open before a word and close after one, on one line, no apostrophe between;
# not the apostrophe inside a word (O'Brien, д'Артаньян), which has a letter on its left
_APOSTROPHE_QUOTED = re.compile(r"(?<![\w'])('{1,2})(?=[^\s'])([^'\n]{1,80}?)(?<=[^\s'])('{1,2})(?![\w'])")


def unify_quotes(text: str) -> str:
    """Apostrophes that quote a name as plain quotes, the text's length kept: ``'Brenwald'`` →
    ``"Brenwald"``, ``''Brenwald''`` → `` "Brenwald" `` (a space outside stands for the second apostrophe)."""
    if "'" not in text:
        return text
    return _APOSTROPHE_QUOTED.sub(_as_quotes, text)


# letters of the Latin alphabet drawn like one of the Cyrillic alphabet, and back
_LATIN_TO_CYRILLIC = dict(zip("ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху"))
_CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in _LATIN_TO_CYRILLIC.items()}
_MIXED_PAIR = re.compile(r"[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]")  # two letters of two alphabets side by side
_LETTER_RUN = re.compile(r"[A-Za-zА-Яа-яЁё]+")


def unify_scripts(text: str) -> str:
    """Each word typed in both alphabets in the one its letters mostly belong to, where every letter of the other
    looks like one of it: ``Cолист`` (a Latin ``C``) → ``Солист``, ``Micrоsoft`` (a Cyrillic ``о``) →
    ``Microsoft``; a word with a letter of the other alphabet drawn differently (``ЖZL``), and a Latin name with a
    Russian case ending (``Twitterе``, ``iPhoneом``), stay as written. The text's length is kept."""
    if _MIXED_PAIR.search(text) is None:
        return text  # a run of letters is found once, in linear time: no pattern backtracks over a long one
    return _LETTER_RUN.sub(_in_one_script, text)


def _in_one_script(match: re.Match) -> str:
    word = match.group()
    if _MIXED_PAIR.search(word) is None:
        return word
    latin = [char for char in word if char.isascii()]
    cyrillic_count = len(word) - len(latin)
    if cyrillic_count >= len(latin) and all(char in _LATIN_TO_CYRILLIC for char in latin):
        return "".join(_LATIN_TO_CYRILLIC.get(char, char) for char in word)
    if len(latin) > cyrillic_count and word[-1].isascii() \
            and all(char.isascii() or char in _CYRILLIC_TO_LATIN for char in word):
        return "".join(_CYRILLIC_TO_LATIN.get(char, char) for char in word)
    return word


def _as_quotes(match: re.Match) -> str:
    opening, name, closing = match.groups()
    return f'{" " * (len(opening) - 1)}"{name}"{" " * (len(closing) - 1)}'


def split_words(text: str) -> list[str]:
    """Words and single punctuation marks, hyphenated words kept whole."""
    return _WORD.findall(text)


def tidy_spaces(text: str) -> str:
    """Fold runs of white space (including no-break spaces) to one space."""
    return " ".join(text.split())


def strip_acronym_ending(text: str) -> str:
    """An acronym without the case ending Russian gives it: ``МИДа`` → ``МИД``, ``ВУЗов`` → ``ВУЗ``."""
    return _ACRONYM_ENDING.sub(r"\1", text)


def balance_quotes(text: str) -> str:
    """Close the quotes a span left open: ``АО «Агентство…`` → ``АО «Агентство…»``."""
    opened = text.count("«") - text.count("»")
    if opened > 0:
        text = text + "»" * opened
    if text.count('"') == 1 and text.endswith('"'):
        text = text[:-1].rstrip()  # the only quote closes nothing the span holds: it is the text's
    elif text.count('"') % 2 == 1:
        text = text + '"'
    return text + "".join(QUOTE_PAIRS[q] for q in reversed(_open_curly_quotes(text)))


def _open_curly_quotes(text: str) -> list[str]:
    """The ``„`` and ``“`` a text leaves open, innermost last: a ``“`` closes an open ``„``
    (``завод „Ветер“`` leaves none), otherwise it opens a quote that ``”`` closes."""
    stack: list[str] = []
    for char in text:
        if char == "„" or (char == "“" and (not stack or stack[-1] != "„")):
            stack.append(char)
        elif stack and QUOTE_PAIRS[stack[-1]] == char:
            stack.pop()
    return stack


def line_starts(text: str, offset: int) -> bool:
    """Whether only spaces stand between the start of a line and ``offset``."""
    before = text[:offset].rstrip(" \t\u00a0")
    return not before or before.endswith("\n")


def line_ends(text: str, offset: int) -> bool:
    """Whether only spaces and full stops stand between ``offset`` and the end of its line."""
    rest = text[offset:].lstrip(" \t\u00a0.")
    return not rest or rest.startswith("\n")


def sentence_starts(text: str, offset: int) -> bool:
    """Whether only spaces and opening quotes stand between ``offset`` and the start of the text, of a line or of a
    sentence (after ``.``, ``!``, ``?``): by the characters, not by the parser's sentences
    (:meth:`..ner.Analysis.starts_sentence`)."""
    before = text[:offset].rstrip(" \t\u00a0«\"“")
    return not before or before[-1] in ".!?\n"


def wrapped_line(gap: str, before: str, after: str) -> bool:
    """Whether the one line break in ``gap``, between the words ``before`` and ``after``, only wraps a line at a
    width: the line goes on with no mark that ends it (a word or a comma before) and the next opens in lower case
    (``министр\nэкономики``); not a blank line, a headline's end or a line that opens a list."""
    return gap.count("\n") == 1 and (before[-1:].isalnum() or before == ",") and after[:1].islower()


# possessives of the third person, which do not decline (``его заместитель``, ``её пост``, ``их встреча``): whose a
# title, a post or a relative is; ``её`` as written and folded
POSSESSIVES = frozenset({"его", "ее", "её", "их"})
# the lemmas of the possessives that decline (``своей``, ``нашего``)
DECLINED_POSSESSIVES = frozenset({"свой", "мой", "твой", "наш", "ваш"})
# the first word after "по" of a phrase that says who reports something ("по словам министра", "по данным
# полиции", "по сообщению пресс-службы"): the source a clause is told by
REPORT_NOUNS = frozenset({
    "словам", "сообщению", "отчету", "отчёту", "данным", "сведениям", "мнению", "оценкам", "подсчетам", "подсчётам"})
# the first word after "по" of a phrase that says why or how something happened, not what a body or a post is
# for ("по собственному желанию", "по состоянию здоровья", "по решению суда"): no dependent of a title or a body
REASONS_AFTER_PO = frozenset({
    "собственному", "личному", "состоянию", "инициативе", "итогам", "результатам", "причине", "приглашению",
    "поручению", "указанию", "просьбе", "требованию", "совместительству", "окончании", "истечении", "достижении",
    *REPORT_NOUNS})
# (not "решению", "согласованию", "информации": a body's field as often, "комиссия по решению жилищных вопросов")

# the marks that may open a list after its noun (``в трех районах – Заречинском, …``, ``деревень: …``)
LIST_MARKS = DASHES | {":"}
