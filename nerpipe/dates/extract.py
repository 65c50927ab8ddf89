"""Where dates are in a text: the words that can open one (triggers), the windows around them the
grammars run on, and :class:`DateExtractor`, which turns what they match into :class:`RawDate` records."""

from __future__ import annotations

import re
from functools import lru_cache

from yargy.morph import MorphAnalyzer

from .centuries import latin_numerals
from .day_words import names_by_day_words
from .durations import TRIGGER as _DURATION_TRIGGER
from .durations import duration_rule, find_durations
from .grammar import RELATIVE_DAYS, RawDate, build_grammar, season_month, weekday_number, which_lemma
from .lookahead import LookaheadParser
from .nowadays import means_nowadays
from .periods import MONTH_HALVES, PART_TENTHS, find_half_days, names_block, period_months, tenth_days
from .periods import TRIGGER as _PERIOD_TRIGGER

# where a date can start: a month word, a four-digit year, a numeric date, a relative word
_MONTH_WORD = r"(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
_MONTH_ABBR = r"(?:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\."
# an abbreviated month without its dot after a day's number, as datelines write it (``1 авг —``)
_DAY_MONTH_ABBR = r"\d{1,2}\s+(?:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\b"
_YEAR = r"(?:1[89]|20)\d\d"
# a year, month and day with a month or a day of one digit, as some sites stamp their pages (``2021-9-6 05:07``):
# touching no digit or hyphen, of a year of the last two centuries (a stamp's); a date only as a stamp
# (:func:`out_of_stamp`)
_SHORT_ISO = re.compile(r"(?<![\d-])(?:19|20)\d\d-(?:\d-\d\d?|\d\d-\d)(?![\d-])")
# where a date can be: a month word, a year with its word (год, г.), a numeric date (``05.09.2016``,
# ``2016-09-05``, ``05-09-2016``), a decade,
# a year as an ordinal (2010-м), a relative word; the grammar then runs on a window around it
_TRIGGER = re.compile(
    rf"(?i:\b{_MONTH_WORD}|\b{_MONTH_ABBR}|\b{_DAY_MONTH_ABBR})"
    rf"|\b{_YEAR}(?:\s*[-–—]\s*(?:{_YEAR}|\d\d))?\s*(?:-\s*\w{{1,2}}\s*)?(?i:г\b|гг\b|год)"
    rf"|\b{_YEAR}-(?:м|й|го)\b|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b{_YEAR}-\d\d-\d\d\b|\b\d\d-\d\d-{_YEAR}\b"
    rf"|{_SHORT_ISO.pattern}"
    r"|\b(?:\d\d)?\d0-(?:[хем]|ми|ы[еxм]?)"
    rf"|{_PERIOD_TRIGGER.pattern}"
)
# a year without its word: after a preposition of time, two of them, alone in brackets (:func:`bare_year_rules`)
_BARE_TRIGGER = re.compile(
    rf"(?i:\b(?:с|со|по|до|к|после|в|во)\s+){_YEAR}\b|\(\s*{_YEAR}\s*\)|\b{_YEAR}\s*[-–—/]\s*{_YEAR}\b"
)
# where a relative expression can be: a relative day, a season, "прошлый/этот/следующий …" before a unit of
# time, "в" before a weekday; the (smaller) grammar of relative expressions runs on a window around it
_RELATIVE_TRIGGER = re.compile(
    r"(?i:\b(?:позавчера|вчера|сегодня|послезавтра|завтра|весной|летом|осенью|зимой)\b"
    r"|\b(?:прошл|позапрошл|минувш|прошедш|нынешн|текущ|эт[оиу]|следующ|будущ|ближайш|предстоящ|грядущ)\w*\s+"
    r"(?:год|пятниц|понедельник|вторник|сред|четверг|суббот|воскресень|недел|месяц|выходн|сезон|век|столет)"
    r"|\bнов\w*\s+сезон|\b(?:начал|конц|конец|середин)\w*\s+(?:недел|месяц|года\b)"
    r"|\b(?:[IVXХ]{1,6}|\d{1,2}(?:-\w{1,2})?)\s+(?:век|столет)"
    r"|\b(?:в[о]?|на)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|выходные)\b"
    r"|\b(?:накануне|назад|спустя|через|ранее|раньше|позже|позднее)\b"
    r"|\b(?:весн|зим|осен|лет[оауе])\w*\s+(?:(?:19|20)\d\d|позапрошл|прошл|минувш|прошедш|текущ|эт|нынешн|следующ|будущ)"
    r"|\b(?:сегодняшн|вчерашн|завтрашн|следующ|друг|тот|этот)\w*\s+(?:же\s+)?(?:день|дня|дню|днём|днем)\b)"
)
# a time of day (``18:15``, ``9.30 мск`` is not one): its minutes are no day of a list (``18:15, 20 ноября``)
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])")
_WINDOW_BEFORE = 20
_WINDOW_AFTER = 36
# windows around neighbouring triggers merge, up to this many characters: the parser's work grows
# faster than the length of what it reads, and a list of thousands of dates would be one window
_WINDOW_MAX = 300


class DateExtractor:
    """Finds and normalizes dates; one instance per process (the parser is costly to build)."""

    def __init__(self, morph_vocab):
        from yargy.tokenizer import MorphTokenizer

        self.morph = morph_vocab
        tokenizer = MorphTokenizer(morph=_CachedMorph(morph_vocab))
        absolute, relative, bare = build_grammar()
        self.parser = LookaheadParser(absolute, tokenizer=tokenizer)
        self.relative_parser = LookaheadParser(relative, tokenizer=tokenizer)
        self.bare_parser = LookaheadParser(bare, tokenizer=tokenizer)
        self.duration_parser = LookaheadParser(duration_rule(), tokenizer=tokenizer)

    def find_raw(self, text: str, sentences: list[tuple[int, int]] | None = None, analysis=None) -> list[RawDate]:
        """Every date expression, sentence by sentence (only sentences that can hold one); with the text's
        ``analysis`` (:class:`nerpipe.ner.Analysis`), not ``сегодня`` that means "nowadays"
        (:mod:`.nowadays`)."""
        sentences = joined_at_abbreviated_months(text, sentences) if sentences is not None else [(0, len(text))]
        cleaned = without_times(latin_numerals(text))  # once for the text: both keep its length
        found: list[RawDate] = []
        for sent_start, sent_end in sentences:
            matches = []
            for parser, trigger in ((self.parser, _TRIGGER), (self.relative_parser, _RELATIVE_TRIGGER),
                                    (self.bare_parser, _BARE_TRIGGER)):
                for start, end in _windows(text, sent_start, sent_end, trigger):
                    chunk = cleaned[start:end]
                    for match in parser.findall(chunk):
                        raw = _raw_from_match(match, start, chunk)
                        if raw is not None and not self.governs_noun(text, raw) \
                                and (not match.fact.bare or self.reads_as_year(text, raw)) \
                                and not self.is_block(text, raw) and not in_a_number(text, raw) \
                                and not out_of_stamp(text, raw) \
                                and not names_by_day_words(text, raw.start, raw.end):
                            matches.append(raw)
            # two grammars may read the same words: the longer reading wins ("в декабре прошлого года",
            # "в 2006 году" over "в 2006")
            for raw in sorted(matches, key=lambda r: (r.start, r.start - r.end)):
                if found and raw.start < found[-1].end:
                    if raw.end - raw.start > found[-1].end - found[-1].start and raw.start >= sent_start \
                            and (len(found) < 2 or raw.start >= found[-2].end):
                        found[-1] = raw
                    continue
                found.append(raw)
        found = add_listed_years(text, found)
        if analysis is not None:
            found = [raw for raw in found if not means_nowadays(analysis, raw.start, raw.end, self.morph)]
        return found

    def find_durations(self, text: str, sentences: list[tuple[int, int]], raws: list[RawDate], analysis=None):
        """The durations of the text (:mod:`.durations`) that no date of ``raws`` covers: DATE mentions with no
        row, as :class:`~nerpipe.dates.wording.RelativeDate` records; with the text's ``analysis``, not the age
        said after a person's name in the dative (``Джону Смиту 52 года``)."""
        windows = [window for start, end in sentences for window in _windows(text, start, end, _DURATION_TRIGGER, 40)]
        return find_durations(self.duration_parser, text, windows, [(raw.start, raw.end) for raw in raws],
                              self.morph, _name_cases(analysis))

    def governs_noun(self, text: str, raw: RawDate) -> bool:
        """Whether a one-word shift is the preposition of a noun: ``накануне выборов`` is the eve of an
        event, not the day before another date."""
        if raw.shift is None or " " in text[raw.start:raw.end]:
            return False
        following = _NEXT_WORD.match(text, raw.end)
        if following is None:
            return False
        parse = self.morph.parse(following.group(1))[0]
        return parse.tag.case == "gent" and parse.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR")


    def is_block(self, text: str, raw: RawDate) -> bool:
        """Whether a quarter with no year is a block of a town (:func:`.periods.names_block`)."""
        if raw.period != "quarter" or raw.y2 is not None or raw.rel_year is not None:
            return False
        following = _NEXT_WORD.match(text, raw.end)
        return following is not None and names_block(following.group(1), self.morph)

    def reads_as_year(self, text: str, raw: RawDate) -> bool:
        """Whether a number that the grammar took for a year without its word is one: a range runs forward
        within a century; it is no part of a longer number or code (``8-800-2013-2014``); nothing counted by the
        number follows it (``с 1990 до 2500``, ``в 2012 км``, ``1950–2000 МВТ``, ``1950–2000 метров``; a name in
        capitals after a range is none: ``2020-2021 ВВП``, :func:`is_name_in_capitals`), and no noun at all after a
        single year (``до 2000 человек``, ``в 2000 метрах``)."""
        if raw.y2 is not None and not raw.y1 < raw.y2 <= raw.y1 + 100:
            return False
        if _CODE_BEFORE.search(text, max(0, raw.start - 2), raw.start) or _COUNT_ON.match(text, raw.end):
            return False
        following = _NEXT_WORD.match(text, raw.end)
        if following is None:
            return True
        word = following.group(1)
        if raw.y2 is not None and is_name_in_capitals(word, self.morph):
            return True  # ``в 2020-2021 ВВП вырос``: the subject, whatever case its first reading has
        tag = self.morph.parse(word)[0].tag
        if "Abbr" in tag or tag.POS == "NUMR":  # a unit (``км``, ``млн``)
            return False
        if raw.y2 is not None:  # "сезон 2013–2014 клуб начал …": the subject may follow a range
            return not (tag.POS in ("NOUN", "ADJF") and (tag.case == "gent" or tag.number == "plur"))
        return tag.POS not in ("NOUN", "ADJF")


def _name_cases(analysis) -> dict[int, str]:
    """The names of people by where they end: ``Dat`` when a word of the name is tagged dative (``Марии Клейнер``),
    ``Nom`` when all are nominative."""
    if analysis is None:
        return {}
    cases = {}
    for span in analysis.spans:
        if span.type == "PER":
            found = {token.feat.get("Case") for token in analysis.tokens_in(span.start, span.end)}
            if "Dat" in found:
                cases[span.end] = "Dat"
            elif found == {"Nom"}:
                cases[span.end] = "Nom"
    return cases


def is_name_in_capitals(word: str, morph) -> bool:
    """Whether a word written in capitals is a name (``ВВП``, ``ТЭЦ``, ``ЯМЭФ``), no unit a number counts: every
    reading pymorphy has of it is an abbreviation, or it has none, and it is no abbreviation of a unit of
    measure or of a count (``МВТ``, ``КМ``, ``МЛН``); a common word in capitals (``ТОНН``, ``ГА``) is none."""
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    folded = word.lower().replace("ё", "е")
    if folded in _UNIT_ABBREVIATIONS:
        return False
    return not morph.word_is_known(folded) or all("Abbr" in parse.tag for parse in morph.parse(folded))


# abbreviations of units of measure and of counts, folded (``МВТ``, ``КМ``, ``МЛН``): what a number counts, no name
_UNIT_ABBREVIATIONS = frozenset({
    "мм", "см", "дм", "км", "га", "мг", "кг", "гр", "тн", "мл", "вт", "квт", "мвт", "гвт", "твт", "гкал",
    "ккал", "кал", "квтч", "мвтч", "гвтч", "мб", "гб", "тб", "кб", "мгц", "ггц", "кгц", "гц", "кв", "кпа", "мпа",
    "атм", "тыс", "млн", "млрд", "трлн", "руб", "коп", "долл", "дол", "шт", "чел", "ед", "мин", "сек", "лс",
    "куб",
})
_CODE_BEFORE = re.compile(r"[\d][-–—/.]$")  # "8-800-2013-2014": a part of a number or a code
# "с 1990 до 2500": the second number is no year, nor the first; "2013-2014-5": a code
_COUNT_ON = re.compile(r"\s+(?:по|до)\s+\d|[-–—/.]\d")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
# a number's sign right before a code (``№ 12-05-2019``, ``No 12-05-2019``)
_NUMBER_SIGN = re.compile(r"(?:№|\bNo\.?|\bN)\s*$")
# a date of digits joined by hyphens alone (``12-05-2019``, ``2019-05-12``), which a code may look like
_DASHED_DIGITS = re.compile(r"\d+(?:-\d+)+")
# a sentence the splitter ended after a day and an abbreviated month's dot, and one that opens with a year
_ENDS_WITH_ABBREVIATED_MONTH = re.compile(rf"(?i:\b\d{{1,2}}\s+{_MONTH_ABBR})\s*$")
_OPENS_WITH_YEAR = re.compile(rf"\s*{_YEAR}\b")


def in_a_number(text: str, raw: RawDate) -> bool:
    """Whether a date written as digits joined by hyphens is a number or a code: after a number's sign (``Дело №
    12-05-2019``) or a part of a longer chain of digits and hyphens (``77-12-05-2019``, ``12-05-2019-44``)."""
    if not _DASHED_DIGITS.fullmatch(text, raw.start, raw.end):
        return False
    return _NUMBER_SIGN.search(text, max(0, raw.start - 4), raw.start) is not None \
        or _CODE_BEFORE.search(text, max(0, raw.start - 2), raw.start) is not None \
        or re.match(r"-\d", text[raw.end:raw.end + 2]) is not None


def out_of_stamp(text: str, raw: RawDate) -> bool:
    """Whether a year, month and day with a month or a day of one digit (``2019-12-5``), which running text never
    writes, is no site's stamp (:data:`_SHORT_ISO`): it touches a digit or a hyphen, its year is of no stamp, or it
    neither opens a line nor stands beside a time of day (``2021-9-6 05:07``, ``05:07, 2021-9-6``): a number of
    another kind (``Телефон 2019-12-5``)."""
    written = text[raw.start:raw.end]
    if not re.fullmatch(r"\d{4}-(?:\d-\d\d?|\d\d-\d)", written):
        return False
    stamp = _SHORT_ISO.match(text, raw.start)  # its lookarounds see the text around the date
    if stamp is None or stamp.end() != raw.end:
        return True
    line_start = text.rfind("\n", 0, raw.start) + 1
    opens_line = not text[line_start:raw.start].strip()
    return not (opens_line or _STAMP_TIME_AFTER.match(text, raw.end) or _STAMP_TIME_BEFORE.search(
        text, max(0, raw.start - 12), raw.start))


# a time of day right after or before a stamp's date, with a space, a comma or a bar between
_STAMP_TIME_AFTER = re.compile(r"[ \t,|/]{1,4}\d{1,2}:\d\d(?!\d)")
_STAMP_TIME_BEFORE = re.compile(r"(?<!\d)\d{1,2}:\d\d[ \t,|/]{1,4}$")


def joined_at_abbreviated_months(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences with one the splitter ended after an abbreviated month's dot joined to the next where that
    opens with a year (``9 дек.`` + ``2021 года …``): the year is the date's."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        if out and _ENDS_WITH_ABBREVIATED_MONTH.search(text, out[-1][0], out[-1][1]) \
                and _OPENS_WITH_YEAR.match(text, out[-1][1], end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


class _CachedMorph(MorphAnalyzer):
    """yargy's view of pymorphy, with the forms of a word kept (as yargy's own CachedMorphAnalyzer does)."""

    def __init__(self, raw):
        super().__init__(raw)
        self._forms = lru_cache(maxsize=50_000)(super().__call__)

    def __call__(self, word):
        return self._forms(word)


# a year with a year's word in the plural (``2016 годов``, ``2009 годах``, ``2010 гг.``): the last of a list of years
_PLURAL_YEAR = re.compile(rf"{_YEAR}\s*(?:год(?:ы|ов|ах|ам|ами)\b|гг\b)", re.IGNORECASE)
# the years listed right before the last one (``1998, 1999 и`` of ``в 1998, 1999 и 2009 годах``)
_LISTED_BEFORE = re.compile(rf"(?:(?<![\d.,])(?:{_YEAR})\s*(?:,\s*|\s+и\s+))+$")
_LISTED_YEAR = re.compile(rf"(?<![\d.,]){_YEAR}(?!\d)")


def add_listed_years(text: str, found: list[RawDate]) -> list[RawDate]:
    """``found`` with each year listed before a year with its word in the plural (``в 1998, 1999 и 2009 годах``,
    ``на 2015 и 2016 годов``) a date of its own, where no date of ``found`` covers it yet: the plural word is all
    the years'."""
    added = []
    for raw in found:
        if raw.y1 is None or raw.m1 is not None or raw.y2 is not None \
                or not _PLURAL_YEAR.match(text, raw.start, raw.end):
            continue
        lo = max(0, raw.start - 80)
        chain = _LISTED_BEFORE.search(text, lo, raw.start)
        if chain is None:
            continue
        for match in _LISTED_YEAR.finditer(text, chain.start(), chain.end()):
            if not any(other.start <= match.start() < other.end for other in found):
                added.append(RawDate(match.start(), match.end(), None, None, int(match.group()), None, None, None))
    return sorted(found + added, key=lambda raw: raw.start) if added else found


def without_times(chunk: str) -> str:
    """A text with its times of day blanked, the length kept: the grammar reads no day from a time's minutes
    (``Общество, 18:15, 20 ноября 2013``: not ``15, 20 ноября``)."""
    return _TIME.sub(lambda match: " " * len(match.group()), chunk) if ":" in chunk else chunk


def _windows(text: str, start: int, end: int, trigger: re.Pattern = _TRIGGER,
             before: int = _WINDOW_BEFORE) -> list[tuple[int, int]]:
    """Stretches of a sentence around the matches of ``trigger``, merged (up to ``_WINDOW_MAX``) and cut
    at white space."""
    out: list[list[int]] = []
    for match in trigger.finditer(text, start, end):
        lo = max(start, match.start() - before)
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


# words a date's span leaves out before it: a preposition ("в начале марта" → "начале марта", as "третьей декаде
# марта": the part narrows the days)
_LEADING_WORDS = frozenset({"в", "во", "до", "к", "с", "со", "по", "от", "течение"})


# the most years a range whose second year is written by its last two digits spans (``1996-99``, ``1998–02``)
_LONGEST_SHORT_RANGE = 30


def _raw_from_match(match, offset: int, chunk: str) -> RawDate | None:
    parts = match.fact
    start, end = match.span
    tokens = match.tokens
    # a span starts at the date itself, not at the preposition before it
    # "в пятницу и субботу": the second weekday; "(2003)": the year without its brackets
    lead = 1 if tokens[0].value.lower() in ("и", "или", "(") else 0
    if tokens[-1].value == ")" or parts.listed:  # "(2003)", "май и июнь 2025 года": neither the bracket nor the joint
        end = tokens[-2].span.stop
    ranged = parts.d2 is not None or parts.m2 is not None or parts.y2 is not None
    while lead < len(tokens) - 1 and tokens[lead].type == "RU" and tokens[lead].value.lower() in _LEADING_WORDS:
        keeps_preposition = (parts.rel_year and not parts.m1) or parts.weekday is not None or parts.unit \
            or parts.sense is not None
        if keeps_preposition or (ranged and tokens[lead].value.lower() in ("с", "со")):
            break
        lead += 1
    if lead:
        start = tokens[lead].span.start
    weekday = weekday_number(parts.weekday)
    rel_day = RELATIVE_DAYS.get(parts.rel_day.lower()) if parts.rel_day else None
    shift = None
    if parts.sense is not None:
        shift = {"ago": -1, "before": -1, "after": 1, "same": 0}[parts.sense] * (parts.count or 1)
    d1, d2, m1, m2, y2 = parts.d1, parts.d2, parts.m1, parts.m2, parts.y2
    if y2 is not None and y2 < 100 and parts.y1:  # "1996-99 годах": 1999, "1998-02 гг.": 2002
        y2 += parts.y1 // 100 * 100 + (100 if y2 < parts.y1 % 100 else 0)
        if y2 - parts.y1 > _LONGEST_SHORT_RANGE:
            return None  # "1960-40": no range of years a text writes by two digits
    months = period_months(parts.quarter, parts.half)
    if months is not None:  # "в первом квартале 2024 года": January to March
        m1, m2 = months
    # "во второй декаде июня": 11 to 20 June; "в конце июня": 21 to 30 June
    in_month = bool(m1) and d1 is None and not parts.century  # a part of a month, no day written
    tenth = parts.tenth or (PART_TENTHS.get(parts.part) if in_month else None)
    if tenth and m1:
        (d1, d2), m2, y2 = tenth_days(tenth, m1, parts.y1), m1, parts.y1
    half = MONTH_HALVES.get(parts.part) if in_month and not tenth else None  # a tenth's days were set
    if half:  # "во второй половине мая": 16 to 31 May
        (d1, d2), m2, y2 = find_half_days(half, m1, parts.y1), m1, parts.y1
    which, rel_year, unit = which_lemma(parts.which), parts.rel_year, parts.unit
    if unit == "year" and which:  # "до конца этого года": a year said relative to the time of writing
        which, rel_year, unit = None, which, None
    raw = RawDate(
        start=offset + start, end=offset + end,
        d1=d1, m1=m1, y1=parts.y1, d2=d2, m2=m2, y2=y2,
        decade=parts.decade, rel_day=rel_day, weekday=weekday, which=which, rel_year=rel_year,
        unit=unit, season=season_month(parts.season),
        shift=shift, step=parts.step if shift is None else parts.step or "day",
        anchored=parts.sense not in (None, "ago"), century=parts.century, part=parts.part,
        period="quarter" if parts.quarter else "half" if parts.half else None, month_end=tenth == 3 or half == 2,
    )
    if raw.m1 == 0 or raw.m2 == 0:
        return None
    return raw
