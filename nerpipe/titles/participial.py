"""A title in the instrumental after a participle of holding a post that qualifies the name after them:
``Работавший ранее директором школы Пётр Орлов`` (the parser may hang the participle on the title instead of the
name); the name holds the title."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..records import Span
from .grammar import Title
from .tokens import People, case_of, other_gender

# participles of holding a post: "работавший", "являвшийся", "служивший", "трудившийся", "состоявший"
_HOLDING = frozenset({"работать", "являться", "служить", "трудиться", "состоять", "проработать", "прослужить"})
_MAX_BETWEEN = 3  # adverbs between the participle and the title: "ранее", "долгое время" read as adverbs


def participial_holder(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """The name right after a title in the instrumental that a full participle of holding a post governs
    (see the module), in the participle's case and of its gender; or None."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if case_of(head) != "Ins":
        return None
    k = title.first - 1
    while k >= 0 and title.first - k <= _MAX_BETWEEN and tokens[k].pos == "ADV" and tokens[k].sent == head.sent:
        k -= 1
    if k < 0 or tokens[k].sent != head.sent:
        return None
    participle = tokens[k]
    if participle.feat.get("VerbForm") != "Part" or participle.feat.get("Variant") == "Short" \
            or morph.lemma(participle.text) not in _HOLDING:
        return None
    first = title.last + 1
    person = people.by_first.get(first)
    if person is None or tokens[first].sent != head.sent or case_of(tokens[first]) != case_of(participle) \
            or other_gender(participle, tokens[first]):
        return None
    return person
