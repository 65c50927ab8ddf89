"""``nerpipe report OUT``: one self-contained HTML page about an output directory.

Counts, the most mentioned people, organizations and regions, the people–positions
table (sortable by clicking a header, with a filter box), the events with who took part
in them, a bar chart of mentions by region drawn as inline SVG, and every document with
its entities highlighted (with a filter box too). Headings are in Russian with their
English beside them. Styles and the small script are inline: the page loads nothing
from anywhere.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import datetime, timezone
from html import escape
from pathlib import Path

import pandas as pd

from . import __version__
from .records import DATE, EVENT, LOC, ORG, PER, POSITION
from .show import LABELS
from .tables import Tables, load, name_regions

TYPE_ORDER = {EVENT: 0, POSITION: 1, ORG: 2, LOC: 3, PER: 4, DATE: 5}  # outer first when two spans coincide

ENTITY_CSS = """
.ent { border-radius: 3px; padding: 0 1px; }
.ent-PER { background: #f3d9fa; color: #5f1a73; font-weight: 600; }
.ent-ORG { background: #d0ebff; color: #0b3d6b; }
.ent-LOC { background: #d3f9d8; color: #1b5e20; }
.ent-DATE { background: #dbe4ff; color: #1c3faa; font-weight: 600; }
.ent-POSITION { background: #fff3bf; border-bottom: 2px solid #f08c00; }
.ent-EVENT { font-style: italic; border-top: 2px solid #e03131; }
.legend .ent { margin-right: .6em; }
"""

# the mention types in the legend: Russian, then English
TYPE_NAMES = {PER: ("персона", "person"), ORG: ("организация", "organization"), LOC: ("место", "place"),
              DATE: ("дата", "date"), POSITION: ("должность", "title")}

PAGE_CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #212529;
       margin: 0 auto; max-width: 1180px; padding: 1.5em 2em 4em; }
h1 { margin-bottom: .1em; } h2 { margin-top: 2em; border-bottom: 1px solid #dee2e6; padding-bottom: .2em; }
.sub { color: #6c757d; margin-top: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .8em; }
.count { border: 1px solid #dee2e6; border-radius: 6px; padding: .5em 1em; min-width: 7em; }
.count b { display: block; font-size: 1.6em; }
.tops { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 1.5em; }
.tops > div { min-width: 0; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: .3em .5em; border-bottom: 1px solid #e9ecef; }
td.num, th.num { text-align: right; }
#top-regions td:nth-child(2), #people-positions td:nth-child(7) { white-space: nowrap; }
table.sortable th { cursor: pointer; user-select: none; background: #f8f9fa; }
table.sortable th[aria-sort=ascending]::after { content: " \\25B2"; }
table.sortable th[aria-sort=descending]::after { content: " \\25BC"; }
article { border: 1px solid #dee2e6; border-radius: 6px; padding: .2em 1.2em 1em; margin: 1.2em 0; }
.doc-text { white-space: pre-wrap; line-height: 1.7; }
.meta { color: #6c757d; font-size: 13px; }
.error { color: #c92a2a; }
svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: #212529; }
.en { color: #6c757d; font-weight: normal; }
th .en { display: block; font-size: 12px; }
.filter { margin: .4em 0 .8em; } .filter input { font: inherit; padding: .25em .5em; width: 22em; }
.filter output { color: #6c757d; margin-left: .8em; font-size: 13px; }
"""

SORT_SCRIPT = """
(function () {
  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell.getAttribute("data-sort") || cell.textContent.trim();
  }
  function sortBy(table, th, index) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var numeric = th.classList.contains("num");
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, "ru");
      return ascending ? order : -order;
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.forEach(function (row) { body.appendChild(row); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.tabIndex = 0;
      th.title = "сортировать · sort";
      th.addEventListener("click", function () { sortBy(table, th, index); });
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter") { sortBy(table, th, index); }
      });
    });
  });
  // a filter box shows only the items (rows, articles) whose text holds every word typed
  Array.prototype.forEach.call(document.querySelectorAll(".filter input"), function (input) {
    var items = document.querySelectorAll(input.getAttribute("data-items"));
    var counter = input.parentNode.querySelector("output");
    var texts = Array.prototype.map.call(items, function (item) { return item.textContent.toLowerCase(); });
    function apply() {
      var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(items, function (item, index) {
        var match = words.every(function (word) { return texts[index].indexOf(word) >= 0; });
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      counter.textContent = words.length ? shown + " / " + items.length : "";
    }
    input.addEventListener("input", apply);
    apply();
  });
})();
"""


# -- highlighted text -------------------------------------------------------------------------


def split_segments(text: str, mentions) -> list[tuple[str, tuple]]:
    """Cut ``text`` at every mention boundary: ``(piece, mentions covering it, outer first)`` in order."""
    spans = [m for m in mentions if 0 <= m.start < m.end <= len(text)]
    starts = defaultdict(list)
    for mention in spans:
        starts[mention.start].append(mention)
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    segments, active = [], []
    for start, end in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > start] + starts.get(start, [])
        active.sort(key=lambda m: (m.start, -m.end, TYPE_ORDER.get(m.type, 9)))
        segments.append((text[start:end], tuple(active)))
    return segments


def document_html(text: str, mentions, notes: dict[str, str] | None = None) -> str:
    """``text`` as HTML with each mention in a ``<span class="ent ent-TYPE">``, nested as the mentions are.

    ``mentions`` are objects with ``start``, ``end``, ``type``, ``normal`` and ``entity_id``
    (:class:`~nerpipe.records.Mention`, or rows of the ``mentions`` table from ``itertuples()``);
    ``notes`` adds a word to the tooltip of an entity (a region code for a place). A mention that
    crosses the boundary of another is closed and reopened around it, so the markup stays valid.
    """
    notes = notes or {}
    parts: list[str] = []
    open_spans: list = []
    for piece, active in split_segments(text, mentions):
        keep = 0
        while keep < min(len(open_spans), len(active)) and open_spans[keep] is active[keep]:
            keep += 1
        parts.append("</span>" * (len(open_spans) - keep))
        parts.extend(open_tag(mention, notes) for mention in active[keep:])
        open_spans = list(active)
        parts.append(escape(piece, quote=False))
    parts.append("</span>" * len(open_spans))
    return "".join(parts)


def open_tag(mention, notes: dict[str, str]) -> str:
    tooltip = f"{LABELS.get(mention.type, mention.type)}: {mention.normal}"
    entity_id = mention.entity_id if isinstance(mention.entity_id, str) else None
    if entity_id and notes.get(entity_id):
        tooltip += f" ({notes[entity_id]})"
    return f'<span class="ent ent-{escape(mention.type)}" title="{escape(tooltip)}">'


def legend_html() -> str:
    return "".join(f'<span class="ent ent-{type_}">{ru} <span class="en">· {en}</span></span>'
                   for type_, (ru, en) in TYPE_NAMES.items())


def bilingual(russian: str, english: str) -> str:
    """A heading or label in Russian with its English beside it (HTML)."""
    return f'{escape(russian)} <span class="en">· {escape(english)}</span>'


def filter_html(items: str, what: str) -> str:
    """A search box that hides the elements matched by the CSS selector ``items`` not holding the words typed."""
    return (f'<p class="filter"><input type="search" data-items="{escape(items)}" '
            f'placeholder="фильтр · filter: {escape(what)}" aria-label="filter {escape(what)}"><output></output></p>')


def highlighted_html(text: str, mentions, notes: dict[str, str] | None = None) -> str:
    """One document as a standalone HTML fragment, with its styles and a legend (for a notebook's ``HTML``)."""
    return (f'<style>{ENTITY_CSS}</style><p class="legend">{legend_html()}</p>'
            f'<div style="white-space: pre-wrap; line-height: 1.7">{document_html(text, mentions, notes)}</div>')


# -- the chart ----------------------------------------------------------------------------------


def region_chart_svg(by_region: pd.DataFrame, limit: int = 25) -> str:
    """A horizontal bar chart of ``mentions_by_region`` as inline SVG: the subject itself, and its towns and places."""
    rows = by_region.head(limit)
    if rows.empty:
        return '<p class="meta">No place in a federal subject was mentioned.</p>'
    label_width, bar_width, row_height, top = 300, 520, 24, 34
    scale = bar_width / max(int(rows["n_mentions"].max()), 1)
    height = top + row_height * len(rows) + 10
    parts = [
        f'<svg id="region-chart" role="img" width="{label_width + bar_width + 60}" '
        f'height="{height}" viewBox="0 0 {label_width + bar_width + 60} {height}">',
        "<title>Mentions by federal subject</title>",
        f'<rect x="{label_width}" y="6" width="12" height="12" fill="#2f9e44"/>'
        f'<text x="{label_width + 18}" y="16">the subject named</text>',
        f'<rect x="{label_width + 160}" y="6" width="12" height="12" fill="#8ce99a"/>'
        f'<text x="{label_width + 178}" y="16">its towns and other places</text>',
    ]
    for index, row in enumerate(rows.itertuples()):
        y = top + index * row_height
        subject = row.n_subject_mentions * scale
        places = row.n_place_mentions * scale
        tip = escape(f"{row.region} ({row.region_code}): {row.n_mentions} mentions in {row.n_docs} documents")
        parts.append(
            f'<g class="bar" data-region="{escape(row.region_code)}"><title>{tip}</title>'
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{escape(row.region)}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{subject:.1f}" height="{row_height - 8}" fill="#2f9e44"/>'
            f'<rect x="{label_width + subject:.1f}" y="{y + 4}" width="{places:.1f}" height="{row_height - 8}" '
            f'fill="#8ce99a"/>'
            f'<text x="{label_width + subject + places + 6:.1f}" y="{y + 16}">{row.n_mentions}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


# -- tables ------------------------------------------------------------------------------------


def table_html(frame: pd.DataFrame, columns: dict[str, str], numeric: tuple[str, ...] = (), table_id: str = "",
               sortable: bool = False, links: dict[str, str] | None = None) -> str:
    """A ``<table>`` of ``frame``'s ``columns`` (name → header, or a Russian and an English header);
    ``links`` makes a column link to ``#anchor``."""
    links = links or {}
    classes = ' class="sortable"' if sortable else ""
    ident = f' id="{table_id}"' if table_id else ""
    num = ' class="num"'
    head = "".join(f'<th{num if name in numeric else ""} scope="col">{_header(header)}</th>'
                   for name, header in columns.items())
    rows = []
    for record in frame.to_dict("records"):
        cells = []
        for name in columns:
            value = format_cell(record.get(name))
            cell = escape(value)
            if name in links and value:
                cell = f'<a href="#{escape(str(record[links[name]]))}">{cell}</a>'
            cells.append(f'<td class="num">{cell}</td>' if name in numeric else f"<td>{cell}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table{ident}{classes}><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _header(header: str | tuple[str, str]) -> str:
    if isinstance(header, tuple):
        return f'{escape(header[0])}<span class="en">{escape(header[1])}</span>'
    return escape(header)


def format_cell(value) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


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
            ("должности", "titles held", len(t.positions)), ("даты", "dates", len(t.dates)),
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


def events_html(t: Tables) -> str:
    """The events table and the table of who took part in which event, in what role and position."""
    if t.events.empty:
        return '<p class="meta">Событий не найдено · No event was found.</p>'
    events = table_html(
        event_summary(t),
        {"when": ("когда", "when"), "event": ("событие", "event"), "kind": ("вид", "kind"),
         "place": ("место", "place"), "region": ("регион", "region"), "n_docs": ("документов", "docs"),
         "people": ("кто участвовал", "who took part")},
        numeric=("n_docs",), table_id="events", sortable=True, links={"event": "anchor"},
    )
    people = t.event_people.assign(anchor="doc-" + t.event_people["doc_id"],
                                   who=t.event_people["person"].fillna(t.event_people["organization"]))
    participants = table_html(
        people,
        {"event": ("событие", "event"), "kind": ("вид", "kind"), "iso_from": ("с", "from"),
         "region": ("регион", "region"), "who": ("персона или организация", "person or organization"),
         "role": ("роль", "role"), "position": ("должность", "title"), "organization": ("организация", "organization"),
         "path": ("документ", "document")},
        table_id="event-people", sortable=True, links={"path": "anchor"},
    )
    return (f'{events}<h3>Кто участвовал<span class="en">Who took part</span></h3><p class="meta">Одна строка на '
            "персону или организацию и событие, с самой сильной ролью из текста · "
            f'One row per person or organization and event, '
            f"with the strongest role the text gives them.</p>{participants}")


# -- documents ---------------------------------------------------------------------------------


def documents_html(t: Tables, limit: int | None = None) -> str:
    """Every document (the first ``limit`` by path) with its entities highlighted."""
    notes = dict(zip(t.locations["location_id"], t.locations["region_code"].astype(object)))
    by_doc = dict(tuple(t.mentions.groupby("doc_id")))
    documents = t.documents.sort_values("path").head(limit)
    articles = []
    if len(documents) < len(t.documents):
        articles.append(f'<p class="meta">Первые {len(documents)} из {len(t.documents)} документов по пути · '
                        f'The first {len(documents)} of {len(t.documents)} documents by path.</p>')
    for doc in documents.itertuples():
        mentions = by_doc.get(doc.doc_id, t.mentions.iloc[0:0])
        articles.append(article_html(t, doc, mentions, notes))
    return "".join(articles)


def article_html(t: Tables, doc, mentions: pd.DataFrame, notes: dict[str, str]) -> str:
    meta = [escape(doc.path)]
    if isinstance(doc.source, str):
        meta.append(escape(doc.source))
    if not pd.isna(doc.published):
        meta.append(f"published {doc.published.date().isoformat()}")
    if isinstance(doc.url, str):
        meta.append(escape(doc.url))
    if isinstance(doc.duplicate_of, str):
        meta.append(f'копия · copy of <a href="#doc-{escape(doc.duplicate_of)}">{escape(doc.duplicate_of)}</a>')
    meta.append(f"{len(mentions)} mentions")
    heading = escape(doc.title if isinstance(doc.title, str) else doc.path)
    if doc.status != "ok":
        body = f'<p class="error">Not processed: {escape(str(doc.error))}</p>'
    else:
        try:
            marked = document_html(t.document_text(doc.doc_id), mentions.itertuples(), notes)
            body = f'<div class="doc-text">{marked}</div>'
        except (OSError, ValueError) as error:
            found = ", ".join(f"{escape(m.text)} ({LABELS.get(m.type, m.type)})" for m in mentions.itertuples())
            body = f'<p class="meta">The source text is not available ({escape(str(error))}). Found: {found}</p>'
    return (f'<article id="doc-{escape(doc.doc_id)}"><h3>{heading}</h3>'
            f'<p class="meta">{" · ".join(meta)}</p>{body}</article>')


# -- the page ----------------------------------------------------------------------------------


def build_report(t: Tables, top: int = 10, title: str | None = None, max_documents: int | None = None) -> str:
    """The report page for the tables ``t`` as one HTML string; ``max_documents`` limits the texts shown."""
    title = title or f"nerpipe report: {t.out}"
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    cards = "".join(f'<div class="count"><b>{n}</b>{escape(ru)}<br><span class="en">{escape(en)}</span></div>'
                    for ru, en, n in count_cards(t))
    positions = t.people_positions.assign(anchor="doc-" + t.people_positions["doc_id"])
    docs, mentions = ("док.", "docs"), ("упом.", "mentions")
    people = table_html(top_people(t, top), {"name": ("персона", "person"), "roles": ("должности", "titles"),
                                             "n_docs": docs, "n_mentions": mentions},
                        numeric=("n_docs", "n_mentions"), table_id="top-people")
    orgs = table_html(top_organizations(t, top), {"name": ("организация", "organization"), "n_docs": docs,
                                                  "n_mentions": mentions},
                      numeric=("n_docs", "n_mentions"), table_id="top-organizations")
    regions = table_html(t.mentions_by_region.head(top), {"region": ("регион", "region"),
                                                          "region_code": ("код", "code"),
                                                          "n_mentions": mentions, "n_docs": docs},
                         numeric=("n_mentions", "n_docs"), table_id="top-regions")
    positions_table = table_html(
        positions,
        {"person": ("персона", "person"), "role": ("роль", "role"),
         "position": ("должность в тексте", "title as stated"), "organization": ("организация", "organization"),
         "region": ("регион", "region"), "path": ("документ", "document"), "published": ("дата", "published")},
        table_id="people-positions", sortable=True, links={"path": "anchor"},
    )
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{PAGE_CSS}{ENTITY_CSS}</style>
</head>
<body>
<h1>{escape(title)}</h1>
<p class="sub">Отчёт создан {generated}, nerpipe {__version__} · Generated {generated} by nerpipe {__version__}.</p>
<section id="counts"><h2>{bilingual("Итоги", "Counts")}</h2><div class="counts">{cards}</div></section>
<section id="top"><h2>{bilingual("Чаще всего упоминаются", "Most mentioned")}</h2><div class="tops">
<div><h3>{bilingual("Персоны", "People")}</h3>{people}</div>
<div><h3>{bilingual("Организации", "Organizations")}</h3>{orgs}</div>
<div><h3>{bilingual("Регионы", "Regions")}</h3>{regions}</div>
</div></section>
<section id="positions"><h2>{bilingual("Персоны и должности", "People and their positions")}</h2>
<p class="meta">Щелчок по заголовку сортирует, имя документа ведёт к его тексту ниже · Click a header to sort; a
document name leads to the text below.</p>
{filter_html("#people-positions tbody tr", "people and positions")}{positions_table}</section>
<section id="events-section"><h2>{bilingual("События", "Events")}</h2>
<p class="meta">Сессии, форумы, конференции, совещания, визиты и выставки, от ранних к поздним; название ведёт к
документу, где оно полнее всего · Sessions, forums, conferences, meetings, visits and exhibitions, earliest first;
an event's name leads to the document that names it most fully.</p>
{filter_html("#events tbody tr, #event-people tbody tr", "events")}{events_html(t)}</section>
<section id="regions"><h2>{bilingual("Упоминания по регионам", "Mentions by region")}</h2>
<p class="meta">Упоминания мест по субъектам федерации, города и другие места считаются в своём субъекте · Place
mentions per federal subject; towns and other places count toward their subject.</p>
{region_chart_svg(t.mentions_by_region)}</section>
<section id="documents"><h2>{bilingual("Документы", "Documents")}</h2><p class="legend">{legend_html()}</p>
{filter_html("#documents article", "documents")}
{documents_html(t, max_documents)}</section>
<script>{SORT_SCRIPT}</script>
</body>
</html>
"""


def write_report(out: str | os.PathLike, path: str | os.PathLike = "report.html", top: int = 10,
                 max_documents: int | None = None) -> Path:
    """Write the report on the tables in ``out`` to ``path``; returns the path written."""
    target = Path(path)
    page = build_report(load(out), top=top, max_documents=max_documents)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(page, encoding="utf-8")
    temporary.replace(target)
    return target
