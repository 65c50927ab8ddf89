"""Stage 3: dates and date ranges, normalized to ISO 8601.

A yargy grammar finds single dates (``6 июля 2018 года``, ``06.07.2018``,
``апреле 2017 года``, ``2016 году``, ``в июле``), ranges (``27–28 ноября``,
``22 и 23 июня``, ``с 27 по 28 ноября``, ``30 июня – 2 июля``,
``в 2019–2020 годах``), decades (``1990-е годы``), years without their word where the context makes
them years (``с 2006``, ``с 1975 по 1977``, ``сезон 2013–2014``, ``(2003)`` — not ``до 2000 человек``),
parts of a month as the tenth of its days they stand for (``в начале мая`` → ``2024-05-01`` to ``2024-05-10``,
``в конце февраля`` to the 28th or 29th of the year inferred),
quarters and half-years (``в первом квартале 2024 года`` → ``2024-01`` to ``2024-03``, ``во втором полугодии
прошлого года``), seasons with their year in any case (``с весны 2021 года``, ``зимой 2020/2021 года``),
centuries (``в XIV веке``, ``к концу XVIII века``: a DATE mention whose ``normal`` is its words,
``конец XVIII века``, never a row) and relative expressions
(``вчера``, ``сегодня`` — not where it means "nowadays": ``Сегодня завод выпускает сорок моделей`` —,
``в минувшую пятницу``, ``в пятницу``, ``на пятницу``, ``на этой неделе``, parts of them (``в конце прошлого
месяца`` → its last tenth of days, ``в начале этого года``; ``до конца года`` with no word of which is a mention only),
``в прошлом месяце``, ``в прошлом году``, ``в минувшие выходные``, ``летом``,
``прошлой осенью``, ``весной 2019 года``). The grammar only runs on sentences that
contain a digit, a month name or a relative word, which keeps it cheap.

A year that is not written is inferred: from the publication date when the
text states one (the nearest year to it), otherwise from the latest day or month said
before it with its year written (``5 апреля 2024 года … 7 апреля``; a history date said
between, ``открытый 12 марта 1995 года``, is not the latest), otherwise
from a weekday stated next to the date when exactly one of the last ten years fits.

Relative expressions resolve against the publication date. A bare weekday or
season is the one before it when the sentence's verb is in the past tense, the
one after it in the future tense, the nearest one otherwise. Shifts from another
date (``на следующий день``, ``накануне``, ``в тот же день``, ``через два дня``,
``спустя неделю``, ``днём ранее``) count from the nearest explicit date before them
(``5 апреля … На следующий день …`` is 6 April, its year inferred when the anchor's
was), and from the publication date when no date precedes them; ``год назад``,
``неделю назад`` always count from the publication date. A shift in days or weeks
is a day, in months a month, in years a year. A season of a sport or a trade (``в текущем
сезоне``, ``до конца прошлого сезона``) has no days of its own: a DATE mention, never
a row. Durations (``три года``, ``в течение недели``, ``на год``, ``долгие годы``, ``трёхмесячный срок``) are
time expressions but no dates: DATE mentions whose ``normal`` is their amount and unit (``двум годам`` → ``2
года``), never rows (:mod:`.durations`); an age (``в возрасте 45 лет``), a time of day (``в 3 часа``) and a rate
(``в год``) are none. ``накануне`` before a noun (``накануне выборов``) is no date either.

With no publication date, relative expressions are not rows — except ``сегодня``,
``вчера`` … under a dateline that gives a day without a year (``МОСКВА, 5 марта —
…``), which resolve to a day of unknown year (``--03-04``). They are still DATE
mentions (:func:`read_dates` gives them apart from the rows) whose ``normal`` is
the expression's canonical words, as :mod:`.wording` describes: its words in the
nominative without the preposition, one word for each sense (``в минувшую пятницу``
→ ``прошлая пятница``, ``на этой неделе`` → ``эта неделя``, ``в текущем году`` → ``этот
год``, ``с сегодняшнего дня`` → ``сегодня``); a shift with its count in digits
(``три года назад`` → ``3 года назад``, ``через два дня`` → ``через 2 дня``, ``днём
ранее`` → ``предыдущий день``, ``на следующий день`` → ``следующий день``, ``в тот же
день`` → ``тот же день``).

The stage in thirteen modules:

- :mod:`.grammar` — the words of dates, the yargy rules, and :class:`RawDate` (parts as written);
- :mod:`.centuries` — the rules and words of centuries, Roman numerals;
- :mod:`.periods` — the rules of quarters and half-years, the months they span;
- :mod:`.lookahead` — the yargy parser that predicts only what the next token can start;
- :mod:`.extract` — :class:`DateExtractor`: the grammars run around the words that can open a date;
- :mod:`.durations` — durations: their grammar, what is an age or a time of day, their canonical words;
- :mod:`.nowadays` — ``сегодня`` that means "nowadays" by its sentence, no date;
- :mod:`.days` — days and periods as rows, the helpers the normalizers share;
- :mod:`.published` — the publication date and datelines near the top of a text;
- :mod:`.normalize` — raw matches as :class:`~nerpipe.records.DateFact` rows, years inferred;
- :mod:`.relative` — relative expressions resolved against the publication date;
- :mod:`.shift` — shifts counted from the date before them or from the publication date;
- :mod:`.wording` — the canonical words of a relative expression with nothing to count from.
"""

from .extract import DateExtractor
from .grammar import MONTHS, RELATIVE_DAYS, WEEKDAYS, RawDate, month_number
from .normalize import DatesRead, normalize_dates, read_dates
from .published import find_dateline, find_published, is_dateline
from .wording import RelativeDate

__all__ = ["MONTHS", "RELATIVE_DAYS", "WEEKDAYS", "DateExtractor", "DatesRead", "RawDate", "RelativeDate",
           "find_dateline", "find_published", "is_dateline", "month_number", "normalize_dates", "read_dates"]
