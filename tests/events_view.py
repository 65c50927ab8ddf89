"""What the event layer found in a text, in plain values tests can compare."""

from __future__ import annotations

from dataclasses import dataclass

from .conftest import analyze


@dataclass(frozen=True)
class Seen:
    kind: str
    name: str
    when: str | None  # "2024-10-03/2024-10-04", a single ISO value, or None
    region: str | None
    place: str | None
    mentions: tuple[str, ...]
    people: tuple[tuple[str, str, str | None], ...]  # (person or organization, role, title)


def events_of(text: str, models) -> list[Seen]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    places = {loc.location_id: loc.name for loc in result.locations}
    out = []
    for event in result.events:
        when = None
        if event.iso_from:
            when = event.iso_from if event.iso_from == event.iso_to else f"{event.iso_from}/{event.iso_to}"
        mentions = tuple(m.text for m in result.mentions if m.type == "EVENT" and m.entity_id == event.event_id)
        people = tuple(
            (names.get(p.person_id) or orgs.get(p.org_id), p.role, p.position)
            for p in result.participants if p.event_id == event.event_id
        )
        out.append(Seen(event.kind, event.name, when, event.region_code, places.get(event.location_id), mentions,
                        people))
    return out


def one_event(text: str, models) -> Seen:
    found = events_of(text, models)
    assert len(found) == 1, found
    return found[0]


def roles(seen: Seen) -> dict[str, str]:
    return {who: role for who, role, _title in seen.people}
