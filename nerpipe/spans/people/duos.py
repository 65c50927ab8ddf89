"""Two surnames written with a hyphen that name two people, no double surname (``дуэт Котова-Вельцер``,
``фигуристы Котова-Вельцер``, ``Котова-Вельцер заняли второе место``): the token cut into the two surnames and the
hyphen (:func:`split_duo_tokens`, before the spans are read), one PER span for each (:func:`split_hyphened_duos`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...morph import Morph, fold
from ...names import known_first_name
from ...names.words import name_words
from ...ner import Analysis, Token
from ...places import Gazetteer
from ...records import LOC, PER, Span

# two capitalised words of letters joined by a hyphen, no more (``Котова-Вельцер``)
_HYPHENED = re.compile(r"([А-ЯЁ][а-яё]{2,})-([А-ЯЁ][а-яё]{2,})")


def split_duo_tokens(analysis: Analysis, morph: Morph, gazetteer: Gazetteer) -> Analysis:
    """The analysis with each token of two surnames of two people joined by a hyphen (:func:`_duo_token`) cut into
    three: the first surname with the token's tags, head and relation, the hyphen, and the second surname, the
    first's conjunct; the heads of the other tokens moved to the new indices."""
    cut = {token.index for token in analysis.tokens if _duo_token(analysis, token, morph, gazetteer)}
    if not cut:
        return analysis
    moved, shift = [], 0
    for token in analysis.tokens:
        moved.append(token.index + shift)
        shift += 2 if token.index in cut else 0
    tokens = []
    for token in analysis.tokens:
        head = moved[token.head] if token.head is not None else None
        at = moved[token.index]
        if token.index not in cut:
            tokens.append(Token(at, token.start, token.end, token.text, token.pos, token.feats, head, token.rel,
                                token.sent))
            continue
        hyphen = token.start + token.text.index("-")
        feats = _one_of_two(token.feats)
        tokens += [Token(at, token.start, hyphen, token.text[:hyphen - token.start], token.pos, feats, head,
                         token.rel, token.sent),
                   Token(at + 1, hyphen, hyphen + 1, "-", "PUNCT", (), at + 2, "punct", token.sent),
                   Token(at + 2, hyphen + 1, token.end, token.text[hyphen + 1 - token.start:], token.pos, feats,
                         at, "conj", token.sent)]
    return replace(analysis, tokens=tuple(tokens), token_starts=tuple(t.start for t in tokens))


def _one_of_two(feats: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The tagger's features of two people's surnames for one of them: in the singular, of no gender the pair's
    tells (``Котова`` of ``Фигуристы Котова-Вельцер`` may be a woman's)."""
    return tuple(sorted({**dict(feats), "Number": "Sing"}.items() - {("Gender", dict(feats).get("Gender"))}))


def _duo_token(analysis: Analysis, token: Token, morph: Morph, gazetteer: Gazetteer) -> bool:
    """Whether a token is two capitalised words joined by a hyphen, neither a first name pymorphy knows nor a place
    the gazetteer knows by that very name, nor together a form of a hyphenated place's name (``совета граждан
    Улан-Батора``), where the text shows two people (:func:`_names_two`)."""
    match = _HYPHENED.fullmatch(token.text)
    return match is not None and token.pos in ("PROPN", "NOUN") and _names_two(analysis, token, morph) \
        and not any(known_first_name(morph, fold(word)) or _names_place(word, gazetteer) for word in match.groups()) \
        and not _names_hyphened_place(token.text, gazetteer)


def split_hyphened_duos(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` with each PER or LOC span of two surnames joined by a hyphen whose token :func:`split_duo_tokens` cut
    (the second surname the first's conjunct) split into two PER spans, one for each surname."""
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type not in (PER, LOC) or not _HYPHENED.fullmatch(analysis.text[span.start:span.end]) \
                or len(tokens) != 3 or tokens[2].rel != "conj" or tokens[2].head != tokens[0].index:
            out.append(span)
            continue
        out += [Span(tokens[0].start, tokens[0].end, PER), Span(tokens[2].start, tokens[2].end, PER)]
    return out


def _names_two(analysis: Analysis, token: Token, morph: Morph) -> bool:
    """Whether the word right before the token is a noun of a pair of people (``дуэт``, ``пара``) or a noun of people
    in the plural in the token's case (``фигуристы``, ``теннисисток``), or the token is the subject of a verb in
    the plural (``Котова-Вельцер заняли``); not when a list or a ``с`` phrase hangs on the token (``Писатели
    Мамин-Сибиряк и Орлов``, ``Мамин-Сибиряк с женой приехали``): the plural is theirs together. A list of such
    tokens after a noun of pairs in the plural is pairs each (:func:`_listed_pairs`)."""
    if _listed_pairs(analysis, token, morph):
        return True
    if any(t.head == token.index and (t.rel == "conj" or _opens_with_s(analysis, t)) for t in analysis.tokens):
        return False
    before = analysis.tokens[token.index - 1] if token.index else None
    if before is not None and before.sent == token.sent and before.pos == "NOUN":
        if morph.forms(before.text.lower()) & name_words("duo"):
            return True
        if before.feat.get("Number") == "Plur" and before.feat.get("Animacy") == "Anim" \
                and before.feat.get("Case") == token.feat.get("Case") is not None:
            return True
    head = analysis.tokens[token.head] if token.head is not None else None
    return token.rel == "nsubj" and head is not None and head.pos == "VERB" and head.feat.get("Number") == "Plur"


def _listed_pairs(analysis: Analysis, token: Token, morph: Morph) -> bool:
    """Whether the token is one of a list of two words joined by a hyphen each, right after a noun of pairs in the
    plural (``пары Котова-Вельцер и Лапина-Орешкина``, ``дуэтов Котовой-Вельцер, Лапиной-Орешкиной``): with the
    list's other members two words joined by a hyphen too, the noun counts the pairs, each of two people; not after
    a noun of people (``писатели Мамин-Сибиряк и Салтыков-Щедрин``: one double surname each)."""
    tokens = analysis.tokens
    first = tokens[token.head] if token.rel == "conj" and token.head is not None else token
    members = [first] + [t for t in tokens if t.head == first.index and t.rel == "conj"]
    if len(members) < 2 or not all(_HYPHENED.fullmatch(t.text) for t in members):
        return False
    before = tokens[first.index - 1] if first.index else None
    return before is not None and before.sent == first.sent and before.pos == "NOUN" \
        and before.feat.get("Number") == "Plur" and bool(morph.forms(before.text.lower()) & name_words("duo"))


def _opens_with_s(analysis: Analysis, token: Token) -> bool:
    """Whether the preposition ``с`` or ``со`` hangs on the token (``с женой``)."""
    return any(t.head == token.index and t.rel == "case" and fold(t.text) in ("с", "со") for t in analysis.tokens)


def _names_hyphened_place(text: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer reads the two words together as a case form of a place whose name has a hyphen
    (``Улан-Батора``, ``Йошкар-Олы``)."""
    place = gazetteer.lookup(text)
    return place is not None and "-" in place.name


def _names_place(word: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows a place written as the word itself (``Мирск``), not one it only takes the word for
    a case form of (``Котова`` of a town ``Котово``)."""
    place = gazetteer.lookup(word)
    return place is not None and any(fold(part) == fold(word) for part in place.name.split())
