"""Titles that share a holder: coordinated titles (``писатель и журналист Пётр Орлов``, ``Орлов был
советником мэра, директором школы``), stacked ones (``глава представительства в регионе помощник …``),
and the words that may stand between a title and its holder's name."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from ..text import CLOSING_QUOTES, DASHES, OPENING_QUOTES, POSSESSIVES
from .agreement import case_word
from .grammar import Title
from .lexicon import DISTINCTIONS, SEATS
from .tokens import People, case_of, is_word, number_of, same_case

# what may join two titles of one person: "писатель и журналист", "бывший министр, а ныне глава банка"
_LINKS = frozenset({",", "и", ", а также", "а также", ", а ныне", "а ныне", ", ныне", ", а теперь", ", а сейчас",
                    ", затем", ", а затем", "а затем", ", потом", ", а потом", ", позже", ", а позже", ", позднее",
                    ", а позднее", ", впоследствии", ", а впоследствии"})  # "директором, затем заместителем …"
# an academic degree written short between two stacked titles, with the countries that awarded it: "ректор
# академии, д.э.н. РА и РФ, профессор …", "главный врач, к. м. н., доцент …"
_DEGREE = re.compile(r",\s*[дк]\.\s?[а-яё]{1,4}\.\s?н\.(?:\s+[А-ЯЁA-Z]{2,4}(?:\s+и\s+[А-ЯЁA-Z]{2,4})?)?\s*,")
# a phrase of at most eight words between commas, which may name a distinction between two stacked titles
_COMMA_PHRASE = re.compile(r",\s*((?:[а-яё«»\"-]+\s+){0,7}[а-яё«»\"-]+)\s*,", re.IGNORECASE)
_DISTINCTION_AT = 3  # the noun of a distinction is among the first words: "двукратный олимпийский чемпион …"
_MAX_GAPPED = 8  # tokens between two titles of a clause with its verb left out: ", а в 2018 году —"
AGE = re.compile(r"(?i)\d+-лет\w*")  # "89-летний", "45-летнего"


# prepositions before a name that is not the holder of the title before them: a predecessor, an exception, an opponent
_ANOTHER = frozenset({"вместо", "взамен", "кроме", "помимо", "против"})
# "под управлением Петра Орлова": the one who leads a body the title names, not the title's holder
_LED_BY = frozenset({"управлением", "руководством", "началом", "командованием", "председательством"})


_LEADERS = ("президент", "канцлер", "премьер", "корол", "монарх", "император", "султан", "эмир")  # stems

def in_gap(tokens, k: int) -> bool:
    """Words that may separate a title from its holder's name: a short noun or prepositional phrase."""
    token = tokens[k]
    if token.text in ("(", ")") or token.text in OPENING_QUOTES | CLOSING_QUOTES:
        return True
    if token.pos == "ADP":
        # "назначен министром вместо Орлова", "дирижёр оркестра под управлением Орлова": Орлов is another
        return fold(token.text) not in _ANOTHER \
            and not (fold(token.text) == "под" and k + 1 < len(tokens) and fold(tokens[k + 1].text) in _LED_BY)
    if token.pos == "ADV":
        return k + 1 < len(tokens) and tokens[k + 1].pos == "ADJ"
    if AGE.fullmatch(token.text):
        return True  # "президент 89-летний Карл Нильсен"
    return token.pos in ("NOUN", "ADJ", "PROPN", "NUM") and (is_word(token) or token.text.isdigit())


def closes_apposition(text: str, title: Title) -> bool:
    """An apposition title ends at a comma, a dash, a bracket, a full stop or the end of a line."""
    rest = text[title.end: title.end + 3].lstrip(" \t\u00a0")
    return not rest or rest[0] in ",.;:—–-()»\n!?"


# a remark in brackets right after a title, left out of it (titles.dependents.grow_right): "певица (сопрано), солистка"
_REMARK = re.compile(r"\([^()\n]{1,60}\)\s*")


def _between(analysis: Analysis, a: Title, b: Title) -> str:
    """The words between two titles, a remark in brackets right after the first left out."""
    gap = analysis.text[a.end:b.start].lstrip(" \t\u00a0")
    remark = _REMARK.match(gap)
    return " ".join((gap[remark.end():] if remark and remark.end() < len(gap) else gap).split())


def _alike(analysis: Analysis, a: Title, b: Title) -> bool:
    """Coordinated titles agree in number and case (``писатель и журналист``); a genitive and an accusative
    the parser joins agree too (``поздравили директора завода и депутата``: one form, read two ways); an acting
    title's case is its acting words' too (``врио начальника управления генерал-майор``: ``врио`` agrees with any),
    besides its head's (``исполняющим обязанности заместителя губернатора, руководителя администрации``)."""
    head_a, head_b = analysis.tokens[a.head], analysis.tokens[b.head]
    na, nb = number_of(head_a), number_of(head_b)
    if not (na is None or nb is None or na == nb):
        return False
    return same_case(head_a, head_b) or same_case(case_word(analysis, a), case_word(analysis, b)) \
        or _joined_gen_acc(analysis, a.head, b.head)


def _joined_gen_acc(analysis: Analysis, first: int, second: int) -> bool:
    """Two heads, one read as a genitive and one as an accusative, the second a conjunct of the first or in
    apposition to it (``назначил заместителя главы — руководителя аппарата Петра Орлова``: one form of a masculine
    noun of a person, read two ways)."""
    tokens = analysis.tokens
    cases = {case_of(tokens[first]), case_of(tokens[second])}
    return cases == {"Gen", "Acc"} and tokens[second].rel in ("conj", "appos") and tokens[second].head == first


def _stacked_gen_acc(analysis: Analysis, a: Title, b: Title, ranks: frozenset[int]) -> bool:
    """A title with its own complement right before a personal rank, one read as a genitive and one as an
    accusative (``переведут начальника управления по Тверской области генерал-лейтенанта юстиции Петра Орлова``):
    of a masculine noun of a person the two forms are one, and nothing stands between to make them two phrases.
    Not a bare title before a rank (``допросил адвоката генерал-майора Петра Орлова``): the possessive "X of Y",
    the rank's holder another than the first title's. ``ranks``: the heads of the titles that are personal ranks."""
    tokens = analysis.tokens
    return a.last > a.head and b.head in ranks \
        and {case_of(tokens[a.head]), case_of(tokens[b.head])} == {"Gen", "Acc"} \
        and tokens[a.head].feat.get("Gender") != "Fem" and tokens[b.head].feat.get("Gender") != "Fem"


def share_forward(analysis: Analysis, titles: list[Title], out: dict[int, Span], morph: Morph,
                  ranks: frozenset[int] = frozenset()) -> None:
    """``title1, title2 Name`` and ``title1 title2 Name``: the first title goes to the name after the second
    (``ranks``: the heads of the titles that are personal ranks, :func:`_stacked_gen_acc`)."""
    for index in range(len(titles) - 2, -1, -1):
        a, b = titles[index], titles[index + 1]
        if index in out or index + 1 not in out or out[index + 1].start < b.end:
            continue
        between = _between(analysis, a, b)
        # the segmenter may end a sentence at the last dot of a degree written short
        degree = _DEGREE.fullmatch(between) is not None
        # an achievement between the two, no post of its own: "пловец, двукратный чемпион мира, депутат …"
        distinction = _names_distinction(between, morph)
        if analysis.tokens[a.head].sent != analysis.tokens[b.head].sent and not degree \
                or "\n" in analysis.text[a.end:b.start]:
            continue
        if _said_of_name_before(analysis, a):
            continue  # "Олег Смирнов – проректор, а также декан Пётр Сидоров": the first is Смирнов's
        stacked = not between or _gap_is_phrase(analysis, a, b)
        # "вице-премьер — полпред президента в округе Пётр Орлов": two posts of one holder joined by a dash
        if (between in _LINKS or stacked or degree or distinction or between in DASHES) \
                and (_alike(analysis, a, b) or not between and _stacked_gen_acc(analysis, a, b, ranks)) \
                and not _two_subjects(analysis, a, out[index + 1]) and not _two_leaders(analysis, a, b) \
                and not (between == "," and _after_predicate(analysis, a)):
            out[index] = out[index + 1]


def _names_distinction(between: str, morph: Morph) -> bool:
    """Whether the words between two titles are a phrase between commas one of whose first words is, as a whole
    word, a noun of an achievement (``resources/titles.txt``, ``distinction``): ``, трёхкратная чемпионка мира,``,
    ``, лауреат премий,``; not ``, кавалерист полка,``."""
    phrase = _COMMA_PHRASE.fullmatch(between)
    words = phrase.group(1).split()[:_DISTINCTION_AT] if phrase else []
    return any(morph.lemma(word.strip("«»\"")) in DISTINCTIONS for word in words)


def _leader(analysis: Analysis, title: Title) -> str | None:
    """The kind of leader of a state a title's head names (``канцлер``, ``президент``), or None."""
    word = fold(analysis.tokens[title.head].text)
    return next((stem for stem in _LEADERS if word.startswith(stem)), None)


def _two_leaders(analysis: Analysis, a: Title, b: Title) -> bool:
    """``между канцлером и российским президентом Петром Орловым``: two kinds of leader of a state are two
    people (not so ``генеральный директор и совладелец``, one person's posts)."""
    kinds = (_leader(analysis, a), _leader(analysis, b))
    return None not in kinds and kinds[0] != kinds[1]


def _said_of_name_before(analysis: Analysis, title: Title) -> bool:
    """A title after a name and a dash that a comma closes (``…, Олег Смирнов – проректор по науке, а …``): it
    is said of that name, whatever title and name follow."""
    tokens = analysis.tokens
    dash, name = title.first - 1, title.first - 2
    return name >= 0 and tokens[dash].text in DASHES and tokens[name].pos == "PROPN" \
        and tokens[name].feat.get("Animacy") == "Anim" and tokens[name].text[:1].isupper() \
        and tokens[name].sent == tokens[title.head].sent \
        and analysis.text[title.end: title.end + 2].lstrip()[:1] == ","


def _after_predicate(analysis: Analysis, title: Title) -> bool:
    """A title in a parenthetical clause with its own verb (``Как сообщил представитель компании, директор …``):
    the comma after it ends that clause, and the next title is another person's (not so in a clause that goes
    on: ``что среди задержанных оказался депутат …, сопредседатель … Пётр Орлов``)."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    verb = False
    for k in range(title.first - 1, -1, -1):
        token = tokens[k]
        if token.sent != sent or token.text in (",", ";", ":", "—", "–", "(") or token.text in OPENING_QUOTES:
            return False
        if token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") == "Fin":
            verb = True
        elif verb and token.pos == "SCONJ" and token.text.lower() == "как":
            return True  # "как сообщил …": a parenthetical clause, not one that goes on ("что … оказался …")
    return False


def _two_subjects(analysis: Analysis, title: Title, name: Span) -> bool:
    """``Президент компании «…» и вице-президент банка «…» Пётр Орлов подписали договор``: a singular title
    that is the subject of a plural verb, with one name after it and no other, names a second person."""
    tokens = analysis.tokens
    head = tokens[title.head]
    verb = head.head
    if not head.rel.startswith("nsubj") or verb is None or number_of(head) != "Sing" \
            or tokens[verb].feat.get("Number") != "Plur":
        return False
    after = bisect_left(analysis.token_starts, name.end)
    if after < len(tokens) and tokens[after].text in (",", "и"):
        return False  # "… Пётр Орлов и Анна Зорина подписали": the plural is theirs
    # the plural verb is the first one after the name (the parser may hang a subject on a later verb)
    return not any(t.pos in ("VERB", "AUX") and t.feat.get("VerbForm") == "Fin" for t in tokens[after:verb])


def share_coordinated(analysis: Analysis, titles: list[Title], index: int, out: dict[int, Span], morph: Morph,
                      people: People | None = None, conferred: Collection[int] = frozenset()) -> None:
    """``Орлов был советником мэра, директором школы и …``, ``… советником мэра, а в 2018 году — директором
    школы``, ``назначен заместителем министра — руководителем аппарата`` (:func:`_defines`): titles coordinated
    with one a predicate gives a holder, in its sentence and case, share that holder.
    A clause with its verb left out that names its own subject (``…, а Анна Зорина — директором школы``)
    gives the title to that name. A title a dash joins before the one given a holder named after both says the
    same post (``Первым заместителем председателя правительства – министром финансов назначен Пётр Орлов``).
    ``conferred``: the indices of ranks after ``звание`` (:mod:`.conferred`), held only by whom they are conferred
    on: no sharing reaches or passes them."""
    back = index
    while back > 0 and back - 1 not in out and back - 1 not in conferred and out[index].start >= titles[index].end:
        a, b = titles[back - 1], titles[back]
        if analysis.tokens[a.head].sent != analysis.tokens[b.head].sent or _between(analysis, a, b) not in DASHES \
                or not _is_apposed(analysis, a, b) or not _alike(analysis, a, b):
            break
        out[back - 1] = out[index]
        back -= 1
    while index + 1 < len(titles) and index + 1 not in out and index + 1 not in conferred:
        a, b = titles[index], titles[index + 1]
        if analysis.tokens[a.head].sent != analysis.tokens[b.head].sent:
            return
        if _between(analysis, a, b) in DASHES and _defines(analysis, a, b, morph):
            out[index + 1] = out[index]
        elif not _alike(analysis, a, b):
            return
        elif _between(analysis, a, b) in _LINKS:
            out[index + 1] = out[index]
        elif _gapped(analysis, a, b):
            subject = _gap_subject(analysis, a, b, people)
            if subject is False:
                return
            out[index + 1] = subject or out[index]
        else:
            return
        index += 1


def _defines(analysis: Analysis, a: Title, b: Title, morph: Morph) -> bool:
    """A title right after a dash that says what the title before it is (``назначен замдиректора службы —
    руководителем аппарата комитета``): the parser's apposition to it or to a word of it, in its number (a
    title that does not decline shows no case); not a title of a clause of its own (``стал министром —
    директором назначен Лаптев``)."""
    if _of_seat(analysis, a, b, morph):  # the parser may hang the second on the word of posts
        return _is_apposed(analysis, a, b) or analysis.tokens[b.head].head == a.first - 1
    return _is_apposed(analysis, a, b) and not _verb_after(analysis, b)


def _of_seat(analysis: Analysis, a: Title, b: Title, morph: Morph) -> bool:
    """Two titles in the genitive a dash joins after a word of posts (``На посту заместителя председателя
    правительства — министра финансов остается …``): one post; the second opens no clause of its own."""
    tokens = analysis.tokens
    return a.first > 0 and morph.lemma(tokens[a.first - 1].text) in SEATS \
        and case_of(tokens[a.head]) == "Gen" and case_of(tokens[b.head]) == "Gen"


def _is_apposed(analysis: Analysis, a: Title, b: Title) -> bool:
    """A title the parser joins to a word of the title before it as an apposition, a conjunct or parataxis (``был
    начальником штаба — первым заместителем командующего``), in its number."""
    head = analysis.tokens[b.head]
    return head.rel in ("appos", "conj", "parataxis") and head.head is not None and a.first <= head.head <= a.last \
        and number_of(head) in (None, number_of(analysis.tokens[a.head]))


def _verb_after(analysis: Analysis, title: Title) -> bool:
    """A verb right after a title (``директором назначен``)."""
    k = title.last + 1
    return k < len(analysis.tokens) and analysis.tokens[k].pos in ("VERB", "AUX")


def _gap_subject(analysis: Analysis, a: Title, b: Title, people: People | None) -> Span | None | bool:
    """The subject a clause with its verb left out names between two titles (``, а Анна Зорина —``): its name,
    ``None`` when there is no name in the nominative, ``False`` for a subject that is no known name."""
    for token in analysis.tokens[a.last + 1: b.first]:
        if token.pos == "PROPN" and case_of(token) == "Nom":
            person = people.of_token.get(token.index) if people is not None else None
            return person if person is not None else False
    return None


def _gapped(analysis: Analysis, a: Title, b: Title) -> bool:
    """A clause with its verb left out after the first title's (``…, а в 2018 году — директором школы``): a
    comma, ``а`` or ``и``, a few words with no verb, and a dash; the name of whose the first title is (``консультантом
    предвыборной кампании Петра Орлова, а …``) may come before the comma."""
    gap = analysis.tokens[a.last + 1: b.first]
    while gap and gap[0].pos == "PROPN" and case_of(gap[0]) in ("Gen", None):
        gap = gap[1:]
    if gap and (fold(gap[-1].text) in POSSESSIVES or fold(gap[-1].text) == "как"):
        gap = gap[:-1]  # "…, а Глеб Лаптев — его заместителем", "… как лидер партии, а позже — как президент"
    return 3 <= len(gap) <= _MAX_GAPPED and gap[0].text == "," and fold(gap[1].text) in ("а", "и") \
        and gap[-1].text in DASHES and all(t.pos not in ("VERB", "AUX") and t.text not in (",", ";", ":", "(")
                                           for t in gap[2:-1])


def _gap_is_phrase(analysis: Analysis, a: Title, b: Title) -> bool:
    """A short prepositional phrase between two titles: ``глава представительства в регионе помощник …``."""
    gap = range(a.last + 1, b.first)
    tokens = analysis.tokens
    # "назначен врио губернатора после отставки главы региона Петра Орлова": the second title hangs on the
    # phrase's noun (whose resignation), it is no second post of one holder
    governed = tokens[b.head].head in gap and tokens[b.head].rel.startswith("nmod")
    return 0 < len(gap) <= 3 and tokens[a.last + 1].pos == "ADP" and not governed and all(
        in_gap(tokens, k) for k in gap)


def share_backward(analysis: Analysis, titles: list[Title], out: dict[int, Span]) -> None:
    """``Name, title1 и title2,``: the second title goes to the name before the first."""
    for index in range(len(titles) - 1):
        a, b = titles[index], titles[index + 1]
        if index not in out or index + 1 in out or out[index].end > a.start:
            continue
        between = _between(analysis, a, b)
        if between in _LINKS and closes_apposition(analysis.text, b) and _alike(analysis, a, b) \
                or between in DASHES and _dashed_line(analysis, out[index], a, b):
            out[index + 1] = out[index]


def _dashed_line(analysis: Analysis, name: Span, a: Title, b: Title) -> bool:
    """``Пётр Орлов - вице-премьер - глава аппарата правительства;``: a name, a dash and a title in the nominative,
    then a second dash and a second title that ends the clause: both the name's."""
    text = analysis.text
    if " ".join(text[name.end:a.start].split()) not in DASHES or "\n" in text[name.end:b.start]:
        return False
    rest = text[b.end: b.end + 3].lstrip(" \t\u00a0")
    tokens = analysis.tokens
    return (not rest or rest[0] in ".;\n") and case_of(tokens[a.head]) == case_of(tokens[b.head]) == "Nom"
