"""The name before a title that holds it: ``Name, title``, ``Name — title``, ``Name (title``, ``Name, один из
titles``, ``Name, по профессии title``, across a phrase of the name's own (``Name, известный меценат, title``),
and a signature (a name and a title on one line, or on two); and the names listed with a name."""

from __future__ import annotations

import re

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from ..text import CLOSING_QUOTES, DASHES, OPENING_QUOTES, line_ends, line_starts
from .agreement import agrees, case_word, misread_agrees
from .declined import NO_LONGER
from .dependents import BY_TRADE
from .former import WHEN_HELD
from .grammar import Title
from .sharing import POSSESSIVES, closes_apposition
from .subjects import pronoun_antecedent, sentence_tokens, subject_of_opening_clause
from .tokens import People, case_of, first_token, is_participle, number_of

_YEAR = re.compile(r"(1[89]|20)\d\d")
_MAX_BRACKET = 30  # tokens of a bracket after a name: a spelling, or the dates and places of a life
_MAX_BRACKETED = 12  # words in brackets after a listed name: "(вопросы спорта и культуры)"
# the passives of appointing a title and the name of the appointee may follow: "и.о. ректора назначен Орлов"
_APPOINTED = frozenset({"назначить", "назначенный", "избрать", "избранный", "утвердить", "утверждённый",
                        "утвержденный", "переназначить", "переназначенный"})
_MAX_INSERT = 12  # words of a phrase between a name and its title ("Орлов, известный в городе меценат, директор …")

def name_list(analysis: Analysis, person: Span, people: People, forward: bool = True) -> list[Span]:
    """The names listed with ``person`` (``Name, Name и Name``), it first, going forward or back."""
    tokens = analysis.tokens
    found = [person]
    while True:
        edge = analysis.tokens_in(found[-1].start, found[-1].end)
        if forward:
            # "Глеб Лаптев из «Атланта», Пётр Орлов из …"; "Анну Зорину (культура), Петра Орлова (спорт)"
            k = skip_origin(tokens, skip_brackets(tokens, edge[-1].index + 1))
            link, nxt = (tokens[k] if k < len(tokens) else None), people.by_first.get(k + 1)
        else:
            k = edge[0].index - 1
            link, nxt = (tokens[k] if k >= 0 else None), people.by_last.get(k - 1)
        if link is None or link.text not in (",", "и") or nxt is None or nxt in found \
                or tokens[k].sent != edge[0].sent:
            return found
        found.append(nxt)


def skip_brackets(tokens, k: int) -> int:
    """The index past the words in brackets that open at ``k`` within its sentence (``(вопросы спорта и
    культуры)``), at most :data:`_MAX_BRACKETED` of them; ``k`` itself when there are none."""
    if k >= len(tokens) or tokens[k].text != "(":
        return k
    for j in range(k + 1, min(k + 2 + _MAX_BRACKETED, len(tokens))):
        if tokens[j].sent != tokens[k].sent or tokens[j].text == "(":
            return k
        if tokens[j].text == ")":
            return j + 1
    return k


def skip_origin(tokens, k: int) -> int:
    """The index past where a listed name comes from when ``из`` at ``k`` opens it: a name in quotes, with at
    most two adjectives before it (``из магнитогорского «Металлурга»``), or capitalised words (``из Твери``,
    ``из Нижнего Новгорода``); ``k`` itself when there is none."""
    if k >= len(tokens) or fold(tokens[k].text) != "из":
        return k
    sent = tokens[k].sent
    j = k + 1
    while j < min(k + 3, len(tokens)) and tokens[j].pos == "ADJ" and tokens[j].text[:1].islower():
        j += 1
    if j >= len(tokens) or tokens[j].sent != sent:
        return k
    if tokens[j].text in OPENING_QUOTES:
        close = next((i for i in range(j + 1, min(j + 8, len(tokens)))
                      if tokens[i].text in CLOSING_QUOTES and tokens[i].sent == sent), None)
        return close + 1 if close is not None else k
    end = j
    while end < len(tokens) and tokens[end].sent == sent and tokens[end].text[:1].isupper() \
            and tokens[end].pos in ("PROPN", "ADJ", "NOUN"):
        end += 1
    return end if end > j and j == k + 1 else k


def person_before(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """``Name, title``, ``Name — title``, ``Name (title``, ``Name, один из titles``, ``Name, по профессии title``,
    ``Name как title``, and across a phrase of the name's own: ``Name, <apposition | participial phrase |
    relative clause>, title,``.

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
    when = j
    j = _past_when(tokens, j)  # "Степан Кузьмин, в прошлом журналист", "…, ныне директор"
    if j != when and (person := _opening_subject(analysis, title, people, j)) is not None:
        return person  # "Степан Кузьмин с 2015 года директор школы."
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
    if fold(tokens[j].text) == "как":
        return _named_as(analysis, title, people, j)
    if tokens[j].text in DASHES and fold(tokens[j - 1].text) in ("он", "она") \
            and (j < 2 or tokens[j - 2].sent != tokens[j].sent or tokens[j - 2].text in (",", ";", ":")):
        return pronoun_antecedent(analysis, j - 1, people)  # "Орлов родился в Томске. Он — директор школы"
    if tokens[j].text in (",", "(") or tokens[j].text in DASHES:
        end = _before_brackets(tokens, j - 1)
        person = people.by_last.get(end)
        if person is None and tokens[j].text == "," and (closes_apposition(analysis.text, title)
                                                         or _coordinated_next(analysis, title)):
            end = _before_insert(analysis, j, people)  # "Name, известный борец с коррупцией, член палаты,"
            person = people.by_last.get(end) if end is not None else None
        # a bracket after the name belongs to its sentence, though the segmenter may cut the sentence in it
        if person is None or tokens[end if end == j - 1 else j - 1].sent != tokens[title.first].sent \
                or opens_appointment(analysis, title, people, morph) or _opens_main_clause(analysis, title, person):
            return None
        name = tokens[first_token(analysis, person)]
        # "Вместо Степана Кузьмина, капитаном стал …": an apposition agrees with its name
        head = case_word(analysis, title)
        return person if one_of or agrees(head, name, 1) or misread_agrees(head, name, morph) else None
    person = people.by_last.get(j)
    if person is not None and line_starts(analysis.text, person.start) and line_ends(analysis.text, title.end):
        return person  # a signature: "Степан Кузьмин Президент Федерации", or the title on the next line
    return None


def _named_as(analysis: Analysis, title: Title, people: People, at: int) -> Span | None:
    """``утвердил Петра Орлова как гендиректора компании``, ``Пётр Орлов как министр заявил``: the name right
    before ``как`` (at ``at``, with no comma between: not ``Орлов, как и министр``) holds a title in its case, the
    capacity it is named in."""
    tokens = analysis.tokens
    person = people.by_last.get(at - 1)
    head = case_word(analysis, title)
    if person is None or tokens[at - 1].sent != tokens[title.first].sent or case_of(head) is None:
        return None
    name = tokens[first_token(analysis, person)]
    return person if case_of(name) is not None and agrees(head, name, 1) else None


def _opens_main_clause(analysis: Analysis, title: Title, person: Span) -> bool:
    """``Как сообщил Пётр Орлов, губернатор подписал указ``: a title after the comma that closes a clause a
    conjunction opens, the subject of the main clause, not set off itself, is not said of that clause's subject."""
    return analysis.tokens[title.head].rel.startswith("nsubj") and not closes_apposition(analysis.text, title) \
        and subject_of_opening_clause(analysis, first_token(analysis, person), title)


def reads_on(analysis: Analysis, title: Title, k: int, people: People) -> bool:
    """Whether the words after a title go on to token ``k``: no line break before it, or the name that opens the
    line after the one the title ends, in its sentence (``выступил заместитель губернатора по строительству⏎Иван
    Орлов.``; a title on a line of its own above a name)."""
    if not analysis.line_break_between(k - 1, k):
        return True
    person = people.by_first.get(k)
    tokens = analysis.tokens
    gap = analysis.text[title.end:person.start] if person is not None else ""
    if title.first > 0 and tokens[title.first - 1].text in DASHES:
        return False  # "Пётр Орлов назначен на должность — глава ФТС⏎Пётр Орлов": the title is said of the one before
    if _line_named(analysis, title, people):
        return False  # "Пётр Орлов, директор школы⏎Анна Зорина, …": a list of names, each titled on its own line
    return k == title.last + 1 and person is not None and tokens[k].sent - tokens[title.last].sent in (0, 1) \
        and not gap.strip() and gap.count("\n") == 1  # the segmenter may end a sentence at the line break


def _line_named(analysis: Analysis, title: Title, people: People) -> bool:
    """Whether the title's line opens with a name and a comma or a dash right before the title
    (``Пётр Орлов, директор школы``): the title is that name's."""
    tokens = analysis.tokens
    mark = title.first - 1
    if mark < 1 or tokens[mark].text not in (",", *DASHES):
        return False
    person = people.by_last.get(mark - 1)
    if person is None:
        return False
    first = first_token(analysis, person)
    return first == 0 or "\n" in analysis.text[tokens[first - 1].end: tokens[first].start]


def opens_appointment(analysis: Analysis, title: Title, people: People, morph: Morph) -> bool:
    """A title after a comma that a passive of appointing follows, then a name (``уволен Пётр Лаптев, и.о.
    директора назначен Андрей Котов``): the title opens a clause of its own and is the appointee's, not an
    apposition of the name before the comma."""
    tokens = analysis.tokens
    k = title.last + 1
    if k >= len(tokens) or tokens[k].sent != tokens[title.head].sent or tokens[k].pos not in ("VERB", "ADJ") \
            or tokens[k].feat.get("Variant") != "Short" or morph.lemma(tokens[k].text) not in _APPOINTED:
        return False
    for after in tokens[k + 1: k + 13]:  # past the appointee's own titles ("статс-секретарь – заместитель …")
        if after.sent != tokens[k].sent or after.text in (",", ";", ":"):
            return False
        if after.index in people.by_first:
            return case_of(after) in ("Nom", None)
    return False


def _coordinated_next(analysis: Analysis, title: Title) -> bool:
    """A title joined by ``и`` to a noun in its case, across its adjectives (``Name, известный борец с
    коррупцией, член палаты и депутат``, ``…, член палаты и рабочей группы``): the apposition goes on."""
    tokens = analysis.tokens
    k = title.last + 1
    if k >= len(tokens) or fold(tokens[k].text) != "и":
        return False
    head = tokens[title.head]
    for word in tokens[k + 1: k + 4]:
        if word.sent != head.sent or word.pos not in ("NOUN", "ADJ"):
            return False
        if word.pos == "NOUN":
            return case_of(word) is not None and case_of(word) == case_of(head)
    return False


def _opening_subject(analysis: Analysis, title: Title, people: People, end: int) -> Span | None:
    """A name that opens its sentence, ending at ``end`` right before when a title is held, before the title in
    the nominative and no verb: ``Степан Кузьмин с 2015 года директор школы.``, a sentence with no copula."""
    tokens = analysis.tokens
    person = people.by_last.get(end)
    if person is None or case_of(tokens[title.head]) != "Nom" or number_of(tokens[title.head]) == "Plur":
        return None
    first = first_token(analysis, person)
    if not analysis.starts_sentence(first) or tokens[first].sent != tokens[title.first].sent:
        return None
    verbs = [t for t in sentence_tokens(analysis, tokens[first].sent) if t.pos in ("VERB", "AUX")]
    return person if not verbs else None


def _past_when(tokens, j: int) -> int:
    """The index before ``в прошлом``, ``ныне``, ``ранее``, ``в настоящее время``, ``с 2015 года`` … ending at
    ``j`` (when a title was or is held), or ``j``."""
    words = [fold(t.text) for t in tokens[max(0, j - 2): j + 1]]
    if j >= 1 and (words[-2:] == ["в", "прошлом"] or tuple(words[-2:]) in NO_LONGER):
        return j - 2  # "Степан Кузьмин больше не директор школы": a title held before
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
        if tokens[k].text == "," or tokens[k].text in DASHES and k < comma - 1:
            break
        if k in people.of_token or tokens[k].text in DASHES or tokens[k].text in ("(", ")", ":", ";"):
            return None
        k -= 1
    else:
        return None
    phrase = tokens[k + 1: comma]
    # "Name (годы жизни) — участник событий, title": a definition after a dash goes on after a comma
    end = _before_brackets(tokens, k - 1) if tokens[k].text in DASHES else k - 1
    if not phrase or end < 0 or tokens[end].index not in people.by_last:
        return None
    opener = phrase[0]
    relative = fold(opener.text).startswith("котор")
    participial = is_participle(opener)
    finite = any(t.pos in ("VERB", "AUX") and t.feat.get("VerbForm") == "Fin" for t in phrase)
    nominal = opener.pos in ("ADJ", "NOUN", "NUM") and not finite
    if tokens[k].text in DASHES:
        return end if nominal else None
    return end if relative or participial and not finite or nominal else None


def _before_brackets(tokens, k: int) -> int:
    """The token before a bracket that ends at ``k`` (``Степан Кузьмин (Stepan Kuzmin),``, ``Степан Кузьмин
    (12 мая 1950, Тверь — 3 июня 2010, Москва) —``: the dates and places of a life), else ``k``."""
    if k < 0 or tokens[k].text != ")":
        return k
    for j in range(k - 1, max(k - _MAX_BRACKET, -1), -1):
        if tokens[j].text == "(":
            return j - 1
        if tokens[j].text == ")":
            return k  # a bracket of its own closes here; the segmenter may cut a sentence inside one (at ";")
    return k
