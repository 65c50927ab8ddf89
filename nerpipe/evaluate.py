"""``nerpipe eval``: precision, recall and F1 against annotated documents.

The gold corpus is JSON Lines, one document per line::

    {"id": ..., "text": ...,
     "entities": [{"start", "end", "type", ...}],          # PER, ORG, LOC, DATE, POSITION/PROFESSION
     "relations": [{"type": "WORKS_AS", "head": i, "tail": j}, ...]}   # indices into entities

(the format of factRuEval-2016 as converted in ``../shared/eval``), or a folder of brat
standoff files such as NEREL's (:mod:`nerpipe.evaluate_brat`). Gold ``PROFESSION`` counts as
``POSITION``.

Two matching rules per mention type:

- **exact** — the same span. Quote marks and brackets at the edges of either span
  are ignored (corpora differ on whether ``«Яблоко»`` includes its closing quote);
  each gold span matches at most one predicted span.
- **overlap** — a predicted span is right when it shares a character with a gold
  span of the same type; a gold span is found when a predicted span overlaps it.

**Person–position pairs**: a predicted pair (a ``positions`` row, ``restated`` or not) is right when
its person span overlaps the gold person and its title span overlaps the gold
title of a gold ``WORKS_AS`` relation; a gold pair is found when such a
predicted pair exists. ``pairs, one per fact`` scores the rows that are not ``restated`` alone:
a corpus that pairs each fact once (factRuEval-2016) against one that pairs every statement
(NEREL).

**Halves**: ``part="tune"`` or ``part="check"`` keeps one of two fixed halves of
the corpus, chosen by a hash of each document's id (:func:`part_of`), so that rules
can be developed on one half and checked on the other, which they have not seen.

**Events** (when the gold corpus annotates them, as ``tests/data/events_gold.jsonl``
does): event detection, kind, name, dates and region of the events paired by their
mentions, participants with and without their role, and the resolved day of relative
dates (:mod:`nerpipe.events.scoring`). A gold document may list the mention types it
annotates in full (``"annotated": ["EVENT"]``); mentions of other types in it only
anchor participants and are not scored.

Types the gold corpus does not annotate at all are not scored. ``--system
natasha`` measures plain natasha (NewsNERTagger spans, DatesExtractor dates;
it has no titles) with the same code, so every figure has its baseline.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .evaluate_brat import is_brat_folder, load_brat
from .evaluate_names import NamesGold, NamesReport, PredictedEntity, check_texts, format_names, load_names, score_names
from .events.scoring import ScoredEvent, ScoredParticipant, score_document
from .tally import Tally

TYPES = ("PER", "ORG", "LOC", "DATE", "POSITION", "EVENT")
EVENT_SCORES = ("events", "kind", "name", "dates", "region", "participants", "participants+role", "relative dates")
ACCURACIES = ("kind", "name", "dates", "region", "relative dates")
PARTS = ("tune", "check")
GOLD_ALIASES = {"PROFESSION": "POSITION", "JOB": "POSITION"}
_EDGE = " \t\n«»“”„\"'()[]"


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    mentions: tuple[tuple[int, int, str], ...]
    pairs: tuple[tuple[tuple[int, int], tuple[int, int]], ...]
    events: tuple[ScoredEvent, ...] = ()
    participants: tuple[ScoredParticipant, ...] = ()
    dates: tuple[tuple[tuple[int, int], str, str], ...] = ()  # relative dates and their ISO periods


@dataclass(frozen=True, slots=True)
class Prediction:
    mentions: tuple[tuple[int, int, str], ...]
    pairs: tuple[tuple[tuple[int, int], tuple[int, int]], ...]
    events: tuple[ScoredEvent, ...] = ()
    participants: tuple[ScoredParticipant, ...] = ()
    dates: tuple[tuple[tuple[int, int], str, str], ...] = ()
    entities: tuple[PredictedEntity, ...] = ()  # mentions with their entities, for the names figures
    fact_pairs: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()  # the pairs of rows not restated


@dataclass
class Score(Tally):
    tp_pred: int = 0  # predicted items judged right
    tp_gold: int = 0  # gold items found
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Report:
    system: str
    n_docs: int
    exact: dict[str, Score] = field(default_factory=dict)
    overlap: dict[str, Score] = field(default_factory=dict)
    pairs: Score = field(default_factory=Score)
    fact_pairs: Score = field(default_factory=Score)  # the same, one predicted pair per fact
    events: dict[str, Score] = field(default_factory=dict)  # EVENT_SCORES, when the gold has events
    names: NamesReport | None = None  # with a names gold (``--names``)

    def as_dict(self) -> dict:
        data = {
            "system": self.system,
            "n_docs": self.n_docs,
            "exact": {k: v.as_dict() for k, v in self.exact.items()},
            "overlap": {k: v.as_dict() for k, v in self.overlap.items()},
            "pairs": self.pairs.as_dict(),
            "fact_pairs": self.fact_pairs.as_dict(),
            "events": {k: v.as_dict() for k, v in self.events.items()},
        }
        if self.names is not None:
            data["names"] = self.names.as_dict()
        return data


# -- reading -------------------------------------------------------------------------------------


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a JSONL gold corpus, or a folder of brat files (:mod:`nerpipe.evaluate_brat`); a
    malformed line is a ``ValueError`` naming the line."""
    if is_brat_folder(path):
        return [_gold_doc(data, number) for number, data in enumerate(load_brat(path), 1)]
    docs = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                docs.append(_gold_doc(json.loads(line), number))
            except (KeyError, TypeError, ValueError, IndexError) as error:
                raise ValueError(f"{path}:{number}: not a gold document ({error})") from None
    return docs


def _gold_doc(data: dict, number: int) -> GoldDoc:
    text = data["text"]
    entities = data.get("entities", [])
    annotated = set(data.get("annotated", TYPES))
    mentions = []
    for entity in entities:
        kind = GOLD_ALIASES.get(entity["type"], entity["type"])
        if kind in TYPES and kind in annotated and not entity.get("relative"):
            mentions.append((int(entity["start"]), int(entity["end"]), kind))
    pairs = []
    for relation in data.get("relations", []):
        if relation.get("type") != "WORKS_AS" or relation.get("tail") is None:
            continue
        head, tail = entities[relation["head"]], entities[relation["tail"]]
        pairs.append(((head["start"], head["end"]), (tail["start"], tail["end"])))
    events = tuple(
        ScoredEvent(e["kind"], e.get("name") or "", e.get("iso_from"), e.get("iso_to"), e.get("region_code"),
                    tuple((entities[i]["start"], entities[i]["end"]) for i in e["mentions"]))
        for e in data.get("events", ())
    )
    participants = tuple(
        ScoredParticipant(p["event"], tuple((entities[i]["start"], entities[i]["end"]) for i in p["entities"]),
                          p["role"])
        for p in data.get("participants", ())
    )
    dates = tuple(((e["start"], e["end"]), e["iso_from"], e["iso_to"]) for e in entities if e.get("relative"))
    return GoldDoc(str(data.get("id", number)), text, tuple(mentions), tuple(dict.fromkeys(pairs)), events,
                   participants, dates)


def part_of(doc_id: str) -> str:
    """The fixed half a gold document belongs to: ``tune`` or ``check`` (by a hash of its id)."""
    return PARTS[int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 2]


def select_part(docs: list[GoldDoc], part: str | None) -> list[GoldDoc]:
    """The documents of one half (``tune``/``check``), or all of them for ``None``/``all``."""
    if part in (None, "all"):
        return docs
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: use one of {', '.join(PARTS)} or all")
    return [doc for doc in docs if part_of(doc.id) == part]


# -- predicting ----------------------------------------------------------------------------------


def predict_nerpipe(doc: GoldDoc, models) -> Prediction:
    from .pipeline import process_text

    result = process_text(doc.text, models, doc_id=doc.id)
    mentions = tuple((m.start, m.end, m.type) for m in result.mentions)
    pairs = tuple(((p.person_start, p.person_end), (p.start, p.end)) for p in result.positions)
    people = {p.person_id: (p.first or "", p.middle or "", p.last or "") for p in result.persons}
    entities = tuple(PredictedEntity(m.start, m.end, m.type, m.entity_id, m.normal, people.get(m.entity_id, ()))
                     for m in result.mentions if m.type in ("PER", "ORG"))
    index = {e.event_id: i for i, e in enumerate(result.events)}
    events = tuple(
        ScoredEvent(e.kind, e.name, e.iso_from, e.iso_to, e.region_code,
                    tuple((m.start, m.end) for m in result.mentions if m.type == "EVENT" and m.entity_id == e.event_id))
        for e in result.events
    )
    participants = tuple(ScoredParticipant(index[p.event_id], ((p.start, p.end),), p.role)
                         for p in result.participants)
    dates = tuple(((d.start, d.end), d.iso_from, d.iso_to) for d in result.dates)
    facts = tuple(pair for pair, p in zip(pairs, result.positions) if not p.restated)
    return Prediction(mentions, pairs, events, participants, dates, entities, facts)


class NatashaBaseline:
    """Plain natasha, as a user would run it: NER spans and DatesExtractor dates."""

    def __init__(self, models):
        from natasha import DatesExtractor

        self.models = models
        self.dates = DatesExtractor(models.morph_vocab)

    def __call__(self, doc: GoldDoc) -> Prediction:
        from natasha import Doc

        text = doc.text
        mentions = []
        if text.strip():
            natasha_doc = Doc(text)
            natasha_doc.segment(self.models.segmenter)
            natasha_doc.tag_ner(self.models.ner_tagger)
            mentions = [(s.start, s.stop, s.type) for s in natasha_doc.spans]
            mentions += [(m.start, m.stop, "DATE") for m in self.dates(text)]
        return Prediction(tuple(mentions), ())


# -- scoring -------------------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_exact(text: str, gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> Score:
    gold_keys: dict[tuple[int, int], int] = defaultdict(int)
    for start, end in gold:
        gold_keys[_trim(text, start, end)] += 1
    pred_keys: dict[tuple[int, int], int] = defaultdict(int)
    for start, end in pred:
        pred_keys[_trim(text, start, end)] += 1
    matched = sum(min(n, pred_keys.get(key, 0)) for key, n in gold_keys.items())
    return Score(tp_pred=matched, tp_gold=matched, n_pred=len(pred), n_gold=len(gold))


def score_overlap(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> Score:
    return Score(
        tp_pred=sum(1 for p in pred if any(_overlaps(p, g) for g in gold)),
        tp_gold=sum(1 for g in gold if any(_overlaps(p, g) for p in pred)),
        n_pred=len(pred),
        n_gold=len(gold),
    )


def score_pairs(gold: tuple, pred: tuple) -> Score:
    def right(p, g):
        return _overlaps(p[0], g[0]) and _overlaps(p[1], g[1])

    pred = list(dict.fromkeys(pred))
    return Score(
        tp_pred=sum(1 for p in pred if any(right(p, g) for g in gold)),
        tp_gold=sum(1 for g in gold if any(right(p, g) for p in pred)),
        n_pred=len(pred),
        n_gold=len(gold),
    )


def evaluate(docs: list[GoldDoc], predict, system: str, names: dict[str, NamesGold] | None = None) -> Report:
    """Score ``predict(doc) -> Prediction`` over ``docs`` (and their names, with a names gold:
    see :mod:`nerpipe.evaluate_names`)."""
    annotated = {kind for doc in docs for _, _, kind in doc.mentions}
    has_pairs = any(doc.pairs for doc in docs)
    has_events = any(doc.events or doc.dates for doc in docs)
    report = Report(system, len(docs))
    for kind in TYPES:
        if kind in annotated:
            report.exact[kind] = Score()
            report.overlap[kind] = Score()
    for doc in docs:
        prediction = predict(doc)
        for kind in report.exact:
            gold = [(s, e) for s, e, k in doc.mentions if k == kind]
            pred = list(dict.fromkeys((s, e) for s, e, k in prediction.mentions if k == kind))
            report.exact[kind].add(score_exact(doc.text, gold, pred))
            report.overlap[kind].add(score_overlap(gold, pred))
        if has_pairs:
            report.pairs.add(score_pairs(doc.pairs, prediction.pairs))
            report.fact_pairs.add(score_pairs(doc.pairs, prediction.fact_pairs))
        if has_events:
            counts = score_document(list(doc.events), list(prediction.events), list(doc.participants),
                                    list(prediction.participants), list(doc.dates), list(prediction.dates))
            for name, (tp_pred, tp_gold, n_pred, n_gold) in counts.items():
                report.events.setdefault(name, Score()).add(Score(tp_pred, tp_gold, n_pred, n_gold))
        if names is not None and doc.id in names:
            report.names = report.names or NamesReport()
            report.names.add(score_names(names[doc.id], list(prediction.entities)))
    for rule in (report.exact, report.overlap):
        micro = Score()
        for kind in ("PER", "ORG", "LOC"):
            if kind in rule:
                micro.add(rule[kind])
        if micro.n_gold:
            rule["PER+ORG+LOC"] = micro
    return report


def run_eval(path: str | Path, systems: list[str], models=None, limit: int | None = None,
             part: str | None = None, names_path: str | Path | None = None) -> list[Report]:
    """Evaluate each of ``systems`` (``nerpipe``, ``natasha``) on the gold corpus at ``path``
    (only one half of it with ``part``, see :func:`part_of`); with ``names_path``, a names gold
    for the same corpus, nerpipe's names and coreference too (:mod:`nerpipe.evaluate_names`)."""
    if models is None:
        from .models import get_models

        models = get_models()
    docs = select_part(load_gold(path), part)
    if limit:
        docs = docs[:limit]
    names = load_names(names_path) if names_path else None
    for doc in docs:
        if names and doc.id in names:
            check_texts(names[doc.id], doc.text, doc.id)
    reports = []
    for system in systems:
        if system == "nerpipe":
            reports.append(evaluate(docs, lambda d: predict_nerpipe(d, models), "nerpipe", names))
        elif system == "natasha":
            reports.append(evaluate(docs, NatashaBaseline(models), "natasha"))
        else:
            raise ValueError(f"unknown system {system!r}")
    return reports


# -- printing ------------------------------------------------------------------------------------


def format_reports(reports: list[Report]) -> str:
    """A Markdown table: one row per type and rule, P/R/F1 of each system side by side."""
    header = "| type | rule | gold | " + " | ".join(f"{r.system} P | {r.system} R | {r.system} F1" for r in reports)
    lines = [header + " |", "|" + "---|" * (3 + 3 * len(reports))]
    first = reports[0]
    rows = []
    for rule in ("exact", "overlap"):
        for kind in getattr(first, rule):
            rows.append((kind, rule, lambda r, kind=kind, rule=rule: getattr(r, rule).get(kind)))
    rows.append(("person–position pairs", "overlap", lambda r: r.pairs if r.pairs.n_gold else None))
    rows.append(("pairs, one per fact", "overlap", lambda r: r.fact_pairs if r.fact_pairs.n_gold else None))
    for name in EVENT_SCORES:
        rule = "accuracy" if name in ACCURACIES else "paired"
        rows.append((name if name in ("events", "participants", "participants+role", "relative dates")
                      else f"event {name}", rule, lambda r, name=name: r.events.get(name)))
    for kind, rule, get in rows:
        base = get(first)
        if base is None:
            continue
        cells = [kind, rule, str(base.n_gold)]
        for report in reports:
            score = get(report)
            if score is None or score.n_pred == 0:
                cells += ["—", "—", "—"]  # the system produces nothing of this kind
            else:
                cells += [f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]
        lines.append("| " + " | ".join(cells) + " |")
    named = [(r.system, r.names) for r in reports if r.names is not None]
    if named:
        lines += ["", format_names(named)]
    return "\n".join(lines)
