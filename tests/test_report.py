"""``nerpipe report``: one self-contained page, checked as markup and in headless Chromium."""

from __future__ import annotations

import dataclasses
import re
import shutil
import struct
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from nerpipe.cli import main
from nerpipe.records import LOC, ORG, PER, POSITION, Mention
from nerpipe.report import build_report, document_html, region_chart_svg, write_report
from nerpipe.tables import load

from .chromium import open_page, require_chromium

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Spans(HTMLParser):
    """Collects the text of the page and of every entity span, and the page's outward references."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []
        self.open: list[list] = []  # [classes, collected text] per open span
        self.spans: list[tuple[str, str]] = []
        self.references: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href", "action", "poster"):
            if attrs.get(name):
                self.references.append(attrs[name])
        if tag == "link":
            self.references.append(attrs.get("href", "<link>"))
        if tag == "span":
            self.open.append([attrs.get("class", ""), []])

    def handle_endtag(self, tag):
        if tag == "span":
            classes, text = self.open.pop()
            self.spans.append((classes, "".join(text)))

    def handle_data(self, data):
        self.text.append(data)
        for _classes, text in self.open:
            text.append(data)


def parse(html: str) -> Spans:
    parser = Spans()
    parser.feed(html)
    parser.close()
    assert parser.open == [], "unclosed spans"
    return parser


@pytest.fixture(scope="module")
def tables(seeds_out):
    return load(seeds_out)


@pytest.fixture(scope="module")
def report_path(seeds_out, tmp_path_factory):
    return write_report(seeds_out, tmp_path_factory.mktemp("report") / "report.html")


def test_document_html_wraps_every_mention_in_its_type():
    text = "Губернатор Свердловской области Денис Паслер и <Минпромторг>"
    mentions = [
        Mention(0, 31, POSITION, text[0:31], "губернатор Свердловской области"),
        Mention(11, 31, LOC, text[11:31], "Свердловская область", "loc_1"),
        Mention(32, 44, PER, text[32:44], "Денис Паслер", "per_1"),
        Mention(48, 59, ORG, text[48:59], "Минпромторг", "org_1"),
    ]
    html = document_html(text, mentions, notes={"loc_1": "RU-SVE"})
    parsed = parse(html)
    assert "".join(parsed.text) == text
    assert ("ent ent-LOC", "Свердловской области") in parsed.spans
    assert ("ent ent-POSITION", "Губернатор Свердловской области") in parsed.spans
    assert ("ent ent-ORG", "Минпромторг") in parsed.spans
    assert "&lt;" in html and 'title="place: Свердловская область (RU-SVE)"' in html


def test_document_html_stays_valid_when_mentions_cross():
    text = "abcdefghij"
    mentions = [Mention(0, 6, ORG, "abcdef", "x"), Mention(3, 9, LOC, "defghi", "y")]
    parsed = parse(document_html(text, mentions))
    assert "".join(parsed.text) == text
    assert "".join(t for c, t in parsed.spans if c == "ent ent-ORG") == "abcdef"
    assert [t for c, t in parsed.spans if c == "ent ent-LOC"] == ["def", "ghi"]  # closed and reopened


def test_report_highlights_every_mention_of_every_document(tables, report_path):
    parsed = parse(report_path.read_text(encoding="utf-8"))
    found = {(classes.split()[-1].removeprefix("ent-"), text) for classes, text in parsed.spans
             if classes.startswith("ent ")}
    for mention in tables.mentions.itertuples():
        assert (mention.type, mention.text) in found, mention


def test_report_loads_nothing_from_outside(report_path):
    html = report_path.read_text(encoding="utf-8")
    parsed = parse(html)
    assert parsed.references, "the document links are missing"
    assert all(ref.startswith("#") for ref in parsed.references), parsed.references
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert re.search(r"<script>.*sortBy", html, flags=re.S)
    assert "<svg" in html and "<style>" in html


def test_chart_draws_one_bar_per_region(tables):
    svg = region_chart_svg(tables.mentions_by_region)
    assert svg.count('<g class="bar"') == len(tables.mentions_by_region) > 0
    assert "Республика Коми" in svg
    assert "No place" in region_chart_svg(tables.mentions_by_region.iloc[0:0])


def test_report_shows_the_texts_table_without_the_source_files(tables):
    moved = tables.documents.assign(root="/nonexistent")
    page = parse(build_report(dataclasses.replace(tables, documents=moved)))
    assert "The source text is not available" not in "".join(page.text)
    shown = {(classes, text) for classes, text in page.spans}
    for mention in tables.mentions.itertuples():
        assert any(text == mention.text for _classes, text in shown), mention.text


def test_report_without_the_source_files_lists_the_mentions(tables):
    moved = tables.documents.assign(root="/nonexistent")
    page = build_report(dataclasses.replace(tables, documents=moved, texts=None))  # tables of an older version
    assert page.count("The source text is not available") == len(tables.documents)
    assert "Денис Паслер (person)" in page


def test_report_command_writes_the_page(seeds_out, tmp_path):
    target = tmp_path / "out" / "page.html"
    result = CliRunner().invoke(main, ["report", str(seeds_out), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["report", str(empty), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    assert "nerpipe run" in result.stderr


def test_report_can_limit_the_documents_shown(tables):
    page = build_report(tables, max_documents=2)
    assert page.count("<article ") == 2
    assert "The first 2 of 5 documents" in page
    assert build_report(tables).count("<article ") == len(tables.documents)


ROWS = "Array.from(document.querySelectorAll('#people-positions tbody tr'))"


def test_report_in_chromium(tables, report_path, tmp_path):
    executable = require_chromium()
    page_file = tmp_path / "report.html"
    shutil.copy(report_path, page_file)
    with open_page(executable) as (page, log):
        page.goto(page_file.as_uri())
        assert log.errors == []
        assert all(url.startswith(("file:", "data:")) for url in log.requests), log.requests

        rows = page.evaluate(f"{ROWS}.map(tr => Array.from(tr.cells).map(td => td.textContent))")
        shown = {(row[0], row[2]) for row in rows}
        assert len(rows) == len(tables.people_positions)
        for fact in tables.people_positions.itertuples():
            assert (fact.person, fact.position) in shown
        paslers = [row for row in rows if row[0] == "Денис Паслер"]
        assert paslers and paslers[0][1] == "губернатор" and paslers[0][4] == "Свердловская область"

        assert page.locator("#people-positions").bounding_box()["height"] > 100
        assert page.locator("#region-chart g.bar").count() == len(tables.mentions_by_region)
        assert page.locator("article").count() == len(tables.documents)
        assert page.locator("article .ent").count() == len(tables.mentions)
        assert page.locator("h2").first.inner_text().startswith("Итоги")  # Russian first, English beside it

        # the filter box: typing keeps the rows that hold every word, clearing it brings all back
        box = page.locator("#positions .filter input")
        box.fill("паслер губернатор")
        visible = page.evaluate(f"{ROWS}.filter(tr => !tr.hidden).map(tr => tr.cells[0].textContent)")
        assert visible and set(visible) == {"Денис Паслер"}
        assert page.locator("#positions .filter output").inner_text() == f"{len(visible)} / {len(rows)}"
        box.fill("")
        assert page.evaluate(f"{ROWS}.filter(tr => !tr.hidden).length") == len(rows)
        page.locator("#documents .filter input").fill("Паслер")
        articles = page.evaluate("Array.from(document.querySelectorAll('article')).filter(a => !a.hidden)"
                                 ".map(a => a.textContent)")
        assert 0 < len(articles) < len(tables.documents) and all("Паслер" in text for text in articles)

        # sorting by a header, both ways
        column = f"{ROWS}.map(tr => tr.cells[5].textContent)"
        header = page.locator("#people-positions th").nth(5)
        header.click()
        ascending = page.evaluate(column)
        assert header.get_attribute("aria-sort") == "ascending"
        assert ascending == sorted(ascending)
        header.click()
        assert page.evaluate(column) == ascending[::-1]
        assert header.get_attribute("aria-sort") == "descending"
        assert log.errors == []

        shot = page.screenshot(path=tmp_path / "report.png", full_page=True)
    assert shot.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", shot[16:24])
    assert width >= 1000 and height >= 900
    assert (tmp_path / "report.png").stat().st_size == len(shot) > 10_000
