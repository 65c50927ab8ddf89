"""Gold documents in brat standoff form (a folder of ``NAME.txt`` + ``NAME.ann``), as
corpora such as NEREL are distributed, read into the records ``nerpipe eval`` scores.

Entity lines ``T<n>\\t<TYPE> <start> <end>\\t<text>`` are mapped onto nerpipe's types
(:data:`BRAT_TYPES`; types that are not mapped are not scored); a fragmented span
(``start end;start end``) counts from its first start to its last end. Relation lines
``R<n>\\tWORKS_AS Arg1:T<i> Arg2:T<j>`` between a person and a profession are the
person–position pairs. Offsets are characters of the text file as read (UTF-8, newlines
kept as they are), which is how brat counts them.
"""

from __future__ import annotations

from pathlib import Path

BRAT_TYPES = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "COUNTRY": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "STATE_OR_PROV": "LOC",
    "CITY": "LOC",
    "DISTRICT": "LOC",
    "LOCATION": "LOC",
    "PROFESSION": "PROFESSION",
    "DATE": "DATE",
}
ANNOTATED = ("PER", "ORG", "LOC", "DATE", "POSITION")


def is_brat_folder(path: str | Path) -> bool:
    """Whether ``path`` is a folder holding at least one ``.ann`` file."""
    path = Path(path)
    return path.is_dir() and any(path.glob("*.ann"))


def load_brat(folder: str | Path) -> list[dict]:
    """Every ``NAME.ann`` of ``folder`` with its ``NAME.txt`` as one gold document (the JSON form
    of ``nerpipe eval``'s corpora), sorted by name. A missing text or an entity line whose text
    differs from the text file at its offsets is a ``ValueError`` naming the file and line."""
    folder = Path(folder)
    docs = []
    for ann in sorted(folder.glob("*.ann")):
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            raise ValueError(f"{ann}: no {txt.name} beside it")
        text = txt.read_text(encoding="utf-8")
        docs.append(read_document(ann.stem, text, ann.read_text(encoding="utf-8"), str(ann)))
    return docs


def read_document(doc_id: str, text: str, ann: str, where: str = "") -> dict:
    """One brat document as a gold record: ``{"id", "text", "entities", "relations", "annotated"}``."""
    entities: list[dict] = []
    index: dict[str, int] = {}
    links: list[tuple[str, str]] = []
    for number, line in enumerate(ann.splitlines(), 1):
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            entity = read_entity(fields, text, f"{where}:{number}")
            if entity is not None:
                index[fields[0]] = len(entities)
                entities.append(entity)
        elif line.startswith("R") and len(fields) >= 2:
            kind, *args = fields[1].split()
            if kind == "WORKS_AS" and len(args) == 2:
                links.append((args[0].partition(":")[2], args[1].partition(":")[2]))
    relations = []
    for head, tail in links:
        if head in index and tail in index and entities[index[head]]["type"] == "PER" \
                and entities[index[tail]]["type"] == "PROFESSION":
            relations.append({"type": "WORKS_AS", "head": index[head], "tail": index[tail]})
    return {"id": doc_id, "text": text, "entities": entities, "relations": relations,
            "annotated": list(ANNOTATED)}


def read_entity(fields: list[str], text: str, where: str) -> dict | None:
    """The entity of one ``T`` line, or ``None`` for a type that is not scored."""
    kind, _, offsets = fields[1].partition(" ")
    if kind not in BRAT_TYPES:
        return None
    pieces = [piece.split() for piece in offsets.split(";")]
    try:
        start, end = int(pieces[0][0]), int(pieces[-1][1])
    except (IndexError, ValueError):
        raise ValueError(f"{where}: offsets {offsets!r} are not numbers") from None
    said = fields[2] if len(fields) > 2 else None
    if len(pieces) == 1 and said is not None and text[start:end] != said:
        raise ValueError(f"{where}: {said!r} is not the text at {start}–{end} ({text[start:end]!r})")
    return {"start": start, "end": end, "type": BRAT_TYPES[kind], "native": kind, "text": text[start:end]}
