"""Titles given through a predicate, and whom the predicate speaks of.

``Орлов назначен министром``, ``Зорина, занимающая пост директора``, ``… в
должности …``, ``капитаном стал Орлов``, ``назвал Орлова лучшим тренером``: the
subject comes from natasha's syntax tree, through relative clauses and
participles to the name they qualify, and from ``он``/``она`` to the last person
of that gender named before. A title with no name may refer back to the person
last named (:func:`antecedent_candidate`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from ..text import DASHES
from .declined import declined
from .grammar import Title, acting_verb
from .sharing import AGE
from .subjects import SUBJECT_PRONOUNS, antecedent_of, pronoun_antecedent, verbless_holder
from .tokens import People, case_of, first_token, same_case

# verbs and participles that give a person a title: "назначен директором", "занимающий пост …"
_PREDICATES = re.compile(
    r"(?i)(назнач\w+|избран\w*|стал[аио]?|станет|стану\w*|(?:про|по)?работа\w+|занима\w+|занявш\w+|возглав\w+|"
    r"утвержд\w+|переизбран\w*|являющ\w+|является|являлс[яь]|являлас[ья]|был[аио]?|будет|(?:про|по)?служ\w+|выступ\w+|"
    r"оста[её]тся|остал\w*|трудит\w+|трудил\w*|бывш\w+)"
)
# words that may stand between such a predicate and the title: "назначен на пост", "в качестве"
_PREDICATE_BRIDGE = {"на", "в", "во", "качестве", "должность", "пост", "посту", "должности", "его", "ее", "её",
                     "уже", "ранее", "теперь", "сейчас", "также", "тоже", "вновь", "снова", "временно",
                     "один", "одна", "одним", "одной", "из"}  # "является одним из основателей"
POST_WORDS = {"должность", "пост", "позиция", "место", "качество"}
_POST_FORMS = {"должности", "посту", "позиции", "качестве"}  # "на посту", "в должности": where a holder is
# verbs and nouns that name someone to a title: "назвал Кузьмина первым вратарём", "избрание … премьером"
_NAMING = {"назвать", "называть", "назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить",
           "утверждать", "объявить", "объявлять", "признать", "признавать", "назначение", "избрание",
           "переизбрание", "утверждение"}
# active verbs whose object is the one appointed or dismissed: "назначил Орлова …", "уволили Орлова с поста"
_APPOINTING = {"назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить", "утверждать", "назвать",
               "называть", "уволить", "увольнять", "освободить", "освобождать", "снять", "снимать", "отстранить",
               "отстранять", "сменить", "сменять"}
_TAKING_OVER = {"сменить", "сменять"}  # "Орлов сменил Зорину на посту": the subject takes the post


def predicate_person(
    analysis: Analysis, title: Title, people: People, holders: dict[int, Span], morph: Morph
) -> Span | None:
    """The holder a predicate gives a title to.

    ``капитаном стал Кузьмин`` (also ``премьером станет глава партии … Зайцева``);
    ``Кузьмин назначен министром``, ``Зайцева, занимающая пост директора``, ``… в
    должности …``, ``Орлов будет запасным вратарём`` (the subject of the predicate,
    from the syntax tree); ``назвал Кузьмина первым вратарём``.
    ``holders`` maps the first token of each attached title to its person.
    """
    tokens = analysis.tokens
    head = tokens[title.head]
    # "работал с губернатором": an instrumental after a preposition is whom, not what, its subject is
    after_preposition = title.first > 0 and tokens[title.first - 1].pos == "ADP"
    instrumental = case_of(head) == "Ins" and not after_preposition
    k = title.last + 1
    # "ведущей программы стала Анна Котова": an instrumental the tagger may read as another case of the same form
    if (instrumental or not after_preposition and morph.has_gram(head.text, "ablt")) \
            and k + 1 < len(tokens) and tokens[k].sent == head.sent and _PREDICATES.fullmatch(fold(tokens[k].text)):
        after = _past_modifiers(analysis, k + 1)  # "назначен 34-летний Пётр Орлов", "стал молодой …"
        person = people.by_first.get(after) or holders.get(after)
        if person is not None:
            return person
    if instrumental:
        # "поработать в мэрии директором": the verb right before, across a phrase, whatever the parser says
        verb = _predicate_across_phrase(analysis, title) or head.head
        # "… директором является Орлов"; "он возглавлял холдинг, учредителем фонда …": a predicate left out
        if verb is not None and head.rel.startswith(("xcomp", "obl", "conj")) \
                and _PREDICATES.fullmatch(fold(tokens[verb].text)) and not declined(analysis, verb, morph):
            person = _subject_of(analysis, verb, people, climb=False, morph=morph)
            appoints_other = _appoints_other(tokens[verb], morph)
            if person is None and not appoints_other:
                person = _name_before_verb(analysis, verb, people) or _controller(analysis, verb, people, morph)
            if person is not None or appoints_other:
                return person
    trigger = _trigger_before(analysis, title, morph)
    if trigger is not None and declined(analysis, trigger, morph):
        return None
    if trigger is not None:
        person = None
        if morph.lemma(tokens[trigger].text) in POST_WORDS:
            person = _subject_after(analysis, title, people)  # "в качестве заместителя в команду входит Орлов"
        person = person or _subject_of(analysis, trigger, people, morph=morph)
        if person is not None:
            return person
    verb = _capacity_verb(analysis, title)
    if verb is not None:  # "Орлов выступил на форуме как глава делегации"
        return _subject_of(analysis, verb, people, morph=morph)
    person = _subject_of(analysis, title.head, people, climb=False)  # "Орлов будет вратарём": the copula's subject
    if person is not None and person.end <= title.start and trigger is not None:
        return person
    if instrumental:
        person = people.by_last.get(title.first - 1)
        if person is not None:
            before = first_token(analysis, person) - 1
            if before >= 0 and morph.lemma(tokens[before].text) in _NAMING:
                return person
        verb = _gapped_predicate(analysis, title)
        if verb is not None:
            return _subject_of(analysis, verb, people, climb=False, morph=morph)
    return verbless_holder(analysis, title, people)  # "Орлов родился в Томске. С 1992 года — директор школы."


def _past_modifiers(analysis: Analysis, k: int) -> int:
    """The index past the adjectives in the nominative and the ages that stand before a name at ``k``
    (``34-летний``, ``молодой``), at most three."""
    tokens = analysis.tokens
    start = k
    while k < len(tokens) and k - start < 3 and tokens[k].sent == tokens[start].sent \
            and (AGE.fullmatch(tokens[k].text) or tokens[k].pos == "ADJ" and case_of(tokens[k]) == "Nom"):
        k += 1
    return k


def _capacity_verb(analysis: Analysis, title: Title) -> int | None:
    """The verb of the clause a title in the nominative after ``как`` tells the capacity of (``Орлов, который
    стоял во главе страны как лидер партии``; ``Как министр, Орлов заявил …``): the last finite verb or short
    participle before it in its clause, or, for a title that opens its sentence, the first one after it. Not a
    comparison with another (``как и министр``, ``такие, как …``)."""
    tokens = analysis.tokens
    j = title.first - 1
    if j < 0 or fold(tokens[j].text) != "как" or case_of(tokens[title.head]) != "Nom" \
            or j >= 2 and tokens[j - 1].text == "," and fold(tokens[j - 2].text).startswith(("так", "тот", "те")):
        return None
    sent = tokens[title.first].sent
    if analysis.starts_sentence(j):
        ahead = (t for t in tokens[title.last + 1:] if t.sent == sent and _finite(t))
        return next((t.index for t in ahead), None)
    for k in range(j - 1, -1, -1):
        token = tokens[k]
        if token.sent != sent or token.text in (",", ";", ":", "(", ")", "«", "»") or token.text in DASHES:
            return None
        if _finite(token):
            return k
    return None


def _finite(token) -> bool:
    """A finite verb or a short participle (``назначен``)."""
    return token.pos in ("VERB", "AUX") \
        and (token.feat.get("VerbForm") == "Fin" or token.feat.get("Variant") == "Short")


def _predicate_across_phrase(analysis: Analysis, title: Title) -> int | None:
    """A verb that gives a title right before a title in the instrumental, across a prepositional phrase of at most
    three words (``успел поработать в мэрии директором``), whatever the parser hangs the title on."""
    tokens = analysis.tokens
    j = title.first - 1
    if j < 0 or tokens[j].pos not in ("NOUN", "PROPN"):
        return None
    for k in range(j - 1, max(j - 4, -1), -1):
        if tokens[k].sent != tokens[title.first].sent:
            return None
        if tokens[k].pos == "ADP":
            before = k - 1
            ok = before >= 0 and tokens[before].pos in ("VERB", "AUX") and is_predicate(tokens[before].text)
            return before if ok else None
        if tokens[k].pos not in ("ADJ", "NOUN", "PROPN", "DET"):
            return None
    return None


def _controller(analysis: Analysis, verb: int, people: People, morph: Morph) -> Span | None:
    """Who does what an infinitive or a converb says (``Орлов успел поработать директором``, ``поработав
    директором, Орлов ушёл``): the named object of the verb it completes (``попросил Анну Котову поработать
    …``), else that verb's subject."""
    tokens = analysis.tokens
    parent = tokens[verb].head
    form = (tokens[verb].feat.get("VerbForm"), tokens[verb].rel)
    if parent is None or form not in (("Inf", "xcomp"), ("Conv", "advcl")):
        return None
    obj = _dependent(analysis, parent, ("obj", "iobj"), people)
    if obj is not None:
        return people.of_token[obj]
    return _subject_of(analysis, parent, people, morph=morph)


def _name_before_verb(analysis: Analysis, verb: int, people: People) -> Span | None:
    """A name in the nominative right before a predicate the parser gave no subject (``указом президента Пётр
    Орлов назначен послом``): the predicate's subject."""
    tokens = analysis.tokens
    person = people.by_last.get(verb - 1)
    if person is None or tokens[verb].pos not in ("VERB", "AUX"):
        return None
    first = tokens[first_token(analysis, person)]
    return person if case_of(first) == "Nom" and first.sent == tokens[verb].sent else None


def _gapped_predicate(analysis: Analysis, title: Title) -> int | None:
    """The predicate a title in the instrumental after a comma shares with the clause before it (``он
    возглавлял холдинг, затем учредителем фонда, директором канала``): the last finite verb before it in
    its sentence, one of those that give a title, with no other predicate between."""
    tokens = analysis.tokens
    j = title.first - 1
    while j >= 0 and tokens[j].pos == "ADV" and tokens[j].sent == tokens[title.first].sent:
        j -= 1  # "затем", "позже"
    if j < 0 or tokens[j].text != ",":
        return None
    for k in range(j - 1, -1, -1):
        token = tokens[k]
        if token.sent != tokens[title.first].sent or token.text in (";", ":", "—", "(", ")") \
                or token.pos in ("SCONJ", "PRON") and fold(token.text).startswith(("котор", "что", "где")):
            return None
        if token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") == "Fin":
            return k if _PREDICATES.fullmatch(fold(token.text)) else None
    return None


def _subject_after(analysis: Analysis, title: Title, people: People) -> Span | None:
    """The named subject of the verb that follows a title within a few words (``в качестве заместителя, в
    команду входит Орлов``): the parser's attachment of such a title is not to be trusted."""
    tokens = analysis.tokens
    for k in range(title.last + 1, min(title.last + 5, len(tokens))):
        token = tokens[k]
        if token.sent != tokens[title.head].sent:
            return None
        if token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") == "Fin":
            subject = _nsubj(analysis, k, people)
            return people.of_token.get(subject) if subject is not None else None
        if token.pos not in ("ADP", "NOUN", "ADJ", "DET") and token.text != ",":
            return None
    return None


def _trigger_before(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The predicate a few words before a title (``назначен``, ``занимающий пост``, ``с поста``), if any."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    j = title.first - 1
    if j >= 0 and fold(tokens[j].text) == "на":
        return None  # "работает на губернатора": for its holder; a post is named ("на пост губернатора")
    acting = acting_verb(analysis, title.first, title.last)
    if acting is not None:
        return acting  # "исполнял обязанности министра", "обязанности министра исполняет": an acting holder
    steps = 0
    while j >= 0 and tokens[j].sent == sent and steps < 4:
        word = fold(tokens[j].text)
        if _PREDICATES.fullmatch(word) or morph.lemma(word) in POST_WORDS:
            return j
        if word not in _PREDICATE_BRIDGE and not (tokens[j].text in DASHES and j == title.first - 1):
            return None  # "назначен на новую должность — глава службы": a dash may stand for the post word
        j -= 1
        steps += 1
    return None


def _subject_of(analysis: Analysis, word: int, people: People, climb: bool = True,
                morph: Morph | None = None) -> Span | None:
    """The person a predicate speaks of.

    The subject of the word or of the verbs above it (``согласился занять пост``,
    ``уходит …, но остаётся …``), the name a participle or a relative clause
    qualifies (``Зайцева, занимающая пост``; ``Зайцева, которая является``), or the
    antecedent of ``он``/``она``; the object of an active verb that appoints or dismisses
    (``уволил Орлова с поста``); for a past verb with no subject, the last person of its
    gender named before (``Орлов родился в Томске. Работал учителем``).
    """
    tokens = analysis.tokens
    current = word
    for _ in range(4 if climb else 1):
        if morph is not None and _appoints(tokens[current], morph):
            obj = _dependent(analysis, current, ("obj",), people)
            obj = obj if obj is not None else _titled_object(analysis, current, people)
            if obj is not None:
                return people.of_token[obj]
            if _appoints_other(tokens[current], morph):
                return None  # "Орлов назначил сына директором": the one appointed is not named
        subject = _nsubj(analysis, current, people)
        if subject is not None:
            if subject in people.of_token:
                person = people.of_token[subject]
                return None if _plural_of_one(analysis, current, person, people) else person
            if subject + 1 in people.by_first and tokens[subject].pos == "NOUN" \
                    and same_case(tokens[subject], tokens[subject + 1]):
                return people.by_first[subject + 1]  # "занял республиканец Пётр Орлов": a noun before the name
            named = _named_subject(analysis, subject, current, people)
            if named is not None:
                return named
            lemma = fold(tokens[subject].text)
            if lemma in ("который", "которая"):
                return _qualified_person(analysis, current, people)
            if lemma in SUBJECT_PRONOUNS:
                return pronoun_antecedent(analysis, subject, people)
            return None
        person = _qualified_person(analysis, current, people)
        if person is not None:
            return person
        parent = tokens[current].head
        # "работал … в качестве председателя": "качестве" is part of a preposition, whose noun is the verb's
        if parent is None or not tokens[current].rel.startswith(("xcomp", "conj", "obl", "nmod", "obj", "advcl",
                                                                 "fixed", "case")):
            break
        current = parent
    verb = tokens[current]
    if climb and verb.pos in ("VERB", "AUX") and verb.feat.get("VerbForm") == "Fin" \
            and verb.feat.get("Number") == "Sing" and verb.feat.get("Gender") in ("Masc", "Fem") \
            and _nsubj(analysis, current, people) is None:
        after = people.by_first.get(current + 1)
        if after is not None and case_of(tokens[current + 1]) == "Nom" and tokens[current + 1].sent == verb.sent:
            return after  # "пост директора занимал Пётр Орлов": the subject after its verb, whatever the parser says
        # a subject left out: the one named before, not one after a preposition ("… солидарен с Орловым) и работал")
        return antecedent_of(analysis, current, people, verb.feat["Gender"], oblique=False)
    return None


def _named_subject(analysis: Analysis, subject: int, verb: int, people: People) -> Span | None:
    """The name in apposition to a noun subject, in its case, on the subject's side of the verb: ``жена главы
    района Анна Зорина стала депутатом``, ``назначена заместительница Петра Орлова в штабе Анна Зорина`` (not
    ``предшественник Анны Зориной стал …``, nor a name after the verb for a subject before it, nor a subject
    after a comma)."""
    tokens = analysis.tokens
    if tokens[subject].pos != "NOUN" or verb < subject and any(t.pos == "PUNCT" for t in tokens[verb + 1: subject]):
        return None  # "объявил о …, однако лидер оппозиции Пётр Орлов назвал …": a subject of another clause
    for token in tokens:
        if token.sent == tokens[subject].sent and token.head == subject and token.rel == "appos" \
                and token.index in people.of_token and (token.index < verb) == (subject < verb) \
                and same_case(tokens[subject], token):
            return people.of_token[token.index]
    return None


def _plural_of_one(analysis: Analysis, verb: int, person: Span, people: People) -> bool:
    """A plural verb the parser gives one name as its subject, with no other name coordinated with it
    (``Пётр Орлов, но акционерами выступали сыновья …``): not that name's predicate."""
    tokens = analysis.tokens
    if tokens[verb].feat.get("Number") != "Plur" or tokens[verb].pos not in ("VERB", "AUX"):
        return False
    after = bisect_left(analysis.token_starts, person.end)
    return not (after + 1 < len(tokens) and fold(tokens[after].text) in ("и", ",") and after + 1 in people.by_first)


def _appoints(token, morph: Morph) -> bool:
    """An active verb whose object, not its subject, gets or loses the title (``назначил``, ``уволили``)."""
    return token.pos == "VERB" and token.feat.get("Voice") != "Pass" and token.feat.get("Variant") != "Short" \
        and token.feat.get("VerbForm") != "Part" and morph.lemma(token.text) in _APPOINTING


def _appoints_other(token, morph: Morph) -> bool:
    """An active verb that names someone other than its subject to a title or takes one from them
    (``назначил``, ``избрали``, ``уволил``; not ``сменил``, whose subject takes the post over): its subject
    never holds the title, even when the one appointed is no name the text has (``назначил сына …``)."""
    return _appoints(token, morph) and morph.lemma(token.text) not in _TAKING_OVER


def _titled_object(analysis: Analysis, verb: int, people: People) -> int | None:
    """The name after a noun object of a verb and its dependents, in the object's case (``назначил директора
    школы Петра Орлова руководителем …``): who is appointed."""
    tokens = analysis.tokens
    obj = next((t for t in tokens if t.sent == tokens[verb].sent and t.head == verb and t.rel == "obj"
                and t.pos == "NOUN"), None)
    if obj is None or obj.index < verb:
        return None
    for k in range(obj.index + 1, min(obj.index + 8, len(tokens))):
        if k in people.by_first:
            return k if {case_of(obj), case_of(tokens[k])} <= {"Acc", "Gen"} else None
        if tokens[k].sent != obj.sent or tokens[k].pos in ("VERB", "AUX", "PUNCT") and tokens[k].text not in "«»\"":
            return None
    return None


def _dependent(analysis: Analysis, index: int, rels: tuple[str, ...], people: People) -> int | None:
    sent = analysis.tokens[index].sent
    for token in analysis.tokens:
        if token.sent == sent and token.head == index and token.rel in rels and token.index in people.of_token:
            return token.index
    return None


def _nsubj(analysis: Analysis, index: int, people: People) -> int | None:
    """The nominal subject of token ``index`` (a name first, when the parser gives two)."""
    sent = analysis.tokens[index].sent
    subjects = [t.index for t in analysis.tokens
                if t.sent == sent and t.head == index and t.rel.startswith("nsubj")]
    named = [k for k in subjects if k in people.of_token]
    return (named or subjects or [None])[0]


def _qualified_person(analysis: Analysis, verb: int, people: People) -> Span | None:
    """``Зайцева, занимающая пост …``, ``Зайцева, которая является …``: the name a clause qualifies; also
    the name a post word hangs on (``Орлов на посту директора …``); through a noun the name is in apposition to
    (``отца Петра Орлова, который стоял во главе страны``)."""
    tokens = analysis.tokens
    head = tokens[verb].head
    if head is not None and head not in people.of_token and tokens[verb].rel.startswith("acl"):
        named = _named_subject(analysis, head, verb, people)
        head = first_token(analysis, named) if named is not None else None
    if head is None or head not in people.of_token:
        return None
    if tokens[verb].rel.startswith(("acl", "amod", "appos")) \
            or (tokens[verb].rel == "nmod" and fold(tokens[verb].text) in _POST_FORMS):
        return people.of_token[head]
    return None


def is_predicate(word: str) -> bool:
    """A verb or participle that gives a person a title (``назначен``, ``был``, ``работала``)."""
    return bool(_PREDICATES.fullmatch(fold(word)))


def antecedent_candidate(analysis: Analysis, title: Title, persons: list[Span]) -> Span | None:
    """The person a title with no name may refer back to (``… сказал Глеб Лаптев. Позже министр
    добавил …``): the last person named before the title, in the sentence before or, when the
    title is a subject, in its own sentence — unless the title is coordinated with another.

    The text must still give that person the same role elsewhere (:func:`nerpipe.titles.facts.build_positions`).
    """
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    before = [p for p in persons if p.end <= title.start]
    if not before or (title.first > 0 and fold(tokens[title.first - 1].text) == "и"):
        return None  # "… Орловым и тренером команды …": a coordinated title names someone else
    last = max(before, key=lambda p: p.end)
    first = analysis.tokens[first_token(analysis, last)]
    if first.sent < sent - 1:
        return None
    if first.sent == sent and not tokens[title.head].rel.startswith("nsubj"):
        return None  # "Орлов … встретился с министром финансов": in the holder's sentence only as a subject
    return last
