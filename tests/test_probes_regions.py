"""The probes of countries and regions (tests/probes/regions.py), one test each; those still wrong are
expected to fail."""

from __future__ import annotations

import pytest

from .probes import run_case
from .probes.regions import KNOWN_WRONG, cases

# the whole text names a case: several share their first sixty characters
CASES = [pytest.param(case, id=f"{case.kind}:{case.text}",
                      marks=[pytest.mark.xfail(strict=True)] if case.text in KNOWN_WRONG else [])
         for case in cases()]


@pytest.mark.parametrize("case", CASES)
def test_probe(models, case):
    outcome = run_case(case, models)
    assert outcome.got == case.expected
