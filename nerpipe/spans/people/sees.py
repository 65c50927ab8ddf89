"""A bishop's see natasha takes into a name, or for one: the adjective of a diocese after a hierarch's rank
(``епископ Заречный Варсонофий``, ``архиепископа Заречного``) names his see, not his surname; a hierarch is named
by his first name (his monastic name) alone."""

from __future__ import annotations

import re

from ...morph import Morph, fold
from ...names import known_first_name
from ...ner import Analysis
from ...records import PER, Span

# the ranks of hierarchs who are named after their see (``митрополит Заречный и Озёрский``)
HIERARCHS = frozenset({"епископ", "архиепископ", "митрополит", "патриарх", "экзарх", "католикос"})
# their abbreviations, before a full stop
_HIERARCHS_SHORT = frozenset({"еп", "архиеп", "митр", "патр"})
_JOINERS = frozenset({"и", ",", "-", "–", "—", ":"})
_LIST_REACH = 12  # words back to a plural rank over the hierarchs listed after it
# the adjective of a see, in any case and gender (``Заречный``, ``Заречского``, ``Озёрской``)
_SEE = re.compile(r"(?:ск|цк)(?:ий|ой|ого|ому|им|ом|ая|ую|ие|их)$")


def drop_sees(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans right after a hierarch's rank (and the adjectives of his see joined by ``и`` before them) lose the
    see's adjectives they open with: the span from the first name on (``[Варсонофий]``), none where no first name
    follows (``архиепископа Заречного``). Other spans stay (``епископ Пётр Заречский``: a first name first)."""
    result = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == PER else []
        if not tokens or not _after_hierarch(analysis, tokens[0].index, morph):
            result.append(span)
            continue
        k = 0
        while k < len(tokens) and (_is_see(tokens[k].text) or fold(tokens[k].text) == "и" and k > 0):
            k += 1
        if k == 0:
            result.append(span)
        elif k < len(tokens) and known_first_name(morph, fold(tokens[k].text), shortest=2):
            result.append(Span(tokens[k].start, span.end, PER))
        elif k < len(tokens):
            result.append(span)
    return result


def _is_see(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and bool(_SEE.search(fold(word)))


def _after_hierarch(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether a hierarch's rank comes before the word at ``index``: right before it, or before see adjectives
    joined by ``и`` (``митрополит Заречный и Озёрский …``), a dash or a colon, and the hierarchs listed before it
    (``епископы – Заречный Варсонофий, Озёрский Пафнутий``)."""
    tokens = analysis.tokens
    sent = tokens[index].sent
    j = index - 1
    while j >= 0 and index - j <= _LIST_REACH and tokens[j].sent == sent and (
            _is_see(tokens[j].text) or fold(tokens[j].text) in _JOINERS
            or tokens[j].text[:1].isupper() and known_first_name(morph, fold(tokens[j].text), shortest=2)):
        j -= 1
    if j >= 1 and tokens[j].text == "." and tokens[j - 1].sent == sent:
        return fold(tokens[j - 1].text) in _HIERARCHS_SHORT  # ``архиеп. Заречного``
    return j >= 0 and tokens[j].sent == sent and morph.lemma(fold(tokens[j].text)) in HIERARCHS
