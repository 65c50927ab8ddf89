"""A title in the instrumental after a participle of holding a post that qualifies a name: the name after them
(``Работавший ранее директором школы Пётр Орлов``) or the one before the comma opening the participle's phrase
(``занял Андрей Седов, до этого трудившийся начальником отдела``); so for a participle of occupying a post
(``назначил Петра Орлова, ранее занимавшего пост главы управления``); the parser may hang the participle on the title
or on another verb."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis, Token
from ..records import Span
from .grammar import Title
from .lexicon import POSTS
from .tokens import People, case_of, other_gender

# participles of holding a post: "работавший", "являвшийся", "служивший", "трудившийся", "состоявший"
_HOLDING = frozenset({"работать", "являться", "служить", "трудиться", "состоять", "проработать", "прослужить"})
_OCCUPYING = frozenset({"занимать", "занять"})  # "занимавший пост президента", "занимающая должность"
_MAX_BETWEEN = 3  # adverbs between the participle and the title: "ранее", "долгое время" read as adverbs


def participial_holder(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """The name a full participle of holding a post qualifies, the participle right before a title in the
    instrumental (see the module), in the participle's case and of its gender; or None."""
    tokens = analysis.tokens
    head = tokens[title.head]
    if (occupying := _occupying(analysis, title, morph)) is not None:
        # "Занимавший пост президента вуза Пётр Орлов"; "назначил Петра Орлова, ранее занимавшего пост главы …"
        return _name_after(analysis, title, occupying, people) or _name_before(analysis, occupying, people)
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
    return _name_after(analysis, title, participle, people) or _name_before(analysis, participle, people)


def _occupying(analysis: Analysis, title: Title, morph: Morph) -> Token | None:
    """The full participle of occupying that governs ``пост``/``должность`` right before a title in the genitive,
    itself right before them or across ``ранее`` (``Занимавший ранее пост президента вуза``, ``занимающая
    должность директора``); or None."""
    tokens = analysis.tokens
    k = title.first - 1
    if k < 1 or case_of(tokens[title.head]) not in ("Gen", None) or morph.lemma(tokens[k].text) not in POSTS:
        return None
    j = k - 1
    while j > 0 and k - j <= _MAX_BETWEEN and tokens[j].pos == "ADV" and tokens[j].sent == tokens[k].sent:
        j -= 1
    word = tokens[j]
    # "Занимавший" opening a sentence may be read as a name: the dictionary tells a full participle
    found = word.sent == tokens[k].sent and morph.lemma(word.text) in _OCCUPYING \
        and morph.has_gram(word.text, "PRTF")
    return word if found else None


def _name_after(analysis: Analysis, title: Title, participle: Token, people: People) -> Span | None:
    """``Работавший ранее директором школы Пётр Орлов``: the name right after the title, agreeing with the
    participle."""
    tokens = analysis.tokens
    first = title.last + 1
    person = people.by_first.get(first)
    if person is None or tokens[first].sent != participle.sent or not _agree(participle, tokens[first]):
        return None
    return person


def _name_before(analysis: Analysis, participle: Token, people: People) -> Span | None:
    """``…, занял Андрей Седов, до этого трудившийся начальником отдела``: the name right before the comma that
    opens the participle's phrase (across a few words of time, ``до этого``, ``ранее``), agreeing with it."""
    tokens = analysis.tokens
    k = participle.index - 1
    while k >= 0 and participle.index - k <= _MAX_BETWEEN and tokens[k].text != "," \
            and tokens[k].pos in ("ADV", "ADP", "PRON", "DET") and tokens[k].sent == participle.sent:
        k -= 1
    if k < 1 or tokens[k].text != "," or tokens[k].sent != participle.sent:
        return None
    person = people.by_last.get(k - 1)
    first = analysis.tokens_in(person.start, person.end)[0] if person is not None else None
    return person if first is not None and _agree(participle, first) else None


def _agree(participle: Token, name: Token) -> bool:
    """A participle and a name's first word in one case and gender; an animate masculine's accusative is its
    genitive (``Петра Орлова, занимавшего``): the tagger may read either for each."""
    cases = {case_of(name), case_of(participle)}
    return (len(cases) == 1 or cases == {"Acc", "Gen"}) and not other_gender(participle, name)
