"""A name written with initials and a surname and the first name and patronymic those initials stand for, both in one
document (``Орешина О. А.`` … ``Ольга Александровна рассказала``): one person, whose name is the fullest of the two;
so are ``А. Орлов`` and the document's one ``А. С. Орлов``."""

from __future__ import annotations

from dataclasses import replace

from ..morph import fold
from ..names import Name, is_initial
from ..names.shown import MASC_NOMINATIVE


def spell_out_initials(names: list[Name], full: list[Name]) -> dict[Name, Name]:
    """By a name of two initials and a surname (``О. А. Орешина``) and by a first name and patronymic with no surname
    whose first letters they are (``Ольга Александровна``), the full name (``Ольга Александровна Орешина``): when the
    two fit only each other and no full name of the document has that first name; else no entry."""
    initialled = list(dict.fromkeys(n for n in names if n.last and is_initial(n.first) and is_initial(n.middle)))
    partial = list(dict.fromkeys(n for n in names if n.first and n.middle and not n.last and not is_initial(n.first)
                                 and not is_initial(n.middle)))
    firsts = {fold(n.first) for n in full}
    pairs = [(p, i) for p in partial for i in initialled if _stands_for(i, p)]
    out: dict[Name, Name] = {}
    for short, spelt in ((p, i) for p, i in pairs if fold(p.first) not in firsts):
        if sum(p == short for p, _ in pairs) == 1 and sum(i == spelt for _, i in pairs) == 1:
            out[short] = out[spelt] = replace(spelt, first=short.first, middle=short.middle)
    return out


def _stands_for(initialled: Name, partial: Name) -> bool:
    """Whether two initials are the first letters of a first name and patronymic."""
    return fold(initialled.first)[:1] == fold(partial.first)[:1] and fold(initialled.middle)[:1] == fold(
        partial.middle)[:1]


def read_mans_nominative(written: str) -> set[str]:
    """A man's gender, of a surname of the Russian families in his nominative (``Орлов``, ``Лесковский``), which
    pymorphy's readings of a surname it does not know leave out."""
    return {"masc"} if fold(written).endswith(MASC_NOMINATIVE) else set()


def find_fuller_initials(name: Name, initialed: list[Name]) -> list[Name]:
    """The names of initials and a surname that a name of one initial and that surname stands for: the same surname
    and first initial, and a patronymic's initial too (``А. Орлов`` of ``А. С. Орлов``)."""
    if not is_initial(name.first) or name.middle:
        return []
    return [c for c in initialed if c.middle and fold(c.last) == fold(name.last)
            and fold(c.first)[:1] == fold(name.first)[:1]]
