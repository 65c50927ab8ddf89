"""Posts a holder worked at or occupied in the past: ``занимал пост директора``, ``работала на должности заместителя
министра``, ``завершил работу в должности начальника`` (read by :func:`.former.held_before`)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from .grammar import Title
from .lexicon import POST_WORDS
from .resigned import HOLDING

# verbs of being at a post: "находился в должности министра", "состоял на посту", in the past, a post held then
_AT_POST = HOLDING | {"находиться", "состоять", "пребывать"}
# "замещал должность руководителя": the civil service's word for holding; "совмещал пост министра с должностью
# вице-премьера": both posts held at once
_OCCUPYING = {"занимать", "замещать", "совмещать", "совместить"}
# verbs of ending one's work at a post, with the work they end: "завершил работу в должности начальника",
# "окончил службу на посту командира"
_ENDING_WORK = frozenset({"завершить", "закончить", "окончить", "прекратить", "завершать", "заканчивать"})
_WORK = frozenset({"работа", "служба", "деятельность", "карьера"})


def post_occupied(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """``занимал пост директора``, ``замещал должность начальника``, ``совмещал работу с должностью худрука``: a
    post named after ``пост``/``должность`` that ``занимать`` (``замещать``, ``совмещать``) governs in the past."""
    tokens = analysis.tokens
    if title.first < 1 or morph.lemma(tokens[title.first - 1].text) not in POST_WORDS:
        return False
    verbs = [tokens[head]] if (head := tokens[title.first - 1].head) is not None else []
    for token in tokens[title.last + 1:]:  # "пост директора занимал …", however the parser hangs the post
        if token.sent != tokens[title.last].sent or token.text in (",", ";", "—"):
            break
        if token.feat.get("VerbForm") == "Fin":
            verbs.append(token)
            break
    return any(t.feat.get("Tense") == "Past" and morph.lemma(t.text) in _OCCUPYING for t in verbs)


def worked_at_post(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """``работала на должности заместителя министра``, ``служил на посту командира``, ``находился в должности
    министра``, ``работал в качестве заместителя``: a post where its holder worked or was, with a verb of being or
    working in the past before it in the clause, or of ending that work (``завершил работу в должности
    начальника``)."""
    tokens = analysis.tokens
    post = title.first - 1
    if post < 1 or fold(tokens[post].text) not in ("должности", "посту", "качестве") \
            or fold(tokens[post - 1].text) not in ("на", "в"):
        return False
    for token in reversed(tokens[max(post - 6, 0): post - 1]):
        if token.sent != tokens[post].sent or token.text in (",", ";", "—", "."):
            return False
        if token.feat.get("VerbForm") == "Part" and token.feat.get("Voice") == "Act" \
                and token.feat.get("Tense") == "Past" and morph.lemma(token.text) in HOLDING:
            return True  # "работавший в должности художественного руководителя": a participle of working, past
        if token.feat.get("VerbForm") in ("Part", "Inf", "Conv"):
            return False  # "был утверждён в должности": the participle's, a post taken
        if token.feat.get("VerbForm") == "Fin":
            return token.feat.get("Tense") == "Past" and (morph.lemma(token.text) in _AT_POST or _ended_work(
                analysis, token.index, post - 1, morph))
    return False


def _ended_work(analysis: Analysis, verb: int, end: int, morph: Morph) -> bool:
    """``завершил работу в должности начальника``: a verb of ending at ``verb`` with the work it ends (``работу``,
    ``службу``) among the words up to ``end``, the preposition before the post."""
    tokens = analysis.tokens
    return morph.lemma(tokens[verb].text) in _ENDING_WORK \
        and any(morph.lemma(t.text) in _WORK for t in tokens[verb + 1: end])
