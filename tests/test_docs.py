"""The docs: README snippets run, docs/SCHEMA.md matches the code, docs/ARCHITECTURE.md names every module."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import nerpipe
from nerpipe.schema import schema_markdown

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SNIPPETS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_readme_starts_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, flags=re.S).group(1)
    assert first_block.splitlines()[0].startswith("make run")
    assert first_block.splitlines()[1].startswith("make test")


def test_readme_has_a_crontab_line_and_exit_codes():
    assert "## Running from cron" in README
    assert re.search(r"^\d+ \d+ \* \* \*\s+.*nerpipe run", README, flags=re.M)
    for code in ("0", "1", "2", "70", "75"):
        assert f"| {code} |" in README


@pytest.mark.parametrize("index", range(len(SNIPPETS)), ids=lambda i: SNIPPETS[i].split("\n")[0])
def test_readme_snippet_runs(index, seeds_out, tmp_path, monkeypatch):
    if "duckdb" in SNIPPETS[index]:
        pytest.importorskip("duckdb")
    if "polars" in SNIPPETS[index]:
        pytest.importorskip("polars")
    shutil.copytree(seeds_out, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    exec(compile(SNIPPETS[index], f"README snippet {index}", "exec"), {})


def test_readme_loads_in_pandas_duckdb_and_polars():
    joined = "\n".join(SNIPPETS)
    for library in ("pandas", "duckdb", "polars"):
        assert f"import {library}" in joined


def test_schema_doc_is_generated_from_the_code():
    doc = Path(ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    assert doc.strip() == schema_markdown().strip(), "run `make schema-docs` to regenerate docs/SCHEMA.md"


def _module_names() -> list[str]:
    root = Path(nerpipe.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name in ("__init__.py", "__main__.py"):
            continue
        found.append(".".join(path.relative_to(root).with_suffix("").parts))
    return found


@pytest.mark.parametrize("module", _module_names())
def test_architecture_names_every_module(module):
    page = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    dotted, last = module, module.rsplit(".", 1)[-1]
    slashed = module.replace(".", "/")
    assert dotted in page or slashed in page or f"`{last}`" in page
