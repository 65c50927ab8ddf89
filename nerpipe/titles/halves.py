"""Both halves of a hyphenated title in the nominative: ``главного врача-терапевта`` → ``главный врач-терапевт``,
``министру-председателю`` → ``министр-председатель``. The dictionary declines the last half of a hyphenated word
only; a first half that is a noun in the same oblique case as the last declines with it. A first half that does
not decline (``генерал-майора``, ``вице-премьера``, ``премьер-министра``) stays as written."""

from __future__ import annotations

from ..morph import Morph, fold, restore_case


def decline_halves(normal: str, written: str, morph: Morph) -> str:
    """``normal`` (a title in the nominative) with the first half of the hyphenated head ``written`` put in the
    nominative singular too, when that half is a noun in an oblique case the last half shares."""
    if written.count("-") != 1:
        return normal
    left, right = written.split("-")
    cases = _oblique_cases(left, morph)
    if not cases or not cases & {p.tag.case for p in morph.parses(fold(right))
                                 if p.tag.POS == "NOUN" and p.tag.number == "sing"}:
        return normal
    nominative = morph.inflect(left, {"nomn", "sing"}, prefer={"POS": "NOUN"})
    if not nominative:
        return normal
    words = normal.split(" ")
    for index, word in enumerate(words):
        if word.startswith(f"{left}-") and word.count("-") == 1:
            words[index] = f"{restore_case(nominative, left)}-{word.split('-')[1]}"
            return " ".join(words)
    return normal


def _oblique_cases(word: str, morph: Morph) -> set[str]:
    """The oblique cases of a noun of a person ``word`` when it has no nominative reading (``врача``,
    ``министру``); else none (``генерал``, ``премьер``, ``вице``, read as a twig's dative)."""
    parses = [p for p in morph.parses(fold(word)) if p.tag.POS == "NOUN" and "anim" in p.tag
              and p.tag.number == "sing"]  # not "контр", a plural genitive of another word
    if not parses or any(p.tag.case == "nomn" for p in parses) or any("Fixd" in p.tag for p in parses):
        return set()
    return {p.tag.case for p in parses}
