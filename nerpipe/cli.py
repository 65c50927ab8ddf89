"""The command line: parses options, sets up logging, maps errors to exit codes.

Everything it does is a call into the library (``nerpipe.run`` and friends).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading

import click

# The command's Arrow buffers come from the system allocator, which gives back what a batch of
# rows used; Arrow's default pool keeps it, and the process would grow with the corpus. (Set
# before pyarrow is imported; a user's own setting wins.)
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

from . import __version__  # noqa: E402
from .engines import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT
from .errors import EXIT_INTERNAL, EXIT_USAGE, NerpipeError
from .read import DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES

EPILOG = """\b
Exit codes:
  0   every document processed (or nothing to do)
  1   some documents failed; the rest are written
  2   usage error (bad option, missing input, output not writable,
      an input directory that is suddenly empty: see --allow-empty)
  70  internal error, a damaged manifest (the previous tables stay readable)
  75  another run holds the output directory's lock (or took it over)
  129 / 130 / 143  interrupted (SIGHUP / Ctrl-C / SIGTERM); finished
      documents are kept

\b
A file that cannot be processed (empty, binary, undecodable, over
--max-bytes, over --timeout or --max-memory, unreadable, a broken link...)
is listed in the documents table with status 'error' and the reason; the
run goes on.
"""

MB = 1024 * 1024
# one escape for each character that could forge a log line or drive a terminal
_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
_ESCAPES.update({code: f"\\u{code:04x}" for code in (0x2028, 0x2029, *range(0x202A, 0x202F),
                                                        *range(0x2066, 0x206A))})


def one_line(text: str) -> str:
    """``text`` with control characters (newlines, ESC...) written as escapes: one line, no terminal codes."""
    text = text.translate(_ESCAPES)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # an undecodable file name given on the command line
        text = text.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return text


class _OneLineFormatter(logging.Formatter):
    """Every log message on one line of plain text, whatever the file names and texts it quotes hold
    (a traceback still follows on lines of its own)."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        record.message = one_line(record.message)
        return super().formatMessage(record)


def _setup_logging(quiet: bool, verbose: int) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose else logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLineFormatter("%(asctime)s %(levelname)s %(message)s", datefmt="%H:%M:%S"))
    logging.basicConfig(level=level, handlers=[handler])
    for noisy in ("distributed", "asyncio", "tornado", "bokeh", "numexpr", "pymorphy2"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="nerpipe")
def main():
    """nerpipe turns Russian news articles into analysts' tables.

    It finds people, their positions, organizations, places and dates, normalizes
    them (nominative names, canonical regions with ISO 3166-2 codes, ISO dates)
    and writes Parquet tables for pandas, DuckDB or polars.

    Start with:  nerpipe run seeds/   (tables appear in data/)
    """


@main.command(epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "-o", default="data", show_default=True, type=click.Path(),
              help="Output directory for the tables (and the manifest in OUT/.nerpipe).")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores).")
@click.option("--glob", "glob", default=None, metavar="PATTERN",
              help="File name pattern to read inside input directories (default: every name nerpipe reads: "
              ".txt .md .html .htm .docx .pdf .csv .tsv .jsonl .parquet .xlsx .warc, .gz after a text, table or "
              "archive name).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on this machine's cores, or on a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); a local cluster when omitted.")
@click.option("--full", is_flag=True, help="Reprocess every document, even unchanged ones.")
@click.option("--follow-symlinks", is_flag=True, help="Follow symbolic links that point outside an input directory.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Larger plain-text files, and documents with a larger extracted text (a page, a row...), are "
              "recorded as errors.")
@click.option("--max-file-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_FILE_BYTES, show_default=True,
              help="Larger web pages, DOCX and PDF files are recorded as errors, not read (tables and web "
              "archives are streamed: any size).")
@click.option("--text-column", default=None, metavar="NAME",
              help="The column of a table (CSV, TSV, JSON Lines, Parquet, XLSX) that holds the text (default: "
              "found by name: text, body, content, текст...).")
@click.option("--column", "column_pairs", multiple=True, metavar="FIELD=NAME",
              help="The column of a table that holds FIELD: title, url, source, published (or date), id. "
              "Repeatable: --column title=Заголовок --column published=Дата.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one document may take before it is recorded as an error (0: no limit).")
@click.option("--max-memory", type=click.IntRange(min=0), default=DEFAULT_MAX_MEMORY // MB, show_default=True,
              metavar="MB", help="Memory one document may take in its worker before it is recorded as an error "
              "(0: no limit; local engine).")
@click.option("--allow-empty", is_flag=True, help="Accept an input directory that holds no document although the "
              "tables hold some from it, and remove them (refused by default: an unmounted share looks empty).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
@click.option("--quiet", "-q", is_flag=True, help="Only warnings and errors on stderr; no progress bar.")
@click.option("--verbose", "-v", count=True, help="More detail in the log.")
def run(inputs, out, workers, glob, engine, scheduler, full, follow_symlinks, max_bytes, max_file_bytes, text_column,
        column_pairs, timeout, max_memory, allow_empty, as_json, quiet, verbose):
    """Process INPUTS (files or directories, read recursively) into tables in OUT.

    Plain text, web pages, DOCX and PDF files are one document each; every row of
    an article table (CSV, TSV, JSON Lines, Parquet, XLSX) and every page of a
    web archive (WARC) is a document of its own. The kind of a file is decided
    by its extension and checked against its first bytes.

    Re-running is cheap: unchanged documents are skipped, changed and new ones
    processed (a table's changed rows only), moved ones kept, removed ones
    dropped from the tables.
    """
    from .formats import parse_column_options
    from .runner import run as run_pipeline

    _setup_logging(quiet, verbose)
    log = logging.getLogger("nerpipe")
    try:
        columns = parse_column_options(text_column, column_pairs)
    except ValueError as error:
        _fail(log, as_json, str(error), EXIT_USAGE)
    previous = _interrupt_on_signals()
    try:
        summary = run_pipeline(
            list(inputs), out, workers=workers, glob=glob, engine=engine, scheduler=scheduler, full=full,
            follow_symlinks=follow_symlinks, max_bytes=max_bytes, max_file_bytes=max_file_bytes,
            timeout=timeout or None, max_memory=max_memory * MB or None, columns=columns, allow_empty=allow_empty,
            progress=False if quiet else None,
        )
    except NerpipeError as error:
        _fail(log, as_json, str(error), error.exit_code)
    except KeyboardInterrupt as interrupt:
        name = interrupt.args[0] if interrupt.args in (("SIGTERM",), ("SIGHUP",)) else "SIGINT"
        _fail(log, as_json, f"interrupted by {name}; finished documents are kept and the next run resumes",
              128 + getattr(signal, name))
    except Exception as error:  # a bug: say so, exit 70
        log.exception("internal error: %s", error)
        _fail(log, as_json, f"internal error: {type(error).__name__}: {error}", EXIT_INTERNAL, logged=True)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    for failure in summary.failures:
        log.warning("failed: %s: %s", failure["path"], failure["error"])
    log.info(
        "%d documents: %d processed, %d unchanged, %d failed, %d removed; %s in %.1f s",
        summary.docs_seen, summary.processed, summary.unchanged, summary.failed, summary.removed,
        ", ".join(f"{k}={v}" for k, v in summary.rows.items()), summary.seconds,
    )
    if as_json:
        _print_json(log, summary.to_dict())
    sys.exit(summary.exit_code)


def _interrupt_on_signals() -> dict:
    """Make SIGTERM (a stopped job, a shutdown) and SIGHUP (a closed terminal or session) stop the run like
    Ctrl-C: finished work is stored first, and the log says why the run ended.

    Returns the previous handlers (none when not in the main thread, where handlers cannot be set).
    """
    def interrupt(signum, frame):
        raise KeyboardInterrupt(signal.Signals(signum).name)

    if threading.current_thread() is not threading.main_thread():
        return {}
    return {signum: signal.signal(signum, interrupt) for signum in (signal.SIGTERM, signal.SIGHUP)}


def _print_json(log: logging.Logger, data: dict) -> None:
    """One JSON line on stdout. When stdout cannot take it (a full disk, a closed pipe) the log says so and
    the exit code stays that of the run: the tables are what it describes."""
    try:
        click.echo(json.dumps(data, ensure_ascii=False))
        sys.stdout.flush()
    except OSError as error:
        log.error("cannot write the JSON summary to standard output: %s", error.strerror or error)
        # what is still buffered must not fail again (with a traceback) when Python exits
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _fail(log: logging.Logger, as_json: bool, message: str, exit_code: int, logged: bool = False):
    if not logged:
        log.error("%s", message)
    if as_json:
        _print_json(log, {"error": message, "exit_code": exit_code})
    sys.exit(exit_code)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--system", "systems", type=click.Choice(["nerpipe", "natasha", "both"]), default="both",
              show_default=True, help="What to measure: nerpipe, plain natasha, or both side by side.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N documents.")
@click.option("--part", type=click.Choice(["all", "tune", "check"]), default="all", show_default=True,
              help="One fixed half of the corpus (by a hash of each document id): develop on tune, check on check.")
@click.option("--names", "names", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A names gold for the same corpus (e.g. tests/data/factru_dev_names.txt): also score "
                   "people's names, person coreference and organizations' canonical names.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="Only warnings and errors on stderr.")
def eval_command(gold, systems, limit, part, names, as_json, quiet):
    """Measure precision, recall and F1 against a corpus of annotated documents.

    Per mention type (PER, ORG, LOC, DATE, POSITION; gold PROFESSION counts as
    POSITION) with exact and overlap matching, plus person–position pairs (gold
    WORKS_AS relations). GOLD is a JSONL file in the format of
    ../shared/eval/README.md, or a folder of brat files (NAME.txt + NAME.ann, as
    NEREL is distributed: PERSON, ORGANIZATION, places, PROFESSION, DATE, WORKS_AS).
    """
    from .evaluate import format_reports, run_eval

    _setup_logging(quiet, 0)
    chosen = ["nerpipe", "natasha"] if systems == "both" else [systems]
    try:
        reports = run_eval(gold, chosen, limit=limit, part=part, names_path=names)
    except ValueError as error:
        logging.getLogger("nerpipe").error("%s", error)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=2))
    else:
        click.echo(format_reports(reports))


@main.command()
@click.option("--markdown", is_flag=True, help="Print Markdown (the text of docs/SCHEMA.md).")
def schema(markdown):
    """Print every table and column with its type and meaning."""
    from .schema import schema_markdown, schema_text

    click.echo(schema_markdown() if markdown else schema_text())


@main.command()
@click.argument("file")
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on for a terminal).")
@click.option("--width", type=click.IntRange(min=40), default=None, help="Columns of the facts tables "
              "(default: the terminal's).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="A larger plain-text file (or extracted text) is refused.")
@click.option("--text-column", default=None, metavar="NAME", help="The text column of a table (as for `run`).")
@click.option("--column", "column_pairs", multiple=True, metavar="FIELD=NAME",
              help="The column of a table that holds FIELD (as for `run`).")
def show(file, color, width, max_bytes, text_column, column_pairs):
    """Print FILE with its entities coloured by type, then the facts found in it.

    People with their titles, organizations, places with their ISO 3166-2
    codes and dates in ISO 8601: what `nerpipe run` would write for this
    document, to see why it found what it found. FILE is any file `nerpipe
    run` reads; for a table or web archive, name one row or page as the
    documents table does: export.xlsx#17. A document `nerpipe run` would record
    as an error prints that error and exits 1.
    """
    from rich.console import Console

    from .errors import DocumentError
    from .formats import parse_column_options
    from .show import show_file, split_locator

    path, _locator = split_locator(file)
    if not os.path.lexists(path):
        raise click.BadParameter(f"{one_line(file)} does not exist", param_hint="FILE")
    if os.path.isdir(path):
        raise click.BadParameter(f"{one_line(file)} is a directory", param_hint="FILE")
    try:
        columns = parse_column_options(text_column, column_pairs)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    console = Console(force_terminal=color, no_color=color is False, width=width, highlight=False)
    try:
        show_file(file, console, max_bytes=max_bytes, columns=columns)
    except (DocumentError, OSError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        click.echo(f"error: {one_line(file)}: {one_line(str(reason))}", err=True)
        sys.exit(1)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False))
@click.option("--output", "-o", "target", default="report.html", show_default=True,
              type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many people, organizations and regions the 'most mentioned' lists show.")
@click.option("--max-documents", type=click.IntRange(min=0), default=None,
              help="Show the text of only the first N documents by path (default: all).")
def report(out, target, top, max_documents):
    """Write one self-contained HTML page about the tables in OUT.

    Counts, the most mentioned people, organizations and regions, the
    people–positions table (click a header to sort), a chart of mentions by
    region and every document with its entities highlighted. The page needs no
    network: styles, script and chart are inline.
    """
    from .report import write_report
    from .tables import TablesNotFound

    try:
        written = write_report(out, target, top=top, max_documents=max_documents)
    except TablesNotFound as error:
        click.echo(f"error: {one_line(str(error))}", err=True)
        sys.exit(2)
    click.echo(str(written))
