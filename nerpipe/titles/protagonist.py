"""A title with no name that speaks of the person the document is about (``В Твери умер Пётр Орлов. Композитору
было 80 лет.``, ``Анна Зорина выиграла забег. Российская бегунья опередила соперниц``): the protagonist.

News names its main person once or twice and goes on with what they are. An occupation no name holds, with no
word that points back (:mod:`.salience` reads those), is held by the salient person before it
(:func:`.salience.salient_antecedent`) when that person is the protagonist: the one the document names most
often, named in the nominative there, in a sentence that names no one else (:func:`protagonist_of`), who holds no
title yet (one who does is described by it; another word for what they are restates it). A title of one who
acts upon others in a story (``судья``, ``врач``, ``следователь``: the ``counterpart`` group of
``resources/titles.txt``) is someone else's."""

from __future__ import annotations

from collections import Counter

from ..ner import Analysis
from ..records import Span
from ..resolve import Resolved
from ..text import DASHES, line_ends, line_starts
from .appointees import NAMING
from .grammar import Title
from .lexicon import TitleLexicon
from .salience import POINTERS, acts_on_another, coordinated, salient_antecedent
from .tokens import case_of, first_token, number_of


def protagonist_of(analysis: Analysis, title: Title, persons: list[Span], resolved: Resolved,
                   lexicon: TitleLexicon, main: str) -> Span | None:
    """The mention of the document's protagonist a title with no name refers back to, or ``None``.

    The title is singular, not coordinated and no relative's; its holder does not act on a pronoun; its sentence
    names no one else; the salient person before it, in an earlier sentence and not on a line of their own (a
    byline), is named in the nominative, is ``main``, the one the document names
    most often (:func:`most_named`); the title presents no holder of its own (:func:`_presented`).
    Whether that person holds a title already is the caller's to ask."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if number_of(head) == "Plur" or title.governed or coordinated(analysis, title) \
            or acts_on_another(analysis, title) or lexicon.head_lemma(head.text) in lexicon.others:
        return None
    if _presented(analysis, title, lexicon) or _spoken(analysis.text, title.start):
        return None
    person = salient_antecedent(analysis, title, persons)
    if person is None:
        return None
    entity = resolved.entity_of[person]
    words = analysis.tokens_in(person.start, person.end)
    if words[0].sent == head.sent or line_starts(analysis.text, person.start) and line_ends(analysis.text, person.end):
        return None  # a clause of the person's own sentence (``Орлов заявил, что актёр …``), a byline
    if entity != main or not any(case_of(t) == "Nom" for t in words) \
            or _predicate_gender(analysis, title) not in (None, words[0].feat.get("Gender")):
        return None
    same_sentence = [p for p in persons if tokens[first_token(analysis, p)].sent == head.sent]
    if any(resolved.entity_of[p] != entity for p in same_sentence):
        return None
    return person


def most_named(persons: list[Span], resolved: Resolved) -> str | None:
    """The entity the document names more often than anyone else, or ``None`` (no one, or a tie)."""
    ranked = Counter(resolved.entity_of[p] for p in persons).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _spoken(text: str, offset: int) -> bool:
    """Whether ``offset`` is in someone's words: inside quotes opened on its line, or on a line of dialogue
    (one that opens with a dash). A title there speaks of whoever the speaker means (``«Без водителя такая машина
    не поедет»``), not of the protagonist."""
    line = text[text.rfind("\n", 0, offset) + 1:offset]
    opened = line.count("«") + line.count("„") - line.count("»") - line.count("“")
    return opened > 0 or line.lstrip()[:1] in DASHES


def _presented(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title that presents a holder of its own: with a word that points back (``новый``, ``этот``: read by
    :mod:`.salience`), or the subject of a passive of naming (``Директор назначен вчера``)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if any(lexicon.morph.lemma(t.text) in POINTERS for t in tokens[max(0, title.first - 2):title.head + 1]):
        return True
    return head.rel == "nsubj:pass" and head.head is not None and lexicon.morph.lemma(tokens[head.head].text) in NAMING


def _predicate_gender(analysis: Analysis, title: Title) -> str | None:
    """The gender of the past verb a title in the instrumental is the predicate of (``Работала учителем``): its
    holder is that verb's subject, of that gender."""
    tokens = analysis.tokens
    head = tokens[title.head]
    verb = tokens[head.head] if head.head is not None else None
    if verb is None or case_of(head) != "Ins" or verb.pos not in ("VERB", "AUX") or verb.feat.get("Number") != "Sing":
        return None
    return verb.feat.get("Gender")
