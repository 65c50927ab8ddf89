"""The body a title's relative ``которого``/``которой`` stands for: ``компания «Вектор», главой которой является
Пётр Орлов`` heads the company named right before the comma that opens the clause, the noun nearest that comma
that agrees with the relative in gender and number (not ``группы при министерстве финансов, руководителем
которой …``: the group's head, not the ministry's)."""

from __future__ import annotations

from ...morph import fold
from ...ner import Analysis, Token
from ...records import ORG, Span
from ...resolve import Resolved
from ..grammar import Title

# the genitive forms of "который" a title governs, with the genders they agree with (none: plural), as the
# tagger writes them: "главой которого", "директор которой", "руководители которых"
_WHOSE = {"которого": ("Masc", "Neut"), "которой": ("Fem",), "которых": ()}
_QUOTES = ("«", "»", '"', "“", "”", "„")


def find_relative_antecedent(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved) -> Span | None:
    """The ORG mention a relative clause is about whose first words are the title and its genitive
    ``которого``/``которой``/``которых`` (``фонд «Заря», президентом которого стал …``): going left from the
    comma that opens the clause, the first noun that agrees with the relative is the antecedent, and the body is
    the mention it heads or names (its head, or a word of its name in quotes); ``None`` when the title is not so
    placed, when that noun is no body's (``члены рабочей группы …, руководителем которой``), or when the clause
    before the comma has none."""
    tokens = analysis.tokens
    after, comma = title.last + 1, title.first - 1
    if after >= len(tokens) or fold(tokens[after].text) not in _WHOSE or comma < 1 or tokens[comma].text != "," \
            or tokens[after].sent != tokens[comma].sent:
        return None
    genders = _WHOSE[fold(tokens[after].text)]
    bodies = [s for s in spans if s.type == ORG and s in resolved.entity_of]
    for token in reversed(tokens[: comma]):
        if token.sent != tokens[comma].sent or token.text == "," or token.pos in ("VERB", "AUX"):
            return None
        if token.pos in ("NOUN", "PROPN") and _agrees(token, genders) and not _quoted_in_body(analysis, token, bodies):
            return min((s for s in bodies if _heads(analysis, token, s)), key=lambda s: s.start, default=None)
    return None


def _agrees(token: Token, genders: tuple[str, ...]) -> bool:
    """Whether a noun agrees in number and gender with a relative of ``genders`` (none: the plural); a noun the
    tagger gives no number or gender (``ООО``, a name it does not know) agrees with any."""
    number, gender = token.feat.get("Number"), token.feat.get("Gender")
    if number is None:
        return True
    if not genders:
        return number == "Plur"
    return number == "Sing" and (gender is None or gender in genders)


def _heads(analysis: Analysis, token: Token, span: Span) -> bool:
    """Whether a noun is the head of the body ``span`` names: the word of it whose head lies outside it (``фонд``
    of ``фонд «Заря»``, ``«Вектор»`` named alone); not a noun it governs (``области`` of ``министерство …
    области``)."""
    words = analysis.tokens_in(span.start, span.end)
    inside = {t.index for t in words}
    return next((t.index for t in words if t.head not in inside), None) == token.index


def _quoted_in_body(analysis: Analysis, token: Token, bodies: list[Span]) -> bool:
    """Whether a noun is a word of a body's name in quotes after the noun it names (``«Вектор»`` of ``компании
    «Вектор»``): the relative agrees with that noun, not with the name (``компании «Вектор», директором которой``)."""
    for span in bodies:
        if span.start <= token.start < span.end and not _heads(analysis, token, span):
            before = [t for t in analysis.tokens_in(span.start, token.start) if t.text in _QUOTES]
            if len(before) % 2 == 1:
                return True
    return False
