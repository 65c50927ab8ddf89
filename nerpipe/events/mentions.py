"""Event mentions: an event noun of the lexicon and the words that make its name.

The noun (``форум``, ``сессия``, ``заседание``, ``мероприятие`` …) is grown

- to the left over the adjectives that agree with it and Roman or digit ordinals
  (``IX Общероссийский форум``, ``стратегическая сессия``), leaving out words that only
  point at it (``этот``, ``данный``, ``предстоящий``), mark another instance
  (``предыдущий``, ``недавний``) or say how long it lasts (``двухдневный``);
- to the right over what names it: genitive phrases (``сессия экспертного совета``),
  ``по``-phrases (``сессия по развитию промышленных кластеров``), acronyms (``заседание
  ФАДН``), a quoted name (``форум «…»``), ``с``-phrases of meetings (``встреча с главой
  региона``), ``о``-phrases and ``на тему``, the destination of a visit (``визит в Китай``).

A place after ``в``/``на`` (other than a visit's destination), a date, a comma or a verb ends it
(the growth to the right is :mod:`.extent`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..morph import UD_CASE, fold
from ..records import ORG, PER
from .context import Context
from .extent import grow_right
from .lexicon import GENERIC, EventLexicon, days_of_adjective

_ROMAN = re.compile(r"^[IVXLC]{1,7}$")
_DIGIT_ORDINAL = re.compile(r"^\d{1,3}(-?[а-я]{1,3})?$")


@dataclass(frozen=True, slots=True)
class EventMention:
    """One mention of an event, with what its words say about which event it is."""

    start: int
    end: int
    head: int  # token index of the event noun
    first: int  # token index of the first word of the mention
    last: int  # token index of the last word
    kind: str  # a kind of the contract, or "generic" (мероприятие, событие)
    noun: str  # the noun's lemma
    mods: frozenset[str]  # lemmas of the adjectives kept in the name
    proper: bool  # a word of it is capitalized inside the sentence (a proper name)
    ordinal: str | None  # "ix", "9"
    quoted: str | None  # the quoted name, folded
    described: frozenset[str]  # lemmas of the words after the noun (its description)
    distinct: bool  # "предыдущая сессия": another instance than the one the text is about
    deictic: bool  # "этот форум", "данное мероприятие"
    days: int | None  # "двухдневная"
    plural: bool
    in_speech: bool
    part: bool = False  # "пленарное заседание" of a larger event it was folded into (see :mod:`.coref`)
    anaphoric: bool = False  # "визит столичного чиновника" after the event it refers to (:mod:`.personal`)

    @property
    def named(self) -> bool:
        """Whether its own words single an event out (not just ``сессия`` or ``мероприятие``)."""
        if self.kind == GENERIC:
            return False
        return bool(self.quoted or self.ordinal or self.proper or self.described)


def find_event_mentions(context: Context, lexicon: EventLexicon) -> list[EventMention]:
    """Every event mention of the document, in text order (plurals other than ``переговоры`` excluded)."""
    tokens = context.tokens
    people = [s for s in context.spans if s.type == PER]
    orgs = [s for s in context.spans if s.type == ORG]
    found: list[EventMention] = []
    taken_until = -1
    for token in tokens:
        if token.index <= taken_until or token.pos not in ("NOUN", "PROPN") or not token.text[:1].isalpha():
            continue
        before = tokens[token.index - 1].text if token.index and tokens[token.index - 1].sent == token.sent else None
        found_kind = lexicon.kind_of(token.text, before)
        if found_kind is None:
            continue
        kind, noun = found_kind
        if any(s.start <= token.start and token.end <= s.end for s in people):
            continue
        if _is_body(context, token, noun, lexicon, orgs):
            continue
        if is_plural(context, token, lexicon) and not lexicon.is_("plural", token.text):
            continue
        if kind == GENERIC and _predicate_of(context, token, lexicon):
            continue  # "ключевым событием станет заседание …": the event is the subject, not this noun
        mention = grow_mention(context, token.index, kind, noun, lexicon)
        if mention is not None and noun == "сессия" and any(m in lexicon.groups.get("not_session", ()) for m in
                                                            mention.mods | _left_lemmas(context, mention, lexicon)):
            continue  # "сдают зимнюю сессию": exams, not an event
        if mention is not None:
            found.append(mention)
            taken_until = mention.last
    return found


def _predicate_of(context: Context, token, lexicon: EventLexicon) -> bool:
    """A noun in the instrumental that a linking verb makes the predicate (``событием стала выставка``)."""
    if token.feat.get("Case") != "Ins" or token.head is None:
        return False
    return bool(lexicon.morph.forms(context.tokens[token.head].text) & {"стать", "становиться", "являться", "быть"})


def _left_lemmas(context: Context, mention: EventMention, lexicon: EventLexicon) -> set[str]:
    """Lemmas of the adjectives right before a mention (also those its name leaves out)."""
    out = set()
    for token in context.tokens[max(0, mention.first - 3): mention.first]:
        if token.pos == "ADJ":
            out |= lexicon.morph.forms(token.text)
    return out


def is_plural(context: Context, token, lexicon: EventLexicon) -> bool:
    """Whether an event noun is plural (``встречи станут регулярными``). A nominative plural right after
    a preposition or an ``и`` is the tagger's slip for a singular when pymorphy has one (``в круглом
    столе и экскурсии``)."""
    if token.feat.get("Number") != "Plur":
        return False
    if token.feat.get("Case") != "Nom" or token.index == 0:
        return True
    before = context.tokens[token.index - 1]
    if before.pos not in ("ADP", "CCONJ"):
        return True
    return not any(p.tag.number == "sing" and p.tag.case != "nomn" for p in lexicon.morph.parses(fold(token.text)))


def _is_body(context: Context, token, noun: str, lexicon: EventLexicon, orgs) -> bool:
    """``Конгресс США``, ``Съезд народных депутатов`` (a body, written with a capital inside a sentence),
    ``съезд с трассы``: not events."""
    if noun.split()[-1] not in lexicon.groups.get("body", ()):
        return False  # "общий собрание": the noun of an adjective's compound
    if token.text[:1].isupper() and not context.starts_sentence(token.index):
        return True
    if any(s.start <= token.start and token.end <= s.end for s in orgs):
        return True
    following = context.tokens[token.index + 1] if token.index + 1 < len(context.tokens) else None
    return following is not None and fold(following.text) in ("с", "со", "на")


def grow_mention(context: Context, head: int, kind: str, noun: str, lexicon: EventLexicon) -> EventMention | None:
    tokens = context.tokens
    token = tokens[head]
    first, mods, proper, ordinal, distinct, deictic, days = _grow_left(context, head, lexicon)
    if " " in noun:  # "круглый стол": the adjective is part of the noun
        first = min(first, head - 1)
    last, quoted, described = grow_right(context, head, kind, lexicon)
    start, end = tokens[first].start, tokens[last].end
    if kind == GENERIC and quoted:
        # "мероприятие «…»" names an event of no known kind ("мероприятие по …" is as often a measure)
        kind = "other"
    return EventMention(
        start=start, end=end, head=head, first=first, last=last, kind=kind, noun=noun, mods=mods, proper=proper,
        ordinal=ordinal, quoted=quoted, described=described, distinct=distinct, deictic=deictic, days=days,
        plural=is_plural(context, token, lexicon), in_speech=context.in_speech(start),
    )


def _grow_left(context: Context, head: int, lexicon: EventLexicon):
    tokens = context.tokens
    morph = lexicon.morph
    noun = tokens[head]
    case = noun.feat.get("Case")
    first = head
    mods: set[str] = set()
    proper = False
    ordinal = None
    distinct = deictic = False
    days = None
    keeping = True  # still adjacent to the kept words
    index = head - 1
    while index >= 0 and tokens[index].sent == noun.sent and head - index <= 8:
        word = tokens[index]
        text = word.text
        if "\n" in context.text[word.end:tokens[index + 1].start]:
            break
        if _ROMAN.match(text) or (_DIGIT_ORDINAL.match(text) and word.pos in ("ADJ", "NUM") and "-" in text):
            if keeping:
                ordinal = fold(text.split("-")[0])
                first = index
            index -= 1
            continue
        if text in ("-", "‑") or not text[:1].isalpha():
            break
        if word.pos not in ("ADJ", "DET", "NUM", "VERB") and not (
            word.pos in ("PROPN", "NOUN") and morph.has_gram(text, "ADJF") and not morph.has_gram(text, "NOUN")
        ):
            break
        other_case = word.feat.get("Case")
        if case and other_case and other_case != case and not _may_be_in(morph, text, case):
            break
        if word.pos == "VERB" and (word.feat.get("VerbForm") != "Part" or word.feat.get("Variant") == "Short"):
            break  # "обещана встреча": a predicate, not an attribute
        span_days = days_of_adjective(text)
        if span_days:
            days = span_days
            keeping = False
        elif lexicon.is_("distinct", text):
            distinct = True
            keeping = False
        elif lexicon.is_("deictic", text):
            deictic = True
            keeping = False
        elif (word.pos == "VERB" and word.feat.get("Voice") != "Pass") or (
                word.pos == "NUM" and not morph.has_gram(text, "Anum")):
            break  # "проходящего форума": a clause, not a name; "расширенное заседание" keeps its participle
        elif keeping:
            first = index
            mods.add(morph.lemma(text))
            if text[:1].isupper() and not context.starts_sentence(index):
                proper = True
            if morph.has_gram(text, "Anum"):
                ordinal = ordinal or morph.lemma(text)
        index -= 1
    return first, frozenset(mods), proper, ordinal, distinct, deictic, days


def _may_be_in(morph, word: str, case: str) -> bool:
    """Whether pymorphy reads ``word`` in the UD ``case`` (the tagger's Nom for an Acc adjective)."""
    wanted = UD_CASE.get(case)
    return any(parse.tag.case == wanted for parse in morph.parses(fold(word)))
