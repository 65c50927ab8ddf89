#!/usr/bin/env python3
"""List the person–position pairs ``nerpipe eval`` counts wrong, with context, to classify errors.

    .venv/bin/python scripts/pairs_errors.py GOLD [--part tune] [--only missed|spurious|titles]

GOLD is what ``nerpipe eval`` takes (a JSONL corpus or a folder of brat files). Sections:

- ``MISSED`` — a gold pair no ``positions`` row matches: the person and the title, and what
  nerpipe has there (its POSITION mentions over the title, its PER mention over the person);
- ``SPURIOUS`` — a ``positions`` row that matches no gold pair;
- ``TITLE`` — a gold title span no POSITION mention overlaps.

Develop on ``--part tune``; the ``check`` half is for measuring only.
"""

from __future__ import annotations

import argparse

from nerpipe.evaluate import load_gold, predict_nerpipe, select_part
from nerpipe.models import get_models


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", "⏎")
    right = text[end:end + width].replace("\n", "⏎")
    return f"…{left}[{text[start:end]}]{right}…"


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--part", choices=["all", "tune", "check"], default="tune")
    parser.add_argument("--only", choices=["missed", "spurious", "titles"])
    args = parser.parse_args()
    models = get_models()
    for doc in select_part(load_gold(args.gold), args.part):
        pred = predict_nerpipe(doc, models)
        text = doc.text
        titles = [(s, e) for s, e, k in pred.mentions if k == "POSITION"]
        people = [(s, e) for s, e, k in pred.mentions if k == "PER"]
        if args.only in (None, "missed"):
            for person, title in doc.pairs:
                if any(overlaps(p[0], person) and overlaps(p[1], title) for p in pred.pairs):
                    continue
                have_title = [text[s:e] for s, e in titles if overlaps((s, e), title)]
                have_person = [text[s:e] for s, e in people if overlaps((s, e), person)]
                rows = [text[p[1][0]:p[1][1]] for p in pred.pairs if overlaps(p[0], person)]
                print(f"MISSED {doc.id}: {text[slice(*person)]!r} — {text[slice(*title)]!r} "
                      f"| titles {have_title} person {have_person} rows {rows}")
                print("   ", context(text, min(person[0], title[0]), max(person[1], title[1])))
        if args.only in (None, "spurious"):
            for person, title in dict.fromkeys(pred.pairs):
                if any(overlaps(person, g[0]) and overlaps(title, g[1]) for g in doc.pairs):
                    continue
                print(f"SPURIOUS {doc.id}: {text[slice(*person)]!r} — {text[slice(*title)]!r}")
                print("   ", context(text, min(person[0], title[0]), max(person[1], title[1])))
        if args.only in (None, "titles"):
            for start, end, kind in doc.mentions:
                if kind == "POSITION" and not any(overlaps((start, end), t) for t in titles):
                    print(f"TITLE {doc.id}: {text[start:end]!r}   {context(text, start, end, 40)}")


if __name__ == "__main__":
    main()
