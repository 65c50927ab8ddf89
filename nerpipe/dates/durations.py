"""Durations: ``три года``, ``в течение двух недель``, ``за пять лет``, ``на протяжении нескольких месяцев``,
``более 30 лет``, ``долгие годы``, ``полгода``, ``трёхмесячный срок``. A duration is a time expression but no
date: a DATE mention with no ``dates`` row, as centuries and seasons are. Its ``normal`` is its amount and unit
without the preposition, the count in digits and the unit as the count wants it (``двум годам`` → ``2 года``,
``в течение трёх десятилетий`` → ``3 десятилетия``, ``трёхмесячный срок`` → ``3 месяца``); a vague amount keeps
its words in the nominative (``несколько лет``, ``долгие годы``).

Not durations: an age (``в возрасте 45 лет``, ``ему исполнилось 30 лет``, ``(45 лет)``, ``58-летний директор``),
a time of day (``в 3 часа``) or a span of one (``более трёх часов``, ``за несколько часов``, ``24-часовой``), a
rate (``270 тысяч в год``), a unit with no amount and no preposition of time (``год назад`` and ``через два дня``
are shifts, :mod:`.grammar`), and anything a date already covers.
"""

from __future__ import annotations

import re

from yargy import and_, not_, or_, rule
from yargy.predicates import custom, dictionary, eq, gram, in_caseless, lte
from yargy.predicates import type as type_

from .wording import RelativeDate, count_form

# the units a time preposition takes without an amount: ``в течение года``, ``на месяц``, ``за неделю``
_BARE_UNITS = {"неделя", "месяц", "год", "десятилетие", "сутки", "полгода", "полвека", "столетие"}
# the amounts that are not numbers, by lemma
_VAGUE = {"несколько", "много", "немного", "пара", "десяток", "сотня", "считанный", "полтора", "полторы"}
# adjectives that make a plural unit a duration: ``долгие годы``, ``в последние месяцы``; or a vague time: ``в разные
# годы``
_SPAN_ADJECTIVES = {"долгий", "многий", "последний", "ближайший", "близкий", "следующий", "целый", "разный"}
_PREPOSITIONS = {"за", "на", "до", "в", "во", "около", "свыше", "через"}
_QUALIFIERS = {"более", "менее", "около", "почти", "свыше", "порядка", "примерно", "целых", "всего", "лишь",
               "ещё", "еще", "уже", "больше", "меньше", "не"}
# numeral lemmas → values; collective numerals (``двое суток``) included
_NUMBERS = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20,
    "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
}
# adjectives of a length: ``трёхмесячный``, ``30-дневный``, ``десятилетний``, ``полугодовой``
_LENGTH_ADJECTIVE = re.compile(
    r"^(?P<count>\d{1,3}-?|одно|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|"
    r"двенадцати|пятнадцати|двадцати|тридцати|сорока|пятидесяти|ста|полу)"
    r"(?P<unit>дневн|недельн|месячн|летн|годичн|годов|часов|суточн|минутн)\w*$", re.IGNORECASE)
_LENGTH_UNITS = {"дневн": "день", "недельн": "неделя", "месячн": "месяц", "летн": "год", "годичн": "год",
                 "годов": "год", "часов": "час", "суточн": "сутки", "минутн": "минута"}
_LENGTH_COUNTS = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6,
                  "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двенадцати": 12, "пятнадцати": 15,
                  "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "ста": 100}
# the nouns a length adjective measures as a duration (``58-летний директор`` is an age)
_PERIOD_NOUNS = {"срок", "стаж", "карантин", "период", "перерыв", "мораторий", "контракт", "отпуск", "цикл",
                 "план", "курс", "договор", "опыт", "запрет", "пост", "испытательный", "мандат", "траур",
                 "арест", "заключение", "ожидание", "отсрочка", "программа", "война", "правление"}
# words before an amount that make it an age: ``в возрасте 45 лет``, ``исполнилось 30 лет``, ``ему 40 лет``
_AGE_BEFORE = re.compile(
    r"(?i)(?:возраст\w*|исполнил\w*|исполня\w*|исполнит\w*|стукнул\w*|ему|ей|им|мне|нам|вам|тебе|было|будет|"
    r"моложе|старше|младше)(?:\s+\w+)?\s+(?:(?:уже|только|почти|около|более|менее|всего|лишь|ещё|еще|не)\s+)*"
    r"(?:до\s+|от\s+|на\s+)?$"
    r"|(?i:сборн\w*|команд\w*|дет\w*|молод[её]ж\w*|юнош\w*|юниор\w*|девуш\w*|подрост\w*)\s+(?:до|от|старше)\s+$")
_PERIOD_BEFORE = re.compile(r"(?i)(?:срок\w*|период\w*|размере|перерыв\w*)\s*$")
_AGO = re.compile(r"\s+назад\b")
_AGE_AFTER = re.compile(r"(?i)^\s*(?:от\s+роду|отроду)")
_TIME_OF_DAY_AFTER = re.compile(r"(?i)^\s+(?:утра|вечера|дня|ночи|по\s+(?:московскому|местному))\b")
_LEAD = re.compile(r"(?i)(?:до|от|на)\s+")
_LAST_WORD = re.compile(r"(\w+)[ \t]+$")
_IN_BRACKETS = re.compile(r"^\s*\)")
# a duration's trigger: a form of a unit word (not right after a year: ``2019 году``), or a length adjective
TRIGGER = re.compile(
    r"(?i)(?<!\d\d\d\d\s)\b(?:секунд\w{0,3}|минут\w{0,3}|час(?:а|ы|ов|ам|ами|ах)?|сут(?:ки|ок|кам|ками)|дн(?:я|ей|ю|и|ям|ями|ях)|день|"
    r"недел(?:я|и|ю|е|ей|ь|ям|ями)|месяц(?:а|ев|ем|у|е|ы|ам|ами|ах)?|квартал(?:а|ов)?|год(?:а|у|ом|ы|ам|ами|ах)?|лет|"
    r"десятилети(?:е|я|й|ю|ем|ями)|век(?:а|ов|ам|ами)?|столети(?:е|я|й)|полгода|полвека|"
    r"\w*(?:дневн|недельн|месячн|летн|годичн|суточн)\w*)\b"
)


# a unit's forms after an amount: one, two to four, five and more; and its nominative plural
_UNIT_FORMS = {
    "секунда": ("секунда", "секунды", "секунд", "секунды"), "минута": ("минута", "минуты", "минут", "минуты"),
    "час": ("час", "часа", "часов", "часы"), "сутки": ("сутки", "суток", "суток", "сутки"),
    "день": ("день", "дня", "дней", "дни"), "неделя": ("неделя", "недели", "недель", "недели"),
    "месяц": ("месяц", "месяца", "месяцев", "месяцы"), "квартал": ("квартал", "квартала", "кварталов", "кварталы"),
    "год": ("год", "года", "лет", "годы"), "десятилетие": ("десятилетие", "десятилетия", "десятилетий", "десятилетия"),
    "век": ("век", "века", "веков", "века"), "столетие": ("столетие", "столетия", "столетий", "столетия"),
    "полгода": ("полгода",) * 4, "полвека": ("полвека",) * 4,
}
# the nouns of a unit of time, by lemma (pymorphy's lemma of "лет" is "год")
UNITS = frozenset(_UNIT_FORMS)
# the units of a day's time: what they measure is a time, not a date
_TIME_UNITS = frozenset({"час", "минута", "секунда"})
_LEADING = _PREPOSITIONS | _QUALIFIERS | {"течение", "протяжении", "чем", "позднее", "позже", "ранее"}


def duration_rule():
    """The yargy rule of a duration (what it says is read from its tokens: :func:`duration_words`)."""
    unit = dictionary(set(UNITS))
    bare_unit = and_(dictionary(_BARE_UNITS), gram("sing"))
    plural_unit = and_(dictionary(set(UNITS)), gram("plur"))
    small = and_(type_("INT"), lte(999))
    digits = rule(small, rule(in_caseless({",", "-", "–", "—"}), small).optional())
    words = rule(and_(gram("NUMR"), not_(dictionary({"один", "оба", "сколько"}))).repeatable(max=3))
    count = or_(digits, words, rule(dictionary(_VAGUE)))
    adjective = and_(gram("ADJF"), dictionary(_SPAN_ADJECTIVES))
    qualifier = rule(in_caseless(_QUALIFIERS),
                     in_caseless({"чем", "позднее", "позже", "ранее", "более", "менее"}).optional())
    time_preposition = or_(rule(in_caseless({"в", "во"}), eq("течение")), rule(eq("на"), eq("протяжении")))
    preposition = or_(time_preposition, rule(in_caseless(_PREPOSITIONS)))
    strong = or_(time_preposition, rule(in_caseless({"за", "на", "около", "почти", "целый", "целых"})))
    return or_(
        rule(preposition.optional(), qualifier.optional(), adjective.optional(), count, adjective.optional(), unit),
        rule(strong, adjective.optional(), bare_unit),
        rule(preposition.optional(), adjective, plural_unit),
        rule(preposition.optional(), qualifier.optional(), or_(rule(custom(_names_length)),
                                                                rule(small, eq("-"), custom(_names_length))),
             dictionary(_PERIOD_NOUNS)),
    )


def _names_length(word: str) -> bool:
    return length_of(word) is not None or _LENGTH_ADJECTIVE.match("1" + word) is not None


def length_of(word: str) -> tuple[int, str] | None:
    """``трёхмесячный`` → (3, ``месяц``), ``30-дневный`` → (30, ``день``), ``полугодовой`` → (6, ``месяц``);
    None for what names no length."""
    match = _LENGTH_ADJECTIVE.match(word)
    if match is None:
        return None
    count, unit = match.group("count").lower().rstrip("-"), _LENGTH_UNITS[match.group("unit").lower()]
    if count == "полу":
        return (6, "месяц") if unit == "год" else None
    return (int(count), unit) if count.isdigit() else (_LENGTH_COUNTS[count], unit)


def duration_words(tokens, before: str = "") -> str | None:
    """The canonical words of a duration from the tokens of its match (see the module's docstring), ``before``
    the text before it; None when the match names no amount of time: ``в 3 часа`` is a time of day, ``в 5 лет``
    an age, unless a noun of a period governs it (``сроком в 5 лет``)."""
    words = [token for token in tokens if token.value.lower() not in _LEADING or token is tokens[-1]]
    counted = any(token.type == "INT" or _is_numeral(token) for token in words)
    if tokens[0].value.lower() in ("в", "во") and tokens[1].value.lower() != "течение" and counted \
            and not _PERIOD_BEFORE.search(before):
        return None
    last = words[-1]
    unit = next((form.normalized for form in last.forms if form.normalized in UNITS), None)
    if unit is None:  # a length adjective before the noun it measures: "трёхмесячный срок", "30-дневный карантин"
        length = length_of("".join(token.value for token in words[:-1]))
        return None if length is None or length[1] in _TIME_UNITS else _amount(*length)
    if unit in _TIME_UNITS:  # "за несколько часов", "более трёх часов": a span of a day's time, no date
        return None
    amount = words[:-1]
    if len(amount) == 1 and _is_span_adjective(amount[0]):  # "долгие годы", "последние месяцы"
        return f"{_plural_nominative(amount[0])} {_UNIT_FORMS[unit][3]}"
    amount = [token for token in amount if not _is_span_adjective(token)]  # "ближайших десяти лет"
    if not amount:
        return unit
    if amount[0].type == "INT":
        written = "".join(token.value for token in amount)
        if "," in written:
            return f"{written} {_UNIT_FORMS[unit][1]}"
        return f"{written} {count_form(_UNIT_FORMS[unit], int(amount[-1].value))}"
    lemmas = [token.forms[0].normalized for token in amount]
    if all(lemma in _NUMBERS for lemma in lemmas):
        return _amount(sum(_NUMBERS[lemma] for lemma in lemmas), unit)
    lemma = lemmas[-1]
    if lemma in ("полтора", "полторы"):
        return f"{'полторы' if unit in ('неделя', 'минута', 'секунда') else 'полтора'} {_UNIT_FORMS[unit][1]}"
    return f"{lemma} {_UNIT_FORMS[unit][2]}"


def _is_numeral(token) -> bool:
    return any("NUMR" in form.grams.values for form in getattr(token, "forms", ()))


def _is_span_adjective(token) -> bool:
    return any("ADJF" in form.grams.values and form.normalized in _SPAN_ADJECTIVES
               for form in getattr(token, "forms", ()))


def _amount(count: int, unit: str) -> str:
    return f"{count} {count_form(_UNIT_FORMS[unit], count)}"


def _plural_nominative(token) -> str:
    word = token.value.lower()
    for ending, plural in (("ие", "ие"), ("ые", "ые"), ("их", "ие"), ("ых", "ые"), ("ими", "ие"), ("ыми", "ые"),
                           ("им", "ие"), ("ым", "ые")):
        if word.endswith(ending):
            return word[: -len(ending)] + plural
    return word


def reads_as_age(text: str, start: int, end: int, morph, names: dict[int, str] | None = None) -> bool:
    """Whether an amount of years is an age: ``в возрасте 45 лет``, ``ему исполнилось 30``, ``(45 лет)``,
    ``45 лет от роду``, ``сборная до 18 лет``, ``младше его на год``; right after a person (``девочка 8 лет``,
    ``Петрову 52 года``). ``names`` (where names of people end → ``Dat`` or ``Nom``) says it of a name whatever
    its words: after one in the dative it is an age (``Джону Оливеру 52 года``), after one in the nominative a
    duration (``Джон Оливер 12 лет руководил фондом``)."""
    case = (names or {}).get(_end_before(text, start))
    if case == "Dat":
        return True
    before = text[max(0, start - 40):start]
    lead = _LEAD.match(text, start, end)  # the span's own preposition: "до 18 лет"
    if _AGE_BEFORE.search(before + (lead.group() if lead else "")) or _AGE_AFTER.match(text[end:]) is not None:
        return True
    last = _LAST_WORD.search(before)
    # "девочка 8 лет", not "Рабочие в разные годы": the amount right after the person
    opens_with_preposition = text[start:end].split(maxsplit=1)[0].lower() in _PREPOSITIONS
    if last is not None and case != "Nom" and not opens_with_preposition \
            and any(parse.tag.POS == "NOUN" and ("anim" in parse.tag or "Surn" in parse.tag)
                    for parse in morph.parse(last.group(1))[:2]):
        return True
    return before.rstrip().endswith("(") and _IN_BRACKETS.match(text[end:]) is not None


def _end_before(text: str, start: int) -> int:
    """Where the word before ``start`` ends, over white space and a dash (``Петрову — 52 года``)."""
    index = start
    while index > 0 and (text[index - 1].isspace() or text[index - 1] in "—–-"):
        index -= 1
    return index


def find_durations(parser, text: str, windows, taken, morph,
                   names: dict[int, str] | None = None) -> list[RelativeDate]:
    """The durations of ``text`` in ``windows`` (spans the :data:`TRIGGER` opens) that overlap nothing in
    ``taken`` (the spans of the text's dates), as DATE mentions with no row; ``morph`` is natasha's
    ``MorphVocab``, ``names`` the cases of the names of people by where they end (:func:`reads_as_age`). A unit in
    capitals inside a sentence names an event (``на Неделе моды``)."""
    found: list[RelativeDate] = []
    for lo, hi in windows:
        chunk = text[lo:hi]
        for match in parser.findall(chunk):
            start, end = lo + match.span.start, lo + match.span.stop
            if any(start < stop and begin < end for begin, stop in taken) \
                    or reads_as_age(text, start, end, morph, names) \
                    or _TIME_OF_DAY_AFTER.match(text[end:]) or match.tokens[-1].value[0].isupper() \
                    and len(match.tokens) > 1:
                continue
            if found and start < found[-1].end:
                continue
            words = duration_words(match.tokens, text[max(0, start - 20):start])
            ago = _AGO.match(text, end)
            if ago is not None and words is not None:  # "несколько дней назад": a vague shift, no date either
                end, words = ago.end(), f"{words} назад"
            if words is not None:
                found.append(RelativeDate(start, end, text[start:end], words))
    return found
