#!/usr/bin/env python3
"""List the ORG mentions (or those of another type: ``--type DATE``) nerpipe misses and those it finds
spuriously on any gold corpus (factRu JSONL or a folder of brat files such as NEREL), with context.

    PYTHONPATH=. .venv/bin/python scripts/org_errors.py /work/nerel_dev --part tune [--only missed|spurious]
        [--type ORG|PER|LOC|DATE|POSITION]

Develop on ``--part tune``; the ``check`` half is for measuring only.
"""

from __future__ import annotations

import argparse

from names_errors import missed_orgs, spurious_orgs

from nerpipe.evaluate import load_gold, predict_nerpipe, select_part
from nerpipe.models import get_models


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--part", default="tune", choices=("tune", "check", "all"))
    parser.add_argument("--only", choices=("missed", "spurious"))
    parser.add_argument("--type", default="ORG", choices=("ORG", "PER", "LOC", "DATE", "POSITION"))
    args = parser.parse_args()
    models = get_models()
    for doc in select_part(load_gold(args.gold), args.part):
        prediction = predict_nerpipe(doc, models)
        sections = {"missed": missed_orgs(doc, prediction.mentions, args.type),
                    "spurious": spurious_orgs(doc, prediction.mentions, args.type)}
        for name, lines in sections.items():
            if args.only in (None, name) and lines:
                print("\n".join(lines))


if __name__ == "__main__":
    main()
