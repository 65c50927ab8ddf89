"""The date grammar (yargy) and the raw matches it finds: parts as written, before any inference."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from yargy import Parser, and_, or_, rule
from yargy.interpretation import fact
from yargy.morph import MorphAnalyzer
from yargy.parser import State
from yargy.predicates import dictionary, eq, gram, gte, in_, in_caseless, length_eq, lte, normalized
from yargy.predicates import type as type_
from yargy.rule.bnf import is_rule
from yargy.tree import Node

MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
    "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}
MONTH_ABBR = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}
WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4, "суббота": 5, "воскресенье": 6,
}
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
SEASONS = {"зимой": 12, "весной": 3, "летом": 6, "осенью": 9}  # the first month of each
_SEASON_LEMMAS = {"зима": 12, "весна": 3, "лето": 6, "осень": 9}
# "прошлый", "этот", "следующий" … → which instance, relative to the publication date
PAST_WORDS = {"прошлый", "минувший", "прошедший", "позапрошлый"}
THIS_WORDS = {"этот", "текущий", "нынешний", "настоящий"}
NEXT_WORDS = {"следующий", "будущий", "грядущий"}
NEAREST_WORDS = {"ближайший", "близкий", "предстоящий"}  # pymorphy's lemma of "ближайший" is "близкий"

_MONTH_STEMS = "янв|фев|мар|апр|ма[йяюе]|июн|июл|авг|сен|окт|ноя|дек"
# where a date can start: a month word, a four-digit year, a numeric date, a relative word
_MONTH_WORD = r"(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
_MONTH_ABBR = r"(?:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\."
_YEAR = r"(?:1[89]|20)\d\d"
# where a date can be: a month word, a year with its word (год, г.), a numeric date, a decade,
# a year as an ordinal (2010-м), a relative word; the grammar then runs on a window around it
_TRIGGER = re.compile(
    rf"(?i:\b{_MONTH_WORD}|\b{_MONTH_ABBR})"
    rf"|\b{_YEAR}(?:\s*[-–—]\s*{_YEAR})?\s*(?:-\s*\w{{1,2}}\s*)?(?i:г\b|гг\b|год)"
    rf"|\b{_YEAR}-(?:м|й|го)\b|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b{_YEAR}-\d\d-\d\d\b"
    r"|\b(?:\d\d)?\d0-(?:[хем]|ми|ы[еxм]?)"
)
# where a relative expression can be: a relative day, a season, "прошлый/этот/следующий …" before a unit of
# time, "в" before a weekday; the (smaller) grammar of relative expressions runs on a window around it
_RELATIVE_TRIGGER = re.compile(
    r"(?i:\b(?:позавчера|вчера|сегодня|послезавтра|завтра|весной|летом|осенью|зимой)\b"
    r"|\b(?:прошл|позапрошл|минувш|прошедш|нынешн|текущ|эт[оиу]|следующ|будущ|ближайш|предстоящ|грядущ)\w*\s+"
    r"(?:год|пятниц|понедельник|вторник|сред|четверг|суббот|воскресень|недел|месяц|выходн)"
    r"|\bв[о]?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|выходные)\b)"
)
_WINDOW_BEFORE = 20
_WINDOW_AFTER = 36
# windows around neighbouring triggers merge, up to this many characters: the parser's work grows
# faster than the length of what it reads, and a list of thousands of dates would be one window
_WINDOW_MAX = 300
WEEKDAY_NEAR = re.compile(
    r"(?i)(понедельник|вторник|сред[уаы]|четверг|пятниц[ауы]|суббот[ауы]|воскресень[ея])"
)

Parts = fact("Parts", ["d1", "m1", "y1", "d2", "m2", "y2", "decade", "rel_day", "weekday", "which", "rel_year",
                       "unit", "season"])


def _int(value: str) -> int:
    return int(value)


def month_number(value: str) -> int:
    """The number of a month from any form of its name: ``мая`` → 5, ``сент.`` → 9, ``Июнь`` → 6."""
    key = value.split()[0].lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    for prefix, number in _MONTH_PREFIXES:
        if key.startswith(prefix):
            return number
    return 0


# "мар" before "ма": март and май share a first syllable
_MONTH_PREFIXES = (("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("ма", 5), ("июн", 6), ("июл", 7), ("авг", 8),
                   ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12))


def _build_grammar():
    """Two grammars: dates as written (``6 июля 2018 года``, ``27–28 ноября``, ``в декабре прошлого
    года``), and relative expressions (``вчера``, ``в пятницу``, ``на этой неделе``, ``летом``). Each
    runs only on windows around its own triggers: the grammar is tried at every token of a window,
    and a small one is cheap."""
    day = and_int(1, 31, max_len=2)
    month_num = and_int(1, 12, max_len=2)
    year = and_int(1800, 2100, exact_len=4)
    month_name = or_(
        rule(dictionary(MONTHS)),
        rule(in_(set(MONTH_ABBR)), eq(".").optional()),
    )
    year_word = or_(rule("г", eq(".").optional()), rule("гг", eq(".").optional()), rule(normalized("год")))
    dash = in_({"-", "–", "—", "‒", "−"})
    pair_joint = or_(dash, eq("и"), eq(","))

    ordinal_ending = rule(eq("-"), in_({"го", "е", "ое"}))  # 15-го марта

    def d(slot):
        return rule(day.interpretation(getattr(Parts, slot).custom(_int)), ordinal_ending.optional())

    def mn(slot):
        return month_name.interpretation(getattr(Parts, slot).custom(month_number))

    def y(slot):
        return year.interpretation(getattr(Parts, slot).custom(_int))

    numeric = rule(
        d("d1"), eq("."), month_num.interpretation(Parts.m1.custom(_int)), eq("."), y("y1"),
        year_word.optional(),
    )
    iso = rule(y("y1"), eq("-"), month_num.interpretation(Parts.m1.custom(_int)), eq("-"), d("d1"))
    day_range = rule(d("d1"), pair_joint, d("d2"), mn("m2"), rule(y("y2"), year_word.optional()).optional())
    from_to_days = rule(
        in_caseless({"с", "со"}), d("d1"), mn("m1").optional(), in_({"по", "до"}), d("d2"), mn("m2"),
        rule(y("y2"), year_word.optional()).optional(),
    )
    month_range = rule(
        d("d1"), mn("m1"), rule(y("y1"), year_word.optional()).optional(), or_(dash, in_({"по", "до"})),
        d("d2"), mn("m2"), rule(y("y2"), year_word.optional()).optional(),
    )
    full = rule(d("d1"), mn("m1"), rule(y("y1"), year_word.optional()).optional())
    month_year = rule(mn("m1"), y("y1"), year_word.optional())
    month_only = rule(
        in_caseless({"в", "во", "до", "к", "с", "по", "начале", "конце", "середине", "течение"}), mn("m1"),
        rule(y("y1"), year_word.optional()).optional(),
    )
    year_range = or_(
        rule(y("y1"), dash, y("y2"), year_word),
        rule(in_caseless({"с", "со"}), y("y1"), year_word.optional(), in_({"по", "до"}), y("y2"), year_word),
    )
    year_only = rule(y("y1"), year_word)
    decade_number = or_(
        and_int(1800, 2090, exact_len=4),
        and_int(10, 90, exact_len=2),
    ).interpretation(Parts.decade.custom(_int))
    decade = or_(
        rule(decade_number, dash, in_({"е", "х", "ые", "ых"}), normalized("год").optional()),
        # "к 90-м годам": the plural needs its noun, "в 2010-м" alone is a year
        rule(decade_number, dash, in_({"м", "ми", "ым"}), in_caseless({"годам", "годами"})),
    )
    year_ordinal = rule(y("y1"), dash, in_({"м", "й", "го"}), year_word.optional())  # в 2010-м году
    # с мая по июль 2019 года, май–июль 2019 года
    last_year = rule(y("y2"), year_word.optional()).optional()
    month_span = or_(
        rule(in_caseless({"с", "со"}), mn("m1"), in_({"по", "до"}), mn("m2"), last_year),
        rule(mn("m1"), dash, mn("m2"), last_year),
    )
    relative_day = rule(in_caseless(set(RELATIVE_DAYS)).interpretation(Parts.rel_day))
    # one dictionary predicate, not an or_ of normalized(): the grammar is tried at every token
    which_words = dictionary(PAST_WORDS | THIS_WORDS | NEXT_WORDS | NEAREST_WORDS)

    def which_in(*cases):  # "прошлой осенью", "в эту пятницу": the adjective agrees ("это осенью" is no "этой")
        return rule(and_(which_words, or_(*(gram(case) for case in cases)))).interpretation(
            Parts.which.normalized())

    # в пятницу, в минувшую пятницу, в ближайший вторник
    weekday = rule(in_caseless({"в", "во"}), which_in("accs").optional(),
                   dictionary(WEEKDAYS).interpretation(Parts.weekday.normalized()))
    which_year = rule(dictionary({"прошлый", "минувший", "этот", "текущий", "нынешний", "следующий", "будущий",
                                  "позапрошлый", "прошедший"}))
    relative_year = rule(
        in_caseless({"в", "во"}).optional(), which_year.interpretation(Parts.rel_year.normalized()),
        normalized("год"),
    )
    # 5 декабря прошлого года, в декабре прошлого года
    relative_month = rule(
        in_caseless({"в", "во"}).optional(), d("d1").optional(), mn("m1"),
        which_year.interpretation(Parts.rel_year.normalized()), normalized("год"),
    )
    # на этой неделе, в прошлом месяце, в минувшие выходные
    relative_unit = or_(
        rule(in_caseless({"на"}), which_in("loct"), normalized("неделя").interpretation(Parts.unit.const("week"))),
        rule(in_caseless({"в", "во"}), which_in("loct"),
             normalized("месяц").interpretation(Parts.unit.const("month"))),
        rule(in_caseless({"в", "во", "на"}), which_in("accs", "loct").optional(),
             in_caseless({"выходные", "выходных"}).interpretation(Parts.unit.const("weekend"))),
    )
    # летом, прошлой осенью, весной 2019 года, зимой прошлого года
    season_word = in_caseless(set(SEASONS)).interpretation(Parts.season.normalized())
    season = or_(
        rule(season_word, which_year.interpretation(Parts.rel_year.normalized()), normalized("год")),
        rule(which_in("ablt").optional(), season_word, rule(y("y1"), year_word.optional()).optional()),
    )
    absolute = or_(
        numeric, iso, from_to_days, month_range, day_range, relative_month, full, month_span, month_year,
        year_range, decade, year_ordinal, year_only, month_only,
    ).interpretation(Parts)
    relative = or_(season, relative_day, weekday, relative_year, relative_unit).interpretation(Parts)
    return absolute, relative


def and_int(low: int, high: int, max_len: int | None = None, exact_len: int | None = None):
    checks = [type_("INT"), gte(low), lte(high)]
    if exact_len:
        checks.append(length_eq(exact_len))
    elif max_len == 2:
        checks.append(or_(length_eq(1), length_eq(2)))
    return and_(*checks)


@dataclass(frozen=True, slots=True)
class RawDate:
    """A match before year inference: parts as written."""

    start: int
    end: int
    d1: int | None
    m1: int | None
    y1: int | None
    d2: int | None
    m2: int | None
    y2: int | None
    decade: int | None = None
    rel_day: int | None = None
    weekday: int | None = None
    which: str | None = None  # "прошлый", "этот", "следующий", "ближайший" … before a weekday, week, month or season
    rel_year: str | None = None
    unit: str | None = None  # "week", "month" or "weekend" of a relative expression
    season: int | None = None  # first month of a season: 12, 3, 6 or 9

    @property
    def past(self) -> bool:
        return self.which in PAST_WORDS

    @property
    def relative(self) -> bool:
        """Whether the expression is said relative to the time of writing."""
        return (self.rel_day is not None or self.weekday is not None or self.unit is not None
                or self.rel_year is not None or (self.season is not None and self.y1 is None))


class DateExtractor:
    """Finds and normalizes dates; one instance per process (the parser is costly to build)."""

    def __init__(self, morph_vocab):
        from yargy.tokenizer import MorphTokenizer

        tokenizer = MorphTokenizer(morph=_CachedMorph(morph_vocab))
        absolute, relative = _build_grammar()
        self.parser = LookaheadParser(absolute, tokenizer=tokenizer)
        self.relative_parser = LookaheadParser(relative, tokenizer=tokenizer)

    def find_raw(self, text: str, sentences: list[tuple[int, int]] | None = None) -> list[RawDate]:
        """Every date expression, sentence by sentence (only sentences that can hold one)."""
        if sentences is None:
            sentences = [(0, len(text))]
        found: list[RawDate] = []
        for sent_start, sent_end in sentences:
            matches = []
            for parser, trigger in ((self.parser, _TRIGGER), (self.relative_parser, _RELATIVE_TRIGGER)):
                for start, end in _windows(text, sent_start, sent_end, trigger):
                    chunk = text[start:end]
                    for match in parser.findall(chunk):
                        raw = _raw_from_match(match, start, chunk)
                        if raw is not None:
                            matches.append(raw)
            # both grammars may read the same words: the longer reading wins ("в декабре прошлого года")
            for raw in sorted(matches, key=lambda r: (r.start, r.start - r.end)):
                if found and raw.start < found[-1].end:
                    if raw.end - raw.start > found[-1].end - found[-1].start and raw.start >= sent_start \
                            and (len(found) < 2 or raw.start >= found[-2].end):
                        found[-1] = raw
                    continue
                found.append(raw)
        return found


class _CachedMorph(MorphAnalyzer):
    """yargy's view of pymorphy, with the forms of a word kept (as yargy's own CachedMorphAnalyzer does)."""

    def __init__(self, raw):
        super().__init__(raw)
        self._forms = lru_cache(maxsize=50_000)(super().__call__)

    def __call__(self, word):
        return self._forms(word)


class LookaheadParser(Parser):
    """yargy's chart parser, predicting at a token only the productions that can start with it.

    yargy predicts every production of a rule wherever the rule may begin; the date grammar is
    tried at every token of a window, so most of the chart is made of predictions that die at
    their first word ("в" can start a date, "заявил" cannot). Here a production is predicted only
    when one of the terminals it can start with accepts the next token, or when it can match
    nothing at all (after the last token, only then). The chart keeps every state that can reach
    a match, in the same order, so the matches are the same.
    """

    def __init__(self, rule, tokenizer=None):
        super().__init__(rule, tokenizer=tokenizer)
        self.starts = first_terminals(self.rule)
        self.verdicts: dict[int, bool] = {}  # id of a terminal -> whether it accepts the token being predicted
        self.token = None

    def predict(self, column, next_column, rule):
        always, by_terminal = self.starts[id(rule)]
        chosen = set(always)
        if next_column:  # after the last token, only a production that matches nothing can complete
            if next_column.token is not self.token:
                self.token = next_column.token
                self.verdicts.clear()
            for terminal, indexes in by_terminal:
                if not chosen.issuperset(indexes) and self._accepts(terminal):
                    chosen.update(indexes)
        productions = rule.productions
        for index in sorted(chosen):
            production = productions[index]
            node = Node(rule, production, rank=index, children=[])
            column.append(State(rule, production, dot_index=0, start_column=column, stop_column=column, node=node))

    def _accepts(self, terminal) -> bool:
        verdict = self.verdicts.get(id(terminal))
        if verdict is None:
            verdict = self.verdicts[id(terminal)] = bool(terminal(self.token))
        return verdict


def first_terminals(start) -> dict[int, tuple[tuple[int, ...], list[tuple[object, tuple[int, ...]]]]]:
    """For every rule of the grammar under ``start`` (by id): the indexes of its productions that can match
    nothing at all, and for each terminal (predicate) a production can start with, the indexes of those
    that can."""
    rules, stack = {}, [start]
    while stack:
        rule = stack.pop()
        if id(rule) not in rules:
            rules[id(rule)] = rule
            stack += [term for production in rule.productions for term in production.terms if is_rule(term)]
    nullable: set[int] = set()
    first: dict[int, dict[int, object]] = {key: {} for key in rules}  # rule -> its first terminals, by id
    changed = True
    while changed:  # to a fixed point: the grammar is recursive
        changed = False
        for key, rule in rules.items():
            for production in rule.productions:
                terminals, empty = _production_start(production, first, nullable)
                if empty and key not in nullable:
                    nullable.add(key)
                    changed = True
                if terminals.keys() - first[key].keys():
                    first[key].update(terminals)
                    changed = True
    out = {}
    for key, rule in rules.items():
        always, by_terminal = [], {}
        for index, production in enumerate(rule.productions):
            terminals, empty = _production_start(production, first, nullable)
            if empty:
                always.append(index)
            for terminal_id, terminal in terminals.items():
                by_terminal.setdefault(terminal_id, (terminal, []))[1].append(index)
        out[key] = (tuple(always), [(terminal, tuple(indexes)) for terminal, indexes in by_terminal.values()])
    return out


def _production_start(production, first: dict, nullable: set) -> tuple[dict[int, object], bool]:
    terminals: dict[int, object] = {}
    for term in production.terms:
        if not is_rule(term):
            terminals[id(term)] = term
            return terminals, False
        terminals.update(first[id(term)])
        if id(term) not in nullable:
            return terminals, False
    return terminals, True


def _windows(text: str, start: int, end: int, trigger: re.Pattern = _TRIGGER) -> list[tuple[int, int]]:
    """Stretches of a sentence around the matches of ``trigger``, merged (up to ``_WINDOW_MAX``) and cut
    at white space."""
    out: list[list[int]] = []
    for match in trigger.finditer(text, start, end):
        lo = max(start, match.start() - _WINDOW_BEFORE)
        hi = min(end, match.end() + _WINDOW_AFTER)
        while lo > start and not text[lo - 1].isspace():
            lo -= 1
        while hi < end and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1] and hi - out[-1][0] <= _WINDOW_MAX:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


_LEADING_WORDS = {"в", "во", "до", "к", "с", "со", "по", "начале", "конце", "середине", "течение"}


def _season_month(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    return SEASONS.get(word) or _SEASON_LEMMAS.get(word)


def _raw_from_match(match, offset: int, chunk: str) -> RawDate | None:
    parts = match.fact
    start, end = match.span
    tokens = match.tokens
    # a span starts at the date itself, not at the preposition before it
    lead = 0
    ranged = parts.d2 is not None or parts.m2 is not None or parts.y2 is not None
    while lead < len(tokens) - 1 and tokens[lead].type == "RU" and tokens[lead].value.lower() in _LEADING_WORDS:
        keeps_preposition = (parts.rel_year and not parts.m1) or parts.weekday is not None or parts.unit
        if keeps_preposition or (ranged and tokens[lead].value.lower() in ("с", "со")):
            break
        lead += 1
    if lead:
        start = tokens[lead].span.start
    weekday = WEEKDAYS.get(parts.weekday) if parts.weekday else None
    rel_day = RELATIVE_DAYS.get(parts.rel_day.lower()) if parts.rel_day else None
    raw = RawDate(
        start=offset + start, end=offset + end,
        d1=parts.d1, m1=parts.m1, y1=parts.y1, d2=parts.d2, m2=parts.m2, y2=parts.y2,
        decade=parts.decade, rel_day=rel_day, weekday=weekday, which=parts.which, rel_year=parts.rel_year,
        unit=parts.unit, season=_season_month(parts.season),
    )
    if raw.m1 == 0 or raw.m2 == 0:
        return None
    return raw


# -- normalization -----------------------------------------------------------------------------
