"""The ministries a text names only inside a minister's title.

``министр иностранных дел Украины`` names Ukraine's ministry of foreign affairs though the tagger finds no
organization in it; a bare ``МИД`` elsewhere in the text (``в МИД провели брифинг``) is that ministry, as it is
after ``МИД Украины`` (:func:`nerpipe.resolve.stated_abroad.named_as_abroad`). A title gives the body the
dictionary knows by its remit (``Министерство иностранных дел``), named with the country the title ends with.
The remits of a text's ministers (``цифрового развития``) also name a region's own ministries
(:func:`nerpipe.resolve.cabinet.ministries_of_cabinet`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..orgs import OrgLexicon, OrgRef
from ..places import COUNTRY, Place
from ..records import Span

_MINISTER = "министр"
_JOINING = frozenset({"и"})
_MAX_REMIT = 5  # words of a remit between the title and its country ("по делам гражданской обороны …": longer)


def minister_remits(analysis: Analysis, morph: Morph) -> Iterator[tuple[list[Token], Token | None]]:
    """Each minister's title of the text as its remit (the genitive words in lower case after ``министр``:
    ``иностранных дел``, ``экономического развития и торговли``) and the token after it (``None`` at the end)."""
    tokens = analysis.tokens
    for token in tokens:
        if not fold(token.text).startswith(_MINISTER) or morph.lemma(token.text) != _MINISTER:
            continue
        remit: list[Token] = []
        after = None
        for after in tokens[token.index + 1: token.index + 2 + _MAX_REMIT]:
            if after.sent != token.sent or not after.text.isalpha() or not after.text.islower() \
                    or (after.feat.get("Case") != "Gen" and fold(after.text) not in _JOINING):
                break
            remit.append(after)
        else:
            after = None
        while remit and fold(remit[-1].text) in _JOINING:
            remit.pop()
        if remit:
            yield remit, after


def titled_ministries(analysis: Analysis, places: dict[Span, Place], lexicon: OrgLexicon
                      ) -> list[tuple[OrgRef, str]]:
    """The ministries the text's minister's titles name with a country, as the dictionary's (Russian) body of
    that remit and the country (``министра обороны Грузии`` → ``Министерство обороны Российской Федерации``,
    GE): a title ``министр`` with remit words in lower case and a country's name right after them, the remit
    one the dictionary knows a ministry by."""
    countries = {analysis.tokens_in(s.start, s.end)[0].index: place for s, place in places.items()
                 if place is not None and place.kind == COUNTRY and analysis.tokens_in(s.start, s.end)}
    found: dict[tuple[str, str], OrgRef] = {}
    for remit, after in minister_remits(analysis, lexicon.morph):
        place = countries.get(after.index) if after is not None else None
        if place is not None and after.index == remit[-1].index + 1:
            ref = _ministry([t.text for t in remit], lexicon)
            if ref is not None:
                found.setdefault((ref.name, place.country_code), ref)
    return [(ref, country) for (_, country), ref in found.items()]


def _ministry(remit: list[str], lexicon: OrgLexicon) -> OrgRef | None:
    """The dictionary's ministry of ``remit`` (genitive words: ``иностранных дел``), if it knows one."""
    ref = lexicon.lookup("Министерство " + " ".join(remit))
    return ref if ref is not None and fold(ref.name).startswith("министерство") else None
