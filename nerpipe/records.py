"""The records that flow between stages. All offsets are half-open ``[start, end)``
Python character offsets into the decoded document text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

PER = "PER"
ORG = "ORG"
LOC = "LOC"
DATE = "DATE"
POSITION = "POSITION"
EVENT = "EVENT"
MENTION_TYPES = (PER, ORG, LOC, DATE, POSITION, EVENT)


@dataclass(frozen=True, slots=True)
class Span:
    """A typed character span, ``text[start:end]``."""

    start: int
    end: int
    type: str

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an entity, a date or a title: its span, text and normal form."""

    start: int
    end: int
    type: str
    text: str
    normal: str
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class PersonEntity:
    """A person as resolved within one document."""

    person_id: str
    name: str  # "Имя Отчество Фамилия" in the nominative
    first: str | None  # or an initial
    middle: str | None
    last: str | None
    variants: tuple[str, ...]  # surface forms, in order of appearance
    n_mentions: int


@dataclass(frozen=True, slots=True)
class OrgEntity:
    """An organization as resolved within one document (``n_mentions`` 0: named only through a title)."""

    org_id: str
    name: str
    abbr: str | None
    variants: tuple[str, ...]
    region_code: str | None
    n_mentions: int
    # ISO 3166-1 alpha-2 of its state as resolve decides it ('RU' included: the organizations table gives
    # null for Russia's bodies, see places.foreign_country); None: unknown or international
    country: str | None = None


@dataclass(frozen=True, slots=True)
class LocationEntity:
    """A place as resolved within one document."""

    location_id: str
    name: str
    kind: str  # country, federal_subject, city or other
    category: str  # a finer kind: federal_district, macro_region, continent …
    region_code: str | None  # ISO 3166-2, of the federal subject
    country_code: str | None  # ISO 3166-1 alpha-2
    variants: tuple[str, ...]
    n_mentions: int


@dataclass(frozen=True, slots=True)
class PositionFact:
    """A person's title as one document states it (``start``/``end``: the title's span)."""

    person_id: str
    position: str
    role: str
    org_id: str | None
    region_code: str | None
    start: int
    end: int
    person_start: int
    person_end: int
    acting: bool = False
    former: bool = False
    country: str | None = None  # ISO 3166-1 alpha-2 of a foreign body; None for Russia's and where unknown
    as_of: date | None = None  # the day the title is stated for (the event's, else the publication's)
    restated: bool = False  # an earlier row of the document states this fact already (see titles.restated.restates)


@dataclass(frozen=True, slots=True)
class DateFact:
    """A date or a date range, normalized (see ``schema.DATES``)."""

    start: int
    end: int
    text: str
    iso_from: str
    iso_to: str
    date_from: date | None
    date_to: date | None
    precision: str
    year_inferred: bool


@dataclass(frozen=True, slots=True)
class EventFact:
    """An event a document reports (a session, forum, conference, meeting, visit, exhibition)."""

    event_id: str
    kind: str
    name: str
    start: int  # span of its fullest mention
    end: int
    iso_from: str | None
    iso_to: str | None
    date_from: date | None
    date_to: date | None
    location_id: str | None
    region_code: str | None
    key: str = ""  # what its name says about which event it is (nerpipe.events.naming.name_key)
    specific: bool = False  # named by more than a common noun: it can be matched across documents
    n_mentions: int = 1


@dataclass(frozen=True, slots=True)
class ParticipantFact:
    """A person or organization taking part in an event, in a role."""

    event_id: str
    person_id: str | None
    org_id: str | None
    role: str  # organizer, chair, speaker or participant
    position: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything one document contributes to the tables.

    It is what the per-document function returns, whatever engine runs it, and
    what the state store keeps so that re-runs need not process the document again.
    """

    doc_id: str
    n_chars: int
    status: str = "ok"
    error: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    mentions: tuple[Mention, ...] = ()
    persons: tuple[PersonEntity, ...] = ()
    organizations: tuple[OrgEntity, ...] = ()
    locations: tuple[LocationEntity, ...] = ()
    positions: tuple[PositionFact, ...] = ()
    dates: tuple[DateFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    participants: tuple[ParticipantFact, ...] = ()
    seconds: float = 0.0
    extra: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        return asdict(self)


def result_from_dict(data: dict) -> DocResult:
    """The inverse of :meth:`DocResult.to_dict` (dates come back as ISO strings from JSON too)."""
    data = dict(data)

    def as_date(value):
        if value is None or isinstance(value, date):
            return value
        return date.fromisoformat(value)

    data["published"] = as_date(data.get("published"))
    data["mentions"] = tuple(Mention(**m) for m in data.get("mentions", ()))
    data["persons"] = tuple(PersonEntity(**{**p, "variants": tuple(p["variants"])}) for p in data.get("persons", ()))
    data["organizations"] = tuple(
        OrgEntity(**{**o, "variants": tuple(o["variants"])}) for o in data.get("organizations", ())
    )
    data["locations"] = tuple(
        LocationEntity(**{**loc, "variants": tuple(loc["variants"])}) for loc in data.get("locations", ())
    )
    data["positions"] = tuple(
        PositionFact(**{**p, "as_of": as_date(p.get("as_of"))}) for p in data.get("positions", ())
    )
    data["dates"] = tuple(
        DateFact(**{**d, "date_from": as_date(d["date_from"]), "date_to": as_date(d["date_to"])})
        for d in data.get("dates", ())
    )
    data["events"] = tuple(
        EventFact(**{**e, "date_from": as_date(e["date_from"]), "date_to": as_date(e["date_to"])})
        for e in data.get("events", ())
    )
    data["participants"] = tuple(ParticipantFact(**p) for p in data.get("participants", ()))
    return DocResult(**data)
