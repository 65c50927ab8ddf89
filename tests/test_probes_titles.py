"""The probes of titles and their holders (tests/probes/titles.py), one test a case;
those the pipeline still answers wrong are expected to fail (strict, so that a fix shows up)."""

from __future__ import annotations

import pytest

from .probes import probe_params, run_case


@pytest.mark.parametrize("case", probe_params("titles"))
def test_probe(models, case):
    assert run_case(case, models).got == case.expected
