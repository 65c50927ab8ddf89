"""PER spans for a name in Latin letters natasha left untagged that spells a person the document names
in Cyrillic (``Brandon Wilkes`` beside ``Брэндон Уилкс``), follows an occupation or recurs, and for a
name in the letters of China, Japan or Korea in brackets after a person's, and stage names opened by a prefix in
Latin letters (``DJ Smash``) (names in Cyrillic: :mod:`.found`)."""

from __future__ import annotations

import re

from ...morph import Morph
from ...names import is_occupation
from ...ner import Analysis
from ...orgs import bracketed_after, is_latin_name
from ...records import LOC, ORG, PER, Span
from ...resolve.spelling import skeleton, spellings
from ..vehicles import NAMED_THINGS

_LATIN_WORD = re.compile(r"[A-Z][a-z'’-]+|[A-Z][a-z]*[A-Z][a-z]+")


def find_latin_spellings(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with PER spans for a name in Latin letters natasha left untagged, or tagged as an
    organization of just those words, that spells a person the document names in Cyrillic
    (``Brandon Wilkes`` beside ``Брэндон Уилкс`` or ``Уилкс``, ``Wilkes`` alone): the same skeleton
    of the surname in one of the readings of its letters (:mod:`nerpipe.resolve.spelling`), that
    stands right after an occupation
    (``блогера Nightfox``, ``композитор Long Wave``), or that recurs as a Latin name of a person;
    and for a name in the letters of China, Japan
    or Korea in brackets after a person's."""
    people = [[w for w in analysis.text[s.start:s.end].split() if w[:1].isalpha()] for s in spans if s.type == PER]
    pairs = {(skeleton(words[0]), skeleton(words[-1])) for words in people
             if len(words) >= 2 and not is_latin_name(" ".join(words)) and not words[0].endswith(".")}
    surnames = {last for _first, last in pairs} | {
        skeleton(words[0]) for words in people if len(words) == 1 and not is_latin_name(words[0])}
    latin = {" ".join(words) for words in people if is_latin_name(" ".join(words))}
    covered = analysis.indices_in(s for s in spans if s.type != ORG)
    found = []
    tokens = analysis.tokens
    cyrillic = {s.start for s in spans if s.type == PER and not is_latin_name(analysis.text[s.start:s.end])}
    runs = [_latin_run(analysis, index, covered) for index in range(len(tokens))]  # each Latin run's end
    employers = {index for index, end in enumerate(runs)  # ``гонщик Veloxa Тармо Куусинен``: his team's
                 if end > index and _before_person(analysis, end, cyrillic)}
    # a run after an occupation (``блогера Nightfox``) is a name; one of those is written so elsewhere too
    latin |= {" ".join(t.text for t in tokens[index:runs[index]])
              for index in range(len(tokens))
              if _after_occupation(analysis, index, morph) and index not in employers} - {""}
    index = 0
    while index < len(tokens):
        end = runs[index]
        words = [t.text for t in tokens[index:end]]
        keys = [spellings(word) for word in words]
        if (len(keys) == 2 and any(_spells(key, last) for key in keys[1] for last in surnames)) \
                or (len(keys) == 1 and len(words[0]) > 3
                    and any(_spells(key, last) for key in keys[0] for last in surnames)) \
                or (words and " ".join(words) in latin and index not in employers):
            found.append(Span(tokens[index].start, tokens[end - 1].end, PER))
        index = max(end, index + 1)
    orgs = [s for s in spans if s.type == ORG]
    found = [f for f in found
             if all((o.start, o.end) == (f.start, f.end) for o in orgs if o.start < f.end and f.start < o.end)]
    found += _bracketed_scripts(analysis.text, spans + found)
    extents = {(f.start, f.end) for f in found}
    return [s for s in spans if s.type != ORG or (s.start, s.end) not in extents] + found


# prefixes of performers' stage names, written in Latin letters before the name (``DJ Smash``, ``MC Doni``)
_STAGE_PREFIXES = frozenset({"DJ", "Dj", "MC"})


def find_stage_names(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with a PER span for each stage name opened by a performer's prefix in Latin letters and the one
    or two capitalised words after it (``DJ Smash``, ``MC Doni``, ``DJ Грув``): in place of the PER spans that
    overlap it (``Сет DJ Грув``: a noun before the prefix run in) and the ORG spans inside it. No prefix in the
    plural (``Лучшие DJ России``), none before a place or a genitive (``DJ России``), and none inside a body's
    name opened by its kind's noun (``журнала DJ Weekly``). A prefix and Latin words right after a noun of a contest
    or an award open its name (``премии DJ Awards``), unless they are the subject of the verb after them (``премии
    DJ Tumbler исполнил песню``)."""
    tokens = analysis.tokens
    found, awards = [], []
    for index, token in enumerate(tokens[:-1]):
        end = index
        while end + 1 < len(tokens) and end - index < 2 and _stage_word(tokens[end + 1].text, end > index) \
                and analysis.text[tokens[end].end:tokens[end + 1].start] == " ":
            end += 1
        if token.text in _STAGE_PREFIXES and end > index and _after_named_thing(analysis, index, morph) \
                and _LATIN_WORD.fullmatch(tokens[index + 1].text) and not _subject_of_next_verb(analysis, end):
            awards.append(Span(token.start, tokens[end].end, PER))
        elif token.text in _STAGE_PREFIXES and end > index and not _plural_prefix(analysis, index) \
                and not _place_or_genitive(analysis, index + 1, spans):
            name = Span(token.start, tokens[end].end, PER)
            if not any(s.type == ORG and s.start < name.start and name.end <= s.end for s in spans):
                found.append(name)
    spans = [s for s in spans if not any(s.type == PER and a.start <= s.start and s.end <= a.end for a in awards)]
    if not found:
        return spans
    kept = [s for s in spans if not any(
        (s.type == PER and s.start < f.end and f.start < s.end) or (s.type == ORG and f.start <= s.start
                                                                    and s.end <= f.end) for f in found)]
    return kept + found


def _after_named_thing(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether the word right before token ``index`` is a form of a noun of a contest or an award
    (:data:`~nerpipe.spans.vehicles.NAMED_THINGS`: ``премии``, ``конкурса``), nothing between them but a space:
    the prefix opens its name."""
    if index == 0:
        return False
    before = analysis.tokens[index - 1]
    return analysis.text[before.end:analysis.tokens[index].start] == " " \
        and bool(morph.forms(before.text.lower()) & NAMED_THINGS)


def _subject_of_next_verb(analysis: Analysis, end: int) -> bool:
    """Whether the word after token ``end``, the last of a prefix's run, is a finite verb the tagger gives no
    subject of its own (``премии DJ Tumbler исполнил песню``): the run is its subject, a performer, no award's name
    (``премии DJ Awards стал клуб``: the verb's subject is ``клуб``)."""
    tokens = analysis.tokens
    if end + 1 >= len(tokens) or analysis.starts_sentence(end + 1):
        return False
    verb = tokens[end + 1]
    return verb.pos in ("VERB", "AUX") and verb.feat.get("VerbForm") == "Fin" \
        and not any(t.head == verb.index and t.rel.startswith("nsubj") for t in tokens)


def _plural_prefix(analysis: Analysis, index: int) -> bool:
    """Whether the tagger reads the prefix at token ``index`` in the plural, or a word it governs (``Лучшие DJ``):
    performers of a kind, no one's stage name."""
    return analysis.tokens[index].feat.get("Number") == "Plur" or any(
        t.head == index and t.rel in ("amod", "det") and t.feat.get("Number") == "Plur" for t in analysis.tokens)


def _place_or_genitive(analysis: Analysis, index: int, spans: list[Span]) -> bool:
    """Whether token ``index``, the word after a prefix, is a place's name (a LOC span of it alone) or a word in
    Cyrillic letters the tagger reads in the genitive (``DJ России``): whose the prefix is, no name."""
    token = analysis.tokens[index]
    return any(s.type == LOC and (s.start, s.end) == (token.start, token.end) for s in spans) \
        or not _LATIN_WORD.fullmatch(token.text) and token.feat.get("Case") == "Gen"


def _stage_word(word: str, latin_only: bool) -> bool:
    """A capitalised word of a stage name: of Latin letters, or of Cyrillic ones when it comes first (``Грув``)."""
    return bool(_LATIN_WORD.fullmatch(word)) or not latin_only and len(word) > 1 and word[:1].isupper() \
        and word[1:].islower() and word.isalpha()


# letters of the scripts of China, Japan and Korea
_EAST_ASIAN_LETTERS = "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"
_EAST_ASIAN_SCRIPT = re.compile(f"{_EAST_ASIAN_LETTERS}(?: {_EAST_ASIAN_LETTERS})*")


def _bracketed_scripts(text: str, spans: list[Span]) -> list[Span]:
    """PER spans for a name in the letters of China, Japan or Korea in brackets right after a PER
    span (``Лю Жун (刘荣)``): the person's own spelling."""
    taken = {(s.start, s.end) for s in spans}
    found = []
    for span in spans:
        inner = bracketed_after(text, span.end) if span.type == PER else None
        if inner is not None and inner not in taken and _EAST_ASIAN_SCRIPT.fullmatch(text[inner[0]:inner[1]]):
            found.append(Span(inner[0], inner[1], PER))
    return found


def _latin_run(analysis: Analysis, index: int, covered: set[int]) -> int:
    """The end of the run of up to three capitalised Latin words from token ``index``, none ``covered``,
    with a space between (``index`` itself when none starts there)."""
    tokens = analysis.tokens
    end = index
    while end < len(tokens) and end - index < 3 and end not in covered and _LATIN_WORD.fullmatch(tokens[end].text) \
            and (end == index or analysis.text[tokens[end - 1].end:tokens[end].start] == " "):
        end += 1
    return end


def _after_occupation(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` follows an occupation with a space between (``блогера`` ``Nightfox``)."""
    tokens = analysis.tokens
    return index > 0 and analysis.text[tokens[index - 1].end:tokens[index].start] == " " \
        and is_occupation(morph, tokens[index - 1].text)


def _before_person(analysis: Analysis, end: int, starts: set[int]) -> bool:
    """Whether a run of Latin words ending before token ``end`` stands right before a person's name in Cyrillic,
    whose start is among ``starts``, with a space between (``Veloxa`` ``Тармо Куусинен``)."""
    tokens = analysis.tokens
    return 0 < end < len(tokens) and tokens[end].start in starts \
        and analysis.text[tokens[end - 1].end:tokens[end].start] == " "


def _spells(latin: str, cyrillic: str) -> bool:
    """Whether the skeleton of a Latin word is that of a Cyrillic one, maybe with a case ending
    (``Wilkes`` of ``Уилксом``)."""
    return len(latin) > 1 and cyrillic.startswith(latin) and len(cyrillic) - len(latin) <= 1
