"""How far an event mention's name runs after its noun: a genitive (``заседание штаба``), a phrase of
the prepositions an event's kind takes (``сессия по развитию …``, ``встреча с главой …``), a quoted name
(``форум «…»``), up to a date, a phrase of who takes part or supports (``при поддержке …``) or another event."""

from __future__ import annotations

import re

from ..morph import UD_CASE, fold
from ..records import LOC, ORG, PER
from ..text import POSSESSIVES, QUOTE_PAIRS
from .context import Context
from .lexicon import GENERIC, EventLexicon

_MAX_TOKENS = 40
# prepositions that continue an event's name, by the kinds they go with (None: any kind)
_NAME_PREPOSITIONS = {"по": None, "о": ("meeting", "conference", "session", "forum", "other"),
                      "об": ("meeting", "conference", "session", "forum", "other"),
                      "с": ("meeting",), "со": ("meeting",), "между": ("meeting",), "имени": None, "им": None}
# phrases that end a name: what follows them is who takes part, who supports, when ("при поддержке …")
_STOP_PHRASES = {("с", "участием"), ("при", "участии"), ("при", "поддержке"), ("при", "содействии"),
                 ("под", "председательством"), ("в", "рамках"), ("в", "ходе"), ("во", "время"), ("с", "целью"),
                 ("по", "инициативе")}


def grow_right(context: Context, head: int, kind: str, lexicon: EventLexicon):
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
            if close is None or (any(t.feat.get("VerbForm") == "Fin" for t in tokens[index + 1:close])
                                 and not _slogan(context, index, close)):
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
            case = _case_of(context, entity, wanted)
            if not (case in wanted or (case is None and mode == "gen")
                    or _owner_of_quoted(context, entity, index, mode)):
                break
            end_index = _last_token(context, entity.end, index)
            described.update(fold(t.text) for t in tokens[index:end_index + 1] if t.text[:1].isalnum())
            last = end_index
            index = end_index + 1
            if entity.type == PER and case:  # after a person's name only another in its case ("… и Петром …")
                mode, wanted = "gen", (case,)
            elif mode == "prep":
                mode, wanted = "gen", ("Gen",) + _PREPOSITION_CASES_AFTER.get(wanted, ())
            continue
        if (_is_acronym(text) or _abbreviation_before_quote(context, index)) and mode == "gen" and index == last + 1:
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
        acting = _acting_length(tokens, index)
        if acting and mode == "prep":  # "встреча с и. о. министра … Еленой …": the title in the genitive, then the name
            index += acting
            mode, wanted = "gen", ("Gen",) + wanted
            continue
        if lexicon.kind_of(text) is not None and word.pos in ("NOUN", "PROPN") and not (
                described and mode == "gen" and _continues(word, wanted) and lexicon.kind_of(text)[0] == GENERIC):
            break  # "в круглом столе по … и экскурсии по …": another event begins; "по подготовке мероприятий" goes on
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
        if word.pos == "ADV" and index + 1 < len(tokens) and _continues(tokens[index + 1], wanted) and (
                tokens[index + 1].pos == "ADJ" or tokens[index + 1].feat.get("VerbForm") == "Part"):
            index += 2  # "по реализации общественно значимых мероприятий", "социально ориентированных"
            continue
        possessive = word.pos == "PRON" and lower in POSSESSIVES and fold(tokens[index - 1].text) == "и"
        if possessive and index + 1 < len(tokens) and _continues(tokens[index + 1], wanted):
            index += 1  # "министра Чехии и его польского коллеги …": the other side named by its relation
            continue
        if word.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and _continues(word, wanted) \
                and not _only_a_verb(word, morph) and not _never_in(word, wanted, morph):
            if word.pos in ("NOUN", "PROPN"):
                described.add(morph.lemma(text))
            last = index
            if mode == "prep" and word.pos in ("NOUN", "PROPN"):
                mode, wanted = "gen", ("Gen",) + _PREPOSITION_CASES_AFTER.get(wanted, ())
            index += 1
            continue
        break
    # a name does not end on an adjective or a preposition whose noun is missing
    while last > head and (tokens[last].pos in ("ADJ", "DET", "ADP", "CCONJ", "ADV") or tokens[last].text == "-"):
        last -= 1
    if last == head:
        described = set()
    return last, quoted, frozenset(described)


def _never_in(word, wanted: tuple[str, ...], morph) -> bool:
    """A common noun pymorphy never reads in a case wanted, whatever the tagger says (``форума праздничной
    программе``: the dative of another phrase, not a genitive of the name)."""
    if word.pos != "NOUN" or not word.text[:1].islower():
        return False
    cases = {UD_CASE[case] for case in wanted if case in UD_CASE}
    parses = [p for p in morph.parses(fold(word.text)) if p.tag.POS == "NOUN"]
    # only the oblique cases a reading may miss nothing of (a word pymorphy does not know well, "автотехники",
    # may get a nominative alone)
    known = [p.tag.case for p in parses if p.tag.case]
    return bool(known) and all(case in ("datv", "ablt", "loct", "loc2") for case in known) \
        and not any(case in cases for case in known)


def _only_a_verb(word, morph) -> bool:
    """A word the tagger took for a noun that pymorphy reads only as a verb (``… визите губернатора
    читайте …``): the name ends before it."""
    parses = morph.parses(fold(word.text))
    return bool(parses) and word.text[:1].islower() and all(
        p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND") for p in parses)


_PREPOSITION_CASES = {"по": ("Dat", "Loc"), "о": ("Loc",), "об": ("Loc",), "с": ("Ins",), "со": ("Ins",),
                      "между": ("Ins",), "в": ("Acc", "Loc"), "во": ("Acc", "Loc"), "на": ("Acc", "Loc"),
                      "к": ("Dat",), "ко": ("Dat",), "для": ("Gen",), "из": ("Gen",), "среди": ("Gen",)}
# prepositions that go on inside a description ("по подготовке к сезону", "с делегацией из Казахстана")
_INNER_PREPOSITIONS = {"к", "ко", "для", "из", "о", "об", "с", "со", "по", "среди", "между"}
# after the noun of a prepositional phrase, more words in its case may coordinate with it
_PREPOSITION_CASES_AFTER = {("Dat", "Loc"): ("Dat",), ("Ins",): ("Ins",), ("Loc",): ("Loc",)}


def _acting_length(tokens, index: int) -> int:
    """How many tokens ``и. о.`` (``и.о.``) takes at ``index``; 0 when it is not there."""
    if fold(tokens[index].text) in ("и.о.", "и.о"):
        return 1
    following = [t.text for t in tokens[index + 1: index + 4]]
    return 4 if fold(tokens[index].text) == "и" and following == [".", "о", "."] else 0


def _continues(word, wanted: tuple[str, ...]) -> bool:
    case = word.feat.get("Case")
    if case is None:
        return word.pos in ("PROPN", "NOUN") and (word.text[:1].isupper() or _is_latin(word.text))
    return case in wanted


def _owner_of_quoted(context: Context, entity, index: int, mode: str) -> bool:
    """An organization's abbreviation between the noun and a quoted name (:func:`_abbreviation_before_quote`)
    is part of the name whatever case the tagger gives it."""
    return mode == "gen" and entity.type == ORG and entity.end == context.tokens[index].end \
        and _abbreviation_before_quote(context, index)


def _abbreviation_before_quote(context: Context, index: int) -> bool:
    """``конференция ТвГУ «…»``, ``форум АСИ «…»``: an abbreviation (indeclinable) right before a quoted name."""
    tokens = context.tokens
    return _is_abbreviation(tokens[index].text) and index + 2 < len(tokens) and tokens[index + 1].text in QUOTE_PAIRS \
        and tokens[index + 2].text[:1].isupper()


def _is_abbreviation(text: str) -> bool:
    """``МГУ``, ``ТвГУ``, ``ПсковГУ``: upper-case at both ends, at least two capitals."""
    return len(text) >= 2 and text[0].isupper() and text[-1].isupper() and sum(c.isupper() for c in text) >= 2


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_latin(text: str) -> bool:
    return bool(text) and all(("a" <= c.lower() <= "z") or c.isdigit() or c in "-&" for c in text)


def _case_of(context: Context, span, wanted: tuple[str, ...] = ()) -> str | None:
    """The case of a span's first noun; of a person's name, one of ``wanted`` any word of it is in (the tagger
    may give the first name another case: ``госсекретаря Ивана Ловицкого``)."""
    tokens = context.analysis.tokens_in(span.start, span.end)
    cases = [t.feat["Case"] for t in tokens if t.pos in ("NOUN", "PROPN") and t.feat.get("Case")]
    if span.type == PER:
        if "Gen" in wanted and "Acc" in cases:
            return "Gen"  # a man's name reads alike in both; the tagger's Acc after a genitive is a Gen
        return next((case for case in cases if case in wanted), cases[0] if cases else None)
    return cases[0] if cases else None


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


_SPEECH_AFTER = re.compile(r"^\s*[,!?.…]?\s*[-–—]")


def _slogan(context: Context, opening: int, close: int) -> bool:
    """``сессия «Верим в Россию»``, ``форум «Сделаем вместе»``: a quoted name with a verb, written with a
    capital and not followed by a dash of reported speech (``… «Мы договорились», — сказал …``)."""
    tokens = context.tokens
    first = tokens[opening + 1] if opening + 1 < close else None
    after = context.text[tokens[close].end:tokens[close].end + 4]
    return first is not None and first.text[:1].isupper() and not _SPEECH_AFTER.match(after)


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
