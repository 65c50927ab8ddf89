"""The dask engine runs the same per-document function and writes the same tables."""

from __future__ import annotations

import pandas as pd
import pytest

from nerpipe.runner import run
from nerpipe.schema import TABLES

from .conftest import SEEDS, TODAY


def _frame(out, name):
    frame = pd.read_parquet(out / f"{name}.parquet")
    if name == "documents":
        frame = frame.drop(columns=["processed_at"])
    keys = list(frame.columns)
    return frame.astype(str).sort_values(keys).reset_index(drop=True)


@pytest.mark.slow
def test_dask_tables_equal_local_tables(tmp_path, models):
    pytest.importorskip("dask.distributed")
    local = run([str(SEEDS)], tmp_path / "local", workers=1, progress=False, today=TODAY)
    dask = run([str(SEEDS)], tmp_path / "dask", workers=2, engine="dask", progress=False, today=TODAY)
    assert local.exit_code == dask.exit_code == 0
    assert dask.processed == local.processed == 5
    for name in TABLES:
        pd.testing.assert_frame_equal(_frame(tmp_path / "local", name), _frame(tmp_path / "dask", name))
