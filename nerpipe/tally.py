"""Counts that add up over documents, and the F1 of a precision and a recall (for the evaluations)."""

from __future__ import annotations

from dataclasses import fields


class Tally:
    """A dataclass of counts: :meth:`add` sums another of its kind field by field, :attr:`f1` is the harmonic
    mean of the subclass's ``precision`` and ``recall``."""

    precision: float
    recall: float

    def add(self, other: Tally) -> None:
        for column in fields(self):
            setattr(self, column.name, getattr(self, column.name) + getattr(other, column.name))

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
