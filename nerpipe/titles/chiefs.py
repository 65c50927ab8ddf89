"""The chief a plural deputy's title names, put in the singular for one holder: ``заместителей министров
сельского хозяйства`` said of each of two deputies is ``заместитель министра сельского хозяйства`` (the plural
of the chief only agrees with the plural of the deputies)."""

from __future__ import annotations

from ..inflect import Word
from ..morph import fold, restore_case
from .lexicon import TitleLexicon


def singular_chief_text(deputy: Word, chief: str, lexicon: TitleLexicon) -> str | None:
    """``министров`` after a plural deputy (``заместителей``, the tagger's number) → ``министра``; ``None`` when
    the deputy is singular (``помощник депутатов``: he may serve several) or the chief is no title in the genitive
    plural only."""
    morph = lexicon.morph
    if deputy.feat.get("Number") != "Plur" or lexicon.head_lemma(deputy.text) not in lexicon.deputies \
            or lexicon.title_lemma(chief) is None:
        return None
    chief_parses = [p for p in morph.parses(fold(chief)) if p.tag.POS == "NOUN"]
    if not any(p.tag.case == "gent" and p.tag.number == "plur" for p in chief_parses) \
            or any(p.tag.case == "gent" and p.tag.number == "sing" for p in chief_parses):
        return None
    singular = morph.inflect(lexicon.title_lemma(chief), {"gent", "sing"}, prefer={"POS": "NOUN"})
    return restore_case(singular, chief) if singular else None


def with_singular_chief(words: list[Word], head: int, lexicon: TitleLexicon) -> list[Word]:
    """The words of a title with the chief right after its plural deputy head in the genitive singular."""
    if head + 1 >= len(words):
        return words
    chief = words[head + 1]
    text = singular_chief_text(words[head], chief.text, lexicon)
    if text is None:
        return words
    return [*words[: head + 1], Word(chief.start, chief.end, text, chief.pos, chief.feats), *words[head + 2:]]
