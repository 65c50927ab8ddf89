"""A compound of a level's or a legislature's word and a body's noun written out (``Облдума`` → ``Областная дума``,
``райсуда`` → ``Районный суд``, ``Закдума`` → ``Законодательная дума``, ``ЗакС`` → ``Законодательное собрание``)."""

from __future__ import annotations

from ..orgs import is_level_compound

# compounds of a level (or of ``законодательный``) and a body's noun, written out: the level's adjective,
# the noun as it is or as below
_COMPOUNDS = {"заксобрание": "Законодательное собрание", "зс": "Законодательное собрание",
              "закс": "Законодательное собрание", "закдума": "Законодательная дума"}
_LEVEL_OF_CUT = {"обл": "областной", "край": "краевой", "гор": "городской", "рай": "районный", "окр": "окружной",
                 "респ": "республиканский"}
TOWN_CUT = "гор"  # the compounds of a town's bodies (``гордума``, ``горсовет``)
_SPELLED_NOUNS = {"избирком": "избирательная комиссия"}


def spell_compound(word: str, morph) -> str | None:
    """A compound of a level and a body's noun written out (``Облдума`` → ``Областная дума``, ``райсуда`` →
    ``Районный суд``, ``облизбирком`` → ``Областная избирательная комиссия``); ``None`` for any other word
    and for a compound whose rest is no word of the language (``горздрав``)."""
    if " " in word:
        return None
    if not is_level_compound(word):
        return morph.lookup(word, _COMPOUNDS)
    lemma = morph.lemma(word)
    cut = next((cut for cut in _LEVEL_OF_CUT if lemma.startswith(cut)), None)
    if cut is None:
        return morph.lookup(word, _COMPOUNDS)
    noun = _SPELLED_NOUNS.get(lemma[len(cut):], lemma[len(cut):])
    head = noun.split()[-1]
    if not morph.is_known(head) or not morph.has_gram(head, "NOUN"):
        return None
    gender = next((gram for gram in ("femn", "neut") if morph.has_gram(head, gram)), "masc")
    adjective = morph.inflect(_LEVEL_OF_CUT[cut], {gender, "nomn", "sing"}) or _LEVEL_OF_CUT[cut]
    return f"{adjective.capitalize()} {noun}"


def spell_placed_compound(name: str, morph) -> str:
    """A name of a place's adjective and a compound of a level written out (``Заречная гордума`` → ``Заречная
    городская дума``, ``Заречный горсовет`` → ``Заречный городской совет``): the body its full name names;
    any other name as it is (``Гордума``, ``Заречная городская дума``, a district's ``Кировский райсуд``, which
    :mod:`.districts` places)."""
    words = name.split()
    if len(words) < 2 or not is_level_compound(words[-1]) or not words[-1].lower().startswith(TOWN_CUT) \
            or not words[0][:1].isupper() or not all(morph.has_gram(word, "ADJF") for word in words[:-1]):
        return name
    spelled = spell_compound(words[-1], morph)
    if spelled is None:
        return name
    return " ".join([*words[:-1], spelled[:1].lower() + spelled[1:]])
