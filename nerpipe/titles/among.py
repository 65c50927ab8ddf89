"""The names a plural title is said to count among its holders: ``Среди приглашённых артистов были Анна Котова
и Пётр Орлов``, ``В числе выступавших музыкантов — Пётр Орлов, Иван Лаптев``: ``среди`` or ``в числе`` before the
title, then ``были``/``оказались``/a dash and a list of names in the nominative; and a plural title before a colon
or a dash and a list of names (``пять заместителей председателя: Пётр Орлов, Анна Зорина``, ``два бывших
руководителя агентства: …``, ``назначил двух заместителей мэра — Ивана Орлова и Анну Зорину``); a plural subject
with a list of names in commas (``Президенты Ивании и Лотарии, Пётр Орлов и Карл Вейденау, провели переговоры``);
names a plural title closes as ``и другие`` (``Пётр Орлов, Анна Зорина и другие учёные``, ``с Петром Орловым
и другими руководителями фонда``)."""

from __future__ import annotations

from collections.abc import Collection

from ..morph import fold
from ..ner import Analysis
from ..records import Span
from ..resources import read_word_groups
from ..text import DASHES
from .grammar import Title
from .preceding import name_list
from .tokens import People, case_of, first_token, last_token, number_of

_LINKS = frozenset({"были", "был", "была", "оказались", "оказался", "оказалась", "значатся", "значился", "значилась",
                    "есть", "также", "и", ":"}) | DASHES  # "среди артистов были", "среди них — …", "были и …"
# the stems of the lexicon's "honorary" group (``народн``), to match its words in any form
_HONORARY_STEMS = tuple(sorted(word[:-2] for word in read_word_groups("titles.txt")["honorary"]))
# the numerals after which a noun counted is in the genitive singular ("два руководителя", "обе актрисы")
_FEW = frozenset({"два", "две", "три", "четыре", "оба", "обе", "2", "3", "4"})
_MAX_LEAD = 5  # words between "среди" and a title: "среди развлекавших гостей артистов"
_MAX_CLAUSE = 12  # words of a clause in commas after the title: ", выступивших на празднике,"
# the plural forms of the words that close a list of names with the rest of a class ("… и другие учёные", "… и
# прочие артисты")
_OTHERS = frozenset({"другие", "других", "другим", "другими", "прочие", "прочих", "прочим", "прочими"})


def names_among(analysis: Analysis, title: Title, people: People, in_title: Collection[int] = ()) -> list[Span]:
    """The names listed as being among a plural title in the genitive after ``среди``/``в числе`` (see the
    module), or among a plural title that ends its sentence, the next opening with ``Среди них`` (``запретила
    въезд российским артистам. Среди них Пётр Орлов, Иван Лаптев``); none for a title of another shape, or
    when no list of names in the nominative follows."""
    tokens = analysis.tokens
    head = tokens[title.head]
    commas = _listed_in_commas(analysis, title, people)
    if commas:
        return commas
    if number_of(head) != "Plur" and not _is_counted_by_few(analysis, title):
        return []
    others = _closed_by_others(analysis, title, people, in_title)
    if others:
        return others
    after = _among_them_after(analysis, title)
    if after is not None:
        return _listed(analysis, after, tokens[after].sent, people, links_needed=False)
    colon = title.last + 1
    if colon < len(tokens) and (tokens[colon].text == ":" or tokens[colon].text in DASHES) \
            and tokens[colon].sent == head.sent and (title.last > title.head or _honorary(analysis, title)):
        # "пять заместителей председателя: Пётр Орлов, Анна Зорина, …" (or a dash): a list of two names at least
        # after a colon and a title of a body or an honorary title ("народные артисты: …"; not "два шахматиста:
        # …", a class of people counted)
        listed = _listed(analysis, colon + 1, head.sent, people, links_needed=False, case=case_of(head))
        return listed if len(listed) > 1 else []
    if case_of(head) not in ("Gen", None) or not _among_before(analysis, title):
        return []
    return _listed(analysis, past_clause(analysis, title.last + 1, head.sent, _MAX_CLAUSE), head.sent, people)


def _is_counted_by_few(analysis: Analysis, title: Title) -> bool:
    """A title after ``два``, ``три``, ``четыре``, ``оба`` (``два бывших руководителя агентства``) whose head the
    tagger reads in the singular and in the genitive, or in no number or case: several holders, counted, as a
    plural title names them."""
    tokens = analysis.tokens
    before = title.first - 1
    head = tokens[title.head]
    return before >= 0 and tokens[before].sent == head.sent and fold(tokens[before].text) in _FEW \
        and case_of(head) in ("Gen", None) and number_of(head) in ("Sing", None)


def _honorary(analysis: Analysis, title: Title) -> bool:
    """An honorary title (``народные артисты``, ``заслуженные врачи``): a word of the lexicon's ``honorary`` group
    right before the head."""
    return title.head > title.first and fold(analysis.tokens[title.head - 1].text).startswith(_HONORARY_STEMS)


def _among_them_after(analysis: Analysis, title: Title) -> int | None:
    """The token after ``Среди них`` (or ``В их числе``) opening the sentence right after a title that ends
    its own, if so."""
    tokens = analysis.tokens
    k = title.last + 1
    if k >= len(tokens) or tokens[k].text != "." or k + 2 >= len(tokens):
        return None
    words = [fold(t.text) for t in tokens[k + 1: k + 4]]
    if words[:2] == ["среди", "них"]:
        return k + 3
    if words == ["в", "их", "числе"]:
        return k + 4
    return None


def _listed(analysis: Analysis, k: int, sent: int, people: People, links_needed: bool = True,
            case: str | None = None) -> list[Span]:
    """The list of names in the nominative (or in ``case``, the title's) at ``k``, after a few linking words
    (``были``, a dash)."""
    tokens = analysis.tokens
    links = 0
    while k < len(tokens) and tokens[k].sent == sent and fold(tokens[k].text) in _LINKS and links < 3:
        k, links = k + 1, links + 1
    person = people.by_first.get(k)
    # a name's accusative and genitive are one form ("двух заместителей … Ивана Орлова"): the tagger's may be either
    cases = {"Nom", None, case} | ({"Gen", "Acc"} if case in ("Gen", "Acc") else set())
    if links_needed and not links or person is None or case_of(tokens[k]) not in cases \
            or tokens[k].sent != sent:
        return []
    return name_list(analysis, person, people)


def _among_before(analysis: Analysis, title: Title) -> bool:
    """``среди`` or ``в числе`` right before the title, or before a few words that qualify it with no comma
    (``среди развлекавших гостей артистов``)."""
    tokens = analysis.tokens
    sent = tokens[title.head].sent
    for k in range(title.first - 1, max(title.first - 1 - _MAX_LEAD, -1), -1):
        token = tokens[k]
        word = fold(token.text)
        if token.sent != sent:
            return False
        if word == "среди":
            return True
        if word == "числе":
            return k > 0 and fold(tokens[k - 1].text) == "в"
        if not token.text[:1].isalpha() or token.pos in ("PRON", "DET") and word not in ("других",):
            return False
    return False


def past_clause(analysis: Analysis, k: int, sent: int, limit: int) -> int:
    """The token after a clause in commas of ``limit`` words at most that begins at ``k`` in the sentence ``sent``
    (``, выступивших на празднике,``), or ``k``."""
    tokens = analysis.tokens
    if k >= len(tokens) or tokens[k].text != ",":
        return k
    for j in range(k + 1, min(k + 1 + limit, len(tokens))):
        if tokens[j].sent != sent:
            return k
        if tokens[j].text == ",":
            return j + 1
    return k


def _listed_in_commas(analysis: Analysis, title: Title, people: People) -> list[Span]:
    """``Президенты Ивании и Лотарии, Пётр Орлов и Карл Вейденау, провели …``: two names at least in the nominative,
    set off by commas right after a title in the nominative (or one the tagger read as a name opening its sentence,
    ``Президенты`` taken for a genitive), the clause going on with a plural verb: the title's subject, the names
    its holders (not ``встретился с министрами, Петром Орловым и …``, nor a list that goes on with other words)."""
    tokens = analysis.tokens
    head, comma = tokens[title.head], title.last + 1
    person = people.by_first.get(comma + 1)
    if person is None or tokens[comma].text != "," or tokens[comma + 1].sent != head.sent \
            or case_of(tokens[comma + 1]) not in ("Nom", None) \
            or not (case_of(head) == "Nom" or head.pos == "PROPN" and analysis.starts_sentence(title.first)):
        return []
    listed = name_list(analysis, person, people)
    k = last_token(analysis, listed[-1]) + 1
    if len(listed) < 2 or k + 1 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].sent != head.sent \
            or tokens[k + 1].pos not in ("VERB", "AUX") or number_of(tokens[k + 1]) != "Plur":
        return []
    return listed


def _word_in(analysis: Analysis, k: int, words: frozenset[str]) -> bool:
    """Whether the token ``k`` is one of ``words``."""
    return 0 <= k < len(analysis.tokens) and fold(analysis.tokens[k].text) in words


def _closed_by_others(analysis: Analysis, title: Title, people: People, in_title: Collection[int]) -> list[Span]:
    """``Пётр Орлов, Анна Зорина и другие известные учёные``, ``с Петром Орловым и другими руководителями фонда``:
    the names before ``и другие`` (``и прочие``) right before a plural title, in the title's case: members of the
    class it names. Not a name with a title of its own right before it (``кандидату Петру Орлову и другим
    активистам``: what the name is, its own title says; ``in_title``: the tokens of the document's titles)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    others, link = title.first - 1, title.first - 2
    if link < 1 or not _word_in(analysis, others, _OTHERS) or fold(tokens[link].text) != "и" \
            or tokens[link].sent != head.sent:
        return []
    person = people.by_last.get(link - 1)
    case = case_of(head)
    if person is None or case is None or case_of(tokens[link - 1]) not in (case, None):
        return []
    listed = name_list(analysis, person, people, forward=False)
    return [] if first_token(analysis, listed[-1]) - 1 in in_title else listed


def opens_list_item(analysis: Analysis, first: int) -> bool:
    """Whether a title opens an item of a list of titled names, after a colon, a comma or ``а также`` in its
    sentence (``…: рэпер Пётр Орлов, певицы Анна Зорина и Ольга Котова``): no word before it governs it."""
    tokens = analysis.tokens
    before = first - 1
    return before > 0 and tokens[before].sent == tokens[first].sent \
        and (tokens[before].text in (":", ",") or fold(tokens[before].text) == "также"
             and fold(tokens[before - 1].text) == "а")
