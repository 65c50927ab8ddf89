"""Shared fixtures: the models are built once per test session, like natasha's own tests do."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
# a fixed "today" so that weekday-based year inference does not depend on when the tests run
TODAY = date(2026, 11, 22)


@pytest.fixture(scope="session")
def models():
    from nerpipe.models import get_models

    return get_models()


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory, models):
    """The seeds processed once into a temporary output directory (in this process, one worker)."""
    from nerpipe.runner import run

    out = tmp_path_factory.mktemp("seeds_out")
    summary = run([str(SEEDS)], out, workers=1, progress=False, today=TODAY)
    assert summary.exit_code == 0, summary.failures
    return out


@pytest.fixture(scope="session")
def seeds_tables(seeds_out):
    import pandas as pd

    from nerpipe.schema import TABLES

    return {name: pd.read_parquet(seeds_out / f"{name}.parquet") for name in TABLES}


@pytest.fixture
def open_dir():
    """A temporary directory any user may enter and write (for the tests run as an ordinary user)."""
    import os
    import tempfile

    path = tempfile.mkdtemp(prefix="nerpipe-test-")
    os.chmod(path, 0o777)
    yield Path(path)
    for root, dirs, _files in os.walk(path):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o777)
    shutil.rmtree(path)


@pytest.fixture
def corpus(tmp_path):
    """A writable copy of the seeds."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    return target


def analyze(text: str, models):
    """Run the stages up to resolution on a text; handy in unit tests."""
    from nerpipe.pipeline import process_text

    return process_text(text, models, doc_id="test", today=TODAY)


def orgs_of(text: str, models) -> set[tuple[str, str | None]]:
    """(holder, the name of the title's body) of each ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return {(names[f.person_id], orgs.get(f.org_id)) for f in result.positions}


def places_of(text: str, models) -> dict[str, tuple[str, str | None, str | None]]:
    """Each LOC mention of ``text`` with its place's name, region code and country code."""
    result = analyze(text, models)
    by_id = {p.location_id: p for p in result.locations}
    return {m.text: (by_id[m.entity_id].name, by_id[m.entity_id].region_code, by_id[m.entity_id].country_code)
            for m in result.mentions if m.type == "LOC" and m.entity_id in by_id}


def org_entity_names(text: str, models) -> dict[str, str]:
    """Each ORG mention of ``text`` with the name of the organization it is (its entity's, not the
    mention's own ``normal``: ``МВД`` is the ministry of its full name)."""
    result = analyze(text, models)
    names = {org.org_id: org.name for org in result.organizations}
    return {m.text: names.get(m.entity_id, m.normal) for m in result.mentions if m.type == "ORG"}


def minister_rows(text: str, models) -> set[tuple[str, str | None, str | None]]:
    """Each ``министр`` row of ``text``: the holder's name, the ministry's name and the title's region."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return {(names[f.person_id], orgs.get(f.org_id), f.region_code) for f in result.positions if f.role == "министр"}


def person_mentions(text: str, models) -> set[tuple[str, tuple[str, ...]]]:
    """Each person of ``text`` with the texts of its PER mentions in the order they come."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    out: dict[str, list[str]] = {}
    for mention in sorted(result.mentions, key=lambda m: m.start):
        if mention.type == "PER":
            out.setdefault(mention.entity_id, []).append(mention.text)
    return {(names[pid], tuple(texts)) for pid, texts in out.items()}


def holder_titles(text: str, models) -> set[tuple[str, str]]:
    """``(person, position)`` of every ``positions`` row of ``text``."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position) for f in result.positions}


def holder_former_rows(text: str, models) -> set[tuple[str, str, bool]]:
    """``(person, position, former)`` of every ``positions`` row of ``text``."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.former) for f in result.positions}


def holder_country_rows(text: str, models) -> set[tuple[str, str, str | None]]:
    """``(person, position, country)`` of every ``positions`` row of ``text``."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.country) for f in result.positions}


def holder_region_rows(text: str, models) -> set[tuple[str, str, str | None]]:
    """``(person, position, region_code)`` of every ``positions`` row of ``text``."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.region_code) for f in result.positions}


def holder_role_rows(text: str, models) -> set[tuple[str, str, str]]:
    """``(person, position, role)`` of every ``positions`` row of ``text``."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.role) for f in result.positions}


def org_countries(text: str, models) -> dict[str, str | None]:
    """The country of the organization each ORG mention of ``text`` names (``None`` where it has none)."""
    result = analyze(text, models)
    countries = {org.org_id: org.country for org in result.organizations}
    return {m.text: countries.get(m.entity_id) for m in result.mentions if m.type == "ORG"}


def org_texts(text: str, models) -> list[str]:
    """The texts of the ORG mentions of ``text``."""
    return [m.text for m in analyze(text, models).mentions if m.type == "ORG"]


def holder_org_rows(text: str, models) -> set[tuple[str, str, str | None]]:
    """``(person, position, org)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return {(names[f.person_id], f.position, orgs.get(f.org_id)) for f in result.positions}
