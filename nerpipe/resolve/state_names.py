"""A state school named without ``государственный`` is the one the text names with it.

A text names a state university, institute or academy in full (``Тверской государственный университет``) and
by its place and kind alone (``Тверского университета``, ``в Тверской и Курский университеты``): the two are one
body, named in full. A name that leaves out more than that word (``Тверской университет`` beside ``Тверской
государственный технический университет``) stays as it is, as does one the text names with ``государственный``
for two bodies.
"""

from __future__ import annotations

from ..morph import fold
from ..records import Span
from .initialisms import STATE_STEM
from .organizations import ResolvedOrg

_SCHOOLS = ("университет", "институт", "академи")  # the stems of the kinds of state schools


def join_stateless_names(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each school named without ``государственный`` made the one the text names with
    it (see the module)."""
    full: dict[tuple[str, ...], dict[str, ResolvedOrg]] = {}
    for org in organizations.values():
        words = [fold(word) for word in org.name.split()]
        if any(word.startswith(STATE_STEM) for word in words) and _school(words):
            stateless = tuple(word for word in words if not word.startswith(STATE_STEM))
            full.setdefault(stateless, {})[org.org_id] = org
    if not full:
        return organizations
    out = dict(organizations)
    for span, org in organizations.items():
        words = tuple(fold(word) for word in org.name.split())
        found = full.get(words, {}) if len(words) > 1 and _school(list(words)) else {}
        if len(found) == 1:
            out[span] = next(iter(found.values()))
    return out


def _school(words: list[str]) -> bool:
    """Whether a name's last word is a school's kind (``университет``)."""
    return bool(words) and words[-1].startswith(_SCHOOLS)
