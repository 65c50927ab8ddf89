"""Whether a text about one region speaks of that region's own government, and its ministries named bare.

Russia's regions have ministries of the names of the federal ones (``министерство здравоохранения``,
``Минздрав``, ``Минцифры``). A text about one region that speaks of the region's cabinet (:func:`speaks_of_cabinet`:
it names the region's government or a ministry of it, ``правительства области``, ``министр образования Тверской
области``, ``регионального министерства``, ``краевой минздрав``, or its governor appointing a minister) means the
region's ministry by a ministry it names without a place (:func:`ministries_of_cabinet`), and the region's minister
by a minister's title with no place (:func:`nerpipe.titles.attributes.region.title_region` reads the flag). A
governor meeting a minister is no such sign: he also meets federal ones. A ministry the text names as Russia's
(``Минздрав России``, ``федеральный Минздрав``), or whose minister it names as Russia's (``министр
здравоохранения России``), stays federal, and so do its bare mentions then; so does a
ministry no region has (defence, foreign affairs, the interior, emergencies), one named by an abbreviation
(``МВД``), and any in a text about a city of federal rank, whose government has no ministries. The region's
ministry is named by the federal name's remit, or by the remit a minister's title of the text gives where the one
begins the other (``министр цифрового развития`` … ``Минцифры``: ``Министерство цифрового развития …``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..morph import fold
from ..ner import Analysis
from ..orgs import is_time_adjective
from ..places import FEDERAL_CITY, FEDERAL_SUBJECT, RUSSIA, Gazetteer, Place
from ..records import LOC, Span
from .ids import org_id_for
from .locations import Scope
from .organizations import ResolvedOrg
from .regional import government_of_region_alone, opens_regional_body
from .russia_names import is_russian, without_russia
from .titled_ministries import minister_remits

# a cabinet's titles: of the region's cabinet, named bare in a text about it ("первый вице-премьер")
CABINET_TITLES = frozenset({"премьер", "премьер-министр", "вице-премьер", "министр", "замминистра"})
# words of a cabinet: its bodies and its members' titles (``правительства``, ``вице-премьера``, ``экс-министра``)
_CABINET_WORDS = CABINET_TITLES | {"правительство", "кабмин", "министерство", "минздрав", "зампред", "кабинет"}
_MINISTERS = frozenset({"министр", "замминистра", "вице-премьер", "премьер-министр", "министерство"})
_MAX_PHRASE = 6  # words of a ministry's name between a cabinet word and its region
_BODY_HEADS = ("Правительство ", "Министерство ", "Кабинет министров ")
_GOVERNMENT = "Правительство "  # a government's name, the state's or region's after it
_GENERIC_REGION = frozenset({"регион", "субъект"})  # any region's
_GENERIC_LEVEL = {"область": ("область", "автономная область"), "край": ("край",), "республика": ("республика",),
                  "округ": ("автономный округ",)}
GENERIC_WORDS = _GENERIC_REGION | frozenset(_GENERIC_LEVEL)  # a region named by its kind: "региона", "области"
_CAPITAL, _MOSCOW = "столица", "RU-MOW"  # "мэр столицы" in a text about Moscow: Moscow's
# a governor, and what he does to a minister of his own cabinet only (a federal one he meets, does not appoint)
_GOVERNOR = frozenset({"губернатор"})
_HEAD = "глава"  # a region's head: "глава региона", "Глава Заречья"
# a deputy of the governor (``вице-губернатор``, ``заместитель губернатора``) and what joins a list's members
_DEPUTY_GOVERNOR = frozenset({"вице-губернатор", "замгубернатора"})
_DEPUTY = frozenset({"заместитель", "зам"})
_LIST_JOINS = frozenset({",", "и"})
_APPOINTING = frozenset({"назначить", "назначение", "утвердить", "освободить", "отставка", "уволить"})
# a ministry's name a region's cabinet has no counterpart of, and a word that makes a mention the federal one
_FEDERAL_ONLY = re.compile(r"(?i)\b(обороны|иностранных дел|внутренних дел|чрезвычайн|юстиции)")
_FEDERAL = re.compile(r"(?i)\b(федеральн\w*|росси\w*|рф|российск\w*)\b")
_MINISTRY = re.compile(r"(?i)^министерство\b")


def with_cabinet(analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                 scope: Scope, gazetteer: Gazetteer) -> Scope:
    """The document's scope, flagged ``cabinet`` when it is about one Russian region and speaks of its
    government (see the module)."""
    if scope.region is None or scope.country is not None:
        return scope
    if speaks_of_cabinet(analysis, organizations, places, scope, gazetteer):
        return Scope(scope.region, scope.country, True)
    return scope


def speaks_of_cabinet(analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                      scope: Scope, gazetteer: Gazetteer) -> bool:
    """A body of the region's government among the document's organizations, a word of a cabinet with the
    adjective of its level (or ``региональный``) before it or a region after it (a generic ``области``,
    ``региона`` or a place of the region), or a sentence of the governor appointing a minister."""
    region = scope.region
    if any(org.region_code == region and org.name.startswith(_BODY_HEADS) for org in organizations.values()):
        return True
    tokens = analysis.tokens
    at = {span.start: place for span, place in places.items() if span.type == LOC}
    for token in tokens:
        if not cabinet_word(token.text, gazetteer):
            continue
        before = tokens[token.index - 1] if token.index > 0 else None
        if before is not None and opens_regional_body(before.text, scope, gazetteer):
            return True
        if _region_after(tokens, token.index, at, scope, gazetteer):
            return True
    return _governor_appoints(analysis, at, scope, gazetteer) or _listed_with_deputy_governor(analysis, gazetteer)


def cabinet_word(word: str, gazetteer: Gazetteer) -> bool:
    """A word of a cabinet, also one of a former member (``экс-министра``)."""
    folded = fold(word)
    folded = folded[4:] if folded.startswith("экс-") else folded
    return bool(gazetteer.morph.forms(folded) & _CABINET_WORDS)


def generic_of_scope(forms: set[str] | frozenset[str], scope: Scope, gazetteer: Gazetteer,
                     abroad: bool = False) -> bool:
    """Whether a word's lemmas (``forms``) name the one region a text is about generically: ``региона``, or
    the noun of its level (``области`` in a text about an oblast; not ``края`` in a text about Moscow), or
    ``столицы`` in a text about Moscow, unless a place abroad is named near it (``abroad``,
    :func:`names_abroad_near`)."""
    if scope.region is None:
        return False
    if forms & _GENERIC_REGION or _CAPITAL in forms and scope.region == _MOSCOW and not abroad:
        return True
    kind = gazetteer.region_by_code[scope.region].type
    return any(kind in _GENERIC_LEVEL[noun] for noun in forms & _GENERIC_LEVEL.keys())


def ministries_of_cabinet(analysis: Analysis, organizations: dict[Span, ResolvedOrg], scope: Scope,
                          gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each federal ministry named without a place, in a text about the region's cabinet,
    made the region's (``Минздрав`` → ``Министерство здравоохранения Тверской области``); one the text also names
    as Russia's, one no region has, and one named by an abbreviation stay federal (see the module)."""
    if not scope.cabinet or not has_ministries(scope, gazetteer):
        return organizations  # a city of federal rank has departments and committees, no ministries
    federal = {org.org_id for span, org in organizations.items() if names_federal(analysis, span)}
    remits = _cabinet_remits(analysis, gazetteer)
    out = dict(organizations)
    for span, org in organizations.items():
        if org.org_id in federal or not _bare_ministry(org) or _abbreviated(analysis, span) \
                or _federal_minister_named(analysis.text, org):
            continue
        name = f"{_own_name(without_russia(org.name), remits)} {gazetteer.region_genitive(scope.region)}"
        out[span] = replace(org, org_id=org_id_for(name), name=name, abbr=None, region_code=scope.region,
                            country=RUSSIA)
    return out


def has_ministries(scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether the region a text is about has ministries of its own: not a city of federal rank, whose government
    has departments and committees."""
    return scope.region is not None and gazetteer.region_by_code[scope.region].type != FEDERAL_CITY


def names_abroad_near(analysis: Analysis, places: dict[Span, Place], sent: int) -> bool:
    """Whether sentence ``sent`` or the one right before names a foreign country or a place abroad (``прилетела
    в Минск. Мэр столицы …``): ``столицы`` may be that country's capital there, not Moscow."""
    for span, place in places.items():
        words = analysis.tokens_in(span.start, span.end)
        if place is not None and place.country_code not in (None, RUSSIA) and words \
                and sent - 1 <= words[0].sent <= sent:
            return True
    return False


def _cabinet_remits(analysis: Analysis, gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    """The remits of the text's ministers' titles (``министр цифрового развития области`` → ``цифрового
    развития``), as folded words, a generic word of the region left out."""
    morph = gazetteer.morph
    out = []
    for remit, _ in minister_remits(analysis, morph):
        words = [fold(t.text) for t in remit]
        while words and morph.lemma(words[-1]) in GENERIC_WORDS:
            words.pop()
        if words:
            out.append(tuple(words))
    return out


def _own_name(federal: str, remits: list[tuple[str, ...]]) -> str:
    """A region's ministry's name: the federal one's (``Министерство цифрового развития, связи и массовых
    коммуникаций``), unless one minister's title of the text names a remit that begins it or that it begins
    (``министр цифрового развития``, ``министр экономического развития и торговли``): the ministry of that remit."""
    head, _, rest = federal.partition(" ")
    words = tuple(fold(word).strip(",") for word in rest.split())
    fitting = {remit for remit in remits if remit != words and words
               and (words[:len(remit)] == remit or remit[:len(words)] == words)}
    return f"{head} {' '.join(fitting.pop())}" if len(fitting) == 1 else federal


def _bare_ministry(org: ResolvedOrg) -> bool:
    """A federal ministry of Russia of a kind a region's cabinet has (``Министерство здравоохранения Российской
    Федерации``), or a ministry the dictionary does not know, named by its remit alone (``Министерство сельского
    хозяйства и продовольствия``); not ``министерство`` alone, which only points back to one."""
    if org.region_code is not None or org.country not in (None, RUSSIA) or not _MINISTRY.match(org.name) \
            or _FEDERAL_ONLY.search(org.name):
        return False
    words = org.name.split()
    return is_russian(org.name) or len(words) > 1 and all(word.islower() for word in words[1:])


def names_federal(analysis: Analysis, span: Span) -> bool:
    """A mention that names its body as Russia's or federal (``Минздрав России``, ``федерального Минздрава``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    before = analysis.tokens[tokens[0].index - 1].text if tokens[0].index > 0 else ""
    return bool(_FEDERAL.search(f"{before} {analysis.text[span.start:span.end]}"))


def _federal_minister_named(text: str, org: ResolvedOrg) -> bool:
    """Whether the text names Russia's minister of a bare ministry's remit (``Министр здравоохранения России`` …
    ``глава Минздрава``): its ministry is the federal one, not the region's."""
    remit = without_russia(org.name).partition(" ")[2]
    if not remit:
        return False
    pattern = rf"(?i)\bминистр\w*\s+{re.escape(remit)}\s+(России|РФ|Российской Федерации)\b"
    return re.search(pattern, text) is not None


def _abbreviated(analysis: Analysis, span: Span) -> bool:
    """A mention written as an abbreviation of capitals (``МВД``), not a compound (``Минздрав``)."""
    surface = analysis.text[span.start:span.end]
    return len(surface) > 1 and surface.isupper()


def _region_after(tokens, index: int, places: dict, scope: Scope, gazetteer: Gazetteer) -> bool:
    """A region in the genitive among the nouns and adjectives right after a cabinet word (``правительства
    Тверской области``, ``министр социального развития области``)."""
    morph = gazetteer.morph
    for after in tokens[index + 1: index + 1 + _MAX_PHRASE]:
        if after.sent != tokens[index].sent or after.pos not in ("ADJ", "NOUN", "PROPN", "CCONJ"):
            return False
        place = places.get(after.start)
        if place is not None:
            return place.region_code == scope.region
        if after.feat.get("Case") == "Gen" and generic_of_scope({morph.lemma(fold(after.text))}, scope, gazetteer):
            return True
    return False


def _governor_appoints(analysis: Analysis, places: dict, scope: Scope, gazetteer: Gazetteer) -> bool:
    """A sentence where the region's governor or head (``губернатор``, ``глава региона``, ``глава Заречья``)
    appoints, confirms or dismisses a minister (``назначил Петрова министром здравоохранения``): only the region's
    cabinet is his to form."""
    morph = gazetteer.morph
    sentences: dict[int, set[str]] = {}
    heads: set[int] = set()
    tokens = analysis.tokens
    for token in tokens:
        sentences.setdefault(token.sent, set()).update(morph.forms(fold(token.text)))
        after = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if after is not None and morph.lemma(fold(token.text)) == _HEAD and _names_scope(after, places, scope,
                                                                                        gazetteer):
            heads.add(token.sent)
    return any((words & _GOVERNOR or sent in heads) and words & _APPOINTING and words & _MINISTERS
               for sent, words in sentences.items())


def _listed_with_deputy_governor(analysis: Analysis, gazetteer: Gazetteer) -> bool:
    """A sentence listing a minister after a deputy of the governor (``приняли участие заместитель губернатора
    Иван Котов и министр здравоохранения Анна Лебедева``): the governor's team, his cabinet's members among it."""
    morph = gazetteer.morph
    tokens = analysis.tokens
    deputies: set[int] = set()
    for token in tokens:
        lemma = morph.lemma(fold(token.text))
        after = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if lemma in _DEPUTY_GOVERNOR or (lemma in _DEPUTY and after is not None
                                         and morph.lemma(fold(after.text)) in _GOVERNOR):
            deputies.add(token.sent)
        elif (token.sent in deputies and token.index > 0 and fold(tokens[token.index - 1].text) in _LIST_JOINS
              and morph.forms(fold(token.text)) & CABINET_TITLES):
            return True
    return False


def _names_scope(token, places: dict, scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether a token names the region a text is about: a place of it (``Заречья``), or generically
    (``региона``, ``республики`` in a text about a republic)."""
    place = places.get(token.start)
    if place is not None:
        return place.region_code == scope.region and place.category == FEDERAL_SUBJECT
    return token.feat.get("Case") == "Gen" and generic_of_scope({gazetteer.morph.lemma(fold(token.text))}, scope,
                                                                 gazetteer)


def cabinets_of_region(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place], scope: Scope,
                       gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``Кабинет министров`` named alone (or after ``новый``, ``прежний``) in a text about one region, named as a
    region, that names no federal government: the region's government, the body of that noun the text names
    with the region (``Правительство Тверской области``), else ``Кабинет министров`` of the region."""
    if not government_of_region_alone(organizations, places, scope, gazetteer):
        return organizations if scope.region is not None else join_cabinet_of_one_government(organizations, gazetteer)
    named = next((org for org in organizations.values() if org.region_code == scope.region
                  and org.name.startswith(("Правительство ", "Кабинет министров "))), None)
    name = f"Кабинет министров {gazetteer.region_genitive(scope.region)}"
    own = named or ResolvedOrg(org_id_for(name), name, None, scope.region, RUSSIA)
    return _bare_cabinets_named(organizations, own, gazetteer, countries=(None, RUSSIA))


def join_cabinet_of_one_government(organizations: dict[Span, ResolvedOrg],
                                   gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``Кабинет министров`` named alone in a text about no one region that names one government
    (``правительства``, made Russia's or bare, ``Правительство Франции``): that government; with none or two, as it
    is (in a text about one region, the region's cabinet or the federal one: :func:`cabinets_of_region`)."""
    governments = {org.org_id: org for org in organizations.values()
                   if org.name.startswith(_GOVERNMENT) or org.name == _GOVERNMENT.strip()}
    if len(governments) != 1:
        return organizations
    return _bare_cabinets_named(organizations, next(iter(governments.values())), gazetteer)


def _bare_cabinets_named(organizations: dict[Span, ResolvedOrg], own: ResolvedOrg, gazetteer: Gazetteer,
                         countries: tuple[str | None, ...] | None = None) -> dict[Span, ResolvedOrg]:
    """Every bare ``Кабинет министров`` of no region (of one of ``countries`` when given) made the body ``own``."""
    return {span: own if org.region_code is None and (countries is None or org.country in countries)
            and _bare_cabinet(org.name, gazetteer) else org
            for span, org in organizations.items()}


def _bare_cabinet(name: str, gazetteer: Gazetteer) -> bool:
    """``Кабинет министров``, ``Новый кабинет министров``: the noun of a cabinet with nothing of its own."""
    words = [fold(word) for word in name.split()]
    return words[-2:] == ["кабинет", "министров"] \
        and all(is_time_adjective(word, gazetteer.morph) for word in words[:-2])

