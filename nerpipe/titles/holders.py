"""Who holds a title: the name the text puts beside it.

- before the name: ``министр культуры края Пётр Орлов``, also across a short
  phrase that continues the title (``глава делегации на встрече Глеб Лаптев``);
- after it, in commas, dashes or brackets: ``Пётр Орлов, директор по науке …,``;
- in coordinated and stacked titles (:mod:`.sharing`): ``основатель фонда «…», член совета … Анна
  Зорина``; and in signatures (a name and a title on one line, or on two);
- through a predicate (:mod:`.predicates`);
- back to the person last named, for a title with no name
  (:func:`.predicates.antecedent_candidate`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..records import LOC, ORG, Span
from ..text import DASHES, line_ends, line_starts
from .agreement import (
    agrees,
    case_word,
    cases_clash,
    holds_governed,
    misread_agrees,
    owner_after_oblique,
    owner_in_title,
    plural_head,
    singular_before_genitive,
)
from .dependents import BY_TRADE, PREPS_ALWAYS
from .former import WHEN_HELD
from .grammar import Title
from .predicates import predicate_person, pronoun_antecedent
from .sharing import POSSESSIVES, closes_apposition, in_gap, share_backward, share_coordinated, share_forward
from .tokens import (
    People,
    case_of,
    dictionary_case,
    first_token,
    genitive_name,
    index_cover,
    index_people,
    is_participle,
    number_of,
    same_case,
)

_YEAR = re.compile(r"(1[89]|20)\d\d")
_MAX_GAP = 6  # tokens between a title and the name it belongs to ("глава делегации на переговорах …")
_MAX_APPOSITION = 12  # words of a noun phrase between a title and its name ("…, полному кавалеру ордена «Слава» …")
_MAX_INSERT = 12  # words of a phrase between a name and its title ("Орлов, известный в городе меценат, директор …")


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
        person = person_after(analysis, title, people, in_title, cover, morph, governed is not None)
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
        person = person_before(analysis, title, people, morph)
        # in a list "title Name, title Name, …" a title after a titled name opens the next item
        if person is not None and (person not in titled or closes_apposition(analysis.text, title)):
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
    return [Attachment(titles[i], p) for i, p in sorted(out.items())] + listed + inner_out


def _plural(analysis: Analysis, title: Title, person: Span, people: People, morph: Morph) -> bool:
    """A plural title: the tagger's plural, or, for a head that opens its sentence right before a list of names
    in the nominative, a form the dictionary also has as a nominative plural (``Директора Пётр Орлов и Анна
    Зорина подписали``, where the tagger may read a genitive singular)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if number_of(head) == "Plur":
        return True
    if title.last != title.head or not analysis.starts_sentence(title.first) or person.start < title.end \
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
        or _name_after_dash(analysis, title, people)
    if person is not None:
        return person
    ranks = 0  # words of a title in the genitive between: "заместитель главы штаба генерала армии Петра Орлова"
    while k < len(tokens) and gap <= _MAX_GAP and not analysis.line_break_between(k - 1, k):
        person = people.by_first.get(k)
        if person is not None:  # razdel may end a sentence at an initial: "центра О. Зайцева"
            if title.governed:
                return person if holds_governed(tokens[k], title.spouse, morph) else None
            if governs and gap == ranks and dictionary_case(case_word(analysis, title), morph) not in ("Gen", "Acc") \
                    and (genitive_name(tokens[k], morph) or ranks and case_of(tokens[k - 1]) == "Gen"):
                return _Governed(person)  # a rank in the genitive agrees with its name
            if ranks:
                return None
            # "дождались главы МВД Анны Котовой": a genitive singular the tagger reads as a nominative plural
            listed = _starts_list(analysis, person, people)
            misread = singular_before_genitive(case_word(analysis, title), tokens[k], morph) and not listed
            if not (misread or agrees(case_word(analysis, title), tokens[k], gap)) \
                    or cases_clash(case_word(analysis, title), tokens[k], morph, listed) \
                    or _governed(analysis, person) or owner_in_title(analysis, title, tokens[k]) \
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


def _name_in_commas(analysis: Analysis, title: Title, people: People) -> Span | None:
    """``Директор школы, Пётр Орлов, рассказал …``: a name set off by commas right after a title that opens its
    clause (not one coordinated with another or set off itself), agreeing with it, when no other name follows
    (not a list of people)."""
    tokens = analysis.tokens
    comma = title.last + 1
    person = people.by_first.get(comma + 1)
    if person is None or comma >= len(tokens) or tokens[comma].text != "," or title.governed \
            or tokens[comma + 1].sent != tokens[title.head].sent or number_of(tokens[title.head]) == "Plur":
        return None
    before = title.first - 1
    if before >= 0 and tokens[before].sent == tokens[title.first].sent \
            and (tokens[before].text in (",", "(", *DASHES) or fold(tokens[before].text) in ("и", "а")):
        return None  # "Анна Зорина, директор школы, Пётр Орлов, …": the title is the name's before it
    after = tokens_after(analysis, person)
    if after is None or after.text not in (",", ")") or people.by_first.get(after.index + 1) is not None:
        return None
    return person if agrees(case_word(analysis, title), tokens[comma + 1], 1) else None


def _name_after_dash(analysis: Analysis, title: Title, people: People) -> Span | None:
    """``Мэр города — Пётр Орлов.``: a title in the nominative that opens its sentence, a dash, and a name in the
    nominative that ends the sentence (or its first clause): the name is who holds the title."""
    tokens = analysis.tokens
    dash = title.last + 1
    person = people.by_first.get(dash + 1)
    if person is None or tokens[dash].text not in DASHES or not analysis.starts_sentence(title.first) \
            or number_of(tokens[title.head]) == "Plur" or title.governed \
            or case_of(case_word(analysis, title)) != "Nom" or case_of(tokens[dash + 1]) not in ("Nom", None):
        return None
    after = tokens_after(analysis, person)
    return person if after is None or after.text in (".", "!", ";", ",") else None


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


def _governed(analysis: Analysis, person: Span) -> bool:
    """A name the title goes on after (``Помощник Ольги Зайцевой по европейским делам``) is its dependent."""
    after = bisect_left(analysis.token_starts, person.end)
    return after < len(analysis.tokens) and fold(analysis.tokens[after].text) in PREPS_ALWAYS


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


def name_list(analysis: Analysis, person: Span, people: People, forward: bool = True) -> list[Span]:
    """The names listed with ``person`` (``Name, Name и Name``), it first, going forward or back."""
    tokens = analysis.tokens
    found = [person]
    while True:
        edge = analysis.tokens_in(found[-1].start, found[-1].end)
        if forward:
            k = edge[-1].index + 1
            link, nxt = (tokens[k] if k < len(tokens) else None), people.by_first.get(k + 1)
        else:
            k = edge[0].index - 1
            link, nxt = (tokens[k] if k >= 0 else None), people.by_last.get(k - 1)
        if link is None or link.text not in (",", "и") or nxt is None or nxt in found \
                or tokens[k].sent != edge[0].sent:
            return found
        found.append(nxt)


def person_before(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """``Name, title``, ``Name — title``, ``Name (title``, ``Name, один из titles``, ``Name, по профессии title``,
    and across a phrase of the name's own: ``Name, <apposition | participial phrase | relative clause>, title,``.

    Also a signature: a line with a name and a title, or a title on the line under a name.
    """
    tokens = analysis.tokens
    j = title.first - 1
    one_of = j >= 1 and fold(tokens[j].text) == "из" and fold(tokens[j - 1].text).startswith(("одн", "один"))
    by_trade = j >= 1 and fold(tokens[j].text) in BY_TRADE and fold(tokens[j - 1].text) == "по"
    if by_trade:
        j -= 2  # "Степан Кузьмин, по профессии врач", "Степан Кузьмин по профессии врач"
        person = people.by_last.get(j)
        if person is not None and tokens[j].sent == tokens[title.first].sent:
            return person if agrees(case_word(analysis, title), tokens[first_token(analysis, person)], 1) else None
    j = _past_when(tokens, j)  # "Степан Кузьмин, в прошлом журналист", "…, ныне директор"
    if one_of:
        j -= 2  # "Степан Кузьмин, одному из президентов группы …"
    elif number_of(tokens[title.head]) == "Plur":
        # "…, уличные художники": a plural is not one person's title, but it is that of a list of names
        person = people.by_last.get(_before_brackets(tokens, j - 1)) if j >= 1 and tokens[j].text in (",", "—") \
            else None
        return person if person is not None and len(name_list(analysis, person, people, forward=False)) > 1 \
            else None
    if j < 1:
        return None
    if tokens[j].text in DASHES and fold(tokens[j - 1].text) in ("он", "она") \
            and (j < 2 or tokens[j - 2].sent != tokens[j].sent or tokens[j - 2].text in (",", ";", ":")):
        return pronoun_antecedent(analysis, j - 1, people)  # "Орлов родился в Томске. Он — директор школы"
    if tokens[j].text in (",", "(") or tokens[j].text in DASHES:
        end = _before_brackets(tokens, j - 1)
        person = people.by_last.get(end)
        if person is None and tokens[j].text == "," and closes_apposition(analysis.text, title):
            end = _before_insert(analysis, j, people)  # "Name, известный борец с коррупцией, член палаты,"
            person = people.by_last.get(end) if end is not None else None
        if person is None or tokens[end].sent != tokens[title.first].sent:
            return None
        name = tokens[first_token(analysis, person)]
        # "Вместо Степана Кузьмина, капитаном стал …": an apposition agrees with its name
        head = case_word(analysis, title)
        return person if one_of or agrees(head, name, 1) or misread_agrees(head, name, morph) else None
    person = people.by_last.get(j)
    if person is not None and line_starts(analysis.text, person.start) and line_ends(analysis.text, title.end):
        return person  # a signature: "Степан Кузьмин Президент Федерации", or the title on the next line
    return None


def _past_when(tokens, j: int) -> int:
    """The index before ``в прошлом``, ``ныне``, ``ранее``, ``в настоящее время``, ``с 2015 года`` … ending at
    ``j`` (when a title was or is held), or ``j``."""
    words = [fold(t.text) for t in tokens[max(0, j - 2): j + 1]]
    if j >= 1 and words[-2:] == ["в", "прошлом"]:
        return j - 2
    if j >= 2 and words == ["в", "настоящее", "время"]:
        return j - 3
    if j >= 2 and words[0] in ("с", "со") and _YEAR.fullmatch(words[1]) and words[2] == "года":
        return j - 3  # "Степан Кузьмин, с 2015 года директор школы"
    if j >= 0 and fold(tokens[j].text) in WHEN_HELD | POSSESSIVES:
        return j - 1  # also whose the title is: "Глеб Лаптев — его заместитель"
    return j


def _before_insert(analysis: Analysis, comma: int, people: People) -> int | None:
    """The last token of a name before a phrase of its own that ends at ``comma``: an apposition with no verb
    (``известный борец с коррупцией``), a participial phrase (``проработавший на заводе двадцать лет``) or a
    relative clause (``которого в городе знают все``), set off by commas, with no other name or comma inside."""
    tokens = analysis.tokens
    k = comma - 1
    while k >= 0 and comma - k <= _MAX_INSERT and tokens[k].sent == tokens[comma].sent:
        if tokens[k].text == ",":
            break
        if k in people.of_token or tokens[k].text in DASHES or tokens[k].text in ("(", ")", ":", ";"):
            return None
        k -= 1
    else:
        return None
    phrase = tokens[k + 1: comma]
    if not phrase or tokens[k - 1].index not in people.by_last:
        return None
    opener = phrase[0]
    relative = fold(opener.text).startswith("котор")
    participial = is_participle(opener)
    finite = any(t.pos in ("VERB", "AUX") and t.feat.get("VerbForm") == "Fin" for t in phrase)
    nominal = opener.pos in ("ADJ", "NOUN", "NUM") and not finite
    return k - 1 if relative or participial and not finite or nominal else None


def _before_brackets(tokens, k: int) -> int:
    """The token before a bracket that ends at ``k`` (``Степан Кузьмин (Stepan Kuzmin),``), else ``k``."""
    if k < 0 or tokens[k].text != ")":
        return k
    for j in range(k - 1, max(k - 10, -1), -1):
        if tokens[j].text == "(":
            return j - 1
    return k
