"""The report page: its styles and script, the sections of events and documents, the page
assembled from the other modules' pieces, and :func:`write_report`, which writes it atomically."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from html import escape
from pathlib import Path

import pandas as pd

from .. import __version__
from ..show import LABELS
from ..tables import Tables, load
from .elements import bilingual, filter_html, region_chart_svg, table_html
from .gather import count_cards, event_summary, top_organizations, top_people
from .highlight import ENTITY_CSS, document_html, legend_html

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


# -- events ------------------------------------------------------------------------------------


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
