"""A post named again by a demonstrative: ``Пётр Орлов покинул пост министра. На эту должность назначен Иван
Котов``, ``На этом посту его сменил Иван Котов``, ``Этот пост заняла Анна Зорина``: the one the verb of taking
or replacing names (its subject, else the first name after the post in its clause) takes the last post named
before (not a bare rank), in the sentence or the one before; whoever held that post held it before, unless the
verb says the one named held it in the past (``Ранее эту должность занимал Иван Котов``). A post whose holder
the one named may be (:func:`.vacated.same_name`) is only said again of its holder (``… с губернатором Иваном
Котовым. На эту должность Котов был избран в 2020 году``): no one took it over."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from .declined import negated
from .grammar import Title
from .lexicon import SEATS, TitleLexicon
from .tokens import People, case_of
from .vacated import CLAUSE_BREAKS, TAKING, held_then, post_like, same_name, subject_person

_DEMONSTRATIVES = frozenset({"эту", "этот", "этом", "этой", "этого", "данную", "данный", "данном", "данной",
                             "указанную", "указанный", "указанном", "указанной"})
_REPLACING = frozenset({"сменить", "заменить"})
_WINDOW = 6  # words after the post that may hold the name the verb takes


def named_posts(analysis: Analysis, titles: list[Title], holders: dict[Title, list[Span]], people: People,
                lexicon: TitleLexicon) -> list[tuple[Title, Span, bool]]:
    """``(title, person, before)``: each one a demonstrative post gives the last post named before, when its
    holder is someone else (see the module); ``before`` when the verb says it was held in the past (``Ранее эту
    должность занимал …``: an imperfective in the past), not taken over from its holder."""
    morph = lexicon.morph
    tokens = analysis.tokens
    out: list[tuple[Title, Span, bool]] = []
    for post in tokens:
        if post.index == 0 or fold(tokens[post.index - 1].text) not in _DEMONSTRATIVES \
                or morph.lemma(post.text) not in SEATS:
            continue
        person = _taker(analysis, post, people, morph)
        if person is None:
            continue
        title = next((t for t in reversed(titles) if _named_before(analysis, t, post)
                      and post_like(analysis, t, lexicon) and not _bare_rank(analysis, t, lexicon)), None)
        if title is not None and not any(same_name(analysis, person, p, morph) for p in holders.get(title, ())):
            out.append((title, person, held_then(tokens[post.head])))
    return out


def _named_before(analysis: Analysis, title: Title, post: Token) -> bool:
    """Whether a title is named before the post, in the sentence before or in a clause of its own before it (not
    ``Губернатор назначил на эту должность …``: who appoints)."""
    tokens = analysis.tokens
    sent = tokens[title.head].sent
    return title.last < post.index - 1 and (sent == post.sent - 1 or sent == post.sent and any(
        t.text in CLAUSE_BREAKS for t in tokens[title.last + 1: post.index]) and tokens[title.head].head != post.head)


def _taker(analysis: Analysis, post: Token, people: People, morph: Morph) -> Span | None:
    """Who the verb the post hangs on says took it: not negated, a verb of taking done or to be done, or of
    replacing in the past; its named subject, else the first name after the post in its clause (``назначил на
    эту должность Петра Орлова``), not one after a preposition."""
    tokens = analysis.tokens
    verb = post.head
    if verb is None or tokens[verb].pos != "VERB" or negated(analysis, verb) \
            or tokens[verb].feat.get("VerbForm") == "Inf":
        return None
    lemma = morph.lemma(tokens[verb].text)
    replacing = lemma in _REPLACING and tokens[verb].feat.get("Voice") != "Pass"
    if not replacing and (lemma not in TAKING or lemma == "быть"):
        return None
    subject = subject_person(analysis, verb, people)
    if subject is not None or replacing:
        return subject
    for token in tokens[post.index + 1: post.index + 1 + _WINDOW]:
        if token.sent != post.sent or token.text in CLAUSE_BREAKS:
            return None
        if token.index in people.by_first:
            before = tokens[token.index - 1]
            return None if before.pos == "ADP" or case_of(token) in ("Gen", "Dat", "Ins", "Loc") \
                else people.by_first[token.index]
    return None


def _bare_rank(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A rank alone, not given as a post (``генерал-лейтенант Пётр Орлов``; not ``стал капитаном``): its holder
    keeps it, so a post named again is not that one (``Новым командующим стал генерал-лейтенант Орлов. Ранее этот
    пост занимал …``: the command)."""
    head = analysis.tokens[title.head]
    return title.last == title.head and lexicon.head_lemma(head.text) in lexicon.military and case_of(head) != "Ins"
