"""A person's name split into first, middle and last (:class:`Name`), and what an initial and a regnal
number are."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..morph import fold

APOSTROPHES = ("’", "'", "`", "ʼ")


# "Г." or "Г", and a first name shortened to consonants: "Дж.", "Вл."
INITIAL = re.compile(r"^[А-ЯЁA-Z](?:[бвгджзклмнпрстфхцчшщ]{1,2}\.|\.?)$")
# a monarch's or pope's number in Latin capitals, after the name (``Николаю I``, ``Павла VI``): no initial
REGNAL = re.compile(r"^[IVX]{1,5}$")


@dataclass(frozen=True, slots=True)
class Name:
    first: str | None
    middle: str | None
    last: str | None
    family_first: bool = False  # written surname first, as names of China, Korea and Vietnam are

    @property
    def full(self) -> str:
        parts = (self.last, self.first, self.middle) if self.family_first else (self.first, self.middle, self.last)
        return " ".join(p for p in parts if p)

    @property
    def key(self) -> str:
        """What identifies the person: first and last name, case- and ё-folded (a middle name may be missing)."""
        if self.last and self.first and not is_initial(self.first):
            return fold(f"{self.first} {self.last}")
        return fold(self.full)

    @property
    def is_full(self) -> bool:
        return bool(self.first and self.last and not is_initial(self.first))


def is_initial(part: str | None) -> bool:
    return bool(part) and bool(INITIAL.match(part))
