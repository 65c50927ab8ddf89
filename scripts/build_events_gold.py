#!/usr/bin/env python3
"""Turn the hand-annotated events file (tests/data/events_gold.txt) into the JSONL `nerpipe eval` reads.

    python scripts/build_events_gold.py [tests/data/events_gold.txt] [tests/data/events_gold.jsonl]

The markup is described at the top of the .txt file. Each document becomes

    {"id", "text", "annotated": ["EVENT"],   (PER and ORG are marked only where participants need them)
     "entities": [{"start", "end", "type": "EVENT" | "PER" | "ORG" | "DATE", "text", "label", ...}],
     "events": [{"label", "kind", "name", "iso_from", "iso_to", "region_code", "mentions": [entity indices]}],
     "participants": [{"event": event index, "entities": [indices of every mention of the participant], "role"}]}

DATE entities carry the ISO period they resolve to (``iso_from``, ``iso_to``) and ``"relative": true``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
TYPES = {"E": "EVENT", "P": "PER", "O": "ORG", "D": "DATE"}


def parse(source: str) -> list[dict]:
    docs = []
    for block in re.split(r"^### ", source, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        lines = body.rstrip("\n").split("\n")
        text_lines = [line for line in lines if not line.startswith("@")]
        notes = [line for line in lines if line.startswith("@")]
        docs.append(build_doc(head.strip(), "\n".join(text_lines).strip("\n") + "\n", notes))
    return docs


def build_doc(doc_id: str, marked: str, notes: list[str]) -> dict:
    text_parts, entities = [], []
    offset, cursor = 0, 0
    for found in MARK.finditer(marked):
        before = marked[cursor:found.start()]
        text_parts.append(before)
        offset += len(before)
        words, label = found.group(1), found.group(2)
        entity = {"start": offset, "end": offset + len(words), "type": TYPES[label[0]], "text": words,
                  "label": label}
        if label.startswith("D:"):
            period = label[2:]
            entity["iso_from"], _, entity["iso_to"] = period.partition("/")
            entity["iso_to"] = entity["iso_to"] or entity["iso_from"]
            entity["relative"] = True
        entities.append(entity)
        text_parts.append(words)
        offset += len(words)
        cursor = found.end()
    text_parts.append(marked[cursor:])
    text = "".join(text_parts)
    for entity in entities:
        assert text[entity["start"]:entity["end"]] == entity["text"]
    for note in notes:  # "@entity O1 ORG words": an entity inside another's marks, found by its words
        if note.startswith("@entity "):
            _, label, kind, words = note.split(maxsplit=3)
            start = text.index(words)
            entities.append({"start": start, "end": start + len(words), "type": kind, "text": words,
                             "label": label})
    events, participants = [], []
    labels = {}
    for note in notes:
        kind, *rest = note.split(maxsplit=1)
        rest = rest[0] if rest else ""
        if kind == "@event":
            label, _, fields = rest.partition(" ")
            values = dict(re.findall(r"(\w+)=((?:(?! \w+=).)*)", fields))
            labels[label] = len(events)
            events.append({
                "label": label, "kind": values["kind"], "name": values["name"].strip(),
                "iso_from": values.get("from"), "iso_to": values.get("to", values.get("from")),
                "region_code": values.get("region"),
                "mentions": [i for i, e in enumerate(entities) if e["label"] == label],
            })
        elif kind == "@part":
            event, who, role = rest.split()
            found = [i for i, e in enumerate(entities) if e["label"] == who]
            participants.append({"event": labels[event], "entities": found, "role": role})
        elif kind != "@entity":
            raise ValueError(f"{doc_id}: unknown annotation {note!r}")
    for entity in entities:
        if entity["type"] == "EVENT":
            assert entity["label"] in labels, f"{doc_id}: no @event for {entity['label']}"
    return {"id": doc_id, "text": text, "annotated": ["EVENT"], "entities": entities, "events": events,
            "participants": participants}


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "events_gold.txt"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else source.with_suffix(".jsonl")
    docs = parse(source.read_text(encoding="utf-8"))
    target.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs), encoding="utf-8")
    print(f"{target}: {len(docs)} documents, {sum(len(d['events']) for d in docs)} events, "
          f"{sum(len(d['participants']) for d in docs)} participants")


if __name__ == "__main__":
    main()
