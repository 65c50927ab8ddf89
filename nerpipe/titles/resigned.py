"""Holders who left their post or hold it no more, read from the clause they are the subject of: ``сложил
полномочия``, ``ушёл в отставку``, ``покинул свой пост``, ``ушёл со своего поста`` (:func:`has_resigned`);
``перестал быть директором``, ``больше не является директором`` (:func:`is_no_longer_held`);
``больше не работает в банке`` (:func:`has_stopped_working`). :mod:`.former` reads them with the words around
a title."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..text import DASHES, POSSESSIVES
from .declined import NO_LONGER, NO_MORE, negated
from .grammar import Title
from .lexicon import POST_WORDS, POSTS
from .tokens import case_of, is_participle

# verbs of being or working that give a title in the instrumental: in the past, a title held then
HOLDING = {"быть", "являться", "работать", "служить", "трудиться"}
# verbs of leaving whose object is the post itself: "покинул свой пост" (the subject's own)
_LEAVING_OWN = {"покинуть", "оставить"}


def is_conditional(sentence, verb: int) -> bool:
    """Whether ``бы``/``б`` hangs on the verb at ``verb`` among the tokens of its ``sentence``."""
    return any(t.head == verb and fold(t.text) in ("бы", "б") for t in sentence)


_POWERS = frozenset({"полномочие"})  # "сложил полномочия"


def _bare_object(objects, words, lemmas, morph: Morph) -> bool:
    """Whether one of a verb's ``objects`` is a direct object whose lemma is one of ``lemmas`` with no noun
    modifier among the sentence's ``words`` (``свой пост``, not ``пост министра``: the post named)."""
    return any(t.rel == "obj" and morph.lemma(t.text) in lemmas
               and not any(d.head == t.index and d.rel.startswith("nmod") for d in words) for t in objects)


def has_resigned(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title whose holder, the subject (the title or a name it is in apposition to), resigned: ``сложил
    полномочия`` with no post named after them, ``ушёл в отставку``, ``ушёл со своего поста``; a perfective verb in
    the past indicative, not negated nor conditional (not ``сложит``, ``может сложить``, ``не ушёл бы``)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if head.rel == "appos" and head.head is not None:
        head = tokens[head.head]  # "Пётр Орлов, глава города, сложил полномочия"
    return subject_resigned(analysis, head, morph)


def subject_resigned(analysis: Analysis, head: Token, morph: Morph) -> bool:
    """Whether the subject word ``head`` resigned (:func:`has_resigned`): ``Орлов ушёл в отставку``."""
    tokens = analysis.tokens
    if not head.rel.startswith("nsubj") or head.head is None:
        return False
    verb = tokens[head.head]
    if verb.pos != "VERB" or verb.feat.get("Tense") != "Past" or verb.feat.get("Aspect") != "Perf" \
            or verb.feat.get("Mood", "Ind") != "Ind" or negated(analysis, verb.index):
        return False
    words = analysis.tokens_in(*analysis.sentences[verb.sent])
    if is_conditional(words, verb.index):
        return False
    lemma = morph.lemma(verb.text)
    objects = [t for t in words if t.head == verb.index and t.rel in ("obj", "obl")]
    if lemma in _LEAVING_OWN:
        # "покинул свой пост", "оставили посты": the subject's own post (not "покинул пост министра", the post
        # named, nor "покинул зал", nor "покинул своё место": a post's own nouns only)
        return _bare_object(objects, words, POSTS, morph)
    if lemma == "сложить":
        # "сложил полномочия депутата": the post named is the one left (_powers_ended), not the subject's
        return _bare_object(objects, words, _POWERS, morph)
    if lemma == "отправить" and head.rel == "nsubj:pass":
        lemma = "уйти"  # "Президент компании Орлов досрочно отправлен в отставку": sent into it, he left
    if lemma != "уйти":
        return False
    if says_into_retirement(tokens, objects):
        return not any(morph.lemma(t.text) in POST_WORDS for t in objects)  # "ушёл в отставку с поста министра"
    return _own_post_left(objects, words, morph)  # "ушёл со своего поста"


def _own_post_left(objects, words, morph: Morph) -> bool:
    """Whether one of a verb's ``objects`` is a noun of a post itself (:data:`.lexicon.POSTS`, not ``место``: a
    seat or a spot is left as well) after ``с``/``со``, with no noun modifier nor another's possessive among the
    sentence's ``words``: the subject's own post left (``ушёл со своего поста``, ``ушла с должности``, ``ушёл с этого
    поста``; not ``ушёл с поста министра``, the post named, nor ``ушёл с его поста``, nor ``ушёл со своего места``,
    nor ``ушёл с работы``)."""
    return any(t.rel == "obl" and morph.lemma(t.text) in POSTS
               and any(d.head == t.index and fold(d.text) in ("с", "со") for d in words)
               and not any(d.head == t.index and (d.rel.startswith("nmod") or fold(d.text) in POSSESSIVES)
                           for d in words) for t in objects)


def says_into_retirement(tokens, words) -> bool:
    """Whether ``в отставку`` stands among ``words``, tokens of ``tokens`` (``ушёл в отставку``, ``отправил в
    отставку президента компании``): its ``отставку`` one of them, ``в`` right before it."""
    return any(fold(t.text) == "отставку" and t.index and fold(tokens[t.index - 1].text) == "в" for t in words)


def is_no_longer_held(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the instrumental that a verb of ceasing gives (``перестал быть президентом``, past), or a verb
    of being or working negated with ``больше``/``уже`` before ``не`` (``больше не является директором``)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if case_of(head) != "Ins" or head.head is None:
        return False
    verb = tokens[head.head]
    if morph.lemma(verb.text) == "перестать":
        return verb.feat.get("Tense") == "Past"
    return morph.lemma(verb.text) in HOLDING and verb.index >= 2 \
        and tuple(fold(t.text) for t in tokens[verb.index - 2: verb.index]) in NO_LONGER


def has_stopped_working(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title, the subject of a verb of working negated since a day or for good (``с 7 декабря в банке не
    работает директор …``, ``директор … больше не работает в банке``): no longer held. Not a verb negated with
    nothing that says since when (``директор не работает по выходным``)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    verb = head.head
    if not head.rel.startswith("nsubj") or verb is None or morph.lemma(tokens[verb].text) not in HOLDING \
            or verb == 0 or fold(tokens[verb - 1].text) != "не":
        return False
    words = analysis.tokens_in(*analysis.sentences[head.sent])
    no_more = any(fold(t.text) in NO_MORE for t in words if t.head == verb or t.index == verb - 2)
    since = any(fold(t.text) in ("с", "со") and t.head is not None and tokens[t.head].head == verb
                and tokens[t.head].pos in ("NUM", "ADJ", "NOUN") and not tokens[t.head].text[:1].isalpha()
                for t in words)
    return no_more or since


FROM = frozenset({"с", "со", "от"})  # before the post left: "с поста министра", "от должности директора"


def from_post(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title right after ``с``/``от`` and a post word: ``с поста министра``, ``от должности директора``, also with
    the post's adjectives between (``от замещаемой должности министра``)."""
    tokens = analysis.tokens
    if title.first < 2 or morph.lemma(tokens[title.first - 1].text) not in POST_WORDS:
        return False
    k = title.first - 2
    while k > 0 and title.first - k <= 4 and (tokens[k].pos == "ADJ" or is_participle(tokens[k])) \
            and tokens[k].sent == tokens[title.first].sent:
        k -= 1  # "от замещаемой должности", "с занимаемого поста"
    return fold(tokens[k].text) in FROM


def title_before_dash(analysis: Analysis, title: Title, morph: Morph) -> Title | None:
    """For a title in the genitive after a dash, the title of a post after ``с``/``от`` right before that dash that
    it is another name of (``от должности начальника штаба - первого заместителя командующего``, ``с поста
    президента – председателя правления``): its words, all in the genitive, from the post word to the dash; or
    None. :func:`.former.was_left_in_apposition` asks whether that post was left."""
    tokens = analysis.tokens
    dash = title.first - 1
    if dash < 3 or tokens[dash].text not in DASHES or case_of(tokens[title.head]) != "Gen":
        return None
    k = dash - 1
    while k > 0 and dash - k <= 8 and tokens[k].sent == tokens[dash].sent and case_of(tokens[k]) == "Gen" \
            and tokens[k].pos in ("NOUN", "ADJ", "PROPN", "NUM") and morph.lemma(tokens[k].text) not in POST_WORDS:
        k -= 1
    if k == dash - 1 or tokens[k].sent != tokens[dash].sent or morph.lemma(tokens[k].text) not in POST_WORDS:
        return None
    head = next((t.index for t in tokens[k + 1: dash] if t.pos in ("NOUN", "PROPN")), k + 1)
    first = replace(title, start=tokens[k + 1].start, end=tokens[dash - 1].end, head=head, first=k + 1,
                    last=dash - 1, acting=False, former=False, governed=False, spouse=None, relative=None)
    return first if from_post(analysis, first, morph) else None
