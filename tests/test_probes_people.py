"""The probes of who is one person within a document (tests/probes/people.py), one test a case; cases the pipeline still
answers wrong are expected to fail (strict, so that a fix shows up)."""

from __future__ import annotations

import pytest

from tests.probes import run_case
from tests.probes.people import KNOWN_WRONG, cases

CASES = cases()


@pytest.mark.parametrize("case", [
    pytest.param(case, id=case.id, marks=[pytest.mark.xfail(strict=True)] if case.id in KNOWN_WRONG else [])
    for case in CASES])
def test_probe(case, models):
    outcome = run_case(case, models)
    assert outcome.got == case.expected
