"""The tables nerpipe writes: one explicit pyarrow schema each, with the meaning of every column.

This module is the single place the table layout is defined. The writer casts
to these schemas, ``nerpipe schema`` prints them and ``docs/SCHEMA.md`` is
generated from them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

STRING = pa.string()
INT32 = pa.int32()
INT64 = pa.int64()
DATE = pa.date32()
BOOL = pa.bool_()
TIMESTAMP = pa.timestamp("us", tz="UTC")
STRINGS = pa.list_(pa.string())


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    doc: str


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: tuple[Column, ...]

    @property
    def schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, c.type, nullable=c.nullable, metadata={"doc": c.doc}) for c in self.columns],
            metadata={"doc": self.doc, "table": self.name},
        )

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name, type_, doc, nullable=False):
    return Column(name, type_, nullable, doc)


def _doc_id() -> Column:
    """The column that ties a row to its document."""
    return _c("doc_id", STRING, "The document (documents.doc_id).")


def _offsets(of: str, start: str = "start", end: str = "end") -> tuple[Column, Column]:
    """The half-open offsets of ``of`` into the document's text (the texts table): ``text[start:end]``."""
    return (_c(start, INT32, f"Start of {of}: a Python str offset into the document's text (texts.text)."),
            _c(end, INT32, f"End of {of} (exclusive): text[{start}:{end}] is it."))


DOCUMENTS = Table(
    "documents",
    "One row per input document seen in the last run, processed or not: a file (plain text, a web page, a DOCX "
    "or PDF file), a row of an article table (CSV, TSV, JSON Lines, Parquet, XLSX) or a page of a web archive "
    "(WARC); and a row for a table or archive that could not be read as a whole.",
    (
        _c("doc_id", STRING, "Stable id of the content: the first 16 hex digits of sha256; unique in this "
           "table (see duplicate_of). Files that could not be read at all get an id derived from their path, "
           "prefixed with 'x'."),
        _c("path", STRING, "Path relative to the input root, '/'-separated, followed for a row of a table or a "
           "page of an archive by its locator ('export.xlsx#17'). Bytes of a name that are not valid UTF-8 show "
           "as \\xNN, and a backslash as two (so no two names print alike)."),
        _c("locator", STRING, "Where the document is in its file, as appended to path: '#17' for the 17th data row "
           "of a table (the header not counted; for JSON Lines the 17th line), '#Sheet!17' for a row of a later "
           "worksheet of a workbook, '#OFFSET' for the page at that byte offset of a web archive (`warcio extract "
           "FILE OFFSET`); null for a whole file.", True),
        _c("root", STRING, "The input root (absolute path) the file was found under."),
        _c("sha256", STRING, "Hex digest of the file bytes; for a row or an archive page, of its content and the "
           "metadata its table or archive states (so an edited title is a new document too); null when the file "
           "could not be read.", True),
        _c("n_bytes", INT64, "Size of the file in bytes (of a row's text cell, of an archive page's HTML); null "
           "when unknown.", True),
        _c("n_chars", INT32, "Length of the document's text (texts.text): the decoded file, or the main text of a "
           "page, DOCX or PDF; 0 when it could not be read."),
        _c("encoding", STRING, "Encoding the text was decoded from (utf-8, utf-8-bom, utf-16, cp1251, …): of the file, "
           "or for a row of a CSV, TSV or JSON Lines table, of the table file; null for DOCX and PDF, which hold "
           "text as such.", True),
        _c("title", STRING, "The headline: from the input's metadata (a page's title, a table's title column), "
           "else the text's headline line; null when the text starts with its body.", True),
        _c("url", STRING, "The article's address, when the input carries one (a page's canonical address, a web "
           "archive's target URI, a table's url column).", True),
        _c("source", STRING, "The outlet or agency: from the input's metadata (a page's site name, a table's source "
           "column), else a credit line in the text ('Источник: …', '/ТАСС/', 'пишет «…»'), else the host of url.",
           True),
        _c("published", DATE, "Publication date from the input's metadata, else when the text states it (a dateline "
           "near the top); null when neither does.", True),
        _c("status", STRING, "'ok', or 'error' when the document could not be processed."),
        _c("error", STRING, "Why, in one line, when status is 'error'.", True),
        _c("duplicate_of", STRING, "For a copy of another document, the doc_id of the one it copies; null for the "
           "first of its kind. Two kinds of copy: the same content (a copied file, one file reached through two "
           "inputs, a row repeated) names the first of them by root and path, whose rows in the other tables are "
           "this one's too, and has an id of its own (its content's id followed by a digest of its path); a near-"
           "duplicate (the same article up to boilerplate and small edits: a syndicated copy, a second crawl) names "
           "its article's first document (the earliest published, then the smallest doc_id) and keeps its own rows "
           "in the other tables, but is not counted again in the n_docs and n_mentions of persons, organizations "
           "and locations. Documents whose duplicate_of is null are the distinct articles.", True),
        _c("processed_at", TIMESTAMP, "When this document's result was produced (UTC)."),
    ),
)

TEXTS = Table(
    "texts",
    "One row per processed document (status 'ok'): the text every offset of the other tables points into.",
    (
        _c("doc_id", STRING, "The document (documents.doc_id). A document with the same content as another "
           "(documents.duplicate_of, same sha256) shares that one's text."),
        _c("text", STRING, "The document's text as nerpipe analysed it: the decoded file with line endings as '\\n', "
           "or the main text extracted from a page, DOCX, PDF, table cell or archive page; text[start:end] is a "
           "mention."),
    ),
)

MENTIONS = Table(
    "mentions",
    "One row per entity mention: people, organizations, places, dates and titles, with character offsets.",
    (
        _doc_id(),
        *_offsets("the mention"),
        _c("type", STRING, "PER, ORG, LOC, DATE, POSITION or EVENT."),
        _c("text", STRING, "Surface form, exactly text[start:end]."),
        _c("normal", STRING, "Normalized form: nominative, canonical spelling; ISO 8601 for dates "
           "('2017-06-22', or 'from/to' for a range); for a relative date with nothing to count from (no "
           "publication date, no date before it), which has no dates row, its canonical words ('пятница', "
           "'прошлая неделя', 'следующий год', 'сегодня', '2 года назад', 'следующий день'); for an event, the "
           "event's name; for an organization, the nominative of what the text writes where that is a shorter "
           "spelling of its body (an abbreviation, a dictionary spelling, the name without its country: 'МВД', "
           "'Сенат'), otherwise the organization's name (the body's own name is organizations.name, through "
           "entity_id)."),
        _c("entity_id", STRING, "person_id, org_id, location_id or event_id the mention resolves to; null for dates "
           "and titles.", True),
    ),
)

PERSONS = Table(
    "persons",
    "One row per distinct person in the corpus.",
    (
        _c("person_id", STRING, "Stable id derived from the canonical first and last name."),
        _c("name", STRING, "Canonical full name in the nominative: 'Имя Фамилия' or 'Имя Отчество Фамилия'."),
        _c("first", STRING, "First name (or initial).", True),
        _c("middle", STRING, "Patronymic (or initial).", True),
        _c("last", STRING, "Surname.", True),
        _c("variants", STRINGS, "Distinct surface forms seen ('Петром Орловым', 'Орлов', …)."),
        _c("n_docs", INT32, "Number of articles that mention the person (near-duplicate copies of an article, "
           "documents.duplicate_of, count once)."),
        _c("n_mentions", INT32, "Number of mentions (in each article once, not again in its copies)."),
    ),
)

ORGANIZATIONS = Table(
    "organizations",
    "One row per distinct organization in the corpus.",
    (
        _c("org_id", STRING, "Stable id derived from the canonical name (case, quotes, legal form and the way "
           "Russia is named do not change it); a body named by its noun alone whose country the article does not "
           "say ('Правительство', 'Парламент') has an id of that article's own."),
        _c("name", STRING, "Canonical full name in the nominative, genitive dependents kept."),
        _c("abbr", STRING, "Abbreviation when known ('Минпромторг России', 'АИРР').", True),
        _c("variants", STRINGS, "Surface forms seen."),
        _c("region_code", STRING, "ISO 3166-2 code of the region the organization belongs to, when stated.", True),
        _c("country", STRING, "ISO 3166-1 alpha-2 code of the state the organization belongs to when it is not "
           "Russia ('US', 'JP'; a state ISO 3166-1 does not list has the user-assigned code countries.csv gives it, "
           "'XA' for 'Абхазия'), from the dictionary, a place or an adjective of a country in its name; null for "
           "Russia's bodies (as positions.country), for international bodies ('ООН') and where unknown.", True),
        _c("n_docs", INT32, "Number of articles that mention it (or name it through a title); near-duplicate "
           "copies of an article count once."),
        _c("n_mentions", INT32, "Number of mentions (0 when it is only implied by a title such as 'министр …')."),
    ),
)

LOCATIONS = Table(
    "locations",
    "One row per distinct place in the corpus.",
    (
        _c("location_id", STRING, "Stable id derived from the canonical name."),
        _c("name", STRING, "Canonical nominative name ('Калининградская область', 'Гусев', "
           "'Республика Саха (Якутия)')."),
        _c("kind", STRING, "country, federal_subject, city, or other (macro-regions, districts, foreign places)."),
        _c("category", STRING, "Finer kind: country, federal_subject, city (a Russian town), foreign_city (a city "
           "abroad, of kind other), federal_district, macro_region, continent or other."),
        _c("region_code", STRING, "ISO 3166-2 code of the federal subject ('RU-KGD'); for a city, of the subject it "
           "lies in. Codes of the six subjects ISO 3166-2:RU does not list are described in docs/REGIONS.md.", True),
        _c("country_code", STRING, "ISO 3166-1 alpha-2 code of the country the place is or lies in ('RU'; 'GB' for "
           "'Лондон'; a user-assigned code for a state ISO does not list, as organizations.country), when known.",
           True),
        _c("variants", STRINGS, "Surface forms seen."),
        _c("n_docs", INT32, "Number of articles that mention it; near-duplicate copies of an article count once."),
        _c("n_mentions", INT32, "Number of mentions."),
    ),
)

POSITIONS = Table(
    "positions",
    "One row per person–position fact stated in a document, and one more each time the document states it "
    "again at another mention of the person (restated = true): the rows with restated = false are one per fact. "
    "Founding or owning a thing ('основатель фонда', 'владелец кафе') is no post and has no row.",
    (
        _doc_id(),
        _c("person_id", STRING, "Who (persons.person_id)."),
        _c("position", STRING, "The full title as stated, in the nominative "
           "('заместитель мэра Лесногорска по транспорту')."),
        _c("role", STRING, "The canonical role without organization or place ('заместитель губернатора'); "
           "variants map to one role ('вице-губернатор' → 'заместитель губернатора')."),
        _c("org_id", STRING, "The organization the title belongs to (organizations.org_id).", True),
        _c("region_code", STRING, "ISO 3166-2 code of the region the title belongs to.", True),
        *_offsets("the title"),
        *_offsets("the person mention the title is attached to", "person_start", "person_end"),
        _c("acting", BOOL, "The title is held in an acting capacity ('и. о.', 'врио')."),
        _c("former", BOOL, "The title is no longer held ('бывший', 'экс-', 'первый президент')."),
        _c("country", STRING, "ISO 3166-1 alpha-2 code of the country whose body the title belongs to, when it is "
           "not Russia ('IL' for 'министр обороны Израиля', 'GB' for 'мэр Лондона'; a user-assigned code for a state "
           "ISO does not list, as organizations.country); null for Russia's bodies "
           "(as organizations.country) and where no country is known.", True),
        _c("as_of", DATE, "The day the title is stated for: the first day of the event the person takes part in "
           "(events.date_from), else the document's publication date; null when neither is known.", True),
        _c("restated", BOOL, "An earlier row of the document states this fact already: the same person and role, and "
           "no organization, region, country or dependent words that row lacks ('губернатор' after "
           "'губернатор Северной области' for the same person). Filter on restated = false for one row per fact."),
    ),
)

DATES = Table(
    "dates",
    "One row per date or date range mentioned.",
    (
        _doc_id(),
        *_offsets("the date"),
        _c("text", STRING, "Surface form."),
        _c("iso_from", STRING, "ISO 8601 at the precision stated: '2017-06-22', '2017-04', '2016'; with no known year "
           "'--11-27' or '--11'."),
        _c("iso_to", STRING, "End of the period in the same form (equal to iso_from for a single date)."),
        _c("date_from", DATE, "First day of the period, when the year is known.", True),
        _c("date_to", DATE, "Last day of the period, when the year is known.", True),
        _c("precision", STRING, "day, month or year."),
        _c("year_inferred", BOOL, "The year was not written but inferred (from the publication date, a date said "
                                  "before it with its year, or a weekday)."),
    ),
)

EVENTS = Table(
    "events",
    "One row per event a document reports: a session, forum, conference, meeting, visit or exhibition.",
    (
        _doc_id(),
        _c("event_id", STRING, "Stable id. The same event reported by several documents (same kind and name, "
           "overlapping or unknown dates) has one id; an event named only by a common noun ('совещание') is "
           "matched across documents only on the same day and place."),
        _c("kind", STRING, "session, forum, conference, meeting, visit, exhibition or other."),
        _c("name", STRING, "The event's name in the nominative, as complete as the text gives it "
           "('IX Общероссийский форум … «…»', 'стратегическая сессия по разработке …')."),
        *_offsets("its fullest mention (an EVENT row of mentions)"),
        _c("iso_from", STRING, "When it takes place, ISO 8601 at the precision stated, as in dates ('2021-04-01', "
           "'--11-27' with no known year).", True),
        _c("iso_to", STRING, "Last day (or month, year) in the same form.", True),
        _c("date_from", DATE, "First day, when the year is known or inferred.", True),
        _c("date_to", DATE, "Last day, when the year is known or inferred.", True),
        _c("location_id", STRING, "Where it takes place: the most specific place stated, a town before its "
           "region (locations.location_id).", True),
        _c("region_code", STRING, "ISO 3166-2 code of the federal subject it takes place in.", True),
        _c("n_mentions", INT32, "Mentions of the event in the document (EVENT rows of mentions)."),
    ),
)

PARTICIPANTS = Table(
    "participants",
    "One row per person or organization taking part in an event, with the strongest role the document "
    "gives them (chair, organizer, speaker, participant).",
    (
        _doc_id(),
        _c("event_id", STRING, "The event (events.event_id)."),
        _c("person_id", STRING, "Who (persons.person_id); null when an organization takes part as such.", True),
        _c("org_id", STRING, "The organization: the one the person's title belongs to, or the organization "
           "taking part or organizing (organizations.org_id).", True),
        _c("role", STRING, "organizer (организаторами выступили, по инициативе, при поддержке), chair (под "
           "председательством), speaker (said, reported or quoted at or about the event) or participant."),
        _c("position", STRING, "The person's title as the document states it, in the nominative "
           "(positions.position): the one stated at this mention, else the first.", True),
        *_offsets("the mention that ties them to the event (a person, organization or title)"),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (DOCUMENTS, MENTIONS, PERSONS, ORGANIZATIONS, LOCATIONS, POSITIONS, DATES, EVENTS,
                        PARTICIPANTS, TEXTS)
}


def schema_markdown() -> str:
    """The schema reference as Markdown (``docs/SCHEMA.md`` is this text)."""
    lines = [
        "# Table reference",
        "",
        "Generated from `nerpipe/schema.py` by `nerpipe schema --markdown`; do not edit by hand.",
        "Every table is `OUT/<table>.parquet`. Offsets are Python `str` character offsets into the",
        "document's decoded text (line endings unified to `\\n`), half-open: `text[start:end]`.",
        "",
    ]
    for table in TABLES.values():
        lines += [f"## {table.name}", "", table.doc, "", "| column | type | null | meaning |", "|---|---|---|---|"]
        for column in table.columns:
            null = "yes" if column.nullable else ""
            lines.append(f"| {column.name} | {_type_name(column.type)} | {null} | {column.doc} |")
        lines.append("")
    return "\n".join(lines)


def schema_text() -> str:
    """The schema reference for a terminal."""
    out = []
    for table in TABLES.values():
        out.append(f"{table.name}: {table.doc}")
        width = max(len(c.name) for c in table.columns)
        for column in table.columns:
            null = ", nullable" if column.nullable else ""
            out.append(f"  {column.name:<{width}}  {_type_name(column.type)}{null}")
            out.append(f"  {'':<{width}}  {column.doc}")
        out.append("")
    return "\n".join(out)


def _type_name(type_: pa.DataType) -> str:
    if pa.types.is_timestamp(type_):
        return f"timestamp[{type_.unit}, {type_.tz}]"
    if pa.types.is_list(type_):
        return f"list<{type_.value_type}>"
    return str(type_).replace("date32[day]", "date32")
