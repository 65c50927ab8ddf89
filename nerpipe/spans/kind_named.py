"""Companies named by a name and a capitalised kind word after it (``Хоувер Банк``, ``Лорикс Капиталом``):
natasha misses some, takes the kind word alone (``[Кедр] Банка``) or the whole for a person's or a place's
name. The kind word and the capitalised words before it that are no sentence's opening common noun
(``Представитель``) make the span (:func:`find_kind_named`). So do capitalised words in Latin letters and a legal
form after them that natasha left untagged (``News Corp.``: :func:`find_latin_legal_names`, a step of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import LATIN_LEGAL_FORMS, NAME_KIND_WORDS, is_latin_name
from ..records import ORG, PER, Span
from .organizations import common_noun

if TYPE_CHECKING:
    from collections.abc import Callable

_MAX_NAME_WORDS = 3


def find_kind_named(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with a company named by capitalised words and a capitalised kind word after them (see the
    module) as one ORG span, in place of the ORG and PER spans inside it, a place's span of its words that ends
    with the kind word, and an ORG span that takes in the sentence's opening noun before it (``[Акционеры] Лось
    Кредит Банка``); none reaching beyond it."""
    out = list(spans)
    for token in analysis.tokens:
        if not token.text[:1].isupper() or token.text.isupper() or token.index == 0 \
                or not morph.forms(token.text) & NAME_KIND_WORDS or analysis.starts_sentence(token.index):
            continue
        first = _name_start(analysis, token.index, morph)
        if first is None:
            continue
        start, end = analysis.tokens[first].start, token.end
        opener = analysis.tokens[first - 1].start if first > 0 and analysis.starts_sentence(first - 1) else start
        inside = [s for s in out if s.start < end and start < s.end]
        if all((s.start >= start or s.start == opener and s.type == ORG)
               and (s.type in (ORG, PER) and s.end <= end or s.end == end) for s in inside):
            out = [s for s in out if s not in inside] + [Span(start, end, ORG)]
    return out


def find_latin_legal_names(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` with capitalised words in Latin letters and a capitalised legal form after them (``News Corp.``:
    :data:`~nerpipe.orgs.LATIN_LEGAL_FORMS`) as one ORG span where no span covers any of them (one natasha tagged
    stays as it is)."""
    out = list(spans)
    tokens = analysis.tokens
    for token in tokens:
        if not token.text[:1].isupper() or fold(token.text) not in LATIN_LEGAL_FORMS or token.index == 0:
            continue
        first = _run_before(token.index, lambda at, sent=token.sent: tokens[at].sent == sent
                            and tokens[at].text[:1].isupper() and is_latin_name(tokens[at].text))
        if first is None:
            continue
        start, end = tokens[first].start, token.end
        if not any(s.start < end and start < s.end for s in out):
            out.append(Span(start, end, ORG))
    return out


def _name_start(analysis: Analysis, index: int, morph: Morph) -> int | None:
    """The first of the capitalised words right before the kind word at ``index`` that name the company, or
    ``None``: a sentence's opening common noun is none of them, nor a word in all capitals."""
    tokens = analysis.tokens

    def accept(at: int) -> bool:
        word = tokens[at]
        return word.text[:1].isupper() and word.text.isalpha() and not word.text.isupper() and word.pos != "ADJ" \
            and not (analysis.starts_sentence(at) and common_noun(word, morph))

    return _run_before(index, accept,
                       lambda at: analysis.starts_sentence(at) or fold(tokens[at].text) in NAME_KIND_WORDS)


def _run_before(index: int, accept: Callable[[int], bool], last: Callable[[int], bool] | None = None) -> int | None:
    """The first of the run of up to :data:`_MAX_NAME_WORDS` tokens right before ``index`` that ``accept`` takes,
    read backwards and ending at the first ``last`` takes too; ``None`` where it takes none."""
    first = None
    for at in range(index - 1, max(-1, index - 1 - _MAX_NAME_WORDS), -1):
        if not accept(at):
            break
        first = at
        if last is not None and last(at):
            break
    return first
