"""``nerpipe eval --names``: are people's and organizations' names right, and is each person one entity?

The span scores of :mod:`nerpipe.evaluate` say whether a name was *found*; these say
whether what the tables hold for it is *right*. The gold is a text file beside the
corpus (``tests/data/factru_dev_names.txt`` for the factRu development set)::

    ## <doc id>
    P <first> | <last> :: <start>-<end> <text> ; <start>-<end> <text> ...
    O <start>-<end>[,<start>-<end> ...] <text> => <name>[|<name> ...]

A ``P`` line is one person of the document: the first and last name in the
nominative (``-`` where the document does not give it) and every mention of
that person. An ``O`` line gives the canonical name(s) of organization mentions
(several when each is right: an abbreviation, the name without its descriptor).
Lines starting with ``#`` are comments.

Three figures, each over the gold, with a predicted mention *matched* to a gold one when
it has the same type and overlaps it most (of nested ones that overlap it alike, the one that
reaches least beyond it):

- **person names** — the share of gold persons whose first and last name the
  system gives right: the entity most of the person's mentions are matched to
  has the same words, case- and ``ё``-folded, in any order (``Чжан Вэй``
  either way; a middle name is ignored unless it makes up the gold's last
  name, ``Хуан Перес Гарсия``). A person none of whose mentions is found
  counts as wrong.
- **person coreference B³** — per document, the mentions of one gold person
  against those of one predicted entity (Bagga and Baldwin's B³, averaged over
  gold mentions); an unmatched gold mention is an entity of its own.
- **organization names** — the share of gold ORG mentions whose matched mention's
  canonical name is one of the gold names, compared case-, quote- and
  punctuation-blind, with a leading legal form (``ОАО``) dropped, ``РФ`` /
  ``России`` / ``Российской Федерации`` alike, and a descriptor before a quoted
  or Latin name optional (``партия «Яблоко»`` = ``Яблоко``, ``компания Oracle`` =
  ``Oracle``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .tally import Tally


@dataclass(frozen=True, slots=True)
class GoldPerson:
    first: str | None
    last: str | None
    mentions: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldOrgName:
    start: int
    end: int
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NamesGold:
    """One document's names gold; ``texts`` maps each span to the text the file gives for it."""

    persons: tuple[GoldPerson, ...] = ()
    orgs: tuple[GoldOrgName, ...] = ()
    texts: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class PredictedEntity:
    """A predicted mention with its entity: the id, the normal form, and for people the name parts."""

    start: int
    end: int
    type: str
    entity_id: str | None
    normal: str
    name: tuple[str, ...] = ()  # first, middle, last of a person ("" where missing)


@dataclass
class Share(Tally):
    right: int = 0
    found: int = 0
    total: int = 0

    @property
    def of_all(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def of_found(self) -> float:
        return self.right / self.found if self.found else 0.0

    def as_dict(self) -> dict:
        return {"right": self.right, "found": self.found, "total": self.total,
                "of_all": round(self.of_all, 4), "of_found": round(self.of_found, 4)}


@dataclass
class BCubed(Tally):
    precision_sum: float = 0.0
    recall_sum: float = 0.0
    n: int = 0

    @property
    def precision(self) -> float:
        return self.precision_sum / self.n if self.n else 0.0

    @property
    def recall(self) -> float:
        return self.recall_sum / self.n if self.n else 0.0

    def as_dict(self) -> dict:
        return {"mentions": self.n, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class NamesReport:
    n_docs: int = 0
    persons: Share = field(default_factory=Share)
    coreference: BCubed = field(default_factory=BCubed)
    orgs: Share = field(default_factory=Share)

    def add(self, other: NamesReport) -> None:
        self.n_docs += other.n_docs
        self.persons.add(other.persons)
        self.coreference.add(other.coreference)
        self.orgs.add(other.orgs)

    def as_dict(self) -> dict:
        return {"n_docs": self.n_docs, "person_names": self.persons.as_dict(),
                "person_coreference_b3": self.coreference.as_dict(), "org_names": self.orgs.as_dict()}


# -- reading -------------------------------------------------------------------------------------

_SPAN = re.compile(r"^(\d+)-(\d+)$")


def load_names(path: str | Path) -> dict[str, NamesGold]:
    """Read a names gold file (the format above); a malformed line is a ``ValueError`` naming it."""
    docs: dict[str, dict] = {}
    current = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.startswith("## "):
                current = docs.setdefault(line[3:].strip(), {"persons": [], "orgs": [], "texts": []})
                continue
            if not line.strip() or line.startswith("#"):
                continue
            try:
                if current is None:
                    raise ValueError("a line before the first '## <doc id>'")
                if line.startswith("P "):
                    _read_person(line[2:], current)
                elif line.startswith("O "):
                    _read_org(line[2:], current)
                else:
                    raise ValueError("a line must start with 'P ', 'O ', '## ' or '#'")
            except ValueError as error:
                raise ValueError(f"{path}:{number}: {error}") from None
    return {doc_id: NamesGold(tuple(d["persons"]), tuple(d["orgs"]), tuple(d["texts"])) for doc_id, d in docs.items()}


def _span(text: str) -> tuple[int, int]:
    match = _SPAN.match(text)
    if not match:
        raise ValueError(f"not a span {text!r}")
    start, end = int(match.group(1)), int(match.group(2))
    if end <= start:
        raise ValueError(f"empty span {text!r}")
    return start, end


def _read_person(rest: str, doc: dict) -> None:
    name, sep, mentions = rest.partition(" :: ")
    first, bar, last = name.partition(" | ")
    if not sep or not bar:
        raise ValueError("a person is 'P <first> | <last> :: <start>-<end> <text> ; ...'")
    spans = []
    for item in mentions.split(" ; "):
        where, _, text = item.strip().partition(" ")
        start, end = _span(where)
        spans.append((start, end))
        doc["texts"].append((start, end, text))
    first, last = first.strip(), last.strip()
    doc["persons"].append(GoldPerson(None if first == "-" else first, None if last == "-" else last, tuple(spans)))


def _read_org(rest: str, doc: dict) -> None:
    mention, sep, names = rest.partition(" => ")
    where, _, text = mention.partition(" ")
    if not sep or not names.strip():
        raise ValueError("an organization is 'O <start>-<end>[,...] <text> => <name>[|<name>...]'")
    alternatives = tuple(n.strip() for n in names.split("|") if n.strip())
    for item in where.split(","):
        start, end = _span(item)
        doc["orgs"].append(GoldOrgName(start, end, alternatives))
        doc["texts"].append((start, end, text))


def check_texts(gold: NamesGold, text: str, doc_id: str) -> None:
    """Every span of the gold must cover the text it gives (the file fits this corpus)."""
    for start, end, written in gold.texts:
        if text[start:end] != written:
            raise ValueError(f"{doc_id}: the names gold has {written!r} at {start}-{end}, "
                             f"the text {text[start:end]!r}")


# -- scoring -------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е").replace("’", "'").replace("`", "'")


def name_words(*parts: str | None) -> Counter:
    """The words of a name, folded, as a multiset (``Чжан Вэй`` = ``Вэй Чжан``)."""
    return Counter(word for part in parts if part for word in _fold(part).split())


def best_match(span: tuple[int, int], predicted: list[PredictedEntity]) -> PredictedEntity | None:
    """The predicted mention that overlaps ``span`` most; of nested ones that overlap it alike, the one
    that reaches least beyond it (``КПРФ`` is matched to ``КПРФ``, not to ``фракции КПРФ`` around it)."""
    best, best_rank = None, (0, 0)
    for entity in predicted:
        overlap = min(span[1], entity.end) - max(span[0], entity.start)
        rank = (overlap, -(entity.end - entity.start - overlap))
        if overlap > 0 and rank > best_rank:
            best, best_rank = entity, rank
    return best


def score_persons(persons: tuple[GoldPerson, ...], predicted: list[PredictedEntity]) -> tuple[Share, BCubed]:
    """Person names right and the B³ of one document's PER entities (see the module's doc)."""
    people = [p for p in predicted if p.type == "PER"]
    share = Share(total=len(persons))
    cluster_of: dict[tuple[int, int], tuple[str, object]] = {}  # gold mention → (gold person, predicted entity)
    for index, person in enumerate(persons):
        matched = [(best_match(span, people), span) for span in person.mentions]
        for entity, span in matched:
            cluster_of[span] = (str(index), entity.entity_id if entity and entity.entity_id else ("unmatched", span))
        entities = [entity for entity, _ in matched if entity is not None]
        if not entities:
            continue
        share.found += 1
        votes = Counter(e.entity_id for e in entities)
        top = max(votes.values())
        chosen = next(e for e in entities if votes[e.entity_id] == top)  # ties: the earliest mention
        first, middle, last = (chosen.name + ("", "", ""))[:3]
        gold = name_words(person.first, person.last)
        if gold in (name_words(first, last), name_words(first, middle, last)):
            share.right += 1
    return share, b_cubed(list(cluster_of.values()))


def b_cubed(pairs: list[tuple[object, object]]) -> BCubed:
    """B³ over mentions given as ``(gold cluster, predicted cluster)`` pairs."""
    gold_size = Counter(g for g, _ in pairs)
    pred_size = Counter(p for _, p in pairs)
    both = Counter(pairs)
    score = BCubed(n=len(pairs))
    for gold, pred in pairs:
        score.precision_sum += both[(gold, pred)] / pred_size[pred]
        score.recall_sum += both[(gold, pred)] / gold_size[gold]
    return score


_LEGAL = {"оао", "зао", "пао", "ооо", "ао", "нао", "ано", "фгуп", "гуп", "муп", "ип", "нко"}
_RUSSIA = re.compile(r"\b(российской федерации|российская федерация|рф|россии)\b")
_DESCRIBED = re.compile(r"^([^«\"„“]{2,60}?)\s*[«\"„“](.+?)[»\"“”]?$")
_LATIN_TAIL = re.compile(r"^((?:[а-яё-]+\s+){1,3})([a-z0-9][^а-яё]*)$")


def org_keys(name: str) -> set[str]:
    """The ways to write an organization's name that count as the same (see the module's doc)."""
    folded = _fold(name).strip()
    keys = {_org_key(folded)}
    described = _DESCRIBED.match(folded)
    if described and len(described.group(1).split()) <= 3:
        keys.add(_org_key(described.group(2)))
    latin = _LATIN_TAIL.match(folded)
    if latin:
        keys.add(_org_key(latin.group(2)))
    return keys


def _org_key(folded: str) -> str:
    key = re.sub(r"[^\w\s.-]+", " ", folded)
    key = _RUSSIA.sub("россии", key)
    words = key.replace(" - ", " ").split()
    while len(words) > 1 and words[0] in _LEGAL:
        words = words[1:]
    return " ".join(words)


def score_orgs(orgs: tuple[GoldOrgName, ...], predicted: list[PredictedEntity]) -> Share:
    """Organization mentions whose canonical name is right (see the module's doc)."""
    candidates = [p for p in predicted if p.type == "ORG"]
    share = Share(total=len(orgs))
    for org in orgs:
        entity = best_match((org.start, org.end), candidates)
        if entity is None:
            continue
        share.found += 1
        gold = set().union(*(org_keys(name) for name in org.names))
        if org_keys(entity.normal) & gold:
            share.right += 1
    return share


def score_names(gold: NamesGold, predicted: list[PredictedEntity]) -> NamesReport:
    """All three figures for one document."""
    persons, coreference = score_persons(gold.persons, predicted)
    return NamesReport(1, persons, coreference, score_orgs(gold.orgs, predicted))


def format_names(reports: list[tuple[str, NamesReport]]) -> str:
    """A Markdown table of the names figures, one column per system."""
    header = "| figure | gold | " + " | ".join(system for system, _ in reports) + " |"
    lines = [header, "|" + "---|" * (2 + len(reports))]
    first = reports[0][1]

    def share(s: Share) -> str:
        return f"{s.of_all:.3f} ({s.right}/{s.total}; {s.of_found:.3f} of found)"

    rows = [
        ("person names right (first and last, nominative)", f"{first.persons.total} persons",
         lambda r: share(r.persons)),
        ("person coreference B³ P / R / F1", f"{first.coreference.n} mentions",
         lambda r: f"{r.coreference.precision:.3f} / {r.coreference.recall:.3f} / {r.coreference.f1:.3f}"),
        ("organization canonical names right", f"{first.orgs.total} mentions", lambda r: share(r.orgs)),
    ]
    for label, gold, cell in rows:
        lines.append(f"| {label} | {gold} | " + " | ".join(cell(r) for _, r in reports) + " |")
    return "\n".join(lines)

