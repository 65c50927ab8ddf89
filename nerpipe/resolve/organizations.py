"""Which organization an ORG span is: its canonical name, abbreviation and region.

Abbreviations and Latin names defined in brackets resolve to the organization
before them (to the whole name, not to a body named inside it; a bare noun before an abbreviation the
dictionary knows is that body: ``агентство (ЦРУ)``), a one-word common noun (``Ассоциации``) to the one organization of
the document it starts (:mod:`.generic_orgs`), and ``правительство республики`` to the government of
the document's main region when that region is a republic.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..inflect import Word
from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import (
    LEGAL_FORMS,
    OrgLexicon,
    OrgRef,
    bracketed_parts,
    canonical_name,
    experiencer_dative,
    governs_owner,
    is_abbreviation,
    is_latin_name,
    is_short_name,
    own_name,
    shared_head_adjectives,
)
from ..places import RUSSIA, Gazetteer, Place
from ..records import ORG, PER, Span
from ..text import OPENING_QUOTES
from .bracket_owners import initials_within, inner_initials, inner_name_before
from .bracketed_names import find_bracketed_full_names, find_unit_body
from .country_names import country_key
from .described_countries import countries_of_descriptions
from .generic_regions import is_seated_after_generic, name_generic_region
from .ids import org_id_for
from .initialisms import apposed_initials, of_last_words, split_apposed_latin
from .level_compounds import spell_placed_compound
from .locations import after_named, before_district_noun, known_places_first, placing_tokens, region_of_name
from .missions import after_in, is_mission
from .org_joins import join_org_names
from .placed_openers import drop_place_adjective
from .prefixed_kinds import is_prefixed_kind, opens_sentence
from .shared import places_share_head


@dataclass(frozen=True, slots=True)
class ResolvedOrg:
    org_id: str
    name: str
    abbr: str | None
    region_code: str | None
    country: str | None = None  # ISO 3166-1 alpha-2 (see :func:`org_country`)


def first_named(organizations: dict[Span, ResolvedOrg], key_of, preferred=None) -> dict[Span, ResolvedOrg]:
    """``organizations`` with every one that ``key_of`` gives a key (not ``None``) replaced by the first the text
    names with that key: one body named as the text first names it (first among the namings ``preferred`` holds
    for, if any)."""
    keys = {span: key_of(org) for span, org in organizations.items()}
    first: dict[object, ResolvedOrg] = {}
    for span in sorted(organizations, key=lambda span: (preferred is not None and not preferred(organizations[span]),
                                                        span.start)):
        if keys[span] is not None:
            first.setdefault(keys[span], organizations[span])
    return {span: org if keys[span] is None else first[keys[span]] for span, org in organizations.items()}


def resolve_orgs(
    analysis: Analysis, spans: list[Span], morph: Morph, lexicon: OrgLexicon, gazetteer: Gazetteer,
    places: dict[Span, Place], document_lemmas: set[str], main_region: str | None = None, year: int | None = None,
) -> dict[Span, ResolvedOrg]:
    """The canonical organization of every ORG span: its own name in the nominative, or the
    dictionary's; ``правительство республики`` named after the document's main region
    when it is a republic; abbreviations and Latin names defined in brackets resolve to
    the organization before them."""
    text = analysis.text
    resolved: dict[Span, ResolvedOrg] = {}
    defined: dict[str, ResolvedOrg] = {}
    definers: dict[str, Span] = {}  # the span whose brackets define each abbreviation
    bracketed: dict[Span, str] = {}  # a bare noun → the known abbreviation in brackets after it
    orgs = [s for s in spans if s.type == ORG]
    lemmas = document_lemmas | district_lemmas(places.values(), gazetteer)  # a new set: the document's is shared
    # the words of a kind of organization that head names of the document in full (``Думы``
    # beside ``Законодательной думы области`` is that duma, not the State Duma; ``Госдумы`` beside
    # ``Комитет Госдумы`` is the State Duma)
    heads = set()
    for span in orgs:
        tokens = analysis.tokens_in(span.start, span.end)
        head = next((t for t in tokens if lexicon.kind_of(t.text) is not None), None)
        if len(tokens) > 1 and head is not None:
            heads.add(morph.lemma(head.text))
    ordered_places = sorted(places.items(), key=lambda item: item[0].start)
    # abbreviations the document names bodies by alone: as a prefix of a kind, a name (``БКФ-банка`` after ``БКФ``)
    named_alone = {text[span.start:span.end] for span in orgs if is_abbreviation(text[span.start:span.end])}
    for span in orgs:
        surface = text[span.start:span.end]
        if surface in defined or is_prefixed_kind(surface, lexicon, opens_sentence(analysis, span)) \
                and surface.rpartition("-")[0] not in named_alone:
            continue
        written = span_words(analysis, span, lexicon)
        words = own_name(written, lexicon)
        mission = is_mission(analysis, span, morph, gazetteer)
        within = [(other, place) for other, place in ordered_places if span.contains(other)]
        inside = [place for other, place in within
                  if not before_district_noun(analysis, other, morph)
                  and not after_named(analysis, span, other) and not (mission and after_in(analysis, other))]
        tokens = analysis.tokens_in(span.start, span.end)
        name = canonical_name(written, lexicon,
                              name_number(analysis, span, lexicon, bool(inside))) or surface
        name = drop_place_adjective(name_after_country(name, words, lexicon, gazetteer), written, gazetteer,
                                    analysis, span, orgs, morph)
        ref = lexicon.lookup(name, surface, year=year, lemmas=lemmas) or lexicon.lookup_words(
            [t.text for t in tokens], year=year, lemmas=lemmas) or lexicon.lookup_apposed(name, year, lemmas) \
            or _lookup_without_initials(name, lexicon, year, lemmas)
        if ref is not None and tokens and governs_owner(analysis, tokens[0].index, tokens[-1].index + 1, lexicon):
            ref = None  # its owner's body or title (``Совет безопасности компании «…»``), not the dictionary's
        if ref is not None and len(words) == 1 and lexicon.kind_of(words[0].text) is not None \
                and morph.lemma(words[0].text) in heads:
            ref = None  # left to :func:`.generic_orgs.resolve_generic_orgs`
        abbr = None
        placing = placing_tokens(tokens, morph)
        inside = known_places_first(inside)
        region = region_of_name(inside, placing, gazetteer)
        if ref is not None:
            name, abbr = ref.name, ref.abbr
        else:
            name, abbr = apposed_initials(name)
            if abbr is None:
                name, abbr = split_apposed_latin(name, lexicon)  # ``Агентство спортивной информации SID``
            name = spell_placed_compound(name, morph)  # ``Заречная гордума`` → ``Заречная городская дума``
        seats = [other for other, _ in within]
        if ref is None and main_region and (region is None or is_seated_after_generic(words, seats)) \
                and not _abroad(inside):
            named = name_generic_region(name, words, main_region, gazetteer)
            if named != name:
                name, region = named, main_region
        country = org_country(ref, inside, placing, region, gazetteer)
        if ref is None and not inside and _named_for_elsewhere(tokens, country, span, places, morph):
            country = None
        org = ResolvedOrg(org_id_for(name), name, abbr, region, country)
        resolved[span] = org
        for start, end in bracketed_parts(text, _brackets_from(surface, span)):
            candidate = text[start:end].strip("«»\"“”„")
            before = text[span.start:start].rstrip()
            if candidate in LEGAL_FORMS:
                continue  # ``предприятия (ФГУП) «…»``: the abbreviation of its legal form, which many bodies share
            if is_abbreviation(candidate) and before.endswith("(") and of_last_words(before[:-1], candidate):
                continue  # ``пресс-службы Главного управления (ГУ)``: the abbreviation of a body inside
            if is_abbreviation(candidate) and inner_initials(text, span, orgs, start, candidate):
                continue  # ``Центр … Заречной торгово-промышленной палаты (ТПП)``: the body inside's, which says so
            if inner_name_before(text, span, orgs, start, candidate, gazetteer):
                continue  # ``конгрессе Лесного союза гребцов (FRU)``: the body inside's, not its congress's
            if is_latin_name(candidate) and is_abbreviation(candidate) and ref is None \
                    and (inner := find_unit_body(analysis, span, start, lexicon)) is not None:
                # ``Совет Международной федерации гребли (WRF)``: the federation's (placed as the unit's name is)
                known = lexicon.lookup(inner, year=year, lemmas=lemmas)
                defined.setdefault(candidate, ResolvedOrg(org_id_for(inner), inner, candidate, region, country)
                                   if known is None else ResolvedOrg(org_id_for(known.name), known.name, known.abbr
                                   or candidate, region, org_country(known, inside, placing, region, gazetteer)))
                continue
            if candidate in definers and definers[candidate] != span and definers[candidate].contains(span):
                continue  # ``комитета Заречного союза (КДК ЗС)``: the whole name's, not the one inside it
            if is_abbreviation(candidate) and (_bare_noun(analysis, span) or ref is None and " " in name
                                               and not initials_within(name, candidate)) \
                    and lexicon.lookup(candidate, candidate, year=year, lemmas=lemmas) is not None:
                # ``агентство (ЦРУ)``, ``Немецкие социал-демократы (СДПГ)``: the body the dictionary knows, not a
                # description of the text's own named by those initials
                bracketed[span] = candidate
                continue
            definers.setdefault(candidate, span)
            if is_abbreviation(candidate):
                defined[candidate] = ResolvedOrg(org.org_id, org.name, org.abbr or candidate, org.region_code,
                                                 org.country)
            elif is_latin_name(candidate) or is_short_name(candidate, gazetteer) \
                    or text[start] in OPENING_QUOTES and candidate[:1].isupper():
                defined[candidate] = org  # ``(Роснадзор)``, ``(«Культура»)``: the same body
    defined.update(find_bracketed_full_names(text, orgs, resolved, lexicon, defined))
    for span in orgs:
        surface = text[span.start:span.end]
        form, _, rest = surface.partition(" ")
        if surface in defined:
            resolved[span] = defined[surface]
        elif form in LEGAL_FORMS and is_abbreviation(rest) and rest in defined:
            resolved[span] = defined[rest]  # ``ОАО ЗТК`` after ``ОАО «Заречная ткацкая компания» (ЗТК)``
    ordered = sorted(resolved.items(), key=lambda item: item[0].start) if bracketed else []
    for span, candidate in bracketed.items():
        known = next((org for other, org in ordered
                      if other.start > span.end and text[other.start:other.end] == candidate), None)
        if known is not None:
            resolved[span] = known
    abbreviations = {org.org_id: org.abbr for org in defined.values() if org.abbr}
    for span, org in list(resolved.items()):
        if org.abbr is None and org.org_id in abbreviations:
            resolved[span] = replace(org, abbr=abbreviations[org.org_id])  # ``… выборы» (ДЧВ)``: its abbreviation
    join_org_names(analysis, resolved, spans, morph, lexicon, gazetteer, places)
    persons = [s for s in spans if s.type == PER]  # ``швейцарского трейдера Zentrix``, not ``финский гонщик Zentrix X``
    return countries_of_descriptions(analysis, first_named(resolved, lambda org: country_key(org.name, gazetteer)),
                                     persons, gazetteer, lexicon)


def _lookup_without_initials(name: str, lexicon: OrgLexicon, year: int | None, lemmas) -> OrgRef | None:
    """The dictionary's body a name with its own abbreviation in brackets inside names without it
    (``Федеральная налоговая служба (ФНС) России`` → ``Федеральная налоговая служба России``), so that its other
    mentions (``ФНС``, ``Федеральная налоговая служба``) are the same body; ``None`` for a name with none."""
    bare, abbr = apposed_initials(name)
    return lexicon.lookup(bare, year=year, lemmas=lemmas) if abbr is not None and bare != name else None


def span_words(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> list[Word]:
    """The words of a span as the normalizers see them; the word of a kind of organization that
    opens a sentence before a quoted or capitalised name is a common noun, whatever the tagger's
    ``PROPN`` (``Банк «Кедр» …`` as ``банк «Кедр»``, ``Корпорации Вестпойнт нужны …``), for only its
    place made it capitalised (and before what it does and a quoted name: ``Фонд поддержки … «Вектор»``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    words = [t.word() for t in tokens]
    if len(tokens) > 1 and tokens[0].pos == "PROPN" and analysis.starts_sentence(tokens[0].index) \
            and (tokens[1].text in OPENING_QUOTES or tokens[1].text[:1].isupper() or tokens[-1].text in "»\"") \
            and lexicon.kind_of(tokens[0].text) == "descriptor":
        words[0] = replace(words[0], pos="NOUN")
    if len(tokens) == 1 and _genitive_read_as_nominative(analysis, tokens[0], lexicon.morph):
        feats = tuple((key, "Gen" if key == "Case" else value) for key, value in words[0].feats)
        words[0] = replace(words[0], feats=feats)  # ``в эфире Лайфа``: ``Лайф``
    return words


def _genitive_read_as_nominative(analysis: Analysis, token, morph: Morph) -> bool:
    """Whether a one-word capitalised name the tagger read as a nominative is the genitive its place in the tree
    says: it depends on a common noun as its ``nmod`` with no preposition of its own (``в эфире Лайфа``), and
    pymorphy reads it as a singular genitive too."""
    if token.feat.get("Case") != "Nom" or token.rel != "nmod" or token.head is None or not token.text[:1].isupper() \
            or is_abbreviation(token.text) or not token.text.isalpha():
        return False
    head = analysis.tokens[token.head]
    if head.pos != "NOUN" or not head.text.islower():
        return False
    sentence = analysis.tokens_in(*analysis.sentences[token.sent])  # a tree is a sentence's
    if any(other.head == token.index and other.rel == "case" for other in sentence):
        return False
    return any({"gent", "sing"} <= set(parse.tag.grammemes) for parse in morph.parses(fold(token.text)))


def district_lemmas(places, gazetteer: Gazetteer) -> set[str]:
    """The words of the federal districts of the places a document names: a text on a town of
    Primorye or Khabarovsk speaks of the Far East (``дальневосточный``), as a dictionary body's
    context words may require."""
    lemmas: set[str] = set()
    for place in places:
        region = gazetteer.region_by_code.get(place.region_code) if place.region_code else None
        if region is not None and region.district:
            lemmas |= {lemma for word in region.district.split() for lemma in gazetteer.morph.forms(word)}
    return lemmas


def name_number(analysis: Analysis, span: Span, lexicon: OrgLexicon, placed: bool) -> str:
    """``"sing"`` when the name's head is singular whatever the tagger read: a plural noun shared with
    the names before it (:func:`shares_head`), or a body a place has one of, read as a plural while
    the same word is a singular form of it in a case other than the genitive, with its place after
    it (``администрации города Пскова нужны``: the dative of one administration; ``думы``, whose
    plural is its singular genitive only, keeps the tagger's number); else ``"keep"``."""
    tokens = analysis.tokens_in(span.start, span.end)
    if shares_head(analysis, span, lexicon) or tokens and tokens[0].feat.get("Number") == "Plur" \
            and experiencer_dative(analysis.tokens, tokens[0].index, tokens[-1].index, lexicon.morph):
        return "sing"
    if len(tokens) > 1 and tokens[0].feat.get("Number") == "Plur" and lexicon.kind_of(tokens[0].text) == "unit" \
            and (len(tokens) > 2 and tokens[1].text in OPENING_QUOTES
                 or _of_one_party(analysis, tokens, lexicon.morph)):
        return "sing"  # ``фракции «Вектор»``: a unit before the one quoted name it is of, whatever the tagger read
    if len(tokens) < 2 or tokens[0].feat.get("Number") != "Plur" or lexicon.kind_of(tokens[0].text) != "body":
        return "keep"
    if not (placed or any(lexicon.is_place_noun(t.text) for t in tokens[1:])):
        return "keep"
    if placed and places_share_head(analysis, tokens[-1], lexicon.morph):
        return "sing"
    singular = any(p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case != "gent"
                   for p in lexicon.morph.parses(fold(tokens[0].text)))
    return "sing" if singular else "keep"


_FACTIONS = frozenset({"фракция", "подфракция"})  # a party's unit: one a party
_LIST_LINKS = frozenset({"и", ",", "или"})


def _of_one_party(analysis: Analysis, tokens: list, morph: Morph) -> bool:
    """Whether ``tokens`` are a faction's noun and one party's name (``фракции Политической партии «Вектор»``,
    ``фракции КПРФ``), no list of parties (``фракции КПРФ и ЛДПР``)."""
    after = tokens[-1].index + 1
    listed = after < len(analysis.tokens) and analysis.tokens[after].text in _LIST_LINKS
    return morph.lemma(tokens[0].text) in _FACTIONS and not listed \
        and not any(t.text in _LIST_LINKS for t in tokens[1:])


def shares_head(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> bool:
    """Whether an organization named by an adjective and a plural noun shares that noun with names
    before it (``Малого, Большого театров``, ``Малого и Большого театров``, also with its owner
    after: ``Малого и Большого театров Заречья``, ``Лесном филиалах банка «Вектор»``): each is one body
    (:func:`~nerpipe.orgs.shared_head_adjectives`)."""
    return bool(shared_head_adjectives(analysis, analysis.tokens_in(span.start, span.end), lexicon))


def org_country(ref: OrgRef | None, places: list[Place], tokens: list, region: str | None,
                gazetteer: Gazetteer) -> str | None:
    """The state an organization belongs to (ISO 3166-1 alpha-2): the dictionary's (``None`` for an
    international body), else the country of a place or an adjective in its name (``правительство
    Японии``, ``японского МИДа``, ``мэрия Твери``), else ``RU`` for a body of a Russian region or one
    named with an adjective of a federal district (``Уральский завод``)."""
    if ref is not None:
        return ref.country
    found = gazetteer.country_named_in(places, tokens) or (RUSSIA if region else None)
    if found is None and any(t.pos == "ADJ" and gazetteer.is_home_adjective(t.text) for t in tokens):
        return RUSSIA  # ``Уральский завод``, ``Сибирского банка``: a part of Russia
    return found


# institutions often named after a town or a person whose name is a country's too
_NAMED_AFTER = frozenset({"университет", "институт", "колледж", "академия", "госпиталь", "больница", "клиника"})


def _named_for_elsewhere(tokens: list, country: str | None, span: Span, places: dict[Span, Place],
                        morph: Morph) -> bool:
    """Whether an institution's adjective of a foreign country names rather a town or a person it is
    named after (``Колумбийский университет``, ``Джорджтаунский университет``): the document names no
    place of that country outside the name."""
    if country in (None, RUSSIA) or not any(morph.forms(t.text) & _NAMED_AFTER for t in tokens):
        return False
    return not any(place is not None and place.country_code == country and not span.contains(other)
                   for other, place in places.items())


_PREPOSITIONS = {"по", "при", "в", "во", "на", "для", "с", "за", "от", "о", "об"}


def name_after_country(name: str, words: list, lexicon: OrgLexicon, gazetteer: Gazetteer) -> str:
    """A body of a state named with the state's adjective is named after the state, as its own name
    has it: ``японского МИДа`` → ``МИД Японии``, ``Кипрское правительство`` → ``Правительство
    Кипра``, ``российском министерстве финансов`` → ``Министерство финансов России``, ``российской
    сборной`` → ``Сборная России``."""
    if len(words) < 2 or words[0].pos != "ADJ" or words[1].pos not in ("NOUN", "PROPN") \
            or lexicon.kind_of(words[1].text) not in ("body", "ministry", "team"):
        return name
    place = gazetteer.place_of_adjective(words[0].text)
    if place is None or place.kind != "country":
        return name
    rest = name.split(" ", 1)
    if len(rest) < 2 or any(word.text.lower() in _PREPOSITIONS for word in words[2:]):
        return name  # ``американского правительства по стимулированию экономики`` stays
    body = rest[1][:1].upper() + rest[1][1:]
    return f"{body} {gazetteer.genitive(place.name)}"


def _abroad(inside: list[Place | None]) -> bool:
    """Whether a name holds a place abroad (``администрации Ферганской области``): its generic word is that
    place's, not the region the text is about."""
    return any(place is not None and place.country_code not in (None, RUSSIA) for place in inside)


def _bare_noun(analysis: Analysis, span: Span) -> bool:
    """Whether a span is one lower-case noun (``агентство``, ``ведомства``): a kind, naming a body only by what
    the text says of it."""
    tokens = analysis.tokens_in(span.start, span.end)
    return len(tokens) == 1 and tokens[0].pos == "NOUN" and tokens[0].text[:1].islower()


def _brackets_from(surface: str, span: Span) -> int:
    """Where to look for what a text gives in brackets after an organization's name: after the span, or before
    the brackets it closes with or holds an abbreviation in (``Комитета (КДМ)``, ``Фонда (ФР) Тверской области``)."""
    if (at := surface.find("(")) > 0 and (surface.endswith(")") or is_abbreviation(surface[at + 1:].split(")")[0])):
        return span.start + (surface.rindex("(") if surface.endswith(")") else at - 1)
    return span.end
