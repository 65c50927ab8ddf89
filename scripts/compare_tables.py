#!/usr/bin/env python3
"""Compare the tables of two nerpipe output directories, row for row.

    python scripts/compare_tables.py OLD_OUT NEW_OUT [--ignore-column TABLE.COLUMN ...]

Every ``*.parquet`` table present in either directory is read, its rows sorted
by every column, and compared. Columns that describe the run rather than the
result (``documents.processed_at``) are left out; so is the Parquet metadata
(pipeline version, manifest state). Prints one line per table and, for a table
that differs, a few rows found only on one side. Exits 0 when every table is
equal, 1 otherwise.

To check that a change keeps the output, run the same input through the old
and the new code into two directories and compare them::

    git stash && .venv/bin/nerpipe run CORPUS --out /tmp/old -q && git stash pop
    .venv/bin/nerpipe run CORPUS --out /tmp/new -q
    .venv/bin/python scripts/compare_tables.py /tmp/old /tmp/new
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow.parquet as pq

RUN_COLUMNS = {"documents.processed_at"}


def table_rows(path: Path, drop: set[str]) -> tuple[list[str], list[tuple]]:
    """The columns of a Parquet file (less ``drop``) and its rows as sorted tuples."""
    table = pq.read_table(path)
    names = [name for name in table.column_names if f"{path.stem}.{name}" not in drop]
    columns = [table.column(name).to_pylist() for name in names]
    rows = [tuple(_hashable(value) for value in row) for row in zip(*columns)]
    rows.sort(key=repr)
    return names, rows


def _hashable(value):
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value


def compare_dirs(old: Path, new: Path, drop: set[str], show: int = 5) -> list[str]:
    """One line per table; a differing table adds indented lines with examples."""
    lines = []
    names = sorted({p.name for p in old.glob("*.parquet")} | {p.name for p in new.glob("*.parquet")})
    for name in names:
        a, b = old / name, new / name
        if not a.exists() or not b.exists():
            lines.append(f"{name}: only in {'new' if not a.exists() else 'old'}")
            continue
        cols_a, rows_a = table_rows(a, drop)
        cols_b, rows_b = table_rows(b, drop)
        if cols_a != cols_b:
            lines.append(f"{name}: columns differ: {cols_a} vs {cols_b}")
            continue
        if rows_a == rows_b:
            lines.append(f"{name}: equal ({len(rows_a)} rows)")
            continue
        set_a, set_b = set(rows_a), set(rows_b)
        only_a = [r for r in rows_a if r not in set_b]
        only_b = [r for r in rows_b if r not in set_a]
        lines.append(f"{name}: DIFFERENT ({len(rows_a)} vs {len(rows_b)} rows; "
                     f"{len(only_a)} only in old, {len(only_b)} only in new)")
        lines += [f"  old: {dict(zip(cols_a, r))}" for r in only_a[:show]]
        lines += [f"  new: {dict(zip(cols_b, r))}" for r in only_b[:show]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--ignore-column", action="append", default=[], metavar="TABLE.COLUMN",
                        help="leave a column out of the comparison (repeatable)")
    parser.add_argument("--show", type=int, default=5, help="rows shown per differing table")
    args = parser.parse_args(argv)
    lines = compare_dirs(args.old, args.new, RUN_COLUMNS | set(args.ignore_column), args.show)
    print("\n".join(lines))
    return 0 if all(": equal (" in line for line in lines if not line.startswith("  ")) else 1


if __name__ == "__main__":
    sys.exit(main())
