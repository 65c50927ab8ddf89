"""Whom a clause with no named subject speaks of: ``он``/``она``, a subject left out (``Орлов родился в Томске.
Работал учителем``), and a run of sentences with no subject of their own, as a biography goes on (``Орлов
родился в Томске. В 1975 году окончил институт. С 1992 года — начальник управления.``); and the person a title
with no name may refer back to (:func:`antecedent_candidate`, :func:`continues_subject`)."""

from __future__ import annotations

from collections.abc import Mapping

from ..morph import fold
from ..ner import Analysis, Token, climb_heads
from ..records import Span
from ..text import DASHES, REPORT_NOUNS
from .grammar import Title
from .lexicon import EARLIER, INDECLINABLE, POST_FORMS, TURNS
from .tokens import People, case_of, first_token, is_possessor
from .verbs import is_predicate

SUBJECT_PRONOUNS = {"он": "Masc", "она": "Fem"}
_PRONOUN_OF = {gender: word for word, gender in SUBJECT_PRONOUNS.items()}
_MAX_RUN = 10  # sentences with no subject a biography may go on for
_NAME_MARKS = frozenset({"«", "»", "\"", "№"})  # marks inside a body's name in a phrase of a post
_MAX_SOURCE = 8  # words between "по словам" and the name of the source ("заместителя министра обороны …")
# who a clause is told by: "по словам", "по данным", and words that after "по" may also be a body's field
# ("комиссия по оценке ущерба") but before a name are its source ("по оценке министра", "по информации")
# conjunctions of a clause whose subject is not the one a title after it names ("Как сообщил Орлов, министр …")
_OPENING_CONJUNCTIONS = frozenset({"как", "когда", "пока", "если", "хотя", "после", "прежде", "поскольку"})
_SOURCE_NOUNS = REPORT_NOUNS | {"оценке", "информации", "утверждению"}
_MAX_LEAD = 6  # words before a title that opens a sentence with no verb ("С 1992 по 1996 год —")
# how words before a title that is its verb's subject hang on the verb when they only say when or how (not "А …")
_ADVERBIALS = frozenset({"obl", "advmod", "mark", "punct"})
_EARLIER = EARLIER | {"накануне"}  # before the sentence before: "Накануне директор завода объявил …"
_NAME_LINKS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})  # a name's words and the noun it names
_ARGUMENTS = ("obj", "iobj", "obl")  # what a verb acts on, for whom or with whom, besides its subject
_CLAUSES = ("ccomp", "advcl", "xcomp", "csubj", "acl", "parataxis")  # clauses of what a subject says or does


def pronoun_antecedent(analysis: Analysis, pronoun: int, people: People) -> Span | None:
    """The person ``он``/``она`` at token ``pronoun`` stands for (see :func:`antecedent_of`); ``None`` for
    another word."""
    gender = SUBJECT_PRONOUNS.get(fold(analysis.tokens[pronoun].text))
    return antecedent_of(analysis, pronoun, people, gender) if gender else None


def antecedent_of(analysis: Analysis, pronoun: int, people: People, gender: str | None, hops: int = 3,
                  oblique: bool = True, run: int = _MAX_RUN, skip: Span | None = None) -> Span | None:
    """``он``/``она`` (or a subject left out): the last person named before, in the same or the previous
    sentence, of that gender (any, for ``None``); with no name there, the antecedent of the same pronoun as the
    subject of the previous sentence (``Орлов — основатель фонда. В разные годы он возглавлял … В 1996 году он
    был советником …``), ``hops`` times at most; or, when the previous sentence has no subject at all, the one
    that sentence speaks of (``Орлов родился в Томске. В 1975 году окончил институт. Работал учителем``),
    ``run`` sentences back at most.

    A name in the genitive that hangs on a noun (``в администрации Петра Орлова``) is whose something is,
    not whom the next clause speaks of: it is passed over; so are, unless ``oblique``, a name after a preposition
    and one in an oblique case (``работала под руководством академика Петра Орлова``); so is ``skip``, the subject
    of an object pronoun's verb (``Орлов заменил его …``: not Орлов, who would be ``себя``)."""
    tokens = analysis.tokens
    sent = tokens[pronoun].sent
    for person in reversed(people.spans):
        first = first_token(analysis, person)
        if first >= pronoun or person == skip:
            continue
        if tokens[first].sent < sent - 1:
            word = fold(tokens[pronoun].text) if fold(tokens[pronoun].text) in SUBJECT_PRONOUNS \
                else _PRONOUN_OF.get(gender or "")
            earlier = _subject_pronoun_in(analysis, sent - 1, word) if hops and word else None
            if earlier is not None:
                return antecedent_of(analysis, earlier, people, gender, hops - 1, skip=skip)
            opening = _opening_of(analysis, sent - 1) if run else None
            if opening is None or not _subjectless(analysis, sent - 1):
                return None
            return antecedent_of(analysis, opening, people, gender, hops, False, run - 1, skip)
        if is_possessor(analysis.tokens, first) or not oblique and (first > 0 and tokens[first - 1].pos == "ADP"
                                                           or not _nominative(analysis, person)):
            continue
        if gender is None or tokens[first].feat.get("Gender") in (None, gender):
            return person
        return None
    return None


def antecedent_candidate(analysis: Analysis, title: Title, persons: list[Span]) -> Span | None:
    """The person a title with no name may refer back to (``… сказал Глеб Лаптев. Позже министр
    добавил …``): the last person named before the title, in the sentence before or, when the
    title is a subject, in its own sentence — unless the title is coordinated with another. A name of
    another gender than the title's verb is passed over (``Анна Котова и её муж Пётр жили в Твери. Тогда
    будущий министр работала учителем``).

    The text must still give that person the same role elsewhere (:func:`nerpipe.titles.facts.build_positions`).
    """
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    gender = _verb_gender(analysis, title)
    before = [p for p in persons if p.end <= title.start
              and (gender is None or tokens[first_token(analysis, p)].feat.get("Gender") in (None, gender))
              and not is_cited_source(analysis, first_token(analysis, p), sent)
              and not subject_of_opening_clause(analysis, first_token(analysis, p), title)]
    if not before or (title.first > 0 and fold(tokens[title.first - 1].text) == "и"):
        return None  # "… Орловым и тренером команды …": a coordinated title names someone else
    if any(is_object_of_verb(analysis, first_token(analysis, p), title) for p in before):
        return None  # "Новому директору Орлову глава области пожелал …": another than Орлов, named before or not
    last = max(before, key=lambda p: p.end)
    first = analysis.tokens[first_token(analysis, last)]
    if first.sent < sent - 1:
        return None
    if first.sent == sent and not tokens[title.head].rel.startswith("nsubj"):
        return None  # "Орлов … встретился с министром финансов": in the holder's sentence only as a subject
    return last


def is_object_of_verb(analysis: Analysis, first: int, title: Title) -> bool:
    """Whether a name is an object or an adverbial of the verb its sentence's title is the subject of (``Новому
    директору Петру Орлову глава области пожелал успехов``, ``Орлова министр поблагодарил``, ``Вместе с Петром
    Орловым министр посетил``): the verb's subject and its object are two people (one and the same would be
    ``себе``/``себя``)."""
    tokens = analysis.tokens
    verb = tokens[title.head].head
    if verb is None or tokens[first].sent != tokens[title.first].sent or not tokens[title.head].rel.startswith("nsubj"):
        return False
    token = tokens[first]
    while token.rel in _NAME_LINKS and token.head is not None and token.head != verb:
        token = tokens[token.head]  # "директору Петру Орлову": the name in apposition to its noun
    if token.rel.startswith("obl") and token.head is not None and tokens[token.head].pos == "ADV" \
            and tokens[token.head].rel == "advmod":
        token = tokens[token.head]  # "вместе с Петром Орловым", "рядом с …": the adverb the name completes
        return token.head == verb
    return token.head == verb and token.rel.startswith(_ARGUMENTS)


def is_cited_source(analysis: Analysis, first: int, sent: int) -> bool:
    """Whether a name in sentence ``sent`` is the source a clause is told by (``По словам министра Петра Орлова,
    новый начальник …``): the one who speaks, not the one the clause's subject refers back to."""
    tokens = analysis.tokens
    if tokens[first].sent != sent:
        return False
    k = first - 1
    while k > 0 and first - k <= _MAX_SOURCE and tokens[k].sent == sent and tokens[k].text not in (",", ";", ":"):
        if fold(tokens[k - 1].text) == "по" and fold(tokens[k].text) in _SOURCE_NOUNS:
            return True
        k -= 1
    return False


def subject_of_opening_clause(analysis: Analysis, first: int, title: Title) -> bool:
    """Whether a name is the subject of a clause a conjunction opens before the title in its sentence (``Как
    сообщил Пётр Орлов, губернатор подписал указ``, ``Когда Орлов уехал, министр …``): someone else than the one
    the main clause's title names."""
    tokens = analysis.tokens
    token = tokens[first]
    verb = token.head
    if token.sent != tokens[title.first].sent or not token.rel.startswith("nsubj") or verb is None \
            or verb >= title.first or not any(t.text == "," for t in tokens[max(first, verb) + 1: title.first]):
        return False
    return any(t.head == verb and t.rel == "mark" and fold(t.text) in _OPENING_CONJUNCTIONS
               for t in tokens[max(0, verb - _MAX_SOURCE): verb])


def _verb_gender(analysis: Analysis, title: Title) -> str | None:
    """The gender of the past verb a title is the subject of (``министр работала``), if any."""
    head = analysis.tokens[title.head]
    if not head.rel.startswith("nsubj") or head.head is None:
        return None
    verb = analysis.tokens[head.head]
    return verb.feat.get("Gender") if verb.pos in ("VERB", "AUX") and verb.feat.get("Number") == "Sing" else None


def verbless_holder(analysis: Analysis, title: Title, people: People) -> Span | None:
    """A title in the nominative that makes a sentence with no verb, alone or after when it was held (``С 1992
    года — начальник управления.``, ``Генерал-полковник.``): a biography goes on, and the title is the one's
    it speaks of (:func:`antecedent_of`, of the title's gender when it is feminine)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if case_of(head) not in ("Nom", None) or head.feat.get("Number") == "Plur" or title.governed:
        return None
    sentence = sentence_tokens(analysis, head.sent)
    lead = [t for t in sentence if t.index < title.first]
    rest = [t for t in sentence if t.index > title.last]
    if len(lead) > _MAX_LEAD or any(t.index in people.of_token or t.pos in ("VERB", "AUX", "PRON") for t in sentence) \
            or lead and not (lead[-1].text in DASHES or _ends_in_when(lead)) \
            or any(t.text in (",", ":", ";", "(") or t.text in DASHES for t in rest):
        return None
    gender = "Fem" if head.feat.get("Gender") == "Fem" else None
    return antecedent_of(analysis, title.first, people, gender, oblique=False)


def _ends_in_when(lead: list[Token]) -> bool:
    """``С 2005 года``, ``В 2010—2012 годах``: a time a title was held, right before it."""
    return fold(lead[0].text) in ("с", "со", "в", "до", "по") and fold(lead[-1].text).startswith(("год", "гг"))


def sentence_tokens(analysis: Analysis, sent: int) -> list[Token]:
    """The tokens of sentence ``sent``."""
    return [t for t in analysis.tokens if t.sent == sent]


def _opening_of(analysis: Analysis, sent: int) -> int | None:
    """The first token of sentence ``sent``."""
    return next((t.index for t in analysis.tokens if t.sent == sent), None)


def _subjectless(analysis: Analysis, sent: int) -> bool:
    """A sentence with no subject of any of its verbs: it goes on speaking of the one named before. A noun of
    another gender than its past verb is the parser's misreading of an object (``закончила институт``)."""
    return not any(t.sent == sent and t.rel.startswith("nsubj") and not _misread_subject(analysis, t)
                   for t in analysis.tokens)


def _misread_subject(analysis: Analysis, subject: Token) -> bool:
    """A noun the parser makes a subject that names no one who acts: of another gender than its past verb, a
    thing in a sentence with no verb (``В его послужном списке работа прокурором``), or a title that does not
    decline, what someone is made (``В 2005 году назначен замдиректора института``)."""
    verb = analysis.tokens[subject.head] if subject.head is not None else None
    if fold(subject.text) in INDECLINABLE:
        return True
    if subject.pos == "NOUN" and subject.feat.get("Animacy") == "Inan" and not any(
            t.sent == subject.sent and t.pos in ("VERB", "AUX") for t in analysis.tokens):
        return True
    if verb is None or verb.pos not in ("VERB", "AUX") or subject.pos != "NOUN" or verb.feat.get("Number") != "Sing":
        return False
    genders = {verb.feat.get("Gender"), subject.feat.get("Gender")}
    return None not in genders and len(genders) == 2


def _nominative(analysis: Analysis, person: Span) -> bool:
    """A name with a word in the nominative, or in no case the tagger gives (it may misread one of them); or
    the root of its sentence or its first words, what it is about (``Петру Орлову 52 года``)."""
    words = analysis.words_in(person.start, person.end)
    return bool(words) and analysis.starts_sentence(words[0].index) \
        or any(case_of(t) in ("Nom", None) or t.rel == "root" for t in words)


def _subject_pronoun_in(analysis: Analysis, sent: int, word: str) -> int | None:
    """The index of ``word`` (``он``, ``она``) as a subject in sentence ``sent``, if it is there."""
    for token in analysis.tokens:
        if token.sent == sent and fold(token.text) == word and token.rel.startswith("nsubj"):
            return token.index
    return None


OBLIQUE_PRONOUNS = {"его", "ему", "него", "нему", "ним", "нём", "её", "ее", "ей", "ней", "неё", "нее"}


def continues_subject(analysis: Analysis, title: Title, person: Span, persons: list[Span],
                      entity_of: Mapping[Span, str] | None = None) -> bool:
    """Whether a title with no name that opens its sentence as its subject speaks of the one subject of the
    sentence before, the only person named there (``Пётр Орлов прибыл в Тверь. Председатель комитета по
    бюджету провёл там встречу``): the text goes on with the same person under a title. Only words that say when
    or how may come first (``После этого глава комитета заявил …``: :func:`_opens_sentence`), none turning to
    someone else or to an earlier time (``В ответ глава района …``: :func:`_turns_away`). Not when the title's
    sentence speaks of someone else through a pronoun (``… Глава области встретил его``), nor when the sentence
    before names another person; the title's own sentence may name others only in what its holder says or does
    there (``… заявил, что встретится с Иваном Лаптевым``: :func:`_is_told_of`)."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    if not tokens[title.head].rel.startswith("nsubj") or not _opens_sentence(analysis, title) \
            or _turns_away(analysis, title):
        return False
    words = analysis.tokens_in(person.start, person.end)
    if words[0].sent != sent - 1 or not any(subject_word(analysis, t) for t in words):
        return False
    before = [p for p in persons if tokens[first_token(analysis, p)].sent == sent - 1]
    own = [p for p in persons if tokens[first_token(analysis, p)].sent == sent]
    entity = entity_of.get if entity_of is not None else lambda p: p
    return before == [person] and all(_is_told_of(analysis, title, p) and entity(p) != entity(person) for p in own) \
        and not any(fold(t.text) in OBLIQUE_PRONOUNS for t in sentence_tokens(analysis, sent))


def _opens_sentence(analysis: Analysis, title: Title) -> bool:
    """Whether a title opens its sentence, or comes after words that only say when or how its verb happens
    (``После этого министр …``, ``Вчера в Твери глава комитета …``): each hangs on the title's verb as an
    adverbial, and none names anyone. Asked of the parse, not of the characters before the title
    (:func:`...text.sentence_starts`): a title is the subject of its verb, the words before hang on that verb."""
    tokens = analysis.tokens
    head = tokens[title.head]
    opening = _opening_of(analysis, head.sent)
    if title.first == opening:
        return True
    if opening is None or head.head is None or title.first - opening > _MAX_LEAD:
        return False
    for token in tokens[opening:title.first]:
        top = climb_heads(tokens, token, lambda head: opening <= head < title.first)
        if token.pos == "PROPN" or top.pos != "PUNCT" and (top.head != head.head or top.rel not in _ADVERBIALS):
            return False
    return True


def _turns_away(analysis: Analysis, title: Title) -> bool:
    """Whether words before a title's verb, not of the title's own phrase (``Глава, ранее работавший …,``), turn to
    another person than the one the sentence before speaks of (``В свою очередь, министр …``, ``Глава города, со
    своей стороны, …``: ``TURNS``) or put what the verb says before that sentence (``Накануне директор …``)."""
    tokens, verb, words = analysis.tokens, analysis.tokens[title.head].head, []
    for token in tokens[_opening_of(analysis, tokens[title.head].sent):verb] if verb is not None else ():
        top = climb_heads(tokens, token, lambda head: head not in (verb, title.head))
        words += [] if top.head == title.head else [fold(token.text)]
    return any(word in _EARLIER for word in words) or any(f" {turn} " in f" {' '.join(words)} " for turn in TURNS)


def _is_told_of(analysis: Analysis, title: Title, person: Span) -> bool:
    """Whether a person is named after a title, in a clause under the title's verb (``… заявил, что едет к
    Ивану Лаптеву``, ``… надеется на то, что Лаптев …``): one its holder speaks of, not one the verb acts on
    (``Глава области встретил Ивана Лаптева``)."""
    tokens = analysis.tokens
    verb = tokens[title.head].head
    if person.start < title.end or verb is None:
        return False
    token = climb_heads(tokens, tokens[first_token(analysis, person)], lambda head: head != verb)
    if token.head != verb:
        return False
    return token.rel.startswith(_CLAUSES) or token.rel.startswith("obl") and any(
        t.head == token.index and t.rel.startswith(_CLAUSES) for t in sentence_tokens(analysis, token.sent))


def subject_word(analysis: Analysis, token: Token) -> bool:
    """A subject, or a name in apposition to one (``Внук министра Пётр Орлов прибыл``)."""
    head = token.head
    return token.rel.startswith("nsubj") or token.rel == "appos" and head is not None \
        and analysis.tokens[head].rel.startswith("nsubj")


def subject_title(analysis: Analysis, title: Title, titles: list[Title]) -> Title | None:
    """The title with no name that is the subject of the predicate giving ``title`` (``Тогда будущий министр
    работала адвокатом``, ``Новый директор ранее занимал пост заместителя мэра``): the one whose holder
    ``title`` is too. Only a predicate's complement (``работал адвокатом``) or the genitive after ``пост``/
    ``должность`` (``занимал пост …``, ``работал в должности …``), not whom the subject acts with (``встретился
    с министром``)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if head.head is None:
        return None
    verb, post = tokens[head.head], None
    if head.rel.startswith("nmod") and fold(verb.text) in POST_FORMS and verb.head is not None:
        verb, post = tokens[verb.head], verb.index
    elif not head.rel.startswith("xcomp"):
        return None
    if verb.pos not in ("VERB", "AUX") or not is_predicate(verb.text):
        return None
    clause = [t for t in sentence_tokens(analysis, verb.sent) if t.head == verb.index]
    if any(t.rel in ("obj", "iobj") and t.index != post for t in clause) or _has_person_acted_on(analysis, verb, title):
        return None  # "Губернатор назначил сына директором": the title is the object's
    subjects = [t.index for t in clause if t.rel.startswith("nsubj")]
    heads = {t.head: t for t in titles if t is not title}
    return heads.get(subjects[0]) if len(subjects) == 1 else None


def _has_person_acted_on(analysis: Analysis, verb: Token, title: Title) -> bool:
    """Whether a person in the accusative stands between a verb and the title it makes someone (``назначил свою
    дочь Анну послом``), whatever the parser hangs the noun on: the title is that person's, not the subject's."""
    return any(t.pos in ("NOUN", "PROPN") and t.feat.get("Animacy") == "Anim" and case_of(t) == "Acc"
               for t in analysis.tokens[verb.index + 1:title.first])


def name_before_comma(analysis: Analysis, verb: int, people: People) -> Span | None:
    """The name right before the comma that opens a participle's clause, when the participle agrees with it in
    gender and number (``и Пётр Орлов, занимающий пост …``, which the parser may hang on a name before)."""
    tokens = analysis.tokens
    if tokens[verb].feat.get("VerbForm") != "Part":
        return None
    person = name_ending_before_comma(analysis, verb, people)
    if person is None:
        return None
    name = tokens[first_token(analysis, person)]
    agrees = all(tokens[verb].feat.get(f) in (None, name.feat.get(f)) for f in ("Gender", "Number"))
    return person if agrees and name.feat.get("Gender") is not None else None


def name_ending_before_comma(analysis: Analysis, index: int, people: People) -> Span | None:
    """The name whose last word stands right before a comma just before token ``index`` (a participle or
    ``который`` opening a clause: ``Пётр Орлов, занимающий …``, ``Анной Зориной, которая …``); ``None`` when
    none does."""
    if index < 2 or analysis.tokens[index - 1].text != ",":
        return None
    return people.by_last.get(index - 2)


def nominative_after(analysis: Analysis, verb: int, people: People) -> Span | None:
    """The name in the nominative right after a verb, or past a phrase of nouns, adjectives and prepositions
    (``от должности министра культуры``), that agrees with the verb in gender."""
    tokens = analysis.tokens
    for k in range(verb + 1, min(verb + 12, len(tokens))):
        if tokens[k].sent != tokens[verb].sent:
            return None
        if k in people.by_first:
            gender = tokens[k].feat.get("Gender")
            agrees = k == verb + 1 or gender is None or gender == tokens[verb].feat.get("Gender")
            return people.by_first[k] if case_of(tokens[k]) == "Nom" and agrees else None
        # a body's quoted name and number inside the phrase: "директора завода «Заря»", "больницы № 3"
        words = tokens[k].pos in ("ADP", "NOUN", "ADJ", "DET", "PROPN", "NUM") or tokens[k].text in _NAME_MARKS
        if not words or k in people.of_token:
            return None
    return None
