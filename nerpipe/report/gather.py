"""What the report shows, gathered from the tables: the counts at the top, the most mentioned
people and organizations, and one row per event with who took part."""

from __future__ import annotations

import pandas as pd

from ..tables import Tables, name_regions


def top_people(t: Tables, limit: int) -> pd.DataFrame:
    roles = (t.people_positions.assign(role=t.people_positions["role"].astype(str))
             .groupby("person_id")["role"].agg(lambda r: ", ".join(dict.fromkeys(r))))
    people = t.persons.sort_values(["n_docs", "n_mentions", "name"], ascending=[False, False, True]).head(limit)
    return people.assign(roles=people["person_id"].map(roles))


def top_organizations(t: Tables, limit: int) -> pd.DataFrame:
    return t.organizations.sort_values(["n_docs", "n_mentions", "name"], ascending=[False, False, True]).head(limit)


def count_cards(t: Tables) -> list[tuple[str, str, int]]:
    """``(Russian label, English label, count)`` for the cards at the top."""
    failed = int((t.documents["status"] == "error").sum())
    copies = int(t.documents["duplicate_of"].notna().sum())
    return [("документы", "documents", len(t.documents)), ("с ошибкой", "failed", failed),
            ("копии", "copies", copies),
            ("упоминания", "mentions", len(t.mentions)), ("персоны", "people", len(t.persons)),
            ("организации", "organizations", len(t.organizations)), ("места", "places", len(t.locations)),
            ("должности", "titles held", len(t.people_positions)), ("даты", "dates", len(t.dates)),
            ("события", "events", t.events["event_id"].nunique()),
            ("участия", "participations", len(t.participants)),
            ("регионы", "regions mentioned", len(t.mentions_by_region))]


# -- events ------------------------------------------------------------------------------------


def event_summary(t: Tables) -> pd.DataFrame:
    """One row per event of the corpus: its fullest name, kind, dates, place and region, the documents that
    report it and who took part (people with their roles), earliest first."""
    if t.events.empty:
        return pd.DataFrame(columns=["event_id", "event", "kind", "when", "date_from", "place", "region", "n_docs",
                                     "people", "anchor"])
    events = t.events.assign(length=t.events["name"].str.len())
    first = events.sort_values(["event_id", "length", "doc_id"], ascending=[True, False, True]).drop_duplicates(
        "event_id")
    places = dict(zip(t.locations["location_id"], t.locations["name"]))
    people = (t.event_people.dropna(subset=["person"])
              .assign(who=lambda f: f["person"] + " (" + f["role"].astype(str) + ")")
              .groupby("event_id")["who"].agg(lambda names: ", ".join(dict.fromkeys(names))))
    n_docs = t.events.groupby("event_id")["doc_id"].nunique()
    summary = pd.DataFrame({
        "event_id": first["event_id"],
        "event": first["name"],
        "kind": first["kind"].astype(str),
        "when": [_period(a, b) for a, b in zip(first["iso_from"], first["iso_to"])],
        "date_from": first["date_from"],
        "place": first["location_id"].map(places),
        "region": name_regions(first["region_code"], t.regions),
        "n_docs": first["event_id"].map(n_docs).astype("int64"),
        "people": first["event_id"].map(people),
        "anchor": "doc-" + first["doc_id"],
    })
    return summary.sort_values(["date_from", "event"], na_position="last", kind="stable").reset_index(drop=True)


def _period(iso_from, iso_to) -> str:
    if not isinstance(iso_from, str):
        return ""
    return iso_from if iso_from == iso_to else f"{iso_from} – {iso_to}"
