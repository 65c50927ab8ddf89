"""One event_id for the same event reported by several documents."""

from __future__ import annotations

from datetime import date

import pandas as pd

from nerpipe.resolve.events import EventRecord, event_aliases, overlap


def record(doc, event, key="форум кама", kind="forum", specific=True, iso=None, place=None):
    iso_from, _, iso_to = (iso or "").partition("/")
    iso_from = iso_from or None
    iso_to = iso_to or iso_from

    def day(value):
        return date.fromisoformat(value) if value and not value.startswith("--") and len(value) == 10 else None

    return EventRecord(doc, event, kind, key, specific, iso_from, iso_to, day(iso_from), day(iso_to), place)


def groups(records) -> list[set[str]]:
    aliases = event_aliases(records)
    by_id: dict[str, set[str]] = {}
    for local, corpus in aliases.items():
        by_id.setdefault(corpus, set()).add(local)
    return sorted(by_id.values(), key=sorted)


def test_same_name_overlapping_dates_is_one_event():
    records = [record("d1", "a", iso="2024-10-03/2024-10-04"), record("d2", "b", iso="2024-10-04"),
               record("d3", "c")]  # undated: joins the one dated event
    assert groups(records) == [{"a", "b", "c"}]


def test_same_name_other_dates_are_other_events():
    records = [record("d1", "a", iso="2023-10-03/2023-10-04"), record("d2", "b", iso="2024-10-03/2024-10-04"),
               record("d3", "c"), record("d4", "d")]  # undated reports of an annual forum: one event of their own
    assert groups(records) == [{"a"}, {"b"}, {"c", "d"}]


def test_other_kind_or_name_is_another_event():
    records = [record("d1", "a"), record("d2", "b", kind="exhibition"), record("d3", "c", key="форум волга")]
    assert len(groups(records)) == 3


def test_days_without_a_year_meet_days_with_one():
    assert overlap(record("d1", "a", iso="--11-27/--11-28"), record("d2", "b", iso="2025-11-28"))
    assert not overlap(record("d1", "a", iso="--11-27/--11-28"), record("d2", "b", iso="2025-12-01"))


def test_common_nouns_meet_only_on_the_same_day_and_place():
    meeting = dict(key="совещание", kind="meeting", specific=False)
    records = [record("d1", "a", iso="2024-03-05", place="loc_1", **meeting),
               record("d2", "b", iso="2024-03-05", place="loc_1", **meeting),
               record("d3", "c", iso="2024-03-05", place="loc_2", **meeting),
               record("d4", "d", place="loc_1", **meeting), record("d5", "e", place="loc_1", **meeting)]
    assert groups(records) == [{"a", "b"}, {"c"}, {"d"}, {"e"}]


def test_two_events_of_one_document_stay_two():
    records = [record("d1", "a", iso="2024-10-03"), record("d1", "b", iso="2024-10-03")]
    assert groups(records) == [{"a"}, {"b"}]


def test_corpus_ids_do_not_depend_on_order():
    records = [record("d1", "a", iso="2024-10-03/2024-10-04"), record("d2", "b", iso="2024-10-04"), record("d3", "c")]
    assert event_aliases(records) == event_aliases(list(reversed(records)))


def test_two_articles_about_one_forum_share_its_id(tmp_path, models):
    from nerpipe.runner import run

    from .conftest import TODAY

    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Новости\n2 сентября 2024\nVII форум «Сибирь Ready» пройдет 27–28 сентября в Омске. На форум приедут мэры.",
        encoding="utf-8")
    (articles / "b.txt").write_text(
        "Мэры приедут в Омск на VII форум «Сибирь Ready». Участники форума обсудят городские бюджеты.",
        encoding="utf-8")
    out = tmp_path / "out"
    assert run([str(articles)], out, workers=1, progress=False, today=TODAY).exit_code == 0
    events = pd.read_parquet(out / "events.parquet")
    assert len(events) == 2 and events.event_id.nunique() == 1
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert set(mentions[mentions.type == "EVENT"].entity_id) == set(events.event_id)
