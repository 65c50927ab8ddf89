"""Run the probes (tests/probes/) and print right/total per area and kind.

    python scripts/probes.py [--area names] [--wrong]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.probes import AREAS, load_area, run_case, tally  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--area", action="append", choices=AREAS, help="only these areas (default: all)")
    parser.add_argument("--wrong", action="store_true", help="print each wrong case with its answer")
    args = parser.parse_args(argv)
    from nerpipe.models import get_models

    models = get_models()
    outcomes = []
    for area in args.area or AREAS:
        try:
            module = load_area(area)
        except ModuleNotFoundError:
            continue
        outcomes += [run_case(case, models) for case in module.cases()]
    if args.wrong:
        for outcome in outcomes:
            if not outcome.right:
                print(f"{outcome.case.area}/{outcome.case.kind}\t{outcome.case.text}\n"
                      f"\texpected {outcome.case.expected!r}\n\tgot      {outcome.got!r}")
    grand = [0, 0]
    for (area, kind), (right, total) in tally(outcomes).items():
        print(f"{area:8} {kind:32} {right:4}/{total:<4} {right / total:.3f}")
        grand[0] += right
        grand[1] += total
    if grand[1]:
        print(f"{'all':41} {grand[0]:4}/{grand[1]:<4} {grand[0] / grand[1]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
