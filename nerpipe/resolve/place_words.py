"""A body named with a word that stands for the place a text is about (``МИД республики``,
``министерство финансов страны``, ``Минздрав республики``): the body of that place, not the words
as written nor Russia's federal body the dictionary knows by the rest of the name.

In a text about one foreign country, ``страны``, ``государства`` or ``республики`` ending a body's
name is that country (``Министерство финансов Кении``); in a text about one Russian republic,
``республики`` is that republic (``Министерство здравоохранения Республики Татарстан``), and ``страны`` or
``государства`` ending a body's name is Russia where the text names no foreign country before it, nor in its
sentence or the next one (``министерства финансов страны``: ``Министерство финансов Российской Федерации``).
Elsewhere the mention stays as it is. In a text about no one foreign country, ``страны`` or ``государства`` is the
country its sentence names last before it, where the sentence names no region or town of Russia (``делегация
Чехии сообщила, что правительство страны …``: Czechia's government). Never after a neighbour's adjective
(``правительству соседней страны``: not the text's country).
"""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import FEDERAL_CITY, RUSSIA, Gazetteer, Place
from ..records import Span
from .abroad import foreign_counterpart
from .ids import org_id_for
from .locations import Scope
from .organizations import ResolvedOrg
from .russia_names import is_russian, without_russia
from .settlements import follows_neighbour

# words for the country a text is about; ``республика`` also for a Russian republic
_COUNTRY_WORDS = frozenset({"страна", "государство", "республика"})
# words for a Russian region of a type (``республики`` of a republic, ``области`` of an oblast)
_REGION_WORDS = {"республика": ("республика",), "область": ("область", "автономная область"), "край": ("край",)}
# the word for a Russian region of any type (not a federal city, whose bodies are not named so)
_ANY_REGION = "регион"
_PLACE_WORDS = _COUNTRY_WORDS | _REGION_WORDS.keys() | {_ANY_REGION}
# words for a state only (``республики`` may be a Russian republic's): the country named before them in a sentence
_STATE_WORDS = frozenset({"страна", "государство"})
_RUSSIA_GENITIVE = "Российской Федерации"


def bodies_of_place_words(analysis: Analysis, organizations: dict[Span, ResolvedOrg], scope: Scope,
                          lexicon: OrgLexicon, gazetteer: Gazetteer,
                          places: dict[Span, Place] | None = None) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body whose mention ends with a word for the place the text is
    about named after that place (see the module); in a text about no one country, ``страны`` or ``государства``
    after the country named last before it in its sentence (``places``)."""
    out = dict(organizations)
    countries = _countries_by_sentence(analysis, places or {})
    for span, org in organizations.items():
        found = place_word(analysis, span, gazetteer)
        if found is None:
            continue
        word, inside = found
        last = analysis.tokens_in(span.start, span.end)[-1].index
        if follows_neighbour(analysis, last if inside else last + 1, gazetteer.morph):
            continue  # ``правительству соседней страны``: the neighbour's, not the place the text is about
        surface = analysis.text[span.start:span.end]
        body = body_without_place(org.name, surface if inside else f"{surface} _")
        if not body:
            continue
        country = scope.country if scope.country not in (None, RUSSIA) \
            else _country_before(analysis, span, countries) if word in _STATE_WORDS else None
        if country not in (None, RUSSIA) and word in _COUNTRY_WORDS and (inside or is_russian(org.name)):
            if gazetteer.country_names.get(country):
                out[span] = _named(body, country, lexicon, gazetteer)
        elif scope.region is not None and (word in _REGION_WORDS or word == _ANY_REGION) and org.region_code is None \
                and org.country in (None, RUSSIA) and _of_type(scope.region, word, gazetteer) \
                and (inside or is_russian(org.name)):
            name = f"{body} {gazetteer.region_genitive(scope.region)}"
            out[span] = ResolvedOrg(org_id_for(name), name, None, scope.region, RUSSIA)
        elif country is None and word in _STATE_WORDS and inside and scope.region is not None \
                and scope.country is None and org.region_code is None and org.country in (None, RUSSIA) \
                and not _abroad_near(analysis, span, places or {}):
            out[span] = _russian(body, lexicon)  # "приказ министерства финансов страны" in a text about a region
    return out


def _abroad_near(analysis: Analysis, span: Span, places: dict[Span, Place]) -> bool:
    """Whether the text names a foreign country before a body (``посетил Чехию, где правительство страны``) or
    after it in its sentence or the next one (``министерство экономики страны в ходе визита в Узбекистан``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    sent = tokens[0].sent if tokens else None
    for other, place in places.items():
        if place is None or place.category != "country" or place.country_code == RUSSIA:
            continue
        words = analysis.tokens_in(other.start, other.end)
        if other.start < span.start or (words and sent is not None and words[0].sent in (sent, sent + 1)):
            return True
    return False


def _russian(body: str, lexicon: OrgLexicon) -> ResolvedOrg:
    """Russia's body by its name without ``страны`` (``Министерство финансов``): the dictionary's body of Russia of
    that name, else the name with Russia's (``Министерство финансов Российской Федерации``)."""
    ref = lexicon.lookup(body)
    if ref is not None and ref.country == RUSSIA:
        return ResolvedOrg(org_id_for(ref.name), ref.name, ref.abbr, None, RUSSIA)
    name = f"{body} {_RUSSIA_GENITIVE}"
    return ResolvedOrg(org_id_for(name), name, None, None, RUSSIA)


def _countries_by_sentence(analysis: Analysis, places: dict[Span, Place]) -> dict[int, list[tuple[Span, str]]]:
    """The countries each sentence names, by the sentence's index; none (an empty list) in a sentence that names a
    region or a town of Russia too, where ``страны`` may be Russia as well (``прилетел в Москву из Германии и
    заявил, что правительство страны …``)."""
    out: dict[int, list[tuple[Span, str]]] = {}
    russian = set()
    for span, place in places.items():
        words = analysis.tokens_in(span.start, span.end)
        if not words:
            continue
        if place.category == "country":
            out.setdefault(words[0].sent, []).append((span, place.country_code))
        elif place.region_code and place.country_code == RUSSIA:
            russian.add(words[0].sent)
    return {sent: [] if sent in russian else out[sent] for sent in out.keys() | russian}


def _country_before(analysis: Analysis, span: Span, countries: dict[int, list[tuple[Span, str]]]) -> str | None:
    """The country named last before a body in its sentence (``делегация Чехии … правительство страны``), of
    :func:`_countries_by_sentence`; in a sentence that names no place at all, the one country the sentence right
    before names (``Делегация прибыла в Чехию. Глава МИД страны …``), unless it names it only where trade or travel
    goes (:func:`_object_of_noun`); ``None`` elsewhere."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return None
    sent = tokens[0].sent
    if sent not in countries:
        named = countries.get(sent - 1, ())
        if any(_object_of_noun(analysis, other) for other, _ in named):
            return None  # ``… от поездок в Турцию. Минэкономразвития страны …``: the author's country, not Turkey
        before = {country for _, country in named}
        return before.pop() if len(before) == 1 else None
    named = [(other.start, country) for other, country in countries[sent] if other.end <= span.start]
    return max(named)[1] if named else None


def _object_of_noun(analysis: Analysis, span: Span) -> bool:
    """Whether a country's mention hangs by a preposition on a noun (``поездок в Турцию``, ``экспорт пшеницы в
    Египет``): a country that is only where trade or travel goes, not where the sentence's subject is or arrives
    (``Делегация прибыла в Армению``), nor whose body or delegation speaks (``Делегация Чехии``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    word = next((t for t in tokens if t.head is None or not tokens[0].start <= analysis.tokens[t.head].start
                 <= tokens[-1].start), tokens[0])
    if word.head is None or analysis.tokens[word.head].pos != "NOUN":
        return False
    return any(t.head == word.index and t.rel == "case" for t in analysis.tokens if t.sent == word.sent)


def _named(body: str, country: str, lexicon: OrgLexicon, gazetteer: Gazetteer) -> ResolvedOrg:
    """A foreign body by its name without the place and its country (``МИД``, ``KE``): the name with the
    country's genitive (``Министерство финансов Кении``); one of Russia's dictionary bodies by that body's
    full name and abbreviation for the country (``Министерство иностранных дел Кении``)."""
    ref = lexicon.lookup(body)
    if ref is not None and ref.country == RUSSIA and is_russian(ref.name):
        full = foreign_counterpart(ref.name, country, gazetteer)
        abbr = foreign_counterpart(ref.abbr, country, gazetteer) if ref.abbr else None
        return ResolvedOrg(org_id_for(full), full, abbr, None, country)
    name = f"{body} {gazetteer.genitive(gazetteer.country_names[country])}"
    return ResolvedOrg(org_id_for(name), name, None, None, country)


def place_word(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> tuple[str, bool] | None:
    """The lemma of the word for a place, lower-case, in the genitive singular (``страны``,
    ``республики``), that ends a mention of more words or follows it right after (``Минздрав
    республики``), and whether it is inside the mention; ``None`` without one."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return None
    after = tokens[-1].index + 1
    candidates = [(tokens[-1], True)] if len(tokens) > 1 else []
    if after < len(analysis.tokens) and analysis.tokens[after].sent == tokens[-1].sent:
        candidates.append((analysis.tokens[after], False))
    for token, inside in candidates:
        if not token.text[:1].islower() or token.feat.get("Number") == "Plur" \
                or not gazetteer.morph.has_gram(token.text, "gent"):
            continue
        forms = gazetteer.morph.forms(token.text) & _PLACE_WORDS
        if forms and (inside or token.feat.get("Case") == "Gen"):
            return next(iter(forms)), inside
    return None


def body_without_place(name: str, surface: str) -> str:
    """The name of a body with the word for its place (or Russia) left out: ``МИД республики`` →
    ``МИД``, ``Министерство здравоохранения Российской Федерации`` → ``Министерство здравоохранения``;
    empty for a name that ends otherwise (the body of a place named before)."""
    if is_russian(name):
        return without_russia(name)
    last = surface.split()[-1]
    words = name.split()
    if not words or words[-1].lower() != last.lower():
        return ""  # named after a place already (``МИД Эстонии`` for ``МИД страны``)
    return " ".join(words[:-1])


def _of_type(code: str, word: str, gazetteer: Gazetteer) -> bool:
    """Whether the region ``code`` is of the type a word names (``республики``: a republic; ``региона``: any
    but a federal city)."""
    region = gazetteer.region_by_code.get(code)
    if region is None:
        return False
    return region.type != FEDERAL_CITY if word == _ANY_REGION else region.type in _REGION_WORDS[word]
