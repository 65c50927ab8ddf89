"""The person a title with no name beside it refers back to, a few sentences on (``Пётр Орлов прибыл в Тверь.
… Сам же главный тренер оценил …``): the salient antecedent.

A title that points back to someone already known (:func:`pointing_back`: ``сам``, ``этот``, ``новый`` …) and that
no name holds speaks of the most prominent person of the last sentence that names one before it, within
:data:`WINDOW` sentences (:func:`salient_antecedent`), when that person's gender agrees with the title's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from .appointees import GIVING_POSTS, NAMING, appoints_other
from .former import LEAVING
from .grammar import Title
from .lexicon import EARLIER
from .subjects import (
    OBLIQUE_PRONOUNS,
    SUBJECT_PRONOUNS,
    is_cited_source,
    is_object_of_verb,
    sentence_tokens,
    subject_word,
)
from .tokens import case_of, first_token, last_token, number_of

WINDOW = 3  # sentences before a title's own in which its antecedent may be named
# words before a title that point back to a holder the reader knows ("сам же тренер", "этот политик", "новый
# глава"): the lemmas
POINTERS = frozenset({"сам", "этот", "данный", "новый", "упомянутый", "указанный"})
_COORDINATORS = {"и", "или", "либо"}
# verbs of saying: a speaker quoted ("«…», — сказал Орлов"), then a bare title saying more ("Гендиректор добавил")
SAYING = frozenset({"сказать", "заявить", "отметить", "добавить", "подчеркнуть", "пояснить", "сообщить",
                    "рассказать", "уточнить", "напомнить", "признаться", "заметить", "ответить", "объяснить"})
# verbs by which one speaker goes on saying more ("Гендиректор добавил"); not those that bring in another speaker
# ("Директор ответил", "возразил") or report news of one's own ("Губернатор рассказал", "сообщил")
GOING_ON = frozenset({"добавить", "дополнить", "продолжить", "уточнить", "пояснить", "подчеркнуть"})
_DASHES = ("—", "–", "-")
_ATTRIBUTED_COLON = re.compile(r"[^.,;:!?«»\"„“]*:\s*[«\"„“]")  # "Орлов заявил журналистам: «…»"
_APPOINTEE_GAP = 3  # words from a noun of appointing to the title it names ("назначением нового министра")
_FUTURE = {"будет", "будут", "бы", "б"}  # "Новый министр будет назначен", "новый глава мог бы"
_OWN_CLAUSES = ("ccomp", "advcl", "parataxis", "conj", "csubj", "acl")  # clauses with a tense of their own
# verbs by which one person presents, meets or greets another ("представил нового главу", "встретил нового посла"),
# or gives or takes a post from them ("назначил нового главу", "уволил нового директора")
_PRESENTING = GIVING_POSTS | {"представить", "представлять", "познакомить", "знакомить", "встретить", "встречать",
                              "поздравить", "поздравлять", "приветствовать", "поприветствовать"}


def pointing_back(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A singular title with a word that points back to someone known (:data:`POINTERS`) among its modifiers or
    the two words before it (``Сам же главный тренер …``), not coordinated with another word (``новый мэр и
    губернатор``), whose holder does not act on a pronoun (:func:`acts_on_another`) nor is presented by one
    (:func:`_object_of_pronoun`)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if number_of(head) == "Plur" or coordinated(analysis, title) or acts_on_another(analysis, title) \
            or _object_of_pronoun(analysis, title, morph):
        return False
    words = tokens[max(0, title.first - 2):title.head]
    return any(t.sent == head.sent and morph.lemma(t.text) in POINTERS and _points_at(t, head) for t in words)


def _points_at(word: Token, head: Token) -> bool:
    """A pointing word that modifies the title's head (``сам же тренер``) or the noun the title hangs on (``эти
    слова губернатора``), not another word before it (``в этот день министр …``)."""
    return word.head == head.index or head.rel.startswith("nmod") and word.head == head.head is not None


def new_holder(analysis: Analysis, title: Title, person: Span, morph: Morph) -> bool:
    """Whether a title with no name presents a holder other than ``person``, named before it: as the subject
    of a passive (``В 2005 году назначен новый директор``), as one yet to come (``Новый министр будет назначен
    позже``, :func:`_yet_to_come`), as a new one after ``person`` left the post (:func:`succeeds`) or after
    ``person`` appointed someone (``Орлов назначил начальником управления Лаптева. Представляя нового главу
    управления, …``: :func:`appointed_another`)."""
    head = analysis.tokens[title.head]
    return head.rel == "nsubj:pass" or _yet_to_come(analysis, head) or _has_new(analysis, title, morph) and (
        left_before(analysis, person, morph) or appointed_another(analysis, person, morph)) \
        or names_appointee_between(analysis, title, person, morph)


def speaker_goes_on(analysis: Analysis, title: Title, person: Span, held: Iterable[Title], morph: Morph) -> bool:
    """Whether a bare title is the subject of a verb of going on saying (:data:`GOING_ON`) after a sentence whose
    one person is the speaker of quoted words (``«…», — сказал Пётр Орлов. Гендиректор добавил …``:
    :func:`_attributes_quote`): the speaker goes on under a title, when no one in ``held`` (the titles with
    holders) holds one of its head (``министр Анна Зорина`` … ``Министр добавил``). Not a title that replies
    (``Директор ответил``) or reports (``Губернатор рассказал``), nor one after a report (``Об аварии сообщил
    Пётр Орлов``): another speaker."""
    tokens = analysis.tokens
    head = tokens[title.head]
    verb = _subject_verb(analysis, person)
    lemma = morph.lemma(fold(head.text))
    return head.rel == "nsubj" and head.head is not None and morph.lemma(fold(tokens[head.head].text)) in GOING_ON \
        and verb is not None and morph.lemma(fold(verb.text)) in SAYING and _attributes_quote(analysis, verb) \
        and not any(morph.lemma(fold(tokens[t.head].text)) == lemma for t in held)


def _attributes_quote(analysis: Analysis, verb: Token) -> bool:
    """Whether a verb of saying names the speaker of quoted words: after a dash (``«…», — сказал Орлов``,
    ``План выполнен, — отметила Зорина``) or before a colon that opens a quote (``Орлов заявил: «…»``)."""
    text = analysis.text
    start, end = analysis.sentences[verb.sent]
    return text[start:verb.start].rstrip().endswith(_DASHES) \
        or _ATTRIBUTED_COLON.match(text, verb.end, end) is not None


def names_appointee_between(analysis: Analysis, title: Title, person: Span, morph: Morph) -> bool:
    """Whether, after ``person`` and before the title, a noun of appointing speaks of a holder of the title's head
    with no name (``Смена, начатая Орловым, завершилась назначением нового министра. Новый министр …``): the title
    refers back to that appointee, not to the person named before."""
    tokens = analysis.tokens
    lemma = morph.lemma(fold(tokens[title.head].text))
    between = tokens[last_token(analysis, person) + 1: title.first]
    for k, token in enumerate(between):
        if token.pos == "NOUN" and morph.lemma(fold(token.text)) in NAMING:
            after = between[k + 1: k + 1 + _APPOINTEE_GAP]
            if any(t.sent == token.sent and morph.lemma(fold(t.text)) == lemma for t in after):
                return True
    return False


def succeeds(analysis: Analysis, title: Title, person: Span, morph: Morph) -> bool:
    """A ``новый`` title after a sentence whose subject, its antecedent, leaves a post (``Орлов ушёл в отставку.
    Новый министр …``, ``Орлов покинул пост``) or held one before (``Ранее ведомством руководил Орлов``): the new
    holder is another."""
    return _has_new(analysis, title, morph) and left_before(analysis, person, morph)


def _has_new(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title with ``новый`` before its head (``нового главу управления``)."""
    return any(morph.lemma(t.text) == "новый" for t in analysis.tokens[title.first:title.head])


def _subject_verb(analysis: Analysis, person: Span) -> Token | None:
    """The verb a person is the subject of, directly or through a word the name is in apposition to (``министр
    Орлов ушёл``); ``None`` when the name is no subject."""
    tokens = analysis.tokens
    for word in analysis.tokens_in(person.start, person.end):
        subject = tokens[word.head] if word.rel == "appos" and word.head is not None else word
        if subject.rel.startswith("nsubj") and subject.head is not None:
            return tokens[subject.head]
    return None


def appointed_another(analysis: Analysis, person: Span, morph: Morph) -> bool:
    """Whether a person is the subject of a verb that appoints another (``Орлов назначил начальником Лаптева``,
    :func:`.appointees.appoints_other`): the new holder of a post is the one appointed, not who appoints."""
    verb = _subject_verb(analysis, person)
    return verb is not None and appoints_other(verb, morph)


def left_before(analysis: Analysis, person: Span, morph: Morph) -> bool:
    """Whether a person is the subject of a verb of leaving a post (``Орлов ушёл в отставку``, ``покинул пост``)
    or of one said of the past (``Ранее ведомством руководил Орлов``)."""
    verb = _subject_verb(analysis, person)
    return verb is not None and (morph.lemma(verb.text) in LEAVING or any(
        t.head == verb.index and (fold(t.text).startswith("отставк") or fold(t.text) in EARLIER)
        for t in sentence_tokens(analysis, verb.sent)))


def salient_antecedent(analysis: Analysis, title: Title, persons: list[Span]) -> Span | None:
    """The person a title with no name refers back to: of the last sentence that names a person before the
    title, within :data:`WINDOW` sentences, the most prominent one (:func:`_prominence`: ``Орлов сменил
    Лаптева. Новый глава …`` is Орлов), when their gender agrees with the title's (:func:`title_gender`).
    In the title's own sentence only a subject refers back (``Орлов встретился с новым министром``: someone
    else)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    # "По словам министра Петра Орлова, новый командующий …": the source of the clause speaks of another
    # "Орлову новый министр рассказал …": a name the title's verb acts on is another's
    before = [p for p in persons if p.end <= title.start
              and not is_cited_source(analysis, first_token(analysis, p), head.sent)
              and not is_object_of_verb(analysis, first_token(analysis, p), title)]
    if not before:
        return None
    sent = tokens[first_token(analysis, max(before, key=lambda p: p.end))].sent
    if sent < head.sent - WINDOW or sent == head.sent and not head.rel.startswith("nsubj"):
        return None
    person = max((p for p in before if tokens[first_token(analysis, p)].sent == sent),
                 key=lambda p: (_prominence(analysis, p), p.end))
    if _prominence(analysis, person) == 0 and _pronoun_of_another(analysis, person):
        return None
    gender = title_gender(analysis, title)
    if gender is not None and tokens[first_token(analysis, person)].feat.get("Gender") not in (None, gender):
        return None
    return person


def title_gender(analysis: Analysis, title: Title) -> str | None:
    """The gender of a title's holder its words show: its past verb (``министр заявила``) or a feminine word
    that agrees with it (``новая министр``)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if head.rel.startswith("nsubj") and head.head is not None:
        verb = tokens[head.head]
        if verb.pos in ("VERB", "AUX", "ADJ") and verb.feat.get("Number") == "Sing" and verb.feat.get("Gender"):
            return verb.feat["Gender"]
    agreeing = [t for t in tokens[title.first:title.head] if t.pos in ("ADJ", "DET") and t.head == head.index]
    return "Fem" if any(t.feat.get("Gender") == "Fem" for t in agreeing) else None


def _pronoun_of_another(analysis: Analysis, person: Span) -> bool:
    """A person named in a sentence whose subject or object is a personal pronoun before the name (``Его
    представят губернатору Петру Орлову``): the sentence speaks of someone named before it, not of the person
    it names in an oblique case (a pronoun after the name may stand for it)."""
    sent = analysis.tokens[first_token(analysis, person)].sent
    return any(t.pos == "PRON" and t.rel in ("nsubj", "nsubj:pass", "obj") and t.end <= person.start
               and fold(t.text) in SUBJECT_PRONOUNS.keys() | OBLIQUE_PRONOUNS
               for t in sentence_tokens(analysis, sent))


def _prominence(analysis: Analysis, person: Span) -> int:
    """How prominent a mention of a person is in its sentence: 2 for a subject (or a name in apposition to
    one), 1 for a name in the nominative the parser hangs elsewhere, 0 for one in an oblique case."""
    words = analysis.tokens_in(person.start, person.end)
    if any(subject_word(analysis, t) for t in words):
        return 2
    return 1 if any(case_of(t) == "Nom" for t in words) else 0


def _yet_to_come(analysis: Analysis, head: Token) -> bool:
    """A title whose verb is in the future or the conditional (``Новый министр будет назначен``, ``новый глава
    мог бы …``): a holder not known yet. Not a future in a clause of its own (``Глава области заявил, что
    встретится …``): what the holder says."""
    tokens = analysis.tokens
    verb = tokens[head.head] if head.head is not None else None
    if verb is None:
        return False
    clause = [verb, *(t for t in sentence_tokens(analysis, verb.sent)
                      if t.head == verb.index and not t.rel.startswith(_OWN_CLAUSES))]
    return any(t.feat.get("Tense") == "Fut" or fold(t.text) in _FUTURE for t in clause)


def acts_on_another(analysis: Analysis, title: Title) -> bool:
    """A title whose sentence has a pronoun for its object (``Новый губернатор встретил его в аэропорту``): the
    one named before is whom the title's holder acts on, not the holder."""
    return any(t.pos == "PRON" and t.rel in ("obj", "iobj", "obl") and fold(t.text) in OBLIQUE_PRONOUNS
               for t in sentence_tokens(analysis, analysis.tokens[title.head].sent))


def _object_of_pronoun(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the accusative, the object of a verb by which one person presents, meets or appoints another
    (:data:`_PRESENTING`) whose subject, up its chain of clauses, is a personal pronoun (``Он приедет, чтобы
    представить нового главу управления``): the one named before acts on the holder; not another verb (``Он
    попросил не называть нового главу управления …``: he may be the holder, named before)."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if head.rel != "obj" or head.head is None:
        return False
    verb = tokens[head.head]
    if morph.lemma(verb.text) not in _PRESENTING:
        return False
    for _step in range(4):
        subjects = [t for t in sentence_tokens(analysis, verb.sent)
                    if t.head == verb.index and t.rel.startswith("nsubj")]
        if subjects:
            return any(t.pos == "PRON" and fold(t.text) in SUBJECT_PRONOUNS for t in subjects)
        if verb.head is None or not verb.rel.startswith(("advcl", "xcomp", "conj")):
            return False
        verb = tokens[verb.head]
        if verb.pos not in ("VERB", "AUX"):
            verb = tokens[verb.head] if verb.head is not None else verb
    return False


def coordinated(analysis: Analysis, title: Title) -> bool:
    """A title after or before ``и``/``или`` (``… Орловым и новым тренером команды``, ``новый мэр и
    губернатор``), past a pointing word and words set off by commas (``держатся министр Орлов … и, конечно, сам
    президент``; not a sentence's first ``И``): one of several people or titles."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    k = title.first - 1
    while k > 0 and tokens[k].sent == sent and title.first - k <= 4 and _aside(tokens[k]):
        k -= 1  # "и, конечно, сам президент"
    after = tokens[title.last + 1] if title.last + 1 < len(tokens) else None
    return k > 0 and tokens[k - 1].sent == sent and fold(tokens[k].text) in _COORDINATORS \
        or after is not None and fold(after.text) in _COORDINATORS


def _aside(token: Token) -> bool:
    """A comma, a pointing word or a parenthetical word between ``и`` and a title (``и, конечно, сам``)."""
    return token.text == "," or fold(token.text) in _ASIDE or token.rel in ("parataxis", "discourse")


_ASIDE = frozenset({"сам", "сама", "же"})
