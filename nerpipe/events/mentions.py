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

A place after ``в``/``на`` (other than a visit's destination), a date, a comma or a verb ends it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..morph import UD_CASE, fold
from ..records import LOC, ORG, PER
from ..text import QUOTE_PAIRS
from .context import Context
from .lexicon import GENERIC, EventLexicon, days_of_adjective

_ROMAN = re.compile(r"^[IVXLC]{1,7}$")
_DIGIT_ORDINAL = re.compile(r"^\d{1,3}(-?[а-я]{1,3})?$")
_MAX_TOKENS = 40
# prepositions that continue an event's name, by the kinds they go with (None: any kind)
_NAME_PREPOSITIONS = {"по": None, "о": ("meeting", "conference", "session", "forum", "other"),
                      "об": ("meeting", "conference", "session", "forum", "other"),
                      "с": ("meeting",), "со": ("meeting",), "между": ("meeting",), "имени": None, "им": None}
# phrases that end a name: what follows them is who takes part, who supports, when ("при поддержке …")
_STOP_PHRASES = {("с", "участием"), ("при", "участии"), ("при", "поддержке"), ("при", "содействии"),
                 ("под", "председательством"), ("в", "рамках"), ("в", "ходе"), ("во", "время"), ("с", "целью"),
                 ("по", "инициативе")}


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
        mention = grow_mention(context, token.index, kind, noun, lexicon)
        if mention is not None and noun == "сессия" and any(m in lexicon.groups.get("not_session", ()) for m in
                                                            mention.mods | _left_lemmas(context, mention, lexicon)):
            continue  # "сдают зимнюю сессию": exams, not an event
        if mention is not None:
            found.append(mention)
            taken_until = mention.last
    return found


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
    if noun not in lexicon.groups.get("body", ()):
        return False
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
    last, quoted, described = _grow_right(context, head, kind, lexicon)
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


def _grow_right(context: Context, head: int, kind: str, lexicon: EventLexicon):
    """The last token of the name and what the words after the noun say: ``(last, quoted, described)``."""
    tokens = context.tokens
    morph = lexicon.morph
    sent = tokens[head].sent
    last = head
    quoted = None
    described: set[str] = set()
    date_starts = {d.start for d in context.dates}
    date_cover = [(d.start, d.end) for d in context.dates]
    index = head + 1
    mode = "gen"  # what may come next: a genitive, or the case a preposition asked for
    wanted: tuple[str, ...] = ("Gen",)
    after_po = False  # the description is a "по"-phrase: "по развитию туризма в области"
    while index < len(tokens) and tokens[index].sent == sent and index - head <= _MAX_TOKENS:
        word = tokens[index]
        text = word.text
        if "\n" in context.text[tokens[index - 1].end:word.start]:
            break
        if word.start in date_starts or any(s <= word.start < e for s, e in date_cover):
            break
        if index == head + 1 and context.quoted_up_to(head) and not text[:1].isalnum():
            index += 1  # «круглый стол» «…»: the quote around the noun closes; a name may follow
            continue
        if text in QUOTE_PAIRS:
            close = _closing_quote(context, index)
            if close is None or any(t.feat.get("VerbForm") == "Fin" for t in tokens[index + 1:close]):
                break  # "визит «стал ошибкой»": a quoted phrase, not a name
            quoted = fold(context.text[word.end:tokens[close].start]).strip()
            last = close
            break
        lower = fold(text)
        following = fold(tokens[index + 1].text) if index + 1 < len(tokens) else ""
        if (lower, following) in _STOP_PHRASES:
            break
        entity = context.span_starting(word.start, ORG, LOC, PER)
        if entity is not None:
            case = _case_of(context, entity)
            if not (case in wanted or (case is None and mode == "gen")):
                break
            end_index = _last_token(context, entity.end, index)
            described.update(fold(t.text) for t in tokens[index:end_index + 1] if t.text[:1].isalnum())
            last = end_index
            index = end_index + 1
            if mode == "prep":
                mode, wanted = "gen", ("Gen",) + _PREPOSITION_CASES_AFTER.get(wanted, ())
            continue
        if _is_acronym(text) and mode == "gen" and index == last + 1:
            described.add(lower)
            last = index
            index += 1
            continue
        if word.pos == "ADP" or lower in _NAME_PREPOSITIONS:
            kinds = _NAME_PREPOSITIONS.get(lower, ())
            inner = described and last == index - 1 and (lower in _INNER_PREPOSITIONS or (
                after_po and lower in ("в", "во", "на") and _region_follows(context, index)))
            if lower in ("имени", "им"):
                mode, wanted = "prep", ("Gen",)
            elif inner:  # "подготовке к сезону", "делегацией из Казахстана": the description goes on
                mode, wanted = "prep", _PREPOSITION_CASES.get(lower, ("Gen",))
            elif kinds is None or kind in (kinds or ()):
                after_po = after_po or lower == "по"
                mode, wanted = "prep", _PREPOSITION_CASES.get(lower, ("Dat",))
            elif kind == "visit" and lower in ("в", "во", "на") and _place_follows(context, index):
                mode, wanted = "prep", ("Acc", "Loc")
            elif lower == "на" and index + 1 < len(tokens) and fold(tokens[index + 1].text) == "тему":
                described.add("тему")
                index += 2
                mode, wanted = "prep", ("Acc", "Gen")
                continue
            else:
                break
            index += 1
            continue
        if lexicon.kind_of(text) is not None and word.pos in ("NOUN", "PROPN"):
            break  # "в круглом столе по … и экскурсии по …": another event begins
        if lower == "и" and index + 1 < len(tokens) and last == index - 1 and _continues(tokens[index + 1], wanted) \
                and lexicon.kind_of(tokens[index + 1].text) is None:
            index += 1
            continue
        if not text[:1].isalnum() or text[:1].isdigit():
            break
        if _is_latin(text) and last == index - 1 and described:
            described.add(lower)
            last = index
            index += 1
            continue
        if word.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and _continues(word, wanted):
            if word.pos in ("NOUN", "PROPN"):
                described.add(morph.lemma(text))
            last = index
            if mode == "prep" and word.pos in ("NOUN", "PROPN"):
                mode, wanted = "gen", ("Gen",) + _PREPOSITION_CASES_AFTER.get(wanted, ())
            index += 1
            continue
        break
    # a name does not end on an adjective or a preposition whose noun is missing
    while last > head and (tokens[last].pos in ("ADJ", "DET", "ADP", "CCONJ") or tokens[last].text == "-"):
        last -= 1
    if last == head:
        described = set()
    return last, quoted, frozenset(described)


_PREPOSITION_CASES = {"по": ("Dat", "Loc"), "о": ("Loc",), "об": ("Loc",), "с": ("Ins",), "со": ("Ins",),
                      "между": ("Ins",), "в": ("Acc", "Loc"), "во": ("Acc", "Loc"), "на": ("Acc", "Loc"),
                      "к": ("Dat",), "ко": ("Dat",), "для": ("Gen",), "из": ("Gen",), "среди": ("Gen",)}
# prepositions that go on inside a description ("по подготовке к сезону", "с делегацией из Казахстана")
_INNER_PREPOSITIONS = {"к", "ко", "для", "из", "о", "об", "с", "со", "по", "среди", "между"}
# after the noun of a prepositional phrase, more words in its case may coordinate with it
_PREPOSITION_CASES_AFTER = {("Dat", "Loc"): ("Dat",), ("Ins",): ("Ins",), ("Loc",): ("Loc",)}


def _continues(word, wanted: tuple[str, ...]) -> bool:
    case = word.feat.get("Case")
    if case is None:
        return word.pos in ("PROPN", "NOUN") and (word.text[:1].isupper() or _is_latin(word.text))
    return case in wanted


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_latin(text: str) -> bool:
    return bool(text) and all(("a" <= c.lower() <= "z") or c.isdigit() or c in "-&" for c in text)


def _case_of(context: Context, span) -> str | None:
    tokens = context.analysis.tokens_in(span.start, span.end)
    for token in tokens:
        if token.pos in ("NOUN", "PROPN") and token.feat.get("Case"):
            return token.feat["Case"]
    return None


def _last_token(context: Context, end: int, index: int) -> int:
    tokens = context.tokens
    while index + 1 < len(tokens) and tokens[index + 1].end <= end:
        index += 1
    return index


def _region_follows(context: Context, index: int) -> bool:
    """A region or country after ``в``: what a description is about (``развитие туризма в Псковской
    области``); a town is where the event takes place (``в Чите``)."""
    if index + 1 >= len(context.tokens):
        return False
    span = context.span_starting(context.tokens[index + 1].start, LOC)
    place = context.place_of.get(span) if span is not None else None
    return place is not None and place.kind in ("federal_subject", "country")


def _place_follows(context: Context, index: int) -> bool:
    following = index + 1
    if following >= len(context.tokens):
        return False
    span = context.span_starting(context.tokens[following].start, LOC)
    return span is not None


def _closing_quote(context: Context, index: int) -> int | None:
    tokens = context.tokens
    opener = tokens[index].text
    closer = QUOTE_PAIRS[opener]
    depth = 0
    for k in range(index, min(len(tokens), index + 40)):
        text = tokens[k].text
        if k > index and "\n" in context.text[tokens[k - 1].end:tokens[k].start]:
            return None
        if text == closer and (opener != closer or k > index):
            depth -= 1
            if depth <= 0:
                return k
        elif text == opener:
            depth += 1
    return None
