"""The rows of the titles stage: POSITION mentions and ``positions`` facts.

For each title what it says (:mod:`.attributes`: its normal form, role, organization, country and region) and its
holder (:mod:`.holders`); one row per statement of a title, a statement that says nothing new flagged ``restated``
(:mod:`.restated`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..morph import fold
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import Gazetteer
from ..records import ORG, PER, POSITION, Mention, OrgEntity, PositionFact, Span
from ..resolve import Resolved, Scope
from .allied import allied_infos
from .appointees import acts_until_filled, is_successor_sought, post_sought, strip_new_of_acting
from .attributes import TitleInfo, describe_title
from .attributes.holders import with_holders_countries, with_holders_regions
from .colleagues import colleague_facts
from .declined import predicate_declined
from .dependents import is_personal_rank
from .elsewhere import holds_elsewhere, of_predecessor, stated_holder
from .former import held_before
from .gapped import gapped_source
from .gapped_bodies import find_gapped_body_facts
from .gapped_regions import find_gapped_region_facts
from .generic import holds_no_post, is_generic
from .grammar import Title, find_titles
from .heading import heading_facts
from .holders import attach_titles
from .lexicon import TitleLexicon
from .listed_lines import listed_holder
from .named_next import named_in_next
from .normalize import feminine_title
from .predicates import appointed_by_noun
from .principal import with_principals
from .protagonist import most_named, protagonist_of
from .quotes import quoted_words
from .referred import refer_back
from .remits import remit_infos
from .resigned_later import with_later_resignations
from .respective import respective_infos
from .restated import flag_restated
from .salience import left_before, new_holder, pointing_back, speaker_goes_on, succeeds
from .scope import visit_scope
from .subjects import antecedent_candidate, continues_subject, subject_title
from .succession import strip_former, with_takeovers
from .tokens import case_of, first_token, index_people
from .trimming import inner_title, join_compounds, trim_title
from .verbs import is_joined_duties


@dataclass(frozen=True, slots=True)
class TitleFacts:
    """What the titles stage adds to a document."""

    mentions: list[Mention]  # POSITION mentions
    facts: list[PositionFact]  # positions rows
    derived_orgs: dict[str, OrgEntity]  # ministries named only through a minister's title, by org_id


def build_positions(
    analysis: Analysis, spans: list[Span], resolved: Resolved, lexicon: TitleLexicon, orgs: OrgLexicon,
    gazetteer: Gazetteer,
) -> TitleFacts:
    """POSITION mentions and ``positions`` rows of one document.

    One row per statement: a title stated again for its holder (``губернатор Орлов`` … ``губернатор
    отметил`` …) is a row of its own, flagged ``restated`` when an earlier row says all it says
    (:func:`.restated.restates`), so that the rows without the flag are one per fact. A title that holds no post
    (:func:`.generic.holds_no_post`: ``кандидат в президенты``, ``известный правозащитник``) and a
    profession beside a post at an organization given to the same name (``председатель союза
    писателей поэт …``) are POSITION mentions with no row.
    """
    readable = _without_bodies_of_people(analysis, spans, lexicon)
    titles = join_compounds(analysis, [trim_title(analysis, t) for t in find_titles(analysis, readable, lexicon)],
                            lexicon)
    persons = [s for s in spans if s.type == PER and s in resolved.entity_of]
    inner = {t: found for t in titles if (found := inner_title(analysis, t, lexicon)) is not None}
    holders: dict[Title, list[Span]] = {}  # a plural title may have several ("губернаторы Орлов и Лаптев")
    ranks = frozenset(t.head for t in titles if is_personal_rank(analysis.tokens[t.head], lexicon))
    for attachment in attach_titles(analysis, titles, readable, persons, lexicon.morph, inner, ranks):
        holders.setdefault(attachment.title, []).append(attachment.person)
    holders, replaced, taken = with_takeovers(analysis, titles, persons, holders, lexicon)
    for title in titles:  # "был режиссёром театра, в 1990 году — главным режиссёром …": the verb left out
        source = gapped_source(analysis, title, titles, holders, lexicon.morph) if title not in holders else None
        if source is not None:
            holders[title], person = holders[source], holders[source][0]
            if source.former or held_before(analysis, source, lexicon.morph) or (source, person) in replaced:
                replaced.add((title, person))
    quoted = quoted_words(analysis)
    _keep_quoted_words(quoted, holders)
    _drop_body_owners(analysis, holders, resolved, lexicon)
    scope = resolved.scope
    visits = _visit_sentences(analysis, lexicon)
    visitors = {resolved.entity_of[p] for p in persons if analysis.tokens_in(p.start, p.end)[0].sent in visits}
    visit_scopes = {sent: visit_scope(analysis, sent, scope, lexicon) for sent in visits}
    infos: dict[Title, TitleInfo] = {}
    generic = {t for t in titles if t not in holders and is_generic(analysis, t, lexicon)}
    # "представители партии президента": the plural speaks of a class, the title it governs of one holder
    governed = [inner[t] for t in generic if t in inner and inner[t] not in holders]
    for title in [*titles, *(t for t in holders if t not in titles), *governed]:
        if title in holders or not (title in generic or is_generic(analysis, title, lexicon)
                                      or _occupation_only(analysis, title, lexicon)
                                      and not pointing_back(analysis, title, lexicon.morph)):
            local = visit_scopes.get(analysis.tokens[title.head].sent, scope)
            infos[title] = describe_title(analysis, title, spans, resolved, lexicon, orgs, gazetteer, local)
    _share_bodies(analysis, infos, holders, lexicon)
    people = index_people(analysis, persons)
    for title in titles:  # "… выбран ректор университета. Им стал Пётр Орлов"
        if title not in holders and ((person := named_in_next(analysis, title, people)) is not None
                                     or (person := listed_holder(analysis, title, people)) is not None):
            holders[title] = [person]
            if title not in infos:
                infos[title] = describe_title(analysis, title, spans, resolved, lexicon, orgs, gazetteer, scope)
    no_antecedent = {t for t in infos if t not in holders and (appointed_by_noun(analysis, t, lexicon.morph)
                                                                or post_sought(analysis, t, lexicon.morph)
                                                                or is_successor_sought(analysis, t, lexicon.morph))}
    # a title a declined predicate gives ("Он может стать мэром") refers back to no one
    no_antecedent |= {t for t in infos if t not in holders and predicate_declined(analysis, t.head, lexicon.morph)}
    for title, info in infos.items():
        if title not in holders and title not in no_antecedent:
            person = antecedent_candidate(analysis, title, persons)
            if person is not None and of_predecessor(analysis, title, lexicon.morph) \
                    and not left_before(analysis, person, lexicon.morph):
                person = None  # "Предыдущий прокурор района скончался": another than the one named before
            if person is not None and (
                    holds_elsewhere(resolved.entity_of[person], info, holders, infos, resolved)
                    and not succeeds(analysis, title, person, lexicon.morph)  # "Ранее … руководил Орлов. Новый …"
                    or _goes_on_untitled(analysis, title, info, person, persons, holders, resolved, lexicon)):
                stated = stated_holder(title, info, holders, infos, resolved)
                same = stated is None or resolved.entity_of[stated] == resolved.entity_of[person]
                holders[title] = [person if same else stated]  # the nearer mention of one holder
    refer_back(analysis, [t for t in infos if t not in no_antecedent], infos, holders, persons, resolved, lexicon)
    for title, info in _protagonist_titles(analysis, titles, infos, holders, persons, resolved, lexicon, quoted,
                                           lambda t: describe_title(analysis, t, spans, resolved, lexicon, orgs,
                                                                    gazetteer, scope)):
        holders[title], infos[title] = info
    for title in titles:
        subject = subject_title(analysis, title, titles) if title not in holders else None
        if subject is not None and len(holders.get(subject, ())) == 1:  # "Тогда будущий министр работала адвокатом"
            holders[title] = holders[subject]
            if title not in infos:
                infos[title] = describe_title(analysis, title, spans, resolved, lexicon, orgs, gazetteer, scope)
    mentions = [Mention(t.start, t.end, POSITION, analysis.text[t.start:t.end], info.position, None)
                for t, info in infos.items()]
    stated: list[tuple[PositionFact, TitleInfo]] = []
    infos.update(allied_infos(analysis, infos, holders, spans, resolved, gazetteer, lexicon))
    abroad = _countries_abroad(analysis, infos, holders, resolved, lexicon)
    respective = respective_infos(analysis, {t: p for t, p in holders.items() if t in infos}, spans, lambda t, s:
                                  describe_title(analysis, t, s, resolved, lexicon, orgs, gazetteer, scope),
                                  lexicon.morph)
    remits = remit_infos(analysis, holders, infos, spans, orgs, gazetteer)  # "министры обороны и финансов X и Y"
    for title, info, person in ((t, respective.get((t, p)) or remits.get((t, p), i), p)
                                for t, i in infos.items() for p in holders.get(t, ())):
        if holds_no_post(analysis, title, lexicon, info.org_id is not None or info.region_code is not None):
            continue
        own_place = (title, person) in respective  # "министры … Германии и России X и Y": Y's is Russia's, stated
        if info.guessed and resolved.entity_of[person] in visitors and not own_place:  # not the country visited
            info = describe_title(analysis, title, spans, resolved, lexicon, orgs, gazetteer, Scope(scope.region, None))
        own = abroad.get(resolved.entity_of[person], set())
        if (info.country is None or info.guessed) and len(own) == 1 and info.country not in own and not own_place:
            # "президент Израиля … в Москве; ранее был министром обороны": the country of the holder's other titles
            own_info = describe_title(analysis, title, spans, resolved, lexicon, orgs, gazetteer, Scope(None, *own))
            info = own_info if own_info.country in own else info
        until_filled = acts_until_filled(analysis, title, lexicon.morph)  # "до избрания нового ректора …"
        position = _holders_position(analysis, title, person, info, lexicon)
        if title.former and (title, person) in taken:  # "бывший министр X …, на её место назначен Y": Y's post
            position = strip_former(position, lexicon)
        stated.append((PositionFact(
            person_id=resolved.entity_of[person],
            position=strip_new_of_acting(position, lexicon.morph)  # "вместо Зориной новым министром стал …": hers
            if until_filled or (title, person) in replaced else position,
            role=info.role, org_id=info.org_id,
            region_code=info.region_code, start=title.start, end=title.end, person_start=person.start,
            person_end=person.end, country=info.country,
            acting=title.acting or until_filled or is_joined_duties(analysis, title),  # "…, начальника … назначен"
            former=(title, person) in replaced or (title, person) not in taken  # "… и назначил на её место X"
            and (title.former or held_before(analysis, title, lexicon.morph)),
        ), info))
    stated = sorted([*stated, *heading_facts(analysis, spans, persons, people, resolved, lexicon, gazetteer, stated),
                     *find_gapped_region_facts(analysis, spans, people, resolved, stated),
                     *find_gapped_body_facts(analysis, spans, people, resolved, stated)],
                    key=lambda pair: pair[0].start)
    unheld = [(PositionFact("", i.position, i.role, i.org_id, i.region_code, t.start, t.end, t.start, t.end,
                            country=i.country, former=t.former), i) for t, i in infos.items()
              if t not in holders and i.region_code is None and not t.former]  # a country's post, held now
    stated = sorted([*stated, *colleague_facts(analysis, spans, persons, resolved, lexicon.morph, gazetteer, stated,
                                                    [(t.start, t.end) for t in titles], unheld)],
                    key=lambda pair: pair[0].start)
    stated = with_principals(analysis, stated, persons, resolved, lexicon)
    stated = with_holders_regions(stated)  # "мэр Энска … покидающий пост мэр": the mayor of Энск's region
    stated = with_holders_countries(stated)  # "министр Заморья … бывший глава президентской администрации"
    stated = with_later_resignations(analysis, stated, persons, resolved, lexicon.posts, lexicon.head_lemma,
                                     lexicon.morph)  # "Директор Орлов … Вечером Орлов ушёл в отставку"
    ranks = lexicon.military | lexicon.clergy_ranks
    occupations = {t.start for t in infos
                   if (lemma := lexicon.head_lemma(analysis.tokens[t.head].text)) in lexicon.professions
                   and lemma not in ranks}
    facts = [fact for fact, _ in stated]
    kept = [(fact, info) for fact, info in stated if not _beside_post(analysis.text, fact, facts, occupations)]
    return TitleFacts(mentions, flag_restated(analysis, kept), _derived_ministries(kept, resolved))


def _countries_abroad(analysis: Analysis, infos: dict[Title, TitleInfo], holders: dict[Title, list[Span]],
                      resolved: Resolved, lexicon: TitleLexicon) -> dict[str, set[str]]:
    """The foreign countries the posts of each holder state (``президент Израиля``; not a post only run for,
    ``выдвинул на должность посла в Китае``, nor where an envoy serves, ``посол в Китае``), by entity: a title of
    the same holder that states none is of that country when it is the only one."""
    out: dict[str, set[str]] = {}
    for title, info in infos.items():
        placed = info.org_id is not None or info.region_code is not None
        if info.country is not None and not info.guessed and not info.stationed \
                and not holds_no_post(analysis, title, lexicon, placed):
            for person in holders.get(title, ()):
                out.setdefault(resolved.entity_of[person], set()).add(info.country)
    return out


def _derived_ministries(stated: list[tuple[PositionFact, TitleInfo]], resolved: Resolved) -> dict[str, OrgEntity]:
    """Ministries named only through a minister's title (``министр финансов``), by org_id."""
    return {info.ministry.org_id: info.ministry for _, info in stated
            if info.ministry is not None and info.ministry.org_id not in resolved.orgs}


def _share_bodies(analysis: Analysis, infos: dict[Title, TitleInfo], holders: dict[Title, list[Span]],
                  lexicon: TitleLexicon) -> None:
    """``генеральный директор и совладелец компании «Вектор»``: the head of a body (the ``office`` group) with no
    dependents joined by ``и`` to a title of the same holder that names an organization heads that one (not a
    profession, ``писатель и журналист газеты``, nor a minister, ``министр и депутат Думы``; nor a minister's
    ministry, ``премьер-министр и министр финансов``: the head of a government heads no ministry)."""
    ordered = sorted(infos, key=lambda t: t.start)
    for a, b in zip(ordered, ordered[1:]):
        first, second = infos[a], infos[b]
        if not first.bare or first.org_id is not None or second.org_id is None or not holders.get(a) \
                or holders.get(a) != holders.get(b) or analysis.text[a.end:b.start].strip() != "и" \
                or second.role == "министр" \
                or lexicon.head_lemma(analysis.tokens[a.head].text) not in lexicon.offices:
            continue
        infos[a] = replace(first, org_id=second.org_id, region_code=first.region_code or second.region_code,
                           country=first.country or second.country, ministry=second.ministry)


def _drop_body_owners(analysis: Analysis, holders: dict[Title, list[Span]], resolved: Resolved,
                      lexicon: TitleLexicon) -> None:
    """A title of one who serves a body (the ``serving`` group: ``представитель партии``, ``член движения``)
    right before the bare surname of someone the document gives the head of a body (``лидер``, the ``office``
    group: ``глава движения … Орлов``): the surname names whose the body is (``представитель партии Орлова``, a name
    that may not decline), not who serves it; the title keeps no such holder."""
    tokens = analysis.tokens
    heads = lexicon.offices | {"лидер"}
    leaders = {resolved.entity_of[p] for t, people in holders.items() for p in people
               if lexicon.head_lemma(tokens[t.head].text) in heads}
    for title in [t for t in holders if lexicon.head_lemma(tokens[t.head].text) in lexicon.serving]:
        last = tokens[title.last]
        # "представитель партии Орлова", or a bare title of one who serves a person: "советника Орлова"
        if title.last != title.head and (last.pos != "NOUN" or case_of(last) != "Gen" or not last.text.islower()):
            continue
        kept = [p for p in holders[title] if not (
            resolved.entity_of[p] in leaders and p.start >= title.end and not analysis.text[title.end:p.start].strip()
            and _may_be_genitive(analysis.tokens_in(p.start, p.end), lexicon))]
        if kept:
            holders[title] = kept
        else:
            del holders[title]


def _may_be_genitive(words: list, lexicon: TitleLexicon) -> bool:
    """A name of one word that may be a genitive: so read by the dictionary, or one it does not decline or
    know (``Орлова``, ``Нгуги``; not ``Орлов``)."""
    if len(words) != 1:
        return False
    parses = lexicon.morph.parses(fold(words[0].text))
    return not parses or any(p.tag.case == "gent" or "Fixd" in p.tag or not p.is_known for p in parses)


def _keep_quoted_words(quoted: list[tuple[int, int]], holders: dict[Title, list[Span]]) -> None:
    """A title inside quoted words (``исполнять обязанности главы «до … вступления в должность первого главы
    округа»``) is held by no one outside the quote."""
    for start, end in quoted:
        for title in [t for t in holders if start <= t.start and t.end <= end]:
            holders[title] = [p for p in holders[title] if start <= p.start and p.end <= end]
            if not holders[title]:
                del holders[title]


def _without_bodies_of_people(analysis: Analysis, spans: list[Span], lexicon: TitleLexicon) -> list[Span]:
    """The spans a title is read among: an organization that holds a person (``пресс-служба губернатора
    Петра Орлова``) or is only a title and its adjectives (``Святейшего Патриарха``, a person taken for a body)
    leaves its words to the title and the name inside it."""
    people = [s for s in spans if s.type == PER]
    return [s for s in spans if s.type != ORG or not any(s.contains(p) for p in people)
            and not _only_a_title(analysis.words_in(s.start, s.end), lexicon)]


def _only_a_title(words, lexicon: TitleLexicon) -> bool:
    """Words that are a title's head after adjectives only (``Святейшего Патриарха``)."""
    return bool(words) and lexicon.title_lemma(words[-1].text) in lexicon.titles \
        and all(w.pos == "ADJ" or lexicon.morph.has_gram(w.text, "ADJF") for w in words[:-1])


def _visit_sentences(analysis: Analysis, lexicon: TitleLexicon) -> set[int]:
    """The sentences that speak of a visit (``прибыл в``, ``визит``): whoever they name is not presumed to be
    of the country the document is about."""
    return {t.sent for t in analysis.tokens
            if t.pos in ("VERB", "NOUN") and lexicon.morph.forms(t.text) & lexicon.visits}


def _occupation_only(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A bare occupation with no holder (``чиновник подчеркнул``): a class of people more than a title."""
    lemma = lexicon.head_lemma(analysis.tokens[title.head].text)
    return title.last == title.head and lemma not in lexicon.posts


def _holders_position(analysis: Analysis, title: Title, person: Span, info: TitleInfo, lexicon: TitleLexicon) -> str:
    """A title's nominative for one holder: a plural title given to a woman is in the feminine (``народные
    артисты: …, Анна Котова`` → ``народная артистка``)."""
    tokens = analysis.tokens
    if tokens[title.head].feat.get("Number") != "Plur" \
            or tokens[first_token(analysis, person)].feat.get("Gender") != "Fem":
        return info.position
    return feminine_title(info.position, lexicon)


def _beside_post(text: str, fact: PositionFact, facts: list[PositionFact], occupations: set[int]) -> bool:
    """A profession at no organization or region given to a name that a title at an organization is given
    too (``председатель совета муфтиев шейх …``, ``директор театра хореограф …``; ``occupations``: where
    the titles of professions start, a military or a church's rank not among them): the post says what the holder is
    there, the profession only who they are. A post held before says nothing of the kind (``X, в прошлом
    футболист «…», стал тренером``), nor one stated after the profession (``назначил тренера X ректором``), nor
    a profession at an organization (``ведущая программы «Вечер» журналистка X``: both are what X does), nor one
    apart from the post (``В его списке работа прокурором округа. Позже работал адвокатом``: one after another)."""
    return fact.start in occupations and fact.org_id is None and fact.region_code is None and any(
        other.org_id is not None and not other.former and other.end <= fact.start and other.start not in occupations
        and not text[other.end:fact.start].strip(" ,") and (other.person_start, other.person_id)
        == (fact.person_start, fact.person_id) for other in facts)


def _goes_on_untitled(analysis: Analysis, title: Title, info: TitleInfo, person: Span, persons: list[Span],
                      holders: dict[Title, list[Span]], resolved: Resolved, lexicon: TitleLexicon) -> bool:
    """A title with dependents that opens the next sentence as its subject, after a person named there with no
    title (:func:`.subjects.continues_subject`: ``Пётр Орлов пообещал … Глава государства рассказал …``), or a bare
    one a speaker goes on saying under (:func:`.salience.speaker_goes_on`: ``… — сказал Орлов. Гендиректор добавил``). A
    person the text has titled already is not presumed to take another title (``Мэр Пётр Орлов предложил …
    Губернатор поддержал …``: two people), nor is one who left a post the new holder a title presents
    (:func:`.salience.new_holder`: ``Пётр Орлов ушёл в отставку. Новый мэр города будет назначен позже``)."""
    holder = resolved.entity_of[person]
    return (not info.bare or speaker_goes_on(analysis, title, person, holders, lexicon.morph)) \
        and continues_subject(analysis, title, person, persons, resolved.entity_of) \
        and not new_holder(analysis, title, person, lexicon.morph) \
        and not any(holder in {resolved.entity_of[p] for p in named} for named in holders.values())


def _protagonist_titles(analysis: Analysis, titles: list[Title], infos: dict[Title, TitleInfo],
                        holders: dict[Title, list[Span]], persons: list[Span], resolved: Resolved,
                        lexicon: TitleLexicon, quoted: list[tuple[int, int]],
                        describe) -> list[tuple[Title, tuple[list[Span], TitleInfo]]]:
    """Occupations with no holder that speak of the document's protagonist (:func:`.protagonist.protagonist_of`:
    ``В Твери умер Пётр Орлов. Композитору было 80 лет.``), each with its holder and what it says (``describe``):
    not one of a class of people, one in quoted words, nor one a noun of appointing or a declined predicate gives;
    the protagonist holds no title yet (``полузащитник Пётр Орлов … 30-летнего футболиста`` only describes again
    what the text said). A post is left to the rules of restatement."""
    titled = {resolved.entity_of[person] for people in holders.values() for person in people}
    main = most_named(persons, resolved)
    if main is None or main in titled:
        return []  # no one named most, or the one named most holds a title already
    found = []
    for title in titles:
        lemma = lexicon.head_lemma(analysis.tokens[title.head].text)
        if title in holders or lemma not in lexicon.professions or is_generic(analysis, title, lexicon) \
                or any(start <= title.start and title.end <= end for start, end in quoted) \
                or appointed_by_noun(analysis, title, lexicon.morph) \
                or predicate_declined(analysis, title.head, lexicon.morph):
            continue
        person = protagonist_of(analysis, title, persons, resolved, lexicon, main)
        if person is not None and resolved.entity_of[person] not in titled:
            found.append((title, ([person], infos.get(title) or describe(title))))
    return found
