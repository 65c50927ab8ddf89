"""Places a plural noun of a kind of place names one of each: ``в Октябрьском, Сургутском районах`` is the
Октябрьский район and the Сургутский район, ``в Сибирском и Дальневосточном федеральных округах`` the
Сибирский федеральный округ and the Дальневосточный федеральный округ; each adjective before the shared noun
is a place of its own named with that noun in the singular (and the adjectives the noun shares:
``федеральных``), not a town of the adjective (``Октябрьский``)."""

from __future__ import annotations

from ..morph import Morph, plural_noun
from ..ner import Analysis
from ..places import Gazetteer, Place
from ..records import Span

_GENDERS = ("masc", "femn", "neut")
# nouns of a kind of place named after an adjective (``Сургутский район``, ``Сибирский федеральный округ``)
_PLACE_NOUNS = frozenset({"район", "округ", "область", "край", "улус", "поселение", "уезд", "провинция"})


def share_place_heads(analysis: Analysis, places: dict[Span, Place], gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with the places of a list that shares one plural noun of a kind of place each named with the
    noun (see the module)."""
    morph = gazetteer.morph
    ordered = sorted(places, key=lambda span: span.start)
    out = dict(places)
    for index, last in enumerate(ordered):
        tokens = analysis.tokens_in(last.start, last.end)
        if len(tokens) < 2 or not plural_noun(tokens[-1], morph) or not morph.forms(tokens[-1].text) & _PLACE_NOUNS:
            continue
        own = [t for t in _leading_singular(tokens[:-1], morph)]
        shared = tokens[len(own):]
        if not own or any(not _adjective(t, morph) for t in shared[:-1]):
            continue
        members = [(last, own), *_listed_before(analysis, last, ordered[:index], morph)]
        if len(members) < 2:
            continue
        for span, words in members:
            name = _named(words, shared, morph)
            if name is not None:
                out[span] = gazetteer.lookup(name) or Place(name, "other", None, None)
    return out


def _listed_before(analysis: Analysis, last: Span, before: list[Span], morph: Morph):
    """The spans of adjectives alone in the singular right before ``last``, each behind ``и`` or a comma."""
    start = last.start
    for span in reversed(before):
        between = analysis.text[span.end:start].strip()
        tokens = analysis.tokens_in(span.start, span.end)
        if between not in (",", "и") or not tokens or len(_leading_singular(tokens, morph)) != len(tokens):
            return
        yield span, tokens
        start = span.start


def _leading_singular(tokens: list, morph: Morph) -> list:
    """The capitalised adjectives in the singular a phrase opens with (``Дальневосточном`` of ``Дальневосточном
    федеральных округах``)."""
    out = []
    for token in tokens:
        if not token.text[:1].isupper() or not _adjective(token, morph) or not morph.has_gram(token.text, "sing"):
            break
        out.append(token)
    return out


def _adjective(token, morph: Morph) -> bool:
    return token.pos == "ADJ" or morph.has_gram(token.text, "ADJF")


def _named(own: list, shared: list, morph: Morph) -> str | None:
    """The own adjectives, the shared ones and the noun, all in the nominative singular (``Сибирский
    федеральный округ``); ``None`` where a word does not inflect."""
    noun = morph.inflect(shared[-1].text, {"sing", "nomn"}, prefer={"POS": "NOUN"})
    if noun is None:
        return None
    gender = next((gram for gram in _GENDERS if morph.has_gram(noun, gram)), "masc")
    words = []
    for token in [*own, *shared[:-1]]:
        word = morph.inflect(token.text, {gender, "nomn", "sing"}, prefer={"POS": "ADJF"})
        if word is None:
            return None
        words.append(word[:1].upper() + word[1:] if token.text[:1].isupper() else word)
    return " ".join([*words, noun])
