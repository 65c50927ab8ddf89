"""Titles of the lexicon's ambiguous group: words that also name a thing or a quality (``критик``, whose forms
are those of ``критика``; ``ведущий``, a participle too; ``гид``, ``модель``). Such a word is a title when it
stands in apposition to a name in a case the dictionary gives its title reading and the name both: right
before the name (``вручили критику Ольге Ершовой``), before it past its own dependents in the genitive
(``о ведущем программы «Вечер» Петре Смирнове``), or after a name and a comma (``Ольги Ершовой, критика,``).
"""

from __future__ import annotations

from ..morph import fold
from ..ner import Analysis
from ..records import LOC, ORG, PER, Span
from .lexicon import FORMER_PREFIXES, TitleLexicon

_MAX_DEPENDENTS = 6  # tokens of the dependents between the title and the name (an organization counts as one)
_QUOTES = ("«", "»", '"', "„", "“", "”")
_CLOSERS = (",", ".", ")", ";", "!", "?", "—", "–")


def ambiguous_lemma(analysis: Analysis, index: int, cover: list[Span | None], lexicon: TitleLexicon) -> str | None:
    """The title of the ambiguous group token ``index`` is a form of when the tagger's number or gender hides it
    (it reads ``критику`` and ``Критики`` as forms of ``критика``), if the word stands in apposition to a name it
    agrees with; before a name, in a case other than the genitive (``критика Ольги Ершовой`` may be hers)."""
    lemma = lexicon.title_lemma(analysis.tokens[index].text)
    if lemma is None or lemma not in lexicon.ambiguous:
        return None
    return lemma if beside_name(analysis, index, cover, lexicon, lemma, genitive_after=False) else None


def beside_name(analysis: Analysis, index: int, cover: list[Span | None], lexicon: TitleLexicon, lemma: str,
                genitive_after: bool = True) -> bool:
    """Whether the word ``index`` (a form of the ambiguous title ``lemma``) stands in apposition to a name that
    shares a case with its title reading: before it, right so or past the word's dependents, or after it and a
    comma; ``genitive_after``: a name after the word may share the genitive only."""
    tokens = analysis.tokens
    stop = _past_dependents(analysis, index, cover, lexicon)
    if stop is None:
        return False
    cases = _title_cases(tokens[index].text, lemma, lexicon)
    person = cover[stop] if stop < len(tokens) and tokens[stop].sent == tokens[index].sent else None
    if person is not None and person.type == PER and person.start == tokens[stop].start:
        shared = cases & _name_cases(tokens[stop].text, lexicon)
        return bool(shared if genitive_after else shared - {"gent", "accs"})
    closes = stop >= len(tokens) or tokens[stop].sent != tokens[index].sent or tokens[stop].text in _CLOSERS
    name = _name_before(analysis, index, cover) if closes else None
    return name is not None and bool(cases & _name_cases(tokens[name].text, lexicon))


def _past_dependents(analysis: Analysis, index: int, cover: list[Span | None], lexicon: TitleLexicon) -> int | None:
    """The token after the word's dependents in the genitive (nouns, quoted names, organizations, places; the
    first a noun the word cannot qualify), or ``None`` past a phrase too long."""
    tokens = analysis.tokens
    word = tokens[index]
    k = index + 1
    gap = 0
    while k < len(tokens) and tokens[k].sent == word.sent and not analysis.line_break_between(k - 1, k):
        if gap > _MAX_DEPENDENTS:
            return None
        covering = cover[k]
        if covering is not None and covering.type == PER:
            return k
        if covering is not None and covering.type in (ORG, LOC):
            while k + 1 < len(tokens) and cover[k + 1] is covering:
                k += 1
        elif tokens[k].text not in _QUOTES and (
                tokens[k].pos not in ("NOUN", "PROPN") or tokens[k].feat.get("Case") != "Gen"
                or gap == 0 and _may_qualify(word.text, tokens[k].text, lexicon)):
            return k
        k += 1
        gap += 1
    return k


def _may_qualify(word: str, noun: str, lexicon: TitleLexicon) -> bool:
    """Whether ``word`` may be an adjective of the noun after it (``ведущего специалиста``, not ``ведущего
    программы``): the dictionary has both in one number and case, and one gender in the singular."""
    morph = lexicon.morph
    forms = {(p.tag.number, p.tag.case, p.tag.gender if p.tag.number == "sing" else None)
             for p in morph.parses(_without_former(word)) if p.tag.POS in ("ADJF", "PRTF")}
    nouns = {(p.tag.number, p.tag.case, p.tag.gender if p.tag.number == "sing" else None)
             for p in morph.parses(fold(noun)) if p.tag.POS == "NOUN"}
    return bool(forms & nouns)


def _name_before(analysis: Analysis, index: int, cover: list[Span | None]) -> int | None:
    """The first token of a name that ends right before a comma before the word (``Ольги Ершовой, критика,``)."""
    tokens = analysis.tokens
    comma = index - 1
    if comma < 1 or tokens[comma].text != "," or tokens[comma - 1].sent != tokens[index].sent:
        return None
    person = cover[comma - 1]
    if person is None or person.type != PER or person.end != tokens[comma - 1].end:
        return None
    return next(t.index for t in analysis.tokens_in(person.start, person.end))


def _without_former(word: str) -> str:
    folded = fold(word)
    for prefix in FORMER_PREFIXES:
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


def _title_cases(word: str, lemma: str, lexicon: TitleLexicon) -> set[str]:
    """The cases the dictionary has ``word`` in as a form of the title ``lemma`` (after ``экс-``)."""
    return {p.tag.case for p in lexicon.morph.parses(_without_former(word))
            if p.tag.case and lexicon.parse_lemma(p) == lemma and (p.tag.POS != "NOUN" or "anim" in p.tag)}


def _name_cases(word: str, lexicon: TitleLexicon) -> set[str]:
    """The cases the dictionary has the first word of a name in, spelt as written."""
    return {p.tag.case for p in lexicon.morph.parses(word.lower()) if p.tag.case}
