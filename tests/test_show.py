"""``nerpipe show``: the document with every mention coloured by type, then the facts."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from rich.color import Color
from rich.console import Console
from rich.style import Style
from rich.text import Text

from nerpipe.cli import main
from nerpipe.records import DATE, EVENT, LOC, ORG, PER, POSITION, Mention
from nerpipe.show import analyze_file, highlight_text

from .conftest import SEEDS

SEED = SEEDS / "004_eccd35816c06c0fb.txt"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def has_mark(style: Style, type_: str) -> bool:
    """The attribute that identifies each type (nerpipe/show.py's docstring), also under nested mentions."""
    if type_ == POSITION:
        return bool(style.underline)
    if type_ == EVENT:
        return bool(style.italic)
    if type_ == ORG:
        return style.bgcolor is not None and style.bgcolor.number == Color.parse("grey23").number
    colour = {PER: "magenta", LOC: "green", DATE: "blue"}[type_]
    return style.color is not None and style.color.number == Color.parse(colour).number


def unmarked(text: Text, mentions, console: Console, base: int = 0) -> list[tuple[str, str]]:
    """The mentions with a character that lacks its type's mark, as (type, text)."""
    return [
        (m.type, m.text) for m in mentions
        if not all(has_mark(text.get_style_at_offset(console, base + i), m.type) for i in range(m.start, m.end))
    ]


@pytest.fixture(scope="module")
def seed(models):
    return analyze_file(SEED, models)


def test_the_seed_has_every_kind_of_mention(seed):
    _text, result = seed
    assert {m.type for m in result.mentions} == {PER, ORG, LOC, DATE, POSITION, EVENT}


def test_highlight_marks_every_mention(seed):
    text, result = seed
    highlighted = highlight_text(text, result.mentions)
    assert highlighted.plain == text
    assert unmarked(highlighted, result.mentions, Console()) == []


def test_nested_mentions_keep_every_mark():
    text = "директор Корпорации развития Калининградской области Иван Петров"
    mentions = [
        Mention(0, 52, POSITION, text[0:52], "директор"),
        Mention(9, 52, ORG, text[9:52], "Корпорация развития Калининградской области"),
        Mention(29, 52, LOC, text[29:52], "Калининградская область"),
        Mention(53, 64, PER, text[53:64], "Иван Петров"),
    ]
    # given inner first: the order of the input must not matter
    highlighted = highlight_text(text, reversed(mentions))
    assert unmarked(highlighted, mentions, Console()) == []
    style = highlighted.get_style_at_offset(Console(), 40)
    assert has_mark(style, POSITION) and has_mark(style, ORG) and has_mark(style, LOC)
    assert not has_mark(highlighted.get_style_at_offset(Console(), 5), ORG)


def test_show_command_colours_every_mention(seed):
    text, result = seed
    output = CliRunner().invoke(main, ["show", str(SEED), "--color", "--width", "120"],
                                env={"TERM": "xterm-256color", "COLORTERM": "", "NO_COLOR": None})
    assert output.exit_code == 0, output.output
    assert ANSI.search(output.stdout)
    rendered = Text.from_ansi(output.stdout)
    base = rendered.plain.index(text)  # printed whole: no line is wrapped inside the text
    assert len(result.mentions) >= 50
    assert unmarked(rendered, result.mentions, Console(), base) == []


def test_show_command_lists_the_facts(seed):
    _text, result = seed
    output = CliRunner().invoke(main, ["show", str(SEED), "--no-color", "--width", "500"])
    assert output.exit_code == 0, output.output
    assert not ANSI.search(output.stdout)
    facts = output.stdout[output.stdout.index("facts"):]
    for person in result.persons:
        assert person.name in facts
    for fact in result.positions:
        assert fact.position in facts
    for place in result.locations:
        assert place.name in facts
        assert (place.region_code or place.country_code) in facts
    assert "RU-KO" in facts and "Республика Коми" in facts
    for event in result.events:
        assert event.name in facts
    assert "2021-04-01/2021-04-02" in facts and "organizer: " in facts
    for fact in result.dates:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", fact.iso_from)
        assert fact.iso_from in facts


def test_show_command_fails_on_binary_content(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    output = CliRunner().invoke(main, ["show", str(binary)])
    assert output.exit_code == 1
    assert "binary" in output.stderr


def test_show_command_needs_an_existing_file(tmp_path):
    output = CliRunner().invoke(main, ["show", str(tmp_path / "missing.txt")])
    assert output.exit_code == 2
