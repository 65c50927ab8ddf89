"""The region and country a title stands for when it names none: the one region or country the document is
about, for a generic word (``губернатор области``, ``губернатор штата``), a deputy of a regional or a state's
title (``заместитель губернатора``, ``помощник президента``), a district's or a town's title, a title of the
region's cabinet; not a partner of a meeting (``встреча с министром``), who may be the country's."""

from __future__ import annotations

from ...morph import fold
from ...ner import Analysis, Token
from ...places import RUSSIA, Gazetteer, Place
from ...records import LOC, Span
from ...resolve import Resolved, Scope
from ...resolve.cabinet import CABINET_TITLES, GENERIC_WORDS, generic_of_scope, names_abroad_near
from ...resolve.regional import level_of_scope
from ...resolve.regional.foreign import country_of_divisions
from ...resolve.regional.words import names_foreign_division
from ...resolve.venues import ENVOYS, FOREIGN_ENVOYS, is_station
from ..grammar import Title
from ..lexicon import TitleLexicon
from ..sees import spans_whole_land
from ..subjects import sentence_tokens

# a district's or a municipality's words: "главы района", "районной администрации", "главы муниципалитета",
# "главы муниципального образования", "главы сельского поселения"
_DISTRICT = {"район", "районный", "муниципалитет", "муниципальный", "поселение", "сельсовет"}
# a town's words: "глава города", "председатель городской думы" (a town of the one region a text is about)
_TOWN = {"город", "городской"}
# nouns of a state's division, named generically after a regional title: "губернатор штата", "аким области"
_DIVISION_NOUNS = {"штат", "провинция", "область", "регион", "земля", "префектура", "округ", "кантон", "город",
                   "графство", "воеводство"}

# the heads of a region of Russia: not a town's (``мэр``), nor of a region abroad (``аким``, ``хоким``)
_REGION_HEADS = frozenset({"губернатор", "вице-губернатор", "замгубернатора"})

# a body's office in a region (``территориального фонда``, ``территориальной комиссии``): the region's in a text
# about one
_TERRITORIAL = "территориальный"
_STATE_PREFIX = "гос"  # "госминистр": a state's title
_MEMBERS = {"депутат"}  # a member of a parliament
_LEADER = "лидер"
_OPPOSITION = {"оппозиция", "оппозиционный"}


def document_country(analysis: Analysis, title: Title, org_id: str | None, lexicon: TitleLexicon,
                      scope: Scope, resolved: Resolved) -> str | None:
    """The country the document is about, for a state's title that names no body (``премьер-министр``,
    ``глава государства``) and for a region's or a town's title that names nothing (``мэр`` in a text
    about Paris); not for the head of a region that names no division only foreign states have (``губернатор``,
    ``губернатор области``) where :func:`_partner_region` finds a federal subject of Russia he may head as well."""
    if scope.country is None or org_id is not None:
        return None
    tokens = analysis.tokens[title.head: title.last + 1]
    lemma = lexicon.head_lemma(tokens[0].text)
    stated = any(lexicon.morph.forms(t.text) & lexicon.state_words for t in tokens)  # "глава государства"
    if lemma in lexicon.corporate and len(tokens) > 1 and not stated:
        return None  # "президент компании", "вице-президент по финансам": a body's, not the state's
    partner = _partner_region(analysis, title, resolved, lexicon, scope) is not None \
        and not _foreign_division(tokens[1:], lexicon)  # "губернатор" of a Russian partner, not "губернатор штата"
    national = _national(tokens[0].text, lexicon) \
        or (lemma in lexicon.regional and _generic_division(tokens[1:], lexicon) and not partner) \
        or _deputy_of_national(list(tokens[1:]), lexicon) or _member_of_parliament(analysis, title, lexicon)
    return scope.country if national or stated else None


def division_country(analysis: Analysis, title: Title, inner: list[Span], resolved: Resolved,
                     lexicon: TitleLexicon) -> str | None:
    """The country of a title of no body that names a division only foreign states have and no place (``президент
    провинции``): the one foreign country whose divisions and towns the text names (a body's title follows the
    country resolve gave the body: :mod:`nerpipe.resolve.regional.foreign`)."""
    if any(s.type == LOC for s in inner) or not _foreign_division(analysis.tokens[title.head + 1: title.last + 1],
                                                                  lexicon):
        return None
    return country_of_divisions(resolved.place_of.values())


def _serves_in_russia(analysis: Analysis, title: Title, inner: list[Span], resolved: Resolved,
                      lexicon: TitleLexicon) -> bool:
    """A consul's or an ambassador's title whose every place is one of Russia after ``в`` (``генконсул в Чите``,
    ``посол в Москве``): a post of a foreign state in Russia, of no Russian region."""
    if lexicon.head_lemma(analysis.tokens[title.head].text) not in FOREIGN_ENVOYS:
        return False
    located = [(s, resolved.place_of.get(s)) for s in inner if s.type == LOC]
    return bool(located) and all(
        place is not None and place.country_code == RUSSIA and place.category != "country"
        and fold(analysis.tokens[analysis.tokens_in(s.start, s.end)[0].index - 1].text) in ("в", "во")
        for s, place in located)


def serves_abroad(analysis: Analysis, title: Title, located: list[tuple[Span, Place | None]], country: str | None,
                  lexicon: TitleLexicon) -> bool:
    """An envoy's title whose country is only that of a place abroad where he serves (``посол в Китае``, ``генконсул
    в Шанхае``, :func:`nerpipe.resolve.venues.is_station`): not the state he serves, so no country for his other
    titles (``located``: the title's places)."""
    if country in (None, RUSSIA) or lexicon.head_lemma(analysis.tokens[title.head].text) not in ENVOYS:
        return False
    own = [span for span, place in located if place is not None and place.country_code == country]
    return bool(own) and all(is_station(analysis, s, lexicon.morph) for s in own)


def _partner_region(analysis: Analysis, title: Title, resolved: Resolved, lexicon: TitleLexicon,
                   scope: Scope) -> str | None:
    """The one federal subject of Russia a text about a foreign country's division with its own head (``провинция
    Хэнань``) names, in a region's head's sentence or the one before (``Тверскую область посетила делегация
    провинции Хэнань. На встрече губернатор …``): the partner whose head the bare title is. ``None`` for a town's
    title (``мэр``), in a text that names no such division, or one region of Russia among many or named farther off
    (``Киев. Губернатор области заявил …``)."""
    if scope.region is not None or scope.country is None \
            or lexicon.head_lemma(analysis.tokens[title.head].text) not in _REGION_HEADS:
        return None
    if not any(place is not None and place.category == "other" and place.country_code == scope.country
               for place in resolved.place_of.values()):
        return None  # no province nor state of the country the text is about
    named = {span: place.region_code for span, place in resolved.place_of.items()
             if place is not None and place.category == "federal_subject" and place.region_code}
    if len(set(named.values())) != 1:
        return None
    sent = analysis.tokens[title.head].sent
    near = any(tokens and sent - 1 <= tokens[0].sent <= sent
               for tokens in (analysis.tokens_in(span.start, span.end) for span in named))
    return next(iter(named.values())) if near else None


def _foreign_division(words, lexicon: TitleLexicon) -> bool:
    """Whether a title's words name a division only foreign states have (``штата``, ``провинции``; see
    :func:`~nerpipe.resolve.regional.words.names_foreign_division`)."""
    return names_foreign_division((w.text for w in words), lexicon.morph)


def _national(word: str, lexicon: TitleLexicon) -> bool:
    """Whether a title's head word is a state's title, or a compound of ``гос`` and one (``госминистра``)."""
    if lexicon.head_lemma(word) in lexicon.national:
        return True
    lemma = fold(lexicon.morph.lemma(word))
    return lemma.startswith(_STATE_PREFIX) and lemma[len(_STATE_PREFIX):] in lexicon.national


def _member_of_parliament(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A deputy named by no body (``депутат``, ``бывший депутат``) or a leader of the opposition
    (``оппозиционный лидер``, ``лидер оппозиции``): in a text about one foreign country, of its parliament and
    politics."""
    tokens = analysis.tokens[title.first: title.last + 1]
    lemma = lexicon.head_lemma(analysis.tokens[title.head].text)
    return lemma in _MEMBERS and title.last == title.head \
        or lemma == _LEADER and any(lexicon.morph.lemma(t.text) in _OPPOSITION for t in tokens)


def _deputy_of_national(words: list[Token], lexicon: TitleLexicon) -> bool:
    """Whether a title's words after its head start with a state's title in the genitive, past acting words
    (``заместитель министра юстиции``, ``помощник президента``, ``заместитель госминистра``): a deputy's post is
    of the state his chief's is."""
    k = _past_acting(words, lexicon)
    return k < len(words) and words[k].feat.get("Case") == "Gen" \
        and _national(words[k].text, lexicon)


def _past_acting(words: list[Token], lexicon: TitleLexicon) -> int:
    """The index of the first of ``words`` that is no acting word (``врио``, ``исполняющего обязанности``);
    ``len(words)`` when all are."""
    return next((k for k, word in enumerate(words) if fold(word.text) not in lexicon.acting), len(words))


def _generic_division(words, lexicon: TitleLexicon) -> bool:
    """Whether a regional title's words after its head name no division but generically, in the genitive
    (none, or ``штата``, ``провинции``): ``губернатор штата`` in a text about one foreign country is its."""
    return all(w.feat.get("Case") == "Gen" and lexicon.morph.forms(w.text) & _DIVISION_NOUNS for w in words)


def title_region(
    analysis: Analysis, title: Title, inner: list[Span], resolved: Resolved, lexicon: TitleLexicon,
    gazetteer: Gazetteer, scope: Scope,
) -> str | None:
    """The region a title names: a place inside it or a region's adjective; or the region the document
    is about, for a generic ``региона`` (``губернатор области``) or a regional title that names no place."""
    if spans_whole_land(analysis.tokens[title.first: title.last + 1], title.head - title.first, lexicon):
        return None  # "патриарх Московский и всея Руси": not the region of its first see
    if _serves_in_russia(analysis, title, inner, resolved, lexicon):
        return None  # "генконсул в Чите": a foreign state's post where it serves, no region of Russia's
    if (home := _partner_region(analysis, title, resolved, lexicon, scope)) is not None:
        # a text about a foreign province that names one region of Russia, its partner: "губернатор" is that region's
        scope = Scope(home, None)
    if _generic_before_seat(analysis, title, inner, lexicon):
        # "представитель региона в Москве": the region it speaks for (the text's, if one), not where it sits
        seats = {place.region_code for span in inner if span.type == LOC and (place := resolved.place_of.get(span))}
        return scope.region if scope.region not in seats else None
    places = [resolved.place_of.get(span) for span in inner if span.type == LOC]
    region = gazetteer.region_named_in(places, analysis.tokens[title.first: title.last + 1])
    named = any(p is not None for p in places)
    if region is None and not named:
        # "заместитель главного врача «Больницы №2», Тверь.": the seat set off after the title, else
        # "… губернатора Тверской области … и врио губернатора области": the region its sentence named
        region = _seat_after(analysis, title, resolved) \
            or _generic_of_sentence(analysis, title, resolved, lexicon, gazetteer)
    if region is not None or scope.region is None or named \
            or _foreign_division(analysis.tokens[title.head + 1: title.last + 1], lexicon):
        return region  # "член законодательного собрания провинции": a foreign division's, not the text's region
    abroad = names_abroad_near(analysis, resolved.place_of, analysis.tokens[title.head].sent)
    if _generic_word(analysis, title, scope, lexicon, gazetteer, abroad):
        return scope.region  # "губернатор области"; "мэр столицы" in a text about Moscow, no place abroad near it
    remit = title.last > title.head and fold(analysis.tokens[title.head + 1].text) == "по" and not inner
    if (title.last == title.head or remit) and lexicon.head_lemma(analysis.tokens[title.head].text) in lexicon.regional:
        return scope.region  # "губернатор", "вице-губернатор по внутренней политике" in a text about one region
    if _deputy_of_regional(analysis, title, lexicon) or _of_a_district(analysis, title, lexicon):
        return scope.region  # "заместитель губернатора", "глава района" in a text about one region
    if any(level_of_scope(t.text, scope, gazetteer) or lexicon.morph.forms(t.text) & lexicon.regional_bodies
           or _TERRITORIAL in lexicon.morph.forms(t.text) for t in analysis.tokens[title.first: title.last + 1]):
        # "краевой министр", "спикер законодательного собрания", "директор территориального фонда" in a text about
        # one region
        return scope.region
    if scope.cabinet and (title.last == title.head and lexicon.head_lemma(analysis.tokens[title.head].text)
                          in CABINET_TITLES or of_a_department(analysis, title, lexicon)) \
            and not _met_with(analysis, title):
        return scope.region  # "первый вице-премьер", "глава ведомства" in a text about the region's cabinet
    return None


_CLAUSE_ENDS = frozenset({".", ";", "!", "?"})


def _seat_after(analysis: Analysis, title: Title, resolved: Resolved) -> str | None:
    """The region of a Russian town or region set off by a comma right after a title and closing its sentence or
    clause (``X – заведующий отделением «Больницы №2», Тверь.``): where the post is held, as a biography or a
    list of speakers writes it; ``None`` for any other."""
    tokens = analysis.tokens
    comma = title.last + 1
    if comma + 1 >= len(tokens) or tokens[comma].text != "," or tokens[comma + 1].sent != tokens[title.last].sent:
        return None
    start = tokens[comma + 1].start
    for span, place in resolved.place_of.items():
        if span.type != LOC or span.start != start or place is None or place.country_code not in (None, RUSSIA):
            continue
        inside = analysis.tokens_in(span.start, span.end)
        after = tokens[inside[-1].index + 1] if inside and inside[-1].index + 1 < len(tokens) else None
        if after is None or after.sent != inside[-1].sent or after.text in _CLAUSE_ENDS:
            return place.region_code
    return None


def _generic_of_sentence(analysis: Analysis, title: Title, resolved: Resolved, lexicon: TitleLexicon,
                         gazetteer: Gazetteer) -> str | None:
    """The region a generic word of a title in the genitive stands for (``и. о. главы республики``): the one region
    its sentence names before it, when the word fits that region's level (``Глава Республики Адыгея уволил
    министра, а и. о. главы республики …``), whatever region the text is about."""
    if not any(lexicon.morph.forms(t.text) & GENERIC_WORDS for t in analysis.tokens[title.head + 1: title.last + 1]):
        return None
    sent = analysis.tokens[title.head].sent
    named = {place.region_code for span, place in resolved.place_of.items()
             if span.type == LOC and place is not None and place.region_code and span.end <= title.start
             and place.category == "federal_subject" and analysis.tokens_in(span.start, span.end)
             and analysis.tokens_in(span.start, span.end)[0].sent == sent}
    if len(named) != 1:
        return None
    one = Scope(next(iter(named)))
    return one.region if _generic_word(analysis, title, one, lexicon, gazetteer) else None


def _generic_word(analysis: Analysis, title: Title, scope: Scope, lexicon: TitleLexicon, gazetteer: Gazetteer,
                  abroad: bool = False) -> bool:
    """Whether a word in the genitive after a title's head is a generic word that stands for ``scope``'s region
    (``губернатор области``; ``abroad``: a place abroad is named near it, :func:`generic_of_scope`)."""
    return any(t.feat.get("Case") == "Gen" and generic_of_scope(lexicon.morph.forms(t.text), scope, gazetteer, abroad)
               for t in analysis.tokens[title.head + 1: title.last + 1])


def _met_with(analysis: Analysis, title: Title) -> bool:
    """Whether a title is governed by ``с`` (itself or the title it is joined to by ``и``): a partner of a
    meeting (``встречи с вице-премьером … и министром …``), who may be the country's, not the region's."""
    tokens = analysis.tokens
    sentence = sentence_tokens(analysis, tokens[title.head].sent)  # a token's dependents are in its sentence
    index = title.head
    for _ in range(3):
        if any(t.head == index and t.rel == "case" and fold(t.text) in ("с", "со") for t in sentence):
            return True
        if tokens[index].rel != "conj" or tokens[index].head is None:
            return False
        index = tokens[index].head
    return False


def of_a_department(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title whose body is the bare noun ``ведомство`` in the singular, after no adjective (``руководитель
    ведомства``, ``первый заместитель главы ведомства``; not ``глава внешнеполитического ведомства``, a
    described ministry): the ministry the text spoke of."""
    tokens = analysis.tokens
    last = tokens[title.last]
    return title.last > title.head and lexicon.morph.lemma(last.text) == "ведомство" \
        and last.feat.get("Number") != "Plur" and tokens[title.last - 1].pos != "ADJ"


def _deputy_of_regional(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title that governs a regional one and no place (``заместитель губернатора``, ``первый заместитель врио
    губернатора``, ``помощник губернатора по делам …``): of the region the governor heads."""
    words = list(analysis.tokens[title.head + 1: title.last + 1])
    k = _past_acting(words, lexicon)
    return k < len(words) and words[k].feat.get("Case") in ("Gen", None) \
        and lexicon.head_lemma(words[k].text) in lexicon.regional \
        and (k == len(words) - 1 or fold(words[k + 1].text) == "по")


def _of_a_district(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title of a district, a municipality or a town named by no place (``глава района``, ``заместитель главы
    районной администрации``, ``глава муниципалитета``, ``глава города``): one of the region the text is about;
    not of many in the plural (``союза сельских поселений``)."""
    words = analysis.tokens[title.head + 1: title.last + 1]
    # not "союза городов", "ассоциации муниципальных образований": towns or municipalities of many regions
    return any(lexicon.morph.forms(t.text) & (_DISTRICT | _TOWN) and t.feat.get("Number") != "Plur"
               for t in words)


def _generic_before_seat(analysis: Analysis, title: Title, inner: list[Span], lexicon: TitleLexicon) -> bool:
    """A generic word of a region in the genitive (``региона``, ``области``), with every place of the title after
    it and ``в`` (``представитель региона в Москве``): the place is where the post sits, not its region."""
    tokens = analysis.tokens
    generic = next((t for t in tokens[title.head + 1: title.last + 1] if t.feat.get("Case") == "Gen"
                    and lexicon.morph.forms(t.text) & GENERIC_WORDS), None)
    located = [s for s in inner if s.type == LOC]
    if generic is None or not located:
        return False
    for span in located:
        at = analysis.tokens_in(span.start, span.end)[0].index - 1
        if span.start < generic.end or fold(tokens[at].text) not in ("в", "во"):
            return False
    return True
