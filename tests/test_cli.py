"""The command line: help for every command, exit codes, the JSON summary."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nerpipe.cli import main

from .conftest import SEEDS


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,)
        if hasattr(command, "commands"):
            yield from _commands(command, prefix + (name,))


def test_main_help_lists_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in main.commands:
        assert name in result.output


@pytest.mark.parametrize("path", list(_commands(main)))
def test_every_command_has_help(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    command = main
    for name in path:
        command = command.commands[name]
    assert command.help and len(command.help.split()) >= 4, f"{' '.join(path)} needs a real help text"


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "nerpipe" in result.output


def test_run_json_summary(tmp_path, models):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(out), "--workers", "1", "--json", "-q"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["docs_seen"] == 5
    assert summary["processed"] == 5
    assert summary["failed"] == 0
    assert summary["exit_code"] == 0
    assert set(summary["rows"]) == {"documents", "mentions", "persons", "organizations", "locations", "positions",
                                    "dates", "events", "participants", "texts"}
    assert summary["rows"]["documents"] == 5
    assert summary["seconds"] >= 0
    # a second run has nothing to do
    again = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(out), "--workers", "1", "--json", "-q"])
    assert again.exit_code == 0
    summary = json.loads(again.stdout.strip().splitlines()[-1])
    assert summary["processed"] == 0 and summary["unchanged"] == 5


@pytest.mark.parametrize("options, message", [
    (["--column", "title"], "--column wants FIELD=NAME"),
    (["--column", "author=Автор"], "unknown field 'author'"),
    (["--column", "title=A", "--column", "title=B"], "title given twice"),
])
def test_bad_column_options_are_usage_errors(tmp_path, options, message):
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(tmp_path / "out"), "--json", "-q", *options])
    assert result.exit_code == 2
    assert message in json.loads(result.stdout.strip().splitlines()[-1])["error"]
    assert not (tmp_path / "out").exists()  # nothing was done


def test_missing_input_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2


def test_no_input_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2


def test_bad_option_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--workers", "0"])
    assert result.exit_code == 2


def test_failed_document_exits_1(tmp_path, models):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Губернатор Томской области Сергей Жвачкин открыл форум.", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "out"), "--workers", "1",
                                       "--json", "-q"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["failed"] == 1
    assert summary["failures"][0]["path"] == "bad.txt"
    assert "binary" in summary["failures"][0]["error"]


def test_locked_output_exits_75(tmp_path):
    from filelock import FileLock

    out = tmp_path / "out"
    (out / ".nerpipe").mkdir(parents=True)
    with FileLock(str(out / ".nerpipe" / "lock")):
        result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 75


def test_unwritable_output_exits_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = CliRunner().invoke(main, ["run", str(SEEDS), "--out", str(blocker / "out"), "-q"])
    assert result.exit_code == 2


def test_schema_command_prints_every_table():
    from nerpipe.schema import TABLES

    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    for name, table in TABLES.items():
        assert name in result.output
        for column in table.columns:
            assert column.name in result.output
