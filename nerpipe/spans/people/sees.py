"""A bishop's see natasha takes into a name, or for one: the adjective of a diocese after a hierarch's rank
(``епископ Заречный Варсонофий``, ``архиепископа Заречного``) names his see, not his surname (written after his
first name it stays: the annotated corpora count it a surname, ``епископ Варсонофий Заречный``); a hierarch is
named by his first name (his monastic name) alone, and his rank and a church's form of address (``Святейший
Патриарх``) are no name of anyone."""

from __future__ import annotations

import re

from ...morph import Morph, fold
from ...names import known_first_name
from ...ner import Analysis
from ...records import LOC, ORG, PER, Span

# the ranks of hierarchs who are named after their see (``митрополит Заречный и Озёрский``)
HIERARCHS = frozenset({"епископ", "архиепископ", "митрополит", "патриарх", "экзарх", "католикос"})
# their abbreviations, before a full stop
_HIERARCHS_SHORT = frozenset({"еп", "архиеп", "митр", "патр"})
_JOINERS = frozenset({"и", ",", "-", "–", "—", ":"})
_LIST_REACH = 12  # words back to a plural rank over the hierarchs listed after it
# the adjective of a see, in any case and gender (``Заречный``, ``Заречского``, ``Озёрской``)
_SEE = re.compile(r"(?:ск|цк)(?:ий|ой|ого|ому|им|ом|ая|ую|ие|их)$")
# a church's forms of address before a hierarch's rank (``Святейший Патриарх``, ``Блаженнейшего митрополита``)
# (superlatives, whose lemma pymorphy gives as the plain adjective: by their stems, in any case)
_CHURCH_ADDRESS = re.compile(r"(?:святейш|блаженнейш|(?:высоко)?преосвященн)(?:ий|его|ему|им|ем|ая|ей|ую)$")
# ranks of clergy written capitalised inside a span natasha tags a person, besides the hierarchs'
_CLERGY = HIERARCHS | {"архимандрит", "игумен", "игумения", "протоиерей", "иерей", "иеромонах", "протопресвитер"}
# every cleric's rank, monks' too: those a one name is written after (``инок Савватий``)
CLERICS = _CLERGY | {"иеродиакон", "монах", "схимонах", "инок"}
# the ranks of monks and hierarchs, who go by one name (``иеромонах Савватий``); a married priest (``протоиерей``,
# ``иерей``, ``протопресвитер``) goes by his surname
MONASTICS = CLERICS - {"протоиерей", "иерей", "протопресвитер"}


def drop_sees(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans right after a hierarch's rank (and the adjectives of his see joined by ``и`` before them) lose the
    see's adjectives they open with: the span from the first name on (``[Варсонофий]``), none where no first name
    follows (``архиепископа Заречного``). Other spans stay (``епископ Пётр Заречский``: a first name first)."""
    result = []
    for span in _named_after_sees(analysis, _without_ranks(analysis, spans, morph), morph):
        tokens = analysis.tokens_in(span.start, span.end) if span.type == PER else []
        if not tokens or not _after_hierarch(analysis, tokens[0].index, morph):
            result.append(span)
            continue
        k = 0
        while k < len(tokens) and (_is_see(tokens[k].text) or fold(tokens[k].text) == "и" and k > 0):
            k += 1
        if k == 0:
            result.append(span)
        elif k < len(tokens) and (known_first_name(morph, fold(tokens[k].text), shortest=2)
                                  or k == len(tokens) - 1 and not morph.has_gram(tokens[k].text, "Surn")):
            result.append(Span(tokens[k].start, span.end, PER))  # also ``[Силуану]``, a name pymorphy does not know
        elif k < len(tokens):
            result.append(span)
    return result


def _without_ranks(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans without the church's forms of address and the clergy's ranks they open with (``Святейшему
    Патриарху [Варсонофию]``), none where nothing else is left (``Патриарха``, ``Святейшему``); no place of a form of
    address alone (``Блаженнейший``)."""
    result = []
    for span in spans:
        if span.type == LOC and _CHURCH_ADDRESS.match(fold(analysis.text[span.start:span.end])):
            continue  # ``Блаженнейший`` tagged a place
        tokens = analysis.tokens_in(span.start, span.end) if span.type == PER else []
        k = 0
        while k < len(tokens) and tokens[k].text[:1].isupper() and (
                _CHURCH_ADDRESS.match(fold(tokens[k].text)) or morph.lemma(fold(tokens[k].text)) in _CLERGY):
            k += 1
        if k == 0:
            result.append(span)
        elif k < len(tokens):
            result.append(Span(tokens[k].start, span.end, PER))
    return result


def _named_after_sees(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """A place's span of a see's adjectives and a first name right after a hierarch's rank (``митрополит
    [Заречный Варсонофий]``) split into the see, still a place, and the hierarch's name; a place's or an
    organization's span of a first name and a see's adjective there (``архиепископ [Лонгин Заречный]``) a person's."""
    result = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type in (LOC, ORG) else []
        if len(tokens) == 2 and _after_hierarch(analysis, tokens[0].index, morph) \
                and (_is_see(tokens[1].text) or _capitalised_adjective(tokens[1].text, morph)) \
                and tokens[0].text[:1].isupper() and not _is_see(tokens[0].text) \
                and not morph.has_gram(tokens[0].text, "Geox"):
            result.append(Span(span.start, span.end, PER))  # ``архиепископ [Лонгин Заречный]`` tagged a place: his
            continue  # name and see, which the annotated corpora read as a surname
        if span.type != LOC or len(tokens) < 2 or not _is_see(tokens[0].text) \
                or not _after_hierarch(analysis, tokens[0].index, morph) \
                or not _monastic_name(tokens[-1].text, morph) or not all(_is_see(t.text) for t in tokens[:-1]):
            result.append(span)
            continue
        result.append(Span(span.start, tokens[-2].end, LOC))
        result.append(Span(tokens[-1].start, span.end, PER))
    return result


def _monastic_name(word: str, morph: Morph) -> bool:
    """A first name pymorphy knows, or a capitalised word it reads as no place, surname nor see (``Иоанникий``)."""
    return known_first_name(morph, fold(word), shortest=2) or word[:1].isupper() and word[1:].islower() \
        and not _is_see(word) and not morph.has_gram(word, "Geox") and not morph.has_gram(word, "Surn")


def _capitalised_adjective(word: str, morph: Morph) -> bool:
    """A capitalised adjective pymorphy knows, not as a surname (``Заречный``)."""
    parses = morph.parses(fold(word))
    return word[:1].isupper() and word[1:].islower() and morph.is_known(fold(word)) \
        and any(p.tag.POS == "ADJF" for p in parses) and not any("Surn" in p.tag for p in parses)


def _is_see(word: str) -> bool:
    """A capitalised adjective of a see, maybe of two capitalised parts (``Озёрский``, ``Наро-Фоминский``)."""
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-")) \
        and bool(_SEE.search(fold(word)))


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
