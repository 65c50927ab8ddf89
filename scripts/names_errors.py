#!/usr/bin/env python3
"""List what ``nerpipe eval --names`` counts wrong, with context, to classify the errors.

    .venv/bin/python scripts/names_errors.py ../shared/eval/factru_dev.jsonl \\
        tests/data/factru_dev_names.txt --part tune [--only persons|orgs|missed|spurious]

Sections (each line names the document):

- ``PERSON`` — a gold person whose first and last name nerpipe gets wrong or misses: the gold
  name, the predicted name of the entity chosen for it, and each mention with its context;
- ``ORGNAME`` — a gold organization mention whose canonical name is wrong: the gold names, the
  predicted span and canonical name;
- ``MISSED`` — a gold ORG mention no predicted ORG span overlaps (what natasha's tag, if any,
  made of it: the predicted spans of other types that overlap it);
- ``SPURIOUS`` — a predicted ORG span that overlaps no gold ORG mention.

Develop on ``--part tune``; the ``check`` half is for measuring only.
"""

from __future__ import annotations

import argparse
from collections import Counter

from nerpipe.evaluate import load_gold, predict_nerpipe, select_part
from nerpipe.evaluate_names import best_match, load_names, name_words, org_keys
from nerpipe.models import get_models


def context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start].replace("\n", "⏎")
    right = text[end:end + width].replace("\n", "⏎")
    return f"…{left}[{text[start:end]}]{right}…"


def person_errors(doc, gold, entities) -> list[str]:
    people = [e for e in entities if e.type == "PER"]
    lines = []
    for person in gold.persons:
        matched = [(best_match(span, people), span) for span in person.mentions]
        found = [e for e, _ in matched if e is not None]
        wanted = f"{person.first or '-'} | {person.last or '-'}"
        if not found:
            lines.append(f"PERSON {doc.id}: {wanted} ← MISSED")
        else:
            votes = Counter(e.entity_id for e in found)
            top = max(votes.values())
            chosen = next(e for e in found if votes[e.entity_id] == top)
            first, middle, last = (chosen.name + ("", "", ""))[:3]
            gold_words = name_words(person.first, person.last)
            if gold_words in (name_words(first, last), name_words(first, middle, last)):
                continue
            lines.append(f"PERSON {doc.id}: {wanted} ← {first or '-'} | {middle or '-'} | {last or '-'}"
                         f"  ({len(votes)} entities)")
        for entity, span in matched:
            got = f"{entity.normal!r} [{doc.text[entity.start:entity.end]!r}]" if entity else "—"
            lines.append(f"    {context(doc.text, *span)}  → {got}")
    return lines


def org_errors(doc, gold, entities) -> list[str]:
    orgs = [e for e in entities if e.type == "ORG"]
    lines = []
    for org in gold.orgs:
        entity = best_match((org.start, org.end), orgs)
        if entity is None:
            continue  # listed under MISSED
        keys = set().union(*(org_keys(name) for name in org.names))
        if org_keys(entity.normal) & keys:
            continue
        lines.append(f"ORGNAME {doc.id}: {'|'.join(org.names)} ← {entity.normal!r} "
                     f"[{doc.text[entity.start:entity.end]!r}]")
        lines.append(f"    {context(doc.text, org.start, org.end)}")
    return lines


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def missed_orgs(doc, mentions, of: str = "ORG") -> list[str]:
    """The gold mentions of type ``of`` no predicted mention of that type overlaps, with context."""
    predicted = [(s, e) for s, e, k in mentions if k == of]
    lines = []
    for start, end, kind in doc.mentions:
        if kind != of or any(_overlaps((start, end), p) for p in predicted):
            continue
        other = [f"{k}:{doc.text[s:e]!r}" for s, e, k in mentions if _overlaps((start, end), (s, e))]
        lines.append(f"MISSED {doc.id}: {doc.text[start:end]!r} {' '.join(other)}")
        lines.append(f"    {context(doc.text, start, end)}")
    return lines


def spurious_orgs(doc, mentions, of: str = "ORG") -> list[str]:
    """The predicted mentions of type ``of`` no gold mention of that type overlaps, with context."""
    gold = [(s, e) for s, e, k in doc.mentions if k == of]
    lines = []
    for start, end, kind in mentions:
        if kind != of or any(_overlaps((start, end), g) for g in gold):
            continue
        other = [f"{k}:{doc.text[s:e]!r}" for s, e, k in doc.mentions if _overlaps((start, end), (s, e))]
        lines.append(f"SPURIOUS {doc.id}: {doc.text[start:end]!r} {' '.join(other)}")
        lines.append(f"    {context(doc.text, start, end)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("names")
    parser.add_argument("--part", default="tune", choices=("tune", "check", "all"))
    parser.add_argument("--only", choices=("persons", "orgs", "missed", "spurious"))
    args = parser.parse_args()
    models = get_models()
    names = load_names(args.names)
    for doc in select_part(load_gold(args.gold), args.part):
        prediction = predict_nerpipe(doc, models)
        gold = names.get(doc.id)
        sections = {
            "persons": person_errors(doc, gold, prediction.entities) if gold else [],
            "orgs": org_errors(doc, gold, prediction.entities) if gold else [],
            "missed": missed_orgs(doc, prediction.mentions),
            "spurious": spurious_orgs(doc, prediction.mentions),
        }
        for name, lines in sections.items():
            if args.only in (None, name) and lines:
                print("\n".join(lines))


if __name__ == "__main__":
    main()
