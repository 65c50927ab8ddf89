"""One company named by its legal form and quoted name and by that name declined alone: after a legal form
(``ООО «Зорянка»``) the quoted name is written as its nominative, so ``«Зорянке»`` and ``«Зорянки»`` elsewhere,
which pymorphy may read as forms of another word (``Зорянок``), are that company."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..orgs import LEGAL_FORMS
from ..records import Span
from .org_spellings import NAME_QUOTES

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

_LEGAL = frozenset(fold(form) for form in LEGAL_FORMS)


def join_legal_form_names(text: str, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Every mention of one capitalised word, as written a singular oblique form of the one-word quoted name
    that a legal form opens in exactly one organization of the document (``ООО «Зорянка»``), takes that
    organization; a mention written as the name itself, or a form of two such names, stays."""
    declined: dict[str, dict[str, ResolvedOrg]] = {}
    for org in dict.fromkeys(resolved.values()):  # each name: a bare ``Зорянка`` may share the company's id
        name = _quoted_after_legal_form(org.name)
        if name is not None:
            for form in _oblique_forms(name, morph):
                declined.setdefault(form, {})[org.org_id] = org
    for span, org in list(resolved.items()):
        written = text[span.start:span.end].strip(NAME_QUOTES + " ")
        targets = declined.get(fold(written), {})
        if len(targets) == 1 and written.isalpha() and written[:1].isupper() and org.org_id not in targets:
            resolved[span] = next(iter(targets.values()))


def _quoted_after_legal_form(name: str) -> str | None:
    """The quoted name of one word of letters after a legal form (``ООО «Зорянка»`` → ``Зорянка``), or ``None``."""
    form, _, rest = name.partition(" ")
    if fold(form) not in _LEGAL or len(rest) < 3 or rest[0] not in NAME_QUOTES or rest[-1] not in NAME_QUOTES:
        return None
    word = rest.strip(NAME_QUOTES)
    return word if word.isalpha() and word[:1].isupper() else None


def _oblique_forms(name: str, morph: Morph) -> set[str]:
    """The folded singular oblique forms of a noun read as a singular nominative (``Зорянка``: ``зорянки``,
    ``зорянке``, …), none of them the name itself."""
    forms: set[str] = set()
    for parse in morph.parses(fold(name)):
        if {"NOUN", "nomn", "sing"} <= set(str(parse.tag).replace(" ", ",").split(",")):
            forms |= {fold(form.word) for form in parse.lexeme if "sing" in form.tag and "nomn" not in form.tag}
    forms.discard(fold(name))
    return forms
