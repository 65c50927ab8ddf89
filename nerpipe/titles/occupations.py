"""A bare occupation that no one holds in the text, named as an object or a dependent (``Суд приговорил
футболиста …``, ``С юбилеем замечательного артиста поздравили …``), is still a mention of a title: it names what
someone is, as a POSITION mention with no ``positions`` row. A plural or counted one (``эксперты``, ``134
журналиста``: see :func:`.generic.is_generic`) speaks of a class of people, not of someone; a subject with no name
(``Чиновник подчеркнул …``) speaks of someone the text has named, whom :mod:`.salience` and :mod:`.protagonist`
look for: neither is a mention here."""

from __future__ import annotations

from collections.abc import Collection

from ..ner import Analysis
from ..records import POSITION, Mention
from .generic import is_generic
from .grammar import Title
from .lexicon import TitleLexicon
from .normalize import normalize_title


def occupation_mentions(analysis: Analysis, titles: list[Title], described: Collection[Title],
                        lexicon: TitleLexicon) -> list[Mention]:
    """The POSITION mentions of the titles no statement describes (``described``: those that have one) that
    speak of one person and are not a clause's subject: each with its nominative for a normal form."""
    return [Mention(t.start, t.end, POSITION, analysis.text[t.start:t.end], normalize_title(analysis, t, lexicon))
            for t in titles if t not in described and not is_generic(analysis, t, lexicon)
            and not analysis.tokens[t.head].rel.startswith("nsubj")]
