"""The written tables: their schemas, the analysts' contract, referential integrity."""

from __future__ import annotations

import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from nerpipe.schema import TABLES

from .conftest import SHARED


@pytest.mark.parametrize("name", list(TABLES))
def test_table_matches_its_schema(seeds_out, name):
    schema = pq.read_schema(seeds_out / f"{name}.parquet")
    expected = TABLES[name].schema
    assert schema.names == expected.names
    for field in expected:
        assert schema.field(field.name).type == field.type, field.name
        assert schema.field(field.name).nullable == field.nullable, field.name


@pytest.mark.parametrize("name", list(TABLES))
def test_non_nullable_columns_have_no_nulls(seeds_tables, name):
    frame = seeds_tables[name]
    for column in TABLES[name].columns:
        if not column.nullable:
            assert not frame[column.name].isna().any(), f"{name}.{column.name} has nulls"


def test_contract_checker_accepts_the_output(seeds_out):
    checker = SHARED / "tools" / "check_contract.py"
    if not checker.exists():
        pytest.skip(f"{checker} is absent: the analysts' contract checker lives in ../shared")
    result = subprocess.run([sys.executable, str(checker), str(seeds_out), "--strict"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("contract ok (strict)")


def test_every_event_has_its_mention_and_participants_their_event(seeds_tables):
    t = seeds_tables
    events = t["events"]
    mentions = t["mentions"][t["mentions"].type == "EVENT"]
    spans = set(zip(mentions.doc_id, mentions.start, mentions.end, mentions.entity_id))
    assert len(events) > 0
    for row in events.itertuples():
        assert (row.doc_id, row.start, row.end, row.event_id) in spans
    assert set(zip(mentions.doc_id, mentions.entity_id)) <= set(zip(events.doc_id, events.event_id))
    participants = t["participants"]
    assert set(zip(participants.doc_id, participants.event_id)) <= set(zip(events.doc_id, events.event_id))
    assert (participants.person_id.notna() | participants.org_id.notna()).all()
    assert set(participants.person_id.dropna()) <= set(t["persons"].person_id)
    assert set(participants.org_id.dropna()) <= set(t["organizations"].org_id)
    assert set(events.location_id.dropna()) <= set(t["locations"].location_id)


def test_mentions_are_exact_spans(seeds_out, seeds_tables):
    documents = seeds_tables["documents"].set_index("doc_id")
    for doc_id, group in seeds_tables["mentions"].groupby("doc_id"):
        path = documents.loc[doc_id, "root"] + "/" + documents.loc[doc_id, "path"]
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        for row in group.itertuples():
            assert text[row.start:row.end] == row.text


def test_ids_are_referentially_intact(seeds_tables):
    t = seeds_tables
    persons = set(t["persons"].person_id)
    orgs = set(t["organizations"].org_id)
    places = set(t["locations"].location_id)
    docs = set(t["documents"].doc_id)
    assert set(t["positions"].person_id) <= persons
    assert set(t["positions"].org_id.dropna()) <= orgs
    assert set(t["mentions"].doc_id) <= docs
    for kind, ids in (("PER", persons), ("ORG", orgs), ("LOC", places)):
        assert set(t["mentions"][t["mentions"].type == kind].entity_id) <= ids


def test_counts_add_up(seeds_tables):
    t = seeds_tables
    mentions = t["mentions"]
    for table, key in (("persons", "person_id"), ("locations", "location_id")):
        counted = mentions[mentions.entity_id.isin(t[table][key])].groupby("entity_id").size()
        frame = t[table].set_index(key)
        for entity_id, n in counted.items():
            assert frame.loc[entity_id, "n_mentions"] == n


def test_ids_are_stable_across_runs(tmp_path, seeds_tables, models):
    from nerpipe.runner import run

    from .conftest import SEEDS, TODAY

    out = tmp_path / "again"
    run([str(SEEDS)], out, workers=1, progress=False, today=TODAY)
    import pandas as pd

    again = pd.read_parquet(out / "persons.parquet")
    assert sorted(again.person_id) == sorted(seeds_tables["persons"].person_id)
