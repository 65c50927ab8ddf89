"""Names natasha leaves untagged that the syntax reads as the subject of a verb: two animate proper
nouns, the second in apposition to the first (``Эво Маркес заявил``)."""

from __future__ import annotations

from ...morph import Morph
from ...ner import Analysis
from ...resolve.syntax import verb_gender
from .words import common_noun


def subject_pair_from(analysis: Analysis, index: int, morph: Morph, free, is_place) -> int | None:
    """The index of the second of two words starting at token ``index`` that the tagger reads as animate
    proper nouns in the nominative, the first the subject of a verb of its gender and the second in
    apposition to it or part of its name (``Эво Маркес заявил``, ``Ана Медина стала``: names pymorphy
    does not know as names); ``None`` otherwise."""
    tokens = analysis.tokens
    if index + 1 >= len(tokens) or not (free(index) and free(index + 1)):
        return None
    first, last = tokens[index], tokens[index + 1]
    if not all(_animate_nominative(t) for t in (first, last)) or last.head != index \
            or last.rel not in ("appos", "flat:name", "flat") or not first.rel.startswith("nsubj") \
            or first.head is None or analysis.text[first.end:last.start] != " " or first.sent != last.sent \
            or is_place(analysis.text[first.start:last.end]) or any(common_noun(t.text, morph) for t in (first, last)):
        return None
    verb = tokens[first.head]
    gender = verb_gender(morph, verb) if verb.pos == "VERB" else None
    tagged = {"Masc": "masc", "Fem": "femn"}.get(first.feat.get("Gender", ""))
    return index + 1 if gender in ("masc", "femn") and gender == tagged else None


def _animate_nominative(token) -> bool:
    """A capitalised word the tagger reads as an animate proper noun in the nominative singular."""
    return token.pos == "PROPN" and token.feat.get("Animacy") == "Anim" and token.feat.get("Case") == "Nom" \
        and token.feat.get("Number") == "Sing" and token.text[:1].isupper() and not token.text.isupper() \
        and token.text.replace("-", "").isalpha()
