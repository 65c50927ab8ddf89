"""The one an appointment names: after the title an appointing verb gives (``назначил директором завода Петра
Орлова``), or after a noun of appointment spoken about (``о назначении главы района Петра Орлова``); which
active verbs name another than their subject (``назначил``, ``уволил``)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from .agreement import case_word
from .congratulated import appointment_noun, congratulated_on, thanked_for
from .grammar import Title, is_discharging_verb, is_duties_word
from .lexicon import HONOURS, INDECLINABLE, POSTS
from .sharing import POSSESSIVES
from .tokens import People, case_of, first_conjunct, first_token

# verbs and nouns that name someone to a title: "назвал Кузьмина первым вратарём", "избрание … премьером"
NAMING = {"назвать", "называть", "назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить", "выбрать",
          "утверждать", "объявить", "объявлять", "признать", "признавать", "назначение", "избрание",
          "переизбрание", "утверждение", "переназначить", "переназначать", "переназначение"}
# verbs of a superior that give a post or take it away: "назначил … министром", "освободил от должности"
GIVING_POSTS = frozenset({"назначить", "назначать", "переназначить", "переназначать", "утвердить", "утверждать",
                          "освободить", "освобождать", "уволить", "увольнять", "отстранить", "отстранять"})
# active verbs whose object is the one appointed or dismissed: "назначил Орлова …", "уволили Орлова с поста"
_APPOINTING = GIVING_POSTS | {"избрать", "избирать", "переизбрать", "выбрать", "назвать", "называть", "снять",
                              "снимать", "сменить", "сменять"}
_TAKING_OVER = {"сменить", "сменять"}  # "Орлов сменил Зорину на посту": the subject takes the post
# verbs and nouns of inviting someone to a post, which names the one invited as appointing does: "пригласил
# Петра Орлова на пост главного тренера", "о приглашении Орлова на должность директора"
_INVITING = frozenset({"пригласить", "приглашать", "приглашение"})
# words of turning an offer down: "однако тот отказался от предложения", "Орлов отклонил приглашение"
_REFUSING = frozenset({"отказаться", "отказываться", "отклонить", "отклонять", "отвергнуть", "отвергать", "отказ"})
_BACK_PRONOUNS = frozenset({"он", "она", "тот", "та"})  # the one invited, as the next sentence names him
# nouns of a post still to be filled, before its title in the genitive: "имя нового тренера", "по назначению посла"
_SOUGHT = frozenset({"имя", "кандидатура", "поиск", "выбор", "назначение", "избрание", "замещение", "вакансия"})
# verbs whose object is a holder still to be found: "выбрать себе нового руководителя", "ищет нового тренера"
_SEEKING = frozenset({"выбрать", "выбирать", "искать", "найти", "находить", "подобрать", "подбирать", "подыскать",
                      "подыскивать", "пригласить", "приглашать"})


def names_by_noun(analysis: Analysis, trigger: int, title: Title, morph: Morph) -> bool:
    """A noun of appointment spoken about, with the title in the genitive as its object (``о назначении
    нового главы администрации``, ``об избрании председателя``) or in the instrumental (``о назначении
    министром культуры Петра Орлова``): the title is of the one appointed, never of the subject of the clause
    the noun stands in (``указ о назначении главы района Орлов не подписал``; not ``до назначения нового
    тренера его обязанности исполняет Орлов``, an acting holder). A title whose words do not decline
    (``и.о. замгубернатора``, ``врио главы``) is that object when it follows the noun. So with a possessive before
    the noun (``указ о её назначении министром``): hers, not the subject's."""
    tokens = analysis.tokens
    noun = appointment_noun(analysis, title, morph)
    if noun is not None and noun <= trigger < title.first:
        return True  # "поздравил его с назначением министром": the one congratulated's, not the subject's
    before = trigger - 1 if trigger < 1 or fold(tokens[trigger - 1].text) not in POSSESSIVES else trigger - 2
    if tokens[trigger].pos != "NOUN" or morph.lemma(tokens[trigger].text) not in NAMING \
            or before < 0 or fold(tokens[before].text) not in ("о", "об"):
        return False
    case = case_of(case_word(analysis, title))
    return case in ("Gen", "Ins") or title.first == trigger + 1 and (
        case is None or fold(tokens[title.head].text) in INDECLINABLE)  # ``врио главы``, ``замгубернатора``


def appointee_after(analysis: Analysis, title: Title, people: People) -> Span | None:
    """The one appointed named after the title an appointing verb gives (``назначил директором завода
    генерал-майора Петра Орлова``): the first name after the title's phrase, in the accusative or the
    genitive, with only nouns, adjectives and participles between (not one past a verb or a comma)."""
    tokens = analysis.tokens
    sent = tokens[title.head].sent
    for k in range(title.last + 1, min(title.last + 9, len(tokens))):
        if tokens[k].sent != sent:
            return None
        if k in people.by_first:
            return people.by_first[k] if case_of(tokens[k]) in ("Acc", "Gen") else None
        declines = tokens[k].pos in ("NOUN", "ADJ", "PROPN", "DET") or "Case" in tokens[k].feat  # "вооружённых"
        if not declines and tokens[k].text not in "«»\"-":
            return None
    return None


def find_naming_word(analysis: Analysis, first: int, in_title: set[int] | frozenset[int], morph: Morph) -> int:
    """The token before the name that starts at ``first``, past a rank or a title of the one named in the
    accusative or the genitive (``назначил генерал-полковника Петра Орлова командующим``, ``о назначении
    заместителя министра Петра Орлова …``), or an honour (``Героя России``, :func:`_in_honour`): where the verb or
    noun of appointing stands, if it does. Only the words of a title (``in_title``: the tokens of the titles
    found) are passed over, not any noun (``о назначении сына Петра Орлова министром``: the son is appointed)."""
    tokens = analysis.tokens
    before = first - 1
    if before < 0 or before not in in_title or case_of(tokens[before]) not in ("Acc", "Gen"):
        return before
    k = before
    while k >= 0 and tokens[k].sent == tokens[first].sent and (
            k in in_title and case_of(tokens[k]) not in ("Nom", "Ins") or _in_honour(analysis, k, first, morph)):
        k -= 1  # not into a title of another case: "назначенного министром генерала …"
    return k


def _in_honour(analysis: Analysis, k: int, first: int, morph: Morph) -> bool:
    """A word of an honour in the accusative or the genitive before the name at ``first`` (``Героя России``,
    ``Героя Советского Союза``): the honour's noun or a word that hangs on it, within three steps."""
    tokens = analysis.tokens
    token = tokens[k]
    for _ in range(3):
        if token.pos in ("NOUN", "PROPN") and case_of(token) in ("Acc", "Gen") and morph.lemma(token.text) in HONOURS:
            return True
        if token.head is None or not token.head < first:
            return False
        token = tokens[token.head]
    return False


def named_to_post(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """The one an appointment names before ``на пост``/``на должность`` and the title (``о назначении Анны
    Котовой на пост ректора``, ``назначил Петра Орлова на должность министра``): a name in the genitive or the
    accusative right after a noun or a verb of appointment or of inviting, when the invitation was made and not
    turned down (``пригласил Петра Орлова на пост главного тренера``, :func:`_invitation_made`); never the
    subject of the clause (``… подписал министр Глеб Лаптев``). The one congratulated on an appointment
    (:mod:`.congratulated`)."""
    congratulated = congratulated_on(analysis, title, people, morph) or thanked_for(analysis, title, people, morph)
    if congratulated is not None:
        return congratulated
    tokens = analysis.tokens
    post = title.first - 1
    if post < 2 or fold(tokens[post - 1].text) != "на" or morph.lemma(fold(tokens[post].text)) not in POSTS \
            or case_of(tokens[title.head]) != "Gen":
        return None
    person = people.by_last.get(post - 2)
    first = first_token(analysis, person) if person is not None else None
    if first is None or case_of(tokens[first]) not in ("Acc", "Gen"):
        return None
    trigger = first - 1
    if trigger < 0 or tokens[trigger].sent != tokens[post].sent:
        return None
    lemma = morph.lemma(fold(tokens[trigger].text))
    if lemma not in NAMING and not (lemma in _INVITING and _invitation_made(analysis, trigger, morph)):
        return None
    return person


def _invitation_made(analysis: Analysis, trigger: int, morph: Morph) -> bool:
    """Whether the verb or noun of inviting at ``trigger`` tells an invitation made and not turned down: a
    perfective verb in the past with no ``не`` (``пригласил Петра Орлова на пост тренера``; not ``планирует
    пригласить``, ``не стал приглашать``, ``приглашал``), or the noun after ``о`` that such a verb of telling
    governs (``объявил о приглашении Петра Орлова``; not ``переговоры о приглашении``); and no word of refusing
    in its sentence, or said of ``он``/``тот`` in the next one (``однако тот отказался от предложения``)."""
    tokens = analysis.tokens
    token = tokens[trigger]
    if token.pos == "NOUN":
        verb = tokens[token.head] if token.head is not None else None
        if verb is None or verb.pos != "VERB" or not _told_done(analysis, verb):
            return False
    elif token.pos != "VERB" or token.feat.get("Aspect") != "Perf" or not _told_done(analysis, token):
        return False
    return not _refused(analysis, token.sent, morph)


def _told_done(analysis: Analysis, verb: Token) -> bool:
    """A finite verb in the past with no ``не`` on it (``пригласил``, ``объявил``; not ``не пригласил``)."""
    words = analysis.tokens_in(*analysis.sentences[verb.sent])
    return verb.feat.get("VerbForm") == "Fin" and verb.feat.get("Tense") == "Past" \
        and not any(t.head == verb.index and fold(t.text) == "не" for t in words)


def _refused(analysis: Analysis, sent: int, morph: Morph) -> bool:
    """Whether the sentence ``sent`` has a word of refusing (``однако тот отказался``), or the next one has a verb
    of refusing whose subject is ``он``/``тот`` (``Однако он отказался.``)."""
    if any(morph.lemma(t.text) in _REFUSING for t in analysis.tokens_in(*analysis.sentences[sent])):
        return True
    if sent + 1 >= len(analysis.sentences):
        return False
    words = analysis.tokens_in(*analysis.sentences[sent + 1])
    return any(morph.lemma(t.text) in _REFUSING and any(
        d.head == t.index and d.rel == "nsubj" and fold(d.text) in _BACK_PRONOUNS for d in words) for t in words)


def appoints(token, morph: Morph) -> bool:
    """An active verb whose object, not its subject, gets or loses the title (``назначил``, ``уволили``)."""
    return token.pos == "VERB" and token.feat.get("Voice") != "Pass" and token.feat.get("Variant") != "Short" \
        and token.feat.get("VerbForm") != "Part" and morph.lemma(token.text) in _APPOINTING


def appoints_other(token, morph: Morph) -> bool:
    """An active verb that names someone other than its subject to a title or takes one from them
    (``назначил``, ``избрали``, ``уволил``; not ``сменил``, whose subject takes the post over): its subject
    never holds the title, even when the one appointed is no name the text has (``назначил сына …``)."""
    return appoints(token, morph) and morph.lemma(token.text) not in _TAKING_OVER


def made_by_appointing(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the instrumental an active appointing verb with no object of its own gives (``назначил
    заместителем министра …``; not ``Зорину назначили помощником президента …``): the name after it in the
    accusative or the genitive is the one appointed."""
    tokens = analysis.tokens
    head = tokens[title.head]
    verb = head.head
    return case_of(head) == "Ins" and verb is not None and head.rel == "xcomp" \
        and appoints_other(tokens[verb], morph) \
        and not any(t.head == verb and t.rel == "obj" for t in tokens if t.sent == head.sent)


def made_by_naming_noun(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the instrumental that a noun of appointment governs, itself or through the title it is
    coordinated with (``об избрании председателем совета Петра Орлова и заместителем председателя Глеба
    Лаптева``), or that an active appointing verb governs through that title (``избрал председателем Петра
    Орлова, а заместителем председателя Глеба Лаптева``): the name after it in the genitive or the accusative is
    the one appointed, not the holder of the title it governs."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if case_of(head) != "Ins":
        return False
    head, steps = first_conjunct(tokens, head, "Ins")  # "председателем … и заместителем председателя …"
    governor = tokens[head.head] if head.head is not None else None
    if governor is None or governor.sent != head.sent:
        return False
    return governor.pos == "NOUN" and morph.lemma(governor.text) in NAMING \
        or (steps > 0 or head.rel == "conj") and appoints_other(governor, morph)


# beyond the forms of "исполнять" (grammar.is_discharging_verb): duties or powers laid on someone, or carried out
_DUTIES_VERBS = frozenset({"исполнить", "исполнение", "возложить", "выполнять"})
_NEW = "новый"


def _duties_taken(analysis: Analysis, sent: int, morph: Morph) -> bool:
    """Whether a sentence says someone takes on a post's duties or powers (``обязанности … будет исполнять``,
    ``его полномочия исполняет``): the words an acting title is read by (:func:`.grammar.acting_verb`)."""
    words = analysis.tokens_in(*analysis.sentences[sent])
    return any(is_duties_word(t.text) for t in words) \
        and any(is_discharging_verb(t.text) or morph.lemma(t.text) in _DUTIES_VERBS for t in words)


def strip_new_of_acting(position: str, morph: Morph) -> str:
    """The post one acts in until it is filled, or the one its new holder replaced someone in, without the
    ``новый`` of the holder still to come or just come (``до избрания нового ректора`` → ``ректор``, ``новым
    министром вместо Анны Зориной стал …`` → her ``министр``)."""
    words = position.split()
    while len(words) > 1 and morph.lemma(words[0]) == _NEW:
        words = words[1:]
    return " ".join(words)


def acts_until_filled(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the genitive after ``до`` and a noun of a post still to be filled, in a sentence where someone
    takes on its duties (``До назначения нового директора его обязанности будет исполнять …``, ``до избрания
    ректора обязанности исполняет …``): the one who takes them on holds the post as acting, not as its holder."""
    tokens = analysis.tokens
    k = title.first - 1
    return k > 0 and fold(tokens[k - 1].text) == "до" and tokens[k].sent == tokens[title.head].sent \
        and case_of(tokens[title.head]) in ("Gen", None) and morph.lemma(tokens[k].text) in _SOUGHT \
        and _duties_taken(analysis, tokens[k].sent, morph)


def post_sought(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the genitive right after a noun of a post still to be filled (``имя нового наставника команды``,
    ``по назначению посла``, ``конкурс на замещение должности``, ``поиск нового тренера``): whoever holds it is
    not said, and no one named before is meant; but for one who takes on its duties until then
    (:func:`acts_until_filled`)."""
    tokens = analysis.tokens
    k = title.first - 1
    if k < 0 or case_of(tokens[title.head]) not in ("Gen", None) or tokens[k].sent != tokens[title.head].sent \
            or acts_until_filled(analysis, title, morph):
        return False
    if morph.lemma(tokens[k].text) in POSTS and k > 0 and (fold(tokens[k - 1].text).startswith("вакантн")
                                                           or morph.lemma(tokens[k - 1].text) in _SOUGHT):
        return True  # "вакантной должности главного энергетика", "на замещение должности директора"
    return morph.lemma(tokens[k].text) in _SOUGHT


def is_successor_sought(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A new holder, in the accusative, the object of a verb of seeking or choosing (``оркестр сможет выбрать себе
    нового руководителя``, ``клуб ищет нового тренера``): one not found yet, no one named before. Not the object of
    a perfective verb in the past (``клуб нашёл нового тренера``, ``выбрал нового руководителя``): one found, who
    may be named before."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if case_of(head) not in ("Acc", "Gen") or not any(morph.lemma(t.text) == "новый"
                                                      for t in tokens[title.first: title.head]):
        return False
    k = title.first - 1
    if k >= 0 and fold(tokens[k].text) in ("себе", "им", "ей", "ему"):
        k -= 1
    if k < 0 or tokens[k].sent != head.sent or morph.lemma(tokens[k].text) not in _SEEKING:
        return False
    feats = tokens[k].feat  # "клуб нашёл нового тренера": a perfective verb in the past reports one found
    return not (feats.get("Aspect") == "Perf" and feats.get("Tense") == "Past" and feats.get("VerbForm") == "Fin")
