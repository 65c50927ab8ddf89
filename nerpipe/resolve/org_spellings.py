"""One organization named in Latin and in Cyrillic letters in one document (``Zentrix`` and
``Зентрикс``, ``Зентрикса``): a one-word Cyrillic name that spells the one one-word Latin name of
the document (:mod:`.spelling`: ``w`` as ``в``/``у``, ``th`` as ``т``, ``ph`` as ``ф``, ``ck`` as ``к``,
doubled letters single, vowels aside) is that organization. A Latin name repeated shorter, by its
first words (``Helix`` after ``Helix Biotech``), is the one longer Latin name named before it; so is
a name of abbreviations alone (``МХТ`` after ``МХТ имени Чехова``, ``ГУ МВД`` after ``ГУ МВД по
Тверской области``). A quoted company's name without its country's genitive (``«Кедрогаз»`` beside ``НАК
«Кедрогаз Заречья»``) is the company named with it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..orgs import LATIN_LEGAL_FORMS, OrgLexicon, is_abbreviation, is_latin_name
from ..places import RUSSIA, Gazetteer
from ..records import Span
from .spelling import is_cyrillic_word, is_spelled_word, spells

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

NAME_QUOTES = "«»\"“”„"  # stripped from both ends of an organization's name


def join_org_spellings(text: str, resolved: dict[Span, ResolvedOrg]) -> None:
    """Every one-word Cyrillic organization that spells exactly one one-word Latin organization of
    the document takes it: ``Зентрикс`` beside ``Zentrix``; ``Зенит`` beside ``Zentrix`` stays. The
    name's last word as the text writes it counts too, for a name the dictionary misread
    (``холдингом Филком`` named ``Филок``)."""
    latin = {org.org_id: org for org in resolved.values()
             if is_spelled_word(_bare(org.name)) and is_latin_name(_bare(org.name))}
    for span, org in list(resolved.items()):
        name = _bare(org.name)
        if org.org_id in latin or not is_spelled_word(_bare(org.name)) or not is_cyrillic_word(name):
            continue
        words = text[span.start:span.end].split()
        written = {name} | ({_bare(words[-1])} if words and is_cyrillic_word(_bare(words[-1])) else set())
        matches = [other for other in latin.values() if any(spells(_bare(other.name), w) for w in written)]
        if len(matches) == 1:
            resolved[span] = matches[0]


def join_prefixed_abbreviations(text: str, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Every one-word name of an abbreviation, a hyphen and a lower-case noun (``БКФ-банка``) takes the body the
    document names by that abbreviation alone (``БКФ``) when that body is of the noun's kind: the document calls
    the abbreviation by that noun elsewhere (``банк БКФ``) or the body's name holds it (``Банк БКФ``); else it is
    another body (``ЗТС-банк`` beside the company ``ЗТС``: the company's bank)."""
    alone: dict[str, ResolvedOrg] = {}
    for span, org in sorted(resolved.items(), key=lambda item: item[0].start):
        surface = text[span.start:span.end]
        if is_abbreviation(surface):
            alone.setdefault(surface, org)
    for span, org in list(resolved.items()):
        prefix, hyphen, noun = text[span.start:span.end].rpartition("-")
        target = alone.get(prefix) if hyphen and noun[:1].islower() and noun.isalpha() else None
        if target is not None and target.org_id != org.org_id and _called_by(text, prefix, target, noun, morph):
            resolved[span] = target


def _called_by(text: str, abbreviation: str, body: ResolvedOrg, noun: str, morph: Morph) -> bool:
    """Whether a body named by ``abbreviation`` is of the kind ``noun`` says: its name holds the noun, or the text
    writes the noun right before the abbreviation (``банка «БКФ»``)."""
    lemma = morph.lemma(noun)
    if any(morph.lemma(word) == lemma for word in _bare(body.name).split()):
        return True
    before = re.finditer(rf"(\w+)\s+[{NAME_QUOTES}]?{re.escape(abbreviation)}(?!\w)", text)
    return any(morph.lemma(found[1]) == lemma for found in before)


def _bare(name: str) -> str:
    return name.strip(NAME_QUOTES)


def join_short_latin_names(resolved: dict[Span, ResolvedOrg]) -> None:
    """Every Latin organization whose name is the first words of exactly one longer Latin name the
    document gave before it takes that organization: ``Helix`` after ``Helix Biotech``; ``Helix``
    after ``Helix Biotech`` and ``Helix Media`` stays, and so does ``Helix`` before any, unless its later
    mentions took one (a headline's ``Helix`` before ``Helix Biotech`` and ``Helix``); so does one whose
    name is the last word of a Latin name of three words or more before its legal form (``Helix`` after
    ``Northern Star Helix Plc``). So does a name of abbreviations alone, after any longer name (``МХТ``
    after ``МХТ имени Чехова``)."""
    latin = [(span, org) for span, org in resolved.items() if is_latin_name(_bare(org.name))]
    _join_to_longer(resolved, latin, latin, _latin_tail)
    _join_to_longer(resolved, _abbreviated(resolved), resolved.items())


def join_latin_kind_tails(resolved: dict[Span, ResolvedOrg]) -> None:
    """A Latin name and the same name with words of a kind of company or a legal form after it (``Kedron Oil`` /
    ``Kedron Oil Company``, ``Helix`` / ``Helix Holdings Ltd``) are one body, named by the longer, whichever the text
    gives first (a headline's short name before the long one); another longer name opening with the same words
    (``Helix Media``) leaves it as it is, but not the same name with only a legal form or ``Group`` after it
    (``Helix Ltd``: the short name's own variant)."""
    latin = {org.org_id: org for org in resolved.values() if is_latin_name(_bare(org.name))}
    targets: dict[str, ResolvedOrg] = {}
    folded = {org_id: [w.casefold() for w in name_words(org)] for org_id, org in latin.items()}
    for org_id, words in folded.items():
        longer = {other_id: latin[other_id] for other_id, other_words in folded.items() if other_id != org_id
                  and _starts_with(other_words, words) and not _legal_tail_of(words, other_words)}
        if len(longer) == 1 and _kind_tail_of(words, folded[next(iter(longer))]):
            targets[org_id] = next(iter(longer.values()))
    point_at_joined(resolved, targets)


def _kind_tail_of(words: list[str], longer: list[str]) -> bool:
    """Whether ``longer`` is ``words`` and words of a kind of company or legal forms after them, one at least
    other than a legal form or ``Group`` (those :func:`nerpipe.resolve.same_names.name_key` strips already)."""
    tail = _tail_of(words, longer)
    return bool(words) and bool(tail) \
        and all(word in _KINDS_OR_LEGAL for word in tail) \
        and any(word not in _LEGAL_OR_GROUP for word in tail)


def _legal_tail_of(words: list[str], longer: list[str]) -> bool:
    """Whether ``longer`` (opening with ``words``) is ``words`` and legal forms or ``Group`` alone after them."""
    tail = _tail_of(words, longer)
    return bool(tail) and all(word in _LEGAL_OR_GROUP for word in tail)


def _tail_of(words: list[str], longer: list[str]) -> list[str]:
    """The words of ``longer`` after the ``words`` it opens with, folded and without their dots and commas."""
    return [fold(word.strip(".,")) for word in longer[len(words):]]


def join_abbreviated_tails(resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """Every name of abbreviations alone takes the one longer name that ends with it after words of its kind
    (``ЗГУ`` after ``Заречный исследовательский университет ЗГУ``, not after ``Совет директоров ЗГУ``); asked
    after described names were named by their own name (``Тверской футбольный клуб ТФК`` → ``ТФК``)."""
    _join_to_longer(resolved, _abbreviated(resolved), resolved.items(),
                    lambda longer, words: _kind_tail(longer, words, lexicon))


def _abbreviated(resolved: dict[Span, ResolvedOrg]) -> list[tuple[Span, ResolvedOrg]]:
    """The organizations whose names are abbreviations alone."""
    return [(span, org) for span, org in resolved.items() if all(is_abbreviation(word) for word in name_words(org))]


def _latin_tail(longer: list[str], words: list[str]) -> bool:
    """Whether one Latin word is the last word of a Latin name of three words or more, before its legal form
    (``Shell`` of ``Royal Dutch Shell Plc``; not ``Biotech`` of ``Helix Biotech``, a kind's word, nor a word after
    ``of``, a place's or a field's: ``Canada`` of ``Royal Bank of Canada``, nor a kind's word: ``Group``)."""
    while longer and fold(longer[-1].strip(".,")) in LATIN_LEGAL_FORMS:
        longer = longer[:-1]
    return len(words) == 1 and len(longer) > 2 and longer[-1].casefold() == words[0].casefold() \
        and all(is_latin_name(word) for word in longer) and fold(longer[-2]) not in _LATIN_LINKS \
        and fold(longer[-1]) not in _LATIN_KINDS


# words a Latin name's last word after them is no name of its own (``Bank of Canada``, ``Kedron and Partners``)
_LATIN_LINKS = frozenset({"of", "and", "&", "for", "de", "des", "du", "der", "für"})
# Latin words of a kind of company, no name of one (``Kedron Capital Group``)
_LATIN_KINDS = frozenset({"group", "holding", "holdings", "bank", "company", "corporation", "partners",
                          "international", "capital", "fund", "trust", "bancorp", "industries", "systems"})
# legal forms and ``Group``, the words :func:`nerpipe.resolve.same_names.name_key` strips from a Latin name's end
_LEGAL_OR_GROUP = LATIN_LEGAL_FORMS | {"group"}
_KINDS_OR_LEGAL = _LATIN_KINDS | LATIN_LEGAL_FORMS


def _kind_tail(longer: list[str], words: list[str], lexicon: OrgLexicon) -> bool:
    """Whether an abbreviation ends a longer name after a phrase of a kind of body that heads it, a capitalised
    first word and lower-case words after it (``Заречный исследовательский университет ЗГУ``)."""
    size = len(words)
    before = longer[:-size]
    if len(longer) <= size or [w.casefold() for w in longer[-size:]] != [w.casefold() for w in words]:
        return False
    return bool(before) and before[0][:1].isupper() and all(w.islower() and w.isalpha() for w in before[1:]) \
        and lexicon.kind_of(before[-1]) == "descriptor"


def _join_to_longer(resolved: dict[Span, ResolvedOrg], shorter: list[tuple[Span, ResolvedOrg]],
                    longer: Iterable[tuple[Span, ResolvedOrg]], ends=None) -> None:
    """Each of ``shorter`` takes the one organization of ``longer`` named before it (or around it) whose name
    starts with its words (or ends with them, as ``ends`` says), if there is exactly one; a mention before
    any takes the organization every later
    mention of its name took (``Helix`` in a headline, then ``Helix Biotech`` and ``Helix``). A name the
    text gives alone twice before any longer one is a body of its own, and the longer one its product's or
    unit's (``Helix`` and ``компании Helix`` before ``службой Helix Shopping``): none of its mentions takes it."""
    longer = list(longer)
    taken: dict[str, dict[str, ResolvedOrg | None]] = {}  # a name → what its later mentions took (None: several)
    before_any: dict[str, list[Span]] = {}
    found = []
    for span, org in shorter:
        words = name_words(org)
        matches = {other.org_id: other for before, other in longer
                   if (before.end <= span.start or before.contains(span) and before != span)
                   and (_starts_with(name_words(other), words) or ends is not None and ends(name_words(other), words))}
        found.append((span, org, matches))
        if not matches:
            before_any.setdefault(org.org_id, []).append(span)
    own = {org_id for org_id, spans in before_any.items() if len(spans) >= _OWN_BEFORE}
    for span, org, matches in found:
        if org.org_id in own or not matches:
            continue
        if len(matches) == 1:
            resolved[span] = next(iter(matches.values()))
            taken.setdefault(org.org_id, {}).update(matches)
        else:
            taken.setdefault(org.org_id, {})[""] = None
    for org_id, spans in before_any.items():
        targets = taken.get(org_id, {})
        if len(targets) == 1 and (target := next(iter(targets.values()))) is not None:
            for span in spans:
                resolved[span] = target


# how many times a name given alone before any longer name makes it a body of its own
_OWN_BEFORE = 2


def name_words(org: ResolvedOrg) -> list[str]:
    """The words of the organization's name, its quotes stripped."""
    return _bare(org.name).split()


def point_at_joined(resolved: dict[Span, ResolvedOrg], joins: dict[str, ResolvedOrg]) -> None:
    """Points every mention of an organization ``joins`` holds (by its id) at the body it joins."""
    for span, org in list(resolved.items()):
        if org.org_id in joins:
            resolved[span] = joins[org.org_id]


def _starts_with(longer: list[str], words: list[str]) -> bool:
    return len(longer) > len(words) and [w.casefold() for w in longer[:len(words)]] == [w.casefold() for w in words]


# Cyrillic capitals that look like Latin ones: an abbreviation typed with the other keyboard's letters
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХУ", "ABEKMHOPCTXY")


def join_lookalike_abbreviations(resolved: dict[Span, ResolvedOrg]) -> None:
    """Every abbreviation written in Cyrillic capitals that all look like Latin ones and spell, so read,
    a Latin abbreviation of the document takes that organization: ``ВР`` beside ``BP``, ``КТМ`` beside
    ``KTM``; ``ВТБ`` (``Б`` has no Latin twin) and ``ВР`` with no ``BP`` in the text stay."""
    latin = {org.name: org for org in resolved.values() if org.name.isascii() and org.name.isupper()}
    for span, org in list(resolved.items()):
        name = org.name
        if name.isupper() and is_cyrillic_word(name) and name.translate(_LOOKALIKES).isascii():
            other = latin.get(name.translate(_LOOKALIKES))
            if other is not None:
                resolved[span] = other


def join_country_tails(resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon, gazetteer: Gazetteer) -> None:
    """Every body whose name is the quoted name of exactly one other body of the document without the genitive of
    that body's country the quotes end with takes that body: ``Кедрогаз`` beside ``НАК «Кедрогаз Заречья»``
    (the company's full name says whose it is); a body of another country, one the dictionary knows, or a name that
    opens with a kind of organization (``Правительство`` beside ``«Правительство Заречья»``) stays."""
    tails: dict[str, dict[str, ResolvedOrg]] = {}
    for org in resolved.values():
        quoted = _quoted_part(org.name)
        if quoted is None or org.country is None or " " not in quoted or not all(
                is_abbreviation(word) or lexicon.kind_of(word) == "descriptor"
                for word in org.name[:org.name.find("«")].split()):
            continue  # not a unit of the company (``Правление НАК «Кедрогаз Заречья»``)
        head, last = quoted.rsplit(" ", 1)
        place = gazetteer.lookup(last)
        if place is not None and place.kind == "country" and place.country_code == org.country:
            tails.setdefault(fold(head), {})[org.org_id] = org
    _join_to_unique(resolved, tails, lexicon, bare=True)


def join_countryless_names(resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon, gazetteer: Gazetteer) -> None:
    """Every body named as exactly one other body of the document without the genitive of that body's foreign
    country its name ends with takes that body (``Социал-демократическая партия`` beside ``Социал-демократическая
    партия Заречья``, of Zarechye): the text said whose once. A body of another country, or one the dictionary
    knows, stays."""
    heads: dict[str, dict[str, ResolvedOrg]] = {}
    for org in resolved.values():
        head = without_country(org.name, org.country, gazetteer)
        if head is not None and " " in head:
            heads.setdefault(fold(head), {})[org.org_id] = org
    _join_to_unique(resolved, heads, lexicon, bare=False)


def _join_to_unique(resolved: dict[Span, ResolvedOrg], bodies: dict[str, dict[str, ResolvedOrg]],
                    lexicon: OrgLexicon, bare: bool) -> None:
    """Every body whose folded name (without its quotes when ``bare``) keys exactly one other body of ``bodies``
    takes that body, when it is of that body's country or of none and the dictionary does not know it; with
    ``bare``, not one whose name opens with a kind of organization."""
    if not bodies:
        return
    for span, org in list(resolved.items()):
        name = _bare(org.name) if bare else org.name
        candidates = bodies.get(fold(name), {})
        if len(candidates) != 1 or org.org_id in candidates:
            continue
        target = next(iter(candidates.values()))
        if org.country in (None, target.country) and lexicon.lookup(org.name) is None \
                and not (bare and lexicon.kind_of(name.split()[0]) is not None):
            resolved[span] = target


def without_country(name: str, country: str | None, gazetteer: Gazetteer) -> str | None:
    """A body's name without the genitive of its foreign ``country`` it ends with (``Социал-демократическая партия
    Заречья`` → ``Социал-демократическая партия``); ``None`` for Russia, no country or a name without it."""
    country_name = gazetteer.country_names.get(country) if country not in (None, RUSSIA) else None
    ending = f" {gazetteer.genitive(country_name)}" if country_name else None
    return name[:-len(ending)] if ending and name.endswith(ending) else None


def join_owner_spellings(text: str, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Bodies whose names are the same words before two ways of writing one body of the document they belong to
    (``Главное управление ЗСБ`` and ``Главное управление Заречной службы безопасности``, the one service that ends
    both mentions) are one body: the one named without an abbreviation, as the later joins of a unit's spellings
    name it (:func:`nerpipe.resolve.territorial.join_territorial_offices`), the one of more words among those
    (``совет директоров банка`` joins ``совет директоров Банка Кедрова``), else the first named. The words are
    compared by their lemmas as the text writes them before the owner, whatever name the owner was given."""
    by_end: dict[int, list[tuple[Span, ResolvedOrg]]] = {}
    for span, org in resolved.items():
        by_end.setdefault(span.end, []).append((span, org))
    by_owner: dict[tuple[str, str], dict[str, ResolvedOrg]] = {}
    for span, org in sorted(resolved.items(), key=lambda item: item[0].start):
        owner = max(((other, body) for other, body in by_end[span.end]
                     if span.start < other.start and body.org_id != org.org_id),
                    key=lambda item: item[0].end - item[0].start, default=None)
        before = text[span.start:owner[0].start].split() if owner is not None else []
        if len(before) >= 2 and len(org.name.split()) > len(before):
            key = " ".join(morph.lemma(word) for word in before)
            by_owner.setdefault((key, owner[1].org_id), {})[org.org_id] = org
    joins: dict[str, ResolvedOrg] = {}
    for bodies in by_owner.values():
        if len(bodies) < 2:
            continue
        target = max(bodies.values(), key=lambda body: (not any(map(is_abbreviation, body.name.split())),
                                                        len(body.name.split())))
        joins.update((body.org_id, target) for body in bodies.values() if body.org_id != target.org_id)
    point_at_joined(resolved, joins)


def _quoted_part(name: str) -> str | None:
    """The words a name holds in guillemets (``НАК «Кедрогаз Заречья»`` → ``Кедрогаз Заречья``), ``None`` for a name
    with none."""
    opening, closing = name.find("«"), name.rfind("»")
    return name[opening + 1:closing].strip() if 0 <= opening < closing else None
