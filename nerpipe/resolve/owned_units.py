"""A unit named by its noun and a common noun of its owner (``пресс-служба концерна``, ``редакция газеты``) where the
text names that owner by the same noun and a quoted name (``концерн «Вектор»``, ``газета «Заречный вестник»``) and
the common noun inside the unit refers back to it: the unit is that owner's, named with the owner's quoted name
(``Пресс-служба концерна «Вектор»``, ``Редакция газеты «Заречный вестник»``), not a unit of no body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph
from ..records import Span
from ..text import OPENING_QUOTES
from .ids import org_id_for
from .org_spellings import point_at_joined

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def name_owned_units(text: str, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Every unit whose name ends with a common noun resolved to a body the text names by that noun's kind and a
    quoted name takes that quoted name after its own, in place (see the module's doc)."""
    from .organizations import ResolvedOrg

    joins: dict[str, ResolvedOrg] = {}
    for span, org in resolved.items():
        owner = _owner_noun(text, span, org, resolved)
        if owner is None:
            continue
        noun, body = owner
        quoted = _quoted_naming(text, body, noun, resolved, morph)
        if quoted is not None:
            name = f"{org.name} {quoted}"
            joins.setdefault(org.org_id, ResolvedOrg(org_id_for(name), name, org.abbr, org.region_code or
                                                     body.region_code, org.country or body.country))
    point_at_joined(resolved, joins)


def _owner_noun(text: str, span: Span, org: ResolvedOrg,
                resolved: dict[Span, ResolvedOrg]) -> tuple[str, ResolvedOrg] | None:
    """The one-word common noun that ends the unit's span and its name, and the body it is resolved to."""
    inner = [(other, body) for other, body in resolved.items()
             if other != span and other.end == span.end and other.start > span.start and body.org_id != org.org_id]
    if len(inner) != 1:
        return None
    other, body = inner[0]
    noun = text[other.start:other.end]
    if not noun.isalpha() or not noun.islower() or not org.name.endswith(noun):
        return None
    return noun, body


def _quoted_naming(text: str, body: ResolvedOrg, noun: str, resolved: dict[Span, ResolvedOrg],
                   morph: Morph) -> str | None:
    """The quoted name the text writes the body with after a noun of the same lemma (``концерн «Вектор»``)."""
    for span, org in resolved.items():
        if org.org_id != body.org_id:
            continue
        kind, _, rest = text[span.start:span.end].partition(" ")
        if rest[:1] in OPENING_QUOTES and rest[-1:] in "»\"“" and " " not in kind \
                and morph.lemma(kind.lower()) == morph.lemma(noun):
            return "«" + rest[1:-1] + "»"
    return None
