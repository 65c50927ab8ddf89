"""One organization named in Latin and in Cyrillic letters in one document (``Zentrix`` and
``Зентрикс``, ``Зентрикса``): a one-word Cyrillic name that spells the one one-word Latin name of
the document (:mod:`.spelling`: ``w`` as ``в``/``у``, ``th`` as ``т``, ``ph`` as ``ф``, ``ck`` as ``к``,
doubled letters single, vowels aside) is that organization."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..orgs import is_latin_name
from ..records import Span
from .spelling import is_cyrillic_word, is_spelled_word, spells

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

_QUOTES = "«»\"“”„"


def join_org_spellings(text: str, resolved: dict[Span, ResolvedOrg]) -> None:
    """Every one-word Cyrillic organization that spells exactly one one-word Latin organization of
    the document takes it: ``Зентрикс`` beside ``Zentrix``; ``Зенит`` beside ``Zentrix`` stays. The
    name's last word as the text writes it counts too, for a name the dictionary misread
    (``холдингом Филком`` named ``Филок``)."""
    latin = {org.org_id: org for org in resolved.values()
             if is_spelled_word(_bare(org.name)) and is_latin_name(_bare(org.name))}
    for span, org in list(resolved.items()):
        name = _bare(org.name)
        if org.org_id in latin or not is_spelled_word(_bare(org.name)) or not is_cyrillic_word(name):
            continue
        words = text[span.start:span.end].split()
        written = {name} | ({_bare(words[-1])} if words and is_cyrillic_word(_bare(words[-1])) else set())
        matches = [other for other in latin.values() if any(spells(_bare(other.name), w) for w in written)]
        if len(matches) == 1:
            resolved[span] = matches[0]


def _bare(name: str) -> str:
    return name.strip(_QUOTES)

