"""The body a title's relative ``которого``/``которой`` stands for: ``компания «Вектор», главой которой является
Пётр Орлов`` heads the company named right before the comma that opens the clause."""

from __future__ import annotations

from ...morph import fold
from ...ner import Analysis
from ...records import ORG, Span
from ...resolve import Resolved
from ..grammar import Title

# the genitive forms of "который" a title governs: "главой которого", "директор которой", "руководители которых"
_WHOSE = frozenset({"которого", "которой", "которых"})


def relative_antecedent(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved) -> Span | None:
    """The ORG mention that ends right before the comma opening a relative clause whose first words are the title
    and its genitive ``которого``/``которой``/``которых`` (``фонд «Заря», президентом которого стал …``); ``None``
    when the title is not so placed or the word before the comma ends no body's name."""
    tokens = analysis.tokens
    after, comma = title.last + 1, title.first - 1
    if after >= len(tokens) or fold(tokens[after].text) not in _WHOSE or comma < 1 or tokens[comma].text != "," \
            or tokens[after].sent != tokens[comma].sent:
        return None
    end = tokens[comma - 1].end
    found = [s for s in spans if s.type == ORG and s.end == end and s in resolved.entity_of]
    return min(found, key=lambda s: s.start, default=None)
