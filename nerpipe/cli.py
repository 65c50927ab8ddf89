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
from .engines import DEFAULT_TIMEOUT
from .errors import EXIT_INTERNAL, NerpipeError
from .read import DEFAULT_GLOB, DEFAULT_MAX_BYTES

EPILOG = """\b
Exit codes:
  0   every document processed (or nothing to do)
  1   some documents failed; the rest are written
  2   usage error (bad option, missing input, output not writable)
  70  internal error (the previous tables stay readable)
  75  another run holds the output directory's lock
  130 / 143  interrupted (Ctrl-C / SIGTERM); finished documents are kept

\b
A file that cannot be processed (empty, binary, undecodable, over
--max-bytes, over --timeout, unreadable, a broken link...) is listed in
the documents table with status 'error' and the reason; the run goes on.
"""


def _setup_logging(quiet: bool, verbose: int) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose else logging.INFO)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")
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
@click.option("--glob", "glob", default=DEFAULT_GLOB, show_default=True,
              help="File name pattern to read inside input directories.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on this machine's cores, or on a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); a local cluster when omitted.")
@click.option("--full", is_flag=True, help="Reprocess every document, even unchanged ones.")
@click.option("--follow-symlinks", is_flag=True, help="Follow symbolic links that point outside an input directory.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Larger files are recorded as errors, not read.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one document may take before it is recorded as an error (0: no limit).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
@click.option("--quiet", "-q", is_flag=True, help="Only warnings and errors on stderr; no progress bar.")
@click.option("--verbose", "-v", count=True, help="More detail in the log.")
def run(inputs, out, workers, glob, engine, scheduler, full, follow_symlinks, max_bytes, timeout, as_json, quiet,
        verbose):
    """Process INPUTS (files or directories, read recursively) into tables in OUT.

    Re-running is cheap: unchanged documents are skipped, changed and new ones
    processed, removed ones dropped from the tables.
    """
    from .runner import run as run_pipeline

    _setup_logging(quiet, verbose)
    log = logging.getLogger("nerpipe")
    previous = _interrupt_on_sigterm()
    try:
        summary = run_pipeline(
            list(inputs), out, workers=workers, glob=glob, engine=engine, scheduler=scheduler, full=full,
            follow_symlinks=follow_symlinks, max_bytes=max_bytes, timeout=timeout or None,
            progress=False if quiet else None,
        )
    except NerpipeError as error:
        _fail(log, as_json, str(error), error.exit_code)
    except KeyboardInterrupt as interrupt:
        terminated = interrupt.args == ("SIGTERM",)
        _fail(log, as_json, "interrupted; finished documents are kept and the next run resumes",
              128 + (signal.SIGTERM if terminated else signal.SIGINT))
    except Exception as error:  # a bug: say so, exit 70
        log.exception("internal error: %s", error)
        _fail(log, as_json, f"internal error: {type(error).__name__}: {error}", EXIT_INTERNAL, logged=True)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    for failure in summary.failures:
        log.warning("failed: %s: %s", failure["path"], failure["error"])
    log.info(
        "%d documents: %d processed, %d unchanged, %d failed, %d removed; %s in %.1f s",
        summary.docs_seen, summary.processed, summary.unchanged, summary.failed, summary.removed,
        ", ".join(f"{k}={v}" for k, v in summary.rows.items()), summary.seconds,
    )
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    sys.exit(summary.exit_code)


def _interrupt_on_sigterm():
    """Make SIGTERM (a stopped job, a shutdown) stop the run like Ctrl-C: finished work is stored first.

    Returns the previous handler (None when not in the main thread, where handlers cannot be set).
    """
    def interrupt(signum, frame):
        raise KeyboardInterrupt("SIGTERM")

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, interrupt)


def _fail(log: logging.Logger, as_json: bool, message: str, exit_code: int, logged: bool = False):
    if not logged:
        log.error("%s", message)
    if as_json:
        click.echo(json.dumps({"error": message, "exit_code": exit_code}, ensure_ascii=False))
    sys.exit(exit_code)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
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
    """Measure precision, recall and F1 against a JSONL corpus of annotated documents.

    Per mention type (PER, ORG, LOC, DATE, POSITION; gold PROFESSION counts as
    POSITION) with exact and overlap matching, plus person–position pairs (gold
    WORKS_AS relations). The format is that of ../shared/eval/README.md.
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
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on for a terminal).")
@click.option("--width", type=click.IntRange(min=40), default=None, help="Columns of the facts tables "
              "(default: the terminal's).")
def show(file, color, width):
    """Print FILE with its entities coloured by type, then the facts found in it.

    People with their titles, organizations, places with their ISO 3166-2
    codes and dates in ISO 8601: what `nerpipe run` would write for this
    document, to see why it found what it found.
    """
    from rich.console import Console

    from .errors import DocumentError
    from .show import show_file

    console = Console(force_terminal=color, no_color=color is False, width=width, highlight=False)
    try:
        show_file(file, console)
    except DocumentError as error:
        click.echo(f"error: {file}: {error}", err=True)
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
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    click.echo(str(written))
