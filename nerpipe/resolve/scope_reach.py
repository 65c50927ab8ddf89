"""Bodies of no stated country the foreign country a text is about does not reach
(:func:`bodies_out_of_scope`), for :func:`nerpipe.resolve.countries_of_bodies.bodies_of_the_country`:

- a body listed with Russia's bodies (``Сбербанк, ВТБ, банк «Заря» и компания «…»``), or named by a kind
  (``банк «Заря»``) the text speaks of as Russia's (``против российских банков``): one of Russia's, however much
  the text speaks of the country that punishes them; not one of a pair with one of Russia's (``Газпром и
  Нафтогаз``: partners);
- a body whose mention opens a longer one of Russia's (``Главного управления`` of ``Главного управления
  Вооружённых сил Российской Федерации``), or is followed by a body of a country in the genitive (``Главного
  управления`` and ``Вооружённых сил Российской Федерации``): that body's, its parent's;
- a site named by its address (``ONLINE.UA``): of the country of its domain (one of no country, ``.com``, says
  nothing);
- a social network (``в соцсети Фейсбук``): of no country the text's subject tells.

A medium that relays others' news (``пишет X со ссылкой на …``) is as often of the text's country as not: it
takes the text's country.
"""

from __future__ import annotations

import re

from ..morph import fold
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import RUSSIA
from ..records import Span
from .organizations import ResolvedOrg
from .russia_names import RUSSIAN_ADJECTIVE
from .syntax import word_before

# what may stand between two bodies of one list: a comma or ``и`` (``а также``), quotes, and a kind's noun
# (``Сбербанк, банк «Заря» и компания «…»``)
_LISTED = re.compile(r"[\s»\"”“]*(?:,|,?\s*и|,?\s*а\s+также)[\s«\"„“]*(?:[а-яё]+[\s«\"„“]+)?")
# nouns of kinds of firms a text may speak of as Russia's in the plural (``российских банков``), lemmas
_FIRM_KINDS = frozenset({"банк", "компания", "фирма", "предприятие", "корпорация", "концерн", "холдинг",
                         "госкомпания", "госкорпорация", "госбанк", "организация", "производитель", "экспортёр",
                         "экспортер", "оператор", "авиакомпания", "перевозчик", "издание", "сми"})
# a site's address: a name with a dot and a top-level domain (``ONLINE.UA``, ``Gazeta.ru``)
_DOMAIN = re.compile(r"\w[\w-]*\.(?P<tld>[a-zA-Z]{2,6})")
# top-level domains of no country (and those of a country whose code is another)
_GENERIC_DOMAINS = frozenset({"com", "net", "org", "info", "biz", "io", "tv", "me", "co", "fm", "ai", "ly", "cc",
                              "to", "ws", "eu", "online", "news", "media", "site"})
_DOMAIN_COUNTRIES = {"uk": "GB", "su": RUSSIA, "рф": RUSSIA}
# nouns of networks and services a body named after one is of no country a text's subject tells (``соцсети
# Фейсбук``), lemmas and stems
_NETWORKS = frozenset({"соцсеть", "мессенджер", "видеохостинг", "микроблог"})
_NETWORK = "сеть"  # after ``социальной``


def bodies_out_of_scope(analysis: Analysis, organizations: dict[Span, ResolvedOrg],
                        lexicon: OrgLexicon) -> dict[Span, str | None]:
    """The mentions of bodies of no stated country the text's foreign country does not reach (see the module),
    each with the country it is of instead (a site's domain's), or ``None``."""
    out: dict[Span, str | None] = {}
    for span in organizations:
        domain = _domain_country(analysis.text[span.start:span.end])
        if domain is not None:
            out[span] = domain
        elif _network(analysis, span, lexicon):
            out[span] = None
    for span in russias_peers(analysis, organizations, lexicon):
        out.setdefault(span, None)
    for span, org in organizations.items():  # ``Главного … управления`` of ``Главного … управления … РФ``
        if org.country == RUSSIA:
            out.update((inner, None) for inner in organizations if inner != span and span.contains(inner)
                       and inner.start == span.start and inner not in out)
    for span, parent in _parents(analysis, organizations).items():
        out.setdefault(span, parent)
    return out


def _parents(analysis: Analysis, organizations: dict[Span, ResolvedOrg]) -> dict[Span, str]:
    """The mentions of bodies of no country followed right away by the genitive of a body of a country, the body
    they are part of (``Главного управления`` before ``Вооружённых сил Российской Федерации``): with its country."""
    out = {}
    ordered = sorted(organizations, key=lambda span: span.start)
    for span, after in zip(ordered, ordered[1:]):
        parent = organizations[after]
        if organizations[span].country is not None or parent.country is None or span.end > after.start \
                or analysis.text[span.end:after.start].strip():
            continue
        first = analysis.tokens_in(after.start, after.end)
        if first and first[0].feat.get("Case") == "Gen":
            out[span] = parent.country
    return out


def russias_peers(analysis: Analysis, organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> set[Span]:
    """The mentions of bodies of no country named by a kind of firm the text speaks of as Russia's in the plural
    (``российских банков`` … ``банк «Заря»``), or listed, by commas or ``и``, with two bodies of Russia's or of such a
    kind, or with one in a list of three or more, and none of another country (``Сбербанк, банк «Заря» и компания
    «…»``; not the partners ``Газпром и Нафтогаз``)."""
    kinds = _russian_kinds(analysis, lexicon)
    spans = sorted(organizations, key=lambda span: span.start)
    lists: list[list[Span]] = []
    for span in spans:
        if lists and _LISTED.fullmatch(analysis.text[lists[-1][-1].end:span.start]):
            lists[-1].append(span)
        else:
            lists.append([span])
    out: set[Span] = set()
    for group in lists:
        russian = [span for span in group
                   if organizations[span].country == RUSSIA or _of_kind(analysis, span, kinds, lexicon)]
        foreign = any(organizations[span].country not in (None, RUSSIA) for span in group)
        listed = russian and not foreign and (len(russian) >= _RUSSIANS_OF_LIST or len(group) > _PAIR)
        named = group if listed else russian
        out.update(span for span in named if organizations[span].country is None)
    return out


# a list of Russia's bodies names two of them at least, or one in a list longer than a pair (a pair of one of
# Russia's and another is of partners: ``Газпром и Нафтогаз`` in a text about Ukraine)
_RUSSIANS_OF_LIST = 2
_PAIR = 2


def _russian_kinds(analysis: Analysis, lexicon: OrgLexicon) -> set[str]:
    """The kinds of firms the text speaks of as Russia's in the plural (``российских банков``, ``российские
    компании``), lemmas."""
    out = set()
    for token in analysis.tokens:
        if token.pos != "ADJ" or not fold(token.text).startswith(RUSSIAN_ADJECTIVE) or token.head is None \
                or token.feat.get("Number") != "Plur":
            continue
        lemma = lexicon.morph.lemma(analysis.tokens[token.head].text)
        if lemma in _FIRM_KINDS:
            out.add(lemma)
    return out


def _of_kind(analysis: Analysis, span: Span, kinds: set[str], lexicon: OrgLexicon) -> bool:
    """Whether a body is named by one of ``kinds`` in its mention or right before it (``банк «Заря»``)."""
    if not kinds:
        return False
    tokens = analysis.tokens_in(span.start, span.end)
    before = word_before(analysis, span)
    words = [*tokens[:1], *([before] if before is not None else [])]
    return any(lexicon.morph.lemma(token.text) in kinds for token in words)


def _domain_country(surface: str) -> str | None:
    """The country of a site named by its address (``ONLINE.UA`` → UA), ``None`` for a domain of no country
    (``.com``, ``.tv``) and a name of no address."""
    match = _DOMAIN.fullmatch(surface.strip())
    if match is None:
        return None
    tld = match.group("tld").lower()
    if tld in _GENERIC_DOMAINS:
        return None
    return _DOMAIN_COUNTRIES.get(tld, tld.upper() if len(tld) == 2 else None)


def _network(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> bool:
    """Whether a body is a network named after its noun (``в соцсети Фейсбук``, ``социальной сети «…»``)."""
    before = word_before(analysis, span)
    words = [*([before] if before is not None else []), *analysis.tokens_in(span.start, span.end)[:2]]
    for word in words:
        lemma = lexicon.morph.lemma(word.text)
        if lemma in _NETWORKS or (lemma == _NETWORK and word.index > 0
                                  and fold(analysis.tokens[word.index - 1].text).startswith("социальн")):
            return True
    return False
