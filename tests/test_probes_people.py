"""The probes of who is one person within a document (tests/probes/people.py), one test a case;
those the pipeline still answers wrong are expected to fail (strict, so that a fix shows up)."""

from __future__ import annotations

import pytest

from .probes import probe_params, run_case


@pytest.mark.parametrize("case", probe_params("people"))
def test_probe(models, case):
    assert run_case(case, models).got == case.expected
