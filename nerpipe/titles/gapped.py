"""A name and a title joined by a dash as one item of a list of appointments, the verb said once:
``Пётр Орлов назначен министром спорта; Анна Зорина – министром культуры, а Глеб Лаптев – министром
финансов`` (a title in the instrumental also with no dash: ``…, а Глеб Лаптев министром финансов``),
``Утверждены Пётр Орлов – министр спорта; Евгения Зорина – министр культуры``.

The tagger may read a first name in such an item as a genitive (``Евгения``), and a title in the instrumental
does not agree in case with its nominative name: the item still pairs them, when it opens after ``;``, ``,``,
``а`` or ``и`` and, for the instrumental, an earlier title of the list in the instrumental carries the verb.
So does an item the other way round, the title first (``Директором стал Пётр Орлов, заместителем — Анна
Зорина``: :func:`opens_gapped_item`).
"""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from ..text import DASHES
from .agreement import case_word
from .grammar import Title
from .sharing import POSSESSIVES
from .tokens import People, case_of, first_token, number_of
from .verbs import is_predicate

_ITEM_OPENERS = (";", ",")
_LINKS = ("а", "и")
_SENTENCE_ENDS = (".", "!", "?")
_MAX_LIST = 80  # tokens from the first title of a list to a later item
_MAX_WHEN = 8  # words of when between the comma and the dash of a gapped clause ("в 1989–1991 годах")
# nouns of time in such words: "в 1990 году", "в прошлом месяце", "с начала 2000-х годов"
_WHEN_NOUNS = frozenset({"год", "месяц", "неделя", "день", "время", "период", "срок", "век", "десятилетие",
                         "лето", "осень", "зима", "весна", "начало", "середина", "конец", "январь", "февраль",
                         "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
                         "декабрь"})
# the other words of when: "затем", "с", "в 1990", "прошлом", "этом", "а затем"
_WHEN_POS = frozenset({"NUM", "ADV", "ADP", "ADJ", "DET", "CCONJ"})


def listed_holder(analysis: Analysis, title: Title, titles: list[Title], people: People, morph: Morph
                  ) -> Span | None:
    """The name before a dash before ``title`` in an item of a list of appointments, or None."""
    tokens = analysis.tokens
    dash = title.first - 1
    if dash < 1 or number_of(tokens[title.head]) == "Plur" or title.governed:
        return None
    dashed = tokens[dash].text in DASHES  # "…, а Анна Зорина вице-губернатором": the dash may be left out too
    person = people.by_last.get(dash - 1 if dashed else dash)
    if person is None:
        return None
    first = first_token(analysis, person)
    # "…, а глава Ржева Иван Лаптев — министром спорта": the name's own title may open the item before it
    case = case_of(case_word(analysis, title))
    # "назначил A послом в X, а главу миссии в Y B – послом в Z": the object of an appointing verb said once, its
    # name and own title in the accusative, before a title in the instrumental
    cases = ("Nom", "Acc", "Gen") if case == "Ins" and dashed else ("Nom",)
    own = next((t for t in titles if t.last == first - 1 and case_of(case_word(analysis, t)) in cases), None)
    opener = own.first if own is not None else first
    if not _opens_item(tokens, opener) or not (_nominative_name(analysis, person, morph)
                                               or len(cases) > 1 and _object_name(analysis, person)):
        return None
    if case == "Nom" and dashed:
        return person
    if case == "Ins" and _instrumental_before(analysis, titles, first):
        return person
    return None


def _opens_item(tokens: list[Token], first: int) -> bool:
    """A name right after ``;``, ``,``, ``а``, ``и`` (or ``, а``): it opens an item of a list."""
    k = first - 1
    return k >= 0 and (tokens[k].text in _ITEM_OPENERS or fold(tokens[k].text) in _LINKS)


def _nominative_name(analysis: Analysis, person: Span, morph: Morph) -> bool:
    """Whether a name can be read in the nominative: by the tagger, or by the dictionary for its first word
    (``Евгения``, a woman's name the tagger may take for a man's genitive) or its last (``Шевченко``)."""
    words = analysis.words_in(person.start, person.end)
    if not words:
        return False
    if case_of(words[0]) in ("Nom", None):
        return True
    return any(any({"nomn"} <= p.tag.grammemes and ("Name" in p.tag or "Surn" in p.tag)
                   for p in morph.parses(fold(word.text))) for word in (words[0], words[-1]))


def _object_name(analysis: Analysis, person: Span) -> bool:
    """Whether the tagger reads a name as an accusative or a genitive: the object of an appointing verb."""
    words = analysis.words_in(person.start, person.end)
    return bool(words) and case_of(words[0]) in ("Acc", "Gen")


def _instrumental_before(analysis: Analysis, titles: list[Title], first: int) -> bool:
    """An earlier title in the instrumental in the same sentence, or across ``;`` only: the item's verb."""
    tokens = analysis.tokens
    for other in titles:
        if other.last >= first or first - other.last > _MAX_LIST:
            continue
        if case_of(case_word(analysis, other)) != "Ins" or number_of(tokens[other.head]) == "Plur":
            continue
        if not any(t.text in _SENTENCE_ENDS for t in tokens[other.last + 1: first]):
            return True
    return False


def _opens_gapped_clause(analysis: Analysis, title: Title) -> bool:
    """A title that opens a clause after ``, а`` or ``, и`` whose verb is left out (``…, а заместителем — …``)."""
    tokens = analysis.tokens
    k = title.first - 1
    if k >= 0 and fold(tokens[k].text) in POSSESSIVES:
        k -= 1  # "…, а его заместителем — …"
    return k >= 1 and fold(tokens[k].text) in ("а", "и") and tokens[k - 1].text == ","


def opens_gapped_item(analysis: Analysis, title: Title) -> bool:
    """A title in the instrumental whose verb is left out: opening a clause after ``, а``/``, и`` or an item of a
    list of appointments after a comma (``Директором стал Орлов, а заместителем — …``, ``…, заместителем — …``)."""
    return _opens_gapped_clause(analysis, title) or _opens_list_item(analysis, title)


def _opens_list_item(analysis: Analysis, title: Title) -> bool:
    """A title in the instrumental right after ``,`` or ``;`` in a sentence whose verb gave an earlier title in
    the instrumental (``Директором стал Пётр Орлов, заместителем — Анна Зорина``): an item of a list of
    appointments, the verb said once."""
    tokens = analysis.tokens
    k = title.first - 1
    if k < 2 or tokens[k].text not in _ITEM_OPENERS or case_of(case_word(analysis, title)) != "Ins":
        return False
    before = [t for t in tokens[:k] if t.sent == tokens[k].sent]
    return any(t.pos in ("NOUN", "PROPN") and case_of(t) == "Ins" for t in before) \
        and any(is_predicate(t.text) for t in before)


def gapped_source(analysis: Analysis, title: Title, titles: list[Title], holders: dict[Title, list[Span]],
                  morph: Morph) -> Title | None:
    """The earlier title a title in the instrumental after a dash shares its left-out verb with (``в 1980 году
    был режиссёром театра, в 1990 году — главным режиссёром театра комедии``, ``работал директором школы, затем —
    заместителем министра``): the last title in the instrumental with a holder before the comma that opens the
    clause, in the same sentence, past only words of when (numbers, adverbs, prepositions, adjectives, nouns of
    time; not a subject of its own, ``…, его брат — главой района``); or None."""
    tokens = analysis.tokens
    dash = title.first - 1
    if dash < 2 or tokens[dash].text not in DASHES or case_of(case_word(analysis, title)) != "Ins" \
            or number_of(tokens[title.head]) == "Plur":
        return None
    k = dash - 1
    while k > 0 and dash - k <= _MAX_WHEN and tokens[k].sent == tokens[dash].sent and tokens[k].text != "," \
            and _of_when(tokens[k], morph) and not any(t.first <= k <= t.last for t in titles):
        k -= 1
    if tokens[k].text != "," or tokens[k].sent != tokens[dash].sent:
        return None
    before = [t for t in titles if t.last < k and tokens[t.head].sent == tokens[k].sent]
    last = max(before, key=lambda t: t.last, default=None)
    if last is None or case_of(case_word(analysis, last)) != "Ins" or len(holders.get(last, ())) != 1:
        return None
    return last


def _of_when(token: Token, morph: Morph) -> bool:
    """A word that may say when in a clause whose verb is left out (``в 1990 году``, ``затем``, ``а в прошлом
    месяце``): a number, an adverb, a preposition, a modifier, a conjunction or a noun of time."""
    return token.pos in _WHEN_POS or token.pos == "NOUN" and morph.lemma(token.text) in _WHEN_NOUNS
