"""A rank conferred: the title in the genitive after ``звание``/``чин``/``сан`` is held by the one it is conferred on,
not by a name beside it. ``звание генерал-майора присвоено начальнику управления Петру Орлову`` (the names in the
dative of a verb or noun of conferring); ``Пётр Орлов получил звание полковника``, ``звание контр-адмирала получил
Иван Котов`` (the subject of a verb of receiving); ``Среди тех, кому присвоены звания генерал-майора, — Пётр Орлов
и Анна Котова`` (the names after the dash a relative ``кому`` announces); the whole list a plural verb's
subject opens (``звания получили A, B и C``); the name a relative ``которому`` the verb governs stands for
(``Пётр Орлов, которому указом было присвоено звание генерала``); each clause's own rank (``звание … присвоено A,
а B — звание …``). A rank still to be conferred (``будет присвоено``, ``может получить``) or refused (``не
получил``) is held by no one."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from ..text import DASHES
from .grammar import Title
from .preceding import name_list
from .predicate_subjects import subject_of
from .subjects import name_ending_before_comma, sentence_tokens
from .tokens import People, case_of, first_token

_RANK_NOUNS = frozenset({"звание", "чин", "сан"})
_CONFERRING = frozenset({"присвоить", "присваивать", "присвоение", "присвоенный"})
_RECEIVING = frozenset({"получить", "получать", "удостоить", "удостаивать", "удостоиться"})
# verbs of raising to a clergy rank: "возведён в сан митрополита" (the passive's subject), "возвёл в сан … X" (the
# object)
_RAISING = frozenset({"возвести", "возводить", "возведенный", "возведённый", "возведение"})
_RELATIVE_DATIVES = frozenset({"которому", "которой"})  # "Орлов, которому присвоено звание …"
_RANK_VERBS = _CONFERRING | _RECEIVING | _RAISING  # the verbs a rank is conferred, received or raised to by
_NOT_YET = frozenset({"не", "будет", "будут", "может", "могут", "могла", "мог", "могли", "должен", "должна",
                      "должны", "планируется", "предлагается", "хотят", "намерены"})


def conferred_on(analysis: Analysis, title: Title, people: People, morph: Morph) -> list[Span] | None:
    """Those a rank is conferred on (see the module), in the order written; an empty list for a rank after
    ``звание`` with no one named or one not (yet) conferred; None for a title not after ``звание``/``чин``."""
    tokens = analysis.tokens
    if title.first == 0 or morph.lemma(fold(tokens[title.first - 1].text)) not in _RANK_NOUNS:
        return None
    sent = tokens[title.first].sent
    words = sentence_tokens(analysis, sent)
    clause = _clause_of(words, title.first)
    verbs = [t.index for t in words if morph.lemma(fold(t.text)) in _RANK_VERBS]
    # of the clause's verbs the nearest ("Среди получивших звания – Орлов, которому присвоено звание …")
    verb = min((k for k in verbs if _clause_of(words, k) == clause), key=lambda k: abs(k - title.first),
               default=verbs[0] if verbs else None)
    if verb is None or _not_yet(analysis, verb):
        return []
    if morph.lemma(fold(tokens[verb].text)) in _RECEIVING:
        person = subject_of(analysis, verb, people, climb=False, morph=morph)
        if person is None:
            return []
        # "звания получили A, B и C": a plural verb's subject opens a list of names, each receives the rank
        return name_list(analysis, person, people) if tokens[verb].feat.get("Number") == "Plur" else [person]
    if morph.lemma(fold(tokens[verb].text)) in _RAISING:
        return _raised(analysis, title, verb, clause, words, people, morph)
    listed = _listed_after_dash(analysis, title, verb, people) or _find_relative_holder(analysis, verb, people)
    if listed:
        return listed
    return [p for p in _people_in(analysis, sent, people) if case_of(tokens[first_token(analysis, p)]) == "Dat"
            and _clause_of(words, first_token(analysis, p)) == clause]


def _find_relative_holder(analysis: Analysis, verb: int, people: People) -> list[Span]:
    """``Пётр Орлов, которому (было, указом …, президент) присвоено звание генерала``: a relative ``которому``/
    ``которой`` the verb of conferring or a verb it is joined to (``которому вручили погоны и присвоили звание``)
    governs stands for the name the clause qualifies: the verb's head in the tree (``acl:relcl``), or the name in
    apposition to a noun there, or else the name right before the comma that opens the clause, of the pronoun's
    gender. Not a ``который`` in the nominative: who confers the rank."""
    tokens = analysis.tokens
    hosts = {verb} | ({tokens[verb].head} if tokens[verb].rel == "conj" and tokens[verb].head is not None else set())
    words = analysis.tokens_in(*analysis.sentences[tokens[verb].sent])
    pronoun = next((t for t in words if t.head in hosts and t.index < verb and fold(t.text) in _RELATIVE_DATIVES),
                   None)
    if pronoun is None:
        return []
    clause = tokens[pronoun.head]  # the relative clause's verb: the one the pronoun hangs on
    head = clause.head if clause.rel.startswith("acl") else None
    if head is not None and head not in people.of_token and head + 1 in people.by_first \
            and tokens[head].pos == "NOUN":
        head += 1  # "полковнику Ивану Котову, которому …" hung on the noun before the name
    if head is not None and head in people.of_token and head < pronoun.index:
        return [people.of_token[head]]
    person = name_ending_before_comma(analysis, pronoun.index, people)
    if person is None \
            or tokens[first_token(analysis, person)].feat.get("Gender") not in (None, pronoun.feat.get("Gender")):
        return []
    return [person]


def _raised(analysis: Analysis, title: Title, verb: int, clause: int, words: list[Token], people: People,
            morph: Morph) -> list[Span]:
    """The one raised to a rank: the subject of a passive (``архиепископ Пётр возведён в сан митрополита``), or
    the first name in the clause of an active verb that may be its object (:func:`_object_case`: ``возвёл в сан
    митрополита архиепископа Петра``, the accusative the tagger reads as a genitive), in the genitive or the
    accusative after the noun (``чин возведения в сан митрополита архиепископа Петра``)."""
    token = analysis.tokens[verb]
    if token.feat.get("Voice") == "Pass" or token.feat.get("Variant") == "Short" \
            or token.feat.get("VerbForm") == "Part":
        person = subject_of(analysis, verb, people, climb=False, morph=morph)
        return [person] if person is not None else []
    if token.pos == "NOUN":  # "чин возведения в сан … архиепископа Петра": the name right after the rank's phrase
        after = [t for t in words if t.index > title.last]
        end = next((t.index for t in after if t.text in (",", ";", ":") or t.pos in ("VERB", "AUX")),
                   words[-1].index + 1)
        return [p for p in _people_in(analysis, token.sent, people)
                if title.last < first_token(analysis, p) < end
                and case_of(analysis.tokens[first_token(analysis, p)]) in ("Gen", "Acc")][:1]
    return [p for p in _people_in(analysis, token.sent, people)
            if _clause_of(words, first_token(analysis, p)) == clause
            and _object_case(analysis.tokens[first_token(analysis, p)], verb, morph)][:1]


def _object_case(token: Token, verb: int, morph: Morph) -> bool:
    """Whether a name's first word may be an active verb's object: tagged accusative, or, after the verb, tagged
    genitive in a form the dictionary also reads as an accusative (an animate masculine's accusative is its
    genitive: ``архиепископа Петра``; the tagger reads it as the genitive)."""
    case = case_of(token)
    return case == "Acc" or (case == "Gen" and token.index > verb and morph.has_gram(token.text, "accs"))


def _clause_of(words: list[Token], index: int) -> int:
    """Which of a sentence's clauses joined by ``, а`` token ``index`` is in (``звание … присвоено A, а B —
    звание …``: each rank is its own clause's)."""
    return sum(1 for k in range(1, len(words)) if words[k].index <= index and fold(words[k].text) == "а"
               and words[k - 1].text == ",")


def _not_yet(analysis: Analysis, verb: int) -> bool:
    """A negation, a future or a modal right before the verb (``не получил``, ``будет присвоено``)."""
    tokens = analysis.tokens
    before = {fold(t.text) for t in tokens[max(0, verb - 2): verb] if t.sent == tokens[verb].sent}
    return bool(before & _NOT_YET) or tokens[verb].feat.get("Tense") == "Fut"


def _listed_after_dash(analysis: Analysis, title: Title, verb: int, people: People) -> list[Span]:
    """``тех, кому присвоены звания …, — A, B и C``: with ``кому`` before the verb, the names after a dash past the
    title."""
    tokens = analysis.tokens
    if verb == 0 or fold(tokens[verb - 1].text) != "кому":
        return []
    sent = tokens[title.first].sent
    dash = next((k for k in range(title.last + 1, len(tokens)) if tokens[k].sent == sent and tokens[k].text in DASHES),
                None)
    if dash is None:
        return []
    return [p for p in _people_in(analysis, sent, people) if first_token(analysis, p) > dash]


def _people_in(analysis: Analysis, sent: int, people: People) -> list[Span]:
    """The names of sentence ``sent``, in the order written."""
    return [people.by_first[t.index] for t in sentence_tokens(analysis, sent) if t.index in people.by_first]
