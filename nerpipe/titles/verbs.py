"""Where the verb of a title's clause is: the verbs that give a title, a verb across a phrase before a title, the
verb of a clause a title after ``как`` tells the capacity in, the verb a clause with its verb left out shares,
and the words between a predicate and the name after it."""

from __future__ import annotations

import re

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from ..text import DASHES
from .decrees import DECREES
from .grammar import ACTING_OBJECTS, Title
from .lexicon import ABBREVIATED
from .quotes import closing_paren
from .sharing import AGE
from .tokens import case_of

# heads written with a full stop ("зам. главы"); "пом." too here, no title head elsewhere
_ABBREVIATED = ABBREVIATED | {"пом"}

# verbs and participles that give a person a title: "назначен директором", "занимающий пост …"
_PREDICATES = re.compile(
    r"(?i)((?:пере)?назнач\w+|избран\w*|(?:пере)?избрал\w*|выбран[аоы]?|выбрал[аи]?|утвердил\w*|стал[аио]?|станет|стану\w*|(?:про|по)?работа\w+|занима\w+|занявш\w+|возглав\w+|"
    r"утвержд\w+|переизбран\w*|являющ\w+|является|являлс[яь]|являлас[ья]|был[аио]?|будет|(?:про|по)?служ\w+|выступ\w+|"
    r"оста[её]тся|останет[сc]я|останут[сc]я|остал\w*|трудит\w+|трудил\w*|трудивш\w+|трудящ\w+|являвш\w+|бывш\w+|"
    # "значится прокурором региона", "числился советником": a post on record
    r"значит[сc]я|значил(?:ся|ась|ись)|числит[сc]я|числил(?:ся|ась|ись)|числящ\w+|"
    # "перестал быть президентом": a post held until then (titles.former)
    r"перестал[аио]?|перестан\w+)"
)


def is_predicate(word: str) -> bool:
    """A verb or participle that gives a person a title (``назначен``, ``был``, ``работала``)."""
    return bool(_PREDICATES.fullmatch(fold(word)))


def finite(token) -> bool:
    """A finite verb or a short participle (``назначен``)."""
    return token.pos in ("VERB", "AUX") \
        and (token.feat.get("VerbForm") == "Fin" or token.feat.get("Variant") == "Short")


def past_modifiers(analysis: Analysis, k: int) -> int:
    """The index past the adjectives in the nominative and the ages that stand before a name at ``k``
    (``34-летний``, ``молодой``), at most three."""
    tokens = analysis.tokens
    start = k
    while k < len(tokens) and k - start < 3 and tokens[k].sent == tokens[start].sent \
            and (AGE.fullmatch(tokens[k].text) or tokens[k].pos == "ADJ" and case_of(tokens[k]) == "Nom"):
        k += 1
    return k


def find_name_past_description(analysis: Analysis, k: int, by_first: dict) -> int | None:
    """The first token of a name in the nominative after a description of its bearer that starts at ``k``
    (``назначен уроженец Красноярска Пётр Орлов``, ``стал выпускник МГУ Пётр Орлов``): a noun in the nominative,
    then only nouns, adjectives and numbers (no verb), eight words at most after its first; a comma only before
    another description in the nominative, which has eight words again (``стал астрофизик, доктор наук,
    заместитель директора института Пётр Орлов``), and an abbreviation in brackets, which counts no words;
    ``None`` when there is none."""
    tokens = analysis.tokens
    if k >= len(tokens) or tokens[k].pos != "NOUN" or case_of(tokens[k]) != "Nom":
        return None
    words = 0
    j = k + 1
    while j < len(tokens) and words < 8 and tokens[j].sent == tokens[k].sent:
        token = tokens[j]
        if token.text == "," and j + 1 < len(tokens) and tokens[j + 1].pos in ("NOUN", "ADJ") \
                and case_of(tokens[j + 1]) == "Nom" and j + 1 not in by_first:
            words, j = 0, j + 1  # "астрофизик, доктор наук, …": another description of the same one
            continue
        if token.text == "." and fold(tokens[j - 1].text) in _ABBREVIATED and j + 1 < len(tokens) \
                and tokens[j + 1].text[:1].islower():
            j += 1  # "будет первый зам. главы Ольга Котова": the full stop of an abbreviated head
            continue
        if token.text == "(" and (close := _closing_bracket(tokens, j)) is not None:
            j = close + 1  # "заместитель директора института (ИКИ) Пётр Орлов"
            continue
        if token.pos not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return None
        if j in by_first:
            return j if case_of(token) in ("Nom", None) else None
        words, j = words + 1, j + 1
    return None


def _closing_bracket(tokens, j: int) -> int | None:
    """The closing bracket of the one opened at ``j`` within four words of capitals (an abbreviation), or None."""
    close = closing_paren(tokens, j, tokens[j].sent)
    return close if close is not None and j + 1 < close <= j + 5 \
        and all(t.text[:1].isupper() for t in tokens[j + 1: close]) else None


def capacity_verb(analysis: Analysis, title: Title) -> int | None:
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
        ahead = (t for t in tokens[title.last + 1:] if t.sent == sent and finite(t))
        return next((t.index for t in ahead), None)
    for k in range(j - 1, -1, -1):
        token = tokens[k]
        if token.sent != sent or token.text in (",", ";", ":", "(", ")", "«", "»") or token.text in DASHES:
            return None
        if finite(token):
            return k
    return None


# adjectives and participles whose ``как`` phrase says what one is known as (lemmas): "известный как композитор",
# "прославившийся как хирург", "зарекомендовавшая себя как тренер"
_KNOWN_AS = frozenset({"известный", "знаменитый", "популярный", "знакомый", "узнаваемый", "прославиться",
                       "зарекомендовать", "проявить", "состояться", "прославить"})


def known_as(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The adjective or participle a title in the nominative after ``как`` says what one is known as by (``Орлов,
    известный как композитор``; ``Орлова известна как марафонка``; ``более известный как …``): its index, whose
    subject or the name it qualifies is the holder."""
    tokens = analysis.tokens
    head = tokens[title.head]
    j = title.first - 1
    if j < 0 or fold(tokens[j].text) != "как" or case_of(head) != "Nom" or head.head is None:
        return None
    word = tokens[head.head]
    return word.index if word.pos in ("ADJ", "VERB") and morph.lemma(word.text) in _KNOWN_AS else None


def predicate_across_phrase(analysis: Analysis, title: Title) -> int | None:
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


def gapped_predicate(analysis: Analysis, title: Title) -> int | None:
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
            return k if is_predicate(token.text) else None
    return None


def converb_governor(analysis: Analysis, title: Title) -> int | None:
    """The verb a title in the instrumental after ``будучи`` hangs on (``баллотировался, будучи главным врачом``):
    its subject held the title then; or ``None``."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if head.head is None or tokens[head.head].pos not in ("VERB", "AUX"):
        return None
    copula = [t for t in tokens[max(title.first - 2, 0): title.first]
              if t.head == head.index and t.rel == "cop" and fold(t.text) == "будучи"]
    return head.head if copula else None


def clause_subject(analysis: Analysis, verb: int, people) -> Span | None:
    """The one a finite verb with no subject of its own speaks of, in a clause before the name (``После того как
    стал тренером, Пётр Орлов переехал …``; ``Пока работала моделью, Анна Зорина объехала мир``): the named
    subject, after the verb, of the verb its clause hangs on or of the verb coordinated after it, whose gender
    the verb's does not contradict. ``people``: the document's :class:`.tokens.People`."""
    tokens = analysis.tokens
    token = tokens[verb]
    sent = [t for t in tokens if t.sent == token.sent]
    if token.feat.get("VerbForm") != "Fin" or any(t.head == verb and t.rel.startswith("nsubj") for t in sent):
        return None
    above, k = None, token.head
    for _ in range(3):  # "после того как стал": through the pronoun the clause hangs on
        if k is None or tokens[k].pos in ("VERB", "AUX"):
            above = k
            break
        k = tokens[k].head
    coordinated = [t.index for t in sent if t.head == verb and t.rel == "conj" and t.pos in ("VERB", "AUX")]
    for main in [k for k in (above, *coordinated) if k is not None]:
        gender = tokens[main].feat.get("Gender")
        for t in sent:
            if t.head == main and t.rel.startswith("nsubj") and t.index > verb and t.index in people.of_token \
                    and gender in (None, token.feat.get("Gender")):
                return people.of_token[t.index]
    return None


def is_joined_duties(analysis: Analysis, title: Title) -> bool:
    """A post in the genitive joined after a comma to an acting title's duties before a predicate
    (:func:`skip_joined_duties`: ``исполняющим обязанности заместителя главы, начальника управления назначен …``):
    the second post is held as acting too."""
    tokens = analysis.tokens
    comma = title.first - 1
    if comma < 1 or tokens[comma].text != "," or skip_joined_duties(analysis, comma) == comma:
        return False
    j = _genitive_run(tokens, comma, -1)
    return j < comma - 1 and j > 0 and fold(tokens[j].text).startswith(ACTING_OBJECTS) \
        and fold(tokens[j - 1].text).startswith("исполняющ")


def skip_joined_duties(analysis: Analysis, k: int) -> int:
    """Past a post in the genitive joined after a comma to an acting title's duties (``исполняющим обязанности
    заместителя главы, начальника финансового управления области назначен …``: the duties of both) when a
    predicate follows it; ``k`` itself otherwise."""
    tokens = analysis.tokens
    if k >= len(tokens) or tokens[k].text != ",":
        return k
    j = _genitive_run(tokens, k, 1)
    return j if j > k + 1 and j < len(tokens) and tokens[j].sent == tokens[k].sent and is_predicate(tokens[j].text) \
        else k


def _genitive_run(tokens: list[Token], k: int, step: int, undeclined: bool = False) -> int:
    """The first token from ``k`` on by ``step`` (1 after it, -1 before it; never the text's first token) that is
    no noun, adjective or name in the genitive of ``k``'s sentence within 8 tokens of it (``undeclined``: nor one the
    tagger gives no case, a word that does not decline): where the run of a post in the genitive beside the comma
    at ``k`` ends, or of whose document it is after one."""
    cases = ("Gen", None) if undeclined else ("Gen",)
    j = k + step
    while 0 < j < len(tokens) and abs(j - k) <= 8 and tokens[j].sent == tokens[k].sent \
            and tokens[j].pos in ("NOUN", "ADJ", "PROPN") and case_of(tokens[j]) in cases:
        j += step
    return j


def skip_decree(analysis: Analysis, k: int, morph: Morph) -> int:
    """The token after a document in the instrumental at ``k`` and the genitive words naming whose it is
    (``приказом министра``, ``указом президента страны``, ``решением совета МЧС``: a word that does not decline
    too); ``k`` itself when no such document stands there."""
    tokens = analysis.tokens
    if k >= len(tokens) or case_of(tokens[k]) != "Ins" or morph.lemma(tokens[k].text) not in DECREES:
        return k
    return _genitive_run(tokens, k, 1, undeclined=True)
