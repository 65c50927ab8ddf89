"""One company named by its legal form and quoted name and by that name alone: after a legal form (``ООО
«Зорянка»``) the quoted name is written as its nominative, so ``«Зорянке»`` and ``«Зорянки»`` elsewhere, which
pymorphy may read as forms of another word (``Зорянок``), are that company; so is ``«Заречдор»`` beside a legal form
and abbreviations between them (a region's: ``ГБУ РО «Заречдор»``; a kind of enterprise's: ``ООО ТД «Сокол»``), which
the company's key keeps."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..orgs import FOLDED_LEGAL_FORMS
from ..records import Span
from .org_spellings import NAME_QUOTES

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

# an abbreviation between a legal form and the quoted name: any word of two to four Cyrillic capitals, a region's
# (``ГКУ МО``, ``ГБУ РО``, ``ГАУ ЯНАО``: most are no name of the gazetteer) or a kind of enterprise's (``ООО ТД``,
# ``АО НПО``); in both the quoted name is the company's own
_BETWEEN_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,4}")


def join_legal_form_names(text: str, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Every mention of one capitalised word, as written a singular oblique form of the one-word quoted name
    that a legal form opens in exactly one organization of the document (``ООО «Зорянка»``), takes that
    organization; a mention written as the name itself stays, but where abbreviations stand between the legal form
    and the name (``ГБУ РО «Заречдор»``, ``ООО ТД «Сокол»``: see :data:`_BETWEEN_ABBREVIATION`), which the company's
    key keeps, that is the company too; a form of two such names stays."""
    declined: dict[str, dict[str, ResolvedOrg]] = {}
    for org in dict.fromkeys(resolved.values()):  # each name: a bare ``Зорянка`` may share the company's id
        name, qualified = _quoted_after_legal_form(org.name)
        if name is not None:
            for form in _oblique_forms(name, morph) | ({fold(name)} if qualified else set()):
                declined.setdefault(form, {})[org.org_id] = org
    for span, org in list(resolved.items()):
        written = text[span.start:span.end].strip(NAME_QUOTES + " ")
        targets = declined.get(fold(written), {})
        if len(targets) == 1 and written.isalpha() and written[:1].isupper() and org.org_id not in targets:
            resolved[span] = next(iter(targets.values()))


def _quoted_after_legal_form(name: str) -> tuple[str | None, bool]:
    """The quoted name of one word of letters after a legal form (``ООО «Зорянка»`` → ``Зорянка``), or ``None``;
    and whether abbreviations stand between them (``ГБУ РО «Заречдор»``, ``ООО ТД «Сокол»``)."""
    words = name.split(" ")
    if len(words) < 2:
        return None, False
    form, *between, quoted = words
    if fold(form) not in FOLDED_LEGAL_FORMS or len(quoted) < 3 \
            or quoted[0] not in NAME_QUOTES or quoted[-1] not in NAME_QUOTES \
            or not all(_BETWEEN_ABBREVIATION.fullmatch(word) for word in between):
        return None, False
    word = quoted.strip(NAME_QUOTES)
    return (word, bool(between)) if word.isalpha() and word[:1].isupper() else (None, False)


def _oblique_forms(name: str, morph: Morph) -> set[str]:
    """The folded singular oblique forms of a noun read as a singular nominative (``Зорянка``: ``зорянки``,
    ``зорянке``, …), none of them the name itself."""
    forms: set[str] = set()
    for parse in morph.parses(fold(name)):
        if {"NOUN", "nomn", "sing"} <= parse.tag.grammemes:
            forms |= {fold(form.word) for form in parse.lexeme if "sing" in form.tag and "nomn" not in form.tag}
    forms.discard(fold(name))
    return forms


# a quoted name of several words closing a body's name (``ФГУП «Заречная энергетическая сеть»``)
_CLOSING_QUOTED = re.compile(r"\S.*?\s[«\"“„]([^«»\"“”„]+\s[^«»\"“”„]+)[»\"”“]$")


def find_closing_quoted_name(name: str) -> str | None:
    """The quoted name of several words that closes a body's name after the words saying what it is
    (``Федеральное государственное унитарное предприятие «Заречная энергетическая сеть»`` → ``Заречная
    энергетическая сеть``), whose initials the text may name the body by; else ``None``."""
    found = _CLOSING_QUOTED.fullmatch(name)
    return found[1] if found else None
