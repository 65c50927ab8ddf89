"""Titles given through a predicate, and whom the predicate speaks of.

``Орлов назначен министром``, ``Зорина, занимающая пост директора``, ``… в
должности …``, ``капитаном стал Орлов``, ``назвал Орлова лучшим тренером``: the
subject comes from natasha's syntax tree, through relative clauses and
participles to the name they qualify, and from ``он``/``она`` to the last person
of that gender named before (:mod:`.subjects`); where the verb is, :mod:`.verbs`.
"""

from __future__ import annotations

from bisect import bisect_left

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from ..text import DASHES
from .agreement import acting_in_instrumental
from .appointees import NAMING, appointee_after, appoints, appoints_other, names_by_noun
from .declined import declined
from .grammar import Title, acting_verb
from .lexicon import INDECLINABLE, POSTS
from .subjects import (
    SUBJECT_PRONOUNS,
    antecedent_of,
    name_before_comma,
    nominative_after,
    pronoun_antecedent,
    verbless_holder,
)
from .tokens import People, case_of, first_token, other_gender, same_case
from .verbs import (
    capacity_verb,
    clause_subject,
    converb_governor,
    gapped_predicate,
    is_predicate,
    known_as,
    past_modifiers,
    predicate_across_phrase,
)

# words that may stand between a predicate and the title: "назначен на пост", "в качестве"
_PREDICATE_BRIDGE = {"на", "в", "во", "качестве", "должность", "пост", "посту", "должности", "его", "ее", "её",
                     "уже", "ранее", "теперь", "сейчас", "также", "тоже", "вновь", "снова", "временно",
                     "один", "одна", "одним", "одной", "из"}  # "является одним из основателей"
POST_WORDS = POSTS | {"позиция", "место", "качество"}
_POST_FORMS = {"должности", "посту", "позиции", "качестве"}  # "на посту", "в должности": where a holder is
_WORK_NOUNS = {"работа", "служба"}  # "работа прокурором": a noun that gives a title as its verb would
_POSSESSIVE_GENDER = {"его": "Masc", "её": "Fem", "ее": "Fem"}


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
    acting = acting_in_instrumental(analysis, title)  # "врио главы", "исполняющим обязанности главы"
    k = title.last + 1
    # "ведущей программы стала Анна Котова": an instrumental the tagger may read as another case; "врио главы"
    if (instrumental or not after_preposition and (morph.has_gram(head.text, "ablt") or acting)) \
            and k + 1 < len(tokens) and tokens[k].sent == head.sent and is_predicate(tokens[k].text) \
            and not declined(analysis, k, morph):
        after = past_modifiers(analysis, k + 1)  # "назначен 34-летний Пётр Орлов", "стал молодой …"
        person = people.by_first.get(after) or holders.get(after)
        if person is not None and (instrumental or case_of(tokens[after]) in ("Nom", None)):
            return person  # not the object of an active verb: "Врио губернатора назначил Петра Орлова …"
    if instrumental and (governor := converb_governor(analysis, title)) is not None:
        return _subject_of(analysis, governor, people, morph=morph)  # "баллотировался, будучи врачом"
    if instrumental:
        # "поработать в мэрии директором": the verb right before, across a phrase, whatever the parser says
        verb = predicate_across_phrase(analysis, title) or head.head
        # "… директором является Орлов"; "он возглавлял холдинг, учредителем фонда …": a predicate left out
        if verb is not None and head.rel.startswith(("xcomp", "obl", "conj")) \
                and is_predicate(tokens[verb].text) and not declined(analysis, verb, morph):
            person = _subject_of(analysis, verb, people, climb=False, morph=morph)
            names_other = appoints_other(tokens[verb], morph)
            if person is None and names_other:
                person = appointee_after(analysis, title, people)  # "назначил директором завода Петра Орлова"
            if person is None and not names_other:
                person = _name_before_verb(analysis, verb, people) or _controller(analysis, verb, people, morph) \
                    or clause_subject(analysis, verb, people) \
                    or _passive_left_out(analysis, verb, people)
            if person is not None or names_other:
                return person
    trigger = _trigger_before(analysis, title, morph)
    if trigger is not None and declined(analysis, trigger, morph):
        return None
    if trigger is not None and names_by_noun(analysis, trigger, head, morph):
        # "указ о назначении главы района Петра Орлова", "о назначении министром Петра Орлова"; in the
        # instrumental the name may stand before the title ("о назначении Петра Орлова министром")
        person = appointee_after(analysis, title, people)
        return person if person is not None or case_of(head) == "Gen" else people.by_last.get(title.first - 1)
    if trigger is not None:
        person = None
        if morph.lemma(tokens[trigger].text) in POST_WORDS:
            person = _subject_after(analysis, title, people)  # "в качестве заместителя в команду входит Орлов"
        person = person or _subject_of(analysis, trigger, people, morph=morph)
        if person is not None:
            return person
    verb = capacity_verb(analysis, title) or known_as(analysis, title, morph)
    if verb is not None:  # "Орлов выступил на форуме как глава делегации", "Орлов, известный как композитор"
        return _subject_of(analysis, verb, people, morph=morph)
    person = _subject_of(analysis, title.head, people, climb=False)  # "Орлов будет вратарём": the copula's subject
    if person is not None and person.end <= title.start and trigger is not None:
        return person
    if instrumental or acting:
        person = people.by_last.get(title.first - 1)
        if person is not None:
            before = first_token(analysis, person) - 1
            if before >= 0 and morph.lemma(tokens[before].text) in NAMING:
                return None if declined(analysis, before, morph) else person
        verb = gapped_predicate(analysis, title)
        if verb is not None:
            return _subject_of(analysis, verb, people, climb=False, morph=morph)
    if instrumental:
        person = _work_noun_holder(analysis, title, people, morph)  # "в его послужном списке работа прокурором"
        if person is not None:
            return person
    if head.rel == "nsubj:pass" and head.head is not None and fold(head.text) in INDECLINABLE:
        # "В 2005 году назначен замдиректора завода": what someone is made, read as the subject
        return _passive_left_out(analysis, head.head, people, title.head)
    return verbless_holder(analysis, title, people)  # "Орлов родился в Томске. С 1992 года — директор школы."


def _work_noun_holder(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """A title in the instrumental after a noun of working (``работа прокурором``): the one whose work it is, named
    in the genitive after the noun (``работа Петра Орлова прокурором``) or through ``его``/``её`` before it in
    the sentence (``В его послужном списке работа прокурором``)."""
    tokens = analysis.tokens
    noun = tokens[title.head].head
    if noun is None or tokens[noun].pos != "NOUN" or morph.lemma(tokens[noun].text) not in _WORK_NOUNS:
        return None
    owner = _dependent(analysis, noun, ("nmod",), people)
    if owner is not None and case_of(tokens[owner]) == "Gen":
        return people.of_token[owner]
    for token in tokens[noun - 1::-1] if noun else ():
        if token.sent != tokens[noun].sent:
            return None
        gender = _POSSESSIVE_GENDER.get(fold(token.text))
        if gender is not None:
            return antecedent_of(analysis, token.index, people, gender, oblique=False)
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
    if form[0] == "Conv":  # its verb's subject, not whom that verb appoints: "Став министром, Орлов назначил Лаптева …"
        return _subject_of(analysis, parent, people)
    obj = _dependent(analysis, parent, ("obj", "iobj"), people)
    if obj is not None:
        return people.of_token[obj]
    return _subject_of(analysis, parent, people, morph=morph)


def _passive_left_out(analysis: Analysis, verb: int, people: People, misread: int | None = None) -> Span | None:
    """The one a short passive participle with no subject speaks of (``Орлов родился в Твери. В 2005 году назначен
    директором завода``): a biography goes on (:func:`_left_out_subject`)."""
    token = analysis.tokens[verb]
    short = token.feat.get("VerbForm") == "Part" and token.feat.get("Variant") == "Short"
    return _left_out_subject(analysis, verb, people, misread) if short else None


def _name_before_verb(analysis: Analysis, verb: int, people: People) -> Span | None:
    """A name in the nominative right before a predicate the parser gave no subject (``указом президента Пётр
    Орлов назначен послом``): the predicate's subject."""
    tokens = analysis.tokens
    person = people.by_last.get(verb - 1)
    if person is None or tokens[verb].pos not in ("VERB", "AUX"):
        return None
    first = tokens[first_token(analysis, person)]
    return person if case_of(first) == "Nom" and first.sent == tokens[verb].sent else None


def _subject_after(analysis: Analysis, title: Title, people: People) -> Span | None:
    """The named subject of the verb that follows a title within a few words (``в качестве заместителя, в
    команду входит Орлов``): the parser's attachment of such a title is not to be trusted."""
    tokens = analysis.tokens
    for k in range(title.last + 1, min(title.last + 5, len(tokens))):
        token = tokens[k]
        if token.sent != tokens[title.head].sent:
            return None
        if token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") == "Fin":
            # "…, пост министра получит Орлов": of two names the parser makes the verb's subjects, the one past
            # the title, not one of the clause before the comma
            after = [t.index for t in tokens[k + 1:] if t.sent == token.sent and t.head == k
                     and t.rel.startswith("nsubj") and t.index in people.of_token]
            subject = after[0] if after else _nsubj(analysis, k, people)
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
        if is_predicate(word) or morph.lemma(word) in POST_WORDS:
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
        if morph is not None and appoints(tokens[current], morph):
            obj = _dependent(analysis, current, ("obj",), people)
            obj = obj if obj is not None else _titled_object(analysis, current, people)
            if obj is not None:
                return people.of_token[obj]
            if appoints_other(tokens[current], morph):
                return None  # "Орлов назначил сына директором": the one appointed is not named
        subject = _nsubj(analysis, current, people)
        name = subject + 1 if subject is not None and subject + 1 in people.by_first \
            and same_case(tokens[subject], tokens[subject + 1]) else subject
        if name is not None and other_gender(tokens[current], tokens[name]) \
                and (after := nominative_after(analysis, current, people)) is not None:
            return after  # "губернатор Пётр Орлов, ранее обязанности … исполняла … Анна Зорина": hers
        if subject is not None:
            if subject in people.of_token:
                person = people.of_token[subject]
                return None if _plural_of_one(analysis, current, person, people) else person
            if subject + 1 in people.by_first and tokens[subject].pos == "NOUN" \
                    and same_case(tokens[subject], tokens[subject + 1]):
                return people.by_first[subject + 1]  # "занял республиканец Пётр Орлов": a noun before the name
            named = _named_subject(analysis, subject, current, people, morph)
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
    return _left_out_subject(analysis, current, people) if climb else None


def _left_out_subject(analysis: Analysis, verb: int, people: People, misread: int | None = None) -> Span | None:
    """The subject of a past verb or a short passive participle in the singular that has none (``Работал
    учителем``, ``В 2005 году назначен директором завода``): the name right after it in the nominative, or
    else the one named before (:func:`.subjects.antecedent_of`), not one after a preposition (``… солидарен с
    Орловым) и работал``). ``misread``: a subject the parser gives that is none (a title that does not decline).
    """
    tokens = analysis.tokens
    token = tokens[verb]
    form = (token.feat.get("VerbForm"), token.feat.get("Variant"))
    if token.pos not in ("VERB", "AUX") or form not in (("Fin", None), ("Part", "Short")) \
            or token.feat.get("Number") != "Sing" or token.feat.get("Gender") not in ("Masc", "Fem") \
            or _nsubj(analysis, verb, people) not in (None, misread):
        return None
    after = nominative_after(analysis, verb, people)
    if after is not None:
        # "пост директора занимал Пётр Орлов", "Освобождена от должности министра … Анна Зорина": the subject
        # after its verb (past the phrase of the post), whatever the parser says
        return after
    return antecedent_of(analysis, verb, people, token.feat["Gender"], oblique=False)


def _named_subject(analysis: Analysis, subject: int, verb: int, people: People, morph: Morph | None) -> Span | None:
    """The name in apposition to a noun subject, in its case, on the subject's side of the verb: ``жена главы
    района Анна Зорина стала депутатом``, ``Внук бывшего министра Пётр Орлов занял пост`` (with ``morph``, the
    subject's case from the dictionary), ``назначена заместительница Петра Орлова в штабе Анна Зорина`` (not
    ``предшественник Анны Зориной стал …``, nor a name after the verb for a subject before it, nor a subject
    after a comma)."""
    tokens = analysis.tokens
    # "Внук бывшего министра Пётр Орлов занял пост …": a capital opening a sentence the tagger may read as a name
    noun = tokens[subject].pos == "NOUN" or tokens[subject].pos == "PROPN" and analysis.starts_sentence(subject)
    if not noun or verb < subject and any(t.pos == "PUNCT" for t in tokens[verb + 1: subject]):
        return None  # "объявил о …, однако лидер оппозиции Пётр Орлов назвал …": a subject of another clause
    for token in tokens:
        if token.sent == tokens[subject].sent and token.head == subject and token.rel == "appos" \
                and token.index in people.of_token and (token.index < verb) == (subject < verb) \
                and same_case(tokens[subject], token, morph):
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



def _titled_object(analysis: Analysis, verb: int, people: People) -> int | None:
    """The name after a noun object of a verb and its dependents, in the object's case (``назначил директора
    школы Петра Орлова руководителем …``): who is appointed; not a name right after another person in the
    genitive (``избрал дочь президента Петра Орлова …``: the president's)."""
    tokens = analysis.tokens
    obj = next((t for t in tokens if t.sent == tokens[verb].sent and t.head == verb and t.rel == "obj"
                and t.pos == "NOUN"), None)
    if obj is None or obj.index < verb:
        return None
    for k in range(obj.index + 1, min(obj.index + 8, len(tokens))):
        if k in people.by_first:
            before = tokens[k - 1]  # "дочь президента Петра Орлова": the name of the person right before it
            another = k - 1 > obj.index and before.pos == "NOUN" and case_of(before) == "Gen" \
                and before.feat.get("Animacy") == "Anim"
            return k if {case_of(obj), case_of(tokens[k])} <= {"Acc", "Gen"} and not another else None
        if tokens[k].sent != obj.sent or tokens[k].pos in ("VERB", "AUX", "PUNCT") and tokens[k].text not in "«»\"":
            return None
    return None


def appointed_by_noun(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the genitive after a noun of appointment spoken about (``о назначении нового главы``): it is
    the appointee's, named after it or not at all, never a holder's named before."""
    trigger = _trigger_before(analysis, title, morph)
    return trigger is not None and names_by_noun(analysis, trigger, analysis.tokens[title.head], morph)


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
    if tokens[verb].rel.startswith("acl") and (beside := name_before_comma(analysis, verb, people)) is not None:
        return beside  # "Анна Зорина, …, и Пётр Орлов, занимающий пост …": the name the participle follows
    if head is not None and head not in people.of_token and tokens[verb].rel.startswith("acl"):
        named = _named_subject(analysis, head, verb, people, None)
        head = first_token(analysis, named) if named is not None else None
    if head is None or head not in people.of_token:
        return None
    if tokens[verb].rel.startswith(("acl", "amod", "appos")) \
            or (tokens[verb].rel == "nmod" and fold(tokens[verb].text) in _POST_FORMS):
        return people.of_token[head]
    return None


