"""One company named two ways the normalizer cannot tell apart: a one-word name whose written form pymorphy
read as another word (``'Кедротраста'`` named ``Кедротрасты``, a plural it guessed) beside ``банка
«Кедротраст»``; a bank named by its name and by its name with ``банк`` run into it (``Кедротрастбанк`` beside
``банка «Кедротраст»``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..records import Span
from .org_spellings import NAME_QUOTES

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

_BANK = "банк"
_QUOTES = NAME_QUOTES + "'‘’ "


def join_misread_names(text: str, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Every mention of one word, as written a singular oblique form of exactly one other one-word
    organization's name of the document and not of its own name, takes that organization:
    ``'Кедротраста'`` (named ``Кедротрасты``) beside ``Кедротраст``; one whose own name it declines to
    (``Вектора`` named ``Вектор``) stays."""
    one_word = {fold(org.name): org for org in resolved.values() if org.name.isalpha()}
    for span, org in list(resolved.items()):
        written = text[span.start:span.end].strip(_QUOTES)
        if not written.isalpha() or not written[:1].isupper() or fold(written) in one_word \
                or _is_oblique_form(written, org.name, morph):
            continue
        matches = [other for key, other in one_word.items() if other.org_id != org.org_id
                   and key != fold(org.name) and _is_oblique_form(written, other.name, morph)]
        if len(matches) == 1:
            resolved[span] = matches[0]


def join_bank_compounds(text: str, resolved: dict[Span, ResolvedOrg]) -> None:
    """Every organization named by one word ending in ``банк`` (``Кедротрастбанк``, ``Кедротраст-банк``) whose
    stem is the one-word name of another organization the text calls a bank (``банка «Кедротраст»``) takes
    that one; beside a body the text never calls a bank (``Нефтепром`` and ``Нефтепромбанк``) it stays."""
    banks = {fold(org.name): org for span, org in resolved.items() if org.name.isalpha() and _called_bank(text, span)}
    for span, org in list(resolved.items()):
        name = fold(org.name)
        if " " in name or not name.endswith(_BANK) or len(name) <= len(_BANK) + 2:
            continue
        other = banks.get(name[: -len(_BANK)].rstrip("-"))
        if other is not None and other.org_id != org.org_id:
            resolved[span] = other


def _called_bank(text: str, span: Span) -> bool:
    """Whether a mention calls its body a bank, in its span or by the word before it (``банка «Кедротраст»``)."""
    words = fold(text[max(0, span.start - 12):span.end]).split()
    return any(word.startswith(_BANK) and len(word) <= len(_BANK) + 3 for word in words[:-1])


def _is_oblique_form(word: str, lemma: str, morph: Morph) -> bool:
    """Whether ``word`` is a singular oblique form of the one word ``lemma`` (``Кедротраста`` of ``Кедротраст``)."""
    if not lemma.isalpha() or fold(word) == fold(lemma):
        return False
    readings = [p for p in morph.parses(fold(word)) if fold(p.normal_form) == fold(lemma)]
    return any("sing" in p.tag and "nomn" not in p.tag for p in readings)
