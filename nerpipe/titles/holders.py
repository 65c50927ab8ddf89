"""Who holds a title: the name the text puts beside it.

- before the name: ``министр культуры края Пётр Орлов``, also across a short
  phrase that continues the title (``глава делегации на встрече Глеб Лаптев``);
- after it, in commas, dashes or brackets: ``Пётр Орлов, директор по науке …,`` (:mod:`.preceding`);
- in a list of names a plural title counts (:mod:`.among`): ``среди артистов были …``;
- in coordinated and stacked titles (:mod:`.sharing`): ``основатель фонда «…», член совета … Анна
  Зорина``; and in signatures (a name and a title on one line, or on two);
- through a predicate (:mod:`.predicates`);
- back to the person last named, for a title with no name
  (:func:`.predicates.antecedent_candidate`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..morph import Morph, fold, plural_noun
from ..ner import Analysis
from ..records import LOC, ORG, Span
from ..resolve.locations import _NAMED_AFTER as NAMED_AFTER
from ..text import DASHES
from .agreement import (
    agrees,
    case_word,
    cases_clash,
    holds_governed_name,
    owner_after_oblique,
    owner_in_gap,
    owner_in_title,
    plural_head,
    singular_before_genitive,
    woman_subject,
)
from .among import names_among, opens_list_item
from .appointees import made_by_appointing, made_by_naming_noun, named_to_post
from .conferred import conferred_on
from .dependents import PREPS_ALWAYS
from .gapped import listed_holder
from .grammar import Title, acting_verb
from .laid_on import laid_on
from .lexicon import PERSONS_SERVERS
from .one_of import one_of_holder
from .participial import participial_holder
from .preceding import name_list, person_before, reads_on
from .predicates import predicate_person
from .principal import deputy_of_named
from .set_off import name_after_dash, name_after_one_of, name_in_commas, name_past_apposition, tokens_after
from .sharing import closes_apposition, in_gap, share_backward, share_coordinated, share_forward
from .titled_lists import find_titled_list_rest
from .tokens import (
    People,
    case_of,
    dictionary_case,
    first_token,
    genitive_name,
    index_cover,
    index_people,
    last_token,
)

_MAX_GAP = 6  # tokens between a title and the name it belongs to ("глава делегации на переговорах …")


@dataclass(frozen=True, slots=True)
class Attachment:
    title: Title
    person: Span


def attach_titles(
    analysis: Analysis, titles: list[Title], spans: list[Span], persons: list[Span], morph: Morph,
    inner: dict[Title, Title] | None = None, ranks: frozenset[int] = frozenset(),
) -> list[Attachment]:
    """Link titles to the people the text gives them to (``spans``: every entity span, for the gaps).

    ``inner`` maps a title to the title it governs (``помощник президента`` → ``президента``): a name
    in the genitive right after the outer title holds the inner one (``помощник президента Петра
    Орлова``), and the outer title stays without that holder. ``ranks``: the heads of the titles that are
    personal ranks (``генерал-майора``).
    """
    people = index_people(analysis, persons)
    cover = index_cover(analysis, spans)
    in_title = {i for t in titles for i in range(t.first, t.last + 1)}
    out: dict[int, Span] = {}  # title index -> person
    inner_out: list[Attachment] = []
    conferred: dict[int, list[Span]] = {}  # a rank after "звание": its holders, whoever stands beside it
    for index, title in enumerate(titles):
        ranked = conferred_on(analysis, title, people, morph)
        if ranked is not None:
            conferred[index] = ranked
            continue
        governed = (inner or {}).get(title)
        person = laid_on(analysis, title, people, in_title) or named_to_post(analysis, title, people, morph) \
            or participial_holder(analysis, title, people, morph) \
            or person_after(analysis, title, people, in_title, cover, morph, governed is not None)
        if isinstance(person, _Governed):
            # "директор конкурса пианистов Петра Орлова": a plural inner title names no one name (the contest's)
            if not plural_head(analysis.tokens[governed.head], morph) or _starts_list(analysis, person.person, people):
                inner_out.append(Attachment(governed, person.person))
            person = _name_after_governed(analysis, title, person.person, people, morph)
        if person is not None:
            out[index] = person
    share_forward(analysis, titles, out, morph, ranks)
    for index in conferred:  # "…, которому присвоено звание генерала, а также начальник Пётр Орлов": not his
        out.pop(index, None)
    titled = set(out.values())
    for index, title in enumerate(titles):
        if index in out or index in conferred:
            continue
        person = person_before(analysis, title, people, morph) or listed_holder(analysis, title, titles, people, morph)
        # in a list "title Name, title Name, …" a title after a titled name opens the next item
        if person is not None and (person not in titled or closes_apposition(analysis.text, title)
                                   or _after_dash(analysis, title)):
            out[index] = person
    share_backward(analysis, titles, out)
    holders = {titles[i].first: p for i, p in out.items()}
    for index, title in enumerate(titles):
        if index in out or index in conferred:
            continue
        person = predicate_person(analysis, title, people, holders, morph, in_title)
        if person is not None:
            out[index] = person
            share_coordinated(analysis, titles, index, out, morph, people, conferred)
    listed = [Attachment(titles[i], other) for i, p in sorted(out.items())
              if _plural(analysis, titles[i], p, people, morph)
              for other in _listed_with(analysis, p, titles[i], people)
              or find_titled_list_rest(analysis, p, titles[i], people, in_title, morph)]
    among = [Attachment(t, p) for i, t in enumerate(titles) if i not in out and i not in conferred
             for p in names_among(analysis, t, people, in_title)]
    ranks = [Attachment(titles[i], p) for i, ranked in sorted(conferred.items()) for p in ranked]
    return [Attachment(titles[i], p) for i, p in sorted(out.items())] + listed + among + ranks + inner_out


def _after_dash(analysis: Analysis, title: Title) -> bool:
    """``дипломат Пётр Орлов — министр иностранных дел у Лаптева``: a title after a dash is said of the name
    before it, titled or not (a list of titled names goes on after a comma)."""
    return title.first > 0 and analysis.tokens[title.first - 1].text in DASHES


def _plural(analysis: Analysis, title: Title, person: Span, people: People, morph: Morph) -> bool:
    """A plural title: the tagger's plural or a form the dictionary has in the plural only (``зампредам``), or,
    for a title of one word or of coordinated dependents that opens its sentence or an item of a list
    (:func:`.among.opens_list_item`) right before a list of names in the nominative, a head the dictionary also has as a
    nominative plural (``Директора Пётр Орлов и Анна Зорина подписали``, ``…: рэпер Пётр Орлов, певицы Анна Зорина и
    Ольга Котова``, ``Главы МИД Ивании и Лотарии Пётр Орлов и Карл Вейденау``, where the tagger may read a genitive
    singular; not ``Президенты Ивании Пётр Орлов и …``, a title of one country)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if plural_noun(head, morph, folded=True):
        return True  # "зампредам": a form the dictionary has in the plural only, whatever the tagger reads
    coordinated = any(fold(t.text) == "и" for t in tokens[title.head + 1: title.last + 1])  # "Главы МИД X и Y"
    if title.last != title.head and not coordinated \
            or not (analysis.starts_sentence(title.first) or opens_list_item(analysis, title.first)) \
            or person.start < title.end \
            or first_token(analysis, person) != title.last + 1 or case_of(tokens[title.last + 1]) != "Nom" \
            or not _starts_list(analysis, person, people):
        return False
    return any(p.tag.POS == "NOUN" and {"plur", "nomn"} <= p.tag.grammemes for p in morph.parses(fold(head.text)))


@dataclass(frozen=True, slots=True)
class _Governed:
    """A name that holds the title a title governs, not the title itself."""

    person: Span


def person_after(analysis: Analysis, title: Title, people: People, in_title: set[int], cover, morph: Morph,
                 governs: bool = False) -> Span | _Governed | None:
    """The name right after a title, or after a short phrase that still belongs to it.

    ``министр … РФ Степан Кузьмин``; ``глава делегации на переговорах Глеб Лаптев``.
    The name must agree with the title: ``представителями Кузьмина`` names whom they
    represent, not who they are. A title a relative governs (``дочь президента``) goes only to a
    name in the genitive (``дочь президента Петра Орлова Анна``); after a title that ``governs``
    another (``помощник президента``) such a name holds the inner title (:class:`_Governed`).
    """
    tokens = analysis.tokens
    k = title.last + 1
    gap = 0
    person = name_in_commas(analysis, title, people) or name_past_apposition(analysis, title, people, in_title, morph) \
        or name_after_dash(analysis, title, people, morph) or name_after_one_of(analysis, title, people) \
        or one_of_holder(analysis, title, people, morph)
    if person is not None:
        return person
    ranks = 0  # words of a title in the genitive between: "заместитель главы штаба генерала армии Петра Орлова"
    while k < len(tokens) and gap <= _MAX_GAP and reads_on(analysis, title, k, people):
        person = people.by_first.get(k)
        honoree = person if person is not None and _honoree(tokens, k) else _honoree_after(tokens, k, people)
        if honoree is not None:
            # "директор института им. профессора Н. Е. Орлова Иван Котов": the name the body is named after
            # holds no title; the holder may follow it
            k = last_token(analysis, honoree) + 1
            gap += 1
            continue
        if person is not None:  # razdel may end a sentence at an initial: "центра О. Зайцева"
            if title.governed:
                words = analysis.words_in(person.start, person.end)
                return person if holds_governed_name(words, title.spouse, morph, title.relative) else None
            if not gap and case_of(tokens[k]) in ("Gen", "Acc") and made_by_naming_noun(analysis, title, morph):
                return person  # "об избрании … заместителем председателя Глеба Лаптева": the one appointed
            # "назначил заместителем министра Анну Зорину": the one appointed, not the inner title's holder
            # "на должности заместителей министра Ивана Котова назначены …": a plural deputy's one name is his chief's
            outer_of_many = plural_head(tokens[title.head], morph) and not _starts_list(analysis, person, people)
            if governs and gap == ranks \
                    and (outer_of_many or dictionary_case(case_word(analysis, title), morph) not in ("Gen", "Acc")) \
                    and (genitive_name(tokens[k], morph) or ranks and case_of(tokens[k - 1]) == "Gen") \
                    and not made_by_appointing(analysis, title, morph) \
                    and not made_by_naming_noun(analysis, title, morph):
                return _Governed(person)  # a rank in the genitive agrees with its name
            if ranks:
                return None
            if not gap and genitive_name(tokens[k], morph) \
                    and deputy_of_named(analysis, title.first, title.last, morph.lemma(tokens[title.head].text), morph):
                return _holder_after_principal(analysis, title, person, people, morph)  # "пост заместителя Орлова"
            if not gap and (holder := _holder_after_genitive_principal(analysis, title, person, people, morph)
                            or _holder_after_bare_surname(analysis, title, person, people, morph)
                            or _holder_after_undeclined(analysis, title, person, people, morph)):
                return holder
            if gap and _acts_before(analysis, title):
                return None  # "Орлов исполнял обязанности директора в период отпуска Лаптева": the one away
            if gap and owner_in_gap(tokens, k, morph):  # "министр в кабинете Петрова Анна Котова": go past it
                k = last_token(analysis, person) + 1
                gap += 1
                continue
            # "дождались главы МВД Анны Котовой": a genitive singular the tagger reads as a nominative plural
            listed = _starts_list(analysis, person, people)
            misread = singular_before_genitive(case_word(analysis, title), tokens[k], morph) and not listed
            if not (misread or agrees(case_word(analysis, title), tokens[k], gap)
                    or not gap and woman_subject(analysis, case_word(analysis, title), tokens[k], morph)):
                return _holder_after_principal(analysis, title, person, people, morph) if not gap else None
            if not gap and owner_in_title(analysis, title, tokens[k]):
                # "адвокат обвиняемого Петра Орлова Иван Котов": the owner of the title's dependent, then its holder
                return _holder_after_principal(analysis, title, person, people, morph)
            if cases_clash(case_word(analysis, title), tokens[k], morph, listed) \
                    or _governed(analysis, title, person) or owner_in_title(analysis, title, tokens[k]) \
                    or owner_after_oblique(analysis, title, tokens[k], morph):
                return None
            if not misread and plural_head(tokens[title.head], morph) and not listed:
                return None  # "сотрудники клиники доктора Орлова": a plural title needs several names
            return person
        if governs and gap == ranks and k in in_title and case_of(tokens[k]) in ("Gen", "Acc") \
                and tokens[k].sent == tokens[title.last].sent:
            ranks += 1
        elif tokens[k].sent != tokens[title.last].sent or k in in_title or not in_gap(tokens, k):
            return None
        covering = cover[k]
        if covering is not None and covering.type in (ORG, LOC):
            while k + 1 < len(tokens) and cover[k + 1] is covering:
                k += 1  # an organization or a place counts as one word
        k += 1
        gap += 1
    return None


def _acts_before(analysis: Analysis, title: Title) -> bool:
    """A title whose duties a verb before it discharges (``исполнял обязанности директора``): the verb's subject
    acts in it, a name further on after a phrase is someone else's (the one away, replaced)."""
    verb = acting_verb(analysis, title.first, title.last)
    return verb is not None and verb < title.first


def _honoree(tokens, k: int) -> bool:
    """A name after ``имени``/``им.`` (and a rank, ``им. профессора``): one a body is named after, which holds
    no title the body's name is in (the holder may come after it); not ``от имени министра Петра Орлова``, on
    his behalf."""
    before = [t for t in tokens[max(k - 4, 0): k] if t.sent == tokens[k].sent and t.text != "."]
    return any(_names_after(tokens, t.index) for t in before[-2:])


def _names_after(tokens, k: int) -> bool:
    """Whether token ``k`` is ``имени``/``им`` of a body's namesake, not ``от имени`` (on one's behalf)."""
    return fold(tokens[k].text) in NAMED_AFTER and not (k and fold(tokens[k - 1].text) == "от")


def _honoree_after(tokens, k: int, people: People) -> Span | None:
    """The name a body is named after when token ``k`` is ``имени``/``им.`` (and a rank between: ``им.
    профессора Н. Е. Орлова``); ``None`` at any other token."""
    if not _names_after(tokens, k):
        return None
    for j in range(k + 1, min(k + 4, len(tokens))):
        if tokens[j].sent != tokens[k].sent:
            return None
        if j in people.by_first:
            return people.by_first[j]
    return None


def _holder_after_principal(analysis: Analysis, title: Title, principal: Span, people: People, morph: Morph
                            ) -> Span | None:
    """``адвокат Петра Орлова Глеб Лаптев``, ``врач Анны Зориной Лиза Котова``: right after a title, a name in
    the genitive the title serves, then a name that agrees with the title: that one holds it."""
    tokens = analysis.tokens
    first = first_token(analysis, principal)
    after = tokens_after(analysis, principal)
    if after is None or after.sent != tokens[title.head].sent or not genitive_name(tokens[first], morph):
        return None
    holder = people.by_first.get(after.index)
    head = case_word(analysis, title)
    if holder is None or case_of(after) == "Gen" or not agrees(head, after, 1) \
            or cases_clash(head, after, morph, False):
        return None
    return holder


def _holder_after_bare_surname(analysis: Analysis, title: Title, principal: Span, people: People, morph: Morph
                               ) -> Span | None:
    """``адвокат Орлова Ксения Котова``: right after a title, a bare surname with a genitive form (the tagger may
    read it as a woman's nominative), then with nothing between a name of two words or more that agrees with the
    title: two names side by side are no one named twice, the first is whom the title serves, the second holds it."""
    tokens = analysis.tokens
    words = analysis.tokens_in(principal.start, principal.end)
    after = tokens_after(analysis, principal)
    if len(words) != 1 or after is None or after.sent != tokens[title.head].sent \
            or not morph.has_gram(words[0].text, "gent"):
        return None
    holder = people.by_first.get(after.index)
    head = case_word(analysis, title)
    if holder is None or len(analysis.tokens_in(holder.start, holder.end)) < 2 or case_of(after) == "Gen" \
            or not agrees(head, after, 1) or cases_clash(head, after, morph, False):
        return None
    return holder


def _holder_after_undeclined(analysis: Analysis, title: Title, principal: Span, people: People, morph: Morph
                             ) -> Span | None:
    """``врач Мэри Смит Лиза Бардин``: right after the title of one who serves a person
    (:data:`.lexicon.PERSONS_SERVERS`: ``врач``, ``агент``; not ``актриса``), a name every word of which may be a
    genitive (a foreign name that does not decline, whatever case the tagger reads), then with nothing between a name
    of two words or more whose first word cannot be one and that agrees with the title: the first is whom the title
    serves, the second holds it."""
    after = tokens_after(analysis, principal)
    if after is None or after.sent != analysis.tokens[title.head].sent \
            or morph.lemma(analysis.tokens[title.head].text) not in PERSONS_SERVERS \
            or not all(morph.has_gram(w.text, "gent") for w in analysis.words_in(principal.start, principal.end)):
        return None
    holder = people.by_first.get(after.index)
    head = case_word(analysis, title)
    if holder is None or len(analysis.words_in(holder.start, holder.end)) < 2 or morph.has_gram(after.text, "gent") \
            or not agrees(head, after, 1) or cases_clash(head, after, morph, False):
        return None
    return holder


def _holder_after_genitive_principal(analysis: Analysis, title: Title, principal: Span, people: People,
                                     morph: Morph) -> Span | None:
    """``отставку заместителя Петра Орлова Глеба Лаптева``: right after a bare title in an oblique case, a name in
    the genitive, then with nothing between another name in that case and the title's: the first is whom the title
    serves, the second holds it (a plural title, the list it opens); not a second genitive after a title in
    another case (``с заместителем Петра Орлова Глеба Лаптева``: no holder the grammar names)."""
    tokens = analysis.tokens
    first = first_token(analysis, principal)
    after = tokens_after(analysis, principal)
    if title.last != title.head or after is None or after.sent != tokens[title.head].sent \
            or case_of(tokens[title.head]) in ("Nom", None) or not genitive_name(tokens[first], morph):
        return None
    holder = people.by_first.get(after.index)
    return holder if holder is not None and case_of(after) == case_of(tokens[first]) == case_of(tokens[title.head]) \
        else None


def _name_after_governed(analysis: Analysis, title: Title, governed: Span, people: People, morph: Morph
                         ) -> Span | None:
    """``адвокат бывшего губернатора Петра Орлова Глеб Лаптев``: after the name of the governed title's
    holder, a name that agrees with the title holds it (in the cases the dictionary allows, where the tagger
    reads a word in one it has not)."""
    after = last_token(analysis, governed) + 1
    person = people.by_first.get(after)
    if person is None or analysis.tokens[after].sent != analysis.tokens[title.head].sent:
        return None
    cases = {dictionary_case(case_word(analysis, title), morph), dictionary_case(analysis.tokens[after], morph)}
    return person if None in cases or len(cases) == 1 or cases <= {"Gen", "Acc"} else None


def _governed(analysis: Analysis, title: Title, person: Span) -> bool:
    """A name the title goes on after (``Помощник Ольги Зайцевой по европейским делам``) is its dependent: only
    a name right after a bare head; a title that has its own dependents is whole before the name (``главы
    Заречного района Виктора Семенова по собственному желанию``, ``замглавы города Анны Котовой по делам …``)."""
    after = bisect_left(analysis.token_starts, person.end)
    return title.last == title.head and after < len(analysis.tokens) \
        and fold(analysis.tokens[after].text) in PREPS_ALWAYS


def _starts_list(analysis: Analysis, person: Span, people: People) -> bool:
    """``Name и Name``, ``Name, Name``: a name that opens a list of names."""
    return len(name_list(analysis, person, people)) > 1


def _listed_with(analysis: Analysis, person: Span, title: Title, people: People) -> list[Span]:
    """The other names of the list a plural title's holder opens or closes: after the title, the names that
    follow; before it, those on either side of the holder (``Орлов и Лаптев стали директорами``)."""
    if person.start > title.start:
        return name_list(analysis, person, people)[1:]
    after = [p for p in name_list(analysis, person, people)[1:] if p.end <= title.start]
    return name_list(analysis, person, people, forward=False)[1:] + after
