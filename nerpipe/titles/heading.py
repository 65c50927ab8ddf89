"""A post stated by a verb of heading a body: ``возглавила министерство здравоохранения`` (its minister),
``Департамент культуры возглавит Анна Котова``, ``Олег Лапин, руководивший управлением …`` (its head, then).

No title word is written, so the row's title is made from the body: a ministry's head is its minister
(``министр здравоохранения области``), any other body's its head (``руководитель департамента культуры``);
its span runs over the verb and the body. Only a body the text names (an ORG span) right beside the verb,
and a holder who is the verb's subject or the name a participle of it describes."""

from __future__ import annotations

from dataclasses import dataclass

from ..inflect import nominative
from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..places import RUSSIA, Gazetteer, foreign_country
from ..records import LOC, ORG, PositionFact, Span
from ..resolve import Resolved, implied_org
from ..resolve.russia_names import without_russia
from ..resolve.syntax import span_heads
from .attributes import TitleInfo, is_ministry
from .declined import negated
from .heading_gapped import gapped_bodies
from .lexicon import TitleLexicon
from .normalize import genitive_phrase
from .subjects import pronoun_antecedent
from .tokens import People

HEADING_VERBS = frozenset({"возглавить", "возглавлять", "руководить"})
# imperfective: a body one headed in the past ("возглавлял", "руководившая") is a post held then
_HELD_THEN = frozenset({"возглавлять", "руководить"})
_CEASING = frozenset({"перестать", "переставать", "прекратить", "прекращать"})  # "перестал руководить …"
_MINISTRY = "министерство"


@dataclass(frozen=True, slots=True)
class Heading:
    """A verb of heading, the body it names and the one who heads it."""

    verb: int  # the verb's token
    body: Span  # the body's ORG span
    person: Span
    named: tuple[int, int]  # the words that name the body: its span and a place right after it ("Минздрав Коми")
    former: bool  # headed in the past (an imperfective verb in the past)
    start: int  # the span of the verb and the body, the row's title span
    end: int


def heading_verbs(analysis: Analysis, morph: Morph) -> list[Token]:
    """The verbs of heading of a text that state a post (:func:`_states_post`), in one pass over its tokens."""
    return [t for t in analysis.tokens if morph.lemma(t.text) in HEADING_VERBS
            and (_states_post(analysis, t) or headed_no_more(analysis, t, morph))]


def headed_no_more(analysis: Analysis, verb: Token, morph: Morph) -> bool:
    """An infinitive of heading that says the post is left: under a verb of ceasing (``перестал руководить
    министерством``), not a negated one (``не перестал руководить``: still heads it), or after ``не будет
    больше`` (``больше не будет руководить``)."""
    tokens = analysis.tokens
    if verb.feat.get("VerbForm") != "Inf":
        return False
    if verb.head is not None and verb.rel == "xcomp" and morph.lemma(tokens[verb.head].text) in _CEASING:
        return not negated(analysis, verb.head)
    words = {fold(t.text) for t in tokens[max(0, verb.index - 3): verb.index] if t.sent == verb.sent}
    return {"не", "больше"} <= words and bool(words & {"будет", "будут"})


def find_headings(analysis: Analysis, spans: list[Span], persons: list[Span], people: People, morph: Morph,
                  verbs: list[Token]) -> list[Heading]:
    """Each verb of heading (``verbs``: :func:`heading_verbs`) with its body beside it and its holder
    (``people``: ``persons`` indexed, for a pronoun's antecedent and the holders of a list)."""
    found = []
    tokens = analysis.tokens
    bodies = [s for s in spans if s.type == ORG]
    places = [s for s in spans if s.type == LOC]
    for token in verbs:
        lemma = morph.lemma(token.text)
        body, named = _body_beside(analysis, token, bodies, places)
        ceased = headed_no_more(analysis, token, morph)
        subject = tokens[token.head] if ceased and token.rel == "xcomp" else token  # "Орлов перестал руководить"
        person = _holder(analysis, subject, persons) if body is not None else None
        if body is not None and person is None:
            pronoun = _subject_pronoun(analysis, token)  # "Министерство он возглавил в 2018 году"
            person = pronoun_antecedent(analysis, pronoun, people) if pronoun is not None else None
        if body is None or person is None or body.overlaps(person):
            continue
        former = ceased or lemma in _HELD_THEN and _past(token, morph)
        found.append(Heading(token.index, body, person, named, former, min(token.start, named[0]),
                             max(token.end, named[1])))
        if named[1] <= token.start:  # "Минздрав возглавила Котова, Минюст — Орлов": the list after the holder
            listed = gapped_bodies(analysis, token.sent, person, bodies, people.by_first)
            found.extend(Heading(token.index, other, holder, (other.start, other.end), former, other.start, other.end)
                         for other, holder, _, _ in listed)
    return found


def heading_title(analysis: Analysis, heading: Heading, lexicon: TitleLexicon, body_name: str) -> tuple[str, str]:
    """The title and role a heading states: ``министр здравоохранения области``, ``министр``;
    ``руководитель департамента культуры``, ``руководитель департамента``; ``руководитель Минздрава края``,
    ``министр`` (``body_name``: the name of the body, whether it is a ministry)."""
    morph = lexicon.morph
    words = analysis.tokens_in(*heading.named)
    if morph.lemma(words[0].text) == _MINISTRY and len(words) > 1:
        rest = analysis.text[words[1].start: heading.named[1]]
        return f"министр {rest}", "министр"
    named = nominative([t.word() for t in words], morph, number="sing")
    first = words[0].text
    if analysis.starts_sentence(words[0].index) and _common_noun(first, morph):
        named = named[:1].lower() + named[1:]  # "Департамент культуры возглавит …": a capital of the sentence
    if first[:1].isalpha() and not (first.isupper() and len(first) > 1):
        named = genitive_phrase(named, morph)  # "Городская больница" → "Городской больницы"; not "АО", «…»
    noun = next((k for k, t in enumerate(words) if t.pos in ("NOUN", "PROPN")), 0)  # the body's kind
    ministry = is_ministry(body_name) or morph.lemma(words[noun].text) == _MINISTRY or is_ministry(words[noun].text)
    role = "министр" if ministry else "руководитель"
    if role != "министр" and lexicon.is_unit(words[noun].text):
        role = f"руководитель {fold(named.split()[noun])}"
    return f"руководитель {named}", role


def _common_noun(word: str, morph: Morph) -> bool:
    """A noun that is no name of its own (``департамент``; not ``Газпром``, ``Ростов``)."""
    parses = morph.parses(fold(word))
    return bool(parses) and parses[0].tag.POS == "NOUN" and not {"Orgn", "Geox", "Name", "Surn"} & set(
        str(parses[0].tag).replace(" ", ",").split(","))


def _states_post(analysis: Analysis, verb: Token) -> bool:
    """A finite verb or a participle, not negated: not an infinitive (``предложили возглавить``), not
    ``не возглавил``."""
    feats = verb.feat
    aux = _future_aux(analysis, verb)
    if (feats.get("VerbForm") == "Inf" or verb.text.lower().endswith(("ть", "ться"))) and aux is None:
        return False  # "будет руководить": a future, said as a post
    start = aux or verb.index  # "не будет руководить": negated before the auxiliary
    before = analysis.tokens[start - 1] if start else None
    return before is None or before.sent != verb.sent or fold(before.text) != "не"


def _body_beside(analysis: Analysis, verb: Token, bodies: list[Span], places: list[Span]
                 ) -> tuple[Span | None, tuple[int, int]]:
    """The body named right after the verb, or right before it (``Минздрав края возглавила …``), with the place
    written right after it (``Минздрав Коми``): the body and the offsets of the words that name it."""
    antecedent = _relative_antecedent_end(analysis, verb)
    opening = _future_aux(analysis, verb) or verb.index  # "Минюстом будет руководить …"
    for body in bodies:
        inside = analysis.tokens_in(body.start, body.end)
        if not inside or inside[0].sent != verb.sent:
            continue
        after = analysis.token_after(body.end)
        place = next((p for p in places if after is not None and after.start == p.start), None)
        end = place.end if place is not None else body.end
        last = analysis.tokens_in(body.start, end)[-1]
        before = opening - 1
        while before > last.index and analysis.tokens[before].pos == "ADV":
            before -= 1  # "Министерство по-прежнему возглавляет …"
        if (inside[0].index == verb.index + 1 or last.index == before) and not _dependent(inside):
            return body, (body.start, end)
        if last.index == antecedent:
            return body, (body.start, end)  # "Инспекция, которой руководит …": whatever the body's case
    return None, (0, 0)


def _future_aux(analysis: Analysis, verb: Token) -> int | None:
    """``будет``/``будут`` right before an infinitive of heading (``будет руководить``): its token, or None."""
    before = verb.index - 1
    tokens = analysis.tokens
    if before < 0 or tokens[before].sent != verb.sent or fold(tokens[before].text) not in ("будет", "будут") \
            or verb.feat.get("VerbForm") != "Inf":
        return None
    return before


def _relative_antecedent_end(analysis: Analysis, verb: Token) -> int | None:
    """The token before the comma that opens a relative clause whose pronoun is the verb's object, right before
    it (``…, которым руководит``, ``…, которую возглавляет``), or ``None``."""
    tokens = analysis.tokens
    pronoun = verb.index - 1
    if pronoun < 2 or not fold(tokens[pronoun].text).startswith("котор") or tokens[pronoun].sent != verb.sent \
            or tokens[pronoun - 1].text != ",":
        return None
    return pronoun - 2


def _dependent(inside: list[Token]) -> bool:
    """A body in the genitive, the dative or the prepositional: a dependent of another word (``Управление делами
    генерального директора компании «Вектор» возглавил …``), not what the verb is said of."""
    tops = [t for t in inside if t.head is None or not inside[0].index <= t.head <= inside[-1].index]
    return bool(tops) and tops[0].feat.get("Case") in ("Gen", "Dat", "Loc")


def _holder(analysis: Analysis, verb: Token, persons: list[Span]) -> Span | None:
    """The name that is the verb's subject, or that a participle of it describes (``Анна Котова,
    возглавлявшая …``, ``возглавлявший ведомство Олег Лапин``), or in apposition to a noun subject
    (``Министерство возглавил депутат Думы Олег Лапин``)."""
    participle = verb.feat.get("VerbForm") == "Part" or verb.rel in ("acl", "amod")
    start, stop = analysis.sentences[verb.sent]
    nouns = {t.index for t in analysis.tokens_in(start, stop) if t.head == verb.index and t.rel == "nsubj"
             and t.pos == "NOUN"}
    # "Орлов будет министром, а профессор Глеб Лаптев возглавит министерство": a noun after "а" the parser hangs
    # on the verb as a conjunct is the verb's own clause's subject, the subject it gives is the clause's before
    opened = [t.index for t in analysis.tokens_in(start, stop) if t.head == verb.index and t.rel == "conj"
              and t.pos == "NOUN" and 0 < t.index < verb.index and fold(analysis.tokens[t.index - 1].text) == "а"]
    if opened:
        start, nouns = analysis.tokens[opened[0]].start, set(opened)
    for person in persons:
        if person.end <= start or person.start >= stop:
            continue
        inside = analysis.tokens_in(person.start, person.end)
        if not inside or inside[0].sent != verb.sent:
            continue
        indices = {t.index for t in inside}
        if participle and verb.head in indices:
            return person
        if not participle and any(t.head == verb.index and t.rel == "nsubj" for t in inside):
            return person
        if not participle and inside[0].rel == "appos" and inside[0].head in nouns \
                and inside[0].feat.get("Case") == analysis.tokens[inside[0].head].feat.get("Case"):
            return person
    return None


def _object_of(analysis: Analysis, verb: Token, span: Span) -> bool:
    """Whether a span is the verb's own object (or the subject of a passive): the word that heads it hangs on the
    verb as ``obj``/``nsubj:pass`` with no preposition (``Тверскую область возглавил``; not ``делегацию в
    Тверскую область возглавил``); a bare instrumental (``областью руководил``) is its object too."""
    inside = analysis.tokens_in(span.start, span.end)
    tops = span_heads(analysis, span)
    return len(tops) == 1 and tops[0].head == verb.index and tops[0].rel in ("obj", "obl", "iobj", "nsubj:pass") \
        and not (inside[0].index and analysis.tokens[inside[0].index - 1].pos == "ADP")


def _subject_pronoun(analysis: Analysis, verb: Token) -> int | None:
    """The pronoun that is the verb's subject, if any."""
    return next((t.index for t in analysis.tokens_in(*analysis.sentences[verb.sent]) if t.head == verb.index
                 and t.rel == "nsubj" and t.pos == "PRON"), None)


def _region(heading: Heading, org, resolved: Resolved) -> str | None:
    """The body's region, else the region of the place written after it (``Минздрав Коми``)."""
    if org is not None and org.region_code is not None:
        return org.region_code
    place = next((p for span, p in resolved.place_of.items()
                  if p is not None and heading.body.end <= span.start and span.end <= heading.named[1]), None)
    return place.region_code if place is not None and place.country_code in (None, "RU") else None


def sentence_of(analysis: Analysis, start: int, end: int) -> int:
    """The sentence of the first token of the span ``start``, ``end``."""
    return analysis.tokens_in(start, end)[0].sent


def _past(verb: Token, morph: Morph) -> bool:
    """A verb or participle in the past: ``возглавлял``, ``руководившая``."""
    if verb.feat.get("Tense") == "Past":
        return True
    return morph.has_gram(verb.text, "past")


Stated = list[tuple[PositionFact, TitleInfo]]


def heading_facts(analysis: Analysis, spans: list[Span], persons: list[Span], people: People, resolved: Resolved,
                  lexicon: TitleLexicon, gazetteer: Gazetteer, stated: Stated) -> Stated:
    """The rows the verbs of heading state, but a body a holder's written title already gives him in that
    sentence or before it (``возглавил министерство, став министром``); a title of a later sentence that refers
    back to it (``… возглавил службу. Новый глава ведомства …``) leaves the heading its row."""
    out = []
    verbs = heading_verbs(analysis, lexicon.morph)
    for heading in find_headings(analysis, spans, persons, people, lexicon.morph, verbs):
        person_id = resolved.entity_of.get(heading.person)
        org_id = resolved.entity_of.get(heading.body)
        sent = analysis.tokens[heading.verb].sent
        if person_id is None or any(f.person_id == person_id and f.org_id == org_id
                                    and sentence_of(analysis, f.start, f.end) <= sent for f, _ in stated):
            continue
        org = resolved.orgs.get(org_id) if org_id is not None else None
        position, role = heading_title(analysis, heading, lexicon, org.name if org else "")
        substance = frozenset(lexicon.morph.lemma(t.text) for t in analysis.tokens_in(*heading.named)
                              if t.text[:1].isalnum())
        region, ministry = _region(heading, org, resolved), None
        if org is not None and org.region_code is None and region is not None and org.country in (None, RUSSIA):
            # "Минздрав Коми возглавила …": the region's ministry, not Russia's of the same name
            ministry = implied_org(f"{without_russia(org.name)} {gazetteer.region_genitive(region)}", None, region)
            org_id = ministry.org_id
        info = TitleInfo(position, role, org_id, region, foreign_country(org.country) if org else None, ministry,
                         substance)
        out.append((PositionFact(
            person_id=person_id, position=position, role=role, org_id=org_id, region_code=info.region_code,
            start=heading.start, end=heading.end, person_start=heading.person.start, person_end=heading.person.end,
            former=heading.former, country=info.country), info))
    return out + _region_headings(analysis, spans, persons, resolved, lexicon, gazetteer, [*stated, *out], verbs)


def _region_headings(analysis: Analysis, spans: list[Span], persons: list[Span], resolved: Resolved,
                     lexicon: TitleLexicon, gazetteer: Gazetteer, stated: Stated, verbs: list[Token]) -> Stated:
    """A verb of heading whose object (or subject, of a passive) is a federal subject the text names right
    beside it, with no preposition (``Тверскую область возглавил Пётр Орлов``, ``возглавлявший область``): its
    head, ``глава Тверской области``; not a place another noun governs (``делегацию в Тверскую область
    возглавил …``), a city or a country, nor a holder a title of that region already gives in that sentence or
    before it (``verbs``: :func:`heading_verbs`)."""
    out = []
    morph = lexicon.morph
    places = [s for s in spans if s.type == LOC]
    for token in verbs:
        place, named = _body_beside(analysis, token, places, [])
        if place is None or not _object_of(analysis, token, place):
            continue
        found = resolved.place_of.get(place)
        if found is None or found.category != "federal_subject" or found.region_code is None:
            continue
        person = _holder(analysis, token, persons)
        person_id = resolved.entity_of.get(person) if person is not None else None
        sent = token.sent
        if person_id is None or any(f.person_id == person_id and f.region_code == found.region_code
                                    and sentence_of(analysis, f.start, f.end) <= sent for f, _ in stated):
            continue
        position = f"глава {gazetteer.region_genitive(found.region_code)}"
        substance = frozenset(morph.lemma(t.text) for t in analysis.tokens_in(*named) if t.text[:1].isalnum())
        info = TitleInfo(position, "глава", None, found.region_code, None, None, substance)
        out.append((PositionFact(
            person_id=person_id, position=position, role="глава", org_id=None, region_code=found.region_code,
            start=min(token.start, named[0]), end=max(token.end, named[1]), person_start=person.start,
            person_end=person.end, former=morph.lemma(token.text) in _HELD_THEN and _past(token, morph)), info))
    return out
