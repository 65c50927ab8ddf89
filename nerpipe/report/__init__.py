"""``nerpipe report OUT``: one self-contained HTML page about an output directory.

Counts, the most mentioned people, organizations and regions, the people–positions
table (sortable by clicking a header, with a filter box), the events with who took part
in them, a bar chart of mentions by region drawn as inline SVG, and every document with
its entities highlighted (with a filter box too). Headings are in Russian with their
English beside them. Styles and the small script are inline: the page loads nothing
from anywhere.

- :mod:`.gather` — what the page shows, gathered from the tables (counts, tops, events);
- :mod:`.highlight` — a document's text with its mentions marked (also for a notebook);
- :mod:`.elements` — the pieces of HTML the page is made of: tables, headings, filter boxes, the chart;
- :mod:`.page` — the page itself, its styles and script, and writing it to a file.
"""

from .elements import region_chart_svg
from .highlight import document_html, highlighted_html
from .page import build_report, write_report

__all__ = ["build_report", "document_html", "highlighted_html", "region_chart_svg", "write_report"]
