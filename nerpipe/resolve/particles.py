"""A surname with a particle written alone, its particle capitalised (``Ди Мартино`` opening a sentence or after
``однако``), read as a first name and a surname: the surname alone of the document's full name that has it."""

from __future__ import annotations

from ..morph import fold
from ..names import PARTICLES, Name
from ..records import Span


def particle_surnames_alone(names: dict[Span, Name]) -> None:
    """Each name of two words read as a first name that is a particle (``Ди``) and a surname, whose
    particle and surname together are the surname of a full name of the document (``Рикардо ди Мартино``),
    becomes that surname alone, in place; with no such full name it stays as it is."""
    surnames = {fold(name.last): name.last for name in names.values()
                if name.first and name.last and " " in name.last and fold(name.last).split()[0] in PARTICLES}
    for span, name in names.items():
        if name.first and name.last and not name.middle and fold(name.first) in PARTICLES:
            whole = surnames.get(f"{fold(name.first)} {fold(name.last)}")
            if whole is not None:
                names[span] = Name(None, None, whole)
