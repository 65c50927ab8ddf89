"""One row per real person and organization across the documents of a corpus."""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import TODAY

DOCUMENTS = {
    "a.txt": "Министр промышленности и торговли Денис Мантуров открыл выставку в Казани.",
    "b.txt": "По словам Мантурова, производство растёт.",
    "c.txt": "Приказ подписал Д. В. Мантуров.",
    "d.txt": "Выступил Фёдор Ёлкин из Томска.",
    "e.txt": "Выступил Федор Елкин из Томска.",
    "f.txt": "Андрей Петров и Ольга Петрова приехали в Томск. Петров выступил первым.",
    "g.txt": "Соглашение подписали министерство промышленности и торговли РФ и Минпромторг России.",
    "h.txt": "Проект поддержал Минпромторг.",
    "i.txt": "Правительство Японии одобрило проект.",
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory, models):
    from nerpipe.runner import run

    root = tmp_path_factory.mktemp("corpus")
    for name, text in DOCUMENTS.items():
        (root / name).write_text(text, encoding="utf-8")
    out = root / "out"
    summary = run([str(root)], out, workers=1, progress=False, today=TODAY)
    assert summary.exit_code == 0, summary.failures
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in ("persons", "organizations", "mentions")}


def test_surname_and_initials_join_the_full_name(tables):
    persons = tables["persons"].set_index("name")
    row = persons.loc["Денис Мантуров"]
    assert row.n_docs == 3
    assert {"Денис Мантуров", "Мантурова", "Д. В. Мантуров"} <= set(row.variants)


def test_yo_and_ye_are_one_person(tables):
    names = set(tables["persons"].name)
    assert len(names & {"Фёдор Ёлкин", "Федор Елкин"}) == 1


def test_a_surname_shared_by_two_people_stays_with_the_document(tables):
    persons = tables["persons"]
    assert {"Андрей Петров", "Ольга Петрова"} <= set(persons.name)
    mentions = tables["mentions"]
    petrov = persons.set_index("name").loc["Андрей Петров", "person_id"]
    assert set(mentions[mentions.entity_id == petrov].text) == {"Андрей Петров", "Петров"}


def test_one_ministry_across_documents(tables):
    orgs = tables["organizations"]
    ministry = orgs[orgs.abbr == "Минпромторг России"]
    assert len(ministry) == 1
    row = ministry.iloc[0]
    assert row["name"] == "Министерство промышленности и торговли Российской Федерации"
    assert row.n_docs == 3  # the title 'министр промышленности и торговли' names it too
    assert {"министерство промышленности и торговли РФ", "Минпромторг России", "Минпромторг"} <= set(row.variants)


def test_an_organization_has_a_country_only_when_it_is_foreign(tables):
    countries = tables["organizations"].set_index("name")["country"]
    assert countries["Правительство Японии"] == "JP"
    assert pd.isna(countries["Министерство промышленности и торговли Российской Федерации"])
