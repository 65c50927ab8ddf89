"""A document's text as HTML with its mentions marked, nested as they are, and the legend of their
types: for the report's documents and, standalone, for a notebook."""

from __future__ import annotations

from collections import defaultdict
from html import escape

from ..records import DATE, EVENT, LOC, ORG, PER, POSITION
from ..show import LABELS

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


def highlighted_html(text: str, mentions, notes: dict[str, str] | None = None) -> str:
    """One document as a standalone HTML fragment, with its styles and a legend (for a notebook's ``HTML``)."""
    return (f'<style>{ENTITY_CSS}</style><p class="legend">{legend_html()}</p>'
            f'<div style="white-space: pre-wrap; line-height: 1.7">{document_html(text, mentions, notes)}</div>')
