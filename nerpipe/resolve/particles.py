"""A surname with a particle written alone, its particle capitalised (``Ди Мартино`` opening a sentence or after
``однако``), read as a first name and a surname: the surname alone of the document's full name that has it."""

from __future__ import annotations

from ..morph import fold
from ..names import PARTICLES, Name
from ..records import Span


def particle_surnames_alone(names: dict[Span, Name]) -> None:
    """Each name of two words read as a first name that is a particle (``Ди``) and a surname (or as a name of
    China, ``Ван Дорн``), whose
    particle and surname together are the surname of a full name of the document (``Рикардо ди Мартино``),
    becomes that surname alone, in place; with no such full name it stays as it is."""
    surnames = {fold(name.last): name.last for name in names.values()
                if name.first and name.last and " " in name.last and fold(name.last).split()[0] in PARTICLES}
    for span, name in names.items():
        if not name.first or not name.last or name.middle:
            continue
        # ``Ван Дорн`` may be read as a name of China, family name first
        particle, rest = (name.last, name.first) if name.family_first else (name.first, name.last)
        whole = surnames.get(f"{fold(particle)} {fold(rest)}") if fold(particle) in PARTICLES else None
        if whole is not None:
            names[span] = Name(None, None, whole)
