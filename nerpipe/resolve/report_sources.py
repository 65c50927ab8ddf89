"""Bodies named as a report's source (``Как пишет Kedr Times``, ``сообщает телеканал «Кедр»``): a medium
reports on any country, so the country a text is about is not thereby its
(:func:`~nerpipe.resolve.countries_of_bodies.bodies_of_the_country`)."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..records import Span
from .organizations import ResolvedOrg

# the verbs a report's source follows (``пишет``, ``сообщает телеканал``, ``цитирует``) and the nouns of a medium
# between them (``телеканал``), by lemma
_REPORTING = frozenset({"писать", "сообщать", "передавать", "цитировать", "информировать"})
_MEDIA = frozenset({"телеканал", "агентство", "газета", "издание", "радиостанция", "телекомпания", "портал",
                    "журнал", "сайт", "радио"})


def reported_by(analysis: Analysis, organizations: dict[Span, ResolvedOrg], morph: Morph) -> set[Span]:
    """The mentions of bodies named as a report's source right after its verb (``Как пишет Kedr Times``,
    ``сообщает телеканал «Кедр»``, ``пишут Kedr Post и Kedr Times``): a medium reports on any country, its own
    is not the one the text is about."""
    covered = {t.index for span in organizations for t in analysis.tokens_in(span.start, span.end)}
    found = set()
    for span in organizations:
        tokens = analysis.tokens_in(span.start, span.end)
        index = tokens[0].index - 1 if tokens else -1
        while index >= 0 and analysis.tokens[index].sent == tokens[0].sent and (
                index in covered or analysis.tokens[index].text in _JOINED
                or morph.lemma(analysis.tokens[index].text) in _MEDIA):
            index -= 1
        if index >= 0 and analysis.tokens[index].sent == tokens[0].sent \
                and morph.lemma(analysis.tokens[index].text) in _REPORTING:
            found.add(span)
    return found


_JOINED = frozenset({"и", ",", "«", "\"", "“", "„"})
