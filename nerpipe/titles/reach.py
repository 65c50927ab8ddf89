"""How far a title's dependents reach past a preposition, a comma or ``и`` (:mod:`.dependents`): a place or a
body after ``в``/``на``/``от`` (``посол в Грузии``) but not whither someone goes (``в министерство``), a list of
places or of quoted names in one case, ``одного из`` and the units after it."""

from __future__ import annotations

from ..morph import Morph, fold
from ..records import LOC, ORG
from ..text import CLOSING_QUOTES, OPENING_QUOTES
from .lexicon import TitleLexicon
from .tokens import case_of

_PLACE_ADJECTIVE_ENDINGS = ("ский", "цкий", "ской", "цкой")  # "нижнетагильский", "тверской": a place's adjective


def direction(tokens, k: int, lexicon: TitleLexicon) -> bool:
    """``в министерство``, ``на завод``: ``в``/``на`` before a common noun in the accusative that cannot be read
    in the locative, whither someone goes or is invited, not where the post is (``посол в Грузии``)."""
    nxt = tokens[k + 1]
    return fold(tokens[k].text) in ("в", "во", "на") and nxt.text[:1].islower() and case_of(nxt) == "Acc" \
        and not lexicon.morph.has_gram(nxt.text, "loct") and not lexicon.morph.has_gram(nxt.text, "loc2")


def place_follows(tokens, cover, k: int, morph: Morph) -> bool:
    """``в Грузии``, ``от ОБСЕ``, ``от штата Аризона``, ``от «Единой России»``, ``в нижнетагильском Молодёжном
    театре``: a preposition before a place or an organization, after ``в``/``на`` past a lowercase adjective of the
    form a place's takes, ``-ский``/``-цкий`` (the body's town: not ``в новом Молодёжном театре``)."""
    for j in (k + 1, k + 2):
        if j >= len(tokens) or tokens[j].sent != tokens[k].sent:
            return False
        if cover[j] is not None and cover[j].type in (LOC, ORG):
            return True
        genitive = tokens[j].pos == "NOUN" and case_of(tokens[j]) == "Gen" and fold(tokens[k].text) == "от"
        # "в нижнетагильском Молодёжном театре": an adjective of the body's town before its name
        adjective = tokens[j].pos == "ADJ" and tokens[j].text[:1].islower() and fold(tokens[k].text) != "от" \
            and fold(morph.lemma(tokens[j].text)).endswith(_PLACE_ADJECTIVE_ENDINGS)
        if j == k + 1 and not (genitive or adjective or tokens[j].text in OPENING_QUOTES):
            return False
    return False


def quoted_in_case(tokens, last: int, k: int, lexicon: TitleLexicon) -> bool:
    """A quoted name at ``k`` whose first word is in the case of the first word of the quoted name the title ends
    with at ``last``, by the tagger or, for a genitive, the dictionary (``«Вечной весны» и «Тихого берега»``; not
    ``«Зари» и «Вектор» подписали``)."""
    if k + 1 >= len(tokens) or tokens[k].text not in OPENING_QUOTES or tokens[last].text in OPENING_QUOTES:
        return False
    opener = next((j for j in range(last, max(last - 8, -1), -1) if tokens[j].text in OPENING_QUOTES), None)
    if opener is None or opener + 1 >= last or tokens[last].text not in CLOSING_QUOTES:
        return False
    case, word = case_of(tokens[opener + 1]), tokens[k + 1]
    return case is not None and case != "Nom" \
        and (case_of(word) == case or case == "Gen" and lexicon.morph.has_gram(word.text, "gent"))


def places_listed(tokens, cover, last: int, k: int) -> bool:
    """Places in the case of the place at ``last`` from ``k`` on, joined by commas and closed by ``и`` and one more
    (``Чехии и Литвы`` after ``Польши,``): a list of the title's places, not a clause or a name after a comma, nor
    adjectives sharing one noun."""
    if cover[last] is None or cover[last].type != LOC or tokens[last].pos == "ADJ":
        return False  # "Самарской, Курганской и Воронежской областей": adjectives of one plural noun, no such list
    case = case_of(tokens[last])
    while k < len(tokens) and cover[k] is not None and cover[k].type == LOC and case_of(tokens[k]) == case \
            and tokens[k].pos != "ADJ":
        end = k
        while end + 1 < len(tokens) and cover[end + 1] is cover[k]:
            end += 1
        if end + 2 >= len(tokens) or tokens[end + 1].text not in (",", "и"):
            return False
        if tokens[end + 1].text == "и":
            nxt = cover[end + 2]
            return nxt is not None and nxt.type == LOC and case_of(tokens[end + 2]) == case
        k = end + 2
    return False


def one_of(tokens, k: int) -> bool:
    """``одного из`` and a genitive from ``k`` on (``начальник одного из отделов министерства``): one of the units
    the title's dependents go on to."""
    return fold(tokens[k].text) in ("одного", "одной") and k + 2 < len(tokens) and fold(tokens[k + 1].text) == "из" \
        and case_of(tokens[k + 2]) == "Gen"
