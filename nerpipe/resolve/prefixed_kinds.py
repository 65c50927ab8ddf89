"""A kind of organization written with a Latin or capital-letter prefix (``IT-компании``, ``PR-агентство``): a
common noun, no body's name, unless the prefix is a capitalised Latin name (``Zentrix-банк``)."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import OrgLexicon, is_abbreviation, is_latin_name
from ..records import Span


def is_prefixed_kind(surface: str, lexicon: OrgLexicon, opening: bool = False) -> bool:
    """A kind of organization with a Latin or capital-letter prefix, a common noun and no name:
    ``IT-компании``, ``PR-агентство``, ``web-студия`` (not ``Альфа-банк``, nor a capitalised Latin name:
    ``Zentrix-банк``). A prefix ``opening`` a sentence written with a capital and lower case only
    (``Digital-агентство``) may owe its capital to its place: a kind; one in mixed case (``ZenTrix-банк``) is a
    name wherever it stands."""
    prefix, _, last = surface.rpartition("-")
    return bool(prefix) and " " not in surface and last[:1].islower() \
        and (is_latin_name(prefix) and not (_capitalised(prefix) and not (opening and prefix[1:].islower()))
             or is_abbreviation(prefix)) and lexicon.kind_of(last) is not None


def opens_sentence(analysis: Analysis, span: Span) -> bool:
    """Whether a span's first word opens a sentence or a line."""
    tokens = analysis.tokens_in(span.start, span.end)
    return bool(tokens) and analysis.starts_sentence(tokens[0].index)


def _capitalised(prefix: str) -> bool:
    """A prefix of a capital that is not all capitals (``Zentrix``, not ``IT``)."""
    return prefix[:1].isupper() and not prefix.isupper()
