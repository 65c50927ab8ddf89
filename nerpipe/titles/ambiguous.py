"""Titles of the lexicon's ambiguous group: words that also name a thing or a quality (``критик``, whose forms
are those of ``критика``; ``ведущий``, a participle too; ``гид``, ``модель``). Such a word is a title when it
stands in apposition to a name in a case the dictionary gives its title reading and the name both: right
before the name (``вручили критику Ольге Ершовой``), before it past its own dependents in the genitive or a dash
(``о ведущем программы «Вечер» Петре Смирнове``, ``Гид музея — Анна Котова``), or after a name and a comma, a
dash or a bracket (``Ольги Ершовой, критика,``).
"""

from __future__ import annotations

from ..morph import fold, without_former
from ..ner import Analysis
from ..records import LOC, ORG, PER, Span
from ..text import DASHES, OPENING_QUOTES, QUOTE_PAIRS
from .lexicon import TitleLexicon

_MAX_DEPENDENTS = 6  # tokens of the dependents between the title and the name (an organization counts as one)
_CLOSERS = (",", ".", ")", ";", "!", "?", "—", "–")


def ambiguous_lemma(analysis: Analysis, index: int, cover: list[Span | None], lexicon: TitleLexicon) -> str | None:
    """The title of the ambiguous group token ``index`` is a form of when the tagger's number or gender hides it
    (it reads ``критику`` and ``Критики`` as forms of ``критика``, ``экс-ведущего`` as an adjective of the noun
    after it), if the word stands in apposition to a name it agrees with; before a name, in a case other than the
    genitive where the word is also a noun of a thing (``критика Ольги Ершовой`` may be hers)."""
    word = analysis.tokens[index].text
    lemma = lexicon.title_lemma(word)
    if lemma is None or lemma not in lexicon.ambiguous:
        return None
    thing = any(p.tag.POS == "NOUN" and lexicon.parse_lemma(p) != lemma
                for p in lexicon.morph.parses(without_former(fold(word))))
    return lemma if beside_name(analysis, index, cover, lexicon, lemma, genitive_after=not thing) else None


def presents_show(analysis: Analysis, index: int, lexicon: TitleLexicon) -> bool:
    """Whether the word ``index`` of the ambiguous group is a noun that governs a show in the genitive (``ведущим
    программы``, ``новой ведущей «Вечерних новостей»``): a noun of the ``show`` group right after it that it
    cannot qualify as an adjective, or that the parser hangs on it (not ``рейтинг ведущей программы канала``); or a
    quoted name the parser hangs on it."""
    tokens = analysis.tokens
    k = index + 1
    if k >= len(tokens) or tokens[k].sent != tokens[index].sent:
        return False
    nxt = tokens[k]
    if nxt.text in OPENING_QUOTES:
        close = next((j for j in range(k + 1, min(len(tokens), k + 10)) if tokens[j].text == QUOTE_PAIRS[nxt.text]),
                     None)
        return close is not None and any(t.head == index for t in tokens[k + 1: close])
    if nxt.pos != "NOUN" or not lexicon.morph.forms(nxt.text) & lexicon.shows \
            or not lexicon.morph.has_gram(nxt.text, "gent"):
        return False
    return nxt.head == index or not _may_qualify(tokens[index].text, nxt.text, lexicon)


def beside_name(analysis: Analysis, index: int, cover: list[Span | None], lexicon: TitleLexicon, lemma: str,
                genitive_after: bool = True) -> bool:
    """Whether the word ``index`` (a form of the ambiguous title ``lemma``) stands in apposition to a name that
    shares a case with its title reading: before it, right so, past the word's dependents or a dash, or after it
    and a comma, a dash or a bracket; ``genitive_after``: a name after the word may share the genitive only."""
    tokens = analysis.tokens
    stop = _past_dependents(analysis, index, cover, lexicon)
    if stop is None:
        return False
    cases = _title_cases(tokens[index].text, lemma, lexicon)
    sent = tokens[index].sent
    at = stop + 1 if stop < len(tokens) and tokens[stop].text in DASHES else stop  # "Гид музея — Анна Котова"
    person = cover[at] if at < len(tokens) and tokens[at].sent == sent else None
    if person is not None and person.type == PER and person.start == tokens[at].start:
        shared = cases & _name_cases(tokens[at].text, lexicon)
        return bool(shared if genitive_after else shared - {"gent", "accs"})
    closes = stop >= len(tokens) or tokens[stop].sent != sent or tokens[stop].text in _CLOSERS
    name = _name_before(analysis, index, cover) if closes else None
    return name is not None and bool(cases & _name_cases(tokens[name].text, lexicon))


def _past_dependents(analysis: Analysis, index: int, cover: list[Span | None], lexicon: TitleLexicon) -> int | None:
    """The token after the word's dependents in the genitive (nouns, quoted names, organizations, places; the
    first a noun the word cannot qualify, in the genitive by the dictionary where the tagger reads an accusative),
    or ``None`` past a phrase too long."""
    tokens = analysis.tokens
    word = tokens[index]
    k = index + 1
    if k < len(tokens) and lexicon.is_postposed(tokens[k].text):
        k += 1  # "папа римский"
    gap = 0
    while k < len(tokens) and tokens[k].sent == word.sent and not analysis.line_break_between(k - 1, k):
        if gap > _MAX_DEPENDENTS:
            return None
        token, covering = tokens[k], cover[k]
        if covering is not None and covering.type == PER:
            return k
        if covering is not None and covering.type in (ORG, LOC):
            while k + 1 < len(tokens) and cover[k + 1] is covering:
                k += 1
        elif token.text in OPENING_QUOTES:
            close = next((j for j in range(k + 1, min(len(tokens), k + 10))
                          if tokens[j].text == QUOTE_PAIRS[token.text] and tokens[j].sent == word.sent), None)
            if close is None:
                return k
            k = close
        else:
            case = token.feat.get("Case")
            if case == "Acc" and gap == 0 and lexicon.morph.has_gram(token.text, "gent"):
                case = "Gen"  # "экс-ведущий программы" read as a participle and its object
            if token.pos not in ("NOUN", "PROPN") or case != "Gen" \
                    or gap == 0 and _may_qualify(word.text, token.text, lexicon):
                return k
        k += 1
        gap += 1
    return k


def _may_qualify(word: str, noun: str, lexicon: TitleLexicon) -> bool:
    """Whether ``word`` may be an adjective of the noun after it (``ведущего специалиста``, not ``ведущего
    программы``): the dictionary has both in one number and case, and one gender in the singular."""
    morph = lexicon.morph
    forms = {(p.tag.number, p.tag.case, p.tag.gender if p.tag.number == "sing" else None)
             for p in morph.parses(without_former(fold(word))) if p.tag.POS in ("ADJF", "PRTF")}
    nouns = {(p.tag.number, p.tag.case, p.tag.gender if p.tag.number == "sing" else None)
             for p in morph.parses(fold(noun)) if p.tag.POS == "NOUN"}
    return bool(forms & nouns)


def _name_before(analysis: Analysis, index: int, cover: list[Span | None]) -> int | None:
    """The first token of a name that ends right before a comma, a dash or a bracket before the word and its
    adjectives (``Ольги Ершовой, критика,``; ``Анна Котова — гид музея``; ``Петра Орлова, бывшего ведущего``)."""
    tokens = analysis.tokens
    mark = index - 1
    while mark > 0 and tokens[mark].pos == "ADJ" and tokens[mark].sent == tokens[index].sent:
        mark -= 1
    if mark < 1 or tokens[mark].text not in (",", "(", *DASHES) or tokens[mark - 1].sent != tokens[index].sent:
        return None
    person = cover[mark - 1]
    if person is None or person.type != PER or person.end != tokens[mark - 1].end:
        return None
    return next(t.index for t in analysis.tokens_in(person.start, person.end))


def _title_cases(word: str, lemma: str, lexicon: TitleLexicon) -> set[str]:
    """The cases the dictionary has ``word`` in as a form of the title ``lemma`` (after ``экс-``)."""
    return {p.tag.case for p in lexicon.morph.parses(without_former(fold(word)))
            if p.tag.case and lexicon.parse_lemma(p) == lemma and (p.tag.POS != "NOUN" or "anim" in p.tag)}


def _name_cases(word: str, lexicon: TitleLexicon) -> set[str]:
    """The cases the dictionary has the first word of a name in, spelt as written."""
    return {p.tag.case for p in lexicon.morph.parses(word.lower()) if p.tag.case}
