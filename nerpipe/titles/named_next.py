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
    Ракитин``; ``Нового директора получил и завод. Им стал …``); ``None`` for any other."""
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
    """A title put first as the object of a verb whose subject, a thing, follows (``Нового директора получил и
    завод``): the title is what the next sentence's ``Им стал …`` speaks of, not the thing."""
    head, noun = tokens[title.head], tokens[k]
    return head.rel == "obj" and noun.rel.startswith("nsubj") and noun.head == head.head \
        and noun.feat.get("Animacy") == "Inan"
