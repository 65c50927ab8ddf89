"""Each probe of titles and their holders (tests/probes/titles.py) as a test; those still wrong are expected to
fail, strictly, so that a fix shows up."""

from __future__ import annotations

import pytest

from .probes import run_case
from .probes.titles import KNOWN_WRONG, cases


def _param(case):
    wrong = (case.kind, case.text) in KNOWN_WRONG
    marks = [pytest.mark.xfail(strict=True, reason="known wrong")] if wrong else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in cases()])
def test_probe(models, case):
    outcome = run_case(case, models)
    assert outcome.got == case.expected
