"""``nerpipe.load``: the tables of an output directory as pandas DataFrames, ready to explore.

    >>> t = nerpipe.load("data")
    >>> t.people_positions.head()          # who holds which title, where, in which document
    >>> t.mentions_by_region.head()        # place mentions per federal subject, towns included
    >>> t.event_people.head()              # who took part in which event, in what role and position

The tables are those of ``docs/SCHEMA.md``, column for column, with friendlier
types: categoricals for the columns with few distinct values, ``datetime64``
for dates. ``t.regions`` is the list of federal subjects with their names, and
``t.document_text(doc_id)`` the text a document's offsets point into (from the
``texts`` table).
The same frames are reachable from DuckDB (:meth:`Tables.to_duckdb`) and
polars (:meth:`Tables.to_polars`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from .errors import DocumentError
from .places import COUNTRY, load_regions
from .read import DEFAULT_MAX_BYTES, file_system_name, hash_bytes, read_path
from .records import MENTION_TYPES
from .schema import TABLES

# columns turned into categoricals, with their categories when the set is fixed (None: the values found)
STATUSES = ("ok", "error")
LOCATION_KINDS = ("country", "federal_subject", "city", "other")
PRECISIONS = ("day", "month", "year")
EVENT_KINDS = ("session", "forum", "conference", "meeting", "visit", "exhibition", "other")
PARTICIPANT_ROLES = ("organizer", "chair", "speaker", "participant")
CATEGORICALS: dict[str, dict[str, tuple[str, ...] | None]] = {
    "documents": {"status": STATUSES, "encoding": None},
    "mentions": {"type": MENTION_TYPES},
    "organizations": {"region_code": None},
    "locations": {"kind": LOCATION_KINDS, "category": None, "region_code": None, "country_code": None},
    "positions": {"role": None, "region_code": None, "country": None},
    "dates": {"precision": PRECISIONS},
    "events": {"kind": EVENT_KINDS, "region_code": None},
    "participants": {"role": PARTICIPANT_ROLES},
}
DATETIMES: dict[str, tuple[str, ...]] = {
    "documents": ("published",),
    "positions": ("as_of",),
    "dates": ("date_from", "date_to"),
    "events": ("date_from", "date_to"),
}

# the ready joins: (name, columns) in the order they are built
PEOPLE_POSITIONS_COLUMNS = (
    "person", "role", "position", "organization", "region_code", "region", "country", "acting", "former",
    "path", "published", "title", "person_id", "org_id", "doc_id", "start", "end",
)
MENTIONS_BY_REGION_COLUMNS = (
    "region_code", "region", "federal_district", "n_mentions", "n_subject_mentions", "n_place_mentions", "n_docs",
)
EVENT_PEOPLE_COLUMNS = (
    "event", "kind", "date_from", "date_to", "iso_from", "iso_to", "city", "place", "region_code", "region",
    "person", "role", "position", "organization", "path", "published", "event_id", "person_id", "org_id", "doc_id",
    "start", "end",
)


class TablesNotFound(FileNotFoundError):
    """The directory holds no nerpipe tables."""


class SourceUnavailable(OSError):
    """A source file cannot be read again as it was processed (a FIFO, a device, a larger file now)."""


@dataclass(frozen=True)
class Tables:
    """The tables of one output directory (see :func:`load`)."""

    out: Path
    documents: pd.DataFrame
    mentions: pd.DataFrame
    persons: pd.DataFrame
    organizations: pd.DataFrame
    locations: pd.DataFrame
    positions: pd.DataFrame
    dates: pd.DataFrame
    events: pd.DataFrame
    participants: pd.DataFrame
    texts: pd.DataFrame | None = None  # None: tables written before texts were kept (they are read from the files)

    @cached_property
    def regions(self) -> pd.DataFrame:
        """The federal subjects: ``region_code``, canonical ``region`` name, type, capital, federal district."""
        return load_region_frame()

    @cached_property
    def people_positions(self) -> pd.DataFrame:
        """One row per person–title fact with the person's, organization's, region's and document's names."""
        return join_people_positions(self)

    @cached_property
    def mentions_by_region(self) -> pd.DataFrame:
        """Place mentions per federal subject, towns and other places counted toward their subject."""
        return count_mentions_by_region(self)

    @cached_property
    def event_people(self) -> pd.DataFrame:
        """One row per participant of an event: the event (name, kind, dates, city, region) and the person
        (or organization) with their role, title and organization, earliest events first."""
        return join_event_people(self)

    def frames(self) -> dict[str, pd.DataFrame]:
        """Every table and ready join by name: the tables of the schema, ``regions`` and the joins."""
        names = [*TABLES, "regions", "people_positions", "mentions_by_region", "event_people"]
        return {name: getattr(self, name) for name in names if getattr(self, name) is not None}

    @cached_property
    def _texts_by_id(self) -> dict[str, str]:
        return dict(zip(self.texts["doc_id"], self.texts["text"])) if self.texts is not None else {}

    def document_text(self, doc_id: str) -> str:
        """The text a document's offsets point into: ``text[start:end]`` is a mention.

        It comes from the ``texts`` table (a copy with the same content shares its
        original's). Tables written before the texts table existed have it read again
        from the source file: then :class:`FileNotFoundError` when the file is gone,
        :class:`SourceUnavailable` when it is no longer a regular file of the size it
        had, and :class:`ValueError` when it has changed since it was processed (its
        offsets would not match). :class:`KeyError` for an unknown ``doc_id``.
        """
        rows = self.documents[self.documents["doc_id"] == doc_id]
        if rows.empty:
            raise KeyError(f"no document {doc_id!r} in {self.out}")
        row = rows.iloc[0]
        for key in (doc_id, row.get("duplicate_of")):
            if isinstance(key, str) and key in self._texts_by_id and self._same_content(key, row["sha256"]):
                return self._texts_by_id[key]
        if row["status"] != "ok":
            raise SourceUnavailable(f"{row['path']}: not processed ({row['error']})")
        if isinstance(row.get("locator"), str):
            raise SourceUnavailable(f"{row['path']}: the text of a row or archive page is kept only in the texts "
                                    "table; run `nerpipe run` again to write it")
        size = row["n_bytes"]
        path = Path(file_system_name(row["root"])) / file_system_name(row["path"])
        return read_source_text(path, row["sha256"], max_bytes=int(size) if pd.notna(size) else None)

    def _same_content(self, doc_id: str, sha256) -> bool:
        found = self.documents.loc[self.documents["doc_id"] == doc_id, "sha256"]
        return not found.empty and found.iloc[0] == sha256

    def to_duckdb(self, connection=None):
        """A DuckDB connection on which every frame of :meth:`frames` is a view of the same name."""
        import duckdb

        connection = connection if connection is not None else duckdb.connect()
        for name, frame in self.frames().items():
            connection.register(name, frame)
        return connection

    def to_polars(self, name: str):
        """One table or ready join as a polars DataFrame (categoricals stay categorical, dates stay dates)."""
        import polars as pl

        frames = self.frames()
        if name not in frames:
            raise KeyError(f"no table {name!r}; choose one of {', '.join(frames)}")
        return pl.from_pandas(frames[name])


OPTIONAL_TABLES = ("texts",)  # tables older versions did not write


def load(out: str | os.PathLike = "data") -> Tables:
    """Read the tables nerpipe wrote to ``out`` (``nerpipe run ... --out OUT``)."""
    out_dir = Path(out)
    present = {name for name in TABLES if (out_dir / f"{name}.parquet").is_file()}
    missing = [name for name in TABLES if name not in present and name not in OPTIONAL_TABLES]
    if not present:
        raise TablesNotFound(f"no nerpipe tables in {out_dir}; run `nerpipe run ARTICLES/ --out {out_dir}` first")
    if missing:
        raise TablesNotFound(f"{out_dir} lacks {', '.join(f'{name}.parquet' for name in missing)}; "
                             f"run `nerpipe run` on it again")
    return Tables(out=out_dir, **{name: read_table(out_dir, name) for name in TABLES if name in present})


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """One Parquet table as a DataFrame with categoricals and datetimes (see ``CATEGORICALS``, ``DATETIMES``)."""
    frame = pd.read_parquet(out_dir / f"{name}.parquet")
    for column, categories in CATEGORICALS.get(name, {}).items():
        frame[column] = to_categorical(frame[column], categories)
    for column in DATETIMES.get(name, ()):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def to_categorical(values: pd.Series, categories: tuple[str, ...] | None) -> pd.Series:
    if categories is None:
        categories = tuple(sorted(values.dropna().unique()))
    return values.astype(pd.CategoricalDtype(list(categories)))


def load_region_frame() -> pd.DataFrame:
    """``nerpipe/resources/regions.csv`` as a frame: one row per federal subject."""
    regions = load_regions()
    return pd.DataFrame({
        "region_code": [r.code for r in regions],
        "region": [r.name for r in regions],
        "region_type": [r.type for r in regions],
        "capital": [r.capital for r in regions],
        "federal_district": [r.district for r in regions],
        "iso_3166_2": [r.iso for r in regions],
    })


def name_regions(codes: pd.Series, regions: pd.DataFrame) -> pd.Series:
    """The canonical subject name of each region code (null where the code is null)."""
    names = dict(zip(regions["region_code"], regions["region"]))
    return codes.astype(object).map(lambda code: names.get(code, code) if isinstance(code, str) else None)


def first_statements(positions: pd.DataFrame) -> pd.DataFrame:
    """One row per fact: the ``positions`` rows not ``restated`` (tables written before the column existed
    have one row per fact already)."""
    if "restated" not in positions.columns:
        return positions
    return positions[~positions["restated"].astype(bool)]


def join_people_positions(t: Tables) -> pd.DataFrame:
    persons = t.persons[["person_id", "name"]].rename(columns={"name": "person"})
    orgs = t.organizations[["org_id", "name"]].rename(columns={"name": "organization"})
    docs = t.documents[["doc_id", "path", "published", "title"]]
    joined = (
        first_statements(t.positions).merge(persons, on="person_id", how="left")
        .merge(orgs, on="org_id", how="left")
        .merge(docs, on="doc_id", how="left")
    )
    joined["region"] = name_regions(joined["region_code"], t.regions)
    joined = joined.sort_values(["person", "published", "path", "start"], na_position="last", kind="stable")
    return joined[list(PEOPLE_POSITIONS_COLUMNS)].reset_index(drop=True)


def join_event_people(t: Tables) -> pd.DataFrame:
    """``participants`` with the names of their event, place, region, person, organization and document."""
    events = t.events[["doc_id", "event_id", "name", "kind", "date_from", "date_to", "iso_from", "iso_to",
                       "location_id", "region_code"]].rename(columns={"name": "event"})
    places = t.locations[["location_id", "name", "kind"]].rename(columns={"name": "place", "kind": "place_kind"})
    persons = t.persons[["person_id", "name"]].rename(columns={"name": "person"})
    orgs = t.organizations[["org_id", "name"]].rename(columns={"name": "organization"})
    docs = t.documents[["doc_id", "path", "published"]]
    joined = (
        t.participants.merge(events, on=["doc_id", "event_id"], how="left")
        .merge(places, on="location_id", how="left")
        .merge(persons, on="person_id", how="left")
        .merge(orgs, on="org_id", how="left")
        .merge(docs, on="doc_id", how="left")
    )
    joined["city"] = joined["place"].where(joined["place_kind"] == "city")
    joined["region"] = name_regions(joined["region_code"], t.regions)
    joined = joined.sort_values(["date_from", "event", "path", "start"], na_position="last", kind="stable")
    return joined[list(EVENT_PEOPLE_COLUMNS)].reset_index(drop=True)


def count_mentions_by_region(t: Tables) -> pd.DataFrame:
    """Mentions of places that lie in a federal subject: the subject itself, its towns and other places in it.

    An article counts once: the mentions of its near-duplicate copies (``documents.duplicate_of``) are left out.
    """
    places = t.locations.loc[
        t.locations["region_code"].notna() & (t.locations["kind"] != COUNTRY),
        ["location_id", "region_code", "kind"],
    ]
    copies = t.documents.loc[t.documents["duplicate_of"].notna(), "doc_id"]
    mentions = t.mentions[(t.mentions["type"] == "LOC") & ~t.mentions["doc_id"].isin(copies)]
    located = mentions.merge(places, left_on="entity_id", right_on="location_id", how="inner")
    located["region_code"] = located["region_code"].astype(str)
    located["is_subject"] = located["kind"] == "federal_subject"
    counts = located.groupby("region_code").agg(
        n_mentions=("doc_id", "size"),
        n_subject_mentions=("is_subject", "sum"),
        n_docs=("doc_id", "nunique"),
    )
    counts["n_place_mentions"] = counts["n_mentions"] - counts["n_subject_mentions"]
    counts = counts.reset_index().merge(t.regions[["region_code", "region", "federal_district"]],
                                        on="region_code", how="left")
    counts["region"] = counts["region"].fillna(counts["region_code"])
    counts = counts.astype({"n_mentions": "int64", "n_subject_mentions": "int64", "n_place_mentions": "int64",
                            "n_docs": "int64"})
    counts = counts.sort_values(["n_mentions", "region"], ascending=[False, True], kind="stable")
    return counts[list(MENTIONS_BY_REGION_COLUMNS)].reset_index(drop=True)


def read_source_text(path: Path, sha256: str | None = None, max_bytes: int | None = None) -> str:
    """Read a source file and extract its text as the pipeline did; with ``sha256``, insist it is the same content.

    Only a regular file of at most ``max_bytes`` (the size it had when processed) is
    read: a FIFO does not block, a device or a link to one is not read without end.
    """
    from .formats import extract_document, sniff_kind

    try:
        data = read_path(path, max_bytes if max_bytes is not None else DEFAULT_MAX_BYTES)
        if sha256 and hash_bytes(data) != sha256:
            raise ValueError(f"{path} has changed since it was processed; run `nerpipe run` again")
        kind = sniff_kind(str(path), data)
        return extract_document(data, kind.format, gzip=kind.gzip).text
    except DocumentError as error:
        raise SourceUnavailable(f"{path}: {error}") from None
