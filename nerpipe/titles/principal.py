"""A deputy whose principal a pronoun or a name names: ``губернатор Пётр Орлов возложил обязанности на своего
заместителя Ивана Котова``, ``Мэр Орлов в отпуске; его заместитель Иван Котов …``, ``Котов работал заместителем
мэра … Петра Орлова``: Котов is the deputy of the governor (of the mayor) the pronoun or the name points to,
``заместитель губернатора …``, not a bare ``заместитель``."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph, fold, without_former
from ..ner import Analysis
from ..records import PositionFact, Span
from ..resolve import Resolved
from .attributes import TitleInfo
from .heading import sentence_of
from .lexicon import POST_WORDS, TitleLexicon
from .normalize import genitive_phrase
from .tokens import case_of, first_token

_DEPUTIES = frozenset({"заместитель", "первый заместитель", "помощник", "советник"})
_HIS, _HER = frozenset({"его"}), frozenset({"её", "ее"})  # "его заместитель": the last man named before


def with_principals(analysis: Analysis, stated: list[tuple[PositionFact, TitleInfo]], persons: list[Span],
                    resolved: Resolved, lexicon: TitleLexicon) -> list[tuple[PositionFact, TitleInfo]]:
    """The rows with each bare deputy's title after a possessive completed with his principal's post."""
    out = []
    morph = lexicon.morph
    for fact, info in stated:
        principal = _principal(analysis, fact, info, persons, resolved, lexicon)
        found = _post_of(analysis, principal, fact, stated, resolved, lexicon) if principal is not None else None
        if found is None:
            out.append((fact, info))
            continue
        post, _ = found
        words = post.position.split(" ")  # "бывший мэр", "экс-мэр": the post, not whether it is held now
        principal_post = " ".join(words[1:] if len(words) > 1 and lexicon.is_former(words[0])
                                  else [without_former(words[0]), *words[1:]])
        changes = {"position": f"{fact.position} {genitive_phrase(principal_post, morph)}",
                   "role": f"{fact.role} {genitive_phrase(post.role, morph)}",
                   "org_id": post.org_id, "region_code": post.region_code, "country": post.country}
        out.append((replace(fact, **changes), replace(info, **changes)))
    return out


def deputy_of_named(analysis: Analysis, title_first: int, title_last: int, lemma: str, morph: Morph) -> bool:
    """A bare deputy's title in the genitive right after a word of a post (:data:`.predicates.POST_WORDS`: ``пост
    заместителя Петра Орлова займёт Иван Котов``, ``на должность помощника Анны Котовой``): the name in the
    genitive right after it is the principal's, not the holder's; not after a word that only begins like one
    (``постановлением заместителя …``)."""
    tokens = analysis.tokens
    return title_first == title_last and lemma in _DEPUTIES and title_first > 0 \
        and morph.lemma(tokens[title_first - 1].text) in POST_WORDS and case_of(tokens[title_first]) == "Gen"


def _principal(analysis: Analysis, fact: PositionFact, info: TitleInfo, persons: list[Span], resolved: Resolved,
               lexicon: TitleLexicon) -> Span | None:
    """The person a possessive before a bare deputy's title points to: for ``свой`` the last person named
    before it in its sentence, for ``его``/``её`` the last one of that gender in its sentence or the one
    before; ``None`` for any other title."""
    if not info.bare or fact.role not in _DEPUTIES or fact.acting:
        return None
    tokens = analysis.tokens
    named = _named_after(analysis, fact, persons, resolved)
    if named is not None:
        return named  # "работал заместителем Петра Орлова"
    at = analysis.tokens_in(fact.start, fact.end)[0].index - 1
    if at < 0:
        return None
    word = fold(tokens[at].text)
    own = lexicon.morph.lemma(word) == "свой"
    if not own and word not in _HIS | _HER:
        return None
    sentence = tokens[at].sent
    earliest = sentence if own else sentence - 1
    holder = resolved.entity_of.get(next((p for p in persons if p.start == fact.person_start), None))
    for person in sorted(persons, key=lambda p: p.start, reverse=True):
        first = tokens[first_token(analysis, person)]
        if person.start >= tokens[at].start or first.sent < earliest:
            continue
        if resolved.entity_of.get(person) == holder:
            continue
        female = first.feat.get("Gender") == "Fem"
        if own or female == (word in _HER):
            return person
        return None  # "его" after a woman named last points to no person
    return None


def _named_after(analysis: Analysis, fact: PositionFact, persons: list[Span], resolved: Resolved) -> Span | None:
    """A name in the genitive right after a bare deputy's title, another than its holder (``работал заместителем
    Петра Орлова``): the principal; or None."""
    after = next((p for p in persons if p.start >= fact.end and not analysis.text[fact.end:p.start].strip()), None)
    if after is None or resolved.entity_of.get(after) == fact.person_id:
        return None
    return after if case_of(analysis.tokens[first_token(analysis, after)]) == "Gen" else None


def _post_of(analysis: Analysis, principal: Span, fact: PositionFact, stated: list[tuple[PositionFact, TitleInfo]],
             resolved: Resolved, lexicon: TitleLexicon) -> tuple[PositionFact, TitleInfo] | None:
    """The principal's post stated before the deputy's title: his latest one held now (else one he left), not a
    deputy's, a post that has deputies (``губернатор``, ``министр``, ``депутат``, ``главный врач``; not ``хирург``).
    Of the posts of the sentence that states the latest, the one a predicate gives him, in the instrumental, over
    those set beside his name (``Командующим группировкой назначен начальник штаба Орлов. Заместителями Орлова назначены
    …``: the deputies of the commander, not of the chief of staff)."""
    entity = resolved.entity_of.get(principal)
    stated = [(f, i) for f, i in stated if f.person_id == entity and f.start < fact.start
              and not f.acting and f.role not in _DEPUTIES and _has_deputies(f.role, lexicon)]
    # a deputy's post held before was his principal's post then: "был заместителем бывшего мэра"; a principal
    # with no post held now was the deputy's principal in the one he left ("Министр … ушёл в отставку. Его
    # заместитель …": the minister's deputy)
    posts = [(f, i) for f, i in stated if not f.former or fact.former] or stated
    if not posts:
        return None
    sentence = sentence_of(analysis, posts[-1][0].start, posts[-1][0].end)
    given = [(f, i) for f, i in posts
             if sentence_of(analysis, f.start, f.end) == sentence and _predicative(analysis, f)]
    return given[-1] if given else posts[-1]


def _predicative(analysis: Analysis, fact: PositionFact) -> bool:
    """A title in the instrumental: one a predicate gives (``назначен командующим``, ``стал министром``)."""
    return case_of(analysis.tokens_in(fact.start, fact.end)[0]) == "Ins"


def _has_deputies(role: str, lexicon: TitleLexicon) -> bool:
    """A post with deputies: a head of a body, not an occupation (``хирург``, ``актёр``), unless qualified as one
    (``главный врач``) or one that heads a body of its own (``прокурор``, ``ректор``, ``командующий войсками``)."""
    words = role.split()
    # "командующий войсками": a head that governs the instrumental stands first
    head = words[0] if len(words) > 1 and words[0] in lexicon.instrumental else words[-1]
    return head in lexicon.posts and (head not in lexicon.professions or len(role.split()) > 1
                                      or head in lexicon.deputized)
