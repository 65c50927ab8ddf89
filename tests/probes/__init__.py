"""Probes: invented sentences generated from small tables (names, titles, bodies) and templates
(cases, word orders, constructions), each with the answer the pipeline should give.

A probe measures a mechanism on every combination of its parts rather than on the sentences it
was built from: an area module (``names``, ``orgs``, ``titles``) exposes ``cases()`` and
``answer(result, case)``. ``tests/test_probes_*.py`` run each case as a test;
``scripts/probes.py`` prints right/total per area and kind. Every name and sentence is invented.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

AREAS = ("names", "people", "orgs", "titles", "regions")


@dataclass(frozen=True)
class Case:
    """One probe: ``text`` and the ``expected`` answer; ``kind`` names the construction it probes."""

    area: str
    kind: str
    text: str
    expected: Any

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.text[:60]}"


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: Any

    @property
    def right(self) -> bool:
        return self.got == self.case.expected


def load_area(area: str):
    """The module of one area (``tests.probes.names`` …)."""
    return importlib.import_module(f"{__name__}.{area}")


def known_wrong(case: Case, known) -> bool:
    """Whether an area's ``KNOWN_WRONG`` lists ``case``: by its id, its text, or its kind and text."""
    return case.id in known or case.text in known or (case.kind, case.text) in known


def probe_params(area: str) -> list:
    """The cases of ``area`` as pytest parameters named by their kind and whole text, those its
    ``KNOWN_WRONG`` lists expected to fail (strictly, so that a fix shows up)."""
    import pytest

    module = load_area(area)
    return [pytest.param(case, id=f"{case.kind}:{case.text}",
                         marks=[pytest.mark.xfail(strict=True, reason="known wrong")]
                         if known_wrong(case, module.KNOWN_WRONG) else [])
            for case in module.cases()]


def run_case(case: Case, models) -> Outcome:
    """The pipeline's answer to one probe."""
    from nerpipe.pipeline import process_text

    from ..conftest import TODAY

    result = process_text(case.text, models, doc_id="probe", today=TODAY)
    return Outcome(case, load_area(case.area).answer(result, case))


def answer_names(names, count: int, case: Case):
    """The answer of a probe about names: the set of ``names``, with their ``count`` where the case
    expects one (a tuple: the names and how many entities)."""
    names = frozenset(names)
    return (names, count) if isinstance(case.expected, tuple) else names


def tally(outcomes: list[Outcome]) -> dict[tuple[str, str], tuple[int, int]]:
    """``(area, kind) -> (right, total)``."""
    right: Counter = Counter()
    total: Counter = Counter()
    for outcome in outcomes:
        key = (outcome.case.area, outcome.case.kind)
        total[key] += 1
        right[key] += outcome.right
    return {key: (right[key], total[key]) for key in sorted(total)}
