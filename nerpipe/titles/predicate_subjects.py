"""Whom a predicate speaks of: its subject in natasha's syntax tree, or the name it stands for.

The subject of the verb or of the verbs above it, a name in apposition to a noun subject (``жена главы района
Анна Зорина стала …``), the name a participle or a relative clause qualifies (``Зайцева, занимающая пост``,
``Зайцева, которая является``), the named object of a verb that appoints or dismisses (``уволил Орлова с
поста``), the antecedent of ``он``/``она``, and for a past verb with no subject the one named before
(``Орлов родился в Томске. Работал учителем``; :mod:`.subjects`). What the predicate gives, :mod:`.predicates`.
"""

from __future__ import annotations

from bisect import bisect_left

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from .appointees import appoints, appoints_other
from .lexicon import is_relative
from .subjects import (
    SUBJECT_PRONOUNS,
    antecedent_of,
    name_before_comma,
    name_ending_before_comma,
    nominative_after,
    pronoun_antecedent,
)
from .tokens import People, case_of, first_token, other_gender, same_case

_POST_FORMS = {"должности", "посту", "позиции", "качестве"}  # "на посту", "в должности": where a holder is
# verbs of one's own statement: a "что" clause under them with no subject of its own speaks of the one who states
# ("Орлов объявил, что покидает пост", "заявила о том, что слагает полномочия")
_STATING = {"объявить", "объявлять", "заявить", "заявлять", "сообщить", "сообщать", "сказать", "говорить",
            "подтвердить", "подтверждать", "признаться", "признаваться", "написать", "пояснить", "отметить"}
_WHOM = frozenset({"которого", "которую"})  # a relative pronoun, the object of a clause on a name before it
# verbs of asking, proposing or making someone do something: their object, not their subject, does what the
# infinitive under them says ("предложил ему покинуть пост", "попросил Орлова возглавить штаб"; not "обещал ему
# занять пост", the subject's own promise)
_OBJECT_CONTROL = frozenset({
    "предложить", "предлагать", "попросить", "просить", "поручить", "поручать", "рекомендовать", "порекомендовать",
    "посоветовать", "советовать", "убедить", "убеждать", "уговорить", "уговаривать", "заставить", "заставлять",
    "вынудить", "вынуждать", "принудить", "призвать", "призывать", "пригласить", "приглашать", "позволить",
    "разрешить", "запретить", "велеть", "приказать"})
# the personal pronouns such a verb takes as its object, with their gender: "предложил ему", "попросил её"
_OBJECT_PRONOUNS = {"ему": "Masc", "его": "Masc", "нему": "Masc", "него": "Masc", "ей": "Fem", "её": "Fem",
                    "ее": "Fem", "ней": "Fem", "нее": "Fem", "неё": "Fem"}


def subject_of(analysis: Analysis, word: int, people: People, climb: bool = True,
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
    conjoined = None  # a past verb the parser joins to a verb above it: its gender must be the subject's
    for _ in range(4 if climb else 1):
        if morph is not None and appoints(tokens[current], morph):
            obj = dependent(analysis, current, ("obj",), people)
            obj = obj if obj is not None else _titled_object(analysis, current, people, morph)
            if obj is not None:
                return people.of_token[obj]
            if any(t.head == current and t.rel == "obj" and fold(t.text) in _WHOM for t in analysis.tokens_in(
                    *analysis.sentences[tokens[current].sent])):
                return _qualified_person(analysis, current, people)  # "Орлов, которого назначили командующим"
            if appoints_other(tokens[current], morph):
                return None  # "Орлов назначил сына директором": the one appointed is not named
        subject = nsubj(analysis, current, people)
        name = subject + 1 if subject is not None and subject + 1 in people.by_first \
            and same_case(tokens[subject], tokens[subject + 1]) else subject
        if subject is not None and conjoined is not None \
                and _of_other_gender(analysis, conjoined, current, subject, name, people, morph):
            return _relative_antecedent(analysis, conjoined, people) \
                or nominative_after(analysis, conjoined, people)  # "…, которая …, а до этого работала …"
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
        person = _qualified_person(analysis, current, people) or _name_before_relative(analysis, current, people)
        if person is not None:
            return person
        parent = tokens[current].head
        stater = _stating_verb(analysis, current, morph) if climb else None
        if stater is not None:
            # "Орлов объявил, что покидает пост": the statement's subject; a past verb must be of its gender
            conjoined = current if tokens[current].feat.get("Tense") == "Past" else conjoined
            current = stater
            continue
        if morph is not None and parent is not None and (
                doer := _infinitive_doer(analysis, current, parent, people, morph)) is not None:
            return doer  # "предложил Орлову покинуть пост министра": his post, not the one who proposed
        # "работал … в качестве председателя": "качестве" is part of a preposition, whose noun is the verb's
        if parent is None or not tokens[current].rel.startswith(("xcomp", "conj", "obl", "nmod", "obj", "advcl",
                                                                 "fixed", "case")):
            break
        if tokens[current].rel == "conj" and tokens[current].feat.get("Tense") == "Past" and conjoined is None:
            conjoined = current
        current = parent
    return left_out_subject(analysis, current, people) if climb else None


def _infinitive_doer(analysis: Analysis, infinitive: int, parent: int, people: People, morph: Morph) -> Span | None:
    """For an infinitive under a verb of asking or proposing (:data:`_OBJECT_CONTROL`), the person that verb's
    object names (``предложил Петру Орлову покинуть пост``) or stands for (``не предлагал ему покинуть пост``: the
    last man named before, not the verb's subject); ``None`` when it has none."""
    tokens = analysis.tokens
    if tokens[infinitive].feat.get("VerbForm") != "Inf" or not tokens[infinitive].rel.startswith("xcomp") \
            or morph.lemma(tokens[parent].text) not in _OBJECT_CONTROL:
        return None
    words = analysis.tokens_in(*analysis.sentences[tokens[parent].sent])
    objects = [t for t in words if t.head == parent and t.rel in ("obj", "iobj", "obl")
               and not any(d.head == t.index and d.rel == "case" for d in words)]
    named = next((people.of_token[t.index] for t in objects if t.index in people.of_token), None)
    if named is not None:
        return named
    pronoun = next((t for t in objects if fold(t.text) in _OBJECT_PRONOUNS), None)
    if pronoun is None:
        return None
    subject = nsubj(analysis, parent, people)  # its name, or the name after its noun ("губернатор Пётр Орлов")
    skip = None if subject is None else people.of_token.get(subject) or people.by_first.get(subject + 1)
    return antecedent_of(analysis, pronoun.index, people, _OBJECT_PRONOUNS[fold(pronoun.text)], skip=skip)


def _stating_verb(analysis: Analysis, verb: int, morph: Morph | None) -> int | None:
    """The verb of a statement a ``что`` clause of ``verb`` depends on, right or through ``о том``
    (``объявил, что покидает``, ``заявила о том, что слагает``); None for other clauses."""
    tokens = analysis.tokens
    token = tokens[verb]
    if morph is None or token.head is None or token.rel not in ("ccomp", "acl") \
            or not any(t.head == verb and t.rel == "mark" and fold(t.text) == "что" for t in tokens[token.head: verb]):
        return None
    governor = tokens[token.head]
    if token.rel == "acl":  # "о том, что …"
        if fold(governor.text) != "том" or governor.head is None:
            return None
        governor = tokens[governor.head]
    return governor.index if governor.pos == "VERB" and morph.lemma(governor.text) in _STATING else None


def _of_other_gender(analysis: Analysis, conjoined: int, verb: int, subject: int, name: int, people: People,
                     morph: Morph | None) -> bool:
    """A past verb joined to ``verb`` in another gender, whose subject (the name at ``name`` or named through the
    noun ``subject``) is of the other gender too: the verb is not that subject's."""
    tokens = analysis.tokens
    if tokens[verb].feat.get("Gender") == tokens[conjoined].feat.get("Gender"):
        return False
    person = people.of_token.get(name) or _named_subject(analysis, subject, verb, people, morph)
    return person is not None and other_gender(tokens[conjoined], tokens[first_token(analysis, person)])


def _name_before_relative(analysis: Analysis, word: int, people: People) -> Span | None:
    """The name right before the comma that opens a relative clause whose subject ``который`` hangs on ``word``
    or on the title ``word`` is the copula of (``и с Анной Зориной, которая была председателем суда``), when the
    parser makes the clause the sentence's own: the pronoun's antecedent, of its gender."""
    tokens = analysis.tokens
    hosts = {word, tokens[word].head if tokens[word].rel == "cop" else word}  # "которая была председателем"
    pronoun = next((t.index for t in analysis.tokens_in(*analysis.sentences[tokens[word].sent])
                    if t.head in hosts and t.rel.startswith("nsubj") and fold(t.text) in ("который", "которая")), 0)
    person = name_ending_before_comma(analysis, pronoun, people)
    if person is None or tokens[pronoun - 2].sent != tokens[pronoun].sent \
            or None not in (genders := {tokens[k].feat.get("Gender") for k in (pronoun, pronoun - 2)}) \
            and len(genders) > 1:
        return None
    return person


def _relative_antecedent(analysis: Analysis, verb: int, people: People) -> Span | None:
    """The name a relative clause of the past ``verb``'s gender qualifies before it in its sentence (``назначил
    Анну Зорину, которая …, а до этого работала …``): the parser joins the verb to the clause above, whose
    subject is of the other gender; None when no such clause."""
    tokens = analysis.tokens
    gender = tokens[verb].feat.get("Gender")
    for k in range(verb - 1, -1, -1):
        if tokens[k].sent != tokens[verb].sent:
            return None
        if fold(tokens[k].text) in ("который", "которая") and tokens[k].feat.get("Gender") == gender \
                and tokens[k].head is not None:
            return _qualified_person(analysis, tokens[k].head, people)
    return None


def left_out_subject(analysis: Analysis, verb: int, people: People, misread: int | None = None) -> Span | None:
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
            or nsubj(analysis, verb, people) not in (None, misread):
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


def _titled_object(analysis: Analysis, verb: int, people: People, morph: Morph) -> int | None:
    """The name after a noun object of a verb and its dependents, in the object's case (``назначил директора
    школы Петра Орлова руководителем …``): who is appointed; not a name right after another person in the
    genitive (``избрал дочь президента Петра Орлова …``: the president's), nor one after a noun of kin
    (:func:`_kin_of_name`)."""
    tokens = analysis.tokens
    obj = next((t for t in tokens if t.sent == tokens[verb].sent and t.head == verb and t.rel == "obj"
                and t.pos == "NOUN"), None) or _noun_after_verb(analysis, verb)
    if obj is None or obj.index < verb or _kin_of_name(analysis, obj, morph):
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


def _noun_after_verb(analysis: Analysis, verb: int):
    """The animate noun in the accusative right after a verb, past its determiners and adjectives (``назначил свою
    дочь …``): the verb's object, whatever other verb the parser hangs it on."""
    tokens = analysis.tokens
    k = verb + 1
    while k < len(tokens) and tokens[k].sent == tokens[verb].sent and tokens[k].pos in ("DET", "ADJ"):
        k += 1
    if k < len(tokens) and tokens[k].sent == tokens[verb].sent and tokens[k].pos == "NOUN" \
            and case_of(tokens[k]) == "Acc" and tokens[k].feat.get("Animacy") == "Anim":
        return tokens[k]
    return None


def _kin_of_name(analysis: Analysis, obj, morph: Morph) -> bool:
    """A noun of kin with no possessive of its own (``назначил сына Петра Орлова министром``): the name after it
    is whose kin it is, the kin is the one appointed; not so ``назначил свою жену Анну Котову …``, the name
    in apposition to the kin."""
    return is_relative(obj.text, morph) and not any(
        t.head == obj.index and t.pos in ("DET", "PRON") for t in analysis.tokens_in(*analysis.sentences[obj.sent]))


def dependent(analysis: Analysis, index: int, rels: tuple[str, ...], people: People) -> int | None:
    sent = analysis.tokens[index].sent
    for token in analysis.tokens:
        if token.sent == sent and token.head == index and token.rel in rels and token.index in people.of_token:
            return token.index
    return None


def nsubj(analysis: Analysis, index: int, people: People) -> int | None:
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


def find_name_before_copula(analysis: Analysis, title_first: int, title_head: int, people: People) -> Span | None:
    """A name in the nominative right before the copula of a title in the instrumental (``Иван Зорин будет
    художественным руководителем театра, он также останется …``) when the parser hangs the name on another verb:
    the copula's subject all the same."""
    tokens = analysis.tokens
    cop = title_first - 1
    if cop < 1 or tokens[cop].rel != "cop" or tokens[cop].head != title_head:
        return None
    person = people.by_last.get(cop - 1)
    if person is None or case_of(tokens[cop - 1]) not in ("Nom", None):
        return None
    name = {t.index for t in analysis.tokens_in(person.start, person.end)}
    hosts = {t.head for t in analysis.tokens_in(person.start, person.end) if t.head not in name}
    return person if any(h is not None and h != title_head and tokens[h].pos in ("VERB", "AUX") for h in hosts) \
        else None
