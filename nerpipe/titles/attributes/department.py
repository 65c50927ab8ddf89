"""The body a bare ``ведомство`` of a title refers back to: ``глава ведомства`` after ``как рассказали в пресс-службе
прокуратуры области, …`` heads that office of the public prosecutor, with its region."""

from __future__ import annotations

from ...morph import fold
from ...ner import Analysis
from ...records import ORG, Span
from ...resolve import Resolved
from ..grammar import Title
from ..lexicon import TitleLexicon

# the nouns of a body a "ведомство" may be (a ministry, an agency, a service, an office of prosecutors …), and the
# abbreviations of such bodies
_DEPARTMENTS = frozenset({"министерство", "прокуратура", "генпрокуратура", "служба", "агентство", "комитет",
                          "департамент", "управление", "инспекция", "казначейство", "ведомство"})
_ABBREVIATIONS = frozenset({"мвд", "мид", "мчс", "фсб", "фсин", "фнс", "фас", "скр", "гувд", "увд", "умвд"})
_UNITS = ("пресс-служба", "пресс-центр", "пресс-секретарь")  # a unit that speaks for the body: not the body
_SENTENCES_BACK = 1  # the title's sentence and the one before it
# a minister's title between the body and the title: the "ведомство" is more likely his ministry, named by no ORG
_MINISTERS = frozenset({"министр", "замминистра"})


def department_antecedent(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved,
                          lexicon: TitleLexicon) -> Span | None:
    """The mention of the body a title's bare ``ведомство`` refers to: the ORG mention ending nearest before the
    title, in its sentence or the one before, that names a ministry, an agency, a service or an office
    (the inner one of a press service's name: ``пресс-служба прокуратуры`` → ``прокуратуры``); ``None`` when
    that nearest body is of another kind (a government, a company), when a minister's title comes between (the
    ``ведомство`` is then his ministry), or there is none."""
    sent = analysis.tokens[title.head].sent
    before = [s for s in spans if s.type == ORG and s.end <= title.start and s in resolved.entity_of
              and analysis.tokens_in(s.start, s.end)
              and sent - _SENTENCES_BACK <= analysis.tokens_in(s.start, s.end)[0].sent <= sent
              and not fold(analysis.text[s.start:s.end]).startswith(_UNITS)]
    if not before:
        return None
    nearest = max(before, key=lambda s: (s.end, -(s.end - s.start), s.start))
    between = analysis.tokens_in(nearest.end, title.start)
    if any(lexicon.morph.lemma(t.text) in _MINISTERS for t in between):
        return None  # "… в департаменте региона … с министром спорта …, заместителем главы ведомства": his ministry
    return nearest if _is_department(analysis.text[nearest.start:nearest.end], lexicon) else None


def _is_department(surface: str, lexicon: TitleLexicon) -> bool:
    """Whether a mention names a body a ``ведомство`` may be: by its noun (``прокуратуры``, ``Федеральной службы
    …``), its abbreviation (``МВД``) or compound (``Минздрава``, ``Роспотребнадзора``); not ``Государственной думы``."""
    words = surface.split()
    if not words:
        return False
    first = fold(lexicon.morph.lemma(words[0]))
    return first in _ABBREVIATIONS or first.startswith("мин") and len(first) > 5 or first.endswith("надзор") \
        or any(fold(lexicon.morph.lemma(word)) in _DEPARTMENTS for word in words)
