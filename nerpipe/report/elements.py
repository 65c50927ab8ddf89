"""The pieces of HTML the report is made of: bilingual headings, filter boxes, tables of a frame's
columns, and the bar chart of mentions by region as inline SVG."""

from __future__ import annotations

from html import escape

import pandas as pd


def bilingual(russian: str, english: str) -> str:
    """A heading or label in Russian with its English beside it (HTML)."""
    return f'{escape(russian)} <span class="en">· {escape(english)}</span>'


def filter_html(items: str, what: str) -> str:
    """A search box that hides the elements matched by the CSS selector ``items`` not holding the words typed."""
    return (f'<p class="filter"><input type="search" data-items="{escape(items)}" '
            f'placeholder="фильтр · filter: {escape(what)}" aria-label="filter {escape(what)}"><output></output></p>')


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
