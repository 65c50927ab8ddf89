"""``nerpipe show FILE``: one document in the terminal with its entities coloured, then the facts found.

Each mention type has one attribute of its own, so that nested mentions stay visible
(a place inside an organization inside a title keeps all three marks):

- PER: magenta text (bold),     LOC: green text,          DATE: blue text (bold),
- ORG: a grey23 background,     POSITION: underlined (and yellow where nothing inside recolours it),
- EVENT: italic (and red where nothing inside recolours it).

After the text come the facts: people, organizations, places, dates, and the events with
their dates, place and participants.

Nothing from the document reaches the terminal as a control character: an escape
sequence in an article (or a file name) would otherwise recolour, retitle or
rewrite the terminal. Each control character is shown as a visible one in its
place (ESC as ``␛``), so offsets into the text stay those of the tables.
"""

from __future__ import annotations

import os
from collections import defaultdict

from rich.console import Console, Group
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from .errors import DocumentError
from .read import DEFAULT_MAX_BYTES, printable
from .records import DATE, EVENT, LOC, ORG, PER, POSITION, DocResult

STYLES: dict[str, Style] = {
    PER: Style(color="magenta", bold=True),
    ORG: Style(bgcolor="grey23", color="cyan"),
    LOC: Style(color="green"),
    DATE: Style(color="blue", bold=True),
    POSITION: Style(color="yellow", underline=True),
    EVENT: Style(color="red", italic=True),
}
LABELS = {PER: "person", ORG: "organization", LOC: "place", DATE: "date", POSITION: "title", EVENT: "event"}

# one visible character for each control character (C0 but line feed and tab, DEL, C1, bidirectional overrides)
_VISIBLE = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_VISIBLE[0x7F] = 0x2421
_VISIBLE.update({code: 0xFFFD for code in (*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def terminal_text(text: str) -> str:
    """``text`` with every control character replaced by a visible one: same length, same offsets."""
    return text.translate(_VISIBLE)


def highlight_text(text: str, mentions) -> Text:
    """``text`` with every mention styled by type; inner mentions are styled after the ones around them."""
    highlighted = Text(terminal_text(text))
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        highlighted.stylize(STYLES[mention.type], mention.start, mention.end)
    return highlighted


def render_legend() -> Text:
    legend = Text()
    for type_, label in LABELS.items():
        legend.append(f" {label} ", STYLES[type_])
        legend.append("  ")
    return legend


def render_people(result: DocResult) -> Table:
    titles = defaultdict(list)
    for fact in sorted(result.positions, key=lambda f: f.start):
        flags = [flag for flag, on in (("acting", fact.acting), ("former", fact.former)) if on]
        title = fact.position + (f" ({', '.join(flags)})" if flags else "")
        if title not in titles[fact.person_id]:
            titles[fact.person_id].append(title)
    table = Table(title="People", title_justify="left", expand=False)
    table.add_column("person", style=STYLES[PER])
    table.add_column("titles")
    table.add_column("mentions", justify="right")
    for person in sorted(result.persons, key=lambda p: p.name):
        table.add_row(*_cells(person.name, "\n".join(titles.get(person.person_id, [])) or "—", str(person.n_mentions)))
    return table


def render_organizations(result: DocResult) -> Table:
    table = Table(title="Organizations", title_justify="left")
    table.add_column("organization", style="cyan")
    table.add_column("abbreviation")
    table.add_column("region", style=STYLES[LOC])
    for org in sorted(result.organizations, key=lambda o: o.name):
        table.add_row(*_cells(org.name, org.abbr or "", org.region_code or ""))
    return table


def render_places(result: DocResult, region_names: dict[str, str]) -> Table:
    table = Table(title="Places", title_justify="left")
    table.add_column("place", style=STYLES[LOC])
    table.add_column("kind")
    table.add_column("code")
    table.add_column("federal subject")
    for place in sorted(result.locations, key=lambda p: (p.kind, p.name)):
        code = place.region_code or place.country_code or ""
        table.add_row(*_cells(place.name, place.kind, code, region_names.get(place.region_code or "", "")))
    return table


def render_dates(result: DocResult) -> Table:
    table = Table(title="Dates", title_justify="left")
    table.add_column("as written", style=STYLES[DATE])
    table.add_column("ISO 8601")
    table.add_column("precision")
    table.add_column("year")
    for fact in sorted(result.dates, key=lambda d: d.start):
        iso = fact.iso_from if fact.iso_from == fact.iso_to else f"{fact.iso_from}/{fact.iso_to}"
        table.add_row(*_cells(fact.text, iso, fact.precision, "inferred" if fact.year_inferred else "written"))
    return table


def _cells(*values: str) -> list[Text]:
    """Table cells as plain text: neither markup nor control characters are interpreted."""
    return [Text(terminal_text(value)) for value in values]


def render_events(result: DocResult, region_names: dict[str, str]) -> Table:
    """The events: kind, name, when, where, and who takes part in what role (with their titles)."""
    persons = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    places = {loc.location_id: loc.name for loc in result.locations}
    table = Table(title="Events", title_justify="left")
    table.add_column("event", style=STYLES[EVENT])
    table.add_column("kind")
    table.add_column("when")
    table.add_column("where", style=STYLES[LOC])
    table.add_column("participants")
    for event in sorted(result.events, key=lambda e: e.start):
        when = "" if event.iso_from is None else (
            event.iso_from if event.iso_from == event.iso_to else f"{event.iso_from}/{event.iso_to}")
        place = places.get(event.location_id) if event.location_id else None
        region = region_names.get(event.region_code) if event.region_code else None
        where = ", ".join(dict.fromkeys(x for x in (place, region) if x))
        people = []
        for row in result.participants:
            if row.event_id != event.event_id:
                continue
            who = persons.get(row.person_id or "") or orgs.get(row.org_id or "") or "?"
            title = f", {row.position}" if row.position else ""
            people.append(f"{row.role}: {who}{title}")
        table.add_row(*_cells(event.name, event.kind, when, where, "\n".join(people) or "—"))
    return table


def render_document(text: str, result: DocResult, name: str = "", region_names: dict[str, str] | None = None) -> Group:
    """The whole screen for one document: header, legend, highlighted text, then the facts tables."""
    if region_names is None:
        region_names = load_region_names()
    header = f"{terminal_text(name)}  ·  " if name else ""
    header += f"{len(text)} characters, {len(result.mentions)} mentions"
    if result.published:
        header += f", published {result.published.isoformat()}"
    about = [value for value in (result.title, result.source, result.url) if value]
    if about:
        header += "  ·  " + terminal_text(" · ".join(about))
    parts = [Rule(Text(header)), render_legend(), Text(), highlight_text(text, result.mentions), Rule("facts")]
    parts += [render_people(result), render_organizations(result), render_places(result, region_names),
              render_dates(result), render_events(result, region_names)]
    return Group(*parts)


def load_region_names() -> dict[str, str]:
    from .places import load_regions

    return {region.code: region.name for region in load_regions()}


def split_locator(name: str) -> tuple[str, str]:
    """``'export.xlsx#17'`` → ``('export.xlsx', '#17')``: a file and the document in it (``''``: the file itself).

    A name that exists as given is a file, even with a ``#`` in it.
    """
    if os.path.lexists(name) or "#" not in name:
        return name, ""
    path, _, locator = name.rpartition("#")
    return path, f"#{locator}"


def analyze_file(path: str | os.PathLike, models=None, max_bytes: int | None = None,
                 columns=None) -> tuple[str, DocResult]:
    """Read and process one document as ``nerpipe run`` would (:func:`nerpipe.engines.process_item`).

    ``path`` names a file, or a row of a table or a page of a web archive as the
    ``documents`` table does (``export.xlsx#17``); ``columns`` is the table's column
    mapping (:func:`nerpipe.formats.parse_column_options`). Returns the document's text
    (what its offsets point into) and the result. Raises :class:`~nerpipe.errors.DocumentError`
    with the one-line reason ``nerpipe run`` would record when the document cannot be
    processed (not a regular file, too large, not text, a stage failed on it), and
    :class:`OSError` when the file cannot be opened.
    """
    from .engines import Limits, process_item

    limits = Limits(timeout=None, max_bytes=max_bytes or DEFAULT_MAX_BYTES, max_memory=None)
    work = process_item(read_item(os.fspath(path), limits, columns), limits, models)
    if work.result.status != "ok":
        raise DocumentError(work.result.error)
    return work.text, work.result


def read_item(name: str, limits, columns=None):
    """The work item ``nerpipe run`` would make of a file, or of one row or page of it (``FILE#17``)."""
    from .engines import WorkItem
    from .formats import iter_records, read_head, sniff_kind
    from .formats.sniff import TEXT
    from .read import hash_bytes, open_path, read_contents

    path, locator = split_locator(name)
    with open_path(path) as handle:
        kind = sniff_kind(path, *read_head(handle))
        if not kind.multi:
            if locator:
                raise DocumentError(f"a {kind.format.upper()} file is one document; {locator} names none in it")
            if kind.format == TEXT and not kind.gzip:
                contents = read_contents(handle, limits.max_bytes)
            else:
                contents = read_contents(handle, max(limits.max_file_bytes, limits.max_bytes),
                                         option="--max-file-bytes")
            return WorkItem(hash_bytes(contents.data), contents.data, kind.format, kind.gzip)
        count, first = 0, None
        for count, record in enumerate(iter_records(handle, kind, columns), start=1):  # noqa: B007
            first = first or record.locator
            if not locator:
                break
            if record.locator == locator:
                return WorkItem(record.sha256, record=record)
    if first is None:
        raise DocumentError(f"the {kind.format.upper()} file holds no document")
    if not locator:
        raise DocumentError(f"a {kind.format.upper()} file holds many documents: name one as the documents table "
                            f"does, {printable(path)}{first} for the first")
    raise DocumentError(f"no document {locator} in the file (it holds {count}; the first is {first})")


def show_file(path: str | os.PathLike, console: Console | None = None, models=None,
              max_bytes: int | None = None, columns=None) -> DocResult:
    """Print one document with its entities highlighted, then the facts found; returns the result."""
    console = console or Console()
    text, result = analyze_file(path, models, max_bytes, columns)
    name = printable(os.fspath(path))
    console.print(render_document(text, result, name=name), soft_wrap=True, highlight=False)
    return result
