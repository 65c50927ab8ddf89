"""Whether a title is one held before: the words around it say it was left (``покинул пост министра``,
``ранее занимавший должность``, ``полковник в отставке``) or a verb of being in the past gives it (``был
директором завода``). ``бывший``/``экс-`` before a title are the grammar's (:attr:`.grammar.Title.former`)."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph, fold
from ..ner import Analysis
from .agreement import case_word
from .declined import NO_LONGER, is_still_to_come, negated, only_asked
from .grammar import Title, acting_verb
from .lexicon import POST_WORDS
from .resigned import (
    FROM,
    HOLDING,
    from_post,
    has_resigned,
    has_stopped_working,
    is_conditional,
    is_no_longer_held,
    says_into_retirement,
    title_before_dash,
)
from .tokens import case_of, first_conjunct
from .verbs import is_predicate
from .worked import post_occupied, worked_at_post

# verbs of leaving a post, done: the title is a former one ("покинул пост министра", "уволен с должности";
# not "уходит с поста", nor a demand of "отставки")
LEAVING = {"покинуть", "покидать", "оставить", "оставлять", "уйти", "уходить", "освободить", "освобождать",
            "уволить", "увольнять", "снять", "снимать", "отстранить", "отстранять", "сложить", "слагать",
            "лишить", "лишать", "освобожденный", "уволенный", "снятый", "снятой", "отстраненный", "сместить",
            "смещать", "отправить", "отправлять", "отправленный", "уволиться", "увольняться"}
EARLIER = frozenset({"ранее", "прежде", "раньше", "когда-то"})  # "ранее занимал пост": told of the past
# words between a name in commas and its title that say when the title is held: "Орлов, ныне директор …"
WHEN_HELD = EARLIER | {"ныне", "сейчас", "теперь", "впоследствии", "позднее", "позже"}
# of those, verbs that leave a post only when the post is named after them: "снят с поста", "освобождён от
# должности", "отправлен в отставку с поста", not "фильм снял режиссёр", "освободил заложников"
_LEAVING_FROM = {"снять", "снимать", "освободить", "освобождать", "отстранить", "отстранять", "лишить", "лишать",
                 "освобожденный", "снятый", "снятой", "отстраненный", "сместить", "смещать", "отправить",
                 "отправлять", "отправленный"}
# nouns of leaving a post, and verbs of moving from one, with the post after "с"/"от": "об освобождении от
# должности министра", "об уходе с поста тренера", "перешёл с поста главы МИД" (not "перешёл на пост")
LEAVING_NOUNS = {"освобождение", "уход", "увольнение", "отставка", "снятие", "отстранение", "смещение"}
_MOVING_FROM = {"перейти", "переходить"}
_SERVICE = {"служба"}  # the state's service a post is held in
# verbs that state a leaving done or decided when its noun (or the decree that names it) is what they act on,
# in the past: "подписал указ об освобождении", "заявил об уходе", "проголосовали за прекращение полномочий";
# not "обсудили уход", "отказал в прекращении", "рассмотрят вопрос о …"
_STATING = {"подписать", "подписывать", "издать", "принять", "утвердить", "одобрить", "согласовать", "объявить",
            "заявить", "сообщить", "подтвердить", "состояться", "произойти", "последовать", "проголосовать",
            "оформить", "решить"}
# nouns of a decision or a document a noun of leaving may hang on: "указ об освобождении от должности",
# "решение о прекращении полномочий" (not "порядок прекращения", "вопрос о прекращении", "проект указа")
# adjectives of what is only possible or still to come: the noun they qualify has not happened
# (``о возможном уходе``, ``о предстоящей отставке``), whatever the verb that states it
_NOT_YET = {"возможный", "вероятный", "предполагаемый", "предстоящий", "грядущий", "скорый", "будущий",
            "потенциальный", "планируемый", "ожидаемый", "гипотетический"}
_DECISIONS = {"указ", "решение", "постановление", "распоряжение", "приказ", "заявление"}
# the powers of a post ended: "досрочно прекратил полномочия губернатора", "о прекращении полномочий мэра"
_ENDING_POWERS = {"прекратить", "прекращать", "прекращение", "сложить", "слагать", "сложение"}
# verbs of heading, imperfective: titles in the instrumental sharing them in the past were held then ("в разные
# годы он возглавлял банк, гендиректором канала"); not "возглавил", taken over
_HEADING = {"возглавлять", "руководить"}
_CONTRASTING = {"а", "но", "однако"}  # "журналист, а ныне депутат": a conjunct set against the one before
_WAS = frozenset({"был", "была", "было", "были"})  # the auxiliary of a passive in the past
_OF_LIFE = ["из", "жизни"]  # "ушёл из жизни": a death, not a post left


def retired_words(analysis: Analysis, title: Title) -> int:
    """How many words right after a title say its holder retired (``в отставке``, ``в запасе``): 2 or 0."""
    tokens = analysis.tokens
    after = [fold(t.text) for t in tokens[title.last + 1: title.last + 3] if t.sent == tokens[title.last].sent]
    return 2 if after in (["в", "отставке"], ["в", "запасе"]) else 0


def left_post(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """Whether the words before a title say it was left: ``покинул пост министра``, ``уволен с должности``,
    ``ушёл с поста``, ``ранее занимавший должность``; or the words after it, that its holder retired
    (``полковник в отставке``, ``майор запаса``)."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    if retired_words(analysis, title) or fold(tokens[title.last].text) == "запаса":
        return True
    before = [fold(t.text) for t in tokens[max(title.first - 2, 0): title.first] if t.sent == sent]
    if before == ["в", "прошлом"] or tuple(before) in NO_LONGER:
        return True  # "Орлов, в прошлом журналист", "Орлов больше не директор"
    if len(before) == 2 and from_post(analysis, title, morph):
        verb = tokens[title.first - 1].head  # "уволил директора школы Орлова с поста …": the verb "с поста" hangs on
        if verb is not None and morph.lemma(tokens[verb].text) in LEAVING \
                and tokens[verb].feat.get("Tense") not in ("Pres", "Fut") and not only_asked(analysis, verb, morph) \
                and not is_still_to_come(analysis, verb):  # "будет снят с поста": held till then
            return True
    for j in range(title.first - 1, max(title.first - 6, -1), -1):
        if tokens[j].sent != sent or tokens[j].text in (",", ".", ";", "—"):
            return False
        if j < title.first - 1 and morph.lemma(tokens[j].text) in POST_WORDS and tokens[j + 1].pos == "NOUN" \
                and case_of(tokens[j + 1]) == "Gen":
            return False  # "Занимавший ранее пост президента вуза академик": the post another title names
        if fold(tokens[j].text) in EARLIER:
            # "Ранее министр Орлов заявлял …", "Напомним, ранее министр …": a word opening the sentence (or after a
            # parenthetical that opens it) before its subject dates the verb
            return not ((analysis.starts_sentence(j) or _after_opening_words(analysis, j))
                        and case_of(case_word(analysis, title)) in ("Nom", None))  # "врио" has no case
        if fold(tokens[j].text).startswith("бывш") and case_of(tokens[title.head]) == "Ins" \
                and all(t.pos in ("ADV", "ADP", "PRON", "DET") for t in tokens[j + 1: title.first]):
            return True  # "Орлов, бывший до этого губернатором"; not "бывший министр Орлов стал губернатором"
        lemma = morph.lemma(tokens[j].text)
        if lemma in LEAVING and tokens[j].feat.get("Tense") not in ("Pres", "Fut") \
                and not only_asked(analysis, j, morph) and not _of_life(analysis, j) \
                and not is_still_to_come(analysis, j) \
                and (lemma not in _LEAVING_FROM or any(fold(t.text) in FROM for t in tokens[j + 1: title.first])
                     or says_into_retirement(tokens, tokens[j + 1: title.first])):  # "отправил в отставку директора"
            return True
        if _leaving_from(analysis, j, title, morph):
            return True  # "об освобождении от занимаемой должности министра", "перешёл с поста главы МИД"
        if is_predicate(tokens[j].text) and case_of(tokens[title.head]) == "Ins" \
                and morph.lemma(tokens[j].text) not in LEAVING:
            return False  # "Покинувший больницу Орлов назначен главврачом": the post the predicate gives
        if tokens[j].feat.get("VerbForm") in ("Fin", "Conv") \
                and (not is_predicate(tokens[j].text) or case_of(tokens[title.head]) == "Nom"):
            return False  # "где ранее снималась актриса": the verb's "ранее", not the title's
    return False


def _leaving_from(analysis: Analysis, index: int, title: Title, morph: Morph) -> bool:
    """A noun of leaving (``освобождение``, ``уход``) the sentence states done (:func:`stated_done`) or a verb of
    moving in the past (``перешёл``) at ``index``, with ``с``/``от`` and a post word between it and a title:
    ``заявил об уходе с поста тренера``; not one only discussed or expected (``обсудили уход с поста``)."""
    tokens = analysis.tokens
    token = tokens[index]
    lemma = morph.lemma(token.text)
    if lemma not in LEAVING_NOUNS and not (lemma in _MOVING_FROM and token.feat.get("Tense") == "Past"):
        return False
    between = [fold(t.text) for t in tokens[index + 1: title.first]]
    # "об увольнении с гражданской службы министра": the service left, with the post in it
    return bool(between) and between[0] in FROM and morph.lemma(between[-1]) in POST_WORDS | _SERVICE \
        and (lemma in _MOVING_FROM or stated_done(analysis, index, morph))


def stated_done(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether the sentence states that what the noun at ``index`` names (a leaving, an ending of powers) has
    happened: the verb it hangs on (through a decree or a decision: ``указ об освобождении``) states it, in the
    past indicative and not negated (``подписал указ об освобождении``, ``указ … подписан``, ``заявил об
    уходе``); or ``после`` dates the clause after it (``после ухода с поста``). Not what is only discussed,
    refused, planned or still to come (``обсудили уход``, ``отказал в прекращении``, ``порядок прекращения``,
    ``пишут о возможном уходе``)."""
    tokens = analysis.tokens
    sentence = analysis.tokens_in(*analysis.sentences[tokens[index].sent])
    if any(t.head == index and t.rel == "case" and fold(t.text) == "после" for t in sentence):
        return True
    if any(t.head == index and t.rel == "amod" and morph.lemma(t.text) in _NOT_YET for t in sentence):
        return False  # "заявил о возможном уходе": only possible
    token = tokens[index]
    for _ in range(3):
        if token.head is None:
            return False
        governor = tokens[token.head]
        if governor.pos not in ("NOUN", "PROPN"):
            break
        if token.rel == "conj" and morph.lemma(governor.text) in LEAVING_NOUNS:
            token = governor  # "об освобождении от должности и увольнении с гражданской службы": one decision
            continue
        if morph.lemma(governor.text) not in _DECISIONS:
            return False  # "вопрос о прекращении полномочий", "порядок прекращения"
        token = governor
    else:
        return False
    return governor.pos in ("VERB", "AUX") and governor.feat.get("Tense") == "Past" \
        and not is_conditional(sentence, governor.index) \
        and morph.lemma(governor.text) in _STATING and not negated(analysis, governor.index)


def _of_life(analysis: Analysis, index: int) -> bool:
    """A verb of leaving at ``index`` that says a death (``ушёл из жизни``): the titles after it were held to
    the end, not left."""
    return [fold(t.text) for t in analysis.tokens[index + 1: index + 3]] == _OF_LIFE


def _left_after(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """``с должности заместителя министра уволена Анна Котова``, ``с поста тренера был уволен Пётр Орлов``: a post
    after ``с``/``от`` whose verb of leaving, in the past (or after ``был`` that puts it there), comes after the
    title."""
    tokens = analysis.tokens
    if not from_post(analysis, title, morph):
        return False
    past = False
    for token in tokens[title.last + 1: title.last + 6]:
        if token.sent != tokens[title.last].sent or token.text in (",", ";", ".", "—", ":"):
            return False
        if fold(token.text) in _WAS:
            past = True  # "был уволен": the participle's time is the auxiliary's
            continue
        if token.pos in ("VERB", "AUX"):
            return morph.lemma(token.text) in LEAVING and (past or token.feat.get("Tense") == "Past") \
                and not only_asked(analysis, token.index, morph)
    return False


def _powers_ended(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """``досрочно прекратил полномочия губернатора``, ``указ о прекращении полномочий мэра подписан``, ``сложил с
    себя полномочия директора``: the powers of the post ended (a verb in the past, or the noun a sentence states
    done: :func:`stated_done`); not ``прекратит``, nor ``отказал в прекращении полномочий``."""
    tokens = analysis.tokens
    k = title.first - 1
    if k < 1 or morph.lemma(tokens[k].text) != "полномочие":
        return False
    for token in reversed(tokens[max(k - 4, 0): k]):
        if token.sent != tokens[k].sent:
            return False
        if morph.lemma(token.text) in _ENDING_POWERS:
            return token.pos == "NOUN" and stated_done(analysis, token.index, morph) \
                or token.feat.get("Tense") == "Past" and not only_asked(analysis, token.index, morph)
        if token.pos not in ("ADV", "ADJ", "ADP", "PRON"):
            return False  # "досрочно", "досрочном", "с себя" may stand between
    return False


def _listed_as_leaving(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in a list after a colon that a noun of leaving the sentence states done opens (:func:`stated_done`):
    ``подписал заявления об отставках: заместителей министра …, а также заместителя министра …``; not
    ``обсудили отставки: …``."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    for j in range(title.first - 1, max(title.first - 40, -1), -1):
        token = tokens[j]
        if token.sent != sent or token.feat.get("VerbForm") == "Fin" or token.text in (".", ";"):
            return False
        if token.text == ":":
            return any(morph.lemma(t.text) in LEAVING_NOUNS and stated_done(analysis, t.index, morph)
                       for t in tokens[max(j - 2, 0): j] if t.sent == sent)
    return False


def _after_opening_words(analysis: Analysis, index: int) -> bool:
    """Whether token ``index`` follows a comma after words that open its sentence and name no one (``Напомним,``,
    ``Кроме того,``, ``Как сообщалось,``), not a name in apposition (``Орлов, ранее министр``)."""
    tokens = analysis.tokens
    if index < 1 or tokens[index - 1].text != ",":
        return False
    opening = [t for t in tokens[:index - 1] if t.sent == tokens[index].sent]
    return bool(opening) and len(opening) <= 3 and all(t.pos not in ("NOUN", "PROPN") for t in opening)


def held_in_past(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the instrumental that a verb of being or working in the past gives (``был директором завода``,
    ``работала хирургом``, ``являлся членом совета``, ``работал исполняющим обязанности министра``: the
    participle's case), also to the titles that share that verb (``работал
    инженером, затем начальником цеха``, ``был советником, а в 2018 году — главой штаба``) or a verb of heading
    (``возглавлял банк, гендиректором канала``); a post one ``занимал`` (not ``занял``, taken). Not one a
    participle gives (``был назначен директором``), nor one after a preposition (``работал с директором``)."""
    tokens = analysis.tokens
    head = case_word(analysis, title) if title.acting else tokens[title.head]  # "работал исполняющим обязанности …"
    if post_occupied(analysis, title, morph):
        return True
    if case_of(head) != "Ins" or title.first > 0 and tokens[title.first - 1].pos == "ADP":
        return False
    head, _ = first_conjunct(tokens, head, "Ins")  # "работал инженером, затем начальником цеха"
    sentence = analysis.tokens_in(*analysis.sentences[head.sent])  # a parse's heads stay in their sentence
    verbs = [t for t in sentence if t.head == head.index and t.rel == "cop"]
    governor = tokens[head.head] if head.head is not None else None
    holding = HOLDING
    if not verbs and governor is not None and governor.pos in ("VERB", "AUX") \
            and not head.rel.startswith(("nmod", "nsubj", "obj", "appos", "conj")):
        verbs = [governor]
    elif not verbs and (governor is None
                        or governor.pos in ("VERB", "AUX", "NOUN", "PROPN") and case_of(governor) != "Ins"):
        # a clause with its verb left out, however the parser hangs it: the verb of the clause before
        # (not the auxiliary of a passive: "был освобождён от должности … и назначен …, а также заместителем …")
        verbs = [t for t in sentence if t.index < title.first and t.feat.get("VerbForm") == "Fin"
                 and t.rel != "aux:pass"][-1:]
        holding = HOLDING | _HEADING
    return any(t.sent == head.sent and t.feat.get("Tense") == "Past" and morph.lemma(t.text) in holding
               for t in verbs)


def held_before(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """Whether the words around a title say it is no longer held (:func:`left_post`, :func:`held_in_past`); a
    title joined to an earlier one in its case is left as that one is when the verb or noun of leaving they share
    says so (``Свои посты покинули министр A, министр B и министр C``: all three), not by the words before that
    one alone (``в прошлом журналист, а ныне депутат``: the deputy is current) unless it is the object of
    that leaving (``уволил министра A и министра B``)."""
    if left_post(analysis, title, morph) or held_in_past(analysis, title, morph) \
            or worked_at_post(analysis, title, morph) or _acted_before(analysis, title) \
            or _left_by_clause(analysis, title, morph) or was_left_in_apposition(analysis, title, morph):
        return True
    first = _first_conjunct_title(analysis, title)
    # "об освобождении от должности министра A и министра B": the noun or verb of leaving before the first
    # conjunct governs the others too
    return first is not None and (_left_by_clause(analysis, first, morph)
                                  or case_of(analysis.tokens[first.head]) in ("Gen", "Acc")
                                  and left_post(analysis, first, morph))


def was_left_in_apposition(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the genitive after a dash that joins it to the title of a post after ``с``/``от``
    (:func:`.resigned.title_before_dash`): one post under two names, left when the first is (:func:`left_post`:
    ``освободил от должности начальника штаба - первого заместителя командующего``, ``снят с поста президента -
    председателя правления``; not ``может быть освобождён от должности министра - руководителя аппарата``)."""
    first = title_before_dash(analysis, title, morph)
    return first is not None and left_post(analysis, first, morph)


def _left_by_clause(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """The readers of a title left that read the clause, its verb or its noun of leaving, which the title's
    conjuncts share (:func:`has_resigned`, ``приняли отставку главы …``, ``перестал быть …``)."""
    return has_stopped_working(analysis, title, morph) or _left_after(analysis, title, morph) \
        or _powers_ended(analysis, title, morph) or _listed_as_leaving(analysis, title, morph) \
        or has_resigned(analysis, title, morph) or _resignation_stated(analysis, title, morph) \
        or is_no_longer_held(analysis, title, morph)


def _first_conjunct_title(analysis: Analysis, title: Title) -> Title | None:
    """The first of the titles in one case a title's head is joined to as a conjunct (``министр A, министр B и
    министр C``: the first ``министр``, with the modifiers before it), or None when it is joined to none."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if head.rel != "conj" or case_of(head) is None:
        return None
    first, steps = first_conjunct(tokens, head, case_of(head))
    if not steps or first.index >= title.first \
            or any(fold(t.text) in _CONTRASTING | WHEN_HELD for t in tokens[first.index + 1: title.first]):
        return None  # "в прошлом журналист, а ныне депутат": a conjunct of another time
    start = first.index
    while start > 0 and tokens[start - 1].head == first.index and tokens[start - 1].pos in ("ADJ", "DET") \
            and tokens[start - 1].sent == first.sent:
        start -= 1  # "первый заместитель": the title opens at its modifiers
    return replace(title, start=tokens[start].start, end=first.end,
                   head=first.index, first=start, last=first.index, former=False)


def _resignation_stated(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the genitive right after a noun of leaving a sentence states done (:func:`stated_done`: a verb
    of stating it in the past, not negated nor conditional): ``депутаты приняли отставку главы города``,
    ``объявил об увольнении директора``; not ``не приняли отставку``, ``потребовали отставки``."""
    tokens = analysis.tokens
    k = title.first - 1
    return k >= 0 and case_of(tokens[title.head]) == "Gen" and morph.lemma(tokens[k].text) in LEAVING_NOUNS \
        and stated_done(analysis, k, morph)


def _acted_before(analysis: Analysis, title: Title) -> bool:
    """``исполнял обязанности министра``: the duties of a post done in the past, an imperfective verb (not
    ``исполняет``, nor ``исполнявший``, whose time is the clause's)."""
    verb = acting_verb(analysis, title.first, title.last)
    if verb is None:
        return False
    token = analysis.tokens[verb]
    return token.feat.get("VerbForm") == "Fin" and token.feat.get("Tense") == "Past" \
        and token.feat.get("Aspect") != "Perf"
