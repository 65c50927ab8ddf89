"""Every module of the package imports on its own, whatever was imported before it: imports run one way, with
no cycle that only the usual order of imports hides."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import nerpipe


def _module_names() -> list[str]:
    root = Path(nerpipe.__file__).parent
    names = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(("nerpipe", *parts)))
    return names


def test_every_module_imports_first():
    saved = {name: module for name, module in sys.modules.items() if name.startswith("nerpipe")}
    failed = []
    try:
        for name in _module_names():
            for loaded in [n for n in sys.modules if n.startswith("nerpipe")]:
                del sys.modules[loaded]
            try:
                importlib.import_module(name)
            except ImportError as error:
                failed.append(f"{name}: {error}")
    finally:
        for loaded in [n for n in sys.modules if n.startswith("nerpipe")]:
            del sys.modules[loaded]
        sys.modules.update(saved)
    assert not failed
