"""The example notebook runs headless on the seeds' tables and draws its charts; git keeps it without outputs."""

from __future__ import annotations

import base64
import struct

import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "examples" / "explore.ipynb"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def read_notebook():
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    return notebook


def tagged(notebook, tag: str):
    cells = [cell for cell in notebook.cells if tag in cell.metadata.get("tags", [])]
    assert len(cells) == 1, f"one cell tagged {tag!r}"
    return cells[0]


def test_notebook_is_kept_without_outputs():
    notebook = read_notebook()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
    assert "widgets" not in notebook.metadata


def test_notebook_reads_the_directory_from_the_environment():
    source = "\n".join(cell.source for cell in read_notebook().cells if cell.cell_type == "code")
    assert 'os.environ.get("NERPIPE_DATA", "../data")' in source


@pytest.fixture(scope="module")
def executed(seeds_out):
    """The notebook run by a fresh kernel on the seeds processed into a temporary directory."""
    nbclient = pytest.importorskip("nbclient")
    notebook = read_notebook()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NERPIPE_DATA", str(seeds_out))
        patch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                         resources={"metadata": {"path": str(NOTEBOOK.parent)}})
        client.execute()
    return notebook


def png_outputs(cell) -> list[bytes]:
    return [base64.b64decode(output["data"]["image/png"]) for output in cell.outputs
            if output.get("output_type") == "display_data" and "image/png" in output.get("data", {})]


def test_notebook_runs_without_errors(executed):
    for cell in executed.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.get("output_type") == "error"], cell.source[:60]
            assert cell.execution_count is not None


@pytest.mark.parametrize("tag", ["region-chart", "timeline", "event-timeline"])
def test_notebook_draws_its_charts(executed, tag):
    images = png_outputs(tagged(executed, tag))
    assert len(images) == 1
    assert images[0].startswith(PNG_SIGNATURE) and len(images[0]) > 5_000


@pytest.mark.parametrize("tag", ["timeline", "event-timeline"])
def test_timelines_keep_their_size_whatever_the_corpus(tag):
    """The timelines aggregate and filter: their figure size does not grow with the number of rows."""
    source = tagged(read_notebook(), tag).source
    assert "figsize=(" in source and "len(" not in source.split("figsize=(")[1].split(")")[0]


def test_timeline_images_are_not_taller_than_a_screen(executed):
    for tag in ("timeline", "event-timeline"):
        [image] = png_outputs(tagged(executed, tag))
        _width, height = struct.unpack(">II", image[16:24])
        assert height <= 1_000, (tag, height)


def test_notebook_answers_who_took_part_in_which_event(executed, seeds_tables):
    shown = "".join(output.get("data", {}).get("text/html", "") for output in tagged(executed, "event-people").outputs)
    people = seeds_tables["participants"].merge(seeds_tables["persons"], on="person_id")["name"]
    assert len(people) > 10
    for name in people:
        assert name in shown
    events = seeds_tables["events"]
    for event in events[events.event_id.isin(seeds_tables["participants"].event_id)]["name"]:
        assert event[:40] in shown


def test_notebook_shows_the_tables_and_a_highlighted_document(executed, seeds_tables):
    html = "".join(output.get("data", {}).get("text/html", "") for cell in executed.cells
                   for output in cell.get("outputs", []))
    for name in seeds_tables["persons"]["name"]:
        assert name in html
    document = tagged(executed, "highlighted-document")
    shown = "".join(output.get("data", {}).get("text/html", "") for output in document.outputs)
    for type_ in ("PER", "ORG", "LOC", "DATE", "POSITION"):
        assert f'class="ent ent-{type_}"' in shown
