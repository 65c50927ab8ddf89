"""The number of an act read as an organization: a code of capital letters and digits after ``№``
(``приказом … № ОД-512``) or after the date of an act (``приказом от 12.03.2019 года ОД 512``) names a
document, no body; a code that opens with the abbreviation of a kind of body (``ГЭС-3``, ``ИК-5``) names the body."""

from __future__ import annotations

import re

from ..ner import Analysis
from ..orgs import KIND_ABBREVIATIONS
from ..records import ORG, Span

_CODE = re.compile(r"[A-ZА-ЯЁ]{1,5}(?:[-‐–/ ]?\d[\d/-]*)?")
_DIGITS_AFTER = re.compile(r"[-‐–/ ]?\d")
_NUMBER_SIGN = re.compile(r"(?:№|(?:^|\s)(?:N|No\.?))\s*$")
_DATE_BEFORE = re.compile(r"(?:\d{1,2}[. ]\d{1,2}[. ]\d{2,4}|\d{4})\s*(?:года|г\.)?\s*$")
_LETTERS = re.compile(r"[A-ZА-ЯЁ]+")
# kinds of bodies that bear a number, besides the enterprises of :data:`~nerpipe.orgs.KIND_ABBREVIATIONS`
# (``ГЭС-3``, ``ТЭЦ-22``): a penal colony, a remand prison, a school, a fire station, a power plant
_NUMBERED_KINDS = frozenset({"ИК", "СИЗО", "СОШ", "ПЧ", "ТЭС"}) | frozenset(KIND_ABBREVIATIONS)
# nouns of the acts that bear a number and a date (``приказ``, ``постановление``, ``распоряжение``)
_ACT_NOUN = re.compile(r"\b(?:приказ|постановлени|распоряжени|указ|предписани)", re.IGNORECASE)


def drop_act_numbers(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` without the ORG spans that are the number of an act: a code of one to five capital letters with
    digits (in the span or right after it) after ``№`` (``№ ОД-512``), or after a date that an act's noun
    opens earlier in the sentence (``Приказом от 12 03 2019 года ОД 512``); a body with a number keeps its
    span, after an act's date too (``ТЭЦ-22 выработала``, ``от 2019 года ГЭС-3 закрыта``: a kind of body;
    ``школа № 12``: a noun, no code)."""
    return [span for span in spans if span.type != ORG or not _is_act_number(analysis, span)]


def _is_act_number(analysis: Analysis, span: Span) -> bool:
    text = analysis.text
    code = text[span.start:span.end]
    if not _CODE.fullmatch(code) or _LETTERS.match(code).group() in _NUMBERED_KINDS:
        return False
    if not any(ch.isdigit() for ch in code) and not _DIGITS_AFTER.match(text, span.end):
        return False
    before = _sentence_before(analysis, span)
    if _NUMBER_SIGN.search(before):
        return True
    date = _DATE_BEFORE.search(before)
    return date is not None and _ACT_NOUN.search(before[:date.start()]) is not None


def _sentence_before(analysis: Analysis, span: Span) -> str:
    """The text of the span's sentence before the span."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return analysis.text[max(0, span.start - 200):span.start]
    index = tokens[0].index
    while index > 0 and analysis.tokens[index - 1].sent == tokens[0].sent:
        index -= 1
    return analysis.text[analysis.tokens[index].start:span.start]
