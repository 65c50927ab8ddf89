"""The data files of nerpipe: lexicons, dictionaries and gazetteers, read with :mod:`importlib.resources`."""

from __future__ import annotations

from importlib import resources


def read_word_groups(name: str) -> dict[str, set[str]]:
    """A lexicon file of lines ``group: word word …`` (``#`` starts a comment) as ``{group: words}``,
    the words in lower case with ``ё`` as ``е`` (``titles.txt``, ``events.txt``)."""
    groups: dict[str, set[str]] = {}
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        group, words = line.split(":", 1)
        groups.setdefault(group.strip(), set()).update(w.lower().replace("ё", "е") for w in words.split())
    return groups
