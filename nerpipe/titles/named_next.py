"""The name the next sentence gives a title by a pronoun in the instrumental and a predicate (``… был выбран
ректор университета. Им снова стал Пётр Орлов``): :func:`named_in_next`."""

from __future__ import annotations

from ..morph import fold
from ..ner import Analysis, Token
from ..records import Span
from .grammar import Title
from .tokens import People, case_of
from .verbs import is_predicate

# the instrumental of "он"/"она" a predicate takes for a title said before ("Им стал Пётр Орлов")
_TITLE_PRONOUNS = frozenset({"им", "ею", "ей"})
_BRIDGE = frozenset({"снова", "вновь", "теперь", "уже", "также", "и", "же"})


def named_in_next(analysis: Analysis, title: Title, people: People) -> Span | None:
    """The name the next sentence gives the title the last noun of its own sentence (but for the thing after it
    whose object it is: :func:`_topical_object`) by a pronoun in the instrumental and a predicate (``… был выбран
    ректор университета. Им снова стал Пётр Орлов``; ``представили нового руководителя больницы. Им назначен Глеб
    Ракитин``; ``Нового библиотекаря ищет и сельская школа. Им станет …``); ``None`` for any other."""
    tokens = analysis.tokens
    sent = tokens[title.head].sent
    if tokens[title.head].feat.get("Number") == "Plur":
        return None
    k = title.last + 1
    while k < len(tokens) and tokens[k].sent == sent:
        if tokens[k].pos in ("NOUN", "PROPN") and case_of(tokens[k]) != "Gen" and not _topical_object(tokens, title, k):
            return None  # another noun after the title, not its genitive: the pronoun may be that one's
        k += 1
    if k >= len(tokens) or fold(tokens[k].text) not in _TITLE_PRONOUNS:
        return None
    k += 1
    while k < len(tokens) and fold(tokens[k].text) in _BRIDGE:
        k += 1
    if k >= len(tokens) or not is_predicate(tokens[k].text) or tokens[k].sent != tokens[k - 1].sent:
        return None
    j = k + 1
    while j < len(tokens) and j - k <= 6 and tokens[j].sent == tokens[k].sent and j not in people.by_first:
        j += 1  # "Им назначен бывший заведующий отделением Глеб Ракитин": a title of the name's own between
    person = people.by_first.get(j)
    return person if person is not None and case_of(tokens[j]) in ("Nom", None) else None


def _topical_object(tokens: list[Token], title: Title, k: int) -> bool:
    """A title put first as the object of a verb whose subject, a thing, follows (``Новую заведующую назначила и
    сельская библиотека``): the title is what the next sentence's ``Им стал …`` speaks of, not the thing. The
    parser may take a thing whose nominative is its accusative for a second object (``… выбрал и институт``):
    a verb has one direct object, so the one that is a thing the verb agrees with is its subject."""
    head, noun = tokens[title.head], tokens[k]
    verb = tokens[head.head] if head.head is not None else None
    return verb is not None and head.rel == "obj" and noun.head == verb.index \
        and (noun.rel.startswith("nsubj") or noun.rel == "obj" and _agrees(verb, noun)) \
        and noun.feat.get("Animacy") == "Inan"


def _agrees(verb: Token, noun: Token) -> bool:
    """Whether a past verb's gender and number are the noun's (``выбрал … институт``), as of its subject."""
    return verb.feat.get("Number") == noun.feat.get("Number") \
        and verb.feat.get("Gender") is not None and verb.feat.get("Gender") == noun.feat.get("Gender")
