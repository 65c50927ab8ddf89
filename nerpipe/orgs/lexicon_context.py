"""How the dictionary of organizations (:class:`~nerpipe.orgs.lexicon.OrgLexicon`) chooses by a document's words:
the body of a shared name whose context words the document holds, an abbreviation out of its context; and whether
a name governs its owner's genitive (``Совет безопасности компании «…»``), which makes it the owner's, not the
dictionary's."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .refs import OrgRef
from .words import org_key

if TYPE_CHECKING:
    from ..morph import Morph
    from ..ner import Analysis


class ContextChoice:
    """The choices of :class:`~nerpipe.orgs.lexicon.OrgLexicon` made by a document's words (``by_key``, ``morph``
    are the lexicon's)."""

    by_key: dict[str, list[OrgRef]]
    morph: Morph

    def _choose(self, refs: list[OrgRef], lemmas) -> OrgRef:
        if len(refs) == 1:
            return refs[0]
        for ref in refs:
            if ref.context and self._in_context(ref, lemmas):
                return ref
        return next((ref for ref in refs if not ref.context), refs[0])

    def out_of_context(self, name: str, lemmas) -> bool:
        """Whether ``name`` is the abbreviation of one body only, a body with context words, none of which a
        document of ``lemmas`` holds (``ОКР`` in a text on development work, not on sport)."""
        key = org_key(name)
        return self._abbreviation_out_of_context(key, self.by_key.get(key, []), lemmas)

    def _abbreviation_out_of_context(self, key: str, refs: list[OrgRef], lemmas) -> bool:
        """:meth:`out_of_context` of a name of ``key``, whose bodies by that very key are ``refs``. An
        abbreviation naming its parent body by the parent's own abbreviation (``СБ ООН``) says whose it is:
        never out of context, whatever context words choose its other names by."""
        return len(refs) == 1 and bool(refs[0].context) and bool(refs[0].abbr) and key == org_key(refs[0].abbr) \
            and not self._names_parent(refs[0].abbr) and not self._in_context(refs[0], lemmas)

    def _names_parent(self, abbr: str) -> bool:
        """Whether an abbreviation of several words ends with the abbreviation of another body of the
        dictionary (``СБ ООН``: ``ООН``)."""
        words = abbr.split()
        return len(words) > 1 and any(ref.abbr == words[-1] for ref in self.by_key.get(org_key(words[-1]), []))

    def document_lemmas(self, words: Iterable[str]) -> set[str]:
        """The lemmas of a document's words of letters (:meth:`~nerpipe.morph.Morph.forms`), whose context words
        choose between bodies of a shared name (:meth:`lookup`, :meth:`out_of_context`)."""
        return {lemma for word in words if word[:1].isalpha() for lemma in self.morph.forms(word)}

    def _in_context(self, ref: OrgRef, lemmas) -> bool:
        """Whether a document of ``lemmas`` holds one of the context phrases of ``ref``."""
        return any(all(self.morph.forms(word) & lemmas for word in phrase.split()) for phrase in ref.context)


def governs_owner(analysis: Analysis, index: int, end: int, lexicon) -> bool:
    """Whether the name of tokens ``index``..``end`` (half-open) governs the genitive of an enterprise's noun right
    after it, in its sentence, as a dependent of the name's words in the tree (``компании``, ``банка``,
    ``Агрохолдинга``: a descriptor of :meth:`~nerpipe.orgs.lexicon.OrgLexicon.kind_of`). The name is then that
    owner's body or title (``Совет безопасности компании «…»``; ``ГД компании «…»``: its general director), not the
    dictionary's body. A state body's genitive is no such owner: a dictionary body is named with its parent so
    (``ГРУ Генштаба``)."""
    tokens = analysis.tokens
    if end >= len(tokens) or tokens[end].sent != tokens[index].sent:
        return False
    after = tokens[end]
    return after.feat.get("Case") == "Gen" and after.head is not None and index <= after.head < end \
        and lexicon.kind_of(after.text) == "descriptor"
