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

from ..morph import UD_CASE, Morph, fold, plural_noun
from ..ner import Analysis, Token
from ..records import LOC, ORG, Span
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
from .among import names_among
from .appointees import made_by_appointing, named_to_post
from .dependents import PREPS_ALWAYS
from .gapped import listed_holder, opens_gapped_item
from .grammar import Title
from .participial import participial_holder
from .preceding import name_list, person_before, reads_on
from .predicates import predicate_person
from .sharing import closes_apposition, in_gap, share_backward, share_coordinated, share_forward
from .tokens import (
    People,
    case_of,
    dictionary_case,
    first_token,
    genitive_name,
    index_cover,
    index_people,
    number_of,
    same_case,
)

_MAX_GAP = 6  # tokens between a title and the name it belongs to ("глава делегации на переговорах …")
_MAX_APPOSITION = 12  # words of a noun phrase between a title and its name ("…, полному кавалеру ордена «Слава» …")


@dataclass(frozen=True, slots=True)
class Attachment:
    title: Title
    person: Span


def attach_titles(
    analysis: Analysis, titles: list[Title], spans: list[Span], persons: list[Span], morph: Morph,
    inner: dict[Title, Title] | None = None,
) -> list[Attachment]:
    """Link titles to the people the text gives them to (``spans``: every entity span, for the gaps).

    ``inner`` maps a title to the title it governs (``помощник президента`` → ``президента``): a name
    in the genitive right after the outer title holds the inner one (``помощник президента Петра
    Орлова``), and the outer title stays without that holder.
    """
    people = index_people(analysis, persons)
    cover = index_cover(analysis, spans)
    in_title = {i for t in titles for i in range(t.first, t.last + 1)}
    out: dict[int, Span] = {}  # title index -> person
    inner_out: list[Attachment] = []
    for index, title in enumerate(titles):
        governed = (inner or {}).get(title)
        person = named_to_post(analysis, title, people, morph) or participial_holder(analysis, title, people, morph) \
            or person_after(analysis, title, people, in_title, cover, morph, governed is not None)
        if isinstance(person, _Governed):
            inner_out.append(Attachment(governed, person.person))
            person = _name_after_governed(analysis, title, person.person, people, morph)
        if person is not None:
            out[index] = person
    share_forward(analysis, titles, out, in_title)
    titled = set(out.values())
    for index, title in enumerate(titles):
        if index in out:
            continue
        person = person_before(analysis, title, people, morph) or listed_holder(analysis, title, titles, people, morph)
        # in a list "title Name, title Name, …" a title after a titled name opens the next item
        if person is not None and (person not in titled or closes_apposition(analysis.text, title)
                                   or _after_dash(analysis, title)):
            out[index] = person
    share_backward(analysis, titles, out)
    holders = {titles[i].first: p for i, p in out.items()}
    for index, title in enumerate(titles):
        if index in out:
            continue
        person = predicate_person(analysis, title, people, holders, morph)
        if person is not None:
            out[index] = person
            share_coordinated(analysis, titles, index, out, people)
    listed = [Attachment(titles[i], other) for i, p in sorted(out.items())
              if _plural(analysis, titles[i], p, people, morph)
              for other in _listed_with(analysis, p, titles[i], people)]
    among = [Attachment(t, p) for i, t in enumerate(titles) if i not in out for p in names_among(analysis, t, people)]
    return [Attachment(titles[i], p) for i, p in sorted(out.items())] + listed + among + inner_out


def _after_dash(analysis: Analysis, title: Title) -> bool:
    """``дипломат Пётр Орлов — министр иностранных дел у Лаптева``: a title after a dash is said of the name
    before it, titled or not (a list of titled names goes on after a comma)."""
    return title.first > 0 and analysis.tokens[title.first - 1].text in DASHES


def _plural(analysis: Analysis, title: Title, person: Span, people: People, morph: Morph) -> bool:
    """A plural title: the tagger's plural or a form the dictionary has in the plural only (``зампредам``), or,
    for a title of one word or of coordinated dependents that opens its sentence right before a list of names in the
    nominative, a head the dictionary also has as a nominative plural (``Директора Пётр Орлов и Анна Зорина
    подписали``, ``Главы МИД Ивании и Лотарии Пётр Орлов и Карл Вейденау``, where the tagger may read a genitive
    singular; not ``Президенты Ивании Пётр Орлов и …``, a title of one country)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if plural_noun(head, morph, folded=True):
        return True  # "зампредам": a form the dictionary has in the plural only, whatever the tagger reads
    coordinated = any(fold(t.text) == "и" for t in tokens[title.head + 1: title.last + 1])  # "Главы МИД X и Y"
    if title.last != title.head and not coordinated or not analysis.starts_sentence(title.first) \
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
    person = _name_in_commas(analysis, title, people) or _name_past_apposition(analysis, title, people, in_title) \
        or _name_after_dash(analysis, title, people, morph) or _name_after_one_of(analysis, title, people)
    if person is not None:
        return person
    ranks = 0  # words of a title in the genitive between: "заместитель главы штаба генерала армии Петра Орлова"
    while k < len(tokens) and gap <= _MAX_GAP and reads_on(analysis, title, k, people):
        person = people.by_first.get(k)
        if person is not None:  # razdel may end a sentence at an initial: "центра О. Зайцева"
            if title.governed:
                words = analysis.words_in(person.start, person.end)
                return person if holds_governed_name(words, title.spouse, morph, title.relative) else None
            # "назначил заместителем министра Анну Зорину": the one appointed, not the inner title's holder
            if governs and gap == ranks and dictionary_case(case_word(analysis, title), morph) not in ("Gen", "Acc") \
                    and (genitive_name(tokens[k], morph) or ranks and case_of(tokens[k - 1]) == "Gen") \
                    and not made_by_appointing(analysis, title, morph):
                return _Governed(person)  # a rank in the genitive agrees with its name
            if ranks:
                return None
            if gap and owner_in_gap(tokens, k, morph):  # "министр в кабинете Петрова Анна Котова": go past it
                k = analysis.tokens_in(person.start, person.end)[-1].index + 1
                gap += 1
                continue
            # "дождались главы МВД Анны Котовой": a genitive singular the tagger reads as a nominative plural
            listed = _starts_list(analysis, person, people)
            misread = singular_before_genitive(case_word(analysis, title), tokens[k], morph) and not listed
            if not (misread or agrees(case_word(analysis, title), tokens[k], gap)
                    or not gap and woman_subject(analysis, case_word(analysis, title), tokens[k], morph)):
                return _holder_after_principal(analysis, title, person, people, morph) if not gap else None
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


def _name_in_commas(analysis: Analysis, title: Title, people: People) -> Span | None:
    """``Директор школы, Пётр Орлов, рассказал …`` (or ``…, Пётр Орлов рассказал``, the name the subject): a name
    set off by commas right after a title that opens its clause (not one coordinated with another or set off
    itself, nor after a phrase that names someone), agreeing with it, when no other name follows (not a list of
    people)."""
    tokens = analysis.tokens
    comma = title.last + 1
    person = people.by_first.get(comma + 1)
    if person is None or comma >= len(tokens) or tokens[comma].text != "," or title.governed \
            or tokens[comma + 1].sent != tokens[title.head].sent or number_of(tokens[title.head]) == "Plur":
        return None
    before = title.first - 1
    if before >= 0 and tokens[before].sent == tokens[title.first].sent \
            and (tokens[before].text in ("(", *DASHES) or fold(tokens[before].text) in ("и", "а")
                 or tokens[before].text == "," and not _opening_phrase(analysis, before, people)):
        return None  # "Анна Зорина, директор школы, Пётр Орлов, …": the title is the name's before it
    after = tokens_after(analysis, person)
    if after is None or people.by_first.get(after.index + 1) is not None:
        return None
    head = case_word(analysis, title)
    if after.text not in (",", ")") and not (after.pos in ("VERB", "AUX") and case_of(head) == "Nom"
                                              and not _verb_before(analysis, title)):
        return None  # "Первый вратарь сборной, Пётр Орлов будет запасным": the name is the subject
    return person if agrees(head, tokens[comma + 1], 1) else None


def _verb_before(analysis: Analysis, title: Title) -> bool:
    """A verb before a title in its sentence (``Как сообщил министр, Пётр Орлов уехал``): the title is that
    verb's, and the comma after it ends its clause."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    return any(t.sent == sent and t.pos in ("VERB", "AUX") for t in tokens[max(0, title.first - 40): title.first])


def _opening_phrase(analysis: Analysis, comma: int, people: People) -> bool:
    """Words before ``comma`` that open the sentence and name no one (``Таким образом, …``, ``По словам
    источника, …``): the title after it still opens its clause."""
    tokens = analysis.tokens
    words = [t for t in tokens[:comma] if t.sent == tokens[comma].sent]
    return len(words) <= 4 and all(t.index not in people.of_token and t.text not in (",", "«", "»")
                                   and t.pos != "VERB" for t in words)


def _name_after_dash(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """``Мэр города — Пётр Орлов.``: a title in the nominative that opens its sentence, a dash, and a name in the
    nominative that ends the sentence (or its first clause): the name is who holds the title. A title in an
    oblique case may stand anywhere, the name in the same case after the dash being in apposition to it
    (``женился на учительнице — Анне Зориной``, ``встретился с министром — Петром Орловым``)."""
    tokens = analysis.tokens
    dash = title.last + 1
    person = people.by_first.get(dash + 1)
    if person is None or tokens[dash].text not in DASHES or number_of(tokens[title.head]) == "Plur" \
            or title.governed or tokens[dash + 1].sent != tokens[dash].sent:
        return None
    case = case_of(case_word(analysis, title))
    if case == "Ins" and opens_gapped_item(analysis, title) and case_of(tokens[dash + 1]) in ("Nom", None):
        return person  # "директором стал Пётр Орлов, а заместителем — Анна Зорина": the verb left out
    if case is None or case == "Nom" and (not (analysis.starts_sentence(title.first) or _chained(analysis, title))
                                          or case_of(tokens[dash + 1]) not in ("Nom", None)):
        return None
    if case != "Nom" and case_of(tokens[dash + 1]) != case \
            and not _oblique_case_shared(case_word(analysis, title), tokens[dash + 1], morph):
        return None
    after = tokens_after(analysis, person)  # a dash closes a name set off by two ("Мэр — Пётр Орлов — заявил")
    return person if after is None or after.text in (".", "!", ";", ",") or after.text in DASHES \
        or _chained(analysis, title) else None


def _chained(analysis: Analysis, title: Title) -> bool:
    """A title after a dash that follows another opening the sentence, no verb or comma between (``Заместитель
    председателя правительства – министр культуры – Пётр Орлов.``): a chain of one holder's posts."""
    tokens = analysis.tokens
    dash = title.first - 1
    if dash < 1 or tokens[dash].text not in DASHES:
        return False
    words = [t for t in tokens[max(dash - _MAX_APPOSITION, 0): dash] if t.sent == tokens[dash].sent]
    return bool(words) and analysis.starts_sentence(words[0].index) \
        and all(t.pos not in ("VERB", "AUX") and t.text not in (",", ";", ":") for t in words)


def _name_after_one_of(analysis: Analysis, title: Title, people: People) -> Span | None:
    """``один из руководителей компании «Вектор» Пётр Орлов``: a plural title after ``один из`` and the name right
    after it, in the case of ``один``, are one person's."""
    tokens = analysis.tokens
    j, k = title.first - 1, title.last + 1
    person = people.by_first.get(k)
    if person is None or j < 1 or fold(tokens[j].text) != "из" or not fold(tokens[j - 1].text).startswith("одн") \
            and fold(tokens[j - 1].text) != "один" or tokens[k].sent != tokens[title.last].sent:
        return None
    one, name = case_of(tokens[j - 1]), case_of(tokens[k])
    return person if one is None or name is None or one == name else None


def _oblique_case_shared(head: Token, name: Token, morph: Morph) -> bool:
    """Whether a title and a name the tagger reads in different cases have an oblique case in common by the
    dictionary (``на учительнице — Анне``: a locative and a dative of one form; ``критику — Анне``: a dative
    the tagger reads as the accusative of another noun)."""
    titles = {p.tag.case for p in morph.parses(fold(head.text)) if p.tag.POS == "NOUN"} | {UD_CASE[case_of(head)]}
    names = {p.tag.case for p in morph.parses(fold(name.text)) if "Name" in p.tag or "Surn" in p.tag}
    return bool((titles & names) - {"nomn"})


def _name_past_apposition(analysis: Analysis, title: Title, people: People, in_title: set[int]) -> Span | None:
    """``художественному руководителю театра, полному кавалеру ордена «Слава» Петру Орлову``: after a comma, a
    noun phrase that is no title (an honour, a rank of merit) in the title's case, then a name in that case."""
    tokens = analysis.tokens
    comma = title.last + 1
    if comma + 2 >= len(tokens) or tokens[comma].text != "," or title.governed \
            or number_of(tokens[title.head]) == "Plur":
        return None
    head = case_word(analysis, title)
    nouns = 0
    for k in range(comma + 1, min(comma + 1 + _MAX_APPOSITION, len(tokens))):
        token = tokens[k]
        person = people.by_first.get(k)
        if person is not None:
            return person if nouns and case_of(token) == case_of(head) and case_of(head) is not None else None
        if token.sent != tokens[title.head].sent or k in in_title or token.text in (",", ";", ":", "(", ")") \
                or token.text in DASHES or token.pos == "ADP" and k == comma + 1:
            return None
        if token.pos in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            return None
        if token.pos == "NOUN" and not nouns:
            if not same_case(token, head):
                return None
            nouns += 1
    return None


def tokens_after(analysis: Analysis, person: Span) -> Token | None:
    """The token right after a name, in its sentence."""
    last = analysis.tokens_in(person.start, person.end)[-1]
    nxt = last.index + 1
    if nxt >= len(analysis.tokens) or analysis.tokens[nxt].sent != last.sent:
        return None
    return analysis.tokens[nxt]


def _name_after_governed(analysis: Analysis, title: Title, governed: Span, people: People, morph: Morph
                         ) -> Span | None:
    """``адвокат бывшего губернатора Петра Орлова Глеб Лаптев``: after the name of the governed title's
    holder, a name that agrees with the title holds it (in the cases the dictionary allows, where the tagger
    reads a word in one it has not)."""
    after = analysis.tokens_in(governed.start, governed.end)[-1].index + 1
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
