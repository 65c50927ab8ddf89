"""The one congratulated on an appointment holds the title it names: ``поздравил Петра Орлова с назначением на
должность министра``, ``С избранием председателем совета поздравили Анну Котову`` give the title to Орлов and
Котова, never to the one who congratulates (the subject of ``поздравил``); so does the one thanked or awarded for
the work in a post (``поблагодарил Петра Орлова за работу на посту министра``)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from .grammar import Title
from .lexicon import APPOINTMENT_NOUNS, POSTS
from .subjects import sentence_tokens
from .tokens import People, case_of, first_token

_CONGRATULATING = frozenset({"поздравить", "поздравлять", "поздравление"})
_OBJECT_CASES = frozenset({"Acc", "Gen", "Dat"})  # "поздравил Орлова", "поздравление Орлову"
_THANKING = frozenset({"поблагодарить", "благодарить", "благодарность", "наградить", "награждать", "отметить"})
_WORK_NOUNS = frozenset({"работа", "служба", "труд", "деятельность"})


def appointment_noun(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The noun of appointment after ``с`` that the title completes (``с назначением министром``, ``с избранием
    на пост председателя``) in a sentence with a word of congratulating; None otherwise."""
    tokens = analysis.tokens
    k = title.first - 1
    if k >= 1 and fold(tokens[k - 1].text) == "на" and morph.lemma(fold(tokens[k].text)) in POSTS:
        k -= 2
    if k < 1 or tokens[k].pos != "NOUN" or morph.lemma(fold(tokens[k].text)) not in APPOINTMENT_NOUNS \
            or fold(tokens[k - 1].text) not in ("с", "со"):
        return None
    sent = tokens[k].sent
    if not any(morph.lemma(fold(t.text)) in _CONGRATULATING for t in sentence_tokens(analysis, sent)):
        return None
    return k


def thanked_for(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """The name right before ``за работу на посту``/``в должности`` and the title, in an object's case, in a
    sentence with a word of thanking or awarding (``поблагодарил Петра Орлова за работу на посту министра``)."""
    tokens = analysis.tokens
    post = title.first - 1
    if post < 4 or fold(tokens[post].text) not in ("посту", "должности") \
            or fold(tokens[post - 1].text) not in ("на", "в") \
            or morph.lemma(fold(tokens[post - 2].text)) not in _WORK_NOUNS or fold(tokens[post - 3].text) != "за":
        return None
    person = people.by_last.get(post - 4)
    if person is None or case_of(tokens[first_token(analysis, person)]) not in _OBJECT_CASES | {None}:
        return None
    words = sentence_tokens(analysis, tokens[post].sent)
    return person if any(morph.lemma(fold(t.text)) in _THANKING for t in words) else None


def congratulated_on(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """The name congratulated on the appointment to ``title``: right before ``с`` (``поздравил Петра Орлова с
    назначением …``), or after the title and the verb of congratulating (``С назначением … поздравили Анну
    Котову``), in an object's case."""
    noun = appointment_noun(analysis, title, morph)
    if noun is None:
        return None
    tokens = analysis.tokens
    before = people.by_last.get(noun - 2)
    if before is not None:
        return before if case_of(tokens[first_token(analysis, before)]) in _OBJECT_CASES | {None} else None
    sent = tokens[noun].sent
    verb = next((k for k in range(title.last + 1, len(tokens)) if tokens[k].sent == sent
                 and morph.lemma(fold(tokens[k].text)) in _CONGRATULATING), None)
    if verb is None:
        return None
    for k in range(verb + 1, min(verb + 4, len(tokens))):
        if tokens[k].sent != sent:
            return None
        person = people.by_first.get(k)
        if person is not None:
            return person if case_of(tokens[k]) in _OBJECT_CASES | {None} else None
    return None
