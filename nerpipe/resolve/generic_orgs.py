"""A one-word common noun or adjective that names an organization the document names in full: the
organization it refers back to (``Ассоциации`` after ``Ассоциация инновационных регионов России``,
``НПЗ`` after ``Заречного НПЗ``, ``концерна`` after ``концерн «Вектор»``, ``Малого`` for ``Малый театр``); a
lower-case noun of a kind of organization that refers to none is no organization."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from ..morph import fold
from ..ner import Analysis
from ..orgs import KIND_ABBREVIATIONS, NATIONAL_BODIES, OrgLexicon, experiencer_dative, is_level_compound
from ..records import Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES
from .prefixed_kinds import opens_sentence
from .syntax import word_before

if TYPE_CHECKING:
    from ..places import Gazetteer
    from .organizations import ResolvedOrg


def resolve_generic_orgs(analysis: Analysis, resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon,
                         gazetteer: Gazetteer) -> None:
    """A one-word common noun (``Ассоциации``, ``концерна``) refers to the one organization of the
    document whose name starts with that word (``Ассоциация инновационных регионов России``) or
    that the text names with it (``концерн «Вектор»`` → ``Вектор``), and to the one named more
    often than any other before it when there are several (not ``сборная``: alone, the team of the
    country the text is about, or the one team named before it, never one named only after it); so
    does an adjective left of such a name (``Малого`` for ``Малый театр``). A lower-case noun of a
    kind of organization that refers to none is dropped (not ``Облдума``: its place's): it names no organization
    of its own. A name that is only a kind (``сборная команда``) is no organization to refer back to. Of several
    bodies a noun may refer to, the one the text describes by it before its quoted name (``банк`` after ``банк
    «Заря»`` and ``Банк России``: the bank «Заря») when it is one. A country's adjective before the noun
    (``Российская компания`` after ``индийская компания Zentrix``) leaves out the bodies of another country."""
    morph = lexicon.morph
    full: dict[str, dict[str, ResolvedOrg]] = {}
    described: dict[str, set[str]] = {}  # a kind's lemma → the bodies the text names by it before a quoted name
    for span, org in resolved.items():
        words = org.name.split()
        tokens = analysis.tokens_in(span.start, span.end)
        if len(tokens) > 2 and tokens[1].text in OPENING_QUOTES and tokens[0].text[:1].islower():
            described.setdefault(morph.lemma(tokens[0].text), set()).add(org.org_id)  # ``банк «Заря»``
        if len(words) == 2 and lexicon.phrase_kind(words[0], words[1], agreeing=True):
            continue  # a kind, not a name (``сборная команда``)
        if len(words) > 1:
            full.setdefault(morph.lemma(words[0]), {})[org.org_id] = org
        for token in analysis.tokens_in(span.start, span.end)[:4]:
            if token.pos in ("NOUN", "PROPN") and lexicon.kind_of(token.text) is not None:
                if len(analysis.tokens_in(span.start, span.end)) > 1:
                    full.setdefault(morph.lemma(token.text), {})[org.org_id] = org
                break
            if token.pos == "NOUN" and token.text[:1].islower():
                break  # a lower-case head of no kind: a kind after it is its genitive's (``палате Сейма``)
        else:  # a name with no noun of its kind (``НАТО``): the nouns of its dictionary names (``альянс``)
            for lemma in lexicon.kind_lemmas(org.name):
                full.setdefault(lemma, {})[org.org_id] = org
            if (head := find_compound_head(org.name, lexicon)) is not None:  # ``Кедрбанк``: a bank
                full.setdefault(head, {})[org.org_id] = org
    headed = _index_name_heads(resolved, lexicon)
    # the names of the bodies a noun may refer back to that are a state's central bank (:func:`_central_bank`)
    central = {org.name for bodies in full.values() for org in bodies.values() if _central_bank(org, lexicon)}
    countries: dict[str, str] = {}  # a body's country from any of its mentions (its last one may have none)
    for org in resolved.values():
        if org.country is not None:
            countries.setdefault(org.org_id, org.country)
    named = dict(resolved)
    for span, org in list(resolved.items()):
        words = org.name.split()
        if len(words) == 1 and morph.has_gram(words[0], "ADJF") and not morph.has_gram(words[0], "NOUN") \
                and not _described_quote(analysis, span):
            # an adjective left of a name (``Малого`` for ``Малый театр``), not a quoted name a kind noun
            # describes (``банк «Северный»`` is no ``Северный банк развития``)
            candidates = full.get(morph.lemma(words[0]), {})
            if len(candidates) == 1:
                resolved[span] = next(iter(candidates.values()))
            elif _modifies_next(analysis, span):
                del resolved[span]  # ``Лондонский`` before ``«Маяк»``: an attribute, no name
            continue
        if len(words) != 1 or not morph.has_gram(words[0], "NOUN") or morph.has_gram(words[0], "Geox") \
                or _quoted_name(analysis, span):
            continue  # not a common noun (``группы «Федерация»``: a name in quotes)
        if morph.has_gram(words[0], "Name") or morph.has_gram(words[0], "Surn") or (
                morph.has_gram(words[0], "Orgn") and lexicon.kind_of(words[0]) is None):
            continue  # a name, not a kind (but ``ЦК`` is a unit of the party the text names)
        candidates = full.get(morph.lemma(words[0]), {}) if not _plural(analysis, span, morph) else {}
        if candidates and (adjective := _relational_before(analysis, span, morph)) is not None:
            # ``в международную федерацию`` after ``Федерация хоккея Заречья``: of a body of another kind, none named
            candidates = {key: org for key, org in candidates.items()
                          if adjective in {morph.lemma(word) for word in org.name.split()}}
        if candidates and (country := _country_before(analysis, span, gazetteer)):
            candidates = {key: org for key, org in candidates.items() if countries.get(key) in (None, country)}
        kind = lexicon.kind_of(words[0])
        common = _common_noun(analysis, span)
        if not candidates and not common and not words[0].isupper():
            candidates = headed.get(morph.lemma(words[0]), {})  # ``Службы`` for ``Федеральная служба по …``
        if kind == "team" or kind == "descriptor" and common and opens_sentence(analysis, span):
            # a team alone is one named before it, not one it plays later; so is a descriptor a sentence opens with
            # (``Партия набирает …`` of the party the text named, not of one it names later)
            candidates = {key: org for key, org in candidates.items() if key in named_before(span, named)}
        target = next(iter(candidates.values())) if len(candidates) == 1 else (
            _salient(span, candidates, resolved) if kind in ("descriptor", "body") else None)
        ones = [org for key, org in candidates.items() if key in described.get(morph.lemma(words[0]), ())]
        if target is not None and len(candidates) > 1 and len(ones) == 1:
            target = ones[0]  # ``банк`` after ``банк «Заря»`` and ``Банк России``: the one it described
        if target is not None and target.name in central and common:
            others = {key: org for key, org in candidates.items() if org.name not in central}
            if others:  # ``совладелец банка`` after ``Кедрбанк`` and ``Центральный банк``: the other, or none
                target = next(iter(others.values())) if len(others) == 1 else _salient(span, others, resolved)
        if target is not None:
            resolved[span] = target
        elif common and kind in ("descriptor", "body") \
                and morph.lemma(words[0]) not in NATIONAL_BODIES and not is_level_compound(words[0]):
            del resolved[span]
    resolve_kind_abbreviations(resolved, lexicon)


def resolve_kind_abbreviations(resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """An abbreviation of a kind of enterprise alone (``НПЗ``, ``ГЭС``: :data:`~nerpipe.orgs.KIND_ABBREVIATIONS`)
    refers to the one body of the document named with it (``Заречного НПЗ``, ``АО «Заречный НПЗ»``) or with the
    words it stands for (``Северный нефтеперерабатывающий завод``); it stays a name of its own where the document
    names none or several."""
    if not any(org.name in KIND_ABBREVIATIONS for org in resolved.values()):
        return
    morph = lexicon.morph
    named: dict[str, tuple[ResolvedOrg, frozenset[str], frozenset[str]]] = {}  # words and lemmas, once a body
    for org in resolved.values():
        if org.org_id not in named:
            words = frozenset(_QUOTES.sub(" ", org.name).split())
            named[org.org_id] = (org, words, frozenset(morph.lemma(word) for word in words))
    for span, org in list(resolved.items()):
        kind = KIND_ABBREVIATIONS.get(org.name)
        if kind is None:
            continue
        candidates = [other for other, words, lemmas in named.values() if other.name != org.name
                      and (org.name in words or all(lemma in lemmas for lemma in kind.lemmas))]
        if len(candidates) == 1:
            resolved[span] = candidates[0]


_QUOTES = re.compile("[" + re.escape("".join(sorted(set(OPENING_QUOTES) | set(CLOSING_QUOTES)))) + "]")


@lru_cache(maxsize=4096)
def find_compound_head(name: str, lexicon: OrgLexicon) -> str | None:
    """The lemma of the descriptor of four letters or more a one-word name ends with after three letters or more
    (``Кедрбанк`` → ``банк``), which a text may name the body by later (``совладелец банка``); ``None`` for
    another name. Asked once a name."""
    if " " in name or not name.isalpha():
        return None
    return lexicon.descriptor_ending(lexicon.morph.lemma(name), shortest=4, buildings=True)


# the first words of the name of a state's central bank the dictionary does not know (``Национальный банк …``), lemmas
_CENTRAL_BANKS = frozenset({"центральный банк", "национальный банк"})
_CENTRAL_BANK = "central_bank"  # the dictionary's kind of a state's central bank (``ЕЦБ``, ``ФРС``)


def _central_bank(org: ResolvedOrg, lexicon: OrgLexicon) -> bool:
    """Whether a body is a state's central bank, which a text names by its own name (``ЦБ``, ``регулятор``): a
    lower-case ``банк`` that would refer back to it is rather another bank the text names, where it names one
    (``совладелец банка`` after ``Кедрбанк`` and ``Центральный банк``). The dictionary's kind says so of a bank it
    knows (``ЕЦБ``, ``ФРС``), the first words of its name of another (``Национальный банк Заречья``)."""
    ref = lexicon.lookup(org.name)
    if ref is not None:
        return ref.kind == _CENTRAL_BANK
    return fold(" ".join(lexicon.morph.lemma(word) for word in org.name.split()[:2])) in _CENTRAL_BANKS


_PLURAL_RELATIVES = frozenset({"которые", "которых", "которыми"})


def _plural(analysis: Analysis, span: Span, morph) -> bool:
    """Whether a one-word span is a plural (``федерации, которые их поддерживают``): several bodies, no
    one of them to refer back to (not a singular dative read as a plural: ``инспекции нужны``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 1:
        return False
    index = tokens[0].index
    after = [t.text.lower() for t in analysis.tokens[index + 1:index + 3]]
    before = analysis.tokens[index - 1] if index else None
    if after[:1] == [","] and after[1:] and after[1] in _PLURAL_RELATIVES \
            and any(p.tag.number == "plur" for p in morph.parses(fold(tokens[0].text))) \
            and not (before is not None and before.pos == "NOUN" and before.feat.get("Number") == "Plur"):
        return True  # ``федерации, которые …`` (not ``представители федерации, которые …``): whatever the tagger read
    return tokens[0].feat.get("Number") == "Plur" and not experiencer_dative(analysis.tokens, index, index, morph)


def _modifies_next(analysis: Analysis, span: Span) -> bool:
    """Whether the word right after a one-word span is a noun or an opening quote in its sentence,
    so that an adjective span is an attribute of what follows (``Вчерашнее заседание``,
    ``Лондонский «Маяк»``), not a short name standing for a body (``Мариинский показал``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 1 or tokens[0].index + 1 >= len(analysis.tokens):
        return False
    after = analysis.tokens[tokens[0].index + 1]
    return after.sent == tokens[0].sent and (after.text in OPENING_QUOTES or after.pos in ("NOUN", "PROPN"))


# adjectives of the reach of a body (``в международную федерацию``): which body of its kind a noun is, not what it
# does (``надзорного ведомства`` is the prosecutor's office named before)
_REACHES = frozenset({"международный", "всемирный", "мировой", "европейский", "континентальный", "национальный",
                      "олимпийский", "азиатский", "африканский", "американский", "общеевропейский"})


def _country_before(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> str | None:
    """The country an adjective agreeing with a one-word span right before it names (``Российская компания`` →
    ``RU``), or ``None``."""
    tokens = analysis.tokens_in(span.start, span.end)
    before = word_before(analysis, span) if len(tokens) == 1 else None
    if before is None or before.pos != "ADJ" or before.feat.get("Case") != tokens[0].feat.get("Case"):
        return None
    place = gazetteer.place_of_adjective(before.text.lower())
    return place.country_code if place is not None and place.kind == "country" else None


def _relational_before(analysis: Analysis, span: Span, morph) -> str | None:
    """The lemma of a lower-case adjective of a body's reach right before a one-word span in its sentence
    (``международную федерацию``), which says which body of the kind it is; ``None`` for none."""
    tokens = analysis.tokens_in(span.start, span.end)
    before = word_before(analysis, span) if len(tokens) == 1 else None
    if before is None or before.pos != "ADJ" or not before.text.islower() \
            or before.feat.get("Case") != tokens[0].feat.get("Case"):
        return None
    lemma = morph.lemma(before.text)
    return lemma if lemma in _REACHES else None


def named_before(span: Span, resolved: dict[Span, ResolvedOrg]) -> set[str]:
    """The ids of the organizations the document names before ``span``."""
    return {org.org_id for other, org in resolved.items() if other.end <= span.start}


def _salient(span: Span, candidates: dict[str, ResolvedOrg], resolved: dict[Span, ResolvedOrg]) -> ResolvedOrg | None:
    """Of several organizations a common noun may refer back to (``театра`` after three theatres),
    the one the document has named more often than any other before it; ``None`` when none is."""
    seen: Counter[str] = Counter(org.org_id for other, org in resolved.items()
                                 if org.org_id in candidates and other.end <= span.start)
    ranked = seen.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return candidates[ranked[0][0]]


def _quoted_name(analysis: Analysis, span: Span) -> bool:
    """Whether a span holds or follows an opening quote: a name, whatever common noun it is."""
    tokens = analysis.tokens_in(span.start, span.end)
    if any(t.text in OPENING_QUOTES for t in tokens):
        return True
    return bool(tokens) and tokens[0].index > 0 and analysis.tokens[tokens[0].index - 1].text in OPENING_QUOTES


def _described_quote(analysis: Analysis, span: Span) -> bool:
    """Whether a span holds words and then a quoted name (``банк «Северный»``): a name of its own."""
    tokens = analysis.tokens_in(span.start, span.end)
    return any(t.text in OPENING_QUOTES for t in tokens[1:]) and tokens[0].text not in OPENING_QUOTES


def _index_name_heads(resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> dict[str, dict[str, ResolvedOrg]]:
    """The bodies by the lemma of the noun of a kind their canonical names are headed by after adjectives
    (``служба`` of ``Федеральная служба по надзору …``, whatever the text named it by: an abbreviation maybe)."""
    morph = lexicon.morph
    heads: dict[str, dict[str, ResolvedOrg]] = {}
    for org in resolved.values():
        words = org.name.split()
        at = next((at for at, word in enumerate(words) if not morph.has_gram(word, "ADJF")), None)
        if at is not None and at < len(words) - 1 and lexicon.kind_of(words[at]) is not None:
            heads.setdefault(morph.lemma(words[at]), {})[org.org_id] = org
    return heads


def _common_noun(analysis: Analysis, span: Span) -> bool:
    """Whether a one-word span is written as a common noun: in lower case, or capitalised only as the
    first word of a sentence."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].text.isupper():
        return False
    if tokens[0].text[:1].islower():
        return True
    index = tokens[0].index
    return index == 0 or analysis.tokens[index - 1].sent != tokens[0].sent
