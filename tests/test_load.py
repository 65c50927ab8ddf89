"""``nerpipe.load``: the tables as typed DataFrames, the ready joins, DuckDB and polars."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pandas as pd
import pytest

from nerpipe.places import load_regions
from nerpipe.read import decode_bytes
from nerpipe.schema import TABLES
from nerpipe.tables import TablesNotFound, load

from .conftest import SEEDS


@pytest.fixture(scope="module")
def tables(seeds_out):
    return load(seeds_out)


def test_every_table_is_loaded_with_its_columns(tables, seeds_tables):
    for name, table in TABLES.items():
        frame = getattr(tables, name)
        assert list(frame.columns) == table.names
        assert len(frame) == len(seeds_tables[name])


def test_low_cardinality_columns_are_categorical(tables):
    assert isinstance(tables.mentions["type"].dtype, pd.CategoricalDtype)
    assert list(tables.mentions["type"].cat.categories) == ["PER", "ORG", "LOC", "DATE", "POSITION", "EVENT"]
    assert list(tables.events["kind"].cat.categories) == [
        "session", "forum", "conference", "meeting", "visit", "exhibition", "other"]
    assert list(tables.participants["role"].cat.categories) == ["organizer", "chair", "speaker", "participant"]
    assert list(tables.documents["status"].cat.categories) == ["ok", "error"]
    assert list(tables.locations["kind"].cat.categories) == ["country", "federal_subject", "city", "other"]
    assert list(tables.dates["precision"].cat.categories) == ["day", "month", "year"]
    for frame, column in ((tables.positions, "role"), (tables.locations, "region_code")):
        assert isinstance(frame[column].dtype, pd.CategoricalDtype)
        assert set(frame[column].dropna()) == set(frame[column].cat.categories)


def test_dates_are_datetimes(tables, seeds_tables):
    for frame, column in ((tables.documents, "published"), (tables.dates, "date_from"), (tables.dates, "date_to"),
                          (tables.events, "date_from"), (tables.positions, "as_of")):
        assert pd.api.types.is_datetime64_any_dtype(frame[column])
    raw = seeds_tables["dates"]["date_from"]
    assert [d.date() if not pd.isna(d) else None for d in tables.dates["date_from"]] == list(raw)


def test_nerpipe_load_is_the_tables_loader(seeds_out):
    import nerpipe.tables

    assert nerpipe.load is nerpipe.tables.load
    from nerpipe import load as imported

    assert len(imported(seeds_out).persons) == len(load(seeds_out).persons)
    assert len(nerpipe.load(seeds_out).documents) == 5


def test_regions_come_from_the_gazetteer(tables):
    regions = load_regions()
    assert len(tables.regions) == len(regions) == 89
    assert tables.regions["region_code"].is_unique
    row = tables.regions.set_index("region_code").loc["RU-SA"]
    assert row["region"] == "Республика Саха (Якутия)"


def test_people_positions_joins_person_organization_region_and_document(tables):
    joined = tables.people_positions
    assert len(joined) == (~tables.positions["restated"]).sum()
    persons = dict(zip(tables.persons["person_id"], tables.persons["name"]))
    orgs = dict(zip(tables.organizations["org_id"], tables.organizations["name"]))
    paths = dict(zip(tables.documents["doc_id"], tables.documents["path"]))
    names = {r.code: r.name for r in load_regions()}
    for row in joined.itertuples():
        assert row.person == persons[row.person_id]
        assert row.path == paths[row.doc_id]
        assert (row.organization if isinstance(row.organization, str) else None) == orgs.get(row.org_id)
        code = row.region_code if isinstance(row.region_code, str) else None
        assert (row.region if isinstance(row.region, str) else None) == names.get(code)
    firsts = tables.positions[~tables.positions["restated"]]
    expected = Counter(zip(firsts["person_id"], firsts["position"]))
    assert Counter(zip(joined["person_id"], joined["position"])) == expected


def test_people_positions_has_the_governor_of_sverdlovsk(tables):
    rows = tables.people_positions[tables.people_positions["person"] == "Денис Паслер"]
    assert not rows.empty
    row = rows.iloc[0]
    assert row["role"] == "губернатор"
    assert (row["region_code"], row["region"]) == ("RU-SVE", "Свердловская область")
    assert row["path"] == "002_0fd452f43800592d.txt"


def test_people_positions_carries_publication_dates(tables):
    published = dict(zip(tables.documents["doc_id"], tables.documents["published"]))
    dated = tables.people_positions[tables.people_positions["published"].notna()]
    assert not dated.empty  # 003 states its date
    for row in dated.itertuples():
        assert row.published == published[row.doc_id]


def test_mentions_by_region_counts_places_toward_their_subject(tables):
    kinds = dict(zip(tables.locations["location_id"], tables.locations["kind"]))
    codes = dict(zip(tables.locations["location_id"], tables.locations["region_code"]))
    expected, subject = Counter(), Counter()
    for mention in tables.mentions[tables.mentions["type"] == "LOC"].itertuples():
        code = codes.get(mention.entity_id)
        if isinstance(code, str) and kinds[mention.entity_id] != "country":
            expected[code] += 1
            subject[code] += kinds[mention.entity_id] == "federal_subject"
    by_region = tables.mentions_by_region.set_index("region_code")
    assert dict(by_region["n_mentions"]) == dict(expected)
    assert dict(by_region["n_subject_mentions"]) == dict(subject)
    assert (by_region["n_subject_mentions"] + by_region["n_place_mentions"] == by_region["n_mentions"]).all()
    assert list(tables.mentions_by_region["n_mentions"]) == sorted(expected.values(), reverse=True)


def test_a_city_counts_toward_its_subject(tables):
    komi = tables.mentions_by_region.set_index("region_code").loc["RU-KO"]
    assert komi["region"] == "Республика Коми"
    assert komi["n_place_mentions"] >= 1  # Сыктывкар
    city = tables.locations[tables.locations["name"] == "Сыктывкар"].iloc[0]
    assert city["kind"] == "city" and city["region_code"] == "RU-KO"


def test_duckdb_sees_the_tables_and_the_joins(tables):
    pytest.importorskip("duckdb")
    connection = tables.to_duckdb()
    for name, frame in tables.frames().items():
        assert connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == len(frame)
    top = connection.execute("SELECT region_code FROM mentions_by_region ORDER BY n_mentions DESC LIMIT 1")
    assert top.fetchone()[0] == tables.mentions_by_region["region_code"].iloc[0]


def test_polars_sees_the_same_rows(tables):
    pl = pytest.importorskip("polars")
    frame = tables.to_polars("people_positions")
    assert frame.height == len(tables.people_positions)
    assert frame.schema["role"] == pl.Categorical
    assert frame.schema["published"].is_temporal()
    with pytest.raises(KeyError):
        tables.to_polars("nope")


@pytest.mark.parametrize("texts_table", [True, False], ids=["texts table", "read again"])
def test_document_text_is_what_the_offsets_point_into(tables, texts_table):
    t = tables if texts_table else dataclasses.replace(tables, texts=None)  # tables of an older version
    doc = t.documents[t.documents["path"] == "004_eccd35816c06c0fb.txt"].iloc[0]
    text = t.document_text(doc["doc_id"])
    assert text == decode_bytes((SEEDS / "004_eccd35816c06c0fb.txt").read_bytes()).text
    for mention in t.mentions[t.mentions["doc_id"] == doc["doc_id"]].itertuples():
        assert text[mention.start:mention.end] == mention.text


def test_the_texts_table_holds_every_processed_document(tables):
    assert sorted(tables.texts.doc_id) == sorted(tables.documents.loc[tables.documents.status == "ok", "doc_id"])
    assert (tables.texts.text.str.len().values == tables.documents.set_index("doc_id").loc[
        tables.texts.doc_id, "n_chars"].values).all()


def test_document_text_refuses_a_changed_file(tables):
    changed = tables.documents.assign(sha256="0" * 64)
    stale = dataclasses.replace(tables, documents=changed, texts=None)  # read again from the files
    with pytest.raises(ValueError, match="changed"):
        stale.document_text(changed["doc_id"].iloc[0])
    with pytest.raises(KeyError):
        tables.document_text("nope")


def test_load_says_when_there_are_no_tables(tmp_path, seeds_out):
    with pytest.raises(TablesNotFound, match="nerpipe run"):
        load(tmp_path)
    partial = tmp_path / "partial"
    partial.mkdir()
    (partial / "persons.parquet").write_bytes((seeds_out / "persons.parquet").read_bytes())
    with pytest.raises(TablesNotFound, match="documents.parquet"):
        load(partial)
